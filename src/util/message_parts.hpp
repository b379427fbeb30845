#pragma once
/// The parts of the message catalogue (util/messages.hpp), one per area of strat's
/// words, each in its own file so that each area's German is kept beside the others of
/// its kind: English first, then German, placeholders `{}` in the same number and order.

#include <span>
#include <string_view>
#include <utility>

namespace strat::util {

using Entry = std::pair<std::string_view, std::string_view>;

/// The Markdown and HTML brief (messages_brief.cpp).
std::span<const Entry> brief_messages();
/// The skeleton's comments and fill-in hints (messages_skeleton.cpp).
std::span<const Entry> skeleton_messages();
/// `strat review` and `strat dashboard` (messages_review.cpp).
std::span<const Entry> review_messages();
/// Texts the engine builds: reasons not counted, why a tactic was dropped, generic
/// checklist items (messages_engine.cpp).
std::span<const Entry> engine_messages();
/// The calendar, its phases and the contact policy (messages_calendar.cpp).
std::span<const Entry> calendar_messages();
/// The budget split and its rule (messages_budget.cpp).
std::span<const Entry> budget_messages();
/// `strat compare` (messages_compare.cpp).
std::span<const Entry> compare_messages();
/// `strat show` and `strat list` (messages_show.cpp).
std::span<const Entry> show_messages();

} // namespace strat::util
