#pragma once
/// Reading a translation file (strat-roadmap(5), TRANSLATIONS): a YAML document whose first
/// key is `strat_translation: {of: ID, lang: LANG}`, then the roadmap's texts keyed by the
/// ids of what holds them. Shape problems are reported here; whether the ids exist in the
/// roadmap is validate's part (validate/translations.hpp).

#include "load/document.hpp"
#include "model/diagnostic.hpp"
#include "model/translation.hpp"

namespace strat::load {

/// Whether `document` is a translation: a mapping whose first key is `strat_translation`.
bool is_translation(const Document& document);

model::Translation read_translation(const Document& document, const model::SourceFile& file,
                                    model::Diagnostics& diagnostics);

} // namespace strat::load
