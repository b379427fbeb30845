#include "output/dashboard.hpp"
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
    out << "\n| KPI | Baseline | Latest | Target | Series | Trend | Status |\n"
           "|---|---:|---:|---:|---|---|---|\n";
    for (std::size_t k : kpis) {
        const engine::KpiReview& r = c.review.kpis[k];
        out << fmt::format(
            "| {} | {} | {} | {} | {} | {} | **{}**{} |\n", kpi_label(*r.kpi),
            number(r.kpi->baseline),
            r.latest ? fmt::format("{} ({})", md(r.latest->value_text), r.latest->date.text)
                     : std::string("-"),
            number(r.kpi->target), sparkline(c, k, 12), engine::trend_name(r.trend),
            engine::status_name(r.status), r.overdue ? ", overdue" : "");
    }
}

void tactic_table(std::ostream& out, const DashboardCampaign& c,
                  const std::vector<std::size_t>& tactics) {
    out << "\n| Tactic | Status | KPIs it moves |\n|---|---|---|\n";
    for (std::size_t t : tactics) {
        const engine::DashboardTactic& tactic = c.tactics[t];
        std::vector<std::string> kpis;
        for (std::size_t k : tactic.kpis)
            kpis.push_back(code(c.campaign->kpis[k].id));
        out << fmt::format(
            "| {} ({}) | {}{} | {} |\n", md(tactic.source->name), code(tactic.source->id),
            tactic_state(*tactic.source), tactic.unmeasured ? ": **unmeasured**" : "",
            kpis.empty() ? std::string("-") : fmt::format("{}", fmt::join(kpis, ", ")));
    }
}

void campaign(std::ostream& out, const DashboardCampaign& c) {
    const model::CampaignRecord& r = *c.campaign;
    out << fmt::format("\n### {}: {}\n\n**{}** · {} · {} · {}\n", md(c.key), md(r.name),
                       engine::health_name(c.health), md(r.industry), period_words(c),
                       code(r.file->path()));
    if (!c.first_tactics.empty()) {
        out << "\nFirst, before the strategies:\n";
        tactic_table(out, c, c.first_tactics);
    }
    for (const engine::DashboardStrategy& s : c.strategies) {
        out << fmt::format("\n#### Strategy \"{}\" ({}): {}{}\n", md(s.name), code(s.id),
                           engine::health_name(s.health),
                           s.chosen ? "" : " (not chosen in the plan)");
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
        out << "\n#### KPIs of the goal that no strategy of the campaign owns\n";
        kpi_table(out, c, c.goal_kpis);
    }
    for (const std::string& note : c.review.notes)
        out << "\n> Note: " << md(note) << '\n';
}

} // namespace

void print_dashboard_markdown(std::ostream& out, const engine::Dashboard& d) {
    out << "# Strategic dashboard"
        << (d.as_of ? fmt::format(" as of {}", d.as_of->text) : std::string(", no actuals yet"))
        << "\n\n";
    out << fmt::format("{} campaign{}, {} goal{}; strategies on track: {} of {}; {} actual{} "
                       "read. Each KPI is judged by the rule of `strat review`{}.\n",
                       d.campaigns.size(), d.campaigns.size() == 1 ? "" : "s", d.goals.size(),
                       d.goals.size() == 1 ? "" : "s", d.on_track, d.strategies, d.readings,
                       d.readings == 1 ? "" : "s",
                       d.since ? fmt::format("; series from {}", d.since->text) : "");
    out << "\n## What to do next, most behind first\n\n";
    if (d.next.empty())
        out << "Nothing: no KPI is off track or at risk.\n";
    std::size_t n = 0;
    for (const engine::NextAction& a : d.next) {
        const DashboardCampaign& c = d.campaigns[a.campaign];
        const engine::KpiAdvice& advice = c.review.advice[a.advice];
        out << fmt::format("{}. **{}**: {} is **{}**, {} behind\n", ++n, md(c.key),
                           kpi_label(*advice.review->kpi),
                           engine::status_name(advice.review->status), percent_points(a.behind));
        if (advice.steps.empty())
            out << "   - nothing unused in the roadmap measures it: revisit the target\n";
        for (const engine::NextStep& s : advice.steps)
            out << "   - "
                << (s.kind == engine::NextStep::Kind::add_tactic
                        ? fmt::format("add tactic \"{}\" ({})", md(s.tactic->name),
                                      code(s.tactic->id))
                        : fmt::format("switch to strategy \"{}\" ({})", md(s.strategy->name),
                                      code(s.strategy->id)))
                << '\n';
    }
    for (const engine::DashboardGoal& g : d.goals) {
        std::vector<std::string> names;
        for (const std::string& name : g.names)
            names.push_back(md(name));
        out << fmt::format("\n## Goal {}: {} (strategies on track: {} of {})\n", code(g.id),
                           fmt::join(names, " / "), g.on_track, g.strategies);
        for (std::size_t c : g.campaigns)
            campaign(out, d.campaigns[c]);
    }
}

} // namespace strat::output
