#include "model/index.hpp"

#include <deque>
#include <unordered_set>

namespace strat::model {
namespace {

template <typename T>
void fill(std::unordered_map<std::string_view, const T*>& map, const std::vector<T>& items) {
    map.reserve(items.size());
    for (const T& item : items)
        map.emplace(item.id, &item); // the first wins, as duplicate ids are reported elsewhere
}

} // namespace

Index::Index(const Roadmap& roadmap) : roadmap_(roadmap) {
    fill(goals_, roadmap.goals);
    fill(questions_, roadmap.questions);
    fill(strategies_, roadmap.strategies);
    fill(tactics_, roadmap.tactics);
    fill(kpis_, roadmap.kpis);
    fill(sources_, roadmap.sources);
}

std::vector<const Question*> Index::tree(const Goal& goal) const {
    std::vector<const Question*> out;
    std::unordered_set<const Question*> seen;
    std::deque<const Question*> queue;
    if (const Question* start = question(goal.start.id))
        queue.push_back(start);
    while (!queue.empty()) {
        const Question* q = queue.front();
        queue.pop_front();
        if (!seen.insert(q).second)
            continue;
        out.push_back(q);
        for (const Option& o : q->options)
            if (o.next)
                if (const Question* next = question(o.next->id))
                    queue.push_back(next);
    }
    return out;
}

std::vector<const Strategy*> Index::strategies_for(const Goal& goal) const {
    std::vector<const Strategy*> out;
    for (const Strategy& s : roadmap_.strategies)
        for (const Ref& g : s.goals)
            if (g.id == goal.id) {
                out.push_back(&s);
                break;
            }
    return out;
}

} // namespace strat::model
