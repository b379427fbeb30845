#pragma once
/// Turns a parsed document into a `model::Roadmap`, checking it against the format
/// tables in schema.hpp: types, required keys, unknown keys, allowed words, ids.
/// Reports every problem and keeps reading, so one run shows them all.

#include "load/document.hpp"
#include "model/diagnostic.hpp"
#include "model/roadmap.hpp"

namespace strat::load {

model::Roadmap read_roadmap(const Document& document, const model::SourceFile& file,
                            model::Diagnostics& diagnostics);

} // namespace strat::load
