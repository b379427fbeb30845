#pragma once
/// The roadmap model: plain structs, no YAML, no I/O. One `Roadmap` is one file as
/// written; `resolve` (load layer) merges a chain of `extends` into one `Roadmap`
/// whose elements still point at the files they came from.

#include "model/market.hpp"
#include "model/origin.hpp"
#include "model/vocabulary.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace strat::model {

struct Source {
    std::string id;
    Origin where;
    std::string path; ///< data path in its file, e.g. "strategies[2]"
    std::string publisher;
    std::string title;
    int year = 0;
    std::string url;
    std::string citation;
    std::string note;
};

struct Goal {
    std::string id;
    Origin where;
    std::string path; ///< data path in its file, e.g. "strategies[2]"
    std::string name;
    std::string description;
    std::vector<Ref> aliases;
    Ref start;       ///< first question of the goal's decision tree
    Ref primary_kpi; ///< the KPI a campaign for this goal is judged by
};

/// What an answer tells about the company; also what a user states on the command line.
struct Facts {
    std::map<Channel, Consent> consent;
    std::map<Channel, bool> channels;
    std::map<std::string, bool> data;
    std::map<std::string, bool> tooling;
    std::optional<Level> budget;
    std::optional<Maturity> maturity;
    std::optional<Audience> audience;
};

/// What a tactic, or a weight's reason, relies on. For a tactic an unmet requirement
/// drops it from a plan; for a weight, one the facts contradict keeps it from counting.
struct Requirements {
    std::vector<Channel> channels; ///< channels that must be available
    std::vector<Channel> consent;  ///< channels whose marketing consent must not be none
    std::vector<Ref> data;         ///< data ids, named in the roadmap's `data:`
    std::vector<Ref> tooling;      ///< tool ids, named in the roadmap's `tooling:`
    std::optional<Level> budget;
    std::optional<Maturity> maturity;
    std::optional<Audience> audience;
};

struct Weight {
    Ref strategy;
    int points = 0;
    std::string reason;
    Requirements requirements; ///< `requires`: what the reason relies on
};

struct Option {
    std::string id;
    Origin where;
    std::string path; ///< data path in its file, e.g. "strategies[2]"
    std::string label;
    std::optional<Ref> next;
    std::vector<Weight> weights;
    Facts facts;
};

struct Question {
    std::string id;
    Origin where;
    std::string path; ///< data path in its file, e.g. "strategies[2]"
    std::string text;
    std::string help;
    Ref default_option;
    std::vector<Option> options;

    const Option* option(std::string_view id) const;
};

struct Strategy {
    std::string id;
    Origin where;
    std::string path; ///< data path in its file, e.g. "strategies[2]"
    std::string name;
    std::string description;
    std::vector<Ref> goals;
    std::vector<Ref> tactics;
    std::vector<Ref> kpis;
};

struct Step {
    Origin where;
    std::string path; ///< data path in its file, e.g. "strategies[2]"
    int day = 0;
    std::string action;
    std::optional<Channel> channel;
    Origin channel_where;
    std::string condition;
    StepKind kind = StepKind::marketing;
    std::vector<Ref> markets;        ///< only in these markets (empty: in every market)
    std::vector<Practice> practices; ///< what it does that a market may forbid
};

/// Something that can go wrong when a tactic runs, and what the team does about it.
struct Risk {
    Origin where;
    std::string path; ///< data path in its file, e.g. "tactics[3].risks[0]"
    std::string risk;
    std::string mitigation;
};

struct Tactic {
    std::string id;
    Origin where;
    std::string path; ///< data path in its file, e.g. "strategies[2]"
    std::string name;
    std::string description;
    std::vector<Channel> channels;
    Level effort = Level::low;
    Level cost = Level::low;
    Requirements requirements;     ///< `requires`
    std::vector<Channel> collects; ///< channels whose marketing consent it collects
    std::string trigger;
    std::vector<Step> steps;
    std::vector<Risk> risks; ///< `risks`: what can go wrong, each with its mitigation
    std::vector<Ref> kpis;
    /// `watches`: of its KPIs, those it is not meant to improve, only to keep from worsening
    /// by more than the team accepts (a required notice with a one-click cancel lowers
    /// conversion): a plan's test never claims they rise.
    std::vector<Ref> watches;
    std::vector<Ref> markets;        ///< only in these markets (empty: in every market)
    std::vector<Practice> practices; ///< what it does that a market may forbid
};

struct Benchmark {
    Origin where;
    std::string path;  ///< data path in its file, e.g. "strategies[2]"
    std::string value; ///< as written, so output shows the figure exactly as sourced
    double number = 0;
    Ref source;
    int year = 0;
    std::string segment;
    std::string note;
    /// Where it was measured, when the source says (`region`); unset for a general figure
    /// whose source does not say. Always set for a regional benchmark.
    std::optional<Region> region;
    Origin region_where;
};

struct Target {
    Origin where;
    std::string path; ///< data path in its file, e.g. "strategies[2]"
    TargetRule rule = TargetRule::benchmark;
    std::string change; ///< as written; empty for the benchmark rule
    double change_number = 0;
};

struct Kpi {
    std::string id;
    Origin where;
    std::string path; ///< data path in its file, e.g. "strategies[2]"
    std::string name;
    std::string description;
    Unit unit = Unit::percent;
    Direction direction = Direction::up;
    Cadence cadence = Cadence::monthly;
    Reading reading = Reading::period;  ///< for a count: per period, or a level
    std::optional<Benchmark> benchmark; ///< the general figure, used in every other market
    /// Figures measured in one region (`regional_benchmarks`), e.g. DACH; a plan for a market
    /// the region covers uses one of them instead of the general figure (benchmark_for).
    std::vector<Benchmark> regional_benchmarks;
    std::string no_benchmark; ///< why no figure is published, when there is no benchmark
    std::optional<Target> target;
};

/// How a plan splits a budget (`budget:`): conventions the roadmap states, not measured
/// figures. A tactic's share follows its cost level's weight; the reserve comes off the top.
struct BudgetRule {
    Origin where;
    std::string path;             ///< data path in its file: "budget"
    std::map<Level, int> weights; ///< points per tactic cost level, each above 0
    int reserve = 0;              ///< percent of the whole held back for tests
    int pilot = 0, scale = 0;     ///< percent of a tactic's share per phase (sum 100)
    Origin reserve_where, phases_where;
};

/// Inherited entities an industry says do not apply to it (removed when merged).
struct Drops {
    std::vector<Ref> goals, questions, strategies, tactics, kpis;
    bool empty() const {
        return goals.empty() && questions.empty() && strategies.empty() && tactics.empty() &&
               kpis.empty();
    }
};

/// A tool or kind of data that tactics and answers refer to by id (`tooling:` and `data:`
/// of a roadmap), with the name people read in place of the id.
struct Resource {
    std::string id;
    Origin where;
    std::string path; ///< data path in its file, e.g. "tooling.crm"
    std::string name;
    std::string description;
};

struct Roadmap {
    const SourceFile* file = nullptr; ///< the file this roadmap (or its top level) came from
    Origin where;
    Origin id_where;
    int format = 0;
    std::string id;
    RoadmapKind kind = RoadmapKind::industry;
    std::string name;
    std::string description;
    std::optional<Ref> extends;
    Reach audience = Reach::both;
    std::vector<Source> sources;
    std::vector<Goal> goals;
    std::vector<Question> questions;
    std::vector<Strategy> strategies;
    std::vector<Tactic> tactics;
    std::vector<Kpi> kpis;
    Drops drops;
    std::vector<Market> markets;      ///< the legal rules of each market (model/market.hpp)
    std::optional<BudgetRule> budget; ///< the most derived file's `budget:` wins whole
    std::vector<Resource> tooling;    ///< names of the tool ids used (`tooling:`)
    std::vector<Resource> data;       ///< names of the data ids used (`data:`)
    /// The files merged into this roadmap, most derived first (only after resolve).
    std::vector<const SourceFile*> chain;

    /// The goal with this id or alias. (Other lookups by id go through model::Index.)
    const Goal* goal_by_name(std::string_view id_or_alias) const;
    /// Every word goal_by_name accepts: goal ids, then aliases.
    std::vector<std::string> goal_names() const;
};

/// The figure a plan for `market` compares against: of the regional benchmarks covering the
/// market, the one for the market itself, else the one for its narrowest group (dach before
/// eu before global); the general benchmark when none covers it; null when there is none.
const Benchmark* benchmark_for(const Kpi& kpi, std::string_view market);

/// The name of tool or data id `id` in `named` (a roadmap's `tooling` or `data`), for
/// people to read; the id itself when the roadmap does not name it.
std::string_view name_of(const std::vector<Resource>& named, std::string_view id);

/// The ids of `items` (entities or references), in order: for messages and suggestions.
template <typename T> std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> ids;
    ids.reserve(items.size());
    for (const T& item : items)
        ids.push_back(item.id);
    return ids;
}

} // namespace strat::model
