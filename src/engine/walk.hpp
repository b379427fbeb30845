#pragma once
/// Walking a goal's decision tree: each question is answered from what the user gave up
/// front, else by asking (when an `Asker` is given), else by the question's default.

#include "model/answers.hpp"
#include "model/index.hpp"

#include <optional>
#include <vector>

namespace strat::engine {

struct Answer {
    const model::Question* question = nullptr;
    const model::Option* option = nullptr;
    model::AnswerSource source = model::AnswerSource::fallback_default;
};

/// Asks a person. The engine never prints: the command line implements this.
class Asker {
public:
    virtual ~Asker() = default;
    /// The chosen option, or nullopt when the person aborted (end of input).
    virtual std::optional<const model::Option*> ask(const model::Question& question) = 0;
};

struct Walk {
    std::vector<Answer> answers; ///< in the order asked
    bool aborted = false;
};

/// Answers that do not fit the roadmap: an unknown question or an option the question lacks.
struct AnswerProblem {
    model::GivenAnswer given;
    std::string message; ///< plain words, with the valid choices
};

/// Check `given` against the roadmap (not only the goal's tree: answers files are shared
/// between goals). Returns one problem per unusable answer.
std::vector<AnswerProblem> check_answers(const model::Index& index,
                                         const std::vector<model::GivenAnswer>& given);

/// Walk `goal`'s tree. `given` holds answers by precedence, first match wins.
/// `asker` may be null (non-interactive). Stops safely on cyclic trees.
Walk walk_tree(const model::Index& index, const model::Goal& goal,
               const std::vector<model::GivenAnswer>& given, Asker* asker);

} // namespace strat::engine
