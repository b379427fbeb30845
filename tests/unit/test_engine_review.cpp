// The review engine: the status thresholds, the cadence rule (last due measurement,
// overdue, early readings) and the order of the advice for a KPI off track or at risk.

#include "engine/review.hpp"
#include "helpers.hpp"
#include "load/catalog.hpp"

#include <doctest/doctest.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

using namespace strat;

namespace {

model::Day day(std::string_view text) {
    auto d = model::parse_day(text);
    REQUIRE(d);
    return *d;
}

std::string text(const std::optional<model::Day>& d) {
    return d ? d->text : "-";
}

/// "last-due period-start next-due"
std::string dues(model::Cadence cadence, std::string_view start, std::optional<std::string> end,
                 std::string_view as_of) {
    std::optional<model::Day> end_day;
    if (end)
        end_day = day(*end);
    engine::DueDates d = engine::due_dates(cadence, day(start), end_day, day(as_of));
    return text(d.last_due) + " " + text(d.period_start) + " " + text(d.next_due);
}

// A goal served by four strategies; `keep` is the campaign's, `d_neg` is scored below zero
// in the campaign. KPI k1 is moved by t1, t3 (no KPIs of its own, so its strategy's),
// t4 and t5; only `keep` and `c_owns` list k1 among their own KPIs.
const char* roadmap_text = R"(strat: 1
id: shop
name: Shop
description: d
goals:
  - {id: retention, name: Retention, description: d, start: q1}
questions:
  - id: q1
    text: Anything?
    help: h
    default: a
    options:
      - {id: a, label: A}
      - {id: b, label: B}
strategies:
  - {id: keep, name: Keep, description: d, goals: [retention], tactics: [t1, t2, t3], kpis: [k1]}
  - {id: b_tactic, name: B, description: d, goals: [retention], tactics: [t4], kpis: [k3]}
  - {id: c_owns, name: C, description: d, goals: [retention], tactics: [t5], kpis: [k1]}
  - {id: d_neg, name: D, description: d, goals: [retention], tactics: [t6], kpis: [k1]}
tactics:
  - {id: t1, name: T1, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: a}], kpis: [k1]}
  - {id: t2, name: T2, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: a}], kpis: [k2]}
  - {id: t3, name: T3, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: a}]}
  - {id: t4, name: T4, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: a}], kpis: [k1]}
  - {id: t5, name: T5, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: a}], kpis: [k1]}
  - {id: t6, name: T6, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: a}], kpis: [k1]}
kpis:
  - {id: k1, name: K1, description: d, unit: percent, direction: up}
  - {id: k2, name: K2, description: d, unit: percent, direction: up}
  - {id: k3, name: K3, description: d, unit: percent, direction: up}
)";

struct Fixture {
    load::RoadmapFile file = test::parse(roadmap_text);
    model::Index index{*file.roadmap};
    model::CampaignRecord campaign;
    std::vector<model::Actual> actuals;

    Fixture() {
        campaign.name = "c";
        campaign.goal = "retention";
        campaign.start = day("2026-01-01");
        campaign.end = day("2026-01-11");
        campaign.answers = {{"q1", "a"}};
        campaign.strategies = {{"keep", 1, 0, true, {}},
                               {"b_tactic", 2, 1, false, {"+1 one reason"}},
                               {"c_owns", 3, 0, false, {}},
                               {"d_neg", 4, -2, false, {"-2 it does not fit"}}};
        campaign.chosen_strategies = {"keep"};
        campaign.tactics = {"t1"};
    }

    void kpi(std::string id, double baseline, double target,
             model::Direction direction = model::Direction::up) {
        model::CampaignKpi k;
        k.id = k.name = std::move(id);
        k.baseline = baseline;
        k.target = target;
        k.direction = direction;
        campaign.kpis.push_back(k);
    }

    void actual(std::string kpi, std::string_view date, double value) {
        actuals.push_back({std::move(kpi), {}, day(date), value, fmt::format("{:g}", value)});
    }

    engine::Review review(std::string_view as_of) {
        return engine::review_campaign(campaign, actuals, index, day(as_of));
    }
};

/// "status: why" per KPI.
std::string statuses(const engine::Review& review) {
    std::string out;
    for (const engine::KpiReview& r : review.kpis)
        out += fmt::format("{}: {}: {}\n", r.kpi->id, engine::status_name(r.status), r.why);
    return out;
}

/// "kpi: add t4 | switch c_owns" per advised KPI.
std::string advice(const engine::Review& review) {
    std::string out;
    for (const engine::KpiAdvice& a : review.advice) {
        out += a.review->kpi->id + ":";
        for (const engine::NextStep& s : a.steps)
            out += s.kind == engine::NextStep::Kind::add_tactic ? " add " + s.tactic->id
                                                                : " switch " + s.strategy->id;
        out += "\n";
    }
    return out;
}

} // namespace

TEST_CASE("the fixture roadmap is clean") {
    Fixture f;
    CHECK(test::brief(f.file.diagnostics) == "");
}

TEST_CASE("status thresholds: at most 10 points behind is on track, at most 25 at risk") {
    Fixture f; // 2026-01-06 is half of the period 2026-01-01 .. 2026-01-11
    f.kpi("ten_behind", 0, 100);
    f.kpi("quarter_behind", 0, 100);
    f.kpi("more_behind", 0, 100);
    f.kpi("lower_is_better", 100, 50, model::Direction::down);
    f.kpi("reached", 0, 100);
    f.actual("ten_behind", "2026-01-06", 40);
    f.actual("quarter_behind", "2026-01-06", 25);
    f.actual("more_behind", "2026-01-06", 24);
    f.actual("lower_is_better", "2026-01-06", 85);
    f.actual("reached", "2026-01-02", 100);
    CHECK(statuses(f.review("2026-01-06")) ==
          "ten_behind: on-track: 40% of the way from baseline to target, 50% of the period gone\n"
          "quarter_behind: at-risk: 25% of the way from baseline to target, 50% of the period "
          "gone\n"
          "more_behind: off-track: 24% of the way from baseline to target, 50% of the period "
          "gone\n"
          "lower_is_better: at-risk: 30% of the way from baseline to target, 50% of the period "
          "gone\n"
          "reached: on-track: 100% of the way from baseline to target, 50% of the period gone\n");
}

TEST_CASE("due dates: the last day of each cadence period from the start, and the end") {
    using model::Cadence;
    CHECK(dues(Cadence::monthly, "2026-02-01", "2026-04-30", "2026-03-20") ==
          "2026-02-28 2026-02-01 2026-03-31");
    CHECK(dues(Cadence::monthly, "2026-02-01", "2026-04-30", "2026-03-31") ==
          "2026-03-31 2026-03-01 2026-04-30");
    // The end date closes the last period; nothing is due after it.
    CHECK(dues(Cadence::monthly, "2026-02-01", "2026-04-15", "2026-06-01") ==
          "2026-04-15 2026-04-01 -");
    CHECK(dues(Cadence::quarterly, "2026-02-01", "2026-04-30", "2026-03-31") == "- - 2026-04-30");
    CHECK(dues(Cadence::quarterly, "2026-02-01", std::nullopt, "2026-08-01") ==
          "2026-07-31 2026-05-01 2026-10-31");
    CHECK(dues(Cadence::weekly, "2026-02-02", std::nullopt, "2026-02-16") ==
          "2026-02-15 2026-02-09 2026-02-22");
    CHECK(dues(Cadence::weekly, "2026-02-02", std::nullopt, "2026-02-01") == "- - 2026-02-08");
    // A start on the 31st: a month later is the last day of a shorter month.
    CHECK(dues(Cadence::monthly, "2026-01-31", std::nullopt, "2026-03-01") ==
          "2026-02-27 2026-01-31 2026-03-30");
    CHECK(dues(Cadence::monthly, "2027-12-15", std::nullopt, "2028-02-29") ==
          "2028-02-14 2028-01-15 2028-03-14");
}

TEST_CASE("a KPI with a cadence is judged at its last due measurement") {
    Fixture f;
    f.campaign.start = day("2026-02-01");
    f.campaign.end = day("2026-04-30");
    f.kpi("monthly", 0, 100);
    f.kpi("overdue", 0, 100);
    f.kpi("missing", 0, 100);
    f.kpi("quarterly", 0, 100);
    f.kpi("none", 0, 100);
    for (auto& k : f.campaign.kpis)
        k.cadence = model::Cadence::monthly;
    f.campaign.kpis[3].cadence = model::Cadence::quarterly;
    f.campaign.kpis[4].cadence.reset();
    f.actual("monthly", "2026-02-28", 30);
    f.actual("monthly", "2026-03-31", 70);
    f.actual("monthly", "2026-04-03", 10); // early: due 2026-04-30
    f.actual("overdue", "2026-02-27", 70);
    f.actual("missing", "2026-04-02", 70);
    f.actual("quarterly", "2026-03-31", 20);
    f.actual("none", "2026-04-03", 10);
    engine::Review review = f.review("2026-04-05");
    CHECK(statuses(review) ==
          "monthly: on-track: 70% of the way from baseline to target, 66% of the period gone at "
          "the monthly measurement due 2026-03-31; the reading of 2026-04-03 counts from its due "
          "date 2026-04-30\n"
          "overdue: on-track: 70% of the way from baseline to target, 66% of the period gone at "
          "the monthly measurement due 2026-03-31; overdue: no reading from 2026-03-01 to "
          "2026-03-31\n"
          "missing: no-data: overdue: no reading for the monthly measurement due 2026-03-31; "
          "the reading of 2026-04-02 counts from its due date 2026-04-30\n"
          "quarterly: off-track: 20% of the way from baseline to target, 72% of the period gone; "
          "an early reading: the first quarterly measurement is due 2026-04-30\n"
          "none: off-track: 10% of the way from baseline to target, 72% of the period gone\n");
    CHECK(review.kpis[0].latest->date.text == "2026-03-31");
    CHECK(review.kpis[0].trend == engine::Trend::improving);
    CHECK(review.kpis[1].overdue);
    CHECK(!review.kpis[3].overdue);
}

TEST_CASE("a tactic moves its own KPIs; one without KPIs moves its strategies'") {
    Fixture f;
    const model::Goal& goal = *f.index.goal("retention");
    CHECK(engine::tactic_moves(f.index, goal, *f.index.tactic("t1"), "k1"));
    CHECK(!engine::tactic_moves(f.index, goal, *f.index.tactic("t2"), "k1"));
    CHECK(engine::tactic_moves(f.index, goal, *f.index.tactic("t3"), "k1"));
    CHECK(!engine::tactic_moves(f.index, goal, *f.index.tactic("t3"), "k2"));
    CHECK(!engine::tactic_moves(f.index, goal, *f.index.tactic("t4"), "k3"));
}

TEST_CASE("advice: unused tactics that move the KPI, then the best-ranked strategy owning it") {
    Fixture f;
    for (const char* k : {"k1", "k2", "k3", "own"})
        f.kpi(k, 0, 100);
    f.actual("k1", "2026-01-06", 10);  // off-track
    f.actual("k2", "2026-01-06", 30);  // at-risk
    f.actual("k3", "2026-01-06", 10);  // off-track
    f.actual("own", "2026-01-06", 10); // off-track; no roadmap element measures it
    engine::Review review = f.review("2026-01-06");
    // k1: the campaign strategy's unused t3 first, then by rank; never d_neg (scored -2);
    // the switch is c_owns, whose own KPIs include k1, not the better-ranked b_tactic.
    // k2: only t2; no unused strategy measures k2. k3: b_tactic owns it.
    CHECK(advice(review) == "k1: add t3 add t4 add t5 switch c_owns\n"
                            "k2: add t2\n"
                            "k3: switch b_tactic\n"
                            "own:\n");
    REQUIRE(review.advice[0].steps.size() == 4);
    CHECK(review.advice[0].steps[0].reason ==
          "a tactic of your strategy \"Keep\" that fits your answers and is not in the "
          "campaign yet");
    CHECK(review.advice[0].steps[1].reason ==
          "a tactic of strategy \"B\" (ranked 2) that fits your answers");
    CHECK(review.advice[0].steps[3].reason ==
          "ranked 3 for your answers when the campaign was planned (score 0); k1 is one of its "
          "KPIs");
    CHECK(review.advice[2].steps[0].reason ==
          "ranked 2 for your answers when the campaign was planned (score 1: +1 one reason); k3 "
          "is one of its KPIs");
}

TEST_CASE("advice follows the campaign's recorded rank, not the roadmap's order") {
    Fixture f;
    f.campaign.strategies[1].rank = 3; // b_tactic
    f.campaign.strategies[2].rank = 2; // c_owns
    std::stable_sort(f.campaign.strategies.begin(), f.campaign.strategies.end(),
                     [](const auto& a, const auto& b) { return a.rank < b.rank; });
    f.kpi("k1", 0, 100);
    f.actual("k1", "2026-01-06", 10);
    CHECK(advice(f.review("2026-01-06")) == "k1: add t3 add t5 add t4 switch c_owns\n");
}

TEST_CASE("without a strategy owning the KPI, one whose fitting tactic moves it is proposed") {
    Fixture f;
    f.campaign.strategies[2].chosen = true; // c_owns joins the campaign
    f.campaign.chosen_strategies.push_back("c_owns");
    f.campaign.tactics.push_back("t5");
    f.kpi("k1", 0, 100);
    f.actual("k1", "2026-01-06", 10);
    engine::Review review = f.review("2026-01-06");
    CHECK(advice(review) == "k1: add t3 add t4 switch b_tactic\n");
    CHECK(review.advice[0].steps.back().reason ==
          "ranked 2 for your answers when the campaign was planned (score 1: +1 one reason); its "
          "tactic \"T4\" moves k1");
}

TEST_CASE("on-track, no-data and no-target KPIs get no advice") {
    Fixture f;
    f.kpi("k1", 0, 100);
    f.campaign.kpis.push_back({});
    f.campaign.kpis.back().id = "k2";
    f.kpi("k3", 0, 100);
    f.actual("k1", "2026-01-06", 50);
    CHECK(advice(f.review("2026-01-06")) == "");
}

// Property: over every shipped industry and goal, the default answers and each single
// answer changed from them, a campaign of the top strategy with its last tactic left out
// and every KPI off track gets, for each KPI, only advice that measures it, in the order
// of the advice rule, or none only when nothing unused in the roadmap measures it.
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

engine::Plan plan_for(const model::Index& index, const model::Goal& goal,
                      const std::vector<std::pair<std::string, std::string>>& answers) {
    std::vector<model::GivenAnswer> given;
    for (const auto& [q, o] : answers) {
        model::GivenAnswer a;
        a.question = model::Ref{q, {}};
        a.option = model::Ref{o, {}};
        given.push_back(a);
    }
    engine::PlanRequest request;
    request.goal = &goal;
    request.walk = engine::walk_tree(index, goal, given, nullptr);
    return engine::make_plan(index, request);
}

/// The campaign a team would run from `plan`: its top strategy, the last tactic left out.
model::CampaignRecord campaign_of(const engine::Plan& plan, const model::Goal& goal) {
    model::CampaignRecord c;
    c.goal = goal.id;
    for (const engine::Answer& a : plan.answers)
        c.answers.emplace_back(a.question->id, a.option->id);
    for (std::size_t i = 0; i < plan.ranked.size(); ++i) {
        const engine::RankedStrategy& s = plan.ranked[i];
        c.strategies.push_back({s.strategy->id, static_cast<int>(i) + 1, s.score, i == 0, {}});
    }
    c.chosen_strategies = {plan.ranked.front().strategy->id};
    const auto& tactics = plan.ranked.front().tactics;
    for (std::size_t i = 0; i + 1 < tactics.size(); ++i)
        c.tactics.push_back(tactics[i].tactic->id);
    for (const model::Kpi* k : plan.ranked.front().kpis) {
        model::CampaignKpi kpi;
        kpi.id = k->id;
        kpi.baseline = 0;
        kpi.target = 100;
        c.kpis.push_back(kpi);
    }
    return c;
}

bool owns(const model::Strategy& s, const std::string& kpi) {
    return std::any_of(s.kpis.begin(), s.kpis.end(), [&](const auto& k) { return k.id == kpi; });
}

/// What breaks the advice rule for one KPI's advice, in words; "" when nothing does.
std::string check_advice(const model::Index& index, const model::Goal& goal,
                         const engine::Plan& plan, const model::CampaignRecord& c,
                         const engine::KpiAdvice& advice) {
    const std::string& kpi = advice.review->kpi->id;
    std::set<std::string> used(c.tactics.begin(), c.tactics.end()), advised;
    auto chosen = [&](const model::Strategy& s) { return s.id == c.chosen_strategies[0]; };
    auto moves = [&](const engine::RankedStrategy& s) {
        for (const engine::PlannedTactic& t : s.tactics)
            if (engine::tactic_moves(index, goal, *t.tactic, kpi))
                return true;
        return false;
    };
    std::size_t i = 0;
    for (const engine::NextStep& step : advice.steps) {
        ++i;
        if (step.kind == engine::NextStep::Kind::switch_strategy) {
            if (i != advice.steps.size() || chosen(*step.strategy))
                return "a switch that is not last, or to the campaign's own strategy";
            for (const engine::RankedStrategy& s : plan.ranked) {
                if (s.strategy == step.strategy)
                    break;
                if (!chosen(*s.strategy) && s.score >= 0 && s.feasible() && owns(*s.strategy, kpi))
                    return "a better-ranked strategy owns the KPI: " + s.strategy->id;
            }
            continue;
        }
        if (used.contains(step.tactic->id) || !advised.insert(step.tactic->id).second)
            return "tactic in the campaign or advised twice: " + step.tactic->id;
        if (!engine::tactic_moves(index, goal, *step.tactic, kpi))
            return "tactic does not move the KPI: " + step.tactic->id;
    }
    for (const engine::RankedStrategy& s : plan.ranked) {
        if (!chosen(*s.strategy) && s.score < 0)
            continue;
        for (const engine::PlannedTactic& t : s.tactics)
            if (!used.contains(t.tactic->id) && !advised.contains(t.tactic->id) &&
                engine::tactic_moves(index, goal, *t.tactic, kpi))
                return "an unused tactic that moves the KPI is not advised: " + t.tactic->id;
        bool switched = !advice.steps.empty() &&
                        advice.steps.back().kind == engine::NextStep::Kind::switch_strategy;
        if (!switched && !chosen(*s.strategy) && s.score >= 0 && s.feasible() &&
            (owns(*s.strategy, kpi) || moves(s)))
            return "no switch, though this strategy measures the KPI: " + s.strategy->id;
    }
    return "";
}

} // namespace

TEST_CASE("every off-track KPI of a shipped plan gets advice that measures it, or none left") {
    std::size_t reviews = 0;
    std::vector<std::string> found;
    for (const model::Roadmap& roadmap : shipped().industries) {
        model::Index index(roadmap);
        for (const model::Goal& goal : roadmap.goals) {
            std::vector<std::vector<std::pair<std::string, std::string>>> variants{{}};
            for (const model::Question* q : index.tree(goal))
                for (const model::Option& o : q->options)
                    variants.push_back({{q->id, o.id}});
            for (const auto& answers : variants) {
                engine::Plan plan = plan_for(index, goal, answers);
                if (plan.ranked.empty() || !plan.ranked.front().feasible())
                    continue;
                model::CampaignRecord c = campaign_of(plan, goal);
                std::vector<model::Actual> actuals;
                for (const model::CampaignKpi& k : c.kpis)
                    actuals.push_back({k.id, {}, day("2026-03-01"), 0, "0"});
                engine::Review review = engine::review_campaign(c, actuals, index, std::nullopt);
                ++reviews;
                if (review.advice.size() != c.kpis.size())
                    found.push_back(fmt::format("{}/{}: not every off-track KPI is advised",
                                                roadmap.id, goal.id));
                for (const engine::KpiAdvice& a : review.advice)
                    if (std::string why = check_advice(index, goal, plan, c, a); !why.empty())
                        found.push_back(fmt::format("{}/{} {}: {}", roadmap.id, goal.id,
                                                    a.review->kpi->id, why));
            }
        }
    }
    MESSAGE(reviews << " reviews checked");
    CHECK(reviews > 100);
    found.resize(std::min<std::size_t>(found.size(), 10));
    CHECK(fmt::format("{}", fmt::join(found, "\n")) == "");
}
