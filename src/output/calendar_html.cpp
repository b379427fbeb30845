// The calendar in the HTML brief: a timeline drawn as inline SVG (a row per tactic with its
// pilot, go/no-go and scale, a mark per step, the weeks over the contact cap shaded), then
// the contact cap and the weeks that exceed it. No script: each mark's <title> says what
// it is, and the table below says it in words.

#include "output/calendar.hpp"
#include "output/html.hpp"
#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace strat::output {
namespace {

/// A calendar date as people read it in the run's language ("1.3.2026" in German).
std::string shown(const std::string& iso) {
    return util::date(iso, util::language());
}

using util::tr;
constexpr auto& h = html_text;

constexpr int width = 700; ///< the drawing's units; it scales to the column's width
constexpr int pad = 6;

struct Scale {
    int days; ///< days shown: 0 to last_day
    double x(int day) const {
        return pad + (width - 2.0 * pad) * static_cast<double>(day) / static_cast<double>(days);
    }
};

bool over_cap(const engine::Calendar& c, int week) {
    return std::any_of(c.over_cap.begin(), c.over_cap.end(),
                       [&](const engine::OverCapWeek& w) { return w.week == week; });
}

/// The weeks over the cap, shaded behind a row.
std::string shading(const engine::Calendar& c, const Scale& s, int height) {
    std::string out;
    for (int week = 1; week <= c.weeks(); ++week)
        if (over_cap(c, week))
            out += fmt::format("<rect class=\"over\" x=\"{:.1f}\" y=\"0\" width=\"{:.1f}\" "
                               "height=\"{}\"/>",
                               s.x((week - 1) * 7),
                               s.x(std::min(week * 7, s.days)) - s.x((week - 1) * 7), height);
    return out;
}

std::string axis(const engine::Calendar& c, const Scale& s) {
    std::string out = fmt::format("<svg class=\"axis\" viewBox=\"0 0 {} 22\" role=\"img\" "
                                  "aria-label=\"{}\">",
                                  width, h(tr("weeks from the start")));
    out += shading(c, s, 22);
    for (int week = 1; week <= c.weeks(); ++week) {
        double x = s.x((week - 1) * 7);
        out += fmt::format("<line x1=\"{0:.1f}\" y1=\"14\" x2=\"{0:.1f}\" y2=\"22\"/>", x);
        if (x + 14 <= width) // a label past the right edge would be cut off
            out += fmt::format("<text x=\"{:.1f}\" y=\"11\">{}</text>", x + 2, week);
    }
    return out + "</svg>";
}

std::string step_title(const engine::Calendar& c, const engine::CalendarStep& step) {
    std::string when = c.start ? fmt::format("{} ({})", step.day, shown(*c.date(step.day)))
                               : std::to_string(step.day);
    return fmt::format(
        fmt::runtime(tr("day {}: {}")), when,
        step.channel ? fmt::format("{}, {}", model::spoken_name(*step.channel, util::language()),
                                   step.action)
                     : step.action);
}

std::string row(const engine::Calendar& c, const Scale& s, const engine::CalendarTactic& t) {
    // The tactic's name is in the row's first cell; each mark's <title> says what it is.
    std::string out = fmt::format("<svg class=\"row\" viewBox=\"0 0 {} 24\">", width);
    out += shading(c, s, 24);
    double pilot_end = s.x(t.go_no_go), scale_end = s.x(t.scale_to);
    out += fmt::format(
        "<rect class=\"pilot\" x=\"{:.1f}\" y=\"6\" width=\"{:.1f}\" height=\"12\">"
        "<title>{}</title></rect>",
        s.x(t.pilot_from), pilot_end - s.x(t.pilot_from),
        h(fmt::format("{}: {}", tr("Pilot"), day_span(c, t.pilot_from, t.go_no_go - 1))));
    if (t.scale_to > t.go_no_go)
        out +=
            fmt::format("<rect class=\"scale\" x=\"{:.1f}\" y=\"6\" width=\"{:.1f}\" "
                        "height=\"12\"><title>{}</title></rect>",
                        pilot_end, scale_end - pilot_end,
                        h(fmt::format("{}: {}", tr("Scale"), day_span(c, t.go_no_go, t.scale_to))));
    out += fmt::format(
        "<path class=\"decision\" d=\"M{0:.1f} 3 l6 9 l-6 9 l-6 -9 z\"><title>{1}"
        "</title></path>",
        pilot_end, h(fmt::format("{}: {}", tr("Go/no-go"), day_span(c, t.go_no_go, t.go_no_go))));
    for (const engine::CalendarStep& step : t.steps)
        out +=
            fmt::format("<circle class=\"{}\" cx=\"{:.1f}\" cy=\"12\" r=\"3.5\"><title>{}"
                        "</title></circle>",
                        step.counted ? "message" : "step", s.x(step.day), h(step_title(c, step)));
    return out + "</svg>";
}

void write_cap(std::ostream& out, const engine::Calendar& c) {
    out << fmt::format("<p>{}</p>\n", h(cap_text(c)));
    if (c.over_cap.empty()) {
        out << fmt::format("<p>{}</p>\n", h(tr("No week exceeds the cap.")));
        return;
    }
    out << fmt::format("<table class=\"over-cap\"><colgroup><col class=\"narrow\"><col "
                       "class=\"mid\"><col class=\"mid\"><col class=\"narrow\"><col></colgroup>\n"
                       "<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>"
                       "</thead><tbody>\n",
                       h(tr("Week")), h(tr("Days")), h(tr("Audience")), h(tr("Messages")),
                       h(tr("Tactics")));
    for (const engine::OverCapWeek& w : c.over_cap) {
        std::vector<std::string> names;
        for (const std::string& id : w.tactics)
            for (const engine::CalendarTactic& t : c.tactics)
                if (t.id == id)
                    names.push_back(h(t.name));
        out << fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                           w.week, h(day_span(c, (w.week - 1) * 7, (w.week - 1) * 7 + 6)),
                           h(engine::audience_text(w.audience)), w.messages,
                           fmt::join(names, "; "));
    }
    out << fmt::format("</tbody></table>\n<p>{}</p>\n",
                       h(tr("The checklist says which journey holds back which.")));
}

} // namespace

void write_calendar_glance(std::ostream& out, const engine::CampaignDocument& d) {
    const engine::Calendar& c = d.calendar;
    if (c.tactics.empty())
        return;
    int first = c.tactics.front().go_no_go;
    for (const engine::CalendarTactic& t : c.tactics)
        first = std::min(first, t.go_no_go);
    std::vector<int> weeks;
    for (const engine::OverCapWeek& w : c.over_cap)
        if (std::find(weeks.begin(), weeks.end(), w.week) == weeks.end())
            weeks.push_back(w.week);
    std::string over =
        weeks.empty() ? std::string(tr("none")) : fmt::format("{}", fmt::join(weeks, ", "));
    out << fmt::format(
        "<p class=\"glance\"><a href=\"#calendar\">{}</a>: {}</p>\n", h(tr("Calendar")),
        h(fmt::format(fmt::runtime(tr("pilots from {}, the first go/no-go on {}, scale until {}; "
                                      "weeks over the contact cap of {}: {}.")),
                      day_span(c, 0, 0), day_span(c, first, first),
                      day_span(c, c.close_day, c.close_day), c.contact_cap, over)));
}

void write_calendar_html(std::ostream& out, const engine::CampaignDocument& d) {
    const engine::Calendar& c = d.calendar;
    out << fmt::format("<section id=\"calendar\">\n<h2>{}</h2>\n<p>", h(tr("Calendar")));
    out << h(intro_text(c));
    out << "</p>\n";
    if (!c.tactics.empty()) {
        Scale s{std::max(c.last_day, 1)};
        out << fmt::format("<figure class=\"timeline\">\n<table class=\"timeline\"><colgroup><col "
                           "class=\"mid\"><col></colgroup>\n<thead><tr><th>{}</th><th>{}</th></tr>"
                           "</thead><tbody>\n",
                           h(tr("Tactic")), axis(c, s));
        for (const engine::CalendarTactic& t : c.tactics)
            out << fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", h(t.name), row(c, s, t));
        out << fmt::format(
            "</tbody></table>\n<figcaption>{}</figcaption>\n</figure>\n",
            h(tr("Weeks from the start across the top. Light bar: pilot; diamond: go/no-go; dark "
                 "bar: scale; filled dot: a marketing message to a contact; open dot: another "
                 "step; shaded: a week over the contact cap.")));
    }
    write_cap(out, c);
    out << "</section>\n";
}

/// The timeline's look, added to the brief's style sheet.
const char* calendar_style() {
    return R"(
table.timeline td,table.timeline th{vertical-align:middle}
table.timeline svg{display:block;width:100%;height:auto}
table.timeline svg text{font-size:10px;fill:#57606a;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
table.timeline svg line{stroke:#d0d7de}
table.timeline rect.pilot{fill:#ddf4ff;stroke:#54aeff}
table.timeline rect.scale{fill:#54aeff}
table.timeline rect.over{fill:#ffebe9}
table.timeline path.decision{fill:#9a6700}
table.timeline circle.message{fill:#1f2328}
table.timeline circle.step{fill:#fff;stroke:#1f2328}
figure.timeline{margin:8px 0;break-inside:avoid}
figure.timeline figcaption{color:#57606a;font-size:12px}
)";
}

} // namespace strat::output
