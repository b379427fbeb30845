#include "cli/atomic_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace strat::cli {
namespace {

// The temporary files that SIGINT or SIGTERM removes (see RemoveOnSignal and FileBatch),
// one after another, each ended by a NUL. A signal handler may only touch lock-free state:
// a fixed buffer and the count of its bytes in use, set after the bytes are written.
char signal_paths[1 << 20];
volatile std::sig_atomic_t signal_used = 0;
struct sigaction previous_int, previous_term;
bool handling_int = false, handling_term = false;

void remove_and_reraise(int signal) {
    for (std::sig_atomic_t at = 0; at < signal_used;) {
        unlink(signal_paths + at);
        while (signal_paths[at] != '\0')
            ++at;
        ++at;
    }
    // End as the signal would have ended strat without us (or as the handler before us).
    sigaction(signal, signal == SIGINT ? &previous_int : &previous_term, nullptr);
    raise(signal);
}

/// Catch `signal` unless it is ignored (then it cannot end strat mid-write anyway).
bool catch_signal(int signal, struct sigaction& previous) {
    struct sigaction action {};
    action.sa_handler = remove_and_reraise;
    sigemptyset(&action.sa_mask);
    if (sigaction(signal, &action, &previous) != 0)
        return false;
    if (previous.sa_handler == SIG_IGN) {
        sigaction(signal, &previous, nullptr);
        return false;
    }
    return true;
}

std::string kind_of(mode_t mode) {
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISSOCK(mode))
        return "a socket";
    return "not a regular file";
}

std::string error_text(int error) {
    return std::strerror(error);
}

/// Where the file goes: `path`, or for `overwrite` through a symbolic link the regular file
/// it points to. Sets `mode` to the permission bits the file keeps. "" or an error message.
std::string settle_target(const std::string& path, bool overwrite, std::string& target,
                          mode_t& mode) {
    struct stat entry {};
    if (lstat(path.c_str(), &entry) != 0) {
        if (errno == ENOENT)
            return {};
        return fmt::format("cannot check {}: {}", path, error_text(errno));
    }
    struct stat file = entry;
    bool is_link = S_ISLNK(entry.st_mode);
    if (is_link && stat(path.c_str(), &file) != 0)
        return fmt::format("{} is a symbolic link to a file that does not exist; it was left "
                           "as it is",
                           path);
    if (!S_ISREG(file.st_mode))
        return fmt::format("{} is {}{}, not a regular file; it was left as it is (write to "
                           "standard output with `-o -`)",
                           path, is_link ? "a symbolic link to " : "", kind_of(file.st_mode));
    if (!overwrite)
        return is_link ? fmt::format("{} already exists (a symbolic link)", path)
                       : fmt::format("{} already exists", path);
    if (is_link) {
        std::error_code ec;
        target = std::filesystem::canonical(path, ec).string();
        if (ec)
            return fmt::format("cannot follow the symbolic link {}: {}", path, ec.message());
    }
    mode = file.st_mode & 07777;
    return {};
}

bool write_all(int fd, const std::string& content) {
    std::size_t written = 0;
    while (written < content.size()) {
        ssize_t n = write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        written += static_cast<std::size_t>(n);
    }
    return true;
}

/// Put `temp` in place at `target` without replacing anything there: one no-replace rename
/// where the file system has it, else a hard link (which fails on an existing name too).
/// 0 or the errno.
int place_without_replacing(const std::string& temp, const std::string& target) {
    if (renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    if (link(temp.c_str(), target.c_str()) != 0)
        return errno;
    unlink(temp.c_str());
    return 0;
}

void sync_directory(const std::string& dir) {
    int fd = open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    fsync(fd); // best effort: some file systems cannot sync a directory
    close(fd);
}

/// Adds `path` to the files a signal removes; a path that no longer fits is not removed.
/// A batch stages from several threads: one adds at a time, and the handler sees a path
/// only once its bytes are in place.
void remove_on_signal(const std::string& path) {
    static std::mutex adding;
    std::lock_guard<std::mutex> lock(adding);
    std::size_t at = static_cast<std::size_t>(signal_used);
    if (at + path.size() + 1 > sizeof signal_paths)
        return;
    std::memcpy(signal_paths + at, path.c_str(), path.size() + 1);
    signal_used = static_cast<std::sig_atomic_t>(at + path.size() + 1);
}

void catch_signals() {
    if (!handling_int)
        handling_int = catch_signal(SIGINT, previous_int);
    if (!handling_term)
        handling_term = catch_signal(SIGTERM, previous_term);
}

void release_signals() {
    if (handling_int)
        sigaction(SIGINT, &previous_int, nullptr);
    if (handling_term)
        sigaction(SIGTERM, &previous_term, nullptr);
    handling_int = handling_term = false;
    signal_used = 0;
}

/// Writes `content` to a new temporary file in `dir` and sets `temp` to its name. With
/// `flush` the data is on disk when it returns; without, writing back has only begun.
/// "" or a message; on failure no temporary file is left.
std::string write_temp(const std::string& dir, mode_t mode, const std::string& content, bool flush,
                       std::string& temp) {
    namespace fs = std::filesystem;
    // A short name, so a target name near the file system's limit still works.
    temp = (fs::path(dir) / ".strat-XXXXXX").string();
    int fd = mkstemp(temp.data());
    if (fd < 0)
        return fmt::format("cannot create a file in {}: {}", dir, error_text(errno));
    remove_on_signal(temp);
    auto fail = [&](std::string_view what) {
        std::string message = fmt::format("{} {}: {}", what, temp, error_text(errno));
        if (fd >= 0)
            close(fd);
        unlink(temp.c_str());
        return message;
    };
    if (fchmod(fd, mode) != 0)
        return fail("cannot set permissions of");
    if (!write_all(fd, content))
        return fail("cannot write");
    if (flush ? fsync(fd) != 0 : sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE) != 0)
        return fail("cannot flush");
    int closed = close(fd);
    fd = -1;
    if (closed != 0)
        return fail("cannot close");
    return {};
}

/// Puts the written `temp` at `target` (`path` as the user named it). "" or a message; the
/// temporary file is gone either way.
std::string place(const std::string& temp, const std::string& target, const std::string& path,
                  bool overwrite) {
    if (!overwrite) {
        if (int error = place_without_replacing(temp, target); error != 0) {
            unlink(temp.c_str());
            if (error == EEXIST)
                return fmt::format("{} already exists", path);
            return fmt::format("cannot create {}: {}", path, error_text(error));
        }
    } else if (rename(temp.c_str(), target.c_str()) != 0) {
        int error = errno;
        unlink(temp.c_str());
        return fmt::format("cannot replace {}: {}", target, error_text(error));
    }
    return {};
}

/// The mode a new file gets: an ordinary document, as the user's umask has it.
mode_t document_mode() {
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

std::string directory_of(const std::string& target) {
    std::filesystem::path parent = std::filesystem::path(target).parent_path();
    return parent.empty() ? "." : parent.string();
}

} // namespace

RemoveOnSignal::RemoveOnSignal(const std::string& path) {
    signal_used = 0;
    remove_on_signal(path);
    catch_signals();
}

RemoveOnSignal::~RemoveOnSignal() {
    release_signals();
}

std::string write_file_atomically(const std::string& path, const std::string& content,
                                  bool overwrite) {
    if (path.empty())
        return "no file name given";
    std::string target = path;
    mode_t mode = document_mode();
    if (std::string refused = settle_target(path, overwrite, target, mode); !refused.empty())
        return refused;
    std::string dir = directory_of(target), temp;
    signal_used = 0;
    catch_signals();
    std::string error = write_temp(dir, mode, content, true, temp);
    if (error.empty())
        error = place(temp, target, path, overwrite);
    release_signals();
    if (error.empty())
        sync_directory(dir);
    return error;
}

// The mode is read once: reading the umask sets it for a moment, which threads staging at
// the same time must not see.
FileBatch::FileBatch(std::size_t files) : staged_(files), mode_(document_mode()) {
    signal_used = 0;
    catch_signals();
}

FileBatch::~FileBatch() {
    discard();
}

void FileBatch::discard() {
    for (const Staged& s : staged_)
        if (!s.temp.empty())
            unlink(s.temp.c_str());
    staged_.clear();
    release_signals();
}

std::string FileBatch::stage(std::size_t file, const std::string& path, const std::string& content,
                             bool overwrite) {
    if (path.empty())
        return "no file name given";
    Staged s{path, path, {}, overwrite, false};
    struct stat entry {};
    s.existed = lstat(path.c_str(), &entry) == 0;
    mode_t mode = mode_;
    if (std::string refused = settle_target(path, overwrite, s.target, mode); !refused.empty())
        return refused;
    if (std::string error = write_temp(directory_of(s.target), mode, content, false, s.temp);
        !error.empty())
        return error;
    staged_.at(file) = std::move(s);
    return {};
}

std::string FileBatch::commit() {
    // Writing back began as each file was staged; the first fsync commits the journal for
    // all of them, so the others only wait for their data.
    for (const Staged& s : staged_) {
        if (s.temp.empty()) { // a file left out: nothing goes in place
            discard();
            return "a file of the batch was not staged";
        }
        int fd = open(s.temp.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || fsync(fd) != 0) {
            std::string message = fmt::format("cannot flush {}: {}", s.temp, error_text(errno));
            if (fd >= 0)
                close(fd);
            discard();
            return message;
        }
        close(fd);
    }
    std::vector<std::string> placed, dirs;
    for (std::size_t i = 0; i < staged_.size(); ++i) {
        const Staged& s = staged_[i];
        if (std::string error = place(s.temp, s.target, s.path, s.overwrite); !error.empty()) {
            for (std::size_t j = i + 1; j < staged_.size(); ++j)
                unlink(staged_[j].temp.c_str());
            for (const std::string& p : placed)
                unlink(p.c_str());
            staged_.clear();
            release_signals();
            return error;
        }
        if (!s.existed)
            placed.push_back(s.target);
        std::string dir = directory_of(s.target);
        if (std::find(dirs.begin(), dirs.end(), dir) == dirs.end())
            dirs.push_back(dir);
    }
    staged_.clear();
    release_signals();
    for (const std::string& dir : dirs)
        sync_directory(dir);
    return {};
}

} // namespace strat::cli
