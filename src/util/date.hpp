#pragma once
/// Calendar dates as strat reads and writes them: "YYYY-MM-DD" (ISO 8601, proleptic
/// Gregorian, no time zone), held in C++20's <chrono> calendar types. For arithmetic,
/// `std::chrono::sys_days{date}` counts days since 1970-01-01, and back again.
///
/// strat's dates run from 1970-01-01 to 9999-12-31 (`in_date_range`): no Unix time
/// (SOURCE_DATE_EPOCH) names an earlier day, and four digits write no later year.
/// `parse_date` reads any real day the format can write, so a caller can tell a mistyped
/// date from one out of range and say which; a reader of dates (a flag, a campaign file)
/// accepts a date when both hold:
///
///     auto date = util::parse_date(text);
///     if (!date) ...                      // not a date: "write it as YYYY-MM-DD"
///     if (!util::in_date_range(*date)) ... // "from 1970-01-01 to 9999-12-31"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace strat::util {

inline constexpr std::chrono::year_month_day first_date{std::chrono::year{1970},
                                                        std::chrono::January, std::chrono::day{1}};
inline constexpr std::chrono::year_month_day last_date{std::chrono::year{9999},
                                                       std::chrono::December, std::chrono::day{31}};

/// The date `text` writes as exactly "YYYY-MM-DD" (four, two and two digits, nothing around
/// them), or nullopt when it is not one: another shape, month 13, or a day its month does
/// not have (2026-02-31, 2025-02-29).
std::optional<std::chrono::year_month_day> parse_date(std::string_view text);

/// True for a date from first_date to last_date.
bool in_date_range(std::chrono::year_month_day date);

/// The UTC date of a Unix time (seconds since 1970-01-01 00:00 UTC), e.g. SOURCE_DATE_EPOCH;
/// nullopt when that day is not in range (a negative time, or one after 9999-12-31).
std::optional<std::chrono::year_month_day> date_of_unix_time(long long seconds);

/// "YYYY-MM-DD" for a date in range.
std::string format_date(std::chrono::year_month_day date);

} // namespace strat::util
