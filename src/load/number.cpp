#include "load/number.hpp"

#include <charconv>
#include <cmath>

namespace strat::load {
namespace {

bool digit(char c) {
    return c >= '0' && c <= '9';
}

/// Skips the digits at `at`; false when there are none.
bool digits(std::string_view s, std::size_t& at) {
    std::size_t start = at;
    while (at < s.size() && digit(s[at]))
        ++at;
    return at > start;
}

/// The JSON number grammar. from_chars alone takes `inf`, `nan` and `infinity` in any
/// case: the grammar decides what a number is, from_chars only converts it.
bool well_formed(std::string_view s) {
    std::size_t at = 0;
    if (at < s.size() && s[at] == '-')
        ++at;
    std::size_t integer = at;
    if (!digits(s, at) || (s[integer] == '0' && at - integer > 1))
        return false;
    if (at < s.size() && s[at] == '.' && !digits(s, ++at))
        return false;
    if (at < s.size() && (s[at] == 'e' || s[at] == 'E')) {
        ++at;
        if (at < s.size() && (s[at] == '+' || s[at] == '-'))
            ++at;
        if (!digits(s, at))
            return false;
    }
    return at == s.size();
}

} // namespace

ParsedNumber parse_number(std::string_view text) {
    ParsedNumber out;
    if (!well_formed(text))
        return out;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out.value);
    if (ec == std::errc::result_out_of_range || !std::isfinite(out.value)) {
        out.value = 0;
        out.problem = NumberProblem::out_of_range;
        return out;
    }
    if (ec != std::errc() || end != text.data() + text.size())
        return out;
    out.problem = NumberProblem::none;
    return out;
}

std::optional<long long> parse_integer(std::string_view text) {
    std::string_view digits = text;
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+'))
        digits.remove_prefix(1);
    if (digits.empty() || digits.size() > 18 ||
        digits.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    long long value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return text[0] == '-' ? -value : value;
}

std::string_view number_problem_words(NumberProblem problem) {
    return problem == NumberProblem::out_of_range ? "is out of range for a number"
                                                  : "is not a number";
}

} // namespace strat::load
