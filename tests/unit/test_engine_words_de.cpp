// The texts the engine and the review printers build, in German (issue 14): channels and
// levels by their German names, why a tactic is dropped, and the dashboard's status words
// painted in their status's colour.

#include "dashboard_fixture.hpp"
#include "engine/feasibility.hpp"
#include "engine/plan.hpp"
#include "model/vocabulary.hpp"
#include "output/dashboard.hpp"
#include "util/messages.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace strat;

namespace {

/// Sets the run's language for one test and puts English back.
struct Language {
    explicit Language(std::string_view lang) { util::set_language(lang); }
    ~Language() { util::set_language("en"); }
};

const char* tactics_text = R"(strat: 1
id: shop
name: Shop
description: d
tactics:
  - id: mail
    name: Mail
    description: d
    channels: [email]
    effort: low
    cost: low
    steps: [{day: 0, action: Email, channel: email}]
  - id: paid
    name: Paid
    description: d
    channels: [paid_social]
    effort: medium
    cost: high
    requires: {budget: high}
    steps: [{day: 0, action: Ads, channel: paid_social}]
)";

std::string dropped(const model::Tactic& tactic, const model::Facts& facts) {
    model::Roadmap b2c;
    b2c.audience = model::Reach::b2c;
    auto result = engine::fit(tactic, facts, b2c);
    REQUIRE(std::holds_alternative<engine::DroppedTactic>(result));
    return std::get<engine::DroppedTactic>(result).reason;
}

} // namespace

TEST_CASE("spoken names: the id in English, a German word in German; ids never change") {
    CHECK(model::spoken_name(model::Channel::email, "en") == "email");
    CHECK(model::spoken_name(model::Channel::email, "de") == "E-Mail");
    CHECK(model::spoken_name(model::Channel::point_of_sale, "de") == "Point of Sale");
    CHECK(model::spoken_name(model::Level::medium, "de") == "mittel");
    CHECK(model::spoken_name(model::Maturity::advanced, "de") == "erfahren");
    CHECK(model::spoken_name(model::Audience::b2b, "de") == "B2B");
    CHECK(model::spoken_name(model::Cadence::quarterly, "de") == "vierteljährlich");
    CHECK(model::name(model::Channel::email) == "email");
}

TEST_CASE("why a tactic is dropped, in the run's language, with German channel and level names") {
    load::RoadmapFile file = test::parse(tactics_text);
    REQUIRE(file.roadmap);
    const model::Tactic& mail = file.roadmap->tactics.at(0);
    const model::Tactic& paid = file.roadmap->tactics.at(1);
    model::Facts facts;
    facts.channels[model::Channel::email] = false;
    facts.budget = model::Level::low;
    CHECK(dropped(mail, facts) ==
          "its main channel, email, cannot be used (email is not available)");
    CHECK(dropped(paid, facts) == "it needs a high budget or more; yours is low");
    Language german("de");
    CHECK(dropped(mail, facts) ==
          "ihr Hauptkanal E-Mail ist nicht nutzbar (E-Mail steht nicht zur Verfügung)");
    CHECK(dropped(paid, facts) ==
          "sie braucht ein Budget mindestens der Stufe „hoch“; Ihres: „niedrig“");
}

TEST_CASE("why a weight is not counted, in German") {
    model::Requirements needs;
    needs.consent = {model::Channel::sms};
    model::Facts facts;
    facts.consent[model::Channel::sms] = model::Consent::none;
    CHECK(engine::contradicted(needs, facts, model::Roadmap{}) ==
          "there is no marketing consent for sms");
    Language german("de");
    CHECK(engine::contradicted(needs, facts, model::Roadmap{}) ==
          "es fehlt die Einwilligung in Werbung per SMS");
}

TEST_CASE("dashboard text in German: status words painted in their status's colour") {
    using namespace strat::test::dashboard;
    Language german("de");
    Fixture f;
    engine::DashboardBuilder b = f.builder(std::nullopt, day("2026-01-01"));
    add(b, "k1", "2026-01-31", 14);
    add(b, "k1", "2026-02-28", 17);
    std::ostringstream out;
    output::print_dashboard_text(out, b.finish(), output::TextView{true, 80});
    // "im Plan" is on-track's word: green, as "on-track" is in English.
    CHECK(out.str().find("\x1b[32mim Plan\x1b[0m") != std::string::npos);
    CHECK(out.str().find("on-track") == std::string::npos);
}
