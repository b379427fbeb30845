#include "load/text_checks.hpp"

#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace strat::load {

using model::Origin;

using util::is_continuation;

Origin position_of(const model::SourceFile& file, std::size_t offset) {
    std::string_view text = file.text();
    offset = std::min(offset, text.size());
    // Binary search over line starts by probing lines: SourceFile keeps them sorted.
    int lo = 1, hi = file.line_count();
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (file.line_start(mid) <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    std::size_t begin = file.line_start(lo);
    if (lo == 1 && has_bom(text))
        begin = std::min<std::size_t>(3, offset);
    int column = 1;
    for (std::size_t i = begin; i < offset; ++i)
        if (!is_continuation(text[i]))
            ++column;
    return Origin{&file, lo, column};
}

bool has_bom(std::string_view text) {
    return text.substr(0, 3) == "\xEF\xBB\xBF";
}

namespace {

/// Whether all 8 bytes of `word` are printable ASCII (0x20 to 0x7E): the common case,
/// tested a word at a time (the classic SWAR byte-range test).
bool printable_ascii(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
    std::uint64_t below_space = (word - ones * 0x20) & ~word & highs;
    std::uint64_t above_tilde = ((word + ones * (0x7F - 0x7E)) | word) & highs;
    return (below_space | above_tilde) == 0;
}

} // namespace

bool check_text(const model::SourceFile& file, model::Diagnostics& diagnostics,
                std::string_view format) {
    std::string_view text = file.text();
    for (std::size_t i = has_bom(text) ? 3 : 0; i < text.size();) {
        std::uint64_t word;
        while (i + sizeof word <= text.size() &&
               (std::memcpy(&word, text.data() + i, sizeof word), printable_ascii(word)))
            i += sizeof word;
        if (i == text.size())
            break;
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                std::string what =
                    c == 0 ? "a NUL byte" : fmt::format("control character 0x{:02X}", c);
                diagnostics.add(
                    "control-character", position_of(file, i),
                    fmt::format("the file holds {}; {} text cannot contain it", what, format),
                    "remove it; is this a binary file or a file saved as UTF-16?");
                return false;
            }
            ++i;
            continue;
        }
        std::size_t n = util::sequence_length(text, i);
        if (n == 0) {
            diagnostics.add("invalid-utf8", position_of(file, i),
                            fmt::format("byte 0x{:02X} is not valid UTF-8", c),
                            "save the file as UTF-8");
            return false;
        }
        i += n;
    }
    return true;
}

Origin first_tab_indentation(const model::SourceFile& file, int last_line) {
    int block_indent = -1; // indentation of the line that opened a block scalar, if inside one
    for (int n = 1; n <= std::min(last_line, file.line_count()); ++n) {
        std::string_view line = file.line(n);
        std::size_t spaces = line.find_first_not_of(' ');
        if (spaces == std::string_view::npos)
            continue;
        if (block_indent >= 0 && static_cast<int>(spaces) > block_indent)
            continue; // content of a `|` or `>` block may hold tabs
        block_indent = -1;
        if (line[spaces] == '\t') {
            std::size_t rest = line.find_first_not_of(" \t", spaces);
            if (rest != std::string_view::npos && line[rest] != '#')
                return Origin{&file, n, static_cast<int>(spaces) + 1};
        }
        std::size_t end = line.find_last_not_of(" \t");
        std::size_t hash = line.find(" #");
        if (hash != std::string_view::npos)
            end = line.find_last_not_of(" \t", hash);
        if (end == std::string_view::npos)
            continue; // an indented comment line opens no block (found by fuzz_answers)
        char last = line[end];
        char before = end > 0 ? line[end - 1] : ' ';
        if (last == '|' || last == '>' ||
            ((before == '|' || before == '>') && (last == '-' || last == '+')))
            block_indent = static_cast<int>(spaces);
    }
    return Origin{};
}

} // namespace strat::load
