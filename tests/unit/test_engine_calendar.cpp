// The calendar and the contact policy, built from a campaign document written by hand:
// phases from the go/no-go and the last review, dates from --start, the weeks over the cap
// and who suppresses whom.

#include "engine/calendar.hpp"
#include "engine/campaign.hpp"
#include "util/date.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace strat;
using engine::StepEntry;
using model::Channel;
using model::StepKind;

namespace {

StepEntry step(int day, std::optional<Channel> channel, StepKind kind = StepKind::marketing,
               std::optional<Channel> gate = std::nullopt) {
    return {day, channel, kind, "do it", "", gate};
}

engine::TacticEntry tactic(std::string id, std::string trigger, std::vector<StepEntry> steps) {
    engine::TacticEntry t;
    t.id = id;
    t.name = fmt::format("Tactic {}", id);
    t.strategy = "retention";
    t.trigger = std::move(trigger);
    t.steps = std::move(steps);
    return t;
}

/// Winback (triggered): email day 0, SMS day 4. Newsletter (scheduled): email day 1, a
/// service email day 2, push day 9, email day 100. Ads: display only.
engine::CampaignDocument document() {
    engine::CampaignDocument d;
    d.reviews = {{30, "go/no-go", {}}, {60, "mid", {}}, {90, "close", {}}};
    d.tactics.push_back(tactic("newsletter", "",
                               {step(1, Channel::email), step(2, Channel::email, StepKind::service),
                                step(9, Channel::push), step(100, Channel::email)}));
    d.tactics.push_back(
        tactic("winback", "no order in 90 days", {step(0, Channel::email), step(4, Channel::sms)}));
    d.tactics.push_back(tactic("ads", "", {step(0, Channel::display), step(3, std::nullopt)}));
    return d;
}

} // namespace

TEST_CASE("calendar: phases from the go/no-go and the last review, steps by day, no dates "
          "without a start") {
    engine::Calendar c = engine::make_calendar(document(), {});
    CHECK(c.close_day == 90);
    CHECK(c.last_day == 100);
    CHECK(c.weeks() == 15);
    REQUIRE(c.tactics.size() == 3);
    const engine::CalendarTactic& n = c.tactics[0];
    CHECK(n.pilot_from == 0);
    CHECK(n.go_no_go == 30);
    CHECK(n.scale_to == 90);
    CHECK_FALSE(n.triggered);
    CHECK(c.tactics[1].triggered);
    // service steps, ads and steps without a channel do not count against the cap
    std::vector<bool> counted;
    for (const engine::CalendarStep& s : n.steps)
        counted.push_back(s.counted);
    CHECK(counted == std::vector<bool>{true, false, true, true});
    CHECK_FALSE(engine::sends_messages(c.tactics[2]));
    CHECK(c.date(0) == std::nullopt);
}

TEST_CASE("calendar: --start gives every day its date, and the campaign its start, end and "
          "review dates") {
    engine::CampaignDocument d = document();
    engine::add_calendar(d, {util::parse_date("2027-01-04"), std::nullopt});
    CHECK(d.calendar.date(0) == "2027-01-04");
    CHECK(d.calendar.date(100) == "2027-04-14");
    CHECK(d.start.value == "2027-01-04");
    CHECK(d.end.value == "2027-04-04");
    CHECK(d.reviews[0].date.value == "2027-02-03");
    CHECK(d.reviews[2].date.value == "2027-04-04");
}

TEST_CASE("calendar: the weeks over the cap, and the triggered journey suppresses the "
          "scheduled send") {
    engine::CampaignDocument d = document();
    engine::add_calendar(d, {});
    const engine::Calendar& c = d.calendar;
    CHECK(c.contact_cap == 2);
    CHECK_FALSE(c.cap_given);
    // week 1: winback's email and SMS and the newsletter's email; week 2 only a push
    REQUIRE(c.over_cap.size() == 1);
    CHECK(c.over_cap[0].week == 1);
    CHECK(c.over_cap[0].audience == engine::CapAudience::every_contact);
    CHECK(c.over_cap[0].messages == 3);
    CHECK(c.over_cap[0].tactics == std::vector<std::string>{"newsletter", "winback"});
    REQUIRE(c.suppressions.size() == 1);
    CHECK(c.suppressions[0].journey == "winback");
    CHECK(c.suppressions[0].suppressed == "newsletter");
    CHECK(c.suppressions[0].why == engine::Precedence::triggered);
    CHECK(c.suppressions[0].weeks == std::vector<int>{1});
    std::vector<std::string> items;
    for (const engine::PrivacyItem& item : d.privacy)
        items.push_back(fmt::format("{}: {}", item.topic, item.text));
    CHECK(items ==
          std::vector<std::string>{
              "contacts: At most 2 marketing messages per contact per week across all tactics "
              "(strat's default); service messages do not count. The plan's own steps exceed it "
              "in week 1 (see the calendar).",
              "contacts: Where journeys meet in one contact's week beyond the cap, the earlier in "
              "this order sends and the later holds back: Tactic winback; Tactic newsletter.",
              "contacts: Tactic winback suppresses Tactic newsletter to the same contact in week "
              "1: a journey the contact's own action started goes before a scheduled send."});
}

TEST_CASE("calendar: --contact-cap 1 finds more weeks; a cap of 3 none") {
    engine::Calendar one = engine::make_calendar(document(), {std::nullopt, 1});
    CHECK(one.cap_given);
    REQUIRE(one.over_cap.size() == 1); // week 2 holds one push: not over a cap of 1
    CHECK(one.over_cap[0].week == 1);
    engine::Calendar three = engine::make_calendar(document(), {std::nullopt, 3});
    CHECK(three.over_cap.empty());
    CHECK(three.suppressions.empty());
}

TEST_CASE("calendar: consent being confirmed and consent on record are two audiences") {
    engine::CampaignDocument d;
    d.reviews = {{90, "close", {}}};
    engine::TacticEntry confirm =
        tactic("repermission", "",
               {step(0, Channel::email), step(2, Channel::email), step(5, Channel::email)});
    confirm.strategy.clear(); // planned first, to build consent
    confirm.builds_consent_for = {Channel::email};
    d.tactics.push_back(confirm);
    d.tactics.push_back(tactic("inspiration", "season opens",
                               {step(0, Channel::email, StepKind::marketing, Channel::email),
                                step(6, Channel::email, StepKind::marketing, Channel::email)}));
    engine::Calendar c = engine::make_calendar(d, {});
    // the consented get 2 (the cap), those asked to confirm 3 from one tactic
    REQUIRE(c.over_cap.size() == 1);
    CHECK(c.over_cap[0].audience == engine::CapAudience::confirming);
    CHECK(c.over_cap[0].messages == 3);
    CHECK(c.over_cap[0].tactics == std::vector<std::string>{"repermission"});
    CHECK(c.suppressions.empty());
    CHECK(engine::audience_id(engine::CapAudience::confirming) == "confirming");
}
