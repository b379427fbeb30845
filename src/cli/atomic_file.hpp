#pragma once
/// Writing a file so that it is either fully written or untouched: a temporary file in the
/// same directory, flushed to disk, then linked or renamed into place, and the directory
/// flushed too.
///
/// - Without `overwrite`, nothing that exists at the path is replaced, whoever created it
///   and when: the file goes into place with a no-replace rename (or a hard link), never
///   after a separate existence check. A symbolic link at the path, even a dangling one, is
///   something that exists.
/// - With `overwrite`, an existing regular file is replaced and keeps its permission bits;
///   a symbolic link to a regular file is followed (the file it points to is replaced and
///   the link stays).
/// - A target that is not a regular file (a directory, a device such as /dev/null, a FIFO,
///   a socket, a dangling link) is never replaced, not even with `overwrite`: standard
///   output is written with `-o -`.
/// - SIGINT or SIGTERM while the temporary file exists removes it before strat ends.

#include <string>

namespace strat::cli {

/// Write `content` to `path` as described above. Returns "" on success, else a message
/// saying what went wrong (and that nothing was replaced).
std::string write_file_atomically(const std::string& path, const std::string& content,
                                  bool overwrite);

/// While it lives, SIGINT and SIGTERM remove the file at `path`, then end strat with the
/// signal as before. One at a time: guards do not nest.
class RemoveOnSignal {
public:
    explicit RemoveOnSignal(const std::string& path);
    ~RemoveOnSignal();
    RemoveOnSignal(const RemoveOnSignal&) = delete;
    RemoveOnSignal& operator=(const RemoveOnSignal&) = delete;
};

} // namespace strat::cli
