#include "cli/campaign_roadmap.hpp"
#include "cli/commands.hpp"
#include "engine/review.hpp"
#include "engine/review_spend.hpp"
#include "load/campaign_budget.hpp"
#include "load/campaign_file.hpp"
#include "load/campaign_tactics.hpp"
#include "model/roadmap.hpp"
#include "output/review.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace strat::cli {

CLI::App* setup_review(CLI::App& app, ReviewOptions& o) {
    CLI::App* cmd = app.add_subcommand(
        "review", "Compare a campaign's KPI actuals with its targets and say what to change");
    cmd->add_option("campaign", o.campaign, "The campaign file written by strat plan")
        ->required()
        ->type_name("CAMPAIGN");
    cmd->add_option("--actuals", o.actuals,
                    "KPI actuals: CSV with the header kpi,date,value "
                    "(or YAML: actuals: [{kpi, date, value}]); spend rows too "
                    "(spend:TACTIC in the kpi column)")
        ->required()
        ->type_name("FILE");
    cmd->add_option("--format", o.format, "Output format")
        ->check(CLI::IsMember({"text", "md", "json"}))
        ->type_name("FORMAT");
    cmd->add_option("--fail-on", o.fail_on, "Exit 1 when a KPI is off-track (or at-risk or worse)")
        ->check(CLI::IsMember({"off-track", "at-risk"}))
        ->type_name("STATUS");
    cmd->add_option("--date", o.date,
                    "Review as of this date, YYYY-MM-DD (default: the latest actual's date)")
        ->type_name("DATE");
    return cmd;
}

int run_review(const ReviewOptions& o, Context& context) {
    std::optional<model::Day> as_of;
    if (!o.date.empty() && !(as_of = model::parse_day(o.date)))
        context.fail(Exit::usage, fmt::format("--date `{}` is not a date", o.date),
                     "write it as YYYY-MM-DD");
    // The tactics' states are read from the same document (strat-campaign(5)).
    load::CampaignExtras extras;
    std::optional<model::RecordedBudget> budget;
    load::LoadedCampaign loaded =
        load::read_campaign_file(o.campaign, [&](const load::Node& root, model::Diagnostics& d) {
            extras = load::read_campaign_extras(root, d);
            budget = load::read_campaign_budget(root, d);
        });
    context.require_readable(loaded.diagnostics);
    if (loaded.diagnostics.has_errors() || !loaded.campaign)
        context.fail_invalid(loaded.diagnostics,
                             fmt::format("{}: the campaign file has errors", o.campaign));
    const model::CampaignRecord& campaign = *loaded.campaign;

    // Spend rows are checked against the tactics and the currency the campaign records.
    load::SpendCheck spend_check{campaign.tactics, budget ? budget->currency : std::string()};
    load::LoadedActuals actuals =
        load::read_actuals_file(o.actuals, model::ids_of(campaign.kpis), &spend_check);
    context.require_readable(actuals.diagnostics);
    if (actuals.dialect == load::CsvDialect::german)
        context.note(fmt::format("{}: {}", o.actuals, load::german_csv_note));
    if (actuals.diagnostics.has_errors())
        context.fail_invalid(actuals.diagnostics,
                             fmt::format("{}: the actuals file has errors", o.actuals));

    // The roadmap the campaign was planned with (its recorded files and their hashes);
    // what differs from the record means advice may differ now.
    CampaignRoadmaps roadmaps(context);
    std::vector<RoadmapMismatch> mismatches;
    const model::Roadmap& roadmap = roadmaps.roadmap(campaign, o.campaign, mismatches);
    for (const RoadmapMismatch& m : mismatches)
        context.warn(
            m.kind == RoadmapMismatch::Kind::changed
                ? fmt::format("{} changed since the campaign was planned (content hash differs); "
                              "the review uses the roadmap as it is now",
                              m.recorded)
                : fmt::format("the campaign was planned with {} ({}); the review uses {} instead",
                              m.recorded,
                              m.exists ? "not on the --roadmaps search path"
                                       : "not found; give its directory with --roadmaps",
                              m.used));
    model::Index index(roadmap);
    if (!index.goal(campaign.goal))
        context.fail(Exit::invalid, fmt::format("{}: goal `{}` is not in the `{}` roadmap",
                                                o.campaign, campaign.goal, campaign.industry));
    engine::Review review = engine::review_campaign(campaign, actuals.actuals, index, as_of);
    std::optional<engine::SpendReview> spend = engine::review_spend(
        review, budget, actuals.spend, actuals.actuals, index, actuals.spend_currency);
    const engine::SpendReview* spent = spend ? &*spend : nullptr;
    if (o.format == "json")
        output::print_review_json(context.io().out, review, extras.tactics, spent);
    else if (o.format == "md")
        output::print_review_markdown(context.io().out, review, extras.tactics, spent);
    else
        output::print_review_text(context.io().out, review, extras.tactics, spent);
    if (!o.fail_on.empty() &&
        engine::any_status_at_least(review, o.fail_on == "at-risk" ? engine::KpiStatus::at_risk
                                                                   : engine::KpiStatus::off_track))
        return Exit::invalid;
    return Exit::ok;
}

} // namespace strat::cli
