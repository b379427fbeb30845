#pragma once
/// `strat validate` as a library call: check files in the context of a catalogue (so
/// `extends` finds its base) and collect every diagnostic per file.

#include "load/catalog.hpp"
#include "model/diagnostic.hpp"

#include <string>
#include <vector>

namespace strat::validate {

struct FileResult {
    std::string path;
    std::string io_error; ///< the file could not be read at all
    model::Diagnostics diagnostics;
};

struct Validation {
    std::vector<FileResult> files; ///< in the order given
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t io_errors = 0;
};

/// Validate each of `targets` (files of `catalog`): its own problems, its `extends` chain,
/// and the semantic checks of the merged roadmap, sorted by position.
/// `threads` as for util::parallel_for; results are in `targets` order whatever it is.
Validation validate_files(const load::Catalog& catalog,
                          const std::vector<const load::RoadmapFile*>& targets,
                          std::size_t threads = 1);

} // namespace strat::validate
