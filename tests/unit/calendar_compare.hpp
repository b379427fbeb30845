#pragma once
// The skeleton's `calendar:` section read back with yaml-cpp and compared value by value
// with the document's calendar (test_output_campaign_roundtrip.cpp).

#include "engine/calendar.hpp"
#include "yaml_compare.hpp"

namespace strat::test {

inline void compare_phase(const Compare& c, const engine::Calendar& cal, const YAML::Node& node,
                          int from, int to) {
    Map phase(node);
    c.number(phase["from_day"], from);
    c.number(phase["to_day"], to);
    if (cal.start) {
        c.text(phase["from"], *cal.date(from));
        c.text(phase["to"], *cal.date(to));
    }
    phase.done();
}

inline void compare_numbers(const Compare& c, const YAML::Node& node,
                            const std::vector<int>& want) {
    REQUIRE(node.IsSequence());
    REQUIRE(node.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i)
        c.number(node[i], want[i]);
}

inline void compare_calendar(const Compare& c, const YAML::Node& node,
                             const engine::Calendar& cal) {
    Map m(node);
    if (cal.start)
        c.text(m["start"], *cal.date(0));
    else
        CHECK(m["start"].IsNull());
    c.number(m["close_day"], cal.close_day);
    c.number(m["contact_cap"], cal.contact_cap);
    YAML::Node tactics = m["tactics"];
    REQUIRE(tactics.size() == cal.tactics.size());
    for (std::size_t i = 0; i < cal.tactics.size(); ++i) {
        const engine::CalendarTactic& t = cal.tactics[i];
        Map entry(tactics[i]);
        c.text(entry["id"], t.id);
        compare_phase(c, cal, entry["pilot"], t.pilot_from, t.go_no_go - 1);
        compare_phase(c, cal, entry["go_no_go"], t.go_no_go, t.go_no_go);
        compare_phase(c, cal, entry["scale"], t.go_no_go, t.scale_to);
        std::vector<int> days;
        for (const engine::CalendarStep& s : t.steps)
            if (s.counted)
                days.push_back(s.day);
        compare_numbers(c, entry["message_days"], days);
        entry.done();
    }
    YAML::Node over = m["over_cap"];
    REQUIRE(over.size() == cal.over_cap.size());
    for (std::size_t i = 0; i < cal.over_cap.size(); ++i) {
        const engine::OverCapWeek& w = cal.over_cap[i];
        Map entry(over[i]);
        c.number(entry["week"], w.week);
        c.text(entry["audience"], engine::audience_id(w.audience));
        c.number(entry["messages"], w.messages);
        c.words(entry["tactics"], {w.tactics.begin(), w.tactics.end()});
        entry.done();
    }
    YAML::Node suppressions = m["suppressions"];
    REQUIRE(suppressions.size() == cal.suppressions.size());
    for (std::size_t i = 0; i < cal.suppressions.size(); ++i) {
        const engine::Suppression& s = cal.suppressions[i];
        Map entry(suppressions[i]);
        c.text(entry["journey"], s.journey);
        c.text(entry["suppresses"], s.suppressed);
        c.text(entry["why"], engine::precedence_id(s.why));
        compare_numbers(c, entry["weeks"], s.weeks);
        entry.done();
    }
    m.done();
}

} // namespace strat::test
