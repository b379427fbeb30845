#pragma once
/// --start and --contact-cap, shared by `plan` and `graph --calendar`: read into the
/// calendar's options (engine/calendar.hpp), or the command ends with exit 2.

#include "cli/context.hpp"
#include "engine/calendar.hpp"

#include <string>

namespace strat::cli {

/// `start` (YYYY-MM-DD, "" for none) and `contact_cap` (0 for the default). A start must
/// be a real day early enough for every date of the calendar to be written; `what` names
/// it in a message ("--start", or where an answers file writes it).
engine::CalendarOptions calendar_options(const std::string& start, int contact_cap,
                                         Context& context, const std::string& what = "--start");

} // namespace strat::cli
