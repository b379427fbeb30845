#pragma once
/// Answers given up front, shared by `plan` and `graph`: --answer flags and an answers
/// file, checked against the roadmap; and the goal named on the command line.

#include "cli/context.hpp"
#include "engine/walk.hpp"
#include "model/answers.hpp"

#include <memory>
#include <string>
#include <vector>

namespace strat::cli {

struct AnswerInput {
    std::vector<model::GivenAnswer> given; ///< by precedence: flags, then the file's scopes
    model::StatedFacts stated;             ///< constraints from the answers file
    std::optional<model::Ref> market;      ///< `market` of the answers file
    std::optional<model::Ref> start;       ///< `start` of the answers file
    /// `budget_amount` and `currency` of the answers file; plan_setting puts the flags'
    /// in their place.
    std::optional<model::BudgetAmount> budget;
    /// The answers file's text: positions in `given` and `stated` point into it.
    std::unique_ptr<model::SourceFile> file;
};

/// The goal by id or alias; unknown ends the command (exit 2, the goals, did you mean).
const model::Goal& find_goal(const model::Roadmap& roadmap, const std::string& name,
                             Context& context);

/// `flags` (QUESTION=OPTION) and the answers file at `file` (may be empty) for `goal`.
/// Unknown questions or options end the command with exit 2; a broken file with exit 1.
AnswerInput gather_answers(const std::vector<std::string>& flags, const std::string& file,
                           const model::Roadmap& roadmap, const model::Goal& goal,
                           Context& context);

/// As `gather_answers` for one client of a workshop `file` (already read and checked):
/// the client's own answers and constraints are its most specific scope, its `market`,
/// `start` and budget win over the file's. The file's text must outlive the result.
AnswerInput gather_client_answers(const std::vector<std::string>& flags,
                                  const model::AnswersFile& file, const model::Client& client,
                                  const model::Roadmap& roadmap, const model::Goal& goal,
                                  Context& context);

} // namespace strat::cli
