// The campaign as a Markdown brief: what a person reads or pastes into a deck.

#include "output/campaign.hpp"
#include "output/figures.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

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

} // namespace

namespace {

void write_tactic(std::ostream& out, const engine::PlannedTactic& t) {
    std::vector<std::string> channels;
    for (Channel ch : t.channels)
        channels.emplace_back(name(ch));
    out << fmt::format("\n### {}\n\n{}\n\n", t.tactic->name, t.tactic->description);
    out << fmt::format("- **Channels:** {}\n", fmt::join(channels, ", "));
    out << fmt::format("- **Effort / cost:** {} / {}\n", name(t.tactic->effort),
                       name(t.tactic->cost));
    out << fmt::format("- **Owner:** {}\n", blank);
    if (!t.tactic->trigger.empty())
        out << fmt::format("- **Trigger:** {}\n", t.tactic->trigger);
    for (const engine::OpenRequirement& p : t.to_confirm)
        out << fmt::format("- **Confirm:** {}\n", p.text);
    out << "\n| Day | Channel | Kind | Action | When |\n|---|---|---|---|---|\n";
    for (const engine::PlannedStep& p : t.steps) {
        const Step* step = p.step;
        std::string when = step->condition;
        if (p.consent_gate)
            when += fmt::format("{}only contacts with recorded consent for {}",
                                when.empty() ? "" : "; ", name(*p.consent_gate));
        out << fmt::format("| {} | {} | {} | {} | {} |\n", step->day,
                           step->channel ? name(*step->channel) : "",
                           step->channel ? name(step->kind) : "", cell(step->action), cell(when));
    }
    for (const std::string& removed : t.removed_steps)
        out << fmt::format("\n_{}_\n", removed);
    out << fmt::format("\nPilot on {} of the audience with a hold-out group; go/no-go after "
                       "30 days on {}; then scale.\n",
                       blank, blank);
}

} // namespace

void write_campaign_markdown(std::ostream& out, const engine::Campaign& c) {
    const engine::Plan& plan = *c.plan;
    Index index(*plan.roadmap);
    out << fmt::format("# {}\n\n", c.name);
    out << fmt::format("- **Owner:** {}\n", blank);
    out << fmt::format("- **Created:** {}\n", c.created ? *c.created : std::string(blank));
    out << fmt::format("- **Runs:** {} to {}\n", blank, blank);
    out << fmt::format("- **Goal:** {} ({})\n", plan.goal->name, plan.goal->description);
    out << fmt::format("- **Objective:** {} (one measurable sentence)\n", blank);
    if (!c.kpis.empty())
        out << fmt::format("- **Primary KPI:** {}\n", c.kpis.front()->name);
    out << fmt::format("- **Audience:** {} (segments, size, data source)\n", blank);
    out << fmt::format("- **Message and offer:** {}\n", blank);

    out << "\n## Situation\n\n| Question | Answer | How |\n|---|---|---|\n";
    for (const engine::Answer& a : plan.answers)
        out << fmt::format("| {} | {} | {} |\n", cell(a.question->text), cell(a.option->label),
                           cell(source_label(a)));

    out << "\n## Strategies, best first\n\n| Rank | Strategy | Score | Why |\n|---|---|---|---|\n";
    for (std::size_t i = 0; i < plan.ranked.size(); ++i) {
        const engine::RankedStrategy& r = plan.ranked[i];
        bool chosen = plan.is_chosen(i);
        std::vector<std::string> reasons;
        for (const engine::Reason& reason : r.reasons)
            reasons.push_back(cell(signed_points(reason.points) + " " + reason.text));
        for (const engine::IgnoredReason& ig : r.ignored)
            reasons.push_back(cell(
                fmt::format("not counted: {} {} ({})", signed_points(ig.points), ig.text, ig.why)));
        if (!r.feasible())
            reasons.push_back("cannot be planned: no tactic fits what you said");
        out << fmt::format(
            "| {} | {}{}{} | {} | {} |\n", i + 1, chosen ? "**" : "", cell(r.strategy->name),
            chosen ? "** (chosen)" : "", signed_points(r.score),
            reasons.empty() ? "no answer weighs it" : fmt::format("{}", fmt::join(reasons, "; ")));
    }

    if (!plan.consent_first.empty()) {
        out << "\n## First: build or confirm consent\n\nYour answers leave consent partial or "
               "unknown on channels this plan uses for marketing: until this runs, marketing "
               "steps on them go only to contacts with recorded consent.\n";
        for (const engine::ConsentFirst& f : plan.consent_first)
            write_tactic(out, f.tactic);
    }
    for (const engine::RankedStrategy* s : c.chosen()) {
        out << fmt::format("\n## Tactics: {}\n\n{}\n", s->strategy->name, s->strategy->description);
        for (const engine::PlannedTactic& t : s->tactics)
            write_tactic(out, t);
        for (const Tactic* t : s->shared)
            out << fmt::format("\n_{} is planned above, under a better-ranked strategy._\n",
                               t->name);
        for (const engine::DroppedTactic& d : s->dropped)
            out << fmt::format("\n_Not proposed: {}, because {}._\n", d.tactic->name, d.reason);
    }

    out << "\n## KPIs\n\n| KPI | Better | Benchmark | Baseline | Target | Cadence |\n"
           "|---|---|---|---|---|---|\n";
    for (const Kpi* k : c.kpis) {
        std::string bench =
            benchmark_text(*k, k->benchmark ? index.source(k->benchmark->source.id) : nullptr);
        std::string target = std::string(blank);
        if (k->target && k->target->rule == TargetRule::benchmark && k->benchmark)
            target = with_unit(k->benchmark->value, k->unit);
        else if (k->target)
            target = fmt::format("{} ({})", blank, target_rule_text(*k->target, *k));
        if (bench.empty())
            bench = k->no_benchmark.empty() ? "none known" : "none published (see below)";
        out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", cell(k->name), name(k->direction),
                           cell(bench), blank, target, name(k->cadence));
    }

    // What a figure describes and its caveats (second-hand, undated) belong beside it.
    bool first_note = true;
    for (const Kpi* k : c.kpis) {
        if (!k->benchmark && !k->no_benchmark.empty()) {
            if (first_note)
                out << "\nAbout the benchmarks:\n\n";
            first_note = false;
            out << fmt::format("- {}: no published benchmark: {}\n", cell(k->name),
                               cell(k->no_benchmark));
            continue;
        }
        if (!k->benchmark || (k->benchmark->segment.empty() && k->benchmark->note.empty()))
            continue;
        if (first_note)
            out << "\nAbout the benchmarks:\n\n";
        first_note = false;
        std::vector<std::string> parts;
        if (!k->benchmark->segment.empty())
            parts.push_back(k->benchmark->segment);
        if (!k->benchmark->note.empty())
            parts.push_back(k->benchmark->note);
        out << fmt::format("- {}: {}\n", cell(k->name), fmt::join(parts, "; "));
    }
    out << fmt::format("\n## Budget\n\nTotal: {}\n\n| Channel | Amount |\n|---|---|\n", blank);
    for (Channel ch : c.channels)
        out << fmt::format("| {} | {} |\n", name(ch), blank);

    out << "\n## Consent and data privacy\n\nA checklist to confirm before the first send, not "
           "legal advice.\n\n";
    for (const engine::PrivacyItem& item : c.privacy)
        out << fmt::format("- [ ] **{}:** {}\n", item.topic, item.text);

    if (c.b2b()) {
        out << "\n## Lead stages to agree with sales\n\n| Stage | Owner | Definition | SLA |\n"
               "|---|---|---|---|\n";
        for (const engine::LeadStage& stage : c.lead_stages)
            out << fmt::format("| {} | {} | {} ({}) | {} |\n", stage.name, stage.owner, blank,
                               stage.guidance, blank);
        out << fmt::format("\nSales records a reason for every lead it rejects or sends back; "
                           "sales and marketing review lead quality together every {}.\n",
                           blank);
    }

    out << "\n## Reviews\n\n";
    for (const engine::ReviewPoint& r : c.reviews)
        out << fmt::format("- Day {}: {} ({})\n", r.day, r.purpose, blank);

    std::set<const Source*> sources;
    for (const Kpi* k : c.kpis)
        if (k->benchmark)
            if (const Source* s = index.source(k->benchmark->source.id))
                sources.insert(s);
    if (!sources.empty()) {
        out << "\n## Sources\n\n";
        for (const Source* s : sources)
            out << fmt::format("- [{}] {}\n", s->id, source_text(*s));
    }
    out << fmt::format("\n---\nGenerated by strat {} from ", c.strat_version);
    for (std::size_t i = 0; i < c.roadmaps.size(); ++i)
        out << fmt::format("{}`{}` (sha256 {})", i ? ", " : "", c.roadmaps[i].path,
                           c.roadmaps[i].sha256.substr(0, 12));
    out << ".\n";
}

} // namespace strat::output
