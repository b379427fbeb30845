#pragma once
/// Whether a tactic fits what is known about the company: hard requirements drop it,
/// unknown ones are kept as things to confirm, unavailable channels drop their steps.

#include "engine/plan.hpp"

#include <variant>

namespace strat::engine {

/// The tactic as planned, or why it was dropped. `roadmap` holds it: its audience, and the
/// names of tools and data that reasons and things to confirm give. With a `market`, a
/// tactic or step limited to other markets, or with a practice the market forbids, is left
/// out, naming the rule.
std::variant<PlannedTactic, DroppedTactic> fit(const model::Tactic& tactic,
                                               const model::Facts& facts,
                                               const model::Roadmap& roadmap,
                                               const model::Market* market = nullptr);

} // namespace strat::engine
