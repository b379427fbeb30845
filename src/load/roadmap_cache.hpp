#pragma once
/// A read roadmap (the model itself, data paths and positions included) as compact bytes,
/// so the built-in roadmaps are read once at build time and at run time only rebuilt from
/// these bytes: no document tree, no field checks, no data paths to format.

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
