// The campaign document as a Markdown brief: what a person reads or pastes into a deck.
// Fields to fill read `_fill in_`.

#include "output/calendar.hpp"
#include "output/campaign.hpp"
#include "output/figures.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace strat::output {
namespace {

using namespace model;

/// Table cells must not break the table: escape pipes, flatten line breaks.
std::string cell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}

constexpr std::string_view blank = "_fill in_";

std::string_view fill(const engine::FillIn& f) {
    return f.value ? std::string_view(*f.value) : blank;
}

void write_header(std::ostream& out, const engine::CampaignDocument& d) {
    out << fmt::format("# {}\n\n", d.name);
    out << fmt::format("- **Owner:** {}\n", fill(d.owner));
    out << fmt::format("- **Created:** {}\n", fill(d.created));
    out << fmt::format("- **Runs:** {} to {}\n", fill(d.start), fill(d.end));
    out << fmt::format("- **Goal:** {} ({})\n", d.goal_name, d.goal_description);
    if (d.market)
        out << fmt::format("- **Market:** {} ({}): its rules for the channels used are in the "
                           "consent and privacy checklist\n",
                           d.market->name, d.market->id);
    out << fmt::format("- **Objective:** {} (one measurable sentence)\n", fill(d.objective));
    if (!d.kpis.empty())
        out << fmt::format("- **Primary KPI:** {}\n", d.kpis.front().kpi->name);
    out << fmt::format("- **Audience:** {} (segments, size, data source)\n", fill(d.segments));
    out << fmt::format("- **Message and offer:** {}\n", fill(d.message));
}

void write_situation(std::ostream& out, const engine::CampaignDocument& d) {
    out << "\n## Situation\n\n| Question | Answer | How |\n|---|---|---|\n";
    for (const engine::AnsweredQuestion& a : d.answers)
        out << fmt::format("| {} | {} | {} |\n", cell(a.text), cell(a.label),
                           cell(source_label(a.source, a.origin)));
    out << "\n## Strategies, best first\n\n| Rank | Strategy | Score | Why |\n|---|---|---|---|\n";
    for (const engine::StrategyEntry& s : d.strategies) {
        std::vector<std::string> reasons;
        for (const engine::ScoreReason& r : s.reasons)
            reasons.push_back(cell(signed_points(r.points) + " " + r.text));
        for (const engine::IgnoredReason& ig : s.not_counted)
            reasons.push_back(cell(
                fmt::format("not counted: {} {} ({})", signed_points(ig.points), ig.text, ig.why)));
        if (!s.feasible)
            reasons.emplace_back(cannot_be_planned);
        out << fmt::format("| {} | {}{}{} | {} | {} |\n", s.rank, s.chosen ? "**" : "",
                           cell(s.name), s.chosen ? "** (chosen)" : "", signed_points(s.score),
                           reasons.empty() ? "no answer weighs it"
                                           : fmt::format("{}", fmt::join(reasons, "; ")));
    }
}

void write_tactic(std::ostream& out, const engine::TacticEntry& t) {
    std::vector<std::string_view> channels;
    for (Channel ch : t.channels)
        channels.push_back(name(ch));
    out << fmt::format("\n### {}\n\n{}\n\n", t.name, t.description);
    out << fmt::format("- **Channels:** {}\n", fmt::join(channels, ", "));
    out << fmt::format("- **Effort / cost:** {} / {}\n", name(t.effort), name(t.cost));
    out << fmt::format("- **Owner:** {}\n", fill(t.owner));
    if (!t.trigger.empty())
        out << fmt::format("- **Trigger:** {}\n", t.trigger);
    for (const std::string& c : t.unsettled)
        out << fmt::format("- **Confirm:** {}\n", c);
    out << "\n| Day | Channel | Kind | Action | When |\n|---|---|---|---|---|\n";
    for (const engine::StepEntry& step : t.steps) {
        std::string when = step.condition;
        if (step.consent_gate)
            when += (when.empty() ? "" : "; ") + consent_gate_text(*step.consent_gate);
        out << fmt::format("| {} | {} | {} | {} | {} |\n", step.day,
                           step.channel ? name(*step.channel) : "",
                           step.channel ? name(step.kind) : "", cell(step.action), cell(when));
    }
    for (const std::string& removed : t.removed_steps)
        out << fmt::format("\n_{}_\n", removed);
    out << fmt::format("\nPilot on {} of the audience with a hold-out group; go/no-go after "
                       "{} days on {}; then scale.\n",
                       fill(t.phases.audience_share), t.phases.after_days,
                       fill(t.phases.criterion));
}

void write_tactics(std::ostream& out, const engine::CampaignDocument& d) {
    bool first = true;
    for (const engine::TacticEntry& t : d.tactics) {
        if (!t.builds_consent())
            continue;
        if (first)
            out << "\n## First: build or confirm consent\n\nYour answers leave consent partial or "
                   "unknown on channels this plan uses for marketing: until this runs, marketing "
                   "steps on them go only to contacts with recorded consent.\n";
        first = false;
        write_tactic(out, t);
    }
    for (const engine::StrategyEntry* s : d.chosen_strategies()) {
        out << fmt::format("\n## Tactics: {}\n\n{}\n", s->name, s->description);
        for (const engine::TacticEntry& t : d.tactics)
            if (t.strategy == s->id)
                write_tactic(out, t);
        for (const engine::TacticName& t : s->shares)
            out << fmt::format("\n_{} is planned above, under a better-ranked strategy._\n",
                               t.name);
        for (const engine::DroppedEntry& t : d.dropped_tactics)
            if (t.strategy == s->id)
                out << fmt::format("\n_Not proposed: {}, because {}._\n", t.name, t.reason);
    }
}

void write_kpis(std::ostream& out, const engine::CampaignDocument& d) {
    out << "\n## KPIs\n\n| KPI | Better | Benchmark | Baseline | Target | Cadence |\n"
           "|---|---|---|---|---|---|\n";
    for (const engine::KpiEntry& k : d.kpis) {
        const Kpi& kpi = *k.kpi;
        std::string bench = benchmark_text(kpi, k.cited);
        if (bench.empty())
            bench = kpi.no_benchmark.empty() ? "none known" : "none published (see below)";
        std::string target(blank);
        if (k.target.value)
            target = with_unit(*k.target.value, kpi.unit);
        else if (kpi.target)
            target = fmt::format("{} ({})", blank, target_rule_text(*kpi.target, kpi));
        out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", cell(kpi.name), name(kpi.direction),
                           cell(bench), fill(k.baseline), target, name(kpi.cadence));
    }
    // What a figure describes and its caveats (second-hand, undated) belong beside it.
    std::vector<std::string> notes;
    for (const engine::KpiEntry& k : d.kpis) {
        const Kpi& kpi = *k.kpi;
        std::vector<std::string_view> parts;
        if (!kpi.benchmark && !kpi.no_benchmark.empty())
            notes.push_back(fmt::format("- {}: no published benchmark: {}\n", cell(kpi.name),
                                        cell(kpi.no_benchmark)));
        if (!kpi.benchmark)
            continue;
        if (!kpi.benchmark->segment.empty())
            parts.push_back(kpi.benchmark->segment);
        if (!kpi.benchmark->note.empty())
            parts.push_back(kpi.benchmark->note);
        if (!parts.empty())
            notes.push_back(fmt::format("- {}: {}\n", cell(kpi.name), fmt::join(parts, "; ")));
    }
    if (!notes.empty())
        out << fmt::format("\nAbout the benchmarks:\n\n{}", fmt::join(notes, ""));
}

/// A link in Markdown: the address with the characters that would end it escaped.
std::string link(std::string_view text, std::string_view url) {
    std::string target;
    for (char c : url) {
        if (c == ' ')
            target += "%20";
        else if (c == '(' || c == ')' || c == '<' || c == '>')
            target += fmt::format("%{:02X}", static_cast<unsigned char>(c));
        else
            target += c;
    }
    return fmt::format("[{}]({})", cell(text), target);
}

void write_privacy(std::ostream& out, const engine::CampaignDocument& d) {
    out << "\n## Consent and data privacy\n\n";
    if (d.market)
        out << fmt::format("The rules of the market {} ({}) for the channels this plan uses, "
                           "each with its legal source, then strat's own items. ",
                           d.market->name, d.market->id);
    out << "This checklist is not legal advice: confirm each item, with a lawyer where in "
           "doubt, before the first send.\n\n";
    for (const engine::PrivacyItem& item : d.privacy) {
        out << fmt::format("- [{}] **{}:** {}", item.done ? "x" : " ", item.topic, item.text);
        if (!item.source.empty())
            out << fmt::format(" ({})",
                               item.url.empty() ? item.source : link(item.source, item.url));
        out << "\n";
    }
}

void write_checklists(std::ostream& out, const engine::CampaignDocument& d) {
    out << fmt::format("\n## Budget\n\nTotal: {}\n\n| Channel | Amount |\n|---|---|\n",
                       fill(d.budget_total));
    for (const engine::BudgetLine& line : d.budget_by_channel)
        out << fmt::format("| {} | {} |\n", name(line.channel), fill(line.amount));
    write_privacy(out, d);
    if (d.b2b()) {
        out << "\n## Lead stages to agree with sales\n\n| Stage | Owner | Definition | SLA |\n"
               "|---|---|---|---|\n";
        for (const engine::LeadStage& stage : d.lead_stages)
            out << fmt::format("| {} | {} | {} ({}) | {} |\n", stage.name, stage.owner,
                               fill(stage.definition), stage.definition.hint, fill(stage.sla));
    }
    if (d.lead_feedback)
        out << fmt::format("\nSales records a reason for every lead it rejects or sends back; "
                           "sales and marketing review lead quality together every {}.\n",
                           fill(d.lead_feedback->cadence));
    out << "\n## Reviews\n\n";
    for (const engine::ReviewPoint& r : d.reviews)
        out << fmt::format("- Day {}: {} ({})\n", r.after_days, r.purpose, fill(r.date));
}

} // namespace

void write_campaign_markdown(std::ostream& out, const engine::CampaignDocument& d) {
    write_header(out, d);
    write_situation(out, d);
    write_tactics(out, d);
    write_kpis(out, d);
    write_calendar_markdown(out, d);
    write_checklists(out, d);
    if (!d.sources.empty()) {
        out << "\n## Sources\n\n";
        for (const Source* s : d.sources)
            out << fmt::format("- [{}] {}\n", s->id, source_text(*s));
    }
    out << fmt::format("\n---\nGenerated by strat {} from ", d.strat_version);
    for (std::size_t i = 0; i < d.roadmaps.size(); ++i)
        out << fmt::format("{}`{}` (sha256 {})", i ? ", " : "", d.roadmaps[i].path,
                           d.roadmaps[i].sha256.substr(0, 12));
    out << ".\n";
}

} // namespace strat::output
