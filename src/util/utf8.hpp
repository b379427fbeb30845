#pragma once
/// UTF-8 facts the loader and the printers share: which bytes continue a character, how
/// long a valid sequence is, how many characters a text has (columns count characters).

#include <cstddef>
#include <string_view>

namespace strat::util {

inline bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Length of the valid UTF-8 sequence at byte `i` of `s`, or 0 when it is invalid
/// (bad lead byte, truncated, overlong, a UTF-16 surrogate, or beyond U+10FFFF).
inline std::size_t sequence_length(std::string_view s, std::size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xE  ? 3
                    : (c >> 3) == 0x1E ? 4
                                       : 0;
    if (n == 0 || i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k)
        if (!is_continuation(s[i + k]))
            return 0;
    auto c1 = static_cast<unsigned char>(s[i + 1 < s.size() ? i + 1 : i]);
    if (n == 2 && c < 0xC2)
        return 0; // overlong
    if (n == 3 && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)))
        return 0; // overlong or UTF-16 surrogate
    if (n == 4 && ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90) || c > 0xF4))
        return 0; // overlong or beyond U+10FFFF
    return n;
}

/// Characters (code points) in `s`: its width in columns.
inline std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s)
        n += is_continuation(c) ? 0u : 1u;
    return n;
}

} // namespace strat::util
