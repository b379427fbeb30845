#pragma once
/// Checks of a translation file against the roadmap it translates: every id, text, step
/// and condition it translates exists there (E224), and every text there is translated
/// (W311, so that `--strict` holds a translation to full coverage).

#include "load/catalog.hpp"
#include "model/diagnostic.hpp"
#include "model/roadmap.hpp"
#include "model/translation.hpp"

#include <string>
#include <vector>

namespace strat::validate {

/// Check `translation` against `roadmap`, the roadmap it is `of` as read from its file
/// (not merged), or nullptr when there is none; `roadmaps` are the ids there are, for
/// "did you mean".
void check_translation(const model::Translation& translation, const model::Roadmap* roadmap,
                       const std::vector<std::string>& roadmaps, model::Diagnostics& diagnostics);

/// check_translation against the roadmap of `catalog` in force with the translated id.
void check_translation_file(const load::Catalog& catalog, const model::Translation& translation,
                            model::Diagnostics& diagnostics);

/// How many texts of `roadmap` `translation` translates, of how many there are.
struct Coverage {
    std::size_t translated = 0;
    std::size_t texts = 0;
};
Coverage coverage(const model::Translation& translation, const model::Roadmap& roadmap);

} // namespace strat::validate
