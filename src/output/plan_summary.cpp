// The plan summary: what `strat plan` prints for people beside the skeleton it writes.

#include "output/campaign.hpp"
#include "output/figures.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace strat::output {

using util::tr;
using util::tr_n;
namespace {

void print_tactic(std::ostream& out, const engine::TacticEntry& t, bool explain) {
    std::vector<std::string_view> channels;
    for (model::Channel ch : t.channels)
        channels.push_back(model::spoken_name(ch, util::language()));
    out << fmt::format("  - {} [{}]\n", t.name, fmt::join(channels, ", "));
    if (explain)
        for (const std::string& removed : t.removed_steps)
            out << fmt::format("      {}\n", removed);
}

void print_strategy(std::ostream& out, const engine::StrategyEntry& s, bool explain) {
    out << fmt::format(fmt::runtime(tr("  {}{}. {} ({}) score {}{}\n")), s.chosen ? "*" : " ",
                       s.rank, s.name, s.id, signed_points(s.score),
                       s.feasible ? "" : tr(", cannot be planned: no tactic fits"));
    if (!explain)
        return;
    for (const engine::ScoreReason& reason : s.reasons)
        out << fmt::format("       {} {}\n", signed_points(reason.points), reason.text);
    for (const engine::IgnoredReason& ig : s.not_counted)
        out << fmt::format(fmt::runtime(tr("       not counted: {} {} ({})\n")),
                           signed_points(ig.points), ig.text, ig.why);
    if (s.reasons.empty() && s.not_counted.empty())
        out << tr("       no answer weighs this strategy\n");
}

/// A chosen strategy's tactics, those planned above, and those dropped.
void print_chosen(std::ostream& out, const engine::CampaignDocument& doc,
                  const engine::StrategyEntry& s, bool explain) {
    out << fmt::format(fmt::runtime(tr("\nTactics for {}:\n")), s.name);
    for (const engine::TacticEntry& t : doc.tactics)
        if (t.strategy == s.id)
            print_tactic(out, t, explain);
    for (const engine::TacticName& t : s.shares)
        out << fmt::format(fmt::runtime(tr("  - {} (planned above)\n")), t.name);
    std::size_t dropped = 0;
    for (const engine::DroppedEntry& d : doc.dropped_tactics)
        if (d.strategy == s.id) {
            ++dropped;
            if (explain)
                out << fmt::format(fmt::runtime(tr("  dropped: {}: {}\n")), d.name, d.reason);
        }
    if (!explain && dropped > 0)
        out << fmt::format(
            fmt::runtime(tr_n(dropped,
                              "  ({} tactic dropped by your constraints; --explain says why)\n",
                              "  ({} tactics dropped by your constraints; --explain says why)\n")),
            dropped);
}

/// The KPIs whose figure is the one of the market's region rather than the general one, so
/// a reader sees which figures are regional and what they replace.
void print_regional_benchmarks(std::ostream& out, const engine::CampaignDocument& doc) {
    std::string_view numbers = util::language();
    bool first = true;
    for (const engine::KpiEntry& k : doc.kpis) {
        if (!is_regional(*k.kpi, k.benchmark))
            continue;
        if (first)
            out << fmt::format(fmt::runtime(tr("\nBenchmarks for market {}:\n")),
                               doc.market ? doc.market->name : std::string());
        first = false;
        std::string regional = benchmark_text(*k.kpi, k.benchmark, k.cited, numbers);
        if (k.kpi->benchmark)
            out << fmt::format(fmt::runtime(tr("  {}: {}, instead of the general {}\n")),
                               k.kpi->name, regional,
                               benchmark_text(*k.kpi, k.general_cited, numbers));
        else
            out << fmt::format(fmt::runtime(tr("  {}: {}; no general figure\n")), k.kpi->name,
                               regional);
    }
}

} // namespace

void print_plan_summary(std::ostream& out, const engine::CampaignDocument& doc, bool explain) {
    out << fmt::format(fmt::runtime(tr("Plan for {} in {}\n")), doc.goal_name, doc.industry_name);
    out << tr("\nPath taken:\n");
    for (const engine::AnsweredQuestion& a : doc.answers)
        out << fmt::format("  {} {} ({})\n", a.text, a.label, source_label(a.source, a.origin));
    out << tr("\nStrategies, best first:\n");
    for (const engine::StrategyEntry& s : doc.strategies)
        print_strategy(out, s, explain);
    bool first = true;
    for (const engine::TacticEntry& t : doc.tactics)
        if (t.builds_consent()) {
            if (first)
                out << tr("\nFirst, build or confirm consent:\n");
            first = false;
            print_tactic(out, t, explain);
        }
    for (const engine::StrategyEntry* s : doc.chosen_strategies())
        print_chosen(out, doc, *s, explain);
    if (explain)
        print_regional_benchmarks(out, doc);
}

} // namespace strat::output
