#include "engine/plan.hpp"

#include "engine/feasibility.hpp"

#include <algorithm>
#include <set>

namespace strat::engine {

using namespace model;

Facts known_facts(const Walk& walk, const Facts& stated) {
    Facts facts;
    for (const Answer& a : walk.answers)
        overlay(facts, a.option->facts);
    overlay(facts, stated);
    return facts;
}

namespace {

RankedStrategy assess(const Index& index, const Strategy& s, const Plan& plan) {
    RankedStrategy ranked;
    ranked.strategy = &s;
    for (const Answer& a : plan.answers)
        for (const Weight& w : a.option->weights)
            if (w.strategy.id == s.id) {
                ranked.score += w.points;
                ranked.reasons.push_back({w.points, w.reason, a.question, a.option});
            }
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
        auto result = fit(*t, plan.facts, plan.roadmap->audience);
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

std::string choose(Plan& plan, const std::vector<std::string>& ids, std::size_t top) {
    plan.chosen.clear();
    for (const std::string& id : ids) {
        auto it = std::find_if(plan.ranked.begin(), plan.ranked.end(),
                               [&](const RankedStrategy& r) { return r.strategy->id == id; });
        if (it == plan.ranked.end())
            return id;
        auto index = static_cast<std::size_t>(it - plan.ranked.begin());
        if (std::find(plan.chosen.begin(), plan.chosen.end(), index) == plan.chosen.end())
            plan.chosen.push_back(index);
    }
    if (ids.empty())
        for (std::size_t i = 0; i < std::min(top, plan.ranked.size()); ++i)
            plan.chosen.push_back(i);
    return {};
}

} // namespace strat::engine
