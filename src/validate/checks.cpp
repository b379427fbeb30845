#include "validate/checks.hpp"

#include "model/index.hpp"
#include "util/suggest.hpp"
#include "validate/resource_names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace strat::validate {
using util::closest;
using util::did_you_mean;
using util::join;
namespace {

using namespace model;

class Checker {
public:
    Checker(const Roadmap& roadmap, const SourceFile* only, Diagnostics& diagnostics,
            bool require_risks)
        : r_(roadmap), index_(roadmap), only_(only), diagnostics_(diagnostics),
          require_risks_(require_risks) {}

    void run() {
        check_goals();
        check_questions();
        check_strategies();
        check_tactics();
        check_kpis();
        check_primary_kpis();
        check_cycles();
        check_reach();
        check_unused();
        check_markets();
        check_budget();
    }

private:
    void report(std::string_view rule, const Origin& where, std::string path, std::string message,
                std::string hint = {}) {
        if (only_ == nullptr || where.file == only_)
            diagnostics_.add(rule, where, std::move(message), std::move(hint)).data_path =
                std::move(path);
    }

    static std::string at(const std::string& path, std::string_view key, std::size_t index) {
        return fmt::format("{}.{}[{}]", path, key, index);
    }
    static std::string at(const std::string& path, std::string_view key) {
        return fmt::format("{}.{}", path, key);
    }

    /// Report `ref` when `found` is null: "<what> `x` does not exist (did you mean ...)".
    template <typename T>
    bool resolve(const Ref& ref, std::string path, const void* found, std::string_view rule,
                 std::string_view what, const std::vector<T>& candidates) {
        if (found != nullptr || ref.id.empty())
            return found != nullptr;
        std::vector<std::string> ids = ids_of(candidates);
        // The id it was probably meant to be will look unused: that warning would only
        // repeat this error.
        follow_on_.insert(fmt::format("{}:{}", what, closest(ref.id, ids)));
        report(rule, ref.where, std::move(path),
               fmt::format("{} `{}` does not exist{}", what, ref.id, did_you_mean(ref.id, ids)),
               fmt::format("define it under `{}`, or name an existing one", plural(what)));
        return false;
    }

    static std::string plural(std::string_view what) {
        if (what == "strategy")
            return "strategies";
        if (what == "KPI")
            return "kpis";
        return fmt::format("{}s", what);
    }

    void check_goals() {
        std::map<std::string_view, const Goal*> names;
        for (const Goal& g : r_.goals)
            names.emplace(g.id, &g);
        for (const Goal& g : r_.goals) {
            for (std::size_t i = 0; i < g.aliases.size(); ++i) {
                const Ref& alias = g.aliases[i];
                auto [it, fresh] = names.emplace(alias.id, &g);
                if (!fresh)
                    report("duplicate-alias", alias.where, at(g.path, "aliases", i),
                           fmt::format("alias `{}` of goal `{}` is already {}", alias.id, g.id,
                                       it->second->id == alias.id
                                           ? "a goal id"
                                           : fmt::format("an alias of goal `{}`", it->second->id)),
                           "each word must lead to one goal; remove or rename the alias");
            }
            if (!resolve(g.start, at(g.path, "start"), index_.question(g.start.id),
                         "unknown-question", "question", r_.questions))
                follow_on_.insert("tree"); // reachability cannot be judged
        }
    }

    void check_questions() {
        for (const Question& q : r_.questions) {
            if (!q.default_option.id.empty() && !q.option(q.default_option.id)) {
                std::vector<std::string> options = ids_of(q.options);
                report("unknown-option", q.default_option.where, at(q.path, "default"),
                       fmt::format("default `{}` is not an option of question `{}`{}",
                                   q.default_option.id, q.id,
                                   did_you_mean(q.default_option.id, options)),
                       fmt::format("the options are: {}", join(options)));
            }
            for (const Option& o : q.options) {
                if (o.next)
                    resolve(*o.next, at(o.path, "next"), index_.question(o.next->id),
                            "unknown-question", "question", r_.questions);
                for (std::size_t i = 0; i < o.weights.size(); ++i)
                    resolve(o.weights[i].strategy, at(at(o.path, "weights", i), "strategy"),
                            index_.strategy(o.weights[i].strategy.id), "unknown-strategy",
                            "strategy", r_.strategies);
            }
        }
    }

    void check_strategies() {
        for (const Strategy& s : r_.strategies) {
            for (std::size_t i = 0; i < s.goals.size(); ++i)
                if (!resolve(s.goals[i], at(s.path, "goals", i), index_.goal(s.goals[i].id),
                             "unknown-goal", "goal", r_.goals))
                    follow_on_.insert("goals of:" + s.id);
            for (std::size_t i = 0; i < s.tactics.size(); ++i)
                if (resolve(s.tactics[i], at(s.path, "tactics", i), index_.tactic(s.tactics[i].id),
                            "unknown-tactic", "tactic", r_.tactics))
                    used_tactics_.insert(s.tactics[i].id);
            for (std::size_t i = 0; i < s.kpis.size(); ++i)
                if (resolve(s.kpis[i], at(s.path, "kpis", i), index_.kpi(s.kpis[i].id),
                            "unknown-kpi", "KPI", r_.kpis))
                    used_kpis_.insert(s.kpis[i].id);
        }
    }

    void check_tactics() {
        for (const Tactic& t : r_.tactics) {
            for (std::size_t i = 0; i < t.kpis.size(); ++i)
                if (resolve(t.kpis[i], at(t.path, "kpis", i), index_.kpi(t.kpis[i].id),
                            "unknown-kpi", "KPI", r_.kpis))
                    used_kpis_.insert(t.kpis[i].id);
            for (std::size_t i = 0; i < t.watches.size(); ++i)
                if (std::none_of(t.kpis.begin(), t.kpis.end(),
                                 [&](const Ref& k) { return k.id == t.watches[i].id; }))
                    report("watch-not-in-kpis", t.watches[i].where, at(t.path, "watches", i),
                           fmt::format("tactic `{}` watches KPI `{}`, which its `kpis` do not "
                                       "list",
                                       t.id, t.watches[i].id),
                           fmt::format("add `{}` to the tactic's `kpis`, or remove it from "
                                       "`watches`",
                                       t.watches[i].id));
            int last_day = 0;
            for (const Step& step : t.steps) {
                if (step.channel && !t.channels.empty() && // empty: `channels` itself is wrong
                    std::find(t.channels.begin(), t.channels.end(), *step.channel) ==
                        t.channels.end())
                    report("step-channel", step.channel_where, at(step.path, "channel"),
                           fmt::format("step uses channel `{}`, which tactic `{}` does not list",
                                       name(*step.channel), t.id),
                           fmt::format("add `{}` to the tactic's `channels`", name(*step.channel)));
                if (step.day < last_day)
                    report("steps-out-of-order", step.where, at(step.path, "day"),
                           fmt::format("step on day {} comes after a step on day {}", step.day,
                                       last_day),
                           "list steps in day order");
                last_day = std::max(last_day, step.day);
            }
            for (Channel c : t.collects)
                if (std::find(t.requirements.consent.begin(), t.requirements.consent.end(), c) !=
                    t.requirements.consent.end())
                    report("collects-what-it-requires", t.where, at(t.path, "requires"),
                           fmt::format("tactic `{}` collects consent for {} and also requires it",
                                       t.id, name(c)),
                           fmt::format("remove `{}` from `requires.consent`: a tactic that builds "
                                       "consent must run without it",
                                       name(c)));
            if (require_risks_ && t.risks.empty())
                report("tactic-without-risks", t.where, t.path,
                       fmt::format("tactic `{}` names no risks", t.id),
                       "add `risks:` with what can go wrong when it runs, each as `- risk: ...` "
                       "with `mitigation: ...`, what the team does to prevent or catch it");
        }
    }

    /// Every rule of a market names its legal source and says where it was read; steps and
    /// tactics limited to markets name markets that exist.
    void check_markets() {
        for (const Market& m : r_.markets)
            for (const MarketRule& rule : m.rules) {
                if (rule.source.find_first_not_of(" \t") == std::string::npos) {
                    report("rule-without-source", rule.where, rule.path,
                           fmt::format("rule `{}` of market `{}` names no legal source", rule.id,
                                       m.id),
                           "add `source:` with the statute and section, e.g. \"UWG § 7 Abs. 3\"");
                } else if (rule.url.empty() && rule.source_note.empty()) {
                    report("rule-source-unread", rule.where, at(rule.path, "source"),
                           fmt::format("rule `{}` of market `{}` does not say where {} can be read",
                                       rule.id, m.id, rule.source),
                           "add `url:` where the wording is published, or `source_note:` saying "
                           "why it could not be read");
                }
            }
        std::vector<std::string> ids = ids_of(r_.markets);
        auto check = [&](const std::vector<Ref>& refs, const std::string& path) {
            for (std::size_t i = 0; i < refs.size(); ++i)
                if (!find_market(r_.markets, refs[i].id))
                    report("unknown-market", refs[i].where, at(path, "markets", i),
                           fmt::format("market `{}` does not exist{}", refs[i].id,
                                       did_you_mean(refs[i].id, ids)),
                           ids.empty() ? std::string("no roadmap in the chain defines `markets`; "
                                                     "extend one that does, e.g. `base`")
                                       : fmt::format("markets: {}", join(ids)));
        };
        for (const Tactic& t : r_.tactics) {
            check(t.markets, t.path);
            for (const Step& step : t.steps)
                check(step.markets, step.path);
        }
    }

    /// Each goal is judged by one KPI that its strategies measure, with a published figure
    /// or a reason why there is none.
    void check_primary_kpis() {
        for (const Goal& g : r_.goals) {
            if (g.primary_kpi.id.empty()) {
                report("missing-primary-kpi", g.where, g.path,
                       fmt::format("goal `{}` names no primary KPI", g.id),
                       "add `primary_kpi:` with the KPI a campaign for this goal is judged by");
                continue;
            }
            const Kpi* k = index_.kpi(g.primary_kpi.id);
            if (!resolve(g.primary_kpi, at(g.path, "primary_kpi"), k, "unknown-kpi", "KPI",
                         r_.kpis))
                continue;
            if (!measured_for(g, *k))
                report("primary-kpi-unmeasured", g.primary_kpi.where, at(g.path, "primary_kpi"),
                       fmt::format("no strategy serving goal `{}` measures KPI `{}`", g.id, k->id),
                       "name a KPI of one of the goal's strategies or their tactics");
            if (!k->benchmark && k->no_benchmark.empty())
                report("primary-kpi-unbenchmarked", k->where, k->path,
                       fmt::format("KPI `{}`, the primary KPI of goal `{}`, has no benchmark",
                                   k->id, g.id),
                       "add a sourced `benchmark:`, or `no_benchmark:` saying why none is "
                       "published");
        }
    }

    bool measured_for(const Goal& g, const Kpi& k) const {
        auto has = [&](const std::vector<Ref>& refs) {
            return std::any_of(refs.begin(), refs.end(),
                               [&](const Ref& r) { return r.id == k.id; });
        };
        for (const Strategy* s : index_.strategies_for(g)) {
            if (has(s->kpis))
                return true;
            for (const Ref& t : s->tactics)
                if (const Tactic* tactic = index_.tactic(t.id); tactic && has(tactic->kpis))
                    return true;
        }
        return false;
    }

    void check_kpis() {
        for (const Kpi& k : r_.kpis) {
            if (k.benchmark && resolve(k.benchmark->source, at(k.benchmark->path, "source"),
                                       index_.source(k.benchmark->source.id), "unknown-source",
                                       "source", r_.sources))
                used_sources_.insert(k.benchmark->source.id);
            if (k.benchmark && !k.no_benchmark.empty())
                report("benchmark-and-no-benchmark", k.where, at(k.path, "no_benchmark"),
                       fmt::format("KPI `{}` has a benchmark and says none is published", k.id),
                       "keep `benchmark` with its source, or `no_benchmark` alone");
            if (k.target && k.target->rule == TargetRule::benchmark && !k.benchmark)
                report(
                    "target-without-benchmark", k.target->where, k.target->path,
                    fmt::format("KPI `{}` takes its target from the benchmark, but has none", k.id),
                    "add a sourced `benchmark`, or use rule `relative` or `absolute`");
            check_regions(k);
        }
    }

    /// Each regional figure cites a source that exists, and no two of a KPI's figures claim
    /// the same region: a plan could not tell which one its market uses.
    void check_regions(const Kpi& k) {
        std::map<Region, const Benchmark*> seen;
        if (k.benchmark && k.benchmark->region)
            seen.emplace(*k.benchmark->region, &*k.benchmark);
        for (const Benchmark& b : k.regional_benchmarks) {
            if (resolve(b.source, at(b.path, "source"), index_.source(b.source.id),
                        "unknown-source", "source", r_.sources))
                used_sources_.insert(b.source.id);
            if (!b.region)
                continue;
            auto [first, fresh] = seen.emplace(*b.region, &b);
            if (!fresh)
                report("duplicate-benchmark-region", b.region_where, at(b.path, "region"),
                       fmt::format("KPI `{}` has two benchmarks for region `{}` (the other at "
                                   "line {})",
                                   k.id, name(*b.region), first->second->region_where.line),
                       "keep one figure per region and name the other in its `note`");
        }
    }

    /// Iterative depth-first search over `next` links; reports the link closing each cycle.
    void check_cycles() {
        enum class Mark { fresh, open, done };
        std::unordered_map<const Question*, Mark> mark;
        struct Frame {
            const Question* q;
            std::size_t option;
        };
        for (const Question& root : r_.questions) {
            if (mark[&root] != Mark::fresh)
                continue;
            std::vector<Frame> stack{{&root, 0}};
            mark[&root] = Mark::open;
            while (!stack.empty()) {
                Frame& top = stack.back();
                if (top.option == top.q->options.size()) {
                    mark[top.q] = Mark::done;
                    stack.pop_back();
                    continue;
                }
                const Option& o = top.q->options[top.option++];
                const Question* next = o.next ? index_.question(o.next->id) : nullptr;
                if (!next)
                    continue;
                Mark& m = mark[next];
                if (m == Mark::open) {
                    report("tree-cycle", o.next->where, at(o.path, "next"),
                           fmt::format("answer `{}` of question `{}` leads back to question "
                                       "`{}`, so the walk never ends",
                                       o.id, top.q->id, next->id),
                           "point `next` at a later question, or remove it to end the walk");
                } else if (m == Mark::fresh) {
                    m = Mark::open;
                    stack.push_back({next, 0});
                }
            }
        }
    }

    /// Which goals reach which questions, and which strategies their answers weight.
    void check_reach() {
        std::unordered_map<const Question*, std::set<std::string_view>> goals_of;
        for (const Goal& g : r_.goals)
            for (const Question* q : index_.tree(g))
                goals_of[q].insert(g.id);
        for (const Question& q : r_.questions) {
            auto it = goals_of.find(&q);
            if (it == goals_of.end()) {
                if (follow_on_.count("tree") || follow_on_.count("question:" + q.id))
                    continue;
                report("unreachable-question", q.where, q.path,
                       fmt::format("no goal's decision tree reaches question `{}`", q.id),
                       "name it in a goal's `start` or an option's `next`, or remove it");
                continue;
            }
            for (const Option& o : q.options)
                for (std::size_t i = 0; i < o.weights.size(); ++i)
                    if (const Strategy* s = index_.strategy(o.weights[i].strategy.id)) {
                        const Weight& w = o.weights[i];
                        bool serves = false;
                        for (const Ref& g : s->goals)
                            serves = serves || it->second.count(g.id);
                        if (!serves && !follow_on_.count("goals of:" + s->id))
                            report("weight-outside-goal", w.strategy.where,
                                   at(at(o.path, "weights", i), "strategy"),
                                   fmt::format("strategy `{}` serves none of the goals whose tree "
                                               "asks question `{}` ({})",
                                               s->id, q.id, join_set(it->second)),
                                   "add the goal to the strategy's `goals`, or drop the weight");
                    }
        }
        for (const Strategy& s : r_.strategies)
            for (std::size_t i = 0; i < s.goals.size(); ++i)
                if (const Goal* goal = index_.goal(s.goals[i].id);
                    goal && !follow_on_.count("tree") && !weighted(*goal, s))
                    report("unreached-strategy", s.goals[i].where, at(s.path, "goals", i),
                           fmt::format("strategy `{}` serves goal `{}`, but no answer in that "
                                       "goal's decision tree gives it points, so it always "
                                       "ranks last",
                                       s.id, goal->id),
                           "add a weight for it to an option the tree asks");
    }

    bool weighted(const Goal& goal, const Strategy& s) {
        auto& points = positive_[goal.id];
        if (points.empty()) {
            points.insert(""); // marks the goal as computed
            for (const Question* q : index_.tree(goal))
                for (const Option& o : q->options)
                    for (const Weight& w : o.weights)
                        if (w.points > 0)
                            points.insert(w.strategy.id);
        }
        return points.count(s.id) > 0;
    }

    static std::string join_set(const std::set<std::string_view>& words) {
        std::vector<std::string_view> v(words.begin(), words.end());
        return join(v);
    }

    /// The pilot and scale shares of a tactic's budget are all of it; a rule that
    /// leaves some unspent or spends more would make the split not add up.
    void check_budget() {
        if (!r_.budget)
            return;
        const model::BudgetRule& b = *r_.budget;
        if (b.pilot >= 0 && b.scale >= 0 && b.pilot + b.scale != 100)
            report("budget-phases", b.phases_where, at(b.path, "phases"),
                   fmt::format("the budget's phases add up to {}% (pilot {}% + scale {}%); they "
                               "must add up to 100%",
                               b.pilot + b.scale, b.pilot, b.scale),
                   fmt::format("e.g. `scale: {}`", std::max(0, 100 - b.pilot)));
    }

    void check_unused() {
        for (const Tactic& t : r_.tactics)
            if (!used_tactics_.count(t.id) && !follow_on_.count("tactic:" + t.id))
                report("unused-tactic", t.where, t.path,
                       fmt::format("no strategy uses tactic `{}`", t.id),
                       "list it in a strategy's `tactics`, or remove it");
        for (const Kpi& k : r_.kpis)
            if (!used_kpis_.count(k.id) && !follow_on_.count("KPI:" + k.id))
                report("unused-kpi", k.where, k.path,
                       fmt::format("no strategy or tactic measures KPI `{}`", k.id),
                       "list it in a strategy's or tactic's `kpis`, or remove it");
        bool figure_without_source = false; // then any source may be the one it meant
        for (const Kpi& k : r_.kpis)
            figure_without_source =
                figure_without_source || (k.benchmark && k.benchmark->source.id.empty()) ||
                std::any_of(k.regional_benchmarks.begin(), k.regional_benchmarks.end(),
                            [](const Benchmark& b) { return b.source.id.empty(); });
        for (const Source& s : r_.sources)
            if (!used_sources_.count(s.id) && !figure_without_source &&
                !follow_on_.count("source:" + s.id))
                report("unused-source", s.where, s.path,
                       fmt::format("no benchmark cites source `{}`", s.id),
                       "cite it from a KPI's `benchmark`, or remove it");
    }

    const Roadmap& r_;
    Index index_;
    const SourceFile* only_;
    Diagnostics& diagnostics_;
    bool require_risks_;
    std::unordered_set<std::string_view> used_tactics_, used_kpis_, used_sources_;
    std::unordered_map<std::string_view, std::unordered_set<std::string_view>> positive_;
    /// Warnings that an error already explains ("kind:id", "goals of:strategy", "tree").
    std::set<std::string> follow_on_;
};

} // namespace

void check_roadmap(const model::Roadmap& roadmap, const model::SourceFile* only,
                   model::Diagnostics& diagnostics, bool require_risks) {
    Checker(roadmap, only, diagnostics, require_risks).run();
    check_resource_names(roadmap, only, diagnostics);
}

} // namespace strat::validate
