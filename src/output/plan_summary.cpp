// Helpers shared by the campaign printers and the plan summary.

#include "output/campaign.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace strat::output {

std::string signed_points(int points) {
    return points > 0 ? fmt::format("+{}", points) : std::to_string(points);
}

std::string source_label(const engine::Answer& a) {
    switch (a.source) {
    case model::AnswerSource::flag:
        return "--answer";
    case model::AnswerSource::file:
        return "answers file";
    case model::AnswerSource::prompt:
        return "prompt";
    case model::AnswerSource::fallback_default:
        return "default";
    case model::AnswerSource::constraint:
        return a.origin;
    }
    return "default";
}

std::string_view answer_source_word(model::AnswerSource source) {
    switch (source) {
    case model::AnswerSource::flag:
    case model::AnswerSource::file:
        return "given";
    case model::AnswerSource::prompt:
        return "asked";
    case model::AnswerSource::constraint:
        return "stated";
    case model::AnswerSource::fallback_default:
        return "default";
    }
    return "default";
}

namespace {

void print_tactic(std::ostream& out, const engine::PlannedTactic& t, bool explain) {
    std::vector<std::string> channels;
    for (model::Channel ch : t.channels)
        channels.emplace_back(model::name(ch));
    out << fmt::format("  - {} [{}]\n", t.tactic->name, fmt::join(channels, ", "));
    if (explain)
        for (const std::string& removed : t.removed_steps)
            out << fmt::format("      {}\n", removed);
}

} // namespace

void print_plan_summary(std::ostream& out, const engine::Campaign& c, bool explain) {
    const engine::Plan& plan = *c.plan;
    out << fmt::format("Plan for {} in {}\n", plan.goal->name, plan.roadmap->name);
    out << "\nPath taken:\n";
    for (const engine::Answer& a : plan.answers)
        out << fmt::format("  {} {} ({})\n", a.question->text, a.option->label, source_label(a));
    out << "\nStrategies, best first:\n";
    for (std::size_t i = 0; i < plan.ranked.size(); ++i) {
        const engine::RankedStrategy& r = plan.ranked[i];
        bool chosen = plan.is_chosen(i);
        out << fmt::format("  {}{}. {} ({}) score {}{}\n", chosen ? "*" : " ", i + 1,
                           r.strategy->name, r.strategy->id, signed_points(r.score),
                           r.feasible() ? "" : ", cannot be planned: no tactic fits");
        if (explain) {
            for (const engine::Reason& reason : r.reasons)
                out << fmt::format("       {} {}\n", signed_points(reason.points), reason.text);
            for (const engine::IgnoredReason& ig : r.ignored)
                out << fmt::format("       not counted: {} {} ({})\n", signed_points(ig.points),
                                   ig.text, ig.why);
            if (r.reasons.empty() && r.ignored.empty())
                out << "       no answer weighs this strategy\n";
        }
    }
    if (!plan.consent_first.empty()) {
        out << "\nFirst, build or confirm consent:\n";
        for (const engine::ConsentFirst& f : plan.consent_first)
            print_tactic(out, f.tactic, explain);
    }
    for (const engine::RankedStrategy* s : c.chosen()) {
        out << fmt::format("\nTactics for {}:\n", s->strategy->name);
        for (const engine::PlannedTactic& t : s->tactics)
            print_tactic(out, t, explain);
        for (const model::Tactic* t : s->shared)
            out << fmt::format("  - {} (planned above)\n", t->name);
        if (explain)
            for (const engine::DroppedTactic& d : s->dropped)
                out << fmt::format("  dropped: {}: {}\n", d.tactic->name, d.reason);
        else if (!s->dropped.empty())
            out << fmt::format("  ({} tactic{} dropped by your constraints; --explain says why)\n",
                               s->dropped.size(), s->dropped.size() == 1 ? "" : "s");
    }
}

} // namespace strat::output
