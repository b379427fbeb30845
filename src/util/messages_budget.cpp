// The catalogue's part for: the budget split and its rule (util/message_parts.hpp).

#include "util/message_parts.hpp"

#include <array>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
constexpr std::array entries{
    Entry{"Reserve for tests", "Reserve für Tests"},
};

} // namespace

std::span<const Entry> budget_messages() {
    return entries;
}

} // namespace strat::util
