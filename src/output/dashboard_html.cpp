#include "output/dashboard.hpp"
#include "output/html.hpp"
#include "output/review_spend.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace strat::output {
namespace {

using namespace dashboard_detail;
using engine::DashboardCampaign;

/// Text from a file as HTML text (output/html.hpp).
constexpr auto& h = html_text;

/// A fragment id made of the id's letters and digits only.
std::string anchor(std::string_view prefix, std::string_view id) {
    std::string out(prefix);
    for (char c : id)
        out += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
    return out;
}

/// A status's badge: its code for the style, its word in the run's language for people.
std::string badge(std::string_view status) {
    return fmt::format("<span class=\"badge {}\">{}</span>", status, word(status));
}

std::string kpi_label(const model::CampaignKpi& k) {
    return k.name.empty() ? fmt::format("<code>{}</code>", h(k.id))
                          : fmt::format("{} <code>{}</code>", h(k.name), h(k.id));
}

constexpr std::string_view style = R"(
:root{--ok:#1a7f37;--risk:#9a6700;--off:#cf222e;--none:#6e7781;--line:#d0d7de;--muted:#57606a}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#1f2328;background:#fff;margin:0 auto;max-width:1120px;padding:24px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:17px;margin:22px 0 4px}
h4{font-size:15px;margin:16px 0 6px}
h1,h2,h3,h4,p,li,td,th,figcaption,dd,dt,code{overflow-wrap:anywhere}
code{font:12px/1.3 ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted)}
.meta{color:var(--muted);margin:0 0 8px}
.badge{display:inline-block;padding:0 7px;border-radius:9px;font-size:12px;font-weight:600;color:#fff;vertical-align:1px}
.on-track{background:var(--ok)}.at-risk{background:var(--risk)}.off-track,.needs-attention{background:var(--off)}.no-data,.no-target{background:var(--none)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:12px}
.card{border:1px solid var(--line);border-radius:6px;padding:10px 12px;break-inside:avoid}
.card p{margin:4px 0}
.bar{height:8px;background:#eaeef2;border-radius:4px;overflow:hidden;margin:6px 0}
.bar span{display:block;height:100%;background:var(--ok)}
ol.next>li{margin:0 0 10px}
ol.next ul{margin:4px 0 0;padding-left:20px}
ul.attention{margin:4px 0;padding-left:20px;color:var(--off)}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:6px 0 10px}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600}
.kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}
figure.kpi{margin:0;border:1px solid var(--line);border-radius:6px;padding:8px 10px;break-inside:avoid}
figure.kpi figcaption{font-weight:600}
figure.kpi svg{width:100%;height:auto;display:block;margin:4px 0}
dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:0 8px;margin:0;font-size:12px}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
footer{margin-top:32px;color:var(--muted);font-size:12px}
@media print{body{padding:0;max-width:none;font-size:12px}.campaign{break-before:auto}tr,.card,figure.kpi{break-inside:avoid}}
@page{size:A4;margin:12mm}
)";

constexpr double chart_left = 8, chart_right = 352, chart_top = 16, chart_bottom = 122,
                 chart_width = 360, chart_height = 150;

/// What a chart spans: days across, values up; and where a day and a value are drawn.
struct ChartScale {
    long long first_day, last_day;
    double low, high;

    double x(long long day) const {
        return chart_left + (chart_right - chart_left) * static_cast<double>(day - first_day) /
                                static_cast<double>(last_day - first_day);
    }
    double y(double value) const {
        return chart_bottom - (chart_bottom - chart_top) * (value - low) / (high - low);
    }
};

/// The campaign period widened to every reading and the dashboard date; the readings'
/// values widened to the baseline and target, with a margin. None without readings and
/// dates to place them.
std::optional<ChartScale> chart_scale(const DashboardCampaign& c, std::size_t k,
                                      const std::optional<model::Day>& as_of) {
    const model::CampaignKpi& kpi = c.campaign->kpis[k];
    const std::vector<engine::SeriesPoint>& series = c.kpis[k].series;
    std::optional<long long> x0, x1;
    auto widen = [&](long long d) {
        x0 = x0 ? std::min(*x0, d) : d;
        x1 = x1 ? std::max(*x1, d) : d;
    };
    if (c.campaign->start)
        widen(c.campaign->start->days);
    if (c.campaign->end)
        widen(c.campaign->end->days);
    for (const engine::SeriesPoint& p : series)
        widen(p.day);
    if (as_of && x0)
        widen(as_of->days);
    std::optional<double> lo, hi;
    auto span_y = [&](double v) {
        lo = lo ? std::min(*lo, v) : v;
        hi = hi ? std::max(*hi, v) : v;
    };
    for (const engine::SeriesPoint& p : series)
        span_y(p.value);
    for (std::optional<double> v : {kpi.baseline, kpi.target})
        if (v)
            span_y(*v);
    if (!x0 || !lo)
        return std::nullopt;
    if (*x1 == *x0)
        *x0 -= 1, *x1 += 1;
    double pad = std::max((*hi - *lo) * 0.12, std::abs(*hi) * 0.01 + 1e-9);
    return ChartScale{*x0, *x1, *lo - pad, *hi + pad};
}

/// A dashed horizontal line at `v`, labelled at one side.
void draw_level(std::string& svg, const ChartScale& s, double v, std::string_view colour,
                std::string_view label, std::string_view anchor_side) {
    double at = s.y(v);
    svg += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" "
                       "stroke=\"{}\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>",
                       chart_left, at, chart_right, at, colour);
    bool above = at - 4 > chart_top + 2;
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" font-size=\"10\" fill=\"{}\" "
                       "text-anchor=\"{}\">{} {}</text>",
                       anchor_side == "start" ? chart_left + 2 : chart_right - 2,
                       above ? at - 4 : at + 11, colour, anchor_side, util::tr(label), figure(v));
}

/// What the readings are measured against: baseline, target, the expected path from one
/// to the other over the campaign period, and the dashboard date.
void draw_guides(std::string& svg, const ChartScale& s, const model::CampaignRecord& campaign,
                 const model::CampaignKpi& kpi, const std::optional<model::Day>& as_of) {
    if (kpi.baseline)
        draw_level(svg, s, *kpi.baseline, "#6e7781", "baseline", "start");
    if (kpi.target)
        draw_level(svg, s, *kpi.target, "#1a7f37", "target", "end");
    if (kpi.baseline && kpi.target && campaign.start && campaign.end)
        svg += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" "
                           "stroke=\"#0969da\" stroke-width=\"1\" stroke-dasharray=\"1 3\"/>",
                           s.x(campaign.start->days), s.y(*kpi.baseline), s.x(campaign.end->days),
                           s.y(*kpi.target));
    if (as_of && as_of->days >= s.first_day && as_of->days <= s.last_day)
        svg += fmt::format("<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" "
                           "stroke=\"#8c959f\" stroke-width=\"1\"/>",
                           s.x(as_of->days), chart_top - 6, chart_bottom);
}

/// The readings as a line in the status's colour, the judged one ringed.
void draw_readings(std::string& svg, const ChartScale& s,
                   const std::vector<engine::SeriesPoint>& series, const engine::KpiReview& r) {
    std::string_view colour = r.status == engine::KpiStatus::on_track    ? "#1a7f37"
                              : r.status == engine::KpiStatus::at_risk   ? "#9a6700"
                              : r.status == engine::KpiStatus::off_track ? "#cf222e"
                                                                         : "#57606a";
    std::string points;
    for (const engine::SeriesPoint& p : series)
        points +=
            fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", s.x(p.day), s.y(p.value));
    if (series.size() > 1)
        svg += fmt::format("<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" "
                           "stroke-width=\"2\"/>",
                           points, colour);
    for (const engine::SeriesPoint& p : series) {
        bool judged = r.latest && r.latest->date.days == p.day;
        svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\" fill=\"{}\"/>", s.x(p.day),
                           s.y(p.value), judged ? 4.5 : 2.5, judged ? "#fff" : colour);
        if (judged)
            svg += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4.5\" fill=\"none\" "
                               "stroke=\"{}\" stroke-width=\"2\"/>",
                               s.x(p.day), s.y(p.value), colour);
    }
}

/// The KPI's series against its baseline and target (and the straight path from one to
/// the other over the campaign period, which the review rule compares progress with), as
/// an inline SVG.
std::string chart(const DashboardCampaign& c, std::size_t k,
                  const std::optional<model::Day>& as_of) {
    const model::CampaignKpi& kpi = c.campaign->kpis[k];
    const std::vector<engine::SeriesPoint>& series = c.kpis[k].series;
    std::string title =
        say(series.size() == 1 ? "{}: {} reading{}" : "{}: {} readings{}",
            h(kpi.name.empty() ? kpi.id : kpi.name), series.size(),
            kpi.baseline && kpi.target
                ? say(", baseline {}, target {}", figure(*kpi.baseline), figure(*kpi.target))
                : std::string());
    std::string svg =
        fmt::format("<svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\"><title>{}</title>"
                    "<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#f6f8fa\"/>",
                    chart_width, chart_height, title, title, chart_width, chart_height);
    std::optional<ChartScale> scale = chart_scale(c, k, as_of);
    if (!scale) {
        svg += fmt::format("<text x=\"180\" y=\"78\" text-anchor=\"middle\" font-size=\"12\" "
                           "fill=\"#57606a\">{}</text></svg>",
                           util::tr("no actuals yet"));
        return svg;
    }
    draw_guides(svg, *scale, *c.campaign, kpi, as_of);
    draw_readings(svg, *scale, series, c.review.kpis[k]);
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" font-size=\"10\" fill=\"#57606a\">{}</text>",
                       chart_left, chart_height - 12,
                       day_text(model::day_from_days(scale->first_day)));
    svg += fmt::format("<text x=\"{:.1f}\" y=\"{}\" font-size=\"10\" fill=\"#57606a\" "
                       "text-anchor=\"end\">{}</text>",
                       chart_right, chart_height - 12,
                       day_text(model::day_from_days(scale->last_day)));
    return svg + "</svg>";
}

void kpi_figures(std::ostream& out, const DashboardCampaign& c,
                 const std::vector<std::size_t>& kpis, const std::optional<model::Day>& as_of) {
    out << "<div class=\"kpis\">\n";
    for (std::size_t k : kpis) {
        const engine::KpiReview& r = c.review.kpis[k];
        out << fmt::format("<figure class=\"kpi\" id=\"{}\"><figcaption>{} {}</figcaption>\n",
                           anchor("kpi-" + c.key + "-", r.kpi->id), kpi_label(*r.kpi),
                           badge(engine::status_name(r.status)));
        out << chart(c, k, as_of) << '\n';
        out << "<dl class=\"facts\">";
        out << say(r.kpi->direction == model::Direction::up
                       ? "<dt>baseline → target</dt><dd>{} → {} (higher is better)</dd>"
                       : "<dt>baseline → target</dt><dd>{} → {} (lower is better)</dd>",
                   number(r.kpi->baseline), number(r.kpi->target));
        std::string value = !r.latest                  ? ""
                            : util::language() == "de" ? figure(r.latest->value)
                                                       : h(r.latest->value_text);
        out << say("<dt>judged on</dt><dd>{}</dd>",
                   r.latest ? say("{} on {}", value, day_text(r.latest->date))
                            : std::string(util::tr("no actual yet")));
        out << say("<dt>trend</dt><dd>{}</dd>", word(engine::trend_name(r.trend)));
        out << say("<dt>why</dt><dd>{}</dd>", h(r.why));
        out << "</dl></figure>\n";
    }
    out << "</div>\n";
}

void tactic_table(std::ostream& out, const DashboardCampaign& c,
                  const std::vector<std::size_t>& tactics) {
    out << "<table class=\"tactics\"><colgroup><col style=\"width:36%\"><col "
           "style=\"width:18%\"><col style=\"width:20%\"><col style=\"width:26%\"></colgroup>\n"
        << util::tr("<thead><tr><th>Tactic</th><th>Owner</th><th>Status</th><th>KPIs it "
                    "moves</th></tr></thead>")
        << "<tbody>\n";
    for (std::size_t t : tactics) {
        const engine::DashboardTactic& tactic = c.tactics[t];
        std::string kpis;
        for (std::size_t k : tactic.kpis)
            kpis += fmt::format("{}<code>{}</code>", kpis.empty() ? "" : ", ",
                                h(c.campaign->kpis[k].id));
        out << fmt::format(
            "<tr><td>{} <code>{}</code></td><td>{}</td><td>{}{}</td><td>{}</td></tr>\n",
            h(tactic.source->name), h(tactic.source->id), role_text(tactic.source->owner, h),
            h(tactic_state(*tactic.source)),
            tactic.unmeasured ? fmt::format("<br>{} {}", badge("needs-attention"), h(tactic.why))
                              : "",
            kpis.empty() ? "-" : kpis);
    }
    out << "</tbody></table>\n";
}

void campaign(std::ostream& out, const DashboardCampaign& c,
              const std::optional<model::Day>& as_of) {
    const model::CampaignRecord& r = *c.campaign;
    out << fmt::format("<article class=\"campaign\" id=\"{}\">\n<h3>{}: {} {}</h3>\n",
                       anchor("campaign-", c.key), h(c.key), h(r.name),
                       badge(engine::health_name(c.health)));
    out << say("<p class=\"meta\">industry {} · {} · <code>{}</code></p>\n", h(r.industry),
               period_words(c), h(r.file->path()));
    if (c.spend)
        out << "<p class=\"meta spend\">" << h(spend_summary(*c.spend)) << "</p>\n";
    if (!c.first_tactics.empty()) {
        out << util::tr("<h4>First, before the strategies</h4>\n");
        tactic_table(out, c, c.first_tactics);
    }
    for (const engine::DashboardStrategy& s : c.strategies) {
        out << say("<section class=\"strategy\">\n<h4>Strategy “{}” <code>{}</code>{} {}</h4>\n",
                   h(s.name), h(s.id), s.chosen ? "" : util::tr(" (not chosen in the plan)"),
                   badge(engine::health_name(s.health)));
        if (!s.attention.empty()) {
            out << "<ul class=\"attention\">";
            for (const std::string& a : s.attention)
                out << "<li>" << h(a) << "</li>";
            out << "</ul>\n";
        }
        if (!s.tactics.empty())
            tactic_table(out, c, s.tactics);
        if (!s.kpis.empty())
            kpi_figures(out, c, s.kpis, as_of);
        out << "</section>\n";
    }
    if (!c.goal_kpis.empty()) {
        out << "<section class=\"strategy\">\n"
            << util::tr("<h4>KPIs of the goal that no strategy of the campaign owns</h4>\n");
        kpi_figures(out, c, c.goal_kpis, as_of);
        out << "</section>\n";
    }
    for (const std::string& note : c.review.notes)
        out << say("<p class=\"meta\">Note: {}</p>\n", h(note));
    out << "</article>\n";
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, util::tr_n(n, one, many));
}

std::string goal_names(const engine::DashboardGoal& g) {
    std::string names;
    for (const std::string& n : g.names)
        names += (names.empty() ? "" : " / ") + h(n);
    return names;
}

/// One card per goal: the share of its strategies on track, and its campaigns' health.
void goal_cards(std::ostream& out, const engine::Dashboard& d) {
    out << "<section id=\"summary\">\n"
        << util::tr("<h2>Goals at a glance</h2>\n") << "<div class=\"cards\">\n";
    for (const engine::DashboardGoal& g : d.goals) {
        double share =
            g.strategies ? static_cast<double>(g.on_track) / static_cast<double>(g.strategies) : 0;
        out << fmt::format("<div class=\"card\"><p><strong>{}</strong> <code>{}</code></p>"
                           "<div class=\"bar\"><span style=\"width:{:.0f}%\"></span></div>"
                           "{}<p>",
                           goal_names(g), h(g.id), share * 100,
                           say("<p>strategies on track: {} of {}</p>", g.on_track, g.strategies));
        for (std::size_t ci : g.campaigns) {
            const DashboardCampaign& c = d.campaigns[ci];
            out << fmt::format("<a href=\"#{}\">{}</a> {}<br>", anchor("campaign-", c.key),
                               h(c.key), badge(engine::health_name(c.health)));
        }
        out << "</p></div>\n";
    }
    out << "</div>\n</section>\n";
}

void next_steps(std::ostream& out, const engine::Dashboard& d) {
    out << "<section id=\"next\">\n" << util::tr("<h2>What to do next, most behind first</h2>\n");
    if (d.next.empty())
        out << util::tr("<p>Nothing: no KPI is off track or at risk.</p>\n");
    else
        out << "<ol class=\"next\">\n";
    for (const engine::NextAction& a : d.next) {
        const DashboardCampaign& c = d.campaigns[a.campaign];
        const engine::KpiAdvice& advice = c.review.advice[a.advice];
        out << say("<li><a href=\"#{}\">{}</a>: {} {}, {} behind<ul>", anchor("campaign-", c.key),
                   h(c.key), kpi_label(*advice.review->kpi),
                   badge(engine::status_name(advice.review->status)), percent_points(a.behind));
        out << "<li>"
            << say("who to ask: {}", ask_text(c, a, h,
                                              [](std::string_view id) {
                                                  return fmt::format("<code>{}</code>",
                                                                     html_text(id));
                                              }))
            << "</li>";
        if (advice.steps.empty())
            out << util::tr(
                "<li>nothing unused in the roadmap measures it: revisit the target</li>");
        for (const engine::NextStep& s : advice.steps)
            out << fmt::format("<li>{}<br><small>{}</small></li>", h(step_words(s)), h(s.reason));
        out << "</ul></li>\n";
    }
    if (!d.next.empty())
        out << "</ol>\n";
    out << "</section>\n";
}

} // namespace

void print_dashboard_html(std::ostream& out, const engine::Dashboard& d) {
    std::string as_of =
        d.as_of ? say("as of {}", day_text(*d.as_of)) : std::string(util::tr("no actuals yet"));
    out << fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
                       util::language() == "de" ? "de" : "en");
    out << fmt::format("<title>{}, {}</title>\n<style>{}</style>\n</head>\n<body>\n",
                       util::tr("Strategic dashboard"), as_of, style);
    out << say("<header id=\"top\">\n<h1>Strategic dashboard</h1>\n<p class=\"meta\">{} · {} · {} "
               "· strategies on track: {} of {} · {} read{}</p>\n</header>\n",
               as_of, plural(d.campaigns.size(), "campaign", "campaigns"),
               plural(d.goals.size(), "goal", "goals"), d.on_track, d.strategies,
               plural(d.readings, "actual", "actuals"),
               d.since ? say(" · series from {}", day_text(*d.since)) : "");
    goal_cards(out, d);
    next_steps(out, d);
    out << "<section id=\"goals\">\n";
    for (const engine::DashboardGoal& g : d.goals) {
        out << fmt::format("<section class=\"goal\" id=\"{}\">\n", anchor("goal-", g.id))
            << say("<h2>Goal: {} <code>{}</code></h2>\n<p class=\"meta\">strategies on track: {} "
                   "of {}</p>\n",
                   goal_names(g), h(g.id), g.on_track, g.strategies);
        for (std::size_t c : g.campaigns)
            campaign(out, d.campaigns[c], d.as_of);
        out << "</section>\n";
    }
    out << "</section>\n"
        << util::tr("<footer>Written by <code>strat dashboard</code>. Each KPI is judged by the "
                    "rule of <code>strat review</code> (strat(1)): progress from baseline to "
                    "target against the share of the campaign period gone. In the charts, dashed "
                    "lines are the baseline (grey) and the target (green), the dotted line is the "
                    "expected path from one to the other, the vertical line is the dashboard date "
                    "and the ringed point is the reading the status is judged on.</footer>\n")
        << "</body>\n</html>\n";
}

} // namespace strat::output
