#include "cli/calendar_options.hpp"

#include "util/date.hpp"

#include <fmt/format.h>

namespace strat::cli {

engine::CalendarOptions calendar_options(const std::string& start, int contact_cap,
                                         Context& context, const std::string& what) {
    engine::CalendarOptions options;
    if (contact_cap > 0)
        options.contact_cap = contact_cap;
    if (start.empty())
        return options;
    auto date = util::parse_date(start);
    if (!date)
        context.fail(Exit::usage, fmt::format("{} `{}` is not a date", what, start),
                     "write it as YYYY-MM-DD");
    using namespace std::chrono;
    // The calendar writes dates up to max_calendar_days after the start.
    year_month_day latest{sys_days{util::last_date} - days{engine::max_calendar_days}};
    if (!util::in_date_range(*date) || sys_days{*date} > sys_days{latest})
        context.fail(Exit::usage, fmt::format("{} `{}` is out of range", what, start),
                     fmt::format("give a date from 1970-01-01 to {}", util::format_date(latest)));
    options.start = date;
    return options;
}

} // namespace strat::cli
