#pragma once
/// The usual value of an actuals row (`12.5`, `-3`, `0.07`) read in a few instructions:
/// a million rows spend much of their time in the general number reader otherwise.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace strat::load {

/// The value of `text` when it is a plain decimal, `-?(0|[1-9][0-9]*)(\.[0-9]+)?` with at
/// most 15 digits; nullopt for any other text, which parse_number then reads. The value is
/// parse_number's to the bit: the digits form an integer below 2^53 and the divisor is a
/// power of ten up to 10^14, both exact doubles, so the one division rounds the decimal
/// correctly, as from_chars does.
inline std::optional<double> plain_decimal(std::string_view text) {
    static constexpr double powers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    std::size_t at = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
        ++at;
    const std::size_t first = at;
    std::uint64_t digits = 0; // overflows only for texts refused below (over 15 digits)
    int count = 0;
    int fraction = -1; // digits after the point; -1: no point
    for (; at < text.size(); ++at) {
        char c = text[at];
        if (c >= '0' && c <= '9') {
            digits = digits * 10 + static_cast<std::uint64_t>(c - '0');
            ++count;
            fraction += fraction >= 0;
        } else if (c == '.' && fraction < 0 && at > first) {
            fraction = 0;
        } else {
            return std::nullopt;
        }
    }
    if (count == 0 || count > 15 || fraction == 0)
        return std::nullopt;
    if (text[first] == '0' && first + 1 < text.size() && text[first + 1] != '.')
        return std::nullopt; // a leading zero: not a JSON number
    double value = static_cast<double>(digits) / powers[fraction < 0 ? 0 : fraction];
    return negative ? -value : value;
}

} // namespace strat::load
