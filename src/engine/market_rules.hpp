#pragma once
/// The rules of a plan's market that concern the plan: those for the channels it uses (and
/// those tied to no channel), for the audience it sells to. The consent and privacy
/// checklist lists them with their legal sources.

#include "engine/plan.hpp"

#include <span>
#include <string>
#include <vector>

namespace strat::engine {

/// The channels the plan uses: its consent-first tactics' and its chosen tactics', sorted.
std::vector<model::Channel> used_channels(const Plan& plan);

/// The rules of `plan.market` that concern a plan using `channels`, in the market's order;
/// none without a market. A rule for one audience is left out when the plan sells to the
/// other one (stated, else the industry's).
std::vector<const model::MarketRule*> rules_for(const Plan& plan,
                                                std::span<const model::Channel> channels);

/// The rule as a checklist line: its text, then its conditions, e.g.
/// "Customers may get ... when all these conditions hold: a; b; c."
std::string checklist_text(const model::MarketRule& rule);

/// One line of the consent and privacy checklist from a market rule.
struct MarketCheck {
    std::string topic;  ///< the first channel used that the rule is for, or "all"
    std::string text;   ///< checklist_text
    std::string source; ///< statute and section, e.g. "UWG § 7 Abs. 3"
    std::string url;    ///< where its wording can be read (may be empty)
    const model::MarketRule* rule = nullptr;
};

/// The checklist lines of the rules_for(plan, channels), in the market's order.
std::vector<MarketCheck> market_checklist(const Plan& plan,
                                          std::span<const model::Channel> channels);

} // namespace strat::engine
