// The calendar's renderers on a small campaign document: the Markdown tables, the
// skeleton's `calendar:` section, the Mermaid gantt (its text made safe for Mermaid) and
// the HTML section.

#include "output/calendar.hpp"
#include "output/yaml_writer.hpp"
#include "util/date.hpp"
#include "util/messages.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace strat;
using model::Channel;

namespace {

/// Two weeks of pilot, then scale to day 28; the winback's email and SMS and the
/// newsletter's email fall in week 1, one over the default cap of 2.
engine::CampaignDocument document(bool start) {
    engine::CampaignDocument d;
    d.name = "Shop: Retention";
    d.reviews = {{14, "go/no-go", {}}, {28, "close", {}}};
    engine::TacticEntry winback;
    winback.id = "winback";
    winback.name = "Win back: lapsed | #1; customers";
    winback.strategy = "retention";
    winback.trigger = "no order in 90 days";
    winback.phases.after_days = 14;
    winback.steps = {{0, Channel::email, model::StepKind::marketing, "Miss you", "", {}},
                     {3, Channel::sms, model::StepKind::marketing, "Code", "", {}}};
    engine::TacticEntry newsletter;
    newsletter.id = "newsletter";
    newsletter.name = "Newsletter";
    newsletter.strategy = "retention";
    newsletter.phases.after_days = 14;
    newsletter.steps = {{1, Channel::email, model::StepKind::marketing, "News", "", {}},
                        {8, std::nullopt, model::StepKind::marketing, "Count", "", {}}};
    d.tactics = {winback, newsletter};
    engine::CalendarOptions options;
    if (start)
        options.start = util::parse_date("2027-01-04");
    engine::add_calendar(d, options);
    return d;
}

} // namespace

TEST_CASE("calendar markdown: phases, steps by day with dates, the week over the cap") {
    std::ostringstream out;
    output::write_calendar_markdown(out, document(true));
    CHECK(out.str() == R"(
## Calendar

From the start on 2027-01-04: every tactic runs as a pilot, passes its go/no-go review, then scales until the campaign closes on day 28 (2027-02-01).

| Tactic | Pilot | Go/no-go | Scale |
|---|---|---|---|
| Win back: lapsed \| #1; customers | day 0 to 13 (2027-01-04 to 2027-01-17) | day 14 (2027-01-18) | day 14 to 28 (2027-01-18 to 2027-02-01) |
| Newsletter | day 0 to 13 (2027-01-04 to 2027-01-17) | day 14 (2027-01-18) | day 14 to 28 (2027-01-18 to 2027-02-01) |

| Week | Day | Date | Tactic | Channel | Step |
|---|---|---|---|---|---|
| **1** over the cap | 0 | 2027-01-04 | Win back: lapsed \| #1; customers | email | Miss you |
| **1** over the cap | 1 | 2027-01-05 | Newsletter | email | News |
| **1** over the cap | 3 | 2027-01-07 | Win back: lapsed \| #1; customers | sms | Code |
| 2 | 8 | 2027-01-12 | Newsletter |  | Count |

### Contact cap

At most 2 marketing messages per contact per week (strat's default; --contact-cap sets another). Counted for one contact who enters every journey on its first day, each conditional step included: the most the plan's own steps can send. Email, SMS, push, messaging, phone and post count; service messages, ads, web pages and in-store steps do not.

| Week | Days | Audience | Messages | Tactics |
|---|---|---|---|---|
| 1 | day 0 to 6 (2027-01-04 to 2027-01-10) | every contact | 3 | Win back: lapsed \| #1; customers; Newsletter |

The checklist says which journey holds back which.
)");
}

TEST_CASE("calendar markdown: without a start, days only") {
    std::ostringstream out;
    output::write_calendar_markdown(out, document(false));
    CHECK(out.str() == R"(
## Calendar

Days from the campaign's start, whose date is filled in later (or run strat plan with --start): every tactic runs as a pilot, passes its go/no-go review, then scales until the campaign closes on day 28.

| Tactic | Pilot | Go/no-go | Scale |
|---|---|---|---|
| Win back: lapsed \| #1; customers | day 0 to 13 | day 14 | day 14 to 28 |
| Newsletter | day 0 to 13 | day 14 | day 14 to 28 |

| Week | Day | Tactic | Channel | Step |
|---|---|---|---|---|
| **1** over the cap | 0 | Win back: lapsed \| #1; customers | email | Miss you |
| **1** over the cap | 1 | Newsletter | email | News |
| **1** over the cap | 3 | Win back: lapsed \| #1; customers | sms | Code |
| 2 | 8 | Newsletter |  | Count |

### Contact cap

At most 2 marketing messages per contact per week (strat's default; --contact-cap sets another). Counted for one contact who enters every journey on its first day, each conditional step included: the most the plan's own steps can send. Email, SMS, push, messaging, phone and post count; service messages, ads, web pages and in-store steps do not.

| Week | Days | Audience | Messages | Tactics |
|---|---|---|---|---|
| 1 | day 0 to 6 | every contact | 3 | Win back: lapsed \| #1; customers; Newsletter |

The checklist says which journey holds back which.
)");
}

TEST_CASE("calendar yaml: the skeleton's section") {
    std::ostringstream out;
    {
        output::YamlWriter y(out);
        y.begin_map();
        output::write_calendar_yaml(y, document(true));
        y.end_map();
        y.end();
    }
    CHECK(out.str() == R"(

# Every tactic on one timeline, in days from dates.start: the pilot from the
# start, the go/no-go review, then scale until the close. over_cap: weeks where
# one contact in every journey would get more marketing messages than contact_cap.
calendar:
  start: 2027-01-04
  close_day: 28
  contact_cap: 2  # marketing messages per contact per week (strat's default)
  tactics:
    - id: winback
      pilot:
        from_day: 0
        to_day: 13
        from: 2027-01-04
        to: 2027-01-17
      go_no_go:
        from_day: 14
        to_day: 14
        from: 2027-01-18
        to: 2027-01-18
      scale:
        from_day: 14
        to_day: 28
        from: 2027-01-18
        to: 2027-02-01
      message_days: [0, 3]
    - id: newsletter
      pilot:
        from_day: 0
        to_day: 13
        from: 2027-01-04
        to: 2027-01-17
      go_no_go:
        from_day: 14
        to_day: 14
        from: 2027-01-18
        to: 2027-01-18
      scale:
        from_day: 14
        to_day: 28
        from: 2027-01-18
        to: 2027-02-01
      message_days: [1]
  over_cap:
    - week: 1
      audience: every_contact
      messages: 3
      tactics: [winback, newsletter]
  suppressions:
    - journey: winback
      suppresses: newsletter
      why: triggered
      weeks: [1]
)");
}

TEST_CASE("calendar gantt: valid Mermaid, sections per tactic, `:` `#` `;` and line breaks "
          "taken out of names") {
    std::ostringstream out;
    output::print_calendar_gantt(out, document(true));
    CHECK(out.str() == R"(gantt
    title Shop Retention
    dateFormat YYYY-MM-DD
    axisFormat %d %b
    section Win back lapsed | 1 customers
    Pilot :2027-01-04, 14d
    Go/no-go :milestone, 2027-01-18, 0d
    Scale :2027-01-18, 14d
    day 0 email :crit, milestone, 2027-01-04, 0d
    day 3 sms :crit, milestone, 2027-01-07, 0d
    section Newsletter
    Pilot :2027-01-04, 14d
    Go/no-go :milestone, 2027-01-18, 0d
    Scale :2027-01-18, 14d
    day 1 email :crit, milestone, 2027-01-05, 0d
    day 8 work :milestone, 2027-01-12, 0d
)");
}

TEST_CASE("calendar html: the section, a row per tactic, the shaded week and the table") {
    std::ostringstream out;
    output::write_calendar_html(out, document(true));
    std::string html = out.str();
    CHECK(html.starts_with("<section id=\"calendar\">\n<h2>Calendar</h2>\n"));
    CHECK(html.find("<rect class=\"over\"") != std::string::npos);
    CHECK(html.find("<td>Win back: lapsed | #1; customers</td>") != std::string::npos);
    CHECK(html.find("<tr><td>1</td><td>day 0 to 6 (2027-01-04 to 2027-01-10)</td><td>every "
                    "contact</td><td>3</td><td>Win back: lapsed | #1; customers; "
                    "Newsletter</td></tr>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("calendar markdown in German: the words for people from the catalogue") {
    util::set_language("de");
    std::ostringstream out;
    output::write_calendar_markdown(out, document(true));
    util::set_language("en");
    std::string md = out.str();
    // Dates as German readers write them, 4.1.2027.
    CHECK(md.starts_with("\n## Kalender\n\nAb dem Start am 4.1.2027: Jede Taktik läuft als Pilot"));
    CHECK(md.find("| Newsletter | Tag 0 bis 13 (4.1.2027 bis 17.1.2027) | Tag 14 (18.1.2027) | "
                  "Tag 14 bis 28 (18.1.2027 bis 1.2.2027) |\n") != std::string::npos);
    CHECK(md.find("| 0 | 4.1.2027 | Win back") != std::string::npos);
    CHECK(md.find("\n### Kontaktobergrenze\n\nHöchstens 2 Werbenachrichten pro Kontakt und Woche "
                  "(Vorgabe von strat; --contact-cap setzt eine andere).") != std::string::npos);
}

TEST_CASE("calendar gantt: only the messages that take part in a week over the cap are crit") {
    // Those asked to confirm consent get three emails in week 1; the consented one, which
    // stays within the cap.
    engine::CampaignDocument d;
    d.name = "Shop: Consent";
    d.reviews = {{14, "close", {}}};
    engine::TacticEntry confirm;
    confirm.id = "repermission";
    confirm.name = "Re-permission";
    confirm.builds_consent_for = {Channel::email};
    confirm.phases.after_days = 7;
    for (int day : {0, 2, 4})
        confirm.steps.push_back({day, Channel::email, model::StepKind::marketing, "Ask", "", {}});
    engine::TacticEntry inspire;
    inspire.id = "inspiration";
    inspire.name = "Inspiration";
    inspire.strategy = "retention";
    inspire.phases.after_days = 7;
    inspire.steps = {{1, Channel::email, model::StepKind::marketing, "Ideas", "", Channel::email}};
    d.tactics = {confirm, inspire};
    engine::add_calendar(d, {util::parse_date("2027-01-04"), std::nullopt});
    std::ostringstream out;
    output::print_calendar_gantt(out, d);
    CHECK(out.str() == R"(gantt
    title Shop Consent
    dateFormat YYYY-MM-DD
    axisFormat %d %b
    section Re-permission
    Pilot :2027-01-04, 7d
    Go/no-go :milestone, 2027-01-11, 0d
    Scale :2027-01-11, 7d
    day 0 email :crit, milestone, 2027-01-04, 0d
    day 2 email :crit, milestone, 2027-01-06, 0d
    day 4 email :crit, milestone, 2027-01-08, 0d
    section Inspiration
    Pilot :2027-01-04, 7d
    Go/no-go :milestone, 2027-01-11, 0d
    Scale :2027-01-11, 7d
    day 1 email :milestone, 2027-01-05, 0d
)");
}
