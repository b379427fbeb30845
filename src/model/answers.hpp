#pragma once
/// Answers and constraints a user gives up front (flags or an answers file), before the
/// engine walks a decision tree. Plain data; the answers file is read by the load layer.

#include "model/budget_amount.hpp"
#include "model/facts.hpp"
#include "model/origin.hpp"
#include "model/roadmap.hpp"

#include <map>
#include <string>
#include <vector>

namespace strat::model {

/// Where an answer came from; shown in the campaign so a reader knows what was chosen.
enum class AnswerSource { flag, file, prompt, fallback_default, constraint };

struct GivenAnswer {
    Ref question;
    Ref option;
    AnswerSource source = AnswerSource::flag;
    /// From a scope that serves every goal (an answers file's top level or industry), so
    /// a question outside the goal's tree is another goal's, not a mistake.
    bool for_any_goal = false;
};

/// One scope of an answers file (top level, an industry, or a goal within an industry).
struct AnswerScope {
    std::vector<GivenAnswer> answers;
    StatedFacts constraints;
    Origin where; ///< where the scope's key (an industry or goal id) is written
};

/// One client of a workshop file: what it plans and its own answers and constraints,
/// the most specific scope of its plan.
struct Client {
    Ref name; ///< a slug; names the client's files
    Ref industry;
    Ref goal;
    AnswerScope scope;
    std::optional<Ref> market;          ///< wins over the file's `market`
    std::optional<Ref> start;           ///< wins over the file's `start`
    std::optional<BudgetAmount> budget; ///< wins over the file's `budget_amount`, `currency`
    Origin where;                       ///< the client's entry in the list
};

/// An answers file: answers for any goal, refined per industry and per goal; a workshop
/// file also lists clients, each planned on its own.
struct AnswersFile {
    const SourceFile* file = nullptr;
    AnswerScope everywhere;
    std::map<std::string, AnswerScope> industries;                   ///< by industry id
    std::map<std::string, std::map<std::string, AnswerScope>> goals; ///< industry → goal
    std::optional<Ref> market;          ///< the market whose rules apply, with where it is written
    std::optional<Ref> start;           ///< the campaign's first day as written (a real date)
    std::optional<BudgetAmount> budget; ///< `budget_amount` and `currency`, both given
    std::vector<Client> clients; ///< a workshop's clients, in file order; empty for one company
};

} // namespace strat::model
