#include "load/file_reader.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <istream>
#include <sys/stat.h>
#include <unistd.h>

namespace strat::load {
namespace {

std::string size_text(std::size_t bytes) {
    return bytes % (1u << 20) == 0 ? fmt::format("{} MiB", bytes >> 20)
                                   : fmt::format("{} bytes", bytes);
}

FileBytes failed(ReadFailure::Reason reason, std::string message, std::uintmax_t size = 0) {
    FileBytes out;
    out.failure = ReadFailure{reason, std::move(message), size};
    return out;
}

FileBytes failed_errno() {
    int error_number = errno;
    return failed(error_number == ENOENT ? ReadFailure::Reason::missing
                                         : ReadFailure::Reason::system,
                  fmt::format("cannot read: {}", std::strerror(error_number)));
}

FileBytes too_large(FileKind kind, std::size_t limit, std::uintmax_t size) {
    return failed(ReadFailure::Reason::too_large, too_large_message(kind, limit), size);
}

/// Closes the descriptor on every way out.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0)
            close(fd);
    }
};

} // namespace

std::string too_large_message(FileKind kind, std::size_t limit) {
    return fmt::format("the {} file is larger than {}", kind_name(kind), size_text(limit));
}

std::string_view kind_name(FileKind kind) {
    switch (kind) {
    case FileKind::roadmap:
        return "roadmap";
    case FileKind::answers:
        return "answers";
    case FileKind::campaign:
        return "campaign";
    case FileKind::actuals:
        return "actuals";
    }
    return "input";
}

std::size_t max_bytes(FileKind kind) {
    switch (kind) {
    case FileKind::answers:
        return 1u << 20;
    case FileKind::actuals:
        return 64u << 20;
    case FileKind::roadmap:
    case FileKind::campaign:
        break;
    }
    return 16u << 20;
}

FileBytes read_file_bytes(const std::string& path, FileKind kind, std::size_t limit) {
    Descriptor file{open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0)
        return failed_errno();
    struct stat st {};
    if (fstat(file.fd, &st) != 0)
        return failed_errno();
    if (S_ISDIR(st.st_mode))
        return failed(ReadFailure::Reason::directory, "cannot read: it is a directory");
    FileBytes out;
    if (S_ISREG(st.st_mode)) {
        auto size = static_cast<std::uintmax_t>(st.st_size);
        if (size > limit) // known before reading: a huge file costs nothing
            return too_large(kind, limit, size);
        out.text.reserve(static_cast<std::size_t>(size)); // exact: no slack kept per file
    } else {
        // A pipe or device: room for the limit is reserved (address space, not memory), so
        // the text never moves while it grows and a stream stopped at the limit held it once.
        out.text.reserve(limit);
    }
    char buffer[1 << 16];
    for (;;) {
        ssize_t n = read(file.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed_errno();
        if (n == 0)
            break;
        // Checked as the bytes come: a pipe or device may never end (/dev/zero).
        if (out.text.size() + static_cast<std::size_t>(n) > limit)
            return too_large(kind, limit, out.text.size() + static_cast<std::size_t>(n));
        out.text.append(buffer, static_cast<std::size_t>(n));
        // Every file strat reads is text: a NUL byte makes it invalid, which the text
        // checks report with its line and column. Reading stops here, so /dev/zero is
        // refused after one block.
        if (std::memchr(buffer, 0, static_cast<std::size_t>(n)) != nullptr)
            break;
    }
    return out;
}

FileBytes read_stream_bytes(std::istream& in, FileKind kind) {
    std::size_t limit = max_bytes(kind);
    FileBytes out;
    char buffer[1 << 16];
    while (in) {
        in.read(buffer, sizeof buffer);
        auto n = static_cast<std::size_t>(in.gcount());
        if (n == 0)
            break;
        if (out.text.size() + n > limit)
            return too_large(kind, limit, out.text.size() + n);
        out.text.append(buffer, n);
        if (std::memchr(buffer, 0, n) != nullptr)
            break; // as read_file_bytes: the text checks report the NUL where it is
    }
    if (in.bad())
        return failed(ReadFailure::Reason::system, "cannot read standard input");
    return out;
}

void report_unreadable(const ReadFailure& failure, const model::SourceFile& file,
                       model::Diagnostics& diagnostics) {
    diagnostics.add("unreadable-file", model::Origin{&file, 0, 0}, failure.message,
                    failure.reason == ReadFailure::Reason::too_large
                        ? "check that this is the file you meant"
                        : "check the path and its permissions");
}

} // namespace strat::load
