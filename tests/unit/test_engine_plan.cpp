// The engine: tree walk precedence, scoring with reasons, tie-break, tactic fitting.

#include "engine/campaign.hpp"
#include "engine/feasibility.hpp"
#include "engine/plan.hpp"
#include "helpers.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace strat;

namespace {

const char* roadmap_text = R"(strat: 1
id: shop
name: Shop
description: d
goals:
  - {id: retention, name: Retention, description: d, aliases: [loyalty], start: q1, primary_kpi: k}
questions:
  - id: q1
    text: Consent?
    help: h
    default: unsure
    options:
      - {id: yes, label: Yes, next: q2, facts: {consent: {email: held}},
         weights: [{strategy: email_first, points: 3, reason: you can email}]}
      - {id: unsure, label: Unsure, next: q2, facts: {consent: {email: partial}}}
      - {id: no, label: No, next: q3, facts: {consent: {email: none}},
         weights: [{strategy: till_first, points: 2, reason: the till is your channel}]}
  - id: q2
    text: Budget?
    help: h
    default: low
    options:
      - {id: low, label: Low, facts: {budget: low}}
      - {id: high, label: High, facts: {budget: high},
         weights: [{strategy: email_first, points: 1, reason: you can fund it},
                   {strategy: till_first, points: 1, reason: emails can follow the till,
                    requires: {channels: [email]}}]}
  - id: q3
    text: Stores?
    help: h
    default: many
    options:
      - {id: many, label: Many}
      - {id: few, label: Few, weights: [{strategy: email_first, points: -2, reason: few stores}]}
strategies:
  - {id: till_first, name: Till, description: d, goals: [retention], tactics: [card], kpis: [k]}
  - {id: email_first, name: Email, description: d, goals: [retention], tactics: [mail, paid, card], kpis: [k]}
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
    steps:
      - {day: 0, action: Confirm the order, channel: email, kind: service}
      - {day: 1, action: Email, channel: email}
      - {day: 2, action: Text, channel: sms}
  - id: paid
    name: Paid
    description: d
    channels: [paid_social]
    effort: medium
    cost: high
    requires: {budget: high, maturity: intermediate}
    steps: [{day: 0, action: Ads, channel: paid_social}]
  - id: optin
    name: Opt-in at the till
    description: d
    channels: [point_of_sale]
    effort: low
    cost: low
    collects: [email]
    steps: [{day: 0, action: Ask at the till, channel: point_of_sale}]
kpis:
  - {id: k, name: K, description: d, unit: percent, direction: up, no_benchmark: none published}
)";

struct Fixture {
    load::RoadmapFile file = test::parse(roadmap_text);
    model::Index index{*file.roadmap};
    const model::Goal& goal = file.roadmap->goals.at(0);

    engine::Walk walk(const std::vector<model::GivenAnswer>& given,
                      const model::StatedFacts& stated = {}, engine::Asker* asker = nullptr) {
        return engine::walk_tree(index, goal, given, stated, asker);
    }
    engine::Plan plan(std::vector<model::GivenAnswer> given, model::StatedFacts stated = {}) {
        engine::PlanRequest request;
        request.goal = &goal;
        request.walk = walk(given, stated);
        REQUIRE(!request.walk.conflict);
        request.stated = stated.facts;
        return engine::make_plan(index, request);
    }
};

model::GivenAnswer answer(std::string q, std::string o) {
    return {model::Ref{std::move(q), {}}, model::Ref{std::move(o), {}}, model::AnswerSource::flag};
}

/// Facts as flags state them, each with its flag as origin.
model::StatedFacts flags(model::Facts facts) {
    model::StatedFacts stated{facts, {}};
    for (const model::Fact& f : model::entries(facts))
        stated.origins[f.key] = {model::as_flag(f), {}};
    return stated;
}

const engine::RankedStrategy& ranked(const engine::Plan& plan, std::string_view id) {
    for (const auto& r : plan.ranked)
        if (r.strategy->id == id)
            return r;
    FAIL("no strategy " << id);
    return plan.ranked.front();
}

/// Replies from a script: an option id, "back", or end of input when the script runs out.
struct ScriptedAsker final : engine::Asker {
    std::vector<std::string> replies;
    std::vector<std::string> asked; ///< "q1 1/3" per question asked
    engine::Reply ask(const model::Question& q, const engine::AskContext& c) override {
        asked.push_back(
            fmt::format("{} {}/{}{}", q.id, c.number, c.total, c.can_go_back ? " back" : ""));
        if (replies.empty())
            return {engine::Reply::Kind::aborted, nullptr};
        std::string reply = replies.front();
        replies.erase(replies.begin());
        if (reply == "back")
            return {engine::Reply::Kind::back, nullptr};
        return {engine::Reply::Kind::chosen, q.option(reply)};
    }
};

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
    auto problems = engine::check_answers(f.index, {answer("q4", "x"), answer("q1", "maybe")});
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].message == "there is no question `q4` (did you mean `q1`?)");
    CHECK(problems[1].message ==
          "question `q1` has no option `maybe`; its options are: yes, unsure, no");
}

TEST_CASE("a stated fact answers the question whose options state it") {
    Fixture f;
    model::Facts facts;
    facts.budget = model::Level::high;
    engine::Plan plan = f.plan({}, flags(facts));
    REQUIRE(plan.answers.size() == 2);
    CHECK(plan.answers[1].option->id == "high");
    CHECK(plan.answers[1].source == model::AnswerSource::constraint);
    CHECK(plan.answers[1].origin == "--budget high");
    CHECK(model::value_of(plan.facts, "budget") == "high");
}

TEST_CASE("a default the stated facts rule out gives way to the first option they allow") {
    Fixture f;
    model::Facts facts;
    facts.consent[model::Channel::email] = model::Consent::none;
    engine::Walk walk = f.walk({}, flags(facts));
    REQUIRE(!walk.conflict);
    CHECK(walk.answers[0].option->id == "no");
    CHECK(walk.answers[0].origin == "--no-consent email");
}

TEST_CASE("an answer that contradicts a stated fact is an error naming both") {
    Fixture f;
    model::Facts facts;
    facts.consent[model::Channel::email] = model::Consent::none;
    engine::Walk walk = f.walk({answer("q1", "yes")}, flags(facts));
    CHECK(walk.conflict ==
          "--answer q1=yes answers `q1=yes`, which contradicts what you stated: it "
          "states consent.email held, but --no-consent email says none");
}

TEST_CASE("partial consent is never held: marketing steps are gated, service steps are not") {
    Fixture f;
    engine::Plan plan = f.plan({}); // q1 defaults to `unsure`: partial
    CHECK(model::value_of(plan.facts, "consent.email") == "partial");
    const engine::RankedStrategy& email = ranked(plan, "email_first");
    REQUIRE(email.tactics.size() == 2);
    const engine::PlannedTactic& mail = email.tactics[0];
    REQUIRE(mail.steps.size() == 3);
    CHECK_FALSE(mail.steps[0].consent_gate); // the order confirmation is a service message
    CHECK(mail.steps[1].consent_gate == model::Channel::email);
    CHECK(mail.steps[2].consent_gate == model::Channel::sms); // sms consent: unknown
    CHECK(mail.unsettled.empty());
}

TEST_CASE("with no consent, marketing steps go; service steps and the tactic stay") {
    Fixture f;
    engine::Plan plan = f.plan({answer("q1", "no")});
    const engine::PlannedTactic& mail = ranked(plan, "email_first").tactics.at(0);
    REQUIRE(mail.steps.size() == 2);
    CHECK(mail.steps[0].step->action == "Confirm the order");
    CHECK(mail.removed_steps ==
          std::vector<std::string>{"day 1 step left out: no marketing consent for email"});
}

TEST_CASE("a tactic whose main channel is unavailable is left out, not kept as a remainder") {
    Fixture f;
    model::Facts facts;
    facts.channels[model::Channel::email] = false;
    engine::Plan plan = f.plan({}, flags(facts));
    const engine::RankedStrategy& email = ranked(plan, "email_first");
    REQUIRE(email.dropped.size() == 2);
    CHECK(email.dropped[0].reason == "its main channel, email, cannot be used (email is not "
                                     "available)");
}

TEST_CASE("a weight whose reason the facts contradict does not count, and says why") {
    Fixture f;
    model::Facts facts;
    facts.channels[model::Channel::email] = false;
    engine::Plan plan = f.plan({answer("q2", "high")}, flags(facts));
    const engine::RankedStrategy& till = ranked(plan, "till_first");
    CHECK(till.score == 0);
    REQUIRE(till.ignored.size() == 1);
    CHECK(till.ignored[0].text == "emails can follow the till");
    CHECK(till.ignored[0].why == "email is not available");
}

TEST_CASE("a strategy with no tactic that fits ranks last and cannot be chosen") {
    Fixture f;
    model::Facts facts;
    facts.maturity = model::Maturity::basic;
    facts.channels[model::Channel::point_of_sale] = false;
    facts.channels[model::Channel::email] = false;
    engine::Plan plan = f.plan({answer("q1", "yes"), answer("q2", "high")}, flags(facts));
    const engine::RankedStrategy& email = ranked(plan, "email_first");
    CHECK_FALSE(email.feasible());
    engine::Choice choice = engine::choose(plan, {"email_first"}, 1);
    CHECK(choice.problem == engine::Choice::Problem::cannot_run);
    CHECK(choice.message ==
          "strategy `email_first` cannot be planned: no tactic of it fits what you said (mail: "
          "its main channel, email, cannot be used (email is not available); paid: it needs an "
          "intermediate team or more; yours is basic; card: its main channel, point_of_sale, "
          "cannot be used (point_of_sale is not available))");
    CHECK(engine::choose(plan, {}, 1).problem == engine::Choice::Problem::nothing_runnable);
}

TEST_CASE("choose: named strategies, the top N, negative scores only when named") {
    Fixture f;
    engine::Plan plan = f.plan({answer("q1", "no"), answer("q3", "few")});
    CHECK(ranked(plan, "email_first").score == -2);
    engine::Choice top = engine::choose(plan, {}, 5);
    CHECK(top.problem == engine::Choice::Problem::none);
    CHECK(plan.chosen == std::vector<std::size_t>{0}); // email_first scores -2
    engine::Choice named = engine::choose(plan, {"email_first"}, 1);
    CHECK(named.problem == engine::Choice::Problem::none);
    CHECK(named.warnings ==
          std::vector<std::string>{"strategy `email_first` scores -2 for your "
                                   "answers; it is planned because you chose it"});
    CHECK(engine::choose(plan, {"nope"}, 1).problem == engine::Choice::Problem::unknown);
}

TEST_CASE("several strategies in one plan never repeat a tactic") {
    Fixture f;
    engine::Plan plan = f.plan({answer("q1", "yes"), answer("q2", "high")});
    engine::Choice choice = engine::choose(plan, {"email_first", "till_first"}, 1);
    CHECK(choice.warnings ==
          std::vector<std::string>{"strategy `till_first` adds no tactic: each of its tactics is "
                                   "planned under a strategy chosen before it"});
    const engine::RankedStrategy& till = ranked(plan, "till_first");
    CHECK(till.tactics.empty());
    REQUIRE(till.shared.size() == 1);
    CHECK(till.shared[0]->id == "card");
    // --top skips a strategy that would add nothing new.
    plan = f.plan({answer("q1", "yes"), answer("q2", "high")});
    engine::choose(plan, {}, 2);
    CHECK(plan.chosen.size() == 1);
}

TEST_CASE("partial consent puts a tactic that collects it first") {
    Fixture f;
    engine::Plan plan = f.plan({answer("q2", "high")});
    engine::choose(plan, {"email_first"}, 1);
    REQUIRE(plan.consent_first.size() == 1);
    CHECK(plan.consent_first[0].tactic.tactic->id == "optin");
    CHECK(plan.consent_first[0].channels == std::vector<model::Channel>{model::Channel::email});
    plan = f.plan({answer("q1", "yes")}); // held: nothing to build first
    engine::choose(plan, {"email_first"}, 1);
    CHECK(plan.consent_first.empty());
}

TEST_CASE("answers the walk does not use are reported with the answer that routed away") {
    Fixture f;
    std::vector<model::GivenAnswer> given{answer("q1", "yes"), answer("q3", "few")};
    engine::Walk walk = f.walk(given);
    auto unused = engine::unused_answers(f.index, f.goal, walk, given);
    REQUIRE(unused.size() == 1);
    CHECK(unused[0].why == "question `q3` is not asked after `q1=yes` (--answer q1=yes)");
}

TEST_CASE("interactive: progress, and back returns to the previous question asked") {
    Fixture f;
    ScriptedAsker asker;
    asker.replies = {"yes", "back", "no", "few"};
    engine::Walk walk = f.walk({}, {}, &asker);
    CHECK(asker.asked ==
          std::vector<std::string>{"q1 1/2", "q2 2/2 back", "q1 1/2", "q3 2/2 back"});
    REQUIRE(walk.answers.size() == 2);
    CHECK(walk.answers[0].option->id == "no");
    CHECK(walk.answers[1].option->id == "few");
}
