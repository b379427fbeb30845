// The catalogue's part for: The Markdown and HTML brief (output/message_parts.hpp).

#include "output/message_parts.hpp"

#include <array>

namespace strat::output {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
constexpr std::array<Entry, 0> entries{};

} // namespace

std::span<const Entry> brief_messages() {
    return entries;
}

} // namespace strat::output
