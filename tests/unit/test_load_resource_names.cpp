// The names of tool and data ids (strat-roadmap(5), TOOLING AND DATA), issue 14: read and
// inherited, checked (W313 unnamed-id, W314 unused-name), translated, and what a plan shows
// instead of the id.

#include "engine/feasibility.hpp"
#include "helpers.hpp"
#include "model/translation.hpp"
#include "util/messages.hpp"
#include "validate/checks.hpp"
#include "validate/translations.hpp"

#include <doctest/doctest.h>

using namespace strat;
using strat::test::brief;

namespace {

const char* base = R"(strat: 1
id: base
kind: base
name: Base
description: d
tooling:
  marketing_automation: {name: "marketing automation"}
  ad_audience_sync:
    name: "customer lists synced to ad platforms"
    description: "Customer lists matched on the ad platforms."
data:
  purchase_history: {name: "purchase history"}
goals:
  - {id: winback, name: W, description: d, start: q1, primary_kpi: k1}
questions:
  - id: q1
    text: Q?
    help: h
    default: a
    options:
      - id: a
        label: A
        weights: [{strategy: s1, points: 2, reason: r}]
        facts: {tooling: {crm: true}}
      - id: b
        label: B
        weights:
          - {strategy: s1, points: 1, reason: r, requires: {data: [purchase_history]}}
strategies:
  - {id: s1, name: S1, description: d, goals: [winback], tactics: [t1, t2], kpis: [k1]}
tactics:
  - id: t1
    name: Winback series
    description: d
    channels: [email]
    effort: low
    cost: low
    requires: {tooling: [marketing_automation, crm], data: [purchase_history]}
    steps: [{day: 0, action: Send, channel: email}]
    risks: [{risk: r, mitigation: m}]
  - id: t2
    name: Ads to lapsed customers
    description: d
    channels: [paid_social]
    effort: low
    cost: low
    requires: {tooling: [ad_audience_sync, crm]}
    steps: [{day: 0, action: Show, channel: paid_social}]
    risks: [{risk: r, mitigation: m}]
kpis:
  - {id: k1, name: K1, description: d, unit: percent, direction: up, no_benchmark: n}
)";

const char* shop = R"(strat: 1
id: shop
name: Shop
description: d
extends: base
tooling:
  crm: {name: "CRM"}
  marketing_automation: {name: "email automation"}
  pos_system: {name: "till system"}
)";

struct Resolved {
    load::Catalog catalog;
    model::Diagnostics diagnostics;
    std::optional<model::Roadmap> roadmap;
    const load::RoadmapFile* leaf = nullptr;
};

void resolve(Resolved& r, std::string industry) {
    r.catalog.add(load::parse_roadmap_text("base.yaml", base));
    r.leaf = &r.catalog.add(load::parse_roadmap_text("shop.yaml", std::move(industry)));
    REQUIRE(r.leaf->roadmap);
    INFO(brief(r.leaf->diagnostics));
    REQUIRE(r.leaf->diagnostics.items().empty());
    r.roadmap = r.catalog.resolve(*r.leaf, r.diagnostics);
    REQUIRE(r.roadmap);
}

std::string check(const model::Roadmap& roadmap, const model::SourceFile* only) {
    model::Diagnostics diagnostics;
    validate::check_roadmap(roadmap, only, diagnostics);
    diagnostics.sort();
    return brief(diagnostics);
}

struct German {
    German() { util::set_language("de"); }
    ~German() { util::set_language("en"); }
};

} // namespace

TEST_CASE("tooling and data names are read, inherited, and an industry's replace the base's") {
    load::RoadmapFile file = load::parse_roadmap_text("base.yaml", base);
    INFO(brief(file.diagnostics));
    REQUIRE(file.diagnostics.items().empty());
    const model::Roadmap& r = *file.roadmap;
    REQUIRE(r.tooling.size() == 2);
    CHECK(r.tooling[1].id == "ad_audience_sync");
    CHECK(r.tooling[1].name == "customer lists synced to ad platforms");
    CHECK(r.tooling[1].description == "Customer lists matched on the ad platforms.");
    CHECK(r.tooling[1].path == "tooling.ad_audience_sync");
    CHECK(r.tooling[1].where.line == 8);
    CHECK(model::name_of(r.data, "purchase_history") == "purchase history");
    CHECK(model::name_of(r.data, "web_visits") == "web_visits"); // unnamed: the id

    Resolved merged;
    resolve(merged, shop);
    CHECK(model::name_of(merged.roadmap->tooling, "marketing_automation") == "email automation");
    CHECK(model::name_of(merged.roadmap->tooling, "crm") == "CRM");
    CHECK(model::name_of(merged.roadmap->tooling, "ad_audience_sync") ==
          "customer lists synced to ad platforms");
    CHECK(model::name_of(merged.roadmap->data, "purchase_history") == "purchase history");
}

TEST_CASE("a name must say something, and the entry is a mapping") {
    std::string text = std::string(test::minimal_header) + "tooling:\n  crm: {name: \"\"}\n"
                                                           "data:\n  orders: purchase history\n"
                                                           "  Orders: {name: x}\n";
    load::RoadmapFile file = test::parse(text);
    CHECK(brief(file.diagnostics) ==
          "6:15: [E102 missing-field] `name` is empty\n"
          "8:11: [E101 wrong-type] a tool or data name must be a mapping of `key: value` lines, "
          "found `purchase history`\n"
          "9:3: [E105 invalid-id] `Orders` is not a valid id\n");
}

TEST_CASE("unnamed-id: a tool or data id used without a name is W313, once, at its first use") {
    load::RoadmapFile file = load::parse_roadmap_text("base.yaml", base);
    CHECK(check(*file.roadmap, nullptr) ==
          "21:9: [W313 unnamed-id] tool `crm` has no name, so plans show the id to people (used "
          "3 times here)\n");

    // The industry names it: no warning there, and none for what only the base uses.
    Resolved merged;
    resolve(merged, shop);
    CHECK(check(*merged.roadmap, merged.leaf->file.get()) ==
          "9:3: [W314 unused-name] `tooling` names `pos_system`, which no tactic or answer "
          "uses\n");
}

TEST_CASE("unused-name: a base may name what only its industries use; an industry may not") {
    std::string named_base = base;
    named_base.insert(named_base.find("data:\n"),
                      "  crm: {name: CRM}\n  pos_system: {name: till}\n");
    load::RoadmapFile file = load::parse_roadmap_text("base.yaml", named_base);
    CHECK(check(*file.roadmap, nullptr) == "");
    std::string industry = named_base;
    industry.replace(industry.find("kind: base\n"), 11, "");
    file = load::parse_roadmap_text("shop.yaml", industry);
    CHECK(check(*file.roadmap, nullptr) ==
          "11:3: [W314 unused-name] `tooling` names `pos_system`, which no tactic or answer "
          "uses\n");
}

TEST_CASE("a plan names tools and data by their names, in English and in German") {
    load::RoadmapFile file = load::parse_roadmap_text("base.yaml", base);
    const model::Roadmap& r = *file.roadmap;
    const model::Tactic& series = r.tactics.at(0);
    const model::Tactic& ads = r.tactics.at(1);
    model::Facts facts;
    facts.tooling["ad_audience_sync"] = false;
    facts.tooling["crm"] = true;

    auto planned = std::get<engine::PlannedTactic>(engine::fit(series, facts, r));
    REQUIRE(planned.unsettled.size() == 2);
    CHECK(planned.unsettled[0].text == "purchase history");
    CHECK(planned.unsettled[1].text == "marketing automation");
    CHECK(std::get<engine::DroppedTactic>(engine::fit(ads, facts, r)).reason ==
          "it needs customer lists synced to ad platforms, which you do not have");
    facts.data["purchase_history"] = false;
    CHECK(std::get<engine::DroppedTactic>(engine::fit(series, facts, r)).reason ==
          "it needs purchase history, which you do not hold");
    CHECK(engine::contradicted(r.questions[0].options[1].weights[0].requirements, facts, r) ==
          "you have no purchase history");

    // German: the translation's names, in German sentences.
    load::RoadmapFile de = load::parse_roadmap_text(
        "de/base.yaml", "strat_translation: {of: base, lang: de}\n"
                        "tooling:\n"
                        "  ad_audience_sync: {name: Zielgruppen-Abgleich mit Werbeplattformen}\n"
                        "data:\n"
                        "  purchase_history: {name: Kaufhistorie}\n");
    REQUIRE(de.translation);
    model::Roadmap german_roadmap = r;
    CHECK(model::apply(*de.translation, german_roadmap) == 2);
    German german;
    CHECK(std::get<engine::DroppedTactic>(engine::fit(ads, facts, german_roadmap)).reason ==
          "sie setzt Zielgruppen-Abgleich mit Werbeplattformen voraus, was Ihnen fehlt");
    CHECK(std::get<engine::DroppedTactic>(engine::fit(series, facts, german_roadmap)).reason ==
          "sie setzt Kaufhistorie voraus, was Ihnen nicht vorliegt");
    CHECK(engine::contradicted(r.questions[0].options[1].weights[0].requirements, facts,
                               german_roadmap) == "es fehlt: Kaufhistorie");
}

TEST_CASE("a translation addresses names as tooling/<id>/name; an unknown id is E224") {
    load::RoadmapFile roadmap = load::parse_roadmap_text("base.yaml", base);
    load::RoadmapFile de = load::parse_roadmap_text(
        "de/base.yaml", "strat_translation: {of: base, lang: de}\n"
                        "tooling:\n"
                        "  marketing_automation: {name: Marketing-Automation}\n"
                        "  crm: {name: CRM-System}\n");
    REQUIRE(de.translation);
    model::Diagnostics found;
    validate::check_translation(*de.translation, &*roadmap.roadmap, {"base"}, found);
    found.sort();
    std::string out = brief(found);
    CHECK(out.find("4:3: [E224 unknown-translation]") != std::string::npos);
    CHECK(out.find("[W311 untranslated-text] the `name` of tool `ad_audience_sync` has no "
                   "translation in de/base.yaml\n") != std::string::npos);
    CHECK(out.find("the `description` of tool `ad_audience_sync`") != std::string::npos);
    CHECK(out.find("the `name` of data `purchase_history`") != std::string::npos);
}
