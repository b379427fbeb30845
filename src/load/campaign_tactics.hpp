#pragma once
/// The keys of a campaign file that `strat dashboard` reads beyond what review needs: each
/// tactic's name, strategy and state (`status: design|active|paused|done`, with
/// `status_since`, the date the state last changed), its roles as the team filled them in
/// (`owner`, `approver`, `contributors`, `informed`), and where the goal is named.
/// Documented in strat-campaign(5), "Tactic status" and "Roles".

#include "load/document.hpp"
#include "model/campaign_record.hpp"
#include "model/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strat::load {

enum class TacticState { design, active, paused, done };

std::string_view state_name(TacticState state); ///< "design", "active", ...

struct CampaignTactic {
    std::string id;
    model::Origin where;
    std::string name;
    std::string strategy; ///< the chosen strategy it serves; empty for a consent-first tactic
    std::optional<TacticState> state;
    std::optional<model::Day> since; ///< when the state last changed
    /// RACI, as filled in: names or teams (empty: still null).
    std::vector<std::string> owner;
    std::vector<std::string> approver;
    std::vector<std::string> contributors;
    std::vector<std::string> informed;
};

struct CampaignExtras {
    std::vector<CampaignTactic> tactics; ///< file order
    model::Origin goal_where;            ///< `goal.id`, or the `goal` key's value
};

/// Reads the extras from a campaign document's root; problems go to `diagnostics`.
/// Entries that are not mappings are left to the campaign reader, which reports them.
CampaignExtras read_campaign_extras(const Node& root, model::Diagnostics& diagnostics);

} // namespace strat::load
