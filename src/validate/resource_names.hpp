#pragma once
/// The tool and data ids of a roadmap (in `requires` and answers' `facts`) have names, so
/// plans never show a marketer a raw id; and the names a roadmap gives are of ids it uses.

#include "model/diagnostic.hpp"
#include "model/roadmap.hpp"

namespace strat::validate {

/// Check `roadmap` (already merged with what it extends): a tool or data id used without a
/// name is W313 unnamed-id, at its first use; a name of an id nothing uses is W314
/// unused-name, except in a base, whose names serve the industries that extend it. Only
/// problems located in `only` are reported; nullptr reports all.
void check_resource_names(const model::Roadmap& roadmap, const model::SourceFile* only,
                          model::Diagnostics& diagnostics);

} // namespace strat::validate
