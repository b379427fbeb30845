#pragma once
/// The one way strat reads a file's bytes: roadmaps, answers, campaigns and actuals alike.
/// The size limit is checked while reading, so a device or pipe that never ends
/// (/dev/zero) stops just past the limit instead of filling memory.

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

namespace strat::load {

/// What a file is to strat, for its size limit and for messages.
enum class FileKind { roadmap, answers, campaign, actuals };

/// "roadmap", "answers", "campaign", "actuals".
std::string_view kind_name(FileKind kind);

/// The most bytes strat reads of a file of this kind: roadmaps and campaigns 16 MiB (a
/// shipped roadmap is about 100 KB), answers 1 MiB, actuals 64 MiB (about two million
/// CSV rows).
std::size_t max_bytes(FileKind kind);

/// "the actuals file is larger than 64 MiB": the message of a file over its limit, for
/// readers that stream a file rather than hold it (actuals for the dashboard).
std::string too_large_message(FileKind kind, std::size_t limit);

struct FileBytes {
    std::string text;
    /// "" when read; else why not, e.g. "cannot read: Permission denied" or
    /// "the answers file is larger than 1 MiB".
    std::string error;
    int error_number = 0; ///< errno of a failed open or read
    bool too_large = false;
    /// With too_large: the file's size when known (a regular file), else the bytes read
    /// before stopping (more than the limit).
    std::uintmax_t size = 0;
};

/// The bytes of `path`, at most `limit` of them. A directory, a missing or unreadable file
/// and a file over the limit are errors, never exceptions. Reading stops after the block
/// that holds a NUL byte: no text holds one, and the text checks report it where it is.
FileBytes read_file_bytes(const std::string& path, FileKind kind, std::size_t limit);
inline FileBytes read_file_bytes(const std::string& path, FileKind kind) {
    return read_file_bytes(path, kind, max_bytes(kind));
}

/// The bytes of a stream (standard input for `validate -`), read as a pipe is: at most
/// the kind's limit, and no further than the block that holds a NUL byte.
FileBytes read_stream_bytes(std::istream& in, FileKind kind);

} // namespace strat::load
