// The engine: tree walk precedence, scoring with reasons, tie-break, tactic fitting.

#include "engine/campaign.hpp"
#include "engine/feasibility.hpp"
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
  - {id: retention, name: Retention, description: d, aliases: [loyalty], start: q1}
questions:
  - id: q1
    text: Consent?
    help: h
    default: unsure
    options:
      - {id: yes, label: Yes, next: q2, facts: {consent: {email: true}},
         weights: [{strategy: email_first, points: 3, reason: you can email}]}
      - {id: unsure, label: Unsure, next: q2}
      - {id: no, label: No, next: q2, facts: {consent: {email: false}},
         weights: [{strategy: till_first, points: 2, reason: the till is your channel}]}
  - id: q2
    text: Budget?
    help: h
    default: low
    options:
      - {id: low, label: Low, facts: {budget: low}}
      - {id: high, label: High, facts: {budget: high},
         weights: [{strategy: email_first, points: 1, reason: you can fund it}]}
strategies:
  - {id: till_first, name: Till, description: d, goals: [retention], tactics: [card], kpis: [k]}
  - {id: email_first, name: Email, description: d, goals: [retention], tactics: [mail, paid], kpis: [k]}
tactics:
  - id: card
    name: Card
    description: d
    channels: [point_of_sale]
    effort: low
    cost: low
    steps: [{day: 0, action: Hand out, channel: point_of_sale}]
  - id: mail
    name: Mail
    description: d
    channels: [email, sms]
    effort: low
    cost: low
    requires: {consent: [email]}
    steps:
      - {day: 0, action: Email, channel: email}
      - {day: 2, action: Text, channel: sms}
  - id: paid
    name: Paid
    description: d
    channels: [paid_social]
    effort: medium
    cost: high
    requires: {budget: high, maturity: intermediate}
    steps: [{day: 0, action: Ads, channel: paid_social}]
kpis:
  - {id: k, name: K, description: d, unit: percent, direction: up}
)";

struct Fixture {
    load::RoadmapFile file = test::parse(roadmap_text);
    model::Index index{*file.roadmap};
    const model::Goal& goal = file.roadmap->goals.at(0);

    engine::Plan plan(std::vector<model::GivenAnswer> given, model::Facts stated = {}) {
        engine::PlanRequest request;
        request.goal = &goal;
        request.walk = engine::walk_tree(index, goal, given, nullptr);
        request.stated = stated;
        return engine::make_plan(index, request);
    }
};

model::GivenAnswer answer(std::string q, std::string o) {
    return {model::Ref{std::move(q), {}}, model::Ref{std::move(o), {}}, model::AnswerSource::flag};
}

} // namespace

TEST_CASE("the fixture roadmap is clean") {
    Fixture f;
    CHECK(test::brief(f.file.diagnostics) == "");
}

TEST_CASE("defaults are taken when nothing is given, and ties keep roadmap order") {
    Fixture f;
    engine::Plan plan = f.plan({});
    REQUIRE(plan.answers.size() == 2);
    CHECK(plan.answers[0].option->id == "unsure");
    CHECK(plan.answers[0].source == model::AnswerSource::fallback_default);
    REQUIRE(plan.ranked.size() == 2);
    CHECK(plan.ranked[0].strategy->id == "till_first"); // 0 : 0, first in the roadmap
    CHECK(plan.ranked[0].score == 0);
}

TEST_CASE("given answers score strategies, each point with its reason") {
    Fixture f;
    engine::Plan plan = f.plan({answer("q1", "yes"), answer("q2", "high")});
    REQUIRE(plan.ranked[0].strategy->id == "email_first");
    CHECK(plan.ranked[0].score == 4);
    REQUIRE(plan.ranked[0].reasons.size() == 2);
    CHECK(plan.ranked[0].reasons[0].text == "you can email");
    CHECK(plan.ranked[0].reasons[1].points == 1);
}

TEST_CASE("the first given answer for a question wins") {
    Fixture f;
    engine::Plan plan = f.plan({answer("q1", "no"), answer("q1", "yes")});
    CHECK(plan.answers[0].option->id == "no");
}

TEST_CASE("unknown questions and options are reported with the valid choices") {
    Fixture f;
    auto problems = engine::check_answers(f.index, {answer("q3", "x"), answer("q1", "maybe")});
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message == "there is no question `q3` (did you mean `q1`?)");
    CHECK(problems[1].message ==
          "question `q1` has no option `maybe`; its options are: yes, unsure, no");
}

TEST_CASE("a strategy with no tactic that fits ranks after those that have one") {
    Fixture f;
    // Email consent refused: `mail` needs it, `paid` needs a high budget.
    engine::Plan plan = f.plan({answer("q1", "no")}, {});
    CHECK(plan.ranked[0].strategy->id == "till_first");
    model::Facts stated;
    stated.consent[model::Channel::email] = false;
    stated.maturity = model::Maturity::basic;
    plan = f.plan({answer("q1", "yes"), answer("q2", "high")}, stated);
    // The answer said consent is held, the stated constraint says not: the constraint wins.
    const engine::RankedStrategy& email = plan.ranked.back();
    CHECK(email.strategy->id == "email_first");
    CHECK_FALSE(email.feasible());
    REQUIRE(email.dropped.size() == 2);
    CHECK(email.dropped[0].reason == "it needs marketing consent for email, which you do not hold");
    CHECK(email.dropped[1].reason == "it needs an intermediate team or more; yours is basic");
}

TEST_CASE("unknown prerequisites are kept as things to confirm; unusable channels drop steps") {
    Fixture f;
    model::Facts stated;
    stated.channels[model::Channel::sms] = false;
    engine::Plan plan = f.plan({answer("q1", "unsure")}, stated);
    const engine::RankedStrategy* email = nullptr;
    for (const auto& r : plan.ranked)
        if (r.strategy->id == "email_first")
            email = &r;
    REQUIRE(email != nullptr);
    REQUIRE(email->tactics.size() == 1);
    const engine::PlannedTactic& mail = email->tactics[0];
    REQUIRE(mail.to_confirm.size() == 1);
    CHECK(mail.to_confirm[0].text == "marketing consent for email");
    REQUIRE(mail.steps.size() == 1);
    CHECK(mail.removed_steps ==
          std::vector<std::string>{"day 2 step left out: sms is not available"});
    CHECK(email->dropped.at(0).reason == "it needs a high budget or more; yours is low");
}

TEST_CASE("choose picks named strategies or the top N") {
    Fixture f;
    engine::Plan plan = f.plan({});
    CHECK(engine::choose(plan, {"email_first"}, 1) == "");
    CHECK(plan.chosen == std::vector<std::size_t>{1});
    CHECK(engine::choose(plan, {}, 5) == "");
    CHECK(plan.chosen == std::vector<std::size_t>{0, 1});
    CHECK(engine::choose(plan, {"nope"}, 1) == "nope");
}

TEST_CASE("dates from Unix time") {
    CHECK(engine::iso_date(0) == "1970-01-01");
    CHECK(engine::iso_date(1767225600) == "2026-01-01");
    CHECK(engine::iso_date(951782400) == "2000-02-29");
}
