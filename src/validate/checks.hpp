#pragma once
/// Semantic checks of a resolved roadmap: every reference resolves, decision trees have
/// no cycles and reach every question, nothing is defined but unused.

#include "model/diagnostic.hpp"
#include "model/roadmap.hpp"

namespace strat::validate {

/// Whether a tactic without `risks` is reported (W312 tactic-without-risks). On since every
/// shipped tactic names its risks (issue 15).
inline constexpr bool risks_required = true;

/// Check `roadmap` (already merged with what it extends). Only problems located in
/// `only` are reported (inherited files are checked on their own); nullptr reports all.
void check_roadmap(const model::Roadmap& roadmap, const model::SourceFile* only,
                   model::Diagnostics& diagnostics, bool require_risks = risks_required);

} // namespace strat::validate
