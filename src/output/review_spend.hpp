#pragma once
/// The review's spend section and cost per result (engine/review_spend.hpp), one writer per
/// review format; the review printers call them after the tactics.

#include "engine/review_spend.hpp"

#include <ostream>

namespace strat::output {

class JsonWriter;

void write_spend_text(std::ostream& out, const engine::SpendReview& spend);
void write_spend_markdown(std::ostream& out, const engine::SpendReview& spend);
/// The keys `spend` and `cost_per_result` (null and [] without spend rows).
void write_spend_json(JsonWriter& json, const engine::SpendReview* spend);

} // namespace strat::output
