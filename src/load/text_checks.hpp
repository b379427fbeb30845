#pragma once
/// Checks on the raw bytes of a file that the YAML parser lets through or misreports:
/// encoding, control characters, tabs in indentation.

#include "model/diagnostic.hpp"
#include "model/source_file.hpp"

#include <cstddef>
#include <string_view>

namespace strat::load {

/// The 1-based line and character column of byte `offset` in `file`.
model::Origin position_of(const model::SourceFile& file, std::size_t offset);

bool has_bom(std::string_view text);

/// Report invalid UTF-8 and control characters (NUL and the like). Returns false when the
/// text cannot be parsed safely; the first such problem is in `diagnostics`. `format`
/// names the text in messages: "YAML" or "CSV".
bool check_text(const model::SourceFile& file, model::Diagnostics& diagnostics,
                std::string_view format = "YAML");

/// The first line up to `last_line` whose indentation holds a tab, outside block scalars
/// as far as a line scan can tell; an unknown origin when there is none.
model::Origin first_tab_indentation(const model::SourceFile& file, int last_line);

} // namespace strat::load
