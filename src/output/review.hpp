#pragma once
/// `strat review` printers: a table for people, a Markdown report, JSON for tools.

#include "engine/review.hpp"

#include <ostream>

namespace strat::output {

void print_review_text(std::ostream& out, const engine::Review& review);
void print_review_markdown(std::ostream& out, const engine::Review& review);
void print_review_json(std::ostream& out, const engine::Review& review);

} // namespace strat::output
