#include "validate/resource_names.hpp"

#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>

namespace strat::validate {
namespace {

using namespace model;

/// One use of an id: where it is written and its data path.
struct Use {
    Origin where;
    std::string path;
};

/// The tool or data uses of a roadmap, by id, in the order they are met.
struct Uses {
    std::map<std::string, std::vector<Use>, std::less<>> tooling, data;

    void requirements(const Requirements& needs, const std::string& path) {
        for (std::size_t i = 0; i < needs.tooling.size(); ++i)
            tooling[needs.tooling[i].id].push_back(
                {needs.tooling[i].where, fmt::format("{}.tooling[{}]", path, i)});
        for (std::size_t i = 0; i < needs.data.size(); ++i)
            data[needs.data[i].id].push_back(
                {needs.data[i].where, fmt::format("{}.data[{}]", path, i)});
    }

    /// An option's facts keep no position per key: the option's is the nearest.
    void facts(const Option& o) {
        for (const auto& [id, held] : o.facts.tooling)
            tooling[id].push_back({o.where, fmt::format("{}.facts.tooling.{}", o.path, id)});
        for (const auto& [id, held] : o.facts.data)
            data[id].push_back({o.where, fmt::format("{}.facts.data.{}", o.path, id)});
    }
};

Uses uses_of(const Roadmap& r) {
    Uses uses;
    for (const Question& q : r.questions)
        for (const Option& o : q.options) {
            for (std::size_t i = 0; i < o.weights.size(); ++i)
                uses.requirements(o.weights[i].requirements,
                                  fmt::format("{}.weights[{}].requires", o.path, i));
            uses.facts(o);
        }
    for (const Tactic& t : r.tactics)
        uses.requirements(t.requirements, t.path + ".requires");
    return uses;
}

void check(std::string_view section, std::string_view what,
           const std::map<std::string, std::vector<Use>, std::less<>>& used,
           const std::vector<Resource>& named, const Roadmap& roadmap, const SourceFile* only,
           Diagnostics& diagnostics) {
    auto mine = [&](const Origin& where) { return only == nullptr || where.file == only; };
    for (const auto& [id, list] : used) {
        if (std::any_of(named.begin(), named.end(), [&](const Resource& r) { return r.id == id; }))
            continue;
        auto first =
            std::find_if(list.begin(), list.end(), [&](const Use& u) { return mine(u.where); });
        if (first == list.end())
            continue; // used here only in what this roadmap extends: reported there
        std::size_t here = static_cast<std::size_t>(
            std::count_if(list.begin(), list.end(), [&](const Use& u) { return mine(u.where); }));
        diagnostics
            .add("unnamed-id", first->where,
                 fmt::format("{} `{}` has no name, so plans show the id to people{}", what, id,
                             here > 1 ? fmt::format(" (used {} times here)", here) : ""),
                 fmt::format("name it under `{}:` at the top level, e.g. `{}: {{name: \"...\"}}`, "
                             "here or in the roadmap this one extends",
                             section, id))
            .data_path = first->path;
    }
    if (roadmap.kind == RoadmapKind::base)
        return;
    std::vector<std::string> ids;
    for (const auto& [id, list] : used)
        ids.push_back(id);
    for (const Resource& r : named)
        if (mine(r.where) && used.find(r.id) == used.end())
            diagnostics
                .add("unused-name", r.where,
                     fmt::format("`{}` names `{}`, which no tactic or answer uses{}", section, r.id,
                                 util::did_you_mean(r.id, ids)),
                     "remove the name, or correct the id")
                .data_path = r.path;
}

} // namespace

void check_resource_names(const Roadmap& roadmap, const SourceFile* only,
                          Diagnostics& diagnostics) {
    Uses uses = uses_of(roadmap);
    check("tooling", "tool", uses.tooling, roadmap.tooling, roadmap, only, diagnostics);
    check("data", "data", uses.data, roadmap.data, roadmap, only, diagnostics);
}

} // namespace strat::validate
