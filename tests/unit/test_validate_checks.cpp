// Semantic checks on a resolved roadmap: references, trees, unused entities.

#include "helpers.hpp"
#include "validate/checks.hpp"

#include <doctest/doctest.h>

using strat::test::brief;
using strat::test::minimal_header;
using strat::test::parse;

namespace {

std::string check(const std::string& text) {
    auto file = parse(text);
    INFO(brief(file.diagnostics));
    REQUIRE(file.roadmap);
    strat::model::Diagnostics diagnostics;
    strat::validate::check_roadmap(*file.roadmap, nullptr, diagnostics);
    diagnostics.sort();
    return brief(diagnostics);
}

const char* tree = R"(goals:
  - {id: retention, name: R, description: d, aliases: [loyalty], start: q1, primary_kpi: k1}
questions:
  - id: q1
    text: Q1?
    help: h
    default: a
    options:
      - {id: a, label: A, next: q2, weights: [{strategy: s1, points: 2, reason: r}]}
      - {id: b, label: B, weights: [{strategy: s2, points: 1, reason: r}]}
  - id: q2
    text: Q2?
    help: h
    default: x
    options:
      - {id: x, label: X}
      - {id: y, label: Y}
strategies:
  - {id: s1, name: S1, description: d, goals: [retention], tactics: [t1], kpis: [k1]}
  - {id: s2, name: S2, description: d, goals: [retention], tactics: [t1], kpis: [k1]}
tactics:
  - id: t1
    name: T1
    description: d
    channels: [email]
    effort: low
    cost: low
    steps: [{day: 0, action: Send}]
    risks: [{risk: r, mitigation: m}]
kpis:
  - {id: k1, name: K1, description: d, unit: percent, direction: up, no_benchmark: n}
)";

} // namespace

TEST_CASE("a consistent roadmap has no findings") {
    CHECK(check(std::string(minimal_header) + tree) == "");
}

TEST_CASE("dangling references name the closest existing id") {
    std::string text = std::string(minimal_header) + tree;
    text.replace(text.find("tactics: [t1], kpis: [k1]}\n  - {id: s2"), 14, "tactics: [t2],");
    CHECK(check(text) ==
          "23:70: [E208 unknown-tactic] tactic `t2` does not exist (did you mean `t1`?)\n");
}

TEST_CASE("a default that is not an option") {
    std::string text = std::string(minimal_header) + tree;
    text.replace(text.find("default: x"), 10, "default: z");
    CHECK(check(text) == "18:14: [E206 unknown-option] default `z` is not an option of question "
                         "`q2` (did you mean `x`?)\n");
}

TEST_CASE("cycles in the tree are found at the closing link") {
    std::string text = std::string(minimal_header) + tree;
    text.replace(text.find("{id: y, label: Y}"), 17, "{id: y, label: Y, next: q1}");
    CHECK(check(text) == "21:33: [E212 tree-cycle] answer `y` of question `q2` leads back to "
                         "question `q1`, so the walk never ends\n");
}

TEST_CASE("unreachable questions, unweighted strategies and unused entities are warnings") {
    std::string text = std::string(minimal_header) + tree;
    // q1 no longer leads to q2, and s2 loses its only weight.
    text.replace(text.find("next: q2, "), 10, "");
    text.replace(text.find("weights: [{strategy: s2, points: 1, reason: r}]"), 47, "next: q1");
    text += "  - {id: k2, name: K2, description: d, unit: count, direction: down}\n";
    CHECK(check(text) ==
          "14:33: [E212 tree-cycle] answer `b` of question `q1` leads back to question `q1`, so "
          "the walk never ends\n"
          "15:5: [W301 unreachable-question] no goal's decision tree reaches question `q2`\n"
          "24:48: [W302 unreached-strategy] strategy `s2` serves goal `retention`, but no answer "
          "in that goal's decision tree gives it points, so it always ranks last\n"
          "36:5: [W304 unused-kpi] no strategy or tactic measures KPI `k2`\n");
}

TEST_CASE("a tactic without risks is a warning") {
    std::string text = std::string(minimal_header) + tree;
    text.erase(text.find("    risks: "),
               std::string_view("    risks: [{risk: r, mitigation: m}]\n").size());
    CHECK(check(text) == "26:5: [W312 tactic-without-risks] tactic `t1` names no risks\n");
}

TEST_CASE("an alias may not shadow a goal id") {
    std::string text = std::string(minimal_header) + tree;
    text.replace(text.find("aliases: [loyalty]"), 18, "aliases: [retention]");
    CHECK(check(text) == "6:56: [E211 duplicate-alias] alias `retention` of goal `retention` is "
                         "already a goal id\n");
}

namespace {

// Issue 14: a KPI with a general benchmark and figures measured in one region.
std::string with_regions(std::string_view regional) {
    std::string text = std::string(minimal_header) + tree;
    text.replace(text.find("  - {id: k1,"), std::string::npos,
                 "  - id: k1\n"
                 "    name: K1\n"
                 "    description: d\n"
                 "    unit: percent\n"
                 "    direction: up\n"
                 "    benchmark: {value: 20, source: s, year: 2022, region: us}\n"
                 "    regional_benchmarks:\n"
                 "      - {region: dach, value: 30.1, source: s, year: 2021}\n"
                 "      - {region: de, value: 32.88, source: s, year: 2024}\n");
    text += regional;
    text += "sources:\n  - {id: s, publisher: P, title: T, year: 2022, url: https://example.org}\n";
    return text;
}

} // namespace

TEST_CASE("regional benchmarks are read with their region; the general one keeps its own") {
    auto file = parse(with_regions(""));
    REQUIRE(file.roadmap);
    CHECK(brief(file.diagnostics) == "");
    const strat::model::Kpi& k = file.roadmap->kpis.at(0);
    REQUIRE(k.benchmark);
    CHECK(k.benchmark->region == strat::model::Region::us);
    REQUIRE(k.regional_benchmarks.size() == 2);
    CHECK(k.regional_benchmarks[0].value == "30.1");
    CHECK(k.regional_benchmarks[0].region == strat::model::Region::dach);
    CHECK(k.regional_benchmarks[0].path == "kpis[0].regional_benchmarks[0]");
    CHECK(k.regional_benchmarks[1].region == strat::model::Region::de);
    CHECK(k.regional_benchmarks[1].year == 2024);
    CHECK(check(with_regions("")) == "");
}

TEST_CASE("two benchmarks of a KPI for one region, and a regional one citing no known source") {
    std::string text = with_regions("      - {region: us, value: 21, source: s, year: 2023}\n"
                                    "      - {region: dach, value: 31, source: inxmail, year: "
                                    "2022}\n");
    // The general figure's region counts too: `us` is taken by it (line 40).
    CHECK(check(text) == "44:18: [E226 duplicate-benchmark-region] KPI `k1` has two benchmarks "
                         "for region `us` (the other at line 40)\n"
                         "45:18: [E226 duplicate-benchmark-region] KPI `k1` has two benchmarks "
                         "for region `dach` (the other at line 42)\n"
                         "45:43: [E210 unknown-source] source `inxmail` does not exist\n");
}

TEST_CASE("a regional benchmark needs a known region and a source") {
    auto typo = parse(with_regions("      - {region: dah, value: 21, source: s, year: 2023}\n"));
    CHECK(brief(typo.diagnostics) ==
          "44:18: [E104 invalid-value] `region` cannot be `dah` (did you mean `dach`?)\n");
    REQUIRE(typo.diagnostics.items().size() == 1);
    CHECK(typo.diagnostics.items()[0].hint == "use one of: global, eu, dach, de, at, ch, uk, us");
    auto unsourced = parse(with_regions("      - {region: at, value: 21, year: 2023}\n"));
    CHECK(brief(unsourced.diagnostics) ==
          "44:9: [E213 figure-without-source] this benchmark figure names no source\n");
    auto unplaced = parse(with_regions("      - {value: 21, source: s, year: 2023}\n"));
    CHECK(brief(unplaced.diagnostics) ==
          "44:9: [E102 missing-field] regional benchmark is missing the required key `region`\n");
}
