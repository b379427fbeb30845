#include "load/drops.hpp"

#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace strat::load {
using util::closest;
using util::did_you_mean;
using util::join;
namespace {

using namespace model;

std::set<std::string> id_set(const std::vector<Ref>& refs) {
    std::set<std::string> out;
    for (const Ref& r : refs)
        out.insert(r.id);
    return out;
}

template <typename T> void erase_ids(std::vector<T>& items, const std::set<std::string>& ids) {
    std::erase_if(items, [&](const T& item) { return ids.count(item.id) > 0; });
}

void erase_refs(std::vector<Ref>& refs, const std::set<std::string>& ids) {
    std::erase_if(refs, [&](const Ref& r) { return ids.count(r.id) > 0; });
}

/// The entities of one kind that `roadmap` defines.
template <typename T> std::vector<std::string> defined(const std::vector<T>& items) {
    return ids_of(items);
}

struct Kind {
    std::string_view name;
    const std::vector<Ref> Drops::*dropped;
    std::vector<std::string> (*ids)(const Roadmap&);
};

const Kind kinds[] = {
    {"goal", &Drops::goals, [](const Roadmap& r) { return defined(r.goals); }},
    {"question", &Drops::questions, [](const Roadmap& r) { return defined(r.questions); }},
    {"strategy", &Drops::strategies, [](const Roadmap& r) { return defined(r.strategies); }},
    {"tactic", &Drops::tactics, [](const Roadmap& r) { return defined(r.tactics); }},
    {"KPI", &Drops::kpis, [](const Roadmap& r) { return defined(r.kpis); }},
};

} // namespace

void apply_drops(Roadmap& merged, const Drops& drops) {
    if (drops.empty())
        return;
    auto goals = id_set(drops.goals), questions = id_set(drops.questions),
         strategies = id_set(drops.strategies), tactics = id_set(drops.tactics),
         kpis = id_set(drops.kpis);
    erase_ids(merged.goals, goals);
    erase_ids(merged.questions, questions);
    erase_ids(merged.strategies, strategies);
    erase_ids(merged.tactics, tactics);
    erase_ids(merged.kpis, kpis);
    for (Strategy& s : merged.strategies) {
        erase_refs(s.goals, goals);
        erase_refs(s.tactics, tactics);
        erase_refs(s.kpis, kpis);
    }
    for (Tactic& t : merged.tactics) {
        erase_refs(t.kpis, kpis);
        erase_refs(t.watches, kpis);
    }
    for (Question& q : merged.questions)
        for (Option& o : q.options)
            std::erase_if(o.weights,
                          [&](const Weight& w) { return strategies.count(w.strategy.id) > 0; });
}

void check_drops(const Roadmap& leaf, const std::vector<const Roadmap*>& ancestors,
                 Diagnostics& diagnostics) {
    for (const Kind& kind : kinds) {
        const std::vector<Ref>& dropped = leaf.drops.*kind.dropped;
        if (dropped.empty())
            continue;
        std::vector<std::string> own = kind.ids(leaf), inherited;
        for (const Roadmap* a : ancestors)
            for (std::string& id : kind.ids(*a))
                inherited.push_back(std::move(id));
        for (const Ref& ref : dropped) {
            if (std::find(own.begin(), own.end(), ref.id) != own.end()) {
                diagnostics.add("drops-own", ref.where,
                                fmt::format("this roadmap drops {} `{}` and also defines it",
                                            kind.name, ref.id),
                                "remove it from `drops`, or remove its definition");
            } else if (std::find(inherited.begin(), inherited.end(), ref.id) == inherited.end()) {
                diagnostics.add("unknown-drop", ref.where,
                                fmt::format("`drops` names {} `{}`, which no roadmap this one "
                                            "extends defines{}",
                                            kind.name, ref.id, did_you_mean(ref.id, inherited)),
                                fmt::format("drop only what is inherited; `strat list` shows the "
                                            "{} ids",
                                            kind.name));
            }
        }
    }
}

void check_dropped_questions(const Roadmap& leaf, const Roadmap& merged, Diagnostics& diagnostics) {
    auto at = [](const Origin& o) {
        return o.file ? fmt::format("{}:{}:{}", o.file->path(), o.line, o.column) : std::string();
    };
    for (const Ref& dropped : leaf.drops.questions) {
        std::vector<std::string> from;
        for (const Goal& g : merged.goals)
            if (g.start.id == dropped.id)
                from.push_back(fmt::format("goal `{}` starts there ({})", g.id, at(g.start.where)));
        for (const Question& q : merged.questions)
            for (const Option& o : q.options)
                if (o.next && o.next->id == dropped.id)
                    from.push_back(fmt::format("answer `{}` of question `{}` leads there ({})",
                                               o.id, q.id, at(o.next->where)));
        if (!from.empty())
            diagnostics.add("unknown-drop", dropped.where,
                            fmt::format("question `{}` is dropped but still asked: {}", dropped.id,
                                        join(from, "; ")),
                            "drop or override what leads to it as well");
    }
}

} // namespace strat::load
