// The catalogue's part for: the calendar and the contact policy (util/message_parts.hpp).

#include "util/message_parts.hpp"

#include <array>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
constexpr std::array<Entry, 0> entries{};

} // namespace

std::span<const Entry> calendar_messages() {
    return entries;
}

} // namespace strat::util
