// An industry's `drops`: inherited entities removed with every reference to them, and the
// mistakes a roadmap author can make with them.

#include "helpers.hpp"
#include "load/catalog.hpp"

#include <doctest/doctest.h>

using namespace strat;

namespace {

const char* base = R"(strat: 1
id: base
kind: base
name: Base
description: d
goals:
  - {id: retention, name: R, description: d, start: q1, primary_kpi: k1}
  - {id: referral, name: F, description: d, start: q2, primary_kpi: k1}
questions:
  - id: q1
    text: Q1?
    help: h
    default: a
    options:
      - {id: a, label: A, next: q2, weights: [{strategy: s1, points: 2, reason: r1},
                                              {strategy: s2, points: 1, reason: r2}]}
      - {id: b, label: B}
  - id: q2
    text: Q2?
    help: h
    default: x
    options:
      - {id: x, label: X}
      - {id: y, label: Y}
strategies:
  - {id: s1, name: S1, description: d, goals: [retention, referral], tactics: [t1, t2], kpis: [k1, k2]}
  - {id: s2, name: S2, description: d, goals: [retention], tactics: [t2], kpis: [k1]}
tactics:
  - {id: t1, name: T1, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: A}], kpis: [k2]}
  - {id: t2, name: T2, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: A}]}
kpis:
  - {id: k1, name: K1, description: d, unit: percent, direction: up, no_benchmark: n}
  - {id: k2, name: K2, description: d, unit: percent, direction: up}
)";

struct Resolved {
    load::Catalog catalog;
    model::Diagnostics diagnostics;
    std::optional<model::Roadmap> roadmap;
};

Resolved resolve(std::string industry) {
    Resolved r;
    r.catalog.add(load::parse_roadmap_text("base.yaml", base));
    const load::RoadmapFile& leaf = r.catalog.add(load::parse_roadmap_text("shop.yaml", industry));
    REQUIRE(leaf.roadmap);
    r.roadmap = r.catalog.resolve(leaf, r.diagnostics);
    return r;
}

const char* header = "strat: 1\nid: shop\nname: Shop\ndescription: d\nextends: base\n";

} // namespace

TEST_CASE("dropped entities go, with every reference to them") {
    Resolved r =
        resolve(std::string(header) +
                "drops: {goals: [referral], strategies: [s2], tactics: [t1], kpis: [k2]}\n");
    CHECK(test::brief(r.diagnostics) == "");
    REQUIRE(r.roadmap);
    CHECK(model::ids_of(r.roadmap->goals) == std::vector<std::string>{"retention"});
    CHECK(model::ids_of(r.roadmap->strategies) == std::vector<std::string>{"s1"});
    CHECK(model::ids_of(r.roadmap->tactics) == std::vector<std::string>{"t2"});
    CHECK(model::ids_of(r.roadmap->kpis) == std::vector<std::string>{"k1"});
    const model::Strategy& s1 = r.roadmap->strategies[0];
    CHECK(model::ids_of(s1.goals) == std::vector<std::string>{"retention"});
    CHECK(model::ids_of(s1.tactics) == std::vector<std::string>{"t2"});
    CHECK(model::ids_of(s1.kpis) == std::vector<std::string>{"k1"});
    const model::Option& a = r.roadmap->questions[0].options[0];
    REQUIRE(a.weights.size() == 1); // the weight for s2 went with it
    CHECK(a.weights[0].strategy.id == "s1");
}

TEST_CASE("dropping what is not inherited, or what the file defines, is an error") {
    Resolved r = resolve(std::string(header) + R"(drops: {strategies: [s3], kpis: [k3]}
kpis:
  - {id: k3, name: K3, description: d, unit: percent, direction: up}
)");
    CHECK(test::brief(r.diagnostics) ==
          "6:22: [E217 unknown-drop] `drops` names strategy `s3`, which no roadmap this one "
          "extends defines (did you mean `s1`?)\n"
          "6:34: [E218 drops-own] this roadmap drops KPI `k3` and also defines it\n");
}

TEST_CASE("a dropped question still asked through an inherited answer is an error") {
    Resolved r = resolve(std::string(header) + "drops: {questions: [q2]}\n");
    CHECK(test::brief(r.diagnostics) ==
          "6:21: [E217 unknown-drop] question `q2` is dropped but still asked: goal `referral` "
          "starts there (base.yaml:8:52); answer `a` of question `q1` leads there "
          "(base.yaml:15:33)\n");
}
