#include "model/roadmap.hpp"

#include <algorithm>

namespace strat::model {
namespace {

template <typename T> const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

const Option* Question::option(std::string_view wanted) const {
    return find_by_id(options, wanted);
}

const Source* Roadmap::source(std::string_view wanted) const {
    return find_by_id(sources, wanted);
}
const Goal* Roadmap::goal(std::string_view wanted) const {
    return find_by_id(goals, wanted);
}
const Question* Roadmap::question(std::string_view wanted) const {
    return find_by_id(questions, wanted);
}
const Strategy* Roadmap::strategy(std::string_view wanted) const {
    return find_by_id(strategies, wanted);
}
const Tactic* Roadmap::tactic(std::string_view wanted) const {
    return find_by_id(tactics, wanted);
}
const Kpi* Roadmap::kpi(std::string_view wanted) const {
    return find_by_id(kpis, wanted);
}

const Goal* Roadmap::goal_by_name(std::string_view id_or_alias) const {
    if (const Goal* g = goal(id_or_alias))
        return g;
    for (const Goal& g : goals)
        for (const Ref& alias : g.aliases)
            if (alias.id == id_or_alias)
                return &g;
    return nullptr;
}

} // namespace strat::model
