// Atomic write when writing fails: the message says what failed, the temporary file is
// removed and the target is left as it was. (Refusals and races: test_cli_atomic_file.cpp.)

#include "cli/atomic_file.hpp"

#include <doctest/doctest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using strat::cli::write_file_atomically;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "strat-atomic-errors-XXXXXX").string();
        path = mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
    std::string names() const {
        std::string out;
        for (const fs::directory_entry& e : fs::directory_iterator(path))
            out += e.path().filename().string() + " ";
        return out;
    }
};

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// write_file_atomically's message in a child process whose files may not grow beyond 4
/// bytes, so the write itself fails (EFBIG) after the temporary file was made.
std::string write_too_large(const std::string& path, bool overwrite) {
    int pipe_fds[2];
    REQUIRE(pipe(pipe_fds) == 0);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(pipe_fds[0]);
        std::signal(SIGXFSZ, SIG_IGN); // the write returns EFBIG instead of ending the process
        rlimit limit{4, 4};
        setrlimit(RLIMIT_FSIZE, &limit);
        std::string message = write_file_atomically(path, std::string(100, 'x'), overwrite);
        ssize_t written = ::write(pipe_fds[1], message.data(), message.size());
        _exit(written == static_cast<ssize_t>(message.size()) ? 0 : 1);
    }
    close(pipe_fds[1]);
    std::string message;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, static_cast<std::size_t>(n));
    close(pipe_fds[0]);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    return message;
}

/// The message with the temporary file's random name as `.strat-XXXXXX`.
std::string without_random_name(std::string message) {
    std::size_t at = message.find("/.strat-");
    if (at != std::string::npos && at + 14 <= message.size())
        message.replace(at + 8, 6, "XXXXXX");
    return message;
}

} // namespace

TEST_CASE("atomic write: a failed write removes the temporary file and writes nothing") {
    TempDir dir;
    std::string message = write_too_large(dir / "plan.yaml", false);
    CHECK(without_random_name(message) ==
          "cannot write " + (dir / ".strat-XXXXXX") + ": File too large");
    CHECK(dir.names() == "");
}

TEST_CASE("atomic write: a failed overwrite leaves the old file as it was") {
    TempDir dir;
    std::ofstream(dir / "plan.yaml") << "old";
    std::string message = write_too_large(dir / "plan.yaml", true);
    CHECK(without_random_name(message) ==
          "cannot write " + (dir / ".strat-XXXXXX") + ": File too large");
    CHECK(read(dir / "plan.yaml") == "old");
    CHECK(dir.names() == "plan.yaml ");
}

TEST_CASE("atomic write: a directory that does not exist is named in the message") {
    TempDir dir;
    CHECK(write_file_atomically(dir / "missing/plan.yaml", "x", false) ==
          "cannot create a file in " + (dir / "missing") + ": No such file or directory");
    CHECK(dir.names() == "");
}
