#include "util/date.hpp"

#include <doctest/doctest.h>

using namespace strat::util;
using namespace std::chrono;

namespace {

std::string reformat(std::string_view text) {
    auto date = parse_date(text);
    return date ? format_date(*date) : "not a date";
}

std::string unix_day(long long seconds) {
    auto date = date_of_unix_time(seconds);
    return date ? format_date(*date) : "out of range";
}

} // namespace

TEST_CASE("a date is exactly YYYY-MM-DD and a day its month has") {
    CHECK(reformat("2026-01-01") == "2026-01-01");
    CHECK(reformat("2024-02-29") == "2024-02-29"); // leap year
    CHECK(reformat("2000-02-29") == "2000-02-29"); // divisible by 400: leap
    CHECK(reformat("1900-02-29") == "not a date"); // divisible by 100: not leap
    CHECK(reformat("2025-02-29") == "not a date");
    CHECK(reformat("2026-02-31") == "not a date");
    CHECK(reformat("2026-04-31") == "not a date");
    CHECK(reformat("2026-13-01") == "not a date");
    CHECK(reformat("2026-00-10") == "not a date");
    CHECK(reformat("2026-01-00") == "not a date");
    CHECK(reformat("2026-1-01") == "not a date");
    CHECK(reformat("2026/01/01") == "not a date");
    CHECK(reformat("2026-01-01 ") == "not a date");
    CHECK(reformat("+026-01-01") == "not a date");
    CHECK(reformat("2026-+1-01") == "not a date");
    CHECK(reformat("") == "not a date");
}

TEST_CASE("dates strat accepts run from 1970-01-01 to 9999-12-31") {
    CHECK(in_date_range(*parse_date("1970-01-01")));
    CHECK(in_date_range(*parse_date("9999-12-31")));
    CHECK_FALSE(in_date_range(*parse_date("1969-12-31"))); // a real date, out of range
    CHECK_FALSE(in_date_range(*parse_date("0000-01-01")));
}

TEST_CASE("a Unix time gives its UTC day, and none outside the range") {
    CHECK(unix_day(0) == "1970-01-01");
    CHECK(unix_day(86399) == "1970-01-01");
    CHECK(unix_day(86400) == "1970-01-02");
    CHECK(unix_day(951782400) == "2000-02-29");
    CHECK(unix_day(1767225600) == "2026-01-01");
    CHECK(unix_day(253402300799) == "9999-12-31"); // its last second
    CHECK(unix_day(253402300800) == "out of range");
    CHECK(unix_day(99999999999999) == "out of range"); // once printed as year 3170843
    CHECK(unix_day(-1) == "out of range");
}

TEST_CASE("days since 1970-01-01 come from sys_days") {
    auto date = *parse_date("2026-03-01");
    CHECK(sys_days{date}.time_since_epoch().count() == 20513);
    CHECK(format_date(year_month_day{sys_days{date} - days{1}}) == "2026-02-28");
}
