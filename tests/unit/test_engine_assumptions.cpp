// What a plan rests on (engine/assumptions.hpp) and who does what per tactic (the RACI
// fill-ins of engine/campaign.hpp), derived from a small roadmap's plan.

#include "engine/campaign.hpp"
#include "engine/plan.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>

using namespace strat;

namespace {

const char* roadmap_text = R"(strat: 1
id: shop
name: Shop
description: d
goals:
  - {id: retention, name: Retention, description: d, start: q1, primary_kpi: k}
questions:
  - id: q1
    text: Consent?
    help: h
    default: unsure
    options:
      - {id: yes, label: For most, next: q2, facts: {consent: {email: held}}}
      - {id: unsure, label: For some, next: q2, facts: {consent: {email: partial}}}
  - id: q2
    text: Stores?
    help: h
    default: many
    options:
      - {id: many, label: Many, weights: [{strategy: till_first, points: 2, reason: stores}]}
      - {id: few, label: Few, weights: [{strategy: email_first, points: 3, reason: online}]}
strategies:
  - {id: till_first, name: Till, description: d, goals: [retention], tactics: [card, mail], kpis: [k]}
  - {id: email_first, name: Email, description: d, goals: [retention], tactics: [mail], kpis: [k]}
tactics:
  - id: card
    name: Card
    description: d
    channels: [point_of_sale]
    effort: low
    cost: low
    steps: [{day: 0, action: Hand out, channel: point_of_sale}]
    kpis: [k]
  - id: mail
    name: Mail
    description: d
    channels: [email, sms]
    effort: low
    cost: low
    steps:
      - {day: 0, action: Confirm the order, channel: email, kind: service}
      - {day: 1, action: Email, channel: email}
    kpis: [k, other]
  - id: optin
    name: Opt-in at the till
    description: d
    channels: [point_of_sale]
    effort: low
    cost: low
    collects: [email]
    steps: [{day: 0, action: Ask at the till, channel: point_of_sale}]
    kpis: [optins]
kpis:
  - {id: k, name: Repeat rate, description: d, unit: percent, direction: up,
     no_benchmark: none published, target: {rule: relative, change: 10}}
  - {id: other, name: Other, description: d, unit: percent, direction: up, no_benchmark: none}
  - {id: optins, name: Opt-ins, description: d, unit: count, direction: up, no_benchmark: none}
)";

struct Fixture {
    load::RoadmapFile file = test::parse(roadmap_text);
    model::Index index{*file.roadmap};
    const model::Goal& goal = file.roadmap->goals.at(0);

    engine::Plan plan(std::vector<model::GivenAnswer> given) {
        engine::PlanRequest request;
        request.goal = &goal;
        request.walk = engine::walk_tree(index, goal, given, {}, nullptr);
        engine::Plan plan = engine::make_plan(index, request);
        REQUIRE(engine::choose(plan, {}, 1).problem == engine::Choice::Problem::none);
        return plan;
    }
};

model::GivenAnswer answer(std::string q, std::string o) {
    return {model::Ref{std::move(q), {}}, model::Ref{std::move(o), {}}, model::AnswerSource::flag};
}

const engine::TacticEntry& tactic(const engine::CampaignDocument& d, std::string_view id) {
    for (const engine::TacticEntry& t : d.tactics)
        if (t.id == id)
            return t;
    FAIL("no tactic " << id);
    return d.tactics.front();
}

} // namespace

TEST_CASE("the fixture roadmap for assumptions is clean") {
    Fixture f;
    CHECK(test::brief(f.file.diagnostics) == "");
}

TEST_CASE("assumptions: the deciding answer, consent per channel used, baselines to measure") {
    Fixture f;
    engine::Plan plan = f.plan({});
    engine::CampaignDocument d = engine::make_campaign_document(plan, std::nullopt, "test");
    REQUIRE(d.chosen_strategies().size() == 1);
    CHECK(d.chosen_strategies()[0]->id == "till_first");
    REQUIRE(d.assumptions.size() == 5);
    // q1 gave no reason to a chosen strategy: it is no assumption of its own; its consent is.
    const engine::Assumption& a = d.assumptions[0];
    CHECK(a.kind == engine::AssumptionKind::answer);
    CHECK(a.question == "q2");
    CHECK(a.text == "Stores?");
    CHECK(a.answer == "many");
    CHECK(a.label == "Many");
    CHECK(a.source == model::AnswerSource::fallback_default);
    REQUIRE(a.supports.size() == 1);
    CHECK(a.supports[0].id == "till_first");
    CHECK(a.supports[0].name == "Till");
    CHECK(a.check == "not confirmed: confirm before launch");
    const engine::Assumption& c = d.assumptions[1];
    CHECK(c.kind == engine::AssumptionKind::consent);
    CHECK(c.channel == model::Channel::email);
    CHECK(c.consent == model::Consent::partial);
    CHECK(c.text == "Marketing consent for email is held for some contacts: marketing on it goes "
                    "only to contacts with recorded consent");
    CHECK(c.check == "not confirmed: confirm before launch"); // from q1's default
    // The mail tactic lists SMS, on which nothing was said.
    const engine::Assumption& sms = d.assumptions[2];
    CHECK(sms.channel == model::Channel::sms);
    CHECK_FALSE(sms.consent);
    CHECK(sms.text == "Marketing consent for sms is not known: marketing on it goes only to "
                      "contacts with recorded consent");
    CHECK(sms.check == "not known: find out which contacts have a record before launch");
    const engine::Assumption& b = d.assumptions[3];
    CHECK(b.kind == engine::AssumptionKind::baseline);
    CHECK(b.kpi == "k");
    CHECK(b.text == "The baseline of Repeat rate is still to be measured; its target follows "
                    "from it");
    CHECK(b.check == "measure it before launch");
    CHECK(d.assumptions[4].text == "The baseline of Other is still to be measured");
    CHECK(engine::assumption_word(b.kind) == "baseline");
}

TEST_CASE("assumptions: an answer given is confirmed, and so is the consent it states") {
    Fixture f;
    engine::Plan plan = f.plan({answer("q1", "yes"), answer("q2", "few")});
    engine::CampaignDocument d = engine::make_campaign_document(plan, std::nullopt, "test");
    REQUIRE(d.assumptions.size() == 5);
    CHECK(d.assumptions[0].question == "q2");
    CHECK(d.assumptions[0].supports[0].id == "email_first");
    CHECK(d.assumptions[0].source == model::AnswerSource::flag);
    CHECK(d.assumptions[0].check.empty());
    CHECK(d.assumptions[1].consent == model::Consent::held);
    CHECK(d.assumptions[1].text ==
          "Marketing consent for email is held and recorded for the contacts the plan writes to");
    CHECK(d.assumptions[1].check.empty());
}

TEST_CASE("roles: data protection is suggested where a tactic markets on a consent channel") {
    Fixture f;
    engine::Plan plan = f.plan({});
    engine::CampaignDocument d = engine::make_campaign_document(plan, std::nullopt, "test");
    const engine::TacticEntry& card = tactic(d, "card");
    CHECK(card.owner.hint == "who runs this tactic (responsible)");
    CHECK(card.approver.hint == "who signs it off and answers for it (accountable)");
    CHECK(card.informed.hint == "who is kept up to date on it (informed)");
    CHECK(card.contributors.hint == "who is consulted before it runs (consulted)");
    CHECK_FALSE(card.consult_data_protection);
    CHECK_FALSE(card.approver.value);
    // A service email alone would not ask for it; the marketing email does.
    const engine::TacticEntry& mail = tactic(d, "mail");
    CHECK(mail.consult_data_protection);
    CHECK(mail.contributors.hint == "who is consulted before it runs (consulted); suggested: "
                                    "data protection, since it sends marketing by email");
}

TEST_CASE("roles: a tactic that collects consent asks data protection, for the channel it "
          "collects") {
    Fixture f;
    engine::Plan plan = f.plan({});
    // Planned first to build consent for email (the answers leave it partial).
    REQUIRE_FALSE(plan.consent_first.empty());
    engine::CampaignDocument d = engine::make_campaign_document(plan, std::nullopt, "test");
    const engine::TacticEntry& optin = tactic(d, "optin");
    CHECK(optin.builds_consent());
    CHECK(optin.consult_data_protection);
    CHECK(optin.contributors.hint == "who is consulted before it runs (consulted); suggested: "
                                     "data protection, since it collects consent for email");
}

TEST_CASE("tests: each tactic's first measured KPI, design by its main channel, as suggestions") {
    Fixture f;
    engine::Plan plan = f.plan({});
    engine::CampaignDocument d = engine::make_campaign_document(plan, std::nullopt, "test");
    const engine::TacticEntry& mail = tactic(d, "mail");
    REQUIRE(mail.test_kpi);
    CHECK(mail.test_kpi->id == "k");
    CHECK(mail.test == engine::TestDesign::holdout);
    CHECK(mail.hypothesis.suggested);
    CHECK(mail.hypothesis.value == "“Mail” raises Repeat rate by at least 10% of the control "
                                   "group's value against the control group.");
    // Its order confirmation is a service email: the hold-out is kept from the marketing only.
    CHECK(mail.phases.control_group.value ==
          "a random hold-out of eligible contacts who get none of this tactic's marketing "
          "messages; its service messages still go to everyone");
    CHECK(mail.phases.control_group.suggested);
    CHECK(mail.phases.criterion.value ==
          "At the go/no-go on day 30: scale if the test group beats the control group on Repeat "
          "rate by at least 10% of the control group's value; change and retest if it beats it "
          "by less; stop if it does not beat it. If it stops, only its marketing steps stop: "
          "its service messages keep going to everyone.");
    const engine::TacticEntry& card = tactic(d, "card");
    CHECK(card.test == engine::TestDesign::matched_pilot);
    // The consent tactic's KPI is not one the campaign measures: its hypothesis and
    // criterion stay to fill in.
    const engine::TacticEntry& optin = tactic(d, "optin");
    CHECK(optin.test_kpi == nullptr);
    CHECK_FALSE(optin.hypothesis.value);
    CHECK(optin.hypothesis.hint == "what the tactic should change, on which KPI and by how much");
    CHECK_FALSE(optin.phases.criterion.value);
    // Nobody whose consent is unclear is held out of being asked: before/after.
    CHECK(optin.test == engine::TestDesign::before_after);
    CHECK(optin.phases.control_group.value ==
          "no hold-out: every contact whose consent is unclear is asked; compare with the same "
          "period before");
}
