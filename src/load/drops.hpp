#pragma once
/// An industry's `drops`: inherited entities that do not apply to it. Internal to the
/// load layer, used when a chain of roadmaps is merged.

#include "model/diagnostic.hpp"
#include "model/roadmap.hpp"

#include <vector>

namespace strat::load {

/// Removes what `drops` names from `merged`, with every reference to it: a strategy's
/// tactics and KPIs, a tactic's KPIs, weights for a dropped strategy, a strategy's goals.
void apply_drops(model::Roadmap& merged, const model::Drops& drops);

/// Each id `leaf` drops must be defined by one of `ancestors` and not by `leaf` itself.
void check_drops(const model::Roadmap& leaf, const std::vector<const model::Roadmap*>& ancestors,
                 model::Diagnostics& diagnostics);

/// A question `leaf` drops must not still be reached in `merged` (its chain merged, drops
/// applied) by a goal's `start` or an option's `next`.
void check_dropped_questions(const model::Roadmap& leaf, const model::Roadmap& merged,
                             model::Diagnostics& diagnostics);

} // namespace strat::load
