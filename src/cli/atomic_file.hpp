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
#include <sys/types.h>
#include <vector>

namespace strat::cli {

/// Write `content` to `path` as described above. Returns "" on success, else a message
/// saying what went wrong (and that nothing was replaced).
std::string write_file_atomically(const std::string& path, const std::string& content,
                                  bool overwrite);

/// Several files written as one, for a workshop batch: each is staged in a temporary file
/// beside its target (the rules of write_file_atomically are checked then), and `commit`
/// puts them all in place. Writing back every staged file is started as it is staged and
/// awaited once in `commit`, so the file system commits its journal once for the batch
/// rather than once per file, as a flush per file would. A batch not committed removes its
/// temporary files; SIGINT or SIGTERM removes them too.
class FileBatch {
public:
    /// Room for `files` files, staged by number.
    explicit FileBatch(std::size_t files);
    ~FileBatch();
    FileBatch(const FileBatch&) = delete;
    FileBatch& operator=(const FileBatch&) = delete;

    /// Stages file number `file` (below the count given at construction): "" or what is
    /// wrong with writing `content` to `path`; nothing is in place yet. Several threads may
    /// stage at once, each its own numbers.
    std::string stage(std::size_t file, const std::string& path, const std::string& content,
                      bool overwrite);
    /// Flushes every staged file, then puts each in place in the order of their numbers. ""
    /// on success; else a message, and the files this batch put in place are removed again
    /// (a replaced file stays replaced). Every number must have been staged.
    std::string commit();

private:
    struct Staged {
        std::string path, target, temp;
        bool overwrite = false;
        bool existed = false; ///< something was at `path` before: not removed on failure
    };
    std::vector<Staged> staged_;
    mode_t mode_;
    void discard();
};

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
