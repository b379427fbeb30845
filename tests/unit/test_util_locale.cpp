// The language of a run from the environment, and numbers and dates as people read them in
// it (issue 14): `17,5 %` and `1.12.2026` in German.

#include "util/locale.hpp"

#include <doctest/doctest.h>

#include <array>

using namespace strat;

namespace {

constexpr std::array<std::string_view, 2> spoken{"en", "de"};

std::string from(std::optional<std::string> all, std::optional<std::string> messages,
                 std::optional<std::string> lang) {
    return util::language_from_environment(all, messages, lang, spoken);
}

} // namespace

TEST_CASE("the language comes from LC_ALL, then LC_MESSAGES, then LANG, else English") {
    CHECK(from({}, {}, "de_DE.UTF-8") == "de");
    CHECK(from({}, "de_AT", "en_GB.UTF-8") == "de");
    CHECK(from("C", "de_DE", "de_DE") == "en");      // LC_ALL=C wins: the C locale is English
    CHECK(from("", "", "de_CH.UTF-8@euro") == "de"); // empty ones do not count
    CHECK(from({}, {}, "fr_FR.UTF-8") == "en");      // a language strat does not speak
    CHECK(from({}, {}, "DE") == "de");
    CHECK(from({}, {}, {}) == "en");
    CHECK(from({}, {}, "POSIX") == "en");
}

TEST_CASE("decimal numbers and percentages in German and English") {
    CHECK(util::decimal(17.5, 1, "de") == "17,5");
    CHECK(util::decimal(17.5, 1, "en") == "17.5");
    CHECK(util::percent(17.5, 1, "de") == "17,5 %");
    CHECK(util::percent(17.5, 1, "en") == "17.5%");
    CHECK(util::percent(20, 1, "de") == "20 %");  // no trailing ",0"
    CHECK(util::decimal(2.25, 1, "de") == "2,2"); // rounded as printf rounds (binary 2.25)
    CHECK(util::decimal(0.123, 2, "de") == "0,12");
    CHECK(util::decimal(-3.5, 1, "de") == "-3,5");
    CHECK(util::decimal(-0.01, 1, "de") == "0");
    CHECK(util::decimal(1234.5, 1, "de") == "1234,5"); // four digits stay ungrouped
    CHECK(util::decimal(12500, 0, "de") == "12.500");
    CHECK(util::decimal(-1234567.25, 2, "de") == "-1.234.567,25");
    CHECK(util::decimal(12500, 0, "en") == "12500"); // English output as before
}

TEST_CASE("ISO dates as people read them") {
    CHECK(util::date("2026-12-01", "de") == "1.12.2026");
    CHECK(util::date("2026-03-15", "de") == "15.3.2026");
    CHECK(util::date("2026-12-01", "en") == "2026-12-01");
    CHECK(util::date("not a date", "de") == "not a date");
    CHECK(util::date("2026-1-01", "de") == "2026-1-01");
}
