// The shipped roadmaps as product: every industry plans every goal with the defaults,
// different answers lead to different plans, and every figure names its source.
// That they are valid is not tested here: the build checks it, once (strat_embed refuses
// any error or warning in them, as `strat validate --strict` reports them).

#include "engine/plan.hpp"
#include "load/catalog.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <functional>
#include <set>

using namespace strat;

namespace {

struct Shipped {
    load::Catalog catalog;
    std::vector<model::Roadmap> industries;
};

const Shipped& shipped() {
    static const Shipped s = [] {
        Shipped out;
        out.catalog = load::load_catalog({}, {}).catalog;
        for (const std::string& id : out.catalog.industry_ids()) {
            model::Diagnostics d;
            auto merged = out.catalog.resolve(*out.catalog.find(id), d);
            REQUIRE(merged);
            out.industries.push_back(std::move(*merged));
        }
        return out;
    }();
    return s;
}

/// Every complete path through the goal's tree (each option of each question asked).
void each_path(const model::Index& index, const model::Question* q,
               std::vector<model::GivenAnswer>& path,
               const std::function<void(const std::vector<model::GivenAnswer>&)>& visit) {
    if (q == nullptr) {
        visit(path);
        return;
    }
    for (const model::Option& o : q->options) {
        path.push_back({model::Ref{q->id, {}}, model::Ref{o.id, {}}, model::AnswerSource::flag});
        each_path(index, o.next ? index.question(o.next->id) : nullptr, path, visit);
        path.pop_back();
    }
}

std::string top_strategy(const model::Index& index, const model::Goal& goal,
                         const std::vector<model::GivenAnswer>& answers) {
    engine::PlanRequest request;
    request.goal = &goal;
    request.walk = engine::walk_tree(index, goal, answers, nullptr);
    engine::Plan plan = engine::make_plan(index, request);
    return plan.ranked.empty() ? "" : plan.ranked.front().strategy->id;
}

} // namespace

TEST_CASE("every benchmark figure names a source that exists, with the year of its data") {
    for (const model::Roadmap& r : shipped().industries) {
        model::Index index(r);
        for (const model::Kpi& k : r.kpis) {
            if (!k.benchmark)
                continue;
            CAPTURE(fmt::format("{} / {}", r.id, k.id));
            const model::Source* source = index.source(k.benchmark->source.id);
            REQUIRE(source != nullptr);
            CHECK_FALSE(source->publisher.empty());
            CHECK(source->year >= 1990);
            CHECK(k.benchmark->year >= 1990);
            CHECK(k.benchmark->year <= source->year + 1);
        }
    }
}

TEST_CASE("every industry has at least 7 goals and plans each of them with the defaults") {
    for (const model::Roadmap& r : shipped().industries) {
        CAPTURE(r.id);
        CHECK(r.goals.size() >= 7);
        model::Index index(r);
        for (const model::Goal& g : r.goals) {
            CAPTURE(g.id);
            engine::PlanRequest request;
            request.goal = &g;
            request.walk = engine::walk_tree(index, g, {}, nullptr);
            CHECK(request.walk.answers.size() >= 3);
            engine::Plan plan = engine::make_plan(index, request);
            REQUIRE(plan.ranked.size() >= 3);
            CHECK(plan.ranked.front().feasible());
        }
    }
}

TEST_CASE("different answers lead to different top strategies, for every goal of every industry") {
    for (const model::Roadmap& r : shipped().industries) {
        model::Index index(r);
        for (const model::Goal& g : r.goals) {
            std::set<std::string> tops;
            std::vector<model::GivenAnswer> path;
            each_path(index, index.question(g.start.id), path,
                      [&](const auto& answers) { tops.insert(top_strategy(index, g, answers)); });
            CAPTURE(fmt::format("{} / {}", r.id, g.id));
            CHECK(tops.size() >= 2);
        }
    }
}
