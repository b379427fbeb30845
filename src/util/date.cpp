#include "util/date.hpp"

#include <fmt/format.h>

#include <charconv>

namespace strat::util {

namespace chrono = std::chrono;

std::optional<chrono::year_month_day> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    // from_chars alone would take a sign; each field must be digits only.
    auto field = [&](std::size_t at, std::size_t n) -> std::optional<unsigned> {
        unsigned value = 0;
        for (std::size_t i = at; i < at + n; ++i)
            if (text[i] < '0' || text[i] > '9')
                return std::nullopt;
        std::from_chars(text.data() + at, text.data() + at + n, value);
        return value;
    };
    auto y = field(0, 4), m = field(5, 2), d = field(8, 2);
    if (!y || !m || !d)
        return std::nullopt;
    chrono::year_month_day date{chrono::year{static_cast<int>(*y)}, chrono::month{*m},
                                chrono::day{*d}};
    if (!date.ok())
        return std::nullopt;
    return date;
}

bool in_date_range(chrono::year_month_day date) {
    return date.ok() && date >= first_date && date <= last_date;
}

std::optional<chrono::year_month_day> date_of_unix_time(long long seconds) {
    constexpr long long seconds_per_day = 24 * 60 * 60;
    const long long last_day = chrono::sys_days{last_date}.time_since_epoch().count();
    if (seconds < 0 || seconds / seconds_per_day > last_day)
        return std::nullopt;
    return chrono::year_month_day{chrono::sys_days{chrono::days{seconds / seconds_per_day}}};
}

std::string format_date(chrono::year_month_day date) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace strat::util
