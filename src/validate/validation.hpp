#pragma once
/// `strat validate` as a library call: check files in the context of a catalogue (so
/// `extends` finds its base) and collect every diagnostic per file.

#include "load/catalog.hpp"
#include "model/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::validate {

struct FileResult {
    std::string path;
    model::Diagnostics diagnostics;
};

struct Validation {
    std::vector<FileResult> files; ///< in the order given
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t io_errors = 0;
};

/// A file whose roadmap extends nothing can be checked on its own, as soon as it is read:
/// everything but ids shared with other files (validate_files adds those).
bool checks_alone(const load::RoadmapFile& file);
FileResult check_alone(const load::RoadmapFile& file);

/// Keep only what other files can ask of a roadmap checked alone (its id, kind and where
/// they are written), so validating many files does not keep every model in memory.
/// A roadmap that another file extends must be read again in full.
void keep_header_only(load::RoadmapFile& file);

/// Validate each of `targets` (files of `catalog`): its own problems, its `extends` chain,
/// and the semantic checks of the merged roadmap, sorted by position. `done[i]`, when
/// given, is target i's check_alone result (its model may be a header only).
/// `threads` as for util::parallel_for; results are in `targets` order whatever it is.
Validation validate_files(const load::Catalog& catalog,
                          const std::vector<const load::RoadmapFile*>& targets,
                          std::size_t threads = 1,
                          std::vector<std::optional<FileResult>> done = {});

/// Every problem of every file in `catalog`, as strictly as roadmaps are ever checked: the
/// errors and warnings `strat validate --strict` reports for each file, and the errors of
/// each roadmap resolved and checked whole, as `strat plan` checks what it plans with
/// (checked whole, an industry also warns about what it leaves unused of its base; plan
/// ignores those warnings, and so does this). Sorted by position; empty when all is clean.
model::Diagnostics check_strictly(const load::Catalog& catalog);

} // namespace strat::validate
