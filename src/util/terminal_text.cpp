#include "util/terminal_text.hpp"

#include "util/utf8.hpp"

#include <fmt/format.h>

#include <ostream>

namespace strat::util {
namespace {

char32_t decode(std::string_view s, std::size_t i, std::size_t n) {
    auto byte = [&](std::size_t k) {
        return static_cast<char32_t>(static_cast<unsigned char>(s[k]));
    };
    if (n == 1)
        return byte(i);
    char32_t c = byte(i) & (n == 2 ? 0x1Fu : n == 3 ? 0x0Fu : 0x07u);
    for (std::size_t k = 1; k < n; ++k)
        c = (c << 6) | (byte(i + k) & 0x3Fu);
    return c;
}

/// Code points beyond ASCII that move the cursor, reorder text or break lines, and
/// noncharacters (which XML cannot hold and no text should).
bool hidden_control(char32_t c) {
    return (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
           (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

void append_byte(std::string& out, unsigned char c, Lines lines) {
    if (c == '\n' || c == '\t') {
        if (lines == Lines::keep)
            out += static_cast<char>(c);
        else
            out += c == '\n' ? "\\n" : "\\t";
    } else if (c == 0x1B) {
        out += "\\e";
    } else if (c == '\r') {
        out += "\\r";
    } else {
        out += fmt::format("\\x{:02x}", c);
    }
}

/// True when the bytes from `i` to the end of `s` could begin a valid sequence.
bool incomplete_sequence(std::string_view s, std::size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n <= s.size())
        return false;
    for (std::size_t k = i + 1; k < s.size(); ++k)
        if (!is_continuation(s[k]))
            return false;
    return true;
}

} // namespace

std::size_t append_safe(std::string& out, std::string_view text, Lines lines, bool final) {
    std::size_t i = 0;
    while (i < text.size()) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) { // the common case: a run of printable ASCII
            std::size_t end = i + 1;
            while (end < text.size() && static_cast<unsigned char>(text[end]) >= 0x20 &&
                   static_cast<unsigned char>(text[end]) < 0x7F)
                ++end;
            out.append(text.substr(i, end - i));
            i = end;
            continue;
        }
        if (c < 0x80) {
            append_byte(out, c, lines);
            ++i;
            continue;
        }
        std::size_t n = sequence_length(text, i);
        if (n == 0) {
            if (!final && incomplete_sequence(text, i))
                return i;
            append_byte(out, c, lines);
            ++i;
            continue;
        }
        if (char32_t cp = decode(text, i, n); hidden_control(cp))
            out += fmt::format("\\u{{{:x}}}", static_cast<std::uint32_t>(cp));
        else
            out.append(text.substr(i, n));
        i += n;
    }
    return i;
}

std::string terminal_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_safe(out, text, Lines::keep);
    return out;
}

std::string one_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_safe(out, text, Lines::escape);
    return out;
}

bool is_terminal_safe(std::string_view text) {
    std::string out;
    append_safe(out, text, Lines::keep);
    return out == text;
}

TerminalSafeBuf::TerminalSafeBuf(std::streambuf* target) : target_(target) {
    setp(buffer_, buffer_ + sizeof buffer_);
}

TerminalSafeBuf::~TerminalSafeBuf() {
    finish();
}

bool TerminalSafeBuf::drain(bool final) {
    std::string_view fresh(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    std::string_view text = fresh;
    if (!held_.empty()) {
        held_.append(fresh);
        text = held_;
    }
    out_.clear();
    std::size_t used = append_safe(out_, text, Lines::keep, final);
    std::string rest(text.substr(used));
    held_ = std::move(rest);
    setp(buffer_, buffer_ + sizeof buffer_);
    if (!out_.empty() && target_->sputn(out_.data(), static_cast<std::streamsize>(out_.size())) !=
                             static_cast<std::streamsize>(out_.size()))
        failed_ = true;
    return !failed_;
}

TerminalSafeBuf::int_type TerminalSafeBuf::overflow(int_type c) {
    if (!drain(false))
        return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int TerminalSafeBuf::sync() {
    if (!drain(false))
        return -1;
    return target_->pubsync() == 0 && !failed_ ? 0 : -1;
}

bool TerminalSafeBuf::write_markup(std::string_view markup) {
    // Held bytes of an incomplete character go out first, escaped: markup ends them.
    if (!drain(true))
        return false;
    if (target_->sputn(markup.data(), static_cast<std::streamsize>(markup.size())) !=
        static_cast<std::streamsize>(markup.size()))
        failed_ = true;
    return !failed_;
}

bool TerminalSafeBuf::finish() {
    return drain(true) && target_->pubsync() == 0;
}

void write_markup(std::ostream& out, std::string_view markup) {
    if (auto* safe = dynamic_cast<TerminalSafeBuf*>(out.rdbuf())) {
        if (!safe->write_markup(markup))
            out.setstate(std::ios::badbit);
        return;
    }
    out << markup;
}

} // namespace strat::util
