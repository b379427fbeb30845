#pragma once
/// The plan: strategies ranked for a goal from the answers given, with their reasons;
/// for the chosen ones, the tactics that fit the company's constraints and the KPIs.
/// Pure values: printers in the output layer render them.

#include "engine/walk.hpp"
#include "model/index.hpp"

#include <string>
#include <vector>

namespace strat::engine {

/// One line of a score: "+3 you hold email consent for most past guests".
struct Reason {
    int points = 0;
    std::string text;
    const model::Question* question = nullptr;
    const model::Option* option = nullptr;
};

/// A prerequisite the facts do not settle: the tactic stays in the plan, to be confirmed.
struct OpenPrerequisite {
    std::string text; ///< e.g. "marketing consent for email"
};

struct PlannedTactic {
    const model::Tactic* tactic = nullptr;
    std::vector<const model::Step*> steps;  ///< steps on channels that are available
    std::vector<model::Channel> channels;   ///< channels still used
    std::vector<std::string> removed_steps; ///< why steps were left out
    std::vector<OpenPrerequisite> to_confirm;
};

struct DroppedTactic {
    const model::Tactic* tactic = nullptr;
    std::string reason; ///< which prerequisite is not met
};

struct RankedStrategy {
    const model::Strategy* strategy = nullptr;
    int score = 0;
    std::vector<Reason> reasons;
    std::vector<PlannedTactic> tactics;
    std::vector<DroppedTactic> dropped;
    std::vector<const model::Kpi*> kpis; ///< the strategy's, then its tactics', each once
    bool feasible() const { return !tactics.empty(); }
};

struct Plan {
    const model::Roadmap* roadmap = nullptr;
    const model::Goal* goal = nullptr;
    std::vector<Answer> answers;
    model::Facts facts;                 ///< what is known: answers, then file, then flags
    std::vector<RankedStrategy> ranked; ///< best first
    std::vector<std::size_t> chosen;    ///< indices into `ranked`

    bool is_chosen(std::size_t rank_index) const;
};

struct PlanRequest {
    const model::Goal* goal = nullptr;
    Walk walk;
    model::Facts stated; ///< constraints from the answers file, then flags (flags win)
};

/// Score and order every strategy serving the goal, and work out tactics and KPIs for each.
/// Order: strategies with at least one tactic that fits first, then by score (high first),
/// then in roadmap order.
Plan make_plan(const model::Index& index, const PlanRequest& request);

/// Choose `ids` (must be strategies of the plan; returns the unknown one if not) or,
/// when empty, the top `top` strategies.
std::string choose(Plan& plan, const std::vector<std::string>& ids, std::size_t top);

/// The facts the answers imply, then `stated` over them.
model::Facts known_facts(const Walk& walk, const model::Facts& stated);

} // namespace strat::engine
