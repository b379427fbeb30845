// The campaign's dates (model::Day): campaign files, actuals and --date of review and
// dashboard are read with parse_day; days count from 1970-01-01.

#include "model/campaign_record.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace strat::model;

namespace {

/// "days text" of a parsed date, or "not a date".
std::string parsed(std::string_view text) {
    auto d = parse_day(text);
    return d ? std::to_string(d->days) + " " + d->text : "not a date";
}

std::string months_later(std::string_view text, int months) {
    return add_months(*parse_day(text), months).text;
}

} // namespace

TEST_CASE("parse_day: days since 1970-01-01 and the text as written") {
    CHECK(parsed("1970-01-01") == "0 1970-01-01");
    CHECK(parsed("1969-12-31") == "-1 1969-12-31");
    CHECK(parsed("2026-03-01") == "20513 2026-03-01");
    CHECK(parsed("2024-02-29") == "19782 2024-02-29");
}

TEST_CASE("parse_day: only a real day written YYYY-MM-DD") {
    CHECK(parsed("2025-02-29") == "not a date");
    CHECK(parsed("1900-02-29") == "not a date");       // divisible by 100: not leap
    CHECK(parsed("2000-02-29") == "11016 2000-02-29"); // divisible by 400: leap
    CHECK(parsed("2026-04-31") == "not a date");
    CHECK(parsed("2026-13-01") == "not a date");
    CHECK(parsed("2026-00-01") == "not a date");
    CHECK(parsed("2026-01-00") == "not a date");
    CHECK(parsed("2026-1-01") == "not a date");
    CHECK(parsed("2026/01/01") == "not a date");
    CHECK(parsed("2026-01-01T00") == "not a date");
    CHECK(parsed(" 2026-01-01") == "not a date");
    CHECK(parsed("2026-+1-01") == "not a date");
    CHECK(parsed("") == "not a date");
    // A year is four digits: the hand-written reader this replaced took "-001" as year -1.
    CHECK(parsed("-001-01-01") == "not a date");
    CHECK(parsed("+202-01-01") == "not a date");
}

TEST_CASE("day_from_days writes the day back as YYYY-MM-DD") {
    CHECK(day_from_days(0).text == "1970-01-01");
    CHECK(day_from_days(20513).text == "2026-03-01");
    CHECK(day_from_days(-1).text == "1969-12-31");
}

TEST_CASE("add_months keeps the day of the month, or takes the month's last") {
    CHECK(months_later("2026-01-15", 1) == "2026-02-15");
    CHECK(months_later("2026-01-31", 1) == "2026-02-28");
    CHECK(months_later("2024-01-31", 1) == "2024-02-29");
    CHECK(months_later("2026-11-30", 3) == "2027-02-28");
    CHECK(months_later("2026-03-31", -1) == "2026-02-28");
    CHECK(months_later("2026-01-10", -1) == "2025-12-10");
}
