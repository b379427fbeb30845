// The dashboard's quick reading of a plain decimal: exactly parse_number's value, to the
// bit, for every text it takes; every other text is left to parse_number.

#include "load/number.hpp"
#include "load/plain_decimal.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

using namespace strat;

namespace {

std::string quick(std::string_view text) {
    std::optional<double> v = load::plain_decimal(text);
    return v ? fmt::format("{}", *v) : "none";
}

} // namespace

TEST_CASE("plain decimal: the usual values, exactly") {
    CHECK(quick("12.5") == "12.5");
    CHECK(quick("0") == "0");
    CHECK(quick("0.07") == "0.07");
    CHECK(quick("-3") == "-3");
    CHECK(quick("33.0") == "33");
    CHECK(quick("0.1") == "0.1");
    CHECK(quick("123456789012345") == "123456789012345");
    CHECK(quick("1.23456789012345") == "1.23456789012345");
    CHECK(std::signbit(*load::plain_decimal("-0")));
    CHECK(std::signbit(*load::plain_decimal("-0.0")));
}

TEST_CASE("plain decimal: other texts are left to parse_number") {
    for (std::string_view text : {"",
                                  "-",
                                  ".",
                                  ".5",
                                  "-.5",
                                  "5.",
                                  "01",
                                  "-01",
                                  "00",
                                  "00.5",
                                  "1e5",
                                  "1E5",
                                  "+1",
                                  " 1",
                                  "1 ",
                                  "0x1",
                                  "1.2.3",
                                  "--1",
                                  "1,5",
                                  "1_000",
                                  "inf",
                                  "nan",
                                  "1234567890123456",
                                  "1.234567890123456",
                                  "12345678901234567890123",
                                  "١",
                                  "5%"})
        CHECK_MESSAGE(quick(text) == "none", std::string(text));
}

TEST_CASE("plain decimal: the same bits as parse_number, digit by digit") {
    // Every place of the point in numbers of 1 to 15 digits, positive and negative, from a
    // fixed sequence of digits: whatever plain_decimal reads, parse_number reads alike.
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    auto next_digit = [&] {
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;
        return static_cast<char>('0' + state % 10);
    };
    std::size_t compared = 0, different = 0;
    for (int round = 0; round < 200; ++round)
        for (std::size_t length = 1; length <= 17; ++length) {
            std::string digits;
            for (std::size_t i = 0; i < length; ++i)
                digits += next_digit();
            if (length > 1 && round % 2 == 0)
                digits[0] = digits[0] == '0' ? '7' : digits[0];
            for (std::size_t point = 0; point <= length; ++point)
                for (std::string_view sign : {"", "-"}) {
                    std::string text(sign);
                    text += point == length ? digits
                                            : digits.substr(0, point) + "." + digits.substr(point);
                    std::optional<double> q = load::plain_decimal(text);
                    load::ParsedNumber p = load::parse_number(text);
                    if (!q)
                        continue;
                    ++compared;
                    if (!p ||
                        std::bit_cast<std::uint64_t>(*q) != std::bit_cast<std::uint64_t>(p.value))
                        ++different;
                    if (length <= 15 && point > 0 && (digits[0] != '0' || point == 1))
                        CHECK_MESSAGE(q.has_value(), text);
                }
        }
    CHECK(compared > 10000);
    CHECK(different == 0);
}
