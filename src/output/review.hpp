#pragma once
/// `strat review` printers: a table for people, a Markdown report, JSON for tools.
/// `tactics` are the campaign's tactics with their roles and the state the team recorded
/// (strat-campaign(5), "Roles" and "Tactic status"): each tactic's owner and approver, so
/// the reader knows whom to ask; strategy, status and since when any has a `status`.
/// `spend`: what the tactics spent and the cost per result, when the actuals hold spend.

#include "engine/review.hpp"
#include "engine/review_spend.hpp"
#include "load/campaign_tactics.hpp"

#include <ostream>
#include <vector>

namespace strat::output {

using Tactics = std::vector<load::CampaignTactic>;

void print_review_text(std::ostream& out, const engine::Review& review, const Tactics& tactics = {},
                       const engine::SpendReview* spend = nullptr);
void print_review_markdown(std::ostream& out, const engine::Review& review,
                           const Tactics& tactics = {}, const engine::SpendReview* spend = nullptr);
void print_review_json(std::ostream& out, const engine::Review& review, const Tactics& tactics = {},
                       const engine::SpendReview* spend = nullptr);

} // namespace strat::output
