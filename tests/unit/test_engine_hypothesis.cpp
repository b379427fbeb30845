// Each tactic's test (engine/hypothesis.hpp): the design its main channel allows, one
// family at a time, and the hypothesis and decision rule from its KPI's target.

#include "engine/hypothesis.hpp"

#include <doctest/doctest.h>

using namespace strat;
using engine::TestDesign;
using model::Channel;

namespace {

model::Kpi kpi(model::TargetRule rule, std::string change,
               model::Unit unit = model::Unit::percent) {
    model::Kpi k;
    k.id = "repeat_rate";
    k.name = "Repeat rate";
    k.unit = unit;
    k.target = model::Target{};
    k.target->rule = rule;
    k.target->change = std::move(change);
    return k;
}

engine::TestInput input(std::vector<Channel> channels, const model::Kpi* k) {
    return {"Win-back series", std::move(channels), k, false, 30};
}

} // namespace

TEST_CASE("addressable channels: a random hold-out of eligible contacts") {
    for (Channel c : {Channel::email, Channel::sms, Channel::push, Channel::messaging,
                      Channel::phone, Channel::direct_mail, Channel::in_app})
        CHECK(engine::design_for(c) == TestDesign::holdout);
    engine::Hypothesis h = engine::make_hypothesis(input({Channel::email}, nullptr));
    CHECK(h.control == "a random hold-out of eligible contacts who get nothing from this tactic");
    engine::TestInput b2b = input({Channel::email}, nullptr);
    b2b.b2b = true;
    CHECK(engine::make_hypothesis(b2b).control ==
          "a random hold-out of eligible accounts that get nothing from this tactic");
    CHECK(engine::design_word(TestDesign::holdout) == "holdout");
}

TEST_CASE("the website: an A/B split of visitors") {
    CHECK(engine::design_for(Channel::web) == TestDesign::ab_split);
    CHECK(engine::make_hypothesis(input({Channel::web}, nullptr)).control ==
          "an A/B split of visitors: a random half keeps seeing the current pages");
    CHECK(engine::design_word(TestDesign::ab_split) == "ab_split");
}

TEST_CASE("paid media: a geo hold-out or the platform's conversion-lift study") {
    for (Channel c : {Channel::paid_search, Channel::paid_social, Channel::display, Channel::video})
        CHECK(engine::design_for(c) == TestDesign::geo_lift);
    CHECK(engine::make_hypothesis(input({Channel::display}, nullptr)).control ==
          "a geo hold-out (regions without these ads) or the ad platform's conversion-lift study");
    CHECK(engine::design_word(TestDesign::geo_lift) == "geo_lift");
}

TEST_CASE("stores, events, sales and partners: pilot sites or teams against matched ones") {
    for (Channel c : {Channel::point_of_sale, Channel::events, Channel::sales, Channel::partners})
        CHECK(engine::design_for(c) == TestDesign::matched_pilot);
    CHECK(engine::make_hypothesis(input({Channel::events}, nullptr)).control ==
          "pilot sites or teams against matched ones that carry on as before");
    CHECK(engine::design_word(TestDesign::matched_pilot) == "matched_pilot");
}

TEST_CASE("channels that reach everyone at once: before/after, said to be weaker evidence") {
    for (Channel c :
         {Channel::content, Channel::seo, Channel::pr, Channel::social, Channel::community,
          Channel::tv, Channel::radio, Channel::print, Channel::out_of_home, Channel::referral,
          Channel::affiliates, Channel::webinar})
        CHECK(engine::design_for(c) == TestDesign::before_after);
    CHECK(engine::make_hypothesis(input({Channel::seo}, nullptr)).control ==
          "the same period before the tactic; weaker evidence, since seasons and other changes "
          "are not separated");
    CHECK(engine::design_word(TestDesign::before_after) == "before_after");
}

TEST_CASE("the main channel decides the design; a tactic without channels is before/after") {
    CHECK(
        engine::make_hypothesis(input({Channel::point_of_sale, Channel::email}, nullptr)).design ==
        TestDesign::matched_pilot);
    CHECK(
        engine::make_hypothesis(input({Channel::email, Channel::point_of_sale}, nullptr)).design ==
        TestDesign::holdout);
    CHECK(engine::make_hypothesis(input({}, nullptr)).design == TestDesign::before_after);
}

TEST_CASE("a relative target: beat the control by that share of its value") {
    model::Kpi k = kpi(model::TargetRule::relative, "10");
    engine::Hypothesis h = engine::make_hypothesis(input({Channel::email}, &k));
    CHECK(h.kpi == &k);
    CHECK(h.statement == "With “Win-back series”, Repeat rate rises by at least 10% of the "
                         "control group's value against the control group.");
    CHECK(h.criterion ==
          "At the go/no-go on day 30: scale if the test group beats the control group on Repeat "
          "rate by at least 10% of the control group's value; change and retest if it beats it "
          "by less; stop if it does not beat it.");
}

TEST_CASE("an absolute target: percentage points for a percent KPI, the unit otherwise") {
    model::Kpi points = kpi(model::TargetRule::absolute, "2.5");
    CHECK(engine::target_change_text(points) == "2.5 percentage points");
    model::Kpi days = kpi(model::TargetRule::absolute, "3", model::Unit::days);
    days.direction = model::Direction::down;
    CHECK(engine::target_change_text(days) == "3 days");
    engine::TestInput in = input({Channel::email}, &days);
    in.go_no_go_day = 45;
    engine::Hypothesis h = engine::make_hypothesis(in);
    CHECK(
        h.statement ==
        "With “Win-back series”, Repeat rate falls by at least 3 days against the control group.");
    CHECK(h.criterion == "At the go/no-go on day 45: scale if the test group beats the control "
                         "group on Repeat rate by at least 3 days; change and retest if it beats "
                         "it by less; stop if it does not beat it. Lower is better for Repeat "
                         "rate.");
}

TEST_CASE("a benchmark target: beat the control by the gap to the benchmark") {
    model::Kpi k = kpi(model::TargetRule::benchmark, "");
    k.benchmark = model::Benchmark{};
    k.benchmark->value = "1.4";
    CHECK(engine::target_change_text(k) == "the gap between the baseline and the benchmark (1.4%)");
    k.benchmark.reset();
    CHECK(engine::target_change_text(k) == "the gap between the baseline and the benchmark");
}

TEST_CASE("a KPI without a target: the margin is the team's; no KPI: no hypothesis") {
    model::Kpi k = kpi(model::TargetRule::relative, "10");
    k.target.reset();
    engine::Hypothesis h = engine::make_hypothesis(input({Channel::web}, &k));
    CHECK(h.statement == "With “Win-back series”, Repeat rate rises against the control group.");
    CHECK(h.criterion == "At the go/no-go on day 30: scale if the test group beats the control "
                         "group on Repeat rate by the margin you set; change and retest if it "
                         "beats it by less; stop if it does not beat it.");
    engine::Hypothesis none = engine::make_hypothesis(input({Channel::web}, nullptr));
    CHECK(none.kpi == nullptr);
    CHECK(none.statement.empty());
    CHECK(none.criterion.empty());
    CHECK_FALSE(none.control.empty()); // the design still follows the channel
}

TEST_CASE("hypothesis-before-after: no control group, the period before is the comparison") {
    model::Kpi k = kpi(model::TargetRule::relative, "10");
    engine::Hypothesis h = engine::make_hypothesis(input({Channel::content}, &k));
    CHECK(h.statement == "With “Win-back series”, Repeat rate rises by at least 10% of its value "
                         "against the same period before.");
    CHECK(h.criterion == "At the go/no-go on day 30: scale if Repeat rate beats the same period "
                         "before by at least 10% of its value; change and retest if it beats it "
                         "by less; stop if it does not beat it.");
    k.target.reset();
    h = engine::make_hypothesis(input({Channel::seo}, &k));
    CHECK(h.statement ==
          "With “Win-back series”, Repeat rate rises against the same period before.");
    CHECK(h.criterion == "At the go/no-go on day 30: scale if Repeat rate beats the same period "
                         "before by the margin you set; change and retest if it beats it by "
                         "less; stop if it does not beat it.");
}

TEST_CASE("hypothesis-consent-building: nobody is held out of being asked for consent") {
    model::Kpi k = kpi(model::TargetRule::absolute, "5");
    engine::TestInput in = input({Channel::email, Channel::web}, &k);
    in.builds_consent = true;
    engine::Hypothesis h = engine::make_hypothesis(in);
    CHECK(h.design == TestDesign::before_after);
    CHECK(h.control == "no hold-out: every contact whose consent is unclear is asked; compare "
                       "with the same period before");
    CHECK(h.statement == "With “Win-back series”, Repeat rate rises by at least 5 percentage "
                         "points against the same period before.");
}
