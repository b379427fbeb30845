#include "model/campaign_record.hpp"

#include "util/date.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace strat::model {
namespace {

bool is_leap(long long y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(long long y, int m) {
    static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month_days[m - 1] + (m == 2 && is_leap(y));
}

// H. Hinnant's days_from_civil and civil_from_days: exact for the proleptic Gregorian
// calendar, so date arithmetic needs no time zone or C library.
long long days_from_civil(long long y, int m, int d) {
    y -= m <= 2;
    long long era = (y >= 0 ? y : y - 399) / 400;
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Civil {
    long long y;
    int m, d;
};

Civil civil_from_days(long long z) {
    z += 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2), m, d};
}

} // namespace

std::optional<Day> parse_day(std::string_view s) {
    // The one reading of a date (util/date), so review and plan agree on what a date is.
    std::optional<std::chrono::year_month_day> date = util::parse_date(s);
    if (!date)
        return std::nullopt;
    return Day{std::chrono::sys_days{*date}.time_since_epoch().count(), std::string(s)};
}

Day day_from_days(long long days) {
    Civil c = civil_from_days(days);
    return Day{days, fmt::format("{:04}-{:02}-{:02}", c.y, c.m, c.d)};
}

Day add_months(const Day& day, int months) {
    Civil c = civil_from_days(day.days);
    long long index = c.y * 12 + (c.m - 1) + months;
    long long y = index >= 0 ? index / 12 : (index - 11) / 12;
    int m = static_cast<int>(index - y * 12) + 1;
    int d = std::min(c.d, days_in_month(y, m));
    return day_from_days(days_from_civil(y, m, d));
}

} // namespace strat::model
