#pragma once
/// The campaign file's `budget:` section as `strat review` reads it back: total, currency,
/// unit and the split by tactic (strat-campaign(5), "Budget").

#include "load/document.hpp"
#include "model/diagnostic.hpp"
#include "model/spend.hpp"

#include <optional>

namespace strat::load {

/// Nullopt when the file has no `budget` mapping (a roadmap that states no budget rule, or
/// a file written before budgets). Problems (a total that is no number) go to `diagnostics`.
std::optional<model::RecordedBudget> read_campaign_budget(const Node& root,
                                                          model::Diagnostics& diagnostics);

} // namespace strat::load
