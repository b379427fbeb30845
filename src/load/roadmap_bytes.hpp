#pragma once
/// A read roadmap (the model itself, data paths and positions included) as compact bytes:
/// strat_embed writes each shipped roadmap so at build time, and strat rebuilds the model
/// from them at run time instead of parsing and reading the YAML (no document tree, no
/// field checks, no data paths to format). For `strat plan --industry travel` that was
/// 66 million instructions with the texts parsed and checked, 7.7 million with the bytes
/// (callgrind, issue 13): what keeps planning's overhead below process start.

#include "model/roadmap.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace strat::load {

/// `roadmap` as bytes. Every source file it points to (its own, those of its positions and
/// of `chain`) must be in `files`; positions then record their file's index there.
std::string serialize_roadmap(const model::Roadmap& roadmap,
                              std::span<const model::SourceFile* const> files);

/// The roadmap back, pointing into `files` (the same list, in the same order, as given to
/// serialize_roadmap); nullopt when the bytes are not a roadmap this version wrote.
std::optional<model::Roadmap> deserialize_roadmap(std::string_view bytes,
                                                  std::span<const model::SourceFile* const> files);

} // namespace strat::load
