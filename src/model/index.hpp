#pragma once
/// Fast lookups over a resolved roadmap (id → element) and the walks over its decision
/// trees that validation and planning share. Holds pointers into the roadmap: keep the
/// roadmap alive and unchanged while the index is used.

#include "model/roadmap.hpp"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace strat::model {

class Index {
public:
    explicit Index(const Roadmap& roadmap);

    const Roadmap& roadmap() const { return roadmap_; }
    const Goal* goal(std::string_view id) const { return find(goals_, id); }
    const Question* question(std::string_view id) const { return find(questions_, id); }
    const Strategy* strategy(std::string_view id) const { return find(strategies_, id); }
    const Tactic* tactic(std::string_view id) const { return find(tactics_, id); }
    const Kpi* kpi(std::string_view id) const { return find(kpis_, id); }
    const Source* source(std::string_view id) const { return find(sources_, id); }

    /// Questions reachable from the goal's start question, breadth first, each once.
    /// Safe on cyclic trees.
    std::vector<const Question*> tree(const Goal& goal) const;

    /// Strategies that list `goal` among their goals, in roadmap order.
    std::vector<const Strategy*> strategies_for(const Goal& goal) const;

private:
    template <typename T>
    static const T* find(const std::unordered_map<std::string_view, const T*>& map,
                         std::string_view id) {
        auto it = map.find(id);
        return it == map.end() ? nullptr : it->second;
    }

    const Roadmap& roadmap_;
    std::unordered_map<std::string_view, const Goal*> goals_;
    std::unordered_map<std::string_view, const Question*> questions_;
    std::unordered_map<std::string_view, const Strategy*> strategies_;
    std::unordered_map<std::string_view, const Tactic*> tactics_;
    std::unordered_map<std::string_view, const Kpi*> kpis_;
    std::unordered_map<std::string_view, const Source*> sources_;
};

} // namespace strat::model
