#pragma once
/// `strat review` printers: a table for people, a Markdown report, JSON for tools.
/// `tactics` are the campaign's tactics with the state the team recorded (strat-campaign(5),
/// "Tactic status"): text and Markdown list them when any has a `status`, JSON always.

#include "engine/review.hpp"
#include "load/campaign_tactics.hpp"

#include <ostream>
#include <vector>

namespace strat::output {

using Tactics = std::vector<load::CampaignTactic>;

void print_review_text(std::ostream& out, const engine::Review& review,
                       const Tactics& tactics = {});
void print_review_markdown(std::ostream& out, const engine::Review& review,
                           const Tactics& tactics = {});
void print_review_json(std::ostream& out, const engine::Review& review,
                       const Tactics& tactics = {});

} // namespace strat::output
