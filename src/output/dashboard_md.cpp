#include "output/dashboard.hpp"
#include "output/review_spend.hpp"
#include "util/terminal_text.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace strat::output {
namespace {

using namespace dashboard_detail;
using engine::DashboardCampaign;

/// Text from a file as Markdown text: on one line, control characters shown visibly, and
/// the characters Markdown would read as markup (or HTML) escaped.
std::string md(std::string_view text) {
    std::string out;
    for (char c : util::one_line(text)) {
        if (std::string_view("\\`*[]<>|~").find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

/// An id as inline code: the fence is longer than any run of backticks in it.
std::string code(std::string_view text) {
    std::string shown = util::one_line(text);
    std::size_t run = 0, longest = 0;
    for (char c : shown) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    std::string fence(longest + 1, '`');
    std::string pad = longest > 0 ? " " : "";
    return fence + pad + shown + pad + fence;
}

std::string kpi_label(const model::CampaignKpi& k) {
    return k.name.empty() ? code(k.id) : fmt::format("{} ({})", md(k.name), code(k.id));
}

void kpi_table(std::ostream& out, const DashboardCampaign& c,
               const std::vector<std::size_t>& kpis) {
    out << util::tr("\n| KPI | Baseline | Latest | Target | Series | Trend | Status |\n")
        << "|---|---:|---:|---:|---|---|---|\n";
    for (std::size_t k : kpis) {
        const engine::KpiReview& r = c.review.kpis[k];
        std::string value = !r.latest                  ? ""
                            : util::language() == "de" ? figure(r.latest->value)
                                                       : md(r.latest->value_text);
        out << fmt::format(
            "| {} | {} | {} | {} | {} | {} | **{}**{} |\n", kpi_label(*r.kpi),
            number(r.kpi->baseline),
            r.latest ? fmt::format("{} ({})", value, day_text(r.latest->date)) : std::string("-"),
            number(r.kpi->target), sparkline(c, k, 12), word(engine::trend_name(r.trend)),
            word(engine::status_name(r.status)), r.overdue ? util::tr(", overdue") : "");
    }
}

void tactic_table(std::ostream& out, const DashboardCampaign& c,
                  const std::vector<std::size_t>& tactics) {
    out << util::tr("\n| Tactic | Owner | Status | KPIs it moves |\n") << "|---|---|---|---|\n";
    for (std::size_t t : tactics) {
        const engine::DashboardTactic& tactic = c.tactics[t];
        std::vector<std::string> kpis;
        for (std::size_t k : tactic.kpis)
            kpis.push_back(code(c.campaign->kpis[k].id));
        out << fmt::format(
            "| {} ({}) | {} | {}{} | {} |\n", md(tactic.source->name), code(tactic.source->id),
            role_text(tactic.source->owner, md), tactic_state(*tactic.source),
            tactic.unmeasured ? util::tr(": **unmeasured**") : "",
            kpis.empty() ? std::string("-") : fmt::format("{}", fmt::join(kpis, ", ")));
    }
}

void campaign(std::ostream& out, const DashboardCampaign& c) {
    const model::CampaignRecord& r = *c.campaign;
    out << fmt::format("\n### {}: {}\n\n**{}** · {} · {} · {}\n", md(c.key), md(r.name),
                       word(engine::health_name(c.health)), md(r.industry), period_words(c),
                       code(r.file->path()));
    if (c.spend)
        out << '\n' << md(spend_summary(*c.spend)) << '\n';
    if (!c.first_tactics.empty()) {
        out << util::tr("\nFirst, before the strategies:\n");
        tactic_table(out, c, c.first_tactics);
    }
    for (const engine::DashboardStrategy& s : c.strategies) {
        out << say("\n#### Strategy \"{}\" ({}): {}{}\n", md(s.name), code(s.id),
                   word(engine::health_name(s.health)),
                   s.chosen ? "" : util::tr(" (not chosen in the plan)"));
        if (!s.attention.empty())
            out << '\n';
        for (const std::string& a : s.attention)
            out << "- " << md(a) << '\n';
        if (!s.tactics.empty())
            tactic_table(out, c, s.tactics);
        if (!s.kpis.empty())
            kpi_table(out, c, s.kpis);
    }
    if (!c.goal_kpis.empty()) {
        out << util::tr("\n#### KPIs of the goal that no strategy of the campaign owns\n");
        kpi_table(out, c, c.goal_kpis);
    }
    for (const std::string& note : c.review.notes)
        out << util::tr("\n> Note: ") << md(note) << '\n';
}

} // namespace

void print_dashboard_markdown(std::ostream& out, const engine::Dashboard& d) {
    out << "# " << util::tr("Strategic dashboard")
        << (d.as_of ? say(" as of {}", day_text(*d.as_of))
                    : std::string(util::tr(", no actuals yet")))
        << "\n\n";
    auto plural = [](std::size_t n, std::string_view one, std::string_view many) {
        return fmt::format("{} {}", n, util::tr_n(n, one, many));
    };
    out << say("{}, {}; strategies on track: {} of {}; {} read. Each KPI is judged by the rule "
               "of `strat review`{}.\n",
               plural(d.campaigns.size(), "campaign", "campaigns"),
               plural(d.goals.size(), "goal", "goals"), d.on_track, d.strategies,
               plural(d.readings, "actual", "actuals"),
               d.since ? say("; series from {}", day_text(*d.since)) : "");
    out << util::tr("\n## What to do next, most behind first\n\n");
    if (d.next.empty())
        out << util::tr("Nothing: no KPI is off track or at risk.\n");
    std::size_t n = 0;
    for (const engine::NextAction& a : d.next) {
        const DashboardCampaign& c = d.campaigns[a.campaign];
        const engine::KpiAdvice& advice = c.review.advice[a.advice];
        out << say("{}. **{}**: {} is **{}**, {} behind\n", ++n, md(c.key),
                   kpi_label(*advice.review->kpi), word(engine::status_name(advice.review->status)),
                   percent_points(a.behind));
        out << "   - " << say("who to ask: {}", ask_text(c, a, md, code)) << '\n';
        if (advice.steps.empty())
            out << "   "
                << util::tr("- nothing unused in the roadmap measures it: revisit the target")
                << '\n';
        for (const engine::NextStep& s : advice.steps)
            out << "   - "
                << (s.kind == engine::NextStep::Kind::add_tactic
                        ? say("add tactic \"{}\" ({})", md(s.tactic->name), code(s.tactic->id))
                        : say("switch to strategy \"{}\" ({})", md(s.strategy->name),
                              code(s.strategy->id)))
                << '\n';
    }
    for (const engine::DashboardGoal& g : d.goals) {
        std::vector<std::string> names;
        for (const std::string& name : g.names)
            names.push_back(md(name));
        out << say("\n## Goal {}: {} (strategies on track: {} of {})\n", code(g.id),
                   fmt::format("{}", fmt::join(names, " / ")), g.on_track, g.strategies);
        for (std::size_t c : g.campaigns)
            campaign(out, d.campaigns[c]);
    }
}

} // namespace strat::output
