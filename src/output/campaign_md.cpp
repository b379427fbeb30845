// The campaign document as a Markdown brief: what a person reads or pastes into a deck.
// Fields to fill read `_fill in_`.

#include "model/vocabulary_labels.hpp"
#include "output/budget.hpp"
#include "output/calendar.hpp"
#include "output/campaign.hpp"
#include "output/figures.hpp"
#include "output/roles.hpp"
#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace strat::output {
namespace {

using namespace model;
using util::tr;

/// `english` in the run's language, formatted.
template <typename... Args> std::string say(std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...);
}

/// A word of the roadmap format (a channel, a level) as people read it in this run.
template <typename Enum> std::string_view word(Enum value) {
    return spoken_name(value, util::language());
}

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

std::string_view blank() {
    return tr("_fill in_");
}

std::string_view fill(const engine::FillIn& f) {
    return f.value ? std::string_view(*f.value) : blank();
}

/// A date to fill in, or the date known already as people read it ("1.3.2026" in German).
std::string fill_date(const engine::FillIn& f) {
    return f.value ? util::date(*f.value, util::language()) : std::string(blank());
}

void write_header(std::ostream& out, const engine::CampaignDocument& d) {
    out << fmt::format("# {}\n\n", d.name);
    out << say("- **Owner:** {}\n", fill(d.owner));
    out << say("- **Created:** {}\n", fill_date(d.created));
    out << say("- **Runs:** {} to {}\n", fill_date(d.start), fill_date(d.end));
    out << say("- **Goal:** {} ({})\n", d.goal_name, d.goal_description);
    if (d.market)
        out << say("- **Market:** {} ({}): its rules for the channels used are in the consent "
                   "and privacy checklist\n",
                   d.market->name, d.market->id);
    out << say("- **Objective:** {} (one measurable sentence)\n", fill(d.objective));
    if (!d.kpis.empty())
        out << say("- **Primary KPI:** {}\n", d.kpis.front().kpi->name);
    out << say("- **Audience:** {} (segments, size, data source)\n", fill(d.segments));
    out << say("- **Message and offer:** {}\n", fill(d.message));
}

void write_situation(std::ostream& out, const engine::CampaignDocument& d) {
    out << tr("\n## Situation\n\n| Question | Answer | How |\n|---|---|---|\n");
    for (const engine::AnsweredQuestion& a : d.answers)
        out << fmt::format("| {} | {} | {} |\n", cell(a.text), cell(a.label),
                           cell(source_label(a.source, a.origin)));
    out << tr("\n## Strategies, best first\n\n| Rank | Strategy | Score | Why "
              "|\n|---|---|---|---|\n");
    for (const engine::StrategyEntry& s : d.strategies) {
        std::vector<std::string> reasons;
        for (const engine::ScoreReason& r : s.reasons)
            reasons.push_back(cell(signed_points(r.points) + " " + r.text));
        for (const engine::IgnoredReason& ig : s.not_counted)
            reasons.push_back(
                cell(say("not counted: {} {} ({})", signed_points(ig.points), ig.text, ig.why)));
        if (!s.feasible)
            reasons.emplace_back(tr(cannot_be_planned));
        out << fmt::format("| {} | {}{}{} | {} | {} |\n", s.rank, s.chosen ? "**" : "",
                           cell(s.name), s.chosen ? fmt::format("** {}", tr("(chosen)")) : "",
                           signed_points(s.score),
                           reasons.empty() ? std::string(tr("no answer weighs it"))
                                           : fmt::format("{}", fmt::join(reasons, "; ")));
    }
}

void write_tactic(std::ostream& out, const engine::TacticEntry& t) {
    std::vector<std::string_view> channels;
    for (Channel ch : t.channels)
        channels.push_back(word(ch));
    out << fmt::format("\n### {}\n\n{}\n\n", t.name, t.description);
    out << say("- **Channels:** {}\n", fmt::join(channels, ", "));
    out << say("- **Effort / cost:** {} / {}\n", word(t.effort), word(t.cost));
    out << say("- **Owner:** {}\n", fill(t.owner));
    if (!t.trigger.empty())
        out << say("- **Trigger:** {}\n", t.trigger);
    for (const std::string& c : t.unsettled)
        out << say("- **Confirm:** {}\n", c);
    out << tr("\n| Day | Channel | Kind | Action | When |\n|---|---|---|---|---|\n");
    for (const engine::StepEntry& step : t.steps) {
        std::string when = step.condition;
        if (step.consent_gate)
            when += (when.empty() ? "" : "; ") + consent_gate_text(*step.consent_gate);
        out << fmt::format("| {} | {} | {} | {} | {} |\n", step.day,
                           step.channel ? word(*step.channel) : "",
                           step.channel ? word(step.kind) : "", cell(step.action), cell(when));
    }
    for (const std::string& removed : t.removed_steps)
        out << fmt::format("\n_{}_\n", removed);
    write_tactic_test_markdown(out, t);
    if (t.phases.whole_audience)
        out << say("\nRuns for everyone it concerns from the start: service messages are not "
                   "piloted on a share of the audience; go/no-go after {} days, to keep or change "
                   "it.\n",
                   t.phases.after_days);
    else
        out << say("\nPilot on {} of the audience, measured as its test says; go/no-go after {} "
                   "days; then scale.\n",
                   fill(t.phases.audience_share), t.phases.after_days);
}

void write_tactics(std::ostream& out, const engine::CampaignDocument& d) {
    bool first = true;
    for (const engine::TacticEntry& t : d.tactics) {
        if (!t.builds_consent())
            continue;
        if (first)
            out << tr("\n## First: build or confirm consent\n\nYour answers leave consent "
                      "partial or unknown on channels this plan uses for marketing: until this "
                      "runs, marketing steps on them go only to contacts with recorded "
                      "consent.\n");
        first = false;
        write_tactic(out, t);
    }
    for (const engine::StrategyEntry* s : d.chosen_strategies()) {
        out << say("\n## Tactics: {}\n\n{}\n", s->name, s->description);
        for (const engine::TacticEntry& t : d.tactics)
            if (t.strategy == s->id)
                write_tactic(out, t);
        for (const engine::TacticName& t : s->shares)
            out << say("\n_{} is planned above, under a better-ranked strategy._\n", t.name);
        for (const engine::DroppedEntry& t : d.dropped_tactics)
            if (t.strategy == s->id)
                out << say("\n_Not proposed: {}, because {}._\n", t.name, t.reason);
    }
}

void write_kpis(std::ostream& out, const engine::CampaignDocument& d) {
    out << tr("\n## KPIs\n\n| KPI | Better | Benchmark | Baseline | Target | Cadence |\n"
              "|---|---|---|---|---|---|\n");
    std::string_view numbers = util::language();
    for (const engine::KpiEntry& k : d.kpis) {
        const Kpi& kpi = *k.kpi;
        std::string bench = benchmark_text(kpi, k.benchmark, k.cited, numbers);
        if (bench.empty())
            bench = kpi.no_benchmark.empty() ? tr("none known") : tr("none published (see below)");
        std::string target(blank());
        if (k.target.value)
            target = with_unit(*k.target.value, kpi.unit, numbers);
        else if (kpi.target)
            target = fmt::format("{} ({})", blank(), target_rule_text(*kpi.target, kpi, numbers));
        out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", cell(kpi.name), word(kpi.direction),
                           cell(bench), fill(k.baseline), target, word(kpi.cadence));
    }
    // What a figure describes and its caveats (second-hand, undated) belong beside it.
    std::vector<std::string> notes;
    for (const engine::KpiEntry& k : d.kpis) {
        const Kpi& kpi = *k.kpi;
        std::vector<std::string_view> parts;
        if (!k.benchmark && !kpi.no_benchmark.empty())
            notes.push_back(
                say("- {}: no published benchmark: {}\n", cell(kpi.name), cell(kpi.no_benchmark)));
        if (!k.benchmark)
            continue;
        if (!k.benchmark->segment.empty())
            parts.push_back(k.benchmark->segment);
        if (!k.benchmark->note.empty())
            parts.push_back(k.benchmark->note);
        if (!parts.empty())
            notes.push_back(fmt::format("- {}: {}\n", cell(kpi.name), fmt::join(parts, "; ")));
    }
    if (!notes.empty())
        out << say("\nAbout the benchmarks:\n\n{}", fmt::join(notes, ""));
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
    out << tr("\n## Consent and data privacy\n\n");
    if (d.market)
        out << say("The rules of the market {} ({}) for the channels this plan uses, each with "
                   "its legal source, then strat's own items. ",
                   d.market->name, d.market->id);
    out << tr("This checklist is not legal advice: confirm each item, with a lawyer where in "
              "doubt, before the first send.\n\n");
    for (const engine::PrivacyItem& item : d.privacy) {
        out << fmt::format("- [{}] **{}:** {}", item.done ? "x" : " ",
                           topic_label(item.topic, util::language()), item.text);
        if (!item.source.empty())
            out << fmt::format(" ({})",
                               item.url.empty() ? item.source : link(item.source, item.url));
        out << "\n";
    }
}

void write_checklists(std::ostream& out, const engine::CampaignDocument& d) {
    std::string total = budget_total_text(d);
    out << say("\n## Budget\n\nTotal: {}\n\n| Channel | Amount |\n|---|---|\n",
               total.empty() ? fill(d.budget_total) : total);
    std::vector<ChannelBudgetRow> rows = channel_budget_rows(d);
    for (const ChannelBudgetRow& row : rows)
        out << fmt::format(fmt::runtime(row.total ? "| **{}** | **{}** |\n" : "| {} | {} |\n"),
                           row.label, row.amount);
    if (rows.empty())
        for (const engine::BudgetLine& line : d.budget_by_channel)
            out << fmt::format("| {} | {} |\n", word(line.channel), fill(line.amount));
    write_budget_markdown(out, d);
    write_privacy(out, d);
    if (d.b2b()) {
        out << tr("\n## Lead stages to agree with sales\n\n| Stage | Owner | Definition | SLA "
                  "|\n|---|---|---|---|\n");
        for (const engine::LeadStage& stage : d.lead_stages)
            out << fmt::format("| {} | {} | {} ({}) | {} |\n", stage.name,
                               topic_label(stage.owner, util::language()), fill(stage.definition),
                               stage.definition.hint, fill(stage.sla));
    }
    if (d.lead_feedback)
        out << say("\nSales records a reason for every lead it rejects or sends back; sales and "
                   "marketing review lead quality together every {}.\n",
                   fill(d.lead_feedback->cadence));
    out << tr("\n## Reviews\n\n");
    for (const engine::ReviewPoint& r : d.reviews)
        out << say("- Day {}: {} ({})\n", r.after_days, r.purpose, fill_date(r.date));
}

} // namespace

void write_campaign_markdown(std::ostream& out, const engine::CampaignDocument& d) {
    write_header(out, d);
    write_situation(out, d);
    write_assumptions_markdown(out, d);
    write_tactics(out, d);
    write_roles_markdown(out, d);
    write_kpis(out, d);
    write_calendar_markdown(out, d);
    write_checklists(out, d);
    if (!d.sources.empty()) {
        out << tr("\n## Sources\n\n");
        for (const Source* s : d.sources)
            out << fmt::format("- [{}] {}\n", s->id, source_text(*s));
    }
    out << say("\n---\nGenerated by strat {} from ", d.strat_version);
    for (std::size_t i = 0; i < d.roadmaps.size(); ++i)
        out << fmt::format("{}`{}` (sha256 {})", i ? ", " : "", d.roadmaps[i].path,
                           d.roadmaps[i].sha256.substr(0, 12));
    out << ".\n";
}

} // namespace strat::output
