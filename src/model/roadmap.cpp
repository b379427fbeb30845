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

const Goal* Roadmap::goal_by_name(std::string_view id_or_alias) const {
    if (const Goal* g = find_by_id(goals, id_or_alias))
        return g;
    for (const Goal& g : goals)
        for (const Ref& alias : g.aliases)
            if (alias.id == id_or_alias)
                return &g;
    return nullptr;
}

std::vector<std::string> Roadmap::goal_names() const {
    std::vector<std::string> names = ids_of(goals);
    for (const Goal& g : goals)
        for (const Ref& alias : g.aliases)
            names.push_back(alias.id);
    return names;
}

const Benchmark* benchmark_for(const Kpi& kpi, std::string_view market) {
    // Region's order runs from wide groups to single markets, so the highest covering wins.
    const Benchmark* best = nullptr;
    for (const Benchmark& b : kpi.regional_benchmarks)
        if (b.region && covers(*b.region, market) && (!best || *b.region > *best->region))
            best = &b;
    if (best)
        return best;
    return kpi.benchmark ? &*kpi.benchmark : nullptr;
}

std::string_view name_of(const std::vector<Resource>& named, std::string_view id) {
    const Resource* r = find_by_id(named, id);
    return r && !r->name.empty() ? std::string_view(r->name) : id;
}

} // namespace strat::model
