#pragma once
/// The review's spend section and cost per result (engine/review_spend.hpp), one writer per
/// review format; the review printers call them after the tactics.

#include "engine/review_spend.hpp"

#include <ostream>

namespace strat::output {

class JsonWriter;

void write_spend_text(std::ostream& out, const engine::SpendReview& spend);
void write_spend_markdown(std::ostream& out, const engine::SpendReview& spend);
/// The keys `spend` and `cost_per_result` (null and [] without spend rows); the dashboard
/// writes `spend` alone (`costs` false).
void write_spend_json(JsonWriter& json, const engine::SpendReview* spend, bool costs = true);
/// The spend to date on one line, in the run's language, as strat dashboard shows it for a
/// campaign: "spend to 2026-04-15: 9100.50 EUR of 18000 EUR planned to date; budget
/// 36000 EUR". It holds the currency as the campaign file writes it: escape it.
std::string spend_summary(const engine::SpendReview& spend);

} // namespace strat::output
