// The calendar as a Mermaid gantt chart (renders in GitHub and GitLab Markdown): one
// section per tactic with its pilot, go/no-go and scale, and a milestone per step; steps in
// a week over the contact cap are marked `crit`.

#include "output/calendar.hpp"
#include "util/date.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::output {
namespace {

using util::tr;

/// Text on a gantt line: a `:` ends a task's name, `#` starts an entity or comment, `;`
/// ends a statement and a line break ends the line, so each becomes a space or is dropped;
/// runs of spaces fold into one.
std::string gantt_text(std::string_view text) {
    std::string out;
    for (char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        bool breaks = ch == ':' || ch == '#' || ch == ';' || c < 0x20 || c == 0x7f;
        char keep = breaks ? ' ' : ch;
        if (keep == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out += keep;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out.empty() ? std::string("-") : out;
}

/// A message of `t` in a week where it takes part in going over the cap.
bool over_cap(const engine::Calendar& c, const engine::CalendarTactic& t, int day) {
    return std::any_of(c.over_cap.begin(), c.over_cap.end(), [&](const engine::OverCapWeek& w) {
        return w.week == day / 7 + 1 &&
               std::find(w.tactics.begin(), w.tactics.end(), t.id) != w.tactics.end();
    });
}

} // namespace

void print_calendar_gantt(std::ostream& out, const engine::CampaignDocument& d) {
    engine::Calendar c = d.calendar;
    if (!c.start) // strat graph asks for --start; this keeps a chart drawable without one
        c.start = util::first_date;
    out << "gantt\n";
    out << fmt::format("    title {}\n", gantt_text(d.name));
    out << "    dateFormat YYYY-MM-DD\n    axisFormat %d %b\n";
    for (const engine::CalendarTactic& t : c.tactics) {
        out << fmt::format("    section {}\n", gantt_text(t.name));
        out << fmt::format("    {} :{}, {}d\n", gantt_text(tr("Pilot")), *c.date(t.pilot_from),
                           t.go_no_go - t.pilot_from);
        out << fmt::format("    {} :milestone, {}, 0d\n", gantt_text(tr("Go/no-go")),
                           *c.date(t.go_no_go));
        if (t.scale_to > t.go_no_go)
            out << fmt::format("    {} :{}, {}d\n", gantt_text(tr("Scale")), *c.date(t.go_no_go),
                               t.scale_to - t.go_no_go);
        for (const engine::CalendarStep& s : t.steps) {
            std::string what(s.channel ? model::name(*s.channel) : tr("work"));
            out << fmt::format("    {} :{}milestone, {}, 0d\n",
                               gantt_text(fmt::format(fmt::runtime(tr("day {} {}")), s.day, what)),
                               s.counted && over_cap(c, t, s.day) ? "crit, " : "", *c.date(s.day));
        }
    }
}

} // namespace strat::output
