#include "cli/atomic_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace strat::cli {
namespace {

// The one temporary file that SIGINT or SIGTERM removes (see RemoveOnSignal). A signal
// handler may only touch lock-free state: a fixed buffer and a flag.
char signal_path[4096];
volatile std::sig_atomic_t signal_armed = 0;
struct sigaction previous_int, previous_term;
bool handling_int = false, handling_term = false;

void remove_and_reraise(int signal) {
    if (signal_armed != 0)
        unlink(signal_path);
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

} // namespace

RemoveOnSignal::RemoveOnSignal(const std::string& path) {
    if (path.size() >= sizeof signal_path)
        return;
    std::memcpy(signal_path, path.c_str(), path.size() + 1);
    signal_armed = 1;
    handling_int = catch_signal(SIGINT, previous_int);
    handling_term = catch_signal(SIGTERM, previous_term);
}

RemoveOnSignal::~RemoveOnSignal() {
    if (handling_int)
        sigaction(SIGINT, &previous_int, nullptr);
    if (handling_term)
        sigaction(SIGTERM, &previous_term, nullptr);
    handling_int = handling_term = false;
    signal_armed = 0;
}

std::string write_file_atomically(const std::string& path, const std::string& content,
                                  bool overwrite) {
    namespace fs = std::filesystem;
    if (path.empty())
        return "no file name given";
    std::string target = path;
    mode_t mask = umask(0);
    umask(mask);
    mode_t mode = 0666 & ~mask; // an ordinary document, as the user's umask has it
    if (std::string refused = settle_target(path, overwrite, target, mode); !refused.empty())
        return refused;

    fs::path parent = fs::path(target).parent_path();
    std::string dir = parent.empty() ? "." : parent.string();
    // A short name, so a target name near the file system's limit still works.
    std::string temp = (fs::path(dir) / ".strat-XXXXXX").string();
    int fd = mkstemp(temp.data());
    if (fd < 0)
        return fmt::format("cannot create a file in {}: {}", dir, error_text(errno));
    RemoveOnSignal guard(temp);
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
    if (fsync(fd) != 0)
        return fail("cannot flush");
    int closed = close(fd);
    fd = -1;
    if (closed != 0)
        return fail("cannot close");
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
    sync_directory(dir);
    return {};
}

} // namespace strat::cli
