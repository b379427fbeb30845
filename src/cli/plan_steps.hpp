#pragma once
/// The steps of `strat plan` that one plan and a workshop's batch share, so a client's
/// skeleton is exactly the one plan's for the same industry, goal and answers.

#include "cli/answer_input.hpp"
#include "cli/commands.hpp"
#include "engine/calendar.hpp"
#include "engine/campaign.hpp"

#include <string>

namespace strat::cli {

/// What the flags and the answers file settle before the walk: the calendar and the market.
struct PlanSetting {
    engine::CalendarOptions calendar;
    const model::Market* market = nullptr;
};

/// Adds the constraint flags to `input` and settles the market, the calendar's start and
/// the budget amount (a flag wins over the answers file; the amount is left in
/// `input.budget`, where plan_campaign takes it). Ends the command on a market or start
/// not so.
PlanSetting plan_setting(const PlanOptions& o, AnswerInput& input, const model::Roadmap& roadmap,
                         Context& context);

/// Walks the goal's tree, ranks, chooses and makes the campaign with `input.budget` as
/// plan_setting settled it; asks only when `interactive`. Ends the command (with "nothing was
/// written") when it cannot plan.
engine::Campaign plan_campaign(const PlanOptions& o, const model::Roadmap& roadmap,
                               const model::Goal& goal, AnswerInput& input,
                               const engine::CalendarOptions& calendar, const model::Market* market,
                               bool interactive, Context& context);

/// The campaign in `format` (yaml, md, json, html).
std::string render_campaign(const std::string& format, const engine::Campaign& campaign);

} // namespace strat::cli
