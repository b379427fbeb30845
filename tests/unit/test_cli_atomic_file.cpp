// Issue 12 items 3 and 4: writing a file never clobbers what it must not, and is atomic.

#include "cli/atomic_file.hpp"
#include "util/parallel.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using strat::cli::write_file_atomically;

namespace {

/// A fresh directory, removed with what is in it.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "strat-atomic-XXXXXX").string();
        path = mkdtemp(pattern.data());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
    /// Names in the directory, so tests see that no temporary file is left behind.
    std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), {}));
    }
};

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

mode_t mode_of(const std::string& path) {
    struct stat st {};
    REQUIRE(stat(path.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

} // namespace

TEST_CASE("hardening-atomic-write: a new file is written whole, with no temporary left") {
    TempDir dir;
    CHECK(write_file_atomically(dir / "plan.yaml", "content\n", false) == "");
    CHECK(read(dir / "plan.yaml") == "content\n");
    mode_t mask = umask(0);
    umask(mask);
    CHECK(mode_of(dir / "plan.yaml") == (0666 & ~mask));
    CHECK(dir.entries() == 1);
}

TEST_CASE("hardening-atomic-write: an existing file is kept without overwrite") {
    TempDir dir;
    write(dir / "plan.yaml", "old");
    CHECK(write_file_atomically(dir / "plan.yaml", "new", false) ==
          (dir / "plan.yaml") + " already exists");
    CHECK(read(dir / "plan.yaml") == "old");
    CHECK(dir.entries() == 1);
}

TEST_CASE("hardening-atomic-write: overwrite keeps the file's permission bits") {
    TempDir dir;
    write(dir / "plan.yaml", "old");
    chmod((dir / "plan.yaml").c_str(), 0600);
    CHECK(write_file_atomically(dir / "plan.yaml", "new", true) == "");
    CHECK(read(dir / "plan.yaml") == "new");
    CHECK(mode_of(dir / "plan.yaml") == 0600);
}

TEST_CASE("hardening-atomic-write: a 250-character name works") {
    TempDir dir;
    std::string name(245, 'n');
    name += ".yaml";
    CHECK(write_file_atomically(dir / name, "x", false) == "");
    CHECK(read(dir / name) == "x");
}

TEST_CASE("hardening-force-non-regular: directories, devices, FIFOs and sockets are refused") {
    TempDir dir;
    fs::create_directory(dir / "sub");
    REQUIRE(mkfifo((dir / "fifo").c_str(), 0600) == 0);
    fs::create_symlink("/dev/null", dir / "null");
    for (bool overwrite : {false, true}) {
        CAPTURE(overwrite);
        CHECK(write_file_atomically(dir / "sub", "x", overwrite) ==
              (dir / "sub") + " is a directory, not a regular file; it was left as it is "
                              "(write to standard output with `-o -`)");
        CHECK(fs::is_directory(dir / "sub"));
        CHECK(write_file_atomically(dir / "fifo", "x", overwrite).find("is a FIFO") !=
              std::string::npos);
        CHECK(fs::is_fifo(dir / "fifo"));
        // A device is only ever reached through a link in the test's own directory: a
        // writer with the bug then replaces the link, never /dev/null itself.
        CHECK(write_file_atomically(dir / "null", "x", overwrite) ==
              (dir / "null") + " is a symbolic link to a character device, not a regular "
                               "file; it was left as it is (write to standard output with `-o "
                               "-`)");
        CHECK(fs::is_symlink(dir / "null"));
    }
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::string socket_path = dir / "sock";
    if (s >= 0 && socket_path.size() < sizeof address.sun_path) {
        socket_path.copy(address.sun_path, socket_path.size());
        REQUIRE(bind(s, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        CHECK(write_file_atomically(socket_path, "x", true).find("is a socket") !=
              std::string::npos);
        CHECK(fs::is_socket(socket_path));
    }
    if (s >= 0)
        close(s);
    CHECK(dir.entries() == 4);
}

TEST_CASE("hardening-force-non-regular: a dangling symbolic link is never replaced") {
    TempDir dir;
    fs::create_symlink(dir / "missing.yaml", dir / "plan.yaml");
    CHECK(write_file_atomically(dir / "plan.yaml", "x", false) ==
          (dir / "plan.yaml") + " is a symbolic link to a file that does not exist; it was "
                                "left as it is");
    CHECK(write_file_atomically(dir / "plan.yaml", "x", true).find("does not exist") !=
          std::string::npos);
    CHECK(fs::is_symlink(dir / "plan.yaml"));
    CHECK_FALSE(fs::exists(dir / "missing.yaml"));
    CHECK(dir.entries() == 1);
}

TEST_CASE("hardening-force-non-regular: overwrite writes through a link to a regular file") {
    TempDir dir;
    fs::create_directory(dir / "real");
    write(dir / "real/plan.yaml", "old");
    chmod((dir / "real/plan.yaml").c_str(), 0640);
    fs::create_symlink(dir / "real/plan.yaml", dir / "plan.yaml");
    CHECK(write_file_atomically(dir / "plan.yaml", "new", false) ==
          (dir / "plan.yaml") + " already exists (a symbolic link)");
    CHECK(read(dir / "real/plan.yaml") == "old");
    CHECK(write_file_atomically(dir / "plan.yaml", "new", true) == "");
    CHECK(fs::is_symlink(dir / "plan.yaml"));
    CHECK(read(dir / "real/plan.yaml") == "new");
    CHECK(mode_of(dir / "real/plan.yaml") == 0640);
    CHECK(dir.entries() == 2);
}

TEST_CASE("hardening-atomic-write: of writers racing for one new file, exactly one wins") {
    TempDir dir;
    for (int round = 0; round < 50; ++round) {
        std::string path = dir / ("plan-" + std::to_string(round) + ".yaml");
        std::atomic<int> won{0};
        std::vector<std::thread> writers;
        for (int w = 0; w < 4; ++w)
            writers.emplace_back([&, w] {
                if (write_file_atomically(path, "writer " + std::to_string(w), false).empty())
                    ++won;
            });
        for (std::thread& t : writers)
            t.join();
        CHECK(won == 1);
    }
    CHECK(dir.entries() == 50);
}

TEST_CASE("hardening-atomic-write: SIGTERM removes the temporary file, then ends the process") {
    TempDir dir;
    std::string temp = dir / ".strat-test";
    write(temp, "partial");
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::signal(SIGTERM, SIG_DFL); // as in strat, not doctest's crash report
        strat::cli::RemoveOnSignal guard(temp);
        raise(SIGTERM);
        _exit(0); // not reached: SIGTERM ends the process
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGTERM);
    CHECK_FALSE(fs::exists(temp));
}

// Issue 15, batch on disk: a workshop's files are staged, then put in place together with
// one flush to disk, all or nothing.
using strat::cli::FileBatch;

TEST_CASE("batch-one-flush: staged files appear only when the batch commits") {
    TempDir dir;
    {
        FileBatch batch(2);
        CHECK(batch.stage(0, dir / "a.yaml", "A\n", false) == "");
        CHECK(batch.stage(1, dir / "b.md", "B\n", false) == "");
        CHECK_FALSE(fs::exists(dir / "a.yaml"));
        CHECK(dir.entries() == 2); // the two temporary files
        CHECK(batch.commit() == "");
    }
    CHECK(read(dir / "a.yaml") == "A\n");
    CHECK(read(dir / "b.md") == "B\n");
    mode_t mask = umask(0);
    umask(mask);
    CHECK(mode_of(dir / "b.md") == (0666 & ~mask));
    CHECK(dir.entries() == 2);
}

TEST_CASE("batch-one-flush: a batch that is not committed leaves nothing behind") {
    TempDir dir;
    {
        FileBatch batch(2);
        CHECK(batch.stage(0, dir / "a.yaml", "A", false) == "");
        CHECK(batch.stage(1, dir / "b.yaml", "B", false) == "");
    }
    CHECK(dir.entries() == 0);
}

TEST_CASE("batch-one-flush: an existing file is refused when staged, and kept") {
    TempDir dir;
    write(dir / "b.yaml", "old");
    FileBatch batch(2);
    CHECK(batch.stage(0, dir / "a.yaml", "A", false) == "");
    CHECK(batch.stage(1, dir / "b.yaml", "B", false) == (dir / "b.yaml") + " already exists");
    CHECK(batch.stage(1, dir / "b.yaml", "B", true) == "");
    CHECK(batch.commit() == "");
    CHECK(read(dir / "a.yaml") == "A");
    CHECK(read(dir / "b.yaml") == "B");
    CHECK(dir.entries() == 2);
}

TEST_CASE("batch-one-flush: a file that appears before the commit undoes the batch") {
    TempDir dir;
    FileBatch batch(3);
    CHECK(batch.stage(0, dir / "a.yaml", "A", false) == "");
    CHECK(batch.stage(1, dir / "b.yaml", "B", false) == "");
    CHECK(batch.stage(2, dir / "c.yaml", "C", false) == "");
    write(dir / "b.yaml", "someone else's"); // created between staging and commit
    CHECK(batch.commit() == (dir / "b.yaml") + " already exists");
    CHECK(read(dir / "b.yaml") == "someone else's");
    CHECK_FALSE(fs::exists(dir / "a.yaml")); // placed by the batch, so removed again
    CHECK(dir.entries() == 1);
}

TEST_CASE("batch-one-flush: SIGTERM removes every staged temporary file") {
    TempDir dir;
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::signal(SIGTERM, SIG_DFL);
        FileBatch batch(3);
        std::size_t slot = 0;
        for (const char* name : {"a.yaml", "b.yaml", "c.yaml"})
            if (!batch.stage(slot++, dir / name, "x", false).empty())
                _exit(1);
        raise(SIGTERM);
        _exit(0); // not reached
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(dir.entries() == 0);
}

// The batch stages its clients' files on every core (issue 15's batch target).
TEST_CASE("batch-parallel-staging: files staged from several threads all go in place, in "
          "order") {
    TempDir dir;
    mode_t mask = umask(0);
    umask(mask);
    {
        FileBatch batch(200);
        std::vector<std::string> errors(200);
        strat::util::parallel_for(200, 4, [&](std::size_t i) {
            errors[i] =
                batch.stage(i, dir / fmt::format("{:03}.yaml", i), std::to_string(i), false);
        });
        CHECK(std::count(errors.begin(), errors.end(), "") == 200);
        CHECK(dir.entries() == 200);
        CHECK(batch.commit() == "");
    }
    CHECK(dir.entries() == 200);
    CHECK(read(dir / "000.yaml") == "0");
    CHECK(read(dir / "199.yaml") == "199");
    // Reading the umask sets it for a moment; staging at once must not leave it changed.
    mode_t now = umask(0);
    umask(now);
    CHECK(now == mask);
    CHECK(mode_of(dir / "123.yaml") == (0666 & ~mask));
}

TEST_CASE("batch-parallel-staging: a batch with a file not staged puts nothing in place") {
    TempDir dir;
    FileBatch batch(3);
    CHECK(batch.stage(0, dir / "a.yaml", "A", false) == "");
    CHECK(batch.stage(2, dir / "c.yaml", "C", false) == "");
    CHECK(batch.commit() == "a file of the batch was not staged");
    CHECK(dir.entries() == 0);
}
