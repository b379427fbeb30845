#pragma once
/// Walking a goal's decision tree: each question is answered from what the user gave up
/// front, else from the facts they stated (a flag such as `--budget low` answers the
/// question whose options state the budget), else by asking (when an `Asker` is given),
/// else by the question's default. Options that contradict a stated fact are ruled out.

#include "model/answers.hpp"
#include "model/index.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::engine {

struct Answer {
    const model::Question* question = nullptr;
    const model::Option* option = nullptr;
    model::AnswerSource source = model::AnswerSource::fallback_default;
    /// Where a given answer came from: "--answer q=o", "answers.yaml:3:5", or for
    /// `constraint` the stated facts that decided it ("--budget low").
    std::string origin;
};

/// An option the stated facts rule out, and why ("states budget high; --budget low").
struct RuledOut {
    const model::Option* option = nullptr;
    std::string why;
};

/// What the asker may show beside a question.
struct AskContext {
    std::size_t number = 1; ///< this question's place on the path, from 1
    std::size_t total = 1;  ///< questions on the path if the defaults are taken from here
    bool can_go_back = false;
    std::vector<RuledOut> ruled_out; ///< options the person may not choose
};

/// The person's reply: an option, a step back to the previous question they answered, or
/// nothing (end of input).
struct Reply {
    enum class Kind { chosen, back, aborted } kind = Kind::aborted;
    const model::Option* option = nullptr;
};

/// Asks a person. The engine never prints: the command line implements this.
class Asker {
public:
    virtual ~Asker() = default;
    virtual Reply ask(const model::Question& question, const AskContext& context) = 0;
};

struct Walk {
    std::vector<Answer> answers; ///< in the order asked
    bool aborted = false;
    /// Why the walk stopped early: a given answer that contradicts a stated fact, or a
    /// question every option of which the stated facts rule out (a usage error, exit 2).
    std::optional<std::string> conflict;
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

/// Walk `goal`'s tree. `given` holds answers by precedence, first match wins; `stated`
/// the facts the user stated (flags over the answers file's constraints).
/// `asker` may be null (non-interactive). Stops safely on cyclic trees.
Walk walk_tree(const model::Index& index, const model::Goal& goal,
               const std::vector<model::GivenAnswer>& given, const model::StatedFacts& stated,
               Asker* asker);

/// The same with nothing stated.
Walk walk_tree(const model::Index& index, const model::Goal& goal,
               const std::vector<model::GivenAnswer>& given, Asker* asker);

/// A given answer the walk did not use, and why ("question `x` is not asked after
/// `y=z`"): the command line warns about each.
struct UnusedAnswer {
    model::GivenAnswer given;
    std::string why;
};

/// The answers of `given` that `walk` did not use. Answers meant for any goal
/// (`for_any_goal`) to questions outside `goal`'s tree serve other goals and are not listed.
std::vector<UnusedAnswer> unused_answers(const model::Index& index, const model::Goal& goal,
                                         const Walk& walk,
                                         const std::vector<model::GivenAnswer>& given);

/// "--answer q=o", "answers.yaml:3:5", or "" for answers with no known origin.
std::string origin_of(const model::GivenAnswer& given);

} // namespace strat::engine
