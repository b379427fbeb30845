#include "output/campaign.hpp"
#include "output/compare.hpp"
#include "output/figures.hpp"
#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

// Words for people in the run's language (util/messages_compare.cpp), figures in its
// number forms.

namespace strat::output {
namespace {

using util::tr;

template <typename... Args> std::string say(std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...);
}

} // namespace

std::string differ_count(std::size_t n) {
    return fmt::format("{} {}", n, util::tr_n(n, "differs", "differ"));
}

std::string strategy_count(std::size_t n) {
    return fmt::format("{} {}", n, util::tr_n(n, "strategy", "strategies"));
}

std::string named(const std::string& name, const std::string& id) {
    return name.empty() || name == id ? id : fmt::format("{} ({})", name, id);
}

std::string side_text(const engine::ComparedSide& side) {
    std::string text = say("{}, goal {}", named(side.industry.name, side.industry.id),
                           named(side.goal.name, side.goal.id));
    if (side.market)
        text += say(", market {}", named(side.market->name, side.market->id));
    if (side.budget)
        text += say(", budget {} {}",
                    util::decimal(static_cast<double>(side.budget->amount), 0, util::language()),
                    side.budget->currency);
    return text;
}

std::string different_goals_text(const engine::CampaignComparison& c) {
    if (c.same_goal())
        return {};
    return say("Different goals: A plans {} of {}, B plans {} of {}; strategies, tactics and KPIs "
               "are matched by id.",
               c.a.goal.id, c.a.industry.id, c.b.goal.id, c.b.industry.id);
}

std::string answer_text(const std::optional<engine::AnsweredQuestion>& a) {
    if (!a)
        return std::string(tr("not asked"));
    std::string how = source_label(a->source, a->origin);
    if (a->label.empty())
        return fmt::format("{} ({})", a->answer, how);
    return fmt::format("{}: {} ({})", a->answer, a->label, how);
}

std::string ranking_text(const std::optional<engine::StrategyEntry>& s) {
    if (!s)
        return std::string(tr("not ranked"));
    std::string text = fmt::format("#{}, {}", s->rank, signed_points(s->score));
    if (s->chosen)
        text += tr(", chosen");
    if (!s->feasible)
        text += tr(", cannot be planned");
    return text;
}

std::string ranking_change_text(const engine::StrategyChange& s) {
    if (!s.a || !s.b)
        return std::string(s.a ? tr("ranked in A only") : tr("ranked in B only"));
    std::vector<std::string> parts;
    if (s.a->score != s.b->score)
        parts.push_back(say("score {} → {} ({})", signed_points(s.a->score),
                            signed_points(s.b->score), signed_points(s.b->score - s.a->score)));
    if (s.a->rank != s.b->rank)
        parts.push_back(say("rank {} → {}", s.a->rank, s.b->rank));
    if (s.a->chosen != s.b->chosen)
        parts.emplace_back(s.b->chosen ? tr("chosen in B only") : tr("chosen in A only"));
    if (s.a->feasible != s.b->feasible)
        parts.emplace_back(s.b->feasible ? tr("can be planned in B only")
                                         : tr("can be planned in A only"));
    return fmt::format("{}", fmt::join(parts, ", "));
}

std::string kpi_text(const std::optional<engine::KpiEntry>& k) {
    if (!k)
        return std::string(tr("not measured"));
    const model::Kpi& kpi = *k->kpi;
    std::string_view numbers = util::language();
    std::string text;
    if (k->target.value)
        text = say("target {}", with_unit(*k->target.value, kpi.unit, numbers));
    else if (kpi.target)
        text = say("target to fill in ({})", target_rule_text(*kpi.target, kpi, numbers));
    else
        text = tr("target to fill in");
    if (k->baseline.value)
        text += say(", baseline {}", with_unit(*k->baseline.value, kpi.unit, numbers));
    if (k->primary)
        text += tr(", primary");
    return text;
}

std::string tactic_role_text(const engine::TacticChange& t) {
    if (!t.strategy.empty())
        return say("for strategy {}", t.strategy);
    if (t.consent.empty())
        return std::string(tr("planned first"));
    std::vector<std::string_view> channels;
    for (model::Channel c : t.consent)
        channels.push_back(model::spoken_name(c, util::language()));
    return say("first, to build consent for {}", fmt::join(channels, ", "));
}

std::string kpi_name(const engine::KpiChange& k) {
    const engine::KpiEntry& either = k.b ? *k.b : *k.a;
    return named(either.kpi->name, k.id);
}

} // namespace strat::output
