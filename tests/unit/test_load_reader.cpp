// The reader: a document checked against the format tables and turned into the model.

#include "helpers.hpp"

#include <doctest/doctest.h>

using strat::test::brief;
using strat::test::minimal_header;
using strat::test::parse;

TEST_CASE("a minimal roadmap reads cleanly") {
    auto file = parse(minimal_header);
    CHECK(brief(file.diagnostics) == "");
    REQUIRE(file.roadmap);
    CHECK(file.roadmap->id == "demo");
    CHECK(file.roadmap->kind == strat::model::RoadmapKind::industry);
}

TEST_CASE("unknown keys get a did-you-mean and the list of valid keys") {
    auto file = parse(std::string(minimal_header) + "goal:\n  - id: x\n");
    REQUIRE(file.diagnostics.items().size() == 1);
    const auto& d = file.diagnostics.items()[0];
    CHECK(brief(file.diagnostics) ==
          "5:1: [E103 unknown-key] unknown key `goal` in roadmap (did you mean `goals`?)\n");
    CHECK(d.hint ==
          "a roadmap has the keys: strat, id, kind, name, description, extends, "
          "audience, sources, goals, questions, strategies, tactics, kpis, drops, budget, "
          "markets, tooling, data");
    CHECK(d.data_path == "goal");
}

TEST_CASE("wrong types, bad words and bad ids are reported where they are") {
    auto file = parse(std::string(minimal_header) + R"(kpis:
  - id: Open-Rate
    name: [x]
    description: d
    unit: percnt
    direction: up
    benchmark: {value: "20.2", source: cm, year: 2022}
)");
    CHECK(brief(file.diagnostics) ==
          "6:9: [E105 invalid-id] `Open-Rate` is not a valid id\n"
          "7:11: [E101 wrong-type] `name` must be text, found a list\n"
          "9:11: [E104 invalid-value] `unit` cannot be `percnt` (did you mean `percent`?)\n"
          "11:24: [E101 wrong-type] `value` must be a number, found the quoted text `\"20.2\"`\n");
    CHECK(file.diagnostics.items()[2].data_path == "kpis[0].unit");
}

TEST_CASE("a benchmark figure without a source has its own rule") {
    auto file = parse(std::string(minimal_header) + R"(kpis:
  - id: ctr
    name: Click rate
    description: d
    unit: percent
    direction: up
    benchmark: {value: 1.4, year: 2022}
)");
    CHECK(brief(file.diagnostics) ==
          "11:16: [E213 figure-without-source] this benchmark figure names no source\n");
}

TEST_CASE("format version, ranges and empty values") {
    auto file = parse(R"(strat: 2
id: demo
name:
description: d
questions:
  - id: q
    text: Q?
    help: h
    default: a
    options:
      - id: a
        label: A
        weights: [{strategy: s, points: 11, reason: r}]
)");
    CHECK(brief(file.diagnostics) ==
          "1:8: [E106 unsupported-version] roadmap format 2 is not supported\n"
          "3:1: [E102 missing-field] `name` has no value\n"
          "11:7: [E108 empty-list] `options` needs at least 2 entries\n"
          "13:41: [E107 out-of-range] `points` is 11; it must be from -10 to 10\n");
}

TEST_CASE("facts and requirements read channels and levels") {
    auto file = parse(std::string(minimal_header) + R"(tactics:
  - id: t
    name: T
    description: d
    channels: [email, sms]
    effort: low
    cost: medium
    requires: {consent: [email, sms], data: [purchase_history], maturity: intermediate}
    steps:
      - {day: 0, action: Send, channel: email}
questions:
  - id: q
    text: Q?
    help: h
    default: a
    options:
      - {id: a, label: A, facts: {consent: {email: held, fax: none}, budget: low}}
      - {id: b, label: B}
)");
    CHECK(brief(file.diagnostics) == "21:58: [E104 invalid-value] `consent` cannot be `fax`\n");
    REQUIRE(file.roadmap);
    const auto& t = file.roadmap->tactics.at(0);
    CHECK(t.requirements.consent.size() == 2);
    CHECK(t.requirements.maturity == strat::model::Maturity::intermediate);
    const auto& facts = file.roadmap->questions.at(0).options.at(0).facts;
    CHECK(facts.consent.at(strat::model::Channel::email) == strat::model::Consent::held);
    CHECK(facts.budget == strat::model::Level::low);
}
