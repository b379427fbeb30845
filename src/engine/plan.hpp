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

/// A weight the resolved facts keep from counting: its reason relies on something the
/// user said is not so.
struct IgnoredReason {
    int points = 0;
    std::string text;
    std::string why; ///< e.g. "email is not available"
};

/// A requirement the facts do not settle: the tactic stays in the plan, to be confirmed.
struct UnsettledRequirement {
    std::string text; ///< e.g. "a medium budget or more"
};

struct PlannedStep {
    const model::Step* step = nullptr;
    /// Set for a marketing step on a channel whose consent is partial or unknown: it goes
    /// only to contacts with recorded consent for this channel.
    std::optional<model::Channel> consent_gate;
};

struct PlannedTactic {
    const model::Tactic* tactic = nullptr;
    std::vector<PlannedStep> steps;         ///< the steps that can run
    std::vector<model::Channel> channels;   ///< channels still used
    std::vector<std::string> removed_steps; ///< why steps were left out
    std::vector<UnsettledRequirement> unsettled;
};

struct DroppedTactic {
    const model::Tactic* tactic = nullptr;
    std::string reason; ///< which requirement is not met
};

struct RankedStrategy {
    const model::Strategy* strategy = nullptr;
    int score = 0;
    std::vector<Reason> reasons;
    std::vector<IgnoredReason> ignored; ///< weights that do not count, and why
    std::vector<PlannedTactic> tactics;
    std::vector<DroppedTactic> dropped;
    /// Tactics left out here because a better-ranked chosen strategy plans them already.
    std::vector<const model::Tactic*> shared;
    std::vector<const model::Kpi*> kpis; ///< the strategy's, then its tactics', each once
    bool feasible() const { return !tactics.empty(); }
};

/// A tactic that builds or confirms consent, planned before every other because the
/// plan has marketing steps on channels whose consent is partial or unknown.
struct ConsentFirst {
    PlannedTactic tactic;
    std::vector<model::Channel> channels; ///< the channels it builds consent for
};

struct Plan {
    const model::Roadmap* roadmap = nullptr;
    const model::Goal* goal = nullptr;
    std::vector<Answer> answers;
    model::Facts facts;                 ///< the one set of facts: answers and stated facts
    std::vector<RankedStrategy> ranked; ///< best first
    std::vector<std::size_t> chosen;    ///< indices into `ranked`
    std::vector<ConsentFirst> consent_first;
    /// The market whose rules apply (model/market.hpp); null when the roadmap has none.
    const model::Market* market = nullptr;

    bool is_chosen(std::size_t rank_index) const;
};

struct PlanRequest {
    const model::Goal* goal = nullptr;
    Walk walk;
    model::Facts stated; ///< constraints from the answers file, then flags (flags win)
    /// The market whose rules apply: its steps and tactics only, none it forbids.
    const model::Market* market = nullptr;
};

/// Score and order every strategy serving the goal, and work out tactics and KPIs for each.
/// Order: strategies with at least one tactic that fits first, then by score (high first),
/// then in roadmap order.
Plan make_plan(const model::Index& index, const PlanRequest& request);

/// What `choose` did: a problem that stops the plan, and warnings to show.
struct Choice {
    enum class Problem { none, unknown, cannot_run, nothing_runnable } problem = Problem::none;
    std::string id;      ///< the strategy the problem is about
    std::string message; ///< plain words, for unknown / cannot_run / nothing_runnable
    std::vector<std::string> warnings;
};

/// Choose `ids` (strategies of the plan that have a fitting tactic; one with a negative
/// score is planned with a warning) or, when empty, the `top` best-ranked strategies that
/// can run, score 0 or more and add a tactic not planned yet. A tactic is planned once,
/// under the best-ranked chosen strategy. Then the consent-first tactics are worked out.
Choice choose(Plan& plan, const std::vector<std::string>& ids, std::size_t top);

/// The facts the answers imply, then `stated` over them.
model::Facts known_facts(const Walk& walk, const model::Facts& stated);

/// Why `needs` cannot hold under `facts` (e.g. "email is not available"), or "" when it
/// can (requirements the facts do not settle count as met). Tools and data are named as
/// `roadmap` names them.
std::string contradicted(const model::Requirements& needs, const model::Facts& facts,
                         const model::Roadmap& roadmap);

} // namespace strat::engine
