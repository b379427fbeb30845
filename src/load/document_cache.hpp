#pragma once
/// A parsed document as compact bytes, so the built-in roadmaps are parsed once at build
/// time and only rebuilt from these bytes at run time (parsing was most of a plan's work).

#include "load/document.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace strat::load {

/// The document's tree (positions included) as bytes; aliases are written out in full.
std::string serialize_document(const Document& document);

/// The tree back, with positions pointing into `file`; nullopt when the bytes are not a
/// document this version wrote (then parse the text instead).
std::optional<Document> deserialize_document(std::string_view bytes, const model::SourceFile& file);

} // namespace strat::load
