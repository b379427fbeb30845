// The `markets` section: markets and their legal rules read from a roadmap, the mistakes an
// author can make with them, steps and tactics limited to markets, and the shipped rules.

#include "engine/feasibility.hpp"
#include "helpers.hpp"
#include "load/roadmap_bytes.hpp"
#include "validate/checks.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace strat;
using strat::test::brief;
using strat::test::minimal_header;
using strat::test::parse;

namespace {

/// Problems of the file alone (reading and ids), then of the checks.
std::string problems(const std::string& body) {
    load::RoadmapFile file = parse(std::string(minimal_header) + body);
    std::string out = brief(file.diagnostics);
    if (file.roadmap) {
        model::Diagnostics checked;
        validate::check_roadmap(*file.roadmap, nullptr, checked);
        checked.sort();
        out += brief(checked);
    }
    return out;
}

const char* one_market = R"(markets:
  - id: de
    name: Germany
    description: UWG and DSGVO.
    rules:
      - id: email-consent
        topic: consent
        channels: [email, sms]
        needs: prior_consent
        text: Advertising by email needs prior express consent.
        source: UWG § 7 Abs. 2 Nr. 2
        url: https://lxgesetze.de/uwg/7
      - id: existing-customers
        topic: existing_customer
        channels: [email]
        text: Customers may get emails about similar products.
        conditions: [email address received in a sale, own similar goods]
        source: UWG § 7 Abs. 3
        url: https://lxgesetze.de/uwg/7
      - id: cancel-button
        topic: required_element
        element: cancel_button
        forbids: [save_offer_before_cancel]
        text: A cancellation button leads directly to the confirmation page.
        source: BGB § 312k Abs. 2
        source_note: Read as quoted by a third party.
      - id: hours
        topic: quiet_hours
        channels: [phone]
        audience: b2c
        hours: "08:00-21:00"
        text: Calls between 8 a.m. and 9 p.m.
        source: 47 CFR § 64.1200(c)(1)
        url: https://example.org/cfr
)";

} // namespace

TEST_CASE("a market and its rules are read with every field") {
    load::RoadmapFile file = parse(std::string(minimal_header) + one_market);
    INFO(brief(file.diagnostics));
    REQUIRE(file.roadmap);
    CHECK(file.diagnostics.items().empty());
    REQUIRE(file.roadmap->markets.size() == 1);
    const model::Market& de = file.roadmap->markets[0];
    CHECK(de.id == "de");
    CHECK(de.name == "Germany");
    CHECK(de.description == "UWG and DSGVO.");
    CHECK(de.path == "markets[0]");
    CHECK(de.where.line == 6);
    REQUIRE(de.rules.size() == 4);

    const model::MarketRule& consent = de.rules[0];
    CHECK(consent.path == "markets[0].rules[0]");
    CHECK(consent.topic == model::RuleTopic::consent);
    CHECK(consent.channels == std::vector{model::Channel::email, model::Channel::sms});
    CHECK(consent.needs == model::ContactBasis::prior_consent);
    CHECK(model::cite(consent) == "UWG § 7 Abs. 2 Nr. 2");
    CHECK(consent.url == "https://lxgesetze.de/uwg/7");

    CHECK(de.rules[1].conditions ==
          std::vector<std::string>{"email address received in a sale", "own similar goods"});
    CHECK(de.rules[2].element == model::Element::cancel_button);
    CHECK(de.rules[2].forbids == std::vector{model::Practice::save_offer_before_cancel});
    CHECK(de.rules[2].source_note == "Read as quoted by a third party.");
    CHECK(de.rules[3].hours == "08:00-21:00");
    CHECK(de.rules[3].audience == model::Audience::b2c);

    CHECK(model::find_market(file.roadmap->markets, "de") == &de);
    CHECK(model::find_market(file.roadmap->markets, "uk") == nullptr);
    CHECK(model::forbidding(de, model::Practice::save_offer_before_cancel) == &de.rules[2]);
    CHECK(model::forbidding(de, model::Practice::cold_call) == nullptr);
    const model::Channel phone[] = {model::Channel::phone};
    CHECK(model::concerns(de.rules[2], phone)); // no channels: concerns every plan
    CHECK_FALSE(model::concerns(de.rules[0], phone));
}

TEST_CASE("the model of a market survives the built-in cache") {
    load::RoadmapFile file = parse(std::string(minimal_header) + one_market);
    REQUIRE(file.roadmap);
    const model::SourceFile* files[] = {file.file.get()};
    std::string bytes = load::serialize_roadmap(*file.roadmap, files);
    auto back = load::deserialize_roadmap(bytes, files);
    REQUIRE(back);
    REQUIRE(back->markets.size() == 1);
    CHECK(back->markets[0].rules[1].conditions == file.roadmap->markets[0].rules[1].conditions);
    CHECK(load::serialize_roadmap(*back, files) == bytes);
}

TEST_CASE("validate: every rule names a legal source and where it was read") {
    CHECK(problems(R"(markets:
  - id: de
    name: Germany
    rules:
      - {id: a, topic: opt_out, text: Objection at any time.}
      - {id: b, topic: opt_out, text: Objection at any time., source: "  "}
      - {id: c, topic: opt_out, text: Objection at any time., source: DSGVO Art. 21}
      - {id: d, topic: opt_out, text: Objection at any time., source: DSGVO Art. 21, source_note: not found}
)") == "9:9: [E222 rule-without-source] rule `a` of market `de` names no legal source\n"
       "10:9: [E222 rule-without-source] rule `b` of market `de` names no legal source\n"
       "11:9: [W310 rule-source-unread] rule `c` of market `de` does not say where DSGVO "
       "Art. 21 can be read\n");
}

TEST_CASE("a rule states what its topic needs, and only that") {
    CHECK(problems(R"(markets:
  - id: uk
    name: UK
    rules:
      - {id: a, topic: consent, text: t, source: s, url: u}
      - {id: b, topic: opt_out, needs: prior_consent, text: t, source: s, url: u}
      - {id: c, topic: required_element, text: t, source: s, url: u}
      - {id: d, topic: quiet_hours, hours: 8-21, text: t, source: s, url: u}
      - {id: e, topic: consent, needs: opt_in, forbids: [cold_calls], text: t, source: s, url: u}
)") == "9:9: [E102 missing-field] a `consent` rule needs `needs`\n"
       "10:33: [E103 unknown-key] `needs` has no meaning for `opt_out` rules\n"
       "11:9: [E102 missing-field] a `required_element` rule needs `element`\n"
       "12:44: [E104 invalid-value] `hours` must be written HH:MM-HH:MM, found `8-21`\n"
       "13:40: [E104 invalid-value] `needs` cannot be `opt_in`\n"
       "13:58: [E104 invalid-value] `forbids` cannot be `cold_calls` (did you mean "
       "`cold_call`?)\n");
}

TEST_CASE("market ids are unique, and rule ids within their market") {
    CHECK(problems(R"(markets:
  - id: de
    name: Germany
    rules:
      - {id: a, topic: opt_out, text: t, source: s, url: u}
      - {id: a, topic: opt_out, text: t, source: s, url: u}
  - id: de
    name: Germany again
    rules:
      - {id: a, topic: opt_out, text: t, source: s, url: u}
)") == "10:9: [E201 duplicate-id] rule id `a` is already used in market `de` at line 9\n"
       "11:5: [E201 duplicate-id] market id `de` is already used at line 6\n");
}

TEST_CASE("steps and tactics limited to markets name markets that exist") {
    std::string body = std::string(one_market) + R"(tactics:
  - id: t1
    name: T1
    description: d
    channels: [web]
    effort: low
    cost: low
    markets: [uk]
    practices: [save_offer_before_cancel]
    steps:
      - {day: 0, action: A, markets: [de, ed]}
)";
    load::RoadmapFile file = parse(std::string(minimal_header) + body);
    REQUIRE(file.roadmap);
    const model::Tactic& t = file.roadmap->tactics.at(0);
    CHECK(t.practices == std::vector{model::Practice::save_offer_before_cancel});
    REQUIRE(t.steps.at(0).markets.size() == 2);
    CHECK(t.steps[0].markets[1].id == "ed");
    std::string found = problems(body);
    CHECK(found.find("[E223 unknown-market] market `uk` does not exist\n") != std::string::npos);
    CHECK(found.find("[E223 unknown-market] market `ed` does not exist\n") != std::string::npos);
}

TEST_CASE("an industry inherits the markets of what it extends and may replace one") {
    load::Catalog catalog;
    catalog.add(load::parse_roadmap_text(
        "rules.yaml",
        std::string("strat: 1\nid: rules\nkind: base\nname: R\ndescription: d\n") + one_market));
    const load::RoadmapFile& shop = catalog.add(load::parse_roadmap_text("shop.yaml", R"(strat: 1
id: shop
name: Shop
description: d
extends: rules
markets:
  - id: de
    name: Deutschland
    rules:
      - {id: only, topic: opt_out, text: t, source: s, url: u}
  - id: uk
    name: United Kingdom
    rules:
      - {id: only, topic: opt_out, text: t, source: s, url: u}
)"));
    model::Diagnostics diagnostics;
    auto merged = catalog.resolve(shop, diagnostics);
    REQUIRE(merged);
    CHECK(diagnostics.items().empty());
    REQUIRE(merged->markets.size() == 2);
    CHECK(merged->markets[0].name == "Deutschland"); // replaced whole, in place
    CHECK(merged->markets[0].rules.size() == 1);
    CHECK(merged->markets[1].id == "uk");
}

TEST_CASE("the shipped markets: de, at, ch, eu, uk, us, every rule sourced") {
    load::Catalog catalog = load::load_catalog({}, {}).catalog;
    auto travel = catalog.resolve_verified("travel");
    REQUIRE(travel);
    std::set<std::string> ids;
    for (const model::Market& m : travel->markets) {
        ids.insert(m.id);
        CHECK_FALSE(m.rules.empty());
        for (const model::MarketRule& r : m.rules) {
            CAPTURE(m.id);
            CAPTURE(r.id);
            CHECK_FALSE(r.source.empty());
            CHECK((!r.url.empty() || !r.source_note.empty()));
        }
    }
    CHECK(ids == std::set<std::string>{"at", "ch", "de", "eu", "uk", "us"});
    const model::Market* de = model::find_market(travel->markets, "de");
    REQUIRE(de);
    CHECK(model::forbidding(*de, model::Practice::cold_call));
    CHECK(model::forbidding(*de, model::Practice::save_offer_before_cancel));
    const model::Market* uk = model::find_market(travel->markets, "uk");
    REQUIRE(uk);
    CHECK_FALSE(model::forbidding(*uk, model::Practice::cold_call));
}

TEST_CASE("a plan's market leaves out what it forbids and what is written for other markets") {
    load::RoadmapFile file = parse(std::string(minimal_header) + one_market + R"(  - id: uk
    name: United Kingdom
    rules:
      - {id: calls, topic: consent, channels: [phone], needs: no_objection, text: t, source: s, url: u}
  - id: at
    name: Austria
    rules:
      - {id: calls, topic: consent, channels: [phone], audience: b2c, needs: prior_consent, forbids: [cold_call], text: t, source: TKG 2021 § 174, url: u}
tactics:
  - id: cancel_flow
    name: Cancel flow
    description: d
    channels: [web]
    effort: low
    cost: low
    steps:
      - {day: 0, channel: web, practices: [save_offer_before_cancel], action: Offer a pause}
      - {day: 0, channel: web, kind: service, action: Cancel at once}
      - {day: 0, channel: web, markets: [uk], action: Name the UK switching service}
  - id: telesales
    name: Telesales
    description: d
    channels: [phone]
    effort: low
    cost: low
    practices: [cold_call]
    steps:
      - {day: 0, channel: phone, action: Call}
)");
    INFO(brief(file.diagnostics));
    REQUIRE(file.roadmap);
    const model::Roadmap& r = *file.roadmap;
    const model::Market* de = model::find_market(r.markets, "de");
    const model::Market* uk = model::find_market(r.markets, "uk");
    const model::Market* at = model::find_market(r.markets, "at");
    REQUIRE((de && uk && at));
    const model::Tactic& cancel = r.tactics.at(0);
    const model::Tactic& telesales = r.tactics.at(1);
    model::Facts facts;

    auto planned = std::get<engine::PlannedTactic>(engine::fit(cancel, facts, r, de));
    CHECK(planned.steps.size() == 1);
    CHECK(planned.removed_steps ==
          std::vector<std::string>{
              "day 0 step left out: Germany does not allow an offer or question between the "
              "cancel button and the cancellation (rule cancel-button, BGB § 312k Abs. 2)"});
    // A step written for other markets is not part of the plan: not listed as left out.

    planned = std::get<engine::PlannedTactic>(engine::fit(cancel, facts, r, uk));
    CHECK(planned.steps.size() == 3);
    CHECK(planned.removed_steps.empty());

    planned = std::get<engine::PlannedTactic>(
        engine::fit(cancel, facts, r, nullptr)); // no market: no market rules
    CHECK(planned.steps.size() == 3);

    // A rule for consumers forbids when the audience is consumers or not known, not for b2b.
    auto dropped = std::get<engine::DroppedTactic>(engine::fit(telesales, facts, r, at));
    CHECK(dropped.reason == "Austria does not allow marketing calls to people who have not "
                            "agreed to them (rule calls, TKG 2021 § 174)");
    facts.audience = model::Audience::b2b;
    CHECK(std::holds_alternative<engine::PlannedTactic>(engine::fit(telesales, facts, r, at)));
    CHECK(std::holds_alternative<engine::PlannedTactic>(engine::fit(telesales, facts, r, uk)));
}
