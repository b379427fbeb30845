#include "cli/atomic_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace strat::cli {

std::string write_file_atomically(const std::string& path, const std::string& content,
                                  bool overwrite) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path target(path);
    if (fs::is_directory(target, ec))
        return fmt::format("{} is a directory", path);
    if (!overwrite && fs::exists(target, ec))
        return fmt::format("{} already exists", path);
    fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string temp = (dir / fmt::format(".{}.XXXXXX", target.filename().string())).string();
    int fd = mkstemp(temp.data());
    if (fd < 0)
        return fmt::format("cannot create a file in {}: {}", dir.string(), std::strerror(errno));
    auto fail = [&](std::string_view what) {
        std::string message = fmt::format("{} {}: {}", what, temp, std::strerror(errno));
        close(fd);
        unlink(temp.c_str());
        return message;
    };
    // mkstemp creates 0600; a campaign file is an ordinary document.
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0)
        return fail("cannot set permissions of");
    std::size_t written = 0;
    while (written < content.size()) {
        ssize_t n = write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail("cannot write");
        }
        written += static_cast<std::size_t>(n);
    }
    if (fsync(fd) != 0)
        return fail("cannot flush");
    if (close(fd) != 0) {
        unlink(temp.c_str());
        return fmt::format("cannot close {}: {}", temp, std::strerror(errno));
    }
    if (!overwrite && fs::exists(target, ec)) { // created meanwhile: still never clobber
        unlink(temp.c_str());
        return fmt::format("{} already exists", path);
    }
    if (rename(temp.c_str(), path.c_str()) != 0) {
        std::string message =
            fmt::format("cannot rename {} to {}: {}", temp, path, std::strerror(errno));
        unlink(temp.c_str());
        return message;
    }
    return {};
}

} // namespace strat::cli
