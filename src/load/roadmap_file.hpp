#pragma once
/// Reading one roadmap file from disk or from memory: bytes → document → model,
/// with every problem found on the way.

#include "load/document.hpp"
#include "model/diagnostic.hpp"
#include "model/roadmap.hpp"
#include "model/source_file.hpp"
#include "model/translation.hpp"

#include <memory>
#include <optional>
#include <string>

namespace strat::load {

struct RoadmapFile {
    std::unique_ptr<model::SourceFile> file;
    std::optional<model::Roadmap> roadmap; ///< absent when the YAML could not be read at all
    /// Set instead of `roadmap` when the file is a translation (strat_translation first).
    std::optional<model::Translation> translation;
    /// Problems of this file alone; a file that could not be read is one (unreadable-file,
    /// exit 2).
    model::Diagnostics diagnostics;
    std::string origin; ///< "built-in", "STRAT_ROADMAPS", "--roadmaps", "argument"

    bool usable() const { return roadmap && !diagnostics.has_errors(); }
    bool readable() const { return diagnostics.unreadable() == nullptr; }
};

/// Read and check `path`. I/O problems (missing, a directory, unreadable) are its
/// unreadable-file diagnostic, a file too large its file-too-large one; nothing throws.
RoadmapFile read_roadmap_file(const std::string& path, const Limits& limits = {});

/// Read a file's bytes again after SourceFile::release_text, for a diagnostic found later;
/// false when it cannot be read any more.
bool reload_text(model::SourceFile& file);

/// Check `text` as if read from `path` (built-in roadmaps, stdin, tests).
RoadmapFile parse_roadmap_text(std::string path, std::string text, const Limits& limits = {});

} // namespace strat::load
