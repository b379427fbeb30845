// The calendar as Markdown: the phases per tactic, every step on one timeline by day (and
// date), then the weeks where one contact would get more marketing messages than the cap.

#include "output/calendar.hpp"
#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace strat::output {

using util::tr;

namespace {

/// A calendar date as people read it in the run's language ("1.3.2026" in German).
std::string shown(const std::string& iso) {
    return util::date(iso, util::language());
}

} // namespace

std::string day_span(const engine::Calendar& c, int from, int to) {
    std::string days = from == to ? fmt::format(fmt::runtime(tr("day {}")), from)
                                  : fmt::format(fmt::runtime(tr("day {} to {}")), from, to);
    if (!c.start)
        return days;
    return from == to ? fmt::format("{} ({})", days, shown(*c.date(from)))
                      : fmt::format(fmt::runtime(tr("{} ({} to {})")), days, shown(*c.date(from)),
                                    shown(*c.date(to)));
}

std::string cap_text(const engine::Calendar& c) {
    return fmt::format(
        fmt::runtime(tr("At most {} {} per contact per week ({}). Counted for one contact who "
                        "enters every journey on its first day, each conditional step "
                        "included: the most the plan's own steps can send. Email, SMS, push, "
                        "messaging, phone and post count; service messages, ads, web pages and "
                        "in-store steps do not.")),
        c.contact_cap,
        util::tr_n(static_cast<std::size_t>(c.contact_cap), "marketing message",
                   "marketing messages"),
        c.cap_given ? std::string_view("--contact-cap")
                    : tr("strat's default; --contact-cap sets another"));
}

std::string intro_text(const engine::Calendar& c) {
    if (c.start)
        return fmt::format(fmt::runtime(tr("From the start on {}: every tactic runs as a pilot, "
                                           "passes its go/no-go review, then scales until the "
                                           "campaign closes on day {} ({}).")),
                           shown(*c.date(0)), c.close_day, shown(*c.date(c.close_day)));
    return fmt::format(
        fmt::runtime(tr("Days from the campaign's start, whose date is filled in later (or run "
                        "strat plan with --start): every tactic runs as a pilot, passes its "
                        "go/no-go review, then scales until the campaign closes on day {}.")),
        c.close_day);
}

namespace {

/// Table cells must not break the table: escape pipes, flatten line breaks.
std::string cell(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '|')
            out += "\\|";
        else if (c == '\n' || c == '\r')
            out += ' ';
        else
            out += c;
    }
    return out;
}

struct TimelineRow {
    int day;
    const engine::CalendarTactic* tactic;
    const engine::CalendarStep* step;
};

/// Every step of every tactic by day; on one day, in plan order.
std::vector<TimelineRow> timeline(const engine::Calendar& c) {
    std::vector<TimelineRow> rows;
    for (const engine::CalendarTactic& t : c.tactics)
        for (const engine::CalendarStep& s : t.steps)
            rows.push_back({s.day, &t, &s});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const TimelineRow& a, const TimelineRow& b) { return a.day < b.day; });
    return rows;
}

/// A message that takes part in a week over the cap.
bool over_cap(const engine::Calendar& c, const engine::CalendarTactic& t,
              const engine::CalendarStep& s) {
    return s.counted &&
           std::any_of(c.over_cap.begin(), c.over_cap.end(), [&](const engine::OverCapWeek& w) {
               return w.week == s.day / 7 + 1 &&
                      std::find(w.tactics.begin(), w.tactics.end(), t.id) != w.tactics.end();
           });
}

void write_phases(std::ostream& out, const engine::Calendar& c) {
    out << fmt::format("\n| {} | {} | {} | {} |\n|---|---|---|---|\n", tr("Tactic"), tr("Pilot"),
                       tr("Go/no-go"), tr("Scale"));
    for (const engine::CalendarTactic& t : c.tactics)
        out << fmt::format(
            "| {} | {} | {} | {} |\n", cell(t.name), day_span(c, t.pilot_from, t.go_no_go - 1),
            day_span(c, t.go_no_go, t.go_no_go), day_span(c, t.go_no_go, t.scale_to));
}

void write_steps(std::ostream& out, const engine::Calendar& c) {
    out << fmt::format("\n| {} | {} |{} {} | {} | {} |\n|---|---|{}---|---|---|\n", tr("Week"),
                       tr("Day"), c.start ? fmt::format(" {} |", tr("Date")) : std::string(),
                       tr("Tactic"), tr("Channel"), tr("Step"), c.start ? "---|" : "");
    for (const TimelineRow& r : timeline(c)) {
        int week = r.day / 7 + 1;
        std::string week_cell = over_cap(c, *r.tactic, *r.step)
                                    ? fmt::format(fmt::runtime(tr("**{}** over the cap")), week)
                                    : std::to_string(week);
        std::string channel; // the channel's word for people; ids stay in YAML and JSON
        if (r.step->channel) {
            std::string_view spoken = model::spoken_name(*r.step->channel, util::language());
            channel = r.step->kind == model::StepKind::service
                          ? fmt::format(fmt::runtime(tr("{} (service)")), spoken)
                          : std::string(spoken);
        }
        out << fmt::format("| {} | {} |{} {} | {} | {} |\n", week_cell, r.day,
                           c.start ? fmt::format(" {} |", shown(*c.date(r.day))) : std::string(),
                           cell(r.tactic->name), channel, cell(r.step->action));
    }
}

void write_cap(std::ostream& out, const engine::Calendar& c) {
    out << fmt::format("\n### {}\n\n{}\n", tr("Contact cap"), cap_text(c));
    if (c.over_cap.empty()) {
        out << fmt::format("\n{}\n", tr("No week exceeds the cap."));
        return;
    }
    out << fmt::format("\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n", tr("Week"),
                       tr("Days"), tr("Audience"), tr("Messages"), tr("Tactics"));
    for (const engine::OverCapWeek& w : c.over_cap) {
        std::vector<std::string> names;
        for (const std::string& id : w.tactics)
            for (const engine::CalendarTactic& t : c.tactics)
                if (t.id == id)
                    names.push_back(cell(t.name));
        out << fmt::format("| {} | {} | {} | {} | {} |\n", w.week,
                           day_span(c, (w.week - 1) * 7, (w.week - 1) * 7 + 6),
                           engine::audience_text(w.audience), w.messages, fmt::join(names, "; "));
    }
    out << fmt::format("\n{}\n", tr("The checklist says which journey holds back which."));
}

} // namespace

void write_calendar_markdown(std::ostream& out, const engine::CampaignDocument& d) {
    const engine::Calendar& c = d.calendar;
    out << fmt::format("\n## {}\n\n", tr("Calendar"));
    out << intro_text(c) << "\n";
    if (c.tactics.empty())
        return;
    write_phases(out, c);
    write_steps(out, c);
    write_cap(out, c);
}

} // namespace strat::output
