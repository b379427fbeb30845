#pragma once
/// Writing a file so that it is either fully replaced or untouched: a temporary file in
/// the same directory, flushed to disk, then renamed over the target.

#include <string>

namespace strat::cli {

/// Write `content` to `path`. Without `overwrite`, an existing file is an error. Returns
/// "" on success, else a message saying what went wrong.
std::string write_file_atomically(const std::string& path, const std::string& content,
                                  bool overwrite);

} // namespace strat::cli
