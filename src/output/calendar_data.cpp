// The calendar in the machine formats: the skeleton's `calendar:` section and the JSON
// `calendar` object, with the same keys. Days count from the campaign's start; dates are
// written only when the start is known.

#include "output/calendar.hpp"
#include "output/json.hpp"
#include "output/yaml_writer.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

namespace strat::output {
namespace {

void phase_yaml(YamlWriter& y, const engine::Calendar& c, std::string_view key, int from, int to) {
    y.key(key).begin_map();
    y.key("from_day").number(from);
    y.key("to_day").number(to);
    if (c.start) {
        y.key("from").word(*c.date(from));
        y.key("to").word(*c.date(to));
    }
    y.end_map();
}

void phase_json(JsonWriter& json, const engine::Calendar& c, std::string_view key, int from,
                int to) {
    json.key(key).begin_object();
    json.field("from_day", from);
    json.field("to_day", to);
    json.key("from");
    c.start ? json.value(std::string_view(*c.date(from))) : json.null();
    json.key("to");
    c.start ? json.value(std::string_view(*c.date(to))) : json.null();
    json.end_object();
}

} // namespace

void write_calendar_yaml(YamlWriter& y, const engine::CampaignDocument& d) {
    const engine::Calendar& c = d.calendar;
    y.section(util::tr("Every tactic on one timeline, in days from dates.start: the pilot from "
                       "the\nstart, the go/no-go review, then scale until the close. over_cap: "
                       "weeks where\none contact in every journey would get more marketing "
                       "messages than contact_cap."));
    y.key("calendar").begin_map();
    if (c.start)
        y.key("start").word(*c.date(0));
    else
        y.key("start").null(util::tr("fill in: YYYY-MM-DD (or run strat plan with --start)"));
    y.key("close_day").number(c.close_day);
    y.key("contact_cap").number(c.contact_cap);
    y.comment(c.cap_given ? util::tr("marketing messages per contact per week (--contact-cap)")
                          : util::tr("marketing messages per contact per week (strat's default)"));
    y.key("tactics").begin_list(c.tactics.empty());
    for (const engine::CalendarTactic& t : c.tactics) {
        y.begin_map();
        y.key("id").word(t.id);
        phase_yaml(y, c, "pilot", t.pilot_from, t.go_no_go - 1);
        phase_yaml(y, c, "go_no_go", t.go_no_go, t.go_no_go);
        phase_yaml(y, c, "scale", t.go_no_go, t.scale_to);
        y.key("message_days").begin_list(true);
        for (const engine::CalendarStep& s : t.steps)
            if (s.counted)
                y.number(s.day);
        y.end_list();
        y.end_map();
    }
    y.end_list();
    y.key("over_cap").begin_list(c.over_cap.empty());
    for (const engine::OverCapWeek& w : c.over_cap) {
        y.begin_map();
        y.key("week").number(w.week);
        y.key("audience").word(engine::audience_id(w.audience));
        y.key("messages").number(w.messages);
        std::vector<std::string_view> ids(w.tactics.begin(), w.tactics.end());
        y.key("tactics").words(ids);
        y.end_map();
    }
    y.end_list();
    y.key("suppressions").begin_list(c.suppressions.empty());
    for (const engine::Suppression& s : c.suppressions) {
        y.begin_map();
        y.key("journey").word(s.journey);
        y.key("suppresses").word(s.suppressed);
        y.key("why").word(engine::precedence_id(s.why));
        y.key("weeks").begin_list(true);
        for (int week : s.weeks)
            y.number(week);
        y.end_list();
        y.end_map();
    }
    y.end_list();
    y.end_map();
}

void write_calendar_json(JsonWriter& json, const engine::CampaignDocument& d) {
    const engine::Calendar& c = d.calendar;
    json.key("calendar").begin_object();
    json.key("start");
    c.start ? json.value(std::string_view(*c.date(0))) : json.null();
    json.field("close_day", c.close_day);
    json.field("contact_cap", c.contact_cap);
    json.field("contact_cap_given", c.cap_given);
    json.key("tactics").begin_array();
    for (const engine::CalendarTactic& t : c.tactics) {
        json.begin_object();
        json.field("id", std::string_view(t.id));
        phase_json(json, c, "pilot", t.pilot_from, t.go_no_go - 1);
        phase_json(json, c, "go_no_go", t.go_no_go, t.go_no_go);
        phase_json(json, c, "scale", t.go_no_go, t.scale_to);
        json.key("message_days").begin_array();
        for (const engine::CalendarStep& s : t.steps)
            if (s.counted)
                json.value(s.day);
        json.end_array();
        json.end_object();
    }
    json.end_array();
    json.key("over_cap").begin_array();
    for (const engine::OverCapWeek& w : c.over_cap) {
        json.begin_object();
        json.field("week", w.week);
        json.field("audience", engine::audience_id(w.audience));
        json.field("messages", w.messages);
        json.key("tactics").begin_array();
        for (const std::string& id : w.tactics)
            json.value(std::string_view(id));
        json.end_array();
        json.end_object();
    }
    json.end_array();
    json.key("suppressions").begin_array();
    for (const engine::Suppression& s : c.suppressions) {
        json.begin_object();
        json.field("journey", std::string_view(s.journey));
        json.field("suppresses", std::string_view(s.suppressed));
        json.field("why", engine::precedence_id(s.why));
        json.key("weeks").begin_array();
        for (int week : s.weeks)
            json.value(week);
        json.end_array();
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

} // namespace strat::output
