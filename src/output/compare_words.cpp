#include "output/campaign.hpp"
#include "output/compare.hpp"
#include "output/figures.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace strat::output {

std::string differ_count(std::size_t n) {
    return fmt::format("{} {}", n, n == 1 ? "differs" : "differ");
}

std::string named(const std::string& name, const std::string& id) {
    return name.empty() || name == id ? id : fmt::format("{} ({})", name, id);
}

std::string side_text(const engine::ComparedSide& side) {
    std::string text = fmt::format("{}, goal {}", named(side.industry.name, side.industry.id),
                                   named(side.goal.name, side.goal.id));
    if (side.market)
        text += fmt::format(", market {}", named(side.market->name, side.market->id));
    return text;
}

std::string different_goals_text(const engine::CampaignComparison& c) {
    if (c.same_goal())
        return {};
    return fmt::format("Different goals: A plans {} of {}, B plans {} of {}; strategies, "
                       "tactics and KPIs are matched by id.",
                       c.a.goal.id, c.a.industry.id, c.b.goal.id, c.b.industry.id);
}

std::string answer_text(const std::optional<engine::AnsweredQuestion>& a) {
    if (!a)
        return "not asked";
    std::string how = source_label(a->source, a->origin);
    if (a->label.empty())
        return fmt::format("{} ({})", a->answer, how);
    return fmt::format("{}: {} ({})", a->answer, a->label, how);
}

std::string ranking_text(const std::optional<engine::StrategyEntry>& s) {
    if (!s)
        return "not ranked";
    std::string text = fmt::format("#{}, {}", s->rank, signed_points(s->score));
    if (s->chosen)
        text += ", chosen";
    if (!s->feasible)
        text += ", cannot be planned";
    return text;
}

std::string ranking_change_text(const engine::StrategyChange& s) {
    if (!s.a || !s.b)
        return s.a ? "ranked in A only" : "ranked in B only";
    std::vector<std::string> parts;
    if (s.a->score != s.b->score)
        parts.push_back(fmt::format("score {} → {} ({})", signed_points(s.a->score),
                                    signed_points(s.b->score),
                                    signed_points(s.b->score - s.a->score)));
    if (s.a->rank != s.b->rank)
        parts.push_back(fmt::format("rank {} → {}", s.a->rank, s.b->rank));
    if (s.a->chosen != s.b->chosen)
        parts.push_back(s.b->chosen ? "chosen in B only" : "chosen in A only");
    if (s.a->feasible != s.b->feasible)
        parts.push_back(s.b->feasible ? "can be planned in B only" : "can be planned in A only");
    return fmt::format("{}", fmt::join(parts, ", "));
}

std::string kpi_text(const std::optional<engine::KpiEntry>& k) {
    if (!k)
        return "not measured";
    const model::Kpi& kpi = *k->kpi;
    std::string text;
    if (k->target.value)
        text = "target " + with_unit(*k->target.value, kpi.unit);
    else if (kpi.target)
        text = "target to fill in (" + target_rule_text(*kpi.target, kpi) + ")";
    else
        text = "target to fill in";
    if (k->baseline.value)
        text += ", baseline " + with_unit(*k->baseline.value, kpi.unit);
    if (k->primary)
        text += ", primary";
    return text;
}

std::string tactic_role_text(const engine::TacticChange& t) {
    if (!t.strategy.empty())
        return "for strategy " + t.strategy;
    if (t.consent.empty())
        return "planned first";
    std::vector<std::string_view> channels;
    for (model::Channel c : t.consent)
        channels.push_back(model::name(c));
    return fmt::format("first, to build consent for {}", fmt::join(channels, ", "));
}

std::string kpi_name(const engine::KpiChange& k) {
    const engine::KpiEntry& either = k.b ? *k.b : *k.a;
    return named(either.kpi->name, k.id);
}

} // namespace strat::output
