#pragma once
/// Finding roadmap files under a directory, as `strat validate DIR`, `--roadmaps DIR` and
/// STRAT_ROADMAPS do. Like ripgrep: a path named by the user is followed wherever it
/// leads, but symbolic links found while walking are not (unless asked), so `validate .`
/// cannot print the lines of a file outside the tree; and kernel file systems (/proc,
/// /sys, /dev and the like) are never searched.

#include <cstddef>
#include <string>
#include <vector>

namespace strat::load {

struct WalkOptions {
    bool follow_symlinks = false; ///< `validate --follow`: links found while walking too
};

struct FoundFiles {
    std::vector<std::string> files; ///< sorted
    std::size_t links_skipped = 0;  ///< symbolic links found and not followed
    /// A directory that could not be read, or a special file system named as the path:
    /// "DIR: cannot read directory: ...". The files found elsewhere are still listed.
    std::vector<std::string> errors;
};

/// Every regular *.yaml / *.yml file under `path` (recursively, sorted; a directory reached
/// twice is read once), or `path` itself when it is not a directory (reading it reports
/// any problem).
FoundFiles find_yaml_files(const std::string& path, const WalkOptions& options = {});

/// The kernel file system `dir` is on ("proc", "sysfs", "devtmpfs", ...), or "" for an
/// ordinary one.
std::string special_file_system(const std::string& dir);

} // namespace strat::load
