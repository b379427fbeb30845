#include "output/campaign.hpp"
#include "output/compare.hpp"
#include "output/html.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace strat::output {
namespace {

using engine::CampaignComparison;
using util::tr;

/// strat's `english` words in the run's language, with `args` put in, as HTML text.
template <typename... Args> std::string say(std::string_view english, Args&&... args) {
    return html_text(fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...));
}

constexpr std::string_view style = R"(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#1f2328;background:#fff;margin:0 auto;max-width:1120px;padding:24px}
h1{font-size:24px;margin:0 0 8px}
h2{font-size:19px;margin:26px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
h1,h2,p,li,td,th{overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa}
.note{border-left:4px solid #9a6700;padding:4px 10px;background:#fff8c5}
.gained,.added{color:#1a7f37}
.lost,.dropped{color:#cf222e}
.same{color:#57606a}
@media print{body{padding:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
)";

void print_answers(std::ostream& out, const CampaignComparison& c) {
    out << fmt::format("<h2>{}</h2>\n", say("Answers: {}, {} the same",
                                            differ_count(c.answers.size()), c.answers_same));
    if (c.answers.empty())
        return;
    out << fmt::format("<table><thead><tr><th>{}</th><th>A</th><th>B</th></tr></thead><tbody>\n",
                       say("Question"));
    for (const engine::AnswerChange& a : c.answers)
        out << fmt::format("<tr><td>{} ({})</td><td>{}</td><td>{}</td></tr>\n", html_text(a.text),
                           html_text(a.question), html_text(answer_text(a.a)),
                           html_text(answer_text(a.b)));
    out << "</tbody></table>\n";
}

void print_ranking(std::ostream& out, const CampaignComparison& c) {
    std::size_t changed = c.strategies_changed();
    out << fmt::format("<h2>{}</h2>\n",
                       say("Ranking: {} of {} changed", changed, strategy_count(c.ranking.size())));
    out << fmt::format("<table><thead><tr><th>{}</th><th>A</th><th>B</th><th>{}</th>"
                       "<th>{}</th></tr></thead><tbody>\n",
                       say("Strategy"), say("Change"), say("Reasons"));
    for (const engine::StrategyChange& s : c.ranking) {
        out << fmt::format("<tr{}><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>",
                           s.changed() ? "" : " class=\"same\"", html_text(named(s.name, s.id)),
                           html_text(ranking_text(s.a)), html_text(ranking_text(s.b)),
                           html_text(ranking_change_text(s)));
        for (const engine::ScoreReason& r : s.gained)
            out << fmt::format("<div class=\"gained\">{}</div>",
                               say("new in B: {} {}", signed_points(r.points), r.text));
        for (const engine::ScoreReason& r : s.lost)
            out << fmt::format("<div class=\"lost\">{}</div>",
                               say("gone in B: {} {}", signed_points(r.points), r.text));
        out << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

void print_tactics(std::ostream& out, const CampaignComparison& c) {
    out << fmt::format("<h2>{}</h2>\n", say("Tactics: {} added in B, {} dropped in B",
                                            c.tactics_added.size(), c.tactics_dropped.size()));
    if (!c.tactics_added.empty() || !c.tactics_dropped.empty()) {
        out << "<ul>\n";
        for (const engine::TacticChange& t : c.tactics_added)
            out << fmt::format("<li class=\"added\">{}: {}, {}</li>\n", say("added"),
                               html_text(named(t.name, t.id)), html_text(tactic_role_text(t)));
        for (const engine::TacticChange& t : c.tactics_dropped)
            out << fmt::format("<li class=\"dropped\">{}: {}, {}</li>\n", say("dropped"),
                               html_text(named(t.name, t.id)), html_text(tactic_role_text(t)));
        out << "</ul>\n";
    }
    if (c.left_out.empty())
        return;
    out << fmt::format("<p>{}:</p>\n"
                       "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
                       say("Steps left out (no consent, or the channel is not available)"),
                       say("Tactic"), say("Left out in A only"), say("Left out in B only"));
    for (const engine::LeftOutChange& l : c.left_out) {
        out << fmt::format("<tr><td>{}</td><td>", html_text(named(l.name, l.id)));
        for (const std::string& step : l.a_only)
            out << fmt::format("<div>{}</div>", html_text(step));
        out << "</td><td>";
        for (const std::string& step : l.b_only)
            out << fmt::format("<div>{}</div>", html_text(step));
        out << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

void print_kpis(std::ostream& out, const CampaignComparison& c) {
    out << fmt::format("<h2>{}</h2>\n", say("KPI targets: {}", differ_count(c.kpis.size())));
    if (c.kpis.empty())
        return;
    out << "<table><thead><tr><th>KPI</th><th>A</th><th>B</th></tr></thead><tbody>\n";
    for (const engine::KpiChange& k : c.kpis)
        out << fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", html_text(kpi_name(k)),
                           html_text(kpi_text(k.a)), html_text(kpi_text(k.b)));
    out << "</tbody></table>\n";
}

} // namespace

void print_compare_html(std::ostream& out, const CampaignComparison& c) {
    std::string title = say("Compare A: {} with B: {}", c.a.label, c.b.label);
    out << fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
                       util::language())
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << fmt::format("<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n", title, style)
        << fmt::format("<header>\n<h1>{}</h1>\n", title);
    out << fmt::format("<ul>\n<li><strong>A:</strong> {}</li>\n<li><strong>B:</strong> {}</li>\n"
                       "</ul>\n</header>\n",
                       html_text(side_text(c.a)), html_text(side_text(c.b)));
    if (std::string goals = different_goals_text(c); !goals.empty())
        out << fmt::format("<p class=\"note\">{}</p>\n", html_text(goals));
    if (c.identical())
        out << fmt::format("<p>{}</p>\n",
                           say("No differences in answers, ranking, tactics or KPI targets."));
    // Each part is a section with an id, so a reader can link to it and a test can find it.
    auto section = [&](std::string_view id,
                       void (*print)(std::ostream&, const CampaignComparison&)) {
        out << fmt::format("<section id=\"{}\">\n", id);
        print(out, c);
        out << "</section>\n";
    };
    section("answers", print_answers);
    section("ranking", print_ranking);
    section("tactics", print_tactics);
    section("kpis", print_kpis);
    out << "</body>\n</html>\n";
}

} // namespace strat::output
