// The calendar's channel column and step titles name channels as people say them in the
// run's language (issue 14): "E-Mail" in a German brief, the id "email" in English, as the
// English brief always showed it.

#include "output/calendar.hpp"
#include "util/date.hpp"
#include "util/messages.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace strat;
using model::Channel;

namespace {

/// One tactic: a marketing email on day 0, a service text message on day 3.
engine::CampaignDocument document() {
    engine::CampaignDocument d;
    d.name = "Shop: Retention";
    d.reviews = {{14, "go/no-go", {}}, {28, "close", {}}};
    engine::TacticEntry t;
    t.id = "winback";
    t.name = "Win back";
    t.strategy = "retention";
    t.phases.after_days = 14;
    t.steps = {{0, Channel::email, model::StepKind::marketing, "Miss you", "", {}},
               {3, Channel::sms, model::StepKind::service, "Order shipped", "", {}}};
    d.tactics = {t};
    engine::CalendarOptions options;
    options.start = util::parse_date("2027-01-04");
    engine::add_calendar(d, options);
    return d;
}

/// `write` with the run's language set to `lang`, English again afterwards.
template <typename Write> std::string in(std::string_view lang, Write write) {
    util::set_language(lang);
    std::ostringstream out;
    write(out, document());
    util::set_language("en");
    return out.str();
}

} // namespace

TEST_CASE("calendar markdown: the channel column in the run's language") {
    std::string de = in("de", output::write_calendar_markdown);
    CHECK(de.find("| 1 | 0 | 4.1.2027 | Win back | E-Mail | Miss you |\n") != std::string::npos);
    CHECK(de.find("| 1 | 3 | 7.1.2027 | Win back | SMS (Service) | Order shipped |\n") !=
          std::string::npos);
    std::string en = in("en", output::write_calendar_markdown);
    CHECK(en.find("| 1 | 0 | 2027-01-04 | Win back | email | Miss you |\n") != std::string::npos);
    CHECK(en.find("| 1 | 3 | 2027-01-07 | Win back | sms (service) | Order shipped |\n") !=
          std::string::npos);
}

TEST_CASE("calendar html: a step's title names its channel in the run's language") {
    std::string de = in("de", output::write_calendar_html);
    CHECK(de.find("<title>Tag 0 (4.1.2027): E-Mail, Miss you</title>") != std::string::npos);
    CHECK(de.find("<title>Tag 3 (7.1.2027): SMS, Order shipped</title>") != std::string::npos);
    std::string en = in("en", output::write_calendar_html);
    CHECK(en.find("<title>day 0 (2027-01-04): email, Miss you</title>") != std::string::npos);
}
