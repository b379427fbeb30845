// strat graph --calendar: the plan the answers lead to, as `strat plan --non-interactive`
// would make it, drawn as a Mermaid gantt chart of its calendar.

#include "cli/cmd_graph_calendar.hpp"

#include "cli/calendar_options.hpp"
#include "engine/campaign.hpp"
#include "output/calendar.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

namespace strat::cli {

int print_graph_calendar(const GraphOptions& o, const model::Index& index, const model::Goal& goal,
                         const AnswerInput& input, Context& context) {
    if (o.start.empty() && !input.start)
        context.fail(Exit::usage, "--calendar needs --start: a gantt chart is drawn on dates",
                     "give the campaign's first day, e.g. --start 2027-01-04, or `start` in the "
                     "answers file");
    // --start wins over the answers file's `start`, as in plan.
    engine::CalendarOptions calendar =
        o.start.empty()
            ? calendar_options(input.start->id, o.contact_cap, context,
                               describe(model::FactOrigin{{}, input.start->where}) + ": start")
            : calendar_options(o.start, o.contact_cap, context);
    const model::Roadmap& roadmap = index.roadmap();
    // The market as plan picks it without --market: the answers file's, else eu.
    std::string market_id = input.market ? input.market->id : "eu";
    const model::Market* market = model::find_market(roadmap.markets, market_id);
    if (!market && input.market)
        context.fail(Exit::usage, fmt::format("market `{}` is not defined", market_id),
                     fmt::format("markets: {}", util::join(model::ids_of(roadmap.markets))));
    engine::PlanRequest request;
    request.goal = &goal;
    // Answers that contradict the facts were refused when the tree was walked for the graph.
    request.walk = engine::walk_tree(index, goal, input.given, input.stated, nullptr);
    request.stated = input.stated.facts;
    request.market = market;
    engine::Plan plan = engine::make_plan(index, request);
    engine::Choice choice = engine::choose(plan, {}, 1);
    if (plan.ranked.empty() || choice.problem != engine::Choice::Problem::none)
        context.fail(Exit::invalid,
                     choice.message.empty() ? "no strategy can be planned" : choice.message,
                     "change the answers; `strat plan --explain` says why");
    engine::CampaignDocument doc =
        engine::make_campaign_document(plan, std::nullopt, STRAT_VERSION, calendar);
    output::print_calendar_gantt(context.io().out, doc);
    return Exit::ok;
}

} // namespace strat::cli
