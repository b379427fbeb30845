// The YAML skeleton's layout, from a campaign document built by hand: what yaml-cpp's
// emitter writes for each kind of value, and where strat's format asks for more.

#include "engine/campaign.hpp"
#include "output/campaign.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

using namespace strat;

namespace {

engine::FillIn fill(std::string hint) {
    return {std::move(hint), std::nullopt};
}

/// A small document: one of each section, nothing stated, a KPI without a benchmark, a
/// tactic planned first with a gated step and a step left out.
struct SmallDocument {
    model::Kpi kpi;
    engine::CampaignDocument doc;

    SmallDocument() {
        kpi.id = "repeat_rate";
        kpi.name = "Repeat rate";
        kpi.no_benchmark = "shops do not publish it";
        engine::CampaignDocument& d = doc;
        d.name = "Shop: Retention";
        d.owner = fill("the person accountable for the campaign");
        d.created = fill("YYYY-MM-DD (or run strat plan with --date)");
        d.start = fill("YYYY-MM-DD");
        d.end = fill("YYYY-MM-DD");
        d.reviews = {{30, "pilot go/no-go: keep, change or stop", fill("start + 30 days")}};
        d.industry_id = "shop";
        d.industry_name = "Shop";
        d.goal_id = "retention";
        d.goal_name = "Retention";
        d.goal_description = "Bring buyers back.";
        d.objective = fill("one measurable sentence");
        d.primary_kpi = "repeat_rate";
        d.segments = fill("who");
        d.audience_size = fill("how many");
        d.data_source = fill("where from");
        d.message = fill("the offer");
        d.answers = {{"q1", "Consent?", "no", "Yes", model::AnswerSource::fallback_default, ""}};
        engine::StrategyEntry s;
        s.rank = 1;
        s.id = "email_first";
        s.name = "12";
        s.chosen = true;
        s.feasible = false;
        s.not_counted = {{2, "you can email", "email is not available"}};
        s.shares = {{"welcome", "Welcome series"}};
        d.strategies = {s};
        d.chosen = {0};
        engine::TacticEntry t;
        t.id = "repermission";
        t.builds_consent_for = {model::Channel::email};
        t.name = "Re-permission";
        t.description = "Ask again: \"yes\" or no.";
        t.channels = {model::Channel::email, model::Channel::web};
        t.owner = fill("who runs this tactic");
        t.approver = fill("who signs it off");
        t.contributors = fill("who is consulted");
        t.informed = fill("who is kept informed");
        t.hypothesis = fill("what it should change");
        t.steps = {{0, model::Channel::email, model::StepKind::marketing, "Ask", "",
                    model::Channel::email}};
        t.removed_steps = {"day 3 step left out: sms is not available",
                           "day 5 step left out: sms is not available"};
        t.phases = {fill("share"), fill("hold-out"), fill("criterion"), 30, fill("plan")};
        d.tactics = {t};
        d.dropped_tactics = {{"sms_nudge", "SMS nudge", "email_first", "sms is not available"}};
        engine::KpiEntry k;
        k.kpi = &kpi;
        k.primary = true;
        k.baseline = fill("your current value");
        k.target = fill("your target");
        d.kpis = {k};
        d.budget_total = fill("amount");
        d.currency = fill("e.g. EUR");
        d.budget_by_channel = {{model::Channel::email, fill("amount")}};
        d.privacy = {{"data", "Name the uses in the privacy notice.", false}};
        d.strat_version = "test";
        d.roadmaps = {{"shop.yaml", "ab12"}};
    }
};

std::string yaml(const engine::CampaignDocument& doc) {
    std::ostringstream out;
    output::write_campaign_yaml(out, doc);
    return out.str();
}

} // namespace

TEST_CASE("campaign yaml: the skeleton's layout as yaml-cpp writes it") {
    SmallDocument small;
    CHECK(yaml(small.doc) ==
          R"yaml(# strat campaign skeleton. Fill in every value marked "fill in", then track it
# with `strat review`. Format: strat-campaign(5).
strat_campaign: 1
name: "Shop: Retention"
owner: null  # fill in: the person accountable for the campaign
version: 1
dates:
  created: null  # fill in: YYYY-MM-DD (or run strat plan with --date)
  start: null  # fill in: YYYY-MM-DD
  end: null  # fill in: YYYY-MM-DD
reviews:
  - after_days: 30
    purpose: "pilot go/no-go: keep, change or stop"
    date: null  # fill in: start + 30 days

industry:
  id: shop
  name: "Shop"
goal:
  id: retention
  name: "Retention"
  description: "Bring buyers back."
objective:
  statement: null  # fill in: one measurable sentence
  primary_kpi: repeat_rate
audience:
  segments: null  # fill in: who
  size: null  # fill in: how many
  data_source: null  # fill in: where from
message: null  # fill in: the offer

# The decision tree as walked: `source` says whether the default was taken,
# you answered (asked or given), or what you stated decided it (`from`).
answers:
  - question: q1
    text: "Consent?"
    answer: "no"
    label: "Yes"
    source: default
constraints:
  {}  # nothing stated

# Every strategy serving the goal, best first, with the reasons for its score.
strategies:
  - rank: 1
    id: email_first
    name: "12"
    score: 0
    chosen: true
    note: "cannot be planned: no tactic fits what you said"
    reasons: []
    not_counted:  # reasons that rely on something you said is not so
      - "+2 you can email (email is not available)"
    shares: [welcome]  # planned under a better-ranked strategy

# What the plan rests on: the answers that decided the chosen strategies, the
# consent on each channel used, the baselines still to measure. Confirm what
# says `confirmed: false` before launch.
assumptions: []

# Tactics of the chosen strategies, in the order to run them. Each runs as a
# pilot, passes a go/no-go review, then scales.
tactics:
  - id: repermission
    builds_consent_for: [email]  # first, before any marketing send
    name: "Re-permission"
    description: "Ask again: \"yes\" or no."
    channels: [email, web]
    effort: low
    cost: low
    owner: null  # fill in: who runs this tactic
    approver: null  # fill in: who signs it off
    contributors: null  # fill in: who is consulted
    informed: null  # fill in: who is kept informed
    confirm: []
    steps:  # day 3 step left out: sms is not available
            # day 5 step left out: sms is not available
      - day: 0
        channel: email
        kind: marketing
        action: "Ask"
        consent: "only contacts with recorded consent for email"
    risks: []
    hypothesis:
      statement: null  # fill in: what it should change
      kpi: null  # none of the tactic's KPIs is measured: name the one that decides
      test: before_after
    phases:
      pilot:
        audience_share: null  # fill in: share
        control_group: null  # fill in: hold-out
      go_no_go:
        criterion: null  # fill in: criterion
        after_days: 30
      scale:
        plan: null  # fill in: plan
dropped_tactics:  # not proposed: a requirement is not met
  - id: sms_nudge
    strategy: email_first
    reason: "sms is not available"

kpis:
  - id: repeat_rate
    name: "Repeat rate"
    role: primary
    unit: percent
    better: up
    cadence: monthly
    benchmark: null  # no published benchmark: see benchmark_note
    benchmark_note: "shops do not publish it"
    baseline: null  # fill in: your current value
    target: null  # fill in: your target
    target_rule: null
    actuals: []  # strat review reads actuals from a CSV file

# Every tactic on one timeline, in days from dates.start: the pilot from the
# start, the go/no-go review, then scale until the close. over_cap: weeks where
# one contact in every journey would get more marketing messages than contact_cap.
calendar:
  start: null  # fill in: YYYY-MM-DD (or run strat plan with --start)
  close_day: 0
  contact_cap: 2  # marketing messages per contact per week (strat's default)
  tactics: []
  over_cap: []
  suppressions: []

budget:
  total: null  # fill in: amount
  currency: null  # fill in: e.g. EUR
  by_channel:
    email: null  # fill in: amount

# Confirm each item before the first send; this is a checklist, not legal advice.
privacy:
  - topic: data
    check: "Name the uses in the privacy notice."
    done: false

provenance:
  strat_version: test
  roadmaps:
    - path: "shop.yaml"
      sha256: ab12
)yaml");
}

TEST_CASE("campaign yaml: an id that would read as a boolean, number or null stays text") {
    SmallDocument small;
    small.doc.goal_id = "12";
    small.doc.industry_id = "1e3";
    YAML::Node doc = YAML::Load(yaml(small.doc));
    // yaml-cpp's emitter writes such words plain unless asked for quotes.
    CHECK(doc["answers"][0]["answer"].Tag() == "!");
    CHECK(doc["answers"][0]["answer"].as<std::string>() == "no");
    CHECK(doc["goal"]["id"].Tag() == "!");
    CHECK(doc["industry"]["id"].Tag() == "!");
    CHECK(doc["answers"][0]["question"].Tag() == "?"); // plain where plain reads as text
    CHECK(doc["strategies"][0]["name"].Tag() == "!");  // text is always double-quoted
}

TEST_CASE("campaign yaml: a date, a benchmark target, B2B lead stages") {
    SmallDocument small;
    small.kpi.benchmark = model::Benchmark{};
    small.kpi.benchmark->value = "20.2";
    small.kpi.benchmark->year = 2022;
    small.kpi.benchmark->source.id = "cm";
    small.kpi.target = model::Target{};
    engine::CampaignDocument& d = small.doc;
    d.kpis[0].benchmark = &*small.kpi.benchmark; // the plan's figure: the general one
    d.created.value = "2026-01-01";
    d.kpis[0].target.value = "20.2";
    d.lead_stages = {{"mql", "Marketing qualified lead (MQL)", "marketing",
                      fill("fit and engagement criteria"), fill("time to act")}};
    d.lead_feedback = engine::LeadFeedback{fill("how often"), "sales records a reason"};
    std::string text = yaml(d);
    CHECK(text.find("  created: 2026-01-01\n") != std::string::npos);
    CHECK(text.find(R"yaml(    benchmark:
      value: 20.2
      year: 2022
      source: cm
    baseline: null  # fill in: your current value
    target: 20.2
    target_rule: "reach the benchmark"
)yaml") != std::string::npos);
    CHECK(text.find(R"yaml(    done: false

# Agree every definition with sales before the campaign starts.
lead_stages:
  - id: mql
    name: "Marketing qualified lead (MQL)"
    owner: marketing
    definition: null  # fill in: fit and engagement criteria
    sla: null  # fill in: time to act
lead_feedback:
  cadence: null  # fill in: how often
  rule: "sales records a reason"

provenance:
)yaml") != std::string::npos);
    YAML::Node doc = YAML::Load(text);
    CHECK(doc["kpis"][0]["target"].as<double>() == doctest::Approx(20.2));
    CHECK(doc["kpis"][0]["benchmark"]["value"].Tag() == "?");
}

TEST_CASE("campaign yaml: the market at the top, its rules with source and address") {
    SmallDocument small;
    engine::CampaignDocument& d = small.doc;
    d.market = engine::MarketName{"de", "Germany"};
    d.privacy.insert(d.privacy.begin(),
                     {"email", "Advertising by email needs prior express consent.", false,
                      "UWG § 7 Abs. 2 Nr. 2", "https://lxgesetze.de/uwg/7"});
    std::string text = yaml(d);
    CHECK(text.find(R"yaml(name: "Shop: Retention"
market:  # whose rules `privacy` lists
  id: de
  name: "Germany"
owner: null)yaml") != std::string::npos);
    CHECK(text.find(R"yaml(
# The rules of the market Germany (de) for the channels used, each with its legal
# source, then strat's own items. Confirm each item before the first send; this is a
# checklist, not legal advice.
privacy:
  - topic: email
    check: "Advertising by email needs prior express consent."
    source: "UWG § 7 Abs. 2 Nr. 2"
    url: "https://lxgesetze.de/uwg/7"
    done: false
  - topic: data
    check: "Name the uses in the privacy notice."
    done: false
)yaml") != std::string::npos);
}
