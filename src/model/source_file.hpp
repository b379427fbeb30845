#pragma once
/// A text file as strat read it: its path as the user named it and its bytes.
/// Diagnostics point into it (line, column) and quote its lines.

#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace strat::model {

/// Text that outlives every SourceFile made of it (roadmaps compiled into the binary).
struct StaticText {
    std::string_view text;
};

class SourceFile {
public:
    SourceFile(std::string path, std::string text);
    /// Refers to the text instead of copying it.
    SourceFile(std::string path, StaticText text);
    SourceFile(const SourceFile&) = delete;
    SourceFile& operator=(const SourceFile&) = delete;

    const std::string& path() const { return path_; }
    std::string_view text() const { return text_; }

    /// 1-based line count (an empty file has one empty line).
    int line_count() const { return static_cast<int>(line_starts().size()); }
    /// The text of 1-based line `line` without its line break ("" when out of range).
    std::string_view line(int line) const;
    /// Byte offset where 1-based line `line` starts.
    std::size_t line_start(int line) const;

    /// Free the text of a file that no diagnostic points into, so checking many files keeps
    /// little per file. Refused (false) once a line was asked for.
    bool release_text();
    bool text_released() const { return released_; }
    /// Put the same text back, for a diagnostic found later.
    void restore_text(std::string text);

    /// SHA-256 of the text, hex: the known value when set (built-ins hash at build time).
    std::string sha256() const;
    void set_sha256(std::string hex) { sha256_ = std::move(hex); }

private:
    /// Built on first use: most files are read without a diagnostic, and the parser
    /// gives line and column itself.
    const std::vector<std::size_t>& line_starts() const;

    std::string path_;
    std::string owned_;                 ///< the text, unless it is static
    std::string_view text_;             ///< owned_ or the static text (a SourceFile never moves)
    mutable std::once_flag lines_once_; ///< diagnostics may ask from several threads
    mutable std::vector<std::size_t> line_starts_;
    mutable bool lines_built_ = false;
    bool released_ = false;
    std::string sha256_;
};

} // namespace strat::model
