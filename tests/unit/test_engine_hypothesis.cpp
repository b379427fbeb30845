// Each tactic's test (engine/hypothesis.hpp): the design its main channel allows, one
// family at a time, and the hypothesis and decision rule from its KPI's target.

#include "engine/hypothesis.hpp"
#include "util/messages.hpp"

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
    CHECK(h.statement == "“Win-back series” raises Repeat rate by at least 10% of the control "
                         "group's value against the control group.");
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
    CHECK(h.statement ==
          "“Win-back series” lowers Repeat rate by at least 3 days against the control group.");
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
    CHECK(h.statement == "“Win-back series” raises Repeat rate against the control group.");
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
    CHECK(h.statement == "“Win-back series” raises Repeat rate by at least 10% of its value "
                         "against the same period before.");
    CHECK(h.criterion == "At the go/no-go on day 30: scale if the tactic's period beats the same "
                         "period before on Repeat rate by at least 10% of its value; change and "
                         "retest if it beats it by less; stop if it does not beat it.");
    k.target.reset();
    h = engine::make_hypothesis(input({Channel::seo}, &k));
    CHECK(h.statement == "“Win-back series” raises Repeat rate against the same period before.");
    CHECK(h.criterion == "At the go/no-go on day 30: scale if the tactic's period beats the same "
                         "period before on Repeat rate by the margin you set; change and retest "
                         "if it beats it by less; stop if it does not beat it.");
}

TEST_CASE("hypothesis-consent-building: nobody is held out of being asked for consent") {
    model::Kpi k = kpi(model::TargetRule::absolute, "5");
    engine::TestInput in = input({Channel::email, Channel::web}, &k);
    in.builds_consent = true;
    engine::Hypothesis h = engine::make_hypothesis(in);
    CHECK(h.design == TestDesign::before_after);
    CHECK(h.control == "no hold-out: every contact whose consent is unclear is asked; compare "
                       "with the same period before");
    CHECK(h.statement == "“Win-back series” raises Repeat rate by at least 5 percentage points "
                         "against the same period before.");
}

namespace {

using model::StepKind;

engine::TestInput with_steps(std::vector<Channel> channels, const model::Kpi* k,
                             std::vector<engine::TestStep> steps) {
    engine::TestInput in = input(std::move(channels), k);
    in.steps = std::move(steps);
    return in;
}

} // namespace

TEST_CASE("hypothesis-service-only: a tactic of service messages holds nobody out") {
    // Payment-failure notices: withholding them from a control group would keep customers
    // from notices they are owed.
    model::Kpi k = kpi(model::TargetRule::relative, "10");
    engine::Hypothesis h = engine::make_hypothesis(
        with_steps({Channel::email, Channel::in_app}, &k,
                   {{Channel::email, StepKind::service},
                    {Channel::in_app, StepKind::service},
                    {std::nullopt, StepKind::marketing}})); // an analysis step sends nothing
    CHECK(h.design == TestDesign::before_after);
    CHECK(h.everyone); // no pilot share either: the plan says it runs for everyone
    CHECK(h.control == "no hold-out: service messages go to everyone they concern, so the tactic "
                       "is compared with the same period before; weaker evidence, since seasons "
                       "and other changes are not separated");
    CHECK(h.statement == "“Win-back series” raises Repeat rate by at least 10% of its value "
                         "against the same period before.");
    CHECK(h.criterion == "At the go/no-go on day 30: keep it if the tactic's period beats the "
                         "same period before on Repeat rate by at least 10% of its value; "
                         "otherwise change it and retest. Its service messages keep going to "
                         "everyone, whatever the result.");
}

TEST_CASE("hypothesis-service-step-holdout: a hold-out is kept from the marketing steps only") {
    // A trial-end reminder: the service email goes to every trial user; the test runs on the
    // first channel with a marketing step, and the control text says the notices still go out.
    model::Kpi k = kpi(model::TargetRule::relative, "10");
    engine::Hypothesis h =
        engine::make_hypothesis(with_steps({Channel::email, Channel::in_app, Channel::web}, &k,
                                           {{Channel::email, StepKind::service},
                                            {Channel::in_app, StepKind::service},
                                            {Channel::in_app, StepKind::marketing},
                                            {Channel::web, StepKind::marketing}}));
    CHECK(h.design == TestDesign::holdout); // in_app, not the service-only email
    CHECK_FALSE(h.everyone);                // its marketing steps are piloted
    CHECK(h.control == "a random hold-out of eligible contacts who get none of this tactic's "
                       "marketing messages; its service messages still go to everyone");
    CHECK(h.criterion == "At the go/no-go on day 30: scale if the test group beats the control "
                         "group on Repeat rate by at least 10% of the control group's value; "
                         "change and retest if it beats it by less; stop if it does not beat "
                         "it. If it stops, only its marketing steps stop: its service messages "
                         "keep going to everyone.");
    engine::TestInput b2b =
        with_steps({Channel::email, Channel::sales}, nullptr,
                   {{Channel::email, StepKind::marketing}, {Channel::sales, StepKind::service}});
    b2b.b2b = true;
    CHECK(engine::make_hypothesis(b2b).control ==
          "a random hold-out of eligible accounts that get none of this tactic's marketing "
          "messages; its service messages still go to everyone");
    // The service-only email is passed over for the web page with a marketing step.
    engine::Hypothesis web = engine::make_hypothesis(
        with_steps({Channel::email, Channel::web}, nullptr,
                   {{Channel::email, StepKind::service}, {Channel::web, StepKind::marketing}}));
    CHECK(web.design == TestDesign::ab_split);
    CHECK(web.control == "an A/B split of visitors: a random half keeps seeing the current pages; "
                         "the tactic's service messages still go to everyone");
    CHECK(engine::make_hypothesis(with_steps({Channel::sales}, nullptr,
                                             {{Channel::sales, StepKind::marketing},
                                              {std::nullopt, StepKind::service}}))
              .control == "pilot sites or teams against matched ones that carry on as before; "
                          "the tactic's service messages still go to everyone");
    CHECK(engine::make_hypothesis(with_steps({Channel::paid_social}, nullptr,
                                             {{Channel::paid_social, StepKind::marketing},
                                              {Channel::paid_social, StepKind::service}}))
              .control == "a geo hold-out (regions without these ads) or the ad platform's "
                          "conversion-lift study; the tactic's service messages still go to "
                          "everyone");
}

TEST_CASE("hypothesis-watched-kpi: a KPI the tactic only watches is never claimed to rise") {
    // A required reminder with a one-click cancel lowers the trial-to-paid rate.
    model::Kpi k = kpi(model::TargetRule::relative, "10");
    k.name = "Trial-to-paid rate";
    engine::TestInput in =
        with_steps({Channel::email, Channel::in_app}, &k,
                   {{Channel::email, StepKind::service}, {Channel::in_app, StepKind::marketing}});
    in.watches_kpi = true;
    engine::Hypothesis h = engine::make_hypothesis(in);
    // The notice reaches a hold-out too, so only the period before shows the fall.
    CHECK(h.design == TestDesign::before_after);
    CHECK(h.control == "no hold-out: service messages go to everyone they concern, so the tactic "
                       "is compared with the same period before; weaker evidence, since seasons "
                       "and other changes are not separated");
    CHECK(h.statement == "“Win-back series” is not meant to raise Trial-to-paid rate: watch that "
                         "the KPI does not fall by more than you accept against the same period "
                         "before.");
    CHECK(h.criterion == "At the go/no-go on day 30: keep it if the tactic's period trails the "
                         "same period before on Trial-to-paid rate by no more than the margin you "
                         "accept; otherwise change it and retest. Its service messages keep going "
                         "to everyone, whatever the result.");
    // Without service steps a hold-out shows how far the tactic lowers it.
    engine::TestInput email = input({Channel::email}, &k);
    email.watches_kpi = true;
    h = engine::make_hypothesis(email);
    CHECK(h.control == "a random hold-out of eligible contacts who get nothing from this tactic");
    CHECK(h.statement == "“Win-back series” is not meant to raise Trial-to-paid rate: watch that "
                         "the KPI does not fall by more than you accept against the control "
                         "group.");
    CHECK(h.criterion == "At the go/no-go on day 30: keep it if the test group trails the control "
                         "group on Trial-to-paid rate by no more than the margin you accept; "
                         "otherwise change it and retest.");
    // Lower is better: it must not rise; before/after on a channel that reaches everyone.
    k.direction = model::Direction::down;
    k.name = "Complaint rate";
    engine::TestInput pr = input({Channel::pr}, &k);
    pr.watches_kpi = true;
    h = engine::make_hypothesis(pr);
    CHECK(h.statement == "“Win-back series” is not meant to lower Complaint rate: watch that the "
                         "KPI does not rise by more than you accept against the same period "
                         "before.");
    CHECK(h.criterion == "At the go/no-go on day 30: keep it if the tactic's period trails the "
                         "same period before on Complaint rate by no more than the margin you "
                         "accept; otherwise change it and retest. Lower is better for Complaint "
                         "rate.");
}

TEST_CASE("hypothesis-plural-kpi-name: the tactic is the subject, so any KPI name reads right") {
    model::Kpi k = kpi(model::TargetRule::relative, "20", model::Unit::count);
    k.name = "Marketing-qualified leads";
    CHECK(engine::make_hypothesis(input({Channel::email}, &k)).statement ==
          "“Win-back series” raises Marketing-qualified leads by at least 20% of the control "
          "group's value against the control group.");
    engine::Hypothesis h = engine::make_hypothesis(input({Channel::content}, &k));
    CHECK(h.statement == "“Win-back series” raises Marketing-qualified leads by at least 20% of "
                         "its value against the same period before.");
    CHECK(h.criterion == "At the go/no-go on day 30: scale if the tactic's period beats the same "
                         "period before on Marketing-qualified leads by at least 20% of its "
                         "value; change and retest if it beats it by less; stop if it does not "
                         "beat it.");
    k.direction = model::Direction::down;
    k.name = "Days to first order";
    k.target.reset();
    CHECK(engine::make_hypothesis(input({Channel::email}, &k)).statement ==
          "“Win-back series” lowers Days to first order against the control group.");
}

TEST_CASE(
    "hypothesis-service-and-watch-in-german: the same rules as a German marketer reads them") {
    util::set_language("de");
    model::Kpi k = kpi(model::TargetRule::relative, "10");
    k.name = "Zahlende Abonnenten";
    engine::TestInput in =
        with_steps({Channel::email, Channel::in_app}, &k,
                   {{Channel::email, StepKind::service}, {Channel::in_app, StepKind::marketing}});
    engine::Hypothesis mixed = engine::make_hypothesis(in);
    in.watches_kpi = true;
    engine::Hypothesis watched = engine::make_hypothesis(in);
    engine::Hypothesis service = engine::make_hypothesis(
        with_steps({Channel::email}, &k, {{Channel::email, StepKind::service}}));
    util::set_language("en");
    CHECK(mixed.control == "eine zufällige Holdout-Gruppe geeigneter Kontakte, die keine "
                           "Werbenachrichten dieser Taktik bekommen; ihre Servicenachrichten "
                           "gehen weiterhin an alle");
    CHECK(mixed.statement == "Mit „Win-back series“ steigt die Kennzahl „Zahlende Abonnenten“ "
                             "gegenüber der Kontrollgruppe um mindestens 10 % des Werts der "
                             "Kontrollgruppe.");
    CHECK(watched.statement == "„Win-back series“ soll die Kennzahl „Zahlende Abonnenten“ nicht "
                               "steigern: Achten Sie darauf, dass sie gegenüber demselben "
                               "Zeitraum davor nicht stärker sinkt, als Sie hinnehmen.");
    CHECK(watched.criterion == "Beim Go/No-Go an Tag 30: beibehalten, wenn „Zahlende Abonnenten“ "
                               "im Zeitraum der Taktik höchstens um den von Ihnen hingenommenen "
                               "Abstand hinter demselben Zeitraum davor liegt; sonst ändern und "
                               "erneut testen. Die Servicenachrichten der Taktik gehen "
                               "unabhängig vom Ergebnis weiter an alle.");
    CHECK(service.control == "keine Holdout-Gruppe: Servicenachrichten gehen an alle, die sie "
                             "betreffen, daher Vergleich mit demselben Zeitraum davor; ein "
                             "schwächerer Nachweis, denn Saison und andere Änderungen lassen sich "
                             "nicht heraustrennen");
    CHECK(service.criterion == "Beim Go/No-Go an Tag 30: beibehalten, wenn „Zahlende Abonnenten“ "
                               "denselben Zeitraum davor um mindestens 10 % ihres Werts "
                               "übertrifft; sonst ändern und erneut testen. Die "
                               "Servicenachrichten der Taktik gehen unabhängig vom Ergebnis "
                               "weiter an alle.");
}
