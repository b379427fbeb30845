#pragma once
/// The one way strat reads a file's bytes: roadmaps, answers, campaigns and actuals alike.
/// The size limit is checked while reading, so a device or pipe that never ends
/// (/dev/zero) stops just past the limit instead of filling memory.

#include "model/diagnostic.hpp"
#include "model/source_file.hpp"

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
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

/// Why a file could not be read at all. Readers return it; the loader that asked turns it
/// into the file's diagnostic (load/unreadable.hpp), so commands see every problem of a
/// file, this one included, as Diagnostics.
struct ReadFailure {
    enum class Reason { missing, directory, system, too_large };
    Reason reason = Reason::system;
    /// "cannot read: Permission denied", "the answers file is larger than 1 MiB"
    std::string message;
    /// With too_large: the file's size when known (a regular file), else the bytes read
    /// before stopping (more than the limit).
    std::uintmax_t size = 0;
};

/// A file's bytes, or why there are none.
struct FileBytes {
    std::string text;
    std::optional<ReadFailure> failure;
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

/// Tells a file that could not be read the way every problem of a file is told: as its
/// unreadable-file diagnostic (E000), which commands answer with exit 2.
void report_unreadable(const ReadFailure& failure, const model::SourceFile& file,
                       model::Diagnostics& diagnostics);

/// A loader's result (LoadedAnswers, LoadedCampaign, ...) for a file that could not be
/// read: the file's name and its E000 diagnostic, no content.
template <class Loaded> Loaded unreadable(const std::string& path, const ReadFailure& failure) {
    Loaded out;
    out.file = std::make_unique<model::SourceFile>(path, std::string());
    report_unreadable(failure, *out.file, out.diagnostics);
    return out;
}

} // namespace strat::load
