#include "engine/plan.hpp"

#include "engine/feasibility.hpp"
#include "util/messages.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace strat::engine {
using util::closest;
using util::did_you_mean;
using util::join;

using namespace model;

Facts known_facts(const Walk& walk, const Facts& stated) {
    Facts facts;
    for (const Answer& a : walk.answers)
        overlay(facts, a.option->facts);
    overlay(facts, stated);
    return facts;
}

namespace {

/// `english` in the run's language, its placeholders filled in.
template <typename... Args> std::string say(std::string_view english, const Args&... args) {
    return fmt::format(fmt::runtime(util::tr(english)), args...);
}

void score(RankedStrategy& ranked, const Plan& plan) {
    for (const Answer& a : plan.answers)
        for (const Weight& w : a.option->weights) {
            if (w.strategy.id != ranked.strategy->id)
                continue;
            if (std::string why = contradicted(w.requirements, plan.facts, *plan.roadmap);
                !why.empty()) {
                ranked.ignored.push_back({w.points, w.reason, why});
                continue;
            }
            ranked.score += w.points;
            ranked.reasons.push_back({w.points, w.reason, a.question, a.option});
        }
}

RankedStrategy assess(const Index& index, const Strategy& s, const Plan& plan) {
    RankedStrategy ranked;
    ranked.strategy = &s;
    score(ranked, plan);
    std::set<const Kpi*> seen;
    auto add_kpi = [&](const Ref& ref) {
        if (const Kpi* k = index.kpi(ref.id); k && seen.insert(k).second)
            ranked.kpis.push_back(k);
    };
    for (const Ref& ref : s.kpis)
        add_kpi(ref);
    for (const Ref& ref : s.tactics) {
        const Tactic* t = index.tactic(ref.id);
        if (!t)
            continue;
        auto result = fit(*t, plan.facts, *plan.roadmap, plan.market);
        if (auto* planned = std::get_if<PlannedTactic>(&result)) {
            ranked.tactics.push_back(std::move(*planned));
            for (const Ref& k : t->kpis)
                add_kpi(k);
        } else {
            ranked.dropped.push_back(std::get<DroppedTactic>(std::move(result)));
        }
    }
    return ranked;
}

} // namespace

Plan make_plan(const Index& index, const PlanRequest& request) {
    Plan plan;
    plan.roadmap = &index.roadmap();
    plan.goal = request.goal;
    plan.answers = request.walk.answers;
    plan.facts = known_facts(request.walk, request.stated);
    plan.market = request.market;
    for (const Strategy* s : index.strategies_for(*request.goal))
        plan.ranked.push_back(assess(index, *s, plan));
    // stable_sort keeps roadmap order among equals: the documented tie-break.
    std::stable_sort(plan.ranked.begin(), plan.ranked.end(),
                     [](const RankedStrategy& a, const RankedStrategy& b) {
                         if (a.feasible() != b.feasible())
                             return a.feasible();
                         return a.score > b.score;
                     });
    return plan;
}

bool Plan::is_chosen(std::size_t rank_index) const {
    return std::find(chosen.begin(), chosen.end(), rank_index) != chosen.end();
}

namespace {

/// Moves the tactics of `r` that `planned` holds already into `r.shared`; records the rest.
void share_tactics(RankedStrategy& r, std::set<const Tactic*>& planned) {
    std::erase_if(r.tactics, [&](const PlannedTactic& t) {
        if (planned.insert(t.tactic).second)
            return false;
        r.shared.push_back(t.tactic);
        return true;
    });
}

std::string cannot_run(const RankedStrategy& r) {
    std::vector<std::string> why;
    for (const DroppedTactic& d : r.dropped)
        why.push_back(fmt::format("{}: {}", d.tactic->id, d.reason));
    return say("strategy `{}` cannot be planned: no tactic of it fits what you said ({})",
               r.strategy->id, join(why, "; "));
}

Choice choose_named(Plan& plan, const std::vector<std::string>& ids) {
    Choice choice;
    std::set<const Tactic*> planned;
    for (const std::string& id : ids) {
        auto it = std::find_if(plan.ranked.begin(), plan.ranked.end(),
                               [&](const RankedStrategy& r) { return r.strategy->id == id; });
        if (it == plan.ranked.end())
            return {Choice::Problem::unknown, id, {}, {}};
        if (!it->feasible())
            return {Choice::Problem::cannot_run, id, cannot_run(*it), {}};
        auto index = static_cast<std::size_t>(it - plan.ranked.begin());
        if (plan.is_chosen(index))
            continue;
        plan.chosen.push_back(index);
        if (it->score < 0)
            choice.warnings.push_back(
                say("strategy `{}` scores {} for your answers; it is planned because you chose it",
                    id, it->score));
        share_tactics(*it, planned);
        if (it->tactics.empty())
            choice.warnings.push_back(
                say("strategy `{}` adds no tactic: each of its tactics is planned under a "
                    "strategy chosen before it",
                    id));
    }
    return choice;
}

Choice choose_top(Plan& plan, std::size_t top) {
    std::set<const Tactic*> planned;
    for (std::size_t i = 0; i < plan.ranked.size() && plan.chosen.size() < top; ++i) {
        RankedStrategy& r = plan.ranked[i];
        if (!r.feasible() || r.score < 0)
            continue;
        bool adds = std::any_of(r.tactics.begin(), r.tactics.end(),
                                [&](const PlannedTactic& t) { return !planned.count(t.tactic); });
        if (!adds)
            continue;
        share_tactics(r, planned);
        plan.chosen.push_back(i);
    }
    if (!plan.chosen.empty())
        return {};
    std::vector<std::string> lines;
    for (const RankedStrategy& r : plan.ranked)
        lines.push_back(r.feasible() ? say("`{}` scores {}", r.strategy->id, r.score)
                                     : say("`{}` has no tactic that fits", r.strategy->id));
    return {Choice::Problem::nothing_runnable,
            {},
            say("no strategy for goal `{}` both fits what you said and scores 0 or more ({})",
                plan.goal->id, join(lines, ", ")),
            {}};
}

/// For each channel on which a chosen tactic sends marketing to contacts whose consent is
/// partial or unknown, the first tactic of the roadmap that collects that consent and fits.
void plan_consent_first(Plan& plan) {
    std::vector<Channel> gated;
    std::set<const Tactic*> planned;
    for (std::size_t i : plan.chosen)
        for (const PlannedTactic& t : plan.ranked[i].tactics) {
            planned.insert(t.tactic);
            for (const PlannedStep& s : t.steps)
                if (s.consent_gate &&
                    std::find(gated.begin(), gated.end(), *s.consent_gate) == gated.end())
                    gated.push_back(*s.consent_gate);
        }
    for (Channel c : gated) {
        auto collects = [c](const Tactic* t) {
            return std::find(t->collects.begin(), t->collects.end(), c) != t->collects.end();
        };
        // A chosen tactic that collects this consent already does the job.
        bool covered =
            std::any_of(planned.begin(), planned.end(), collects) ||
            std::any_of(plan.consent_first.begin(), plan.consent_first.end(),
                        [&](const ConsentFirst& f) { return collects(f.tactic.tactic); });
        for (const Tactic& t : plan.roadmap->tactics) {
            if (covered)
                break;
            if (!collects(&t))
                continue;
            auto result = fit(t, plan.facts, *plan.roadmap, plan.market);
            if (auto* p = std::get_if<PlannedTactic>(&result)) {
                plan.consent_first.push_back({std::move(*p), {}});
                covered = true;
            }
        }
    }
    for (ConsentFirst& f : plan.consent_first)
        for (Channel c : gated)
            if (std::ranges::find(f.tactic.tactic->collects, c) != f.tactic.tactic->collects.end())
                f.channels.push_back(c);
}

} // namespace

Choice choose(Plan& plan, const std::vector<std::string>& ids, std::size_t top) {
    plan.chosen.clear();
    plan.consent_first.clear();
    Choice choice = ids.empty() ? choose_top(plan, top) : choose_named(plan, ids);
    if (choice.problem == Choice::Problem::none)
        plan_consent_first(plan);
    return choice;
}

} // namespace strat::engine
