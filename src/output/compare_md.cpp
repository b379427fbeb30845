#include "output/campaign.hpp"
#include "output/compare.hpp"
#include "util/messages.hpp"
#include "util/terminal_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

namespace strat::output {
namespace {

using engine::CampaignComparison;
using util::tr;

/// strat's `english` words in the run's language, with `args` put in.
template <typename... Args> std::string say(std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...);
}

/// Text from a file as Markdown text: on one line, control characters shown visibly, and
/// every character Markdown or HTML would act on escaped, so input cannot add markup, a
/// table cell or a link.
std::string md(std::string_view text) {
    std::string out;
    for (char c : util::one_line(text)) {
        switch (c) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '\\':
        case '|':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '~':
            out += '\\';
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

void print_answers(std::ostream& out, const CampaignComparison& c) {
    out << "\n## "
        << say("Answers: {}, {} the same", differ_count(c.answers.size()), c.answers_same) << "\n";
    if (c.answers.empty())
        return;
    out << fmt::format("\n| {} | A | B |\n|---|---|---|\n", tr("Question"));
    for (const engine::AnswerChange& a : c.answers)
        out << fmt::format("| {} ({}) | {} | {} |\n", md(a.text), md(a.question),
                           md(answer_text(a.a)), md(answer_text(a.b)));
}

std::string reasons_cell(const engine::StrategyChange& s) {
    std::string cell;
    for (const engine::ScoreReason& r : s.gained)
        cell += (cell.empty() ? "" : "<br>") +
                say("new in B: {} {}", signed_points(r.points), md(r.text));
    for (const engine::ScoreReason& r : s.lost)
        cell += (cell.empty() ? "" : "<br>") +
                say("gone in B: {} {}", signed_points(r.points), md(r.text));
    return cell;
}

void print_ranking(std::ostream& out, const CampaignComparison& c) {
    std::size_t changed = c.strategies_changed();
    out << "\n## " << say("Ranking: {} of {} changed", changed, strategy_count(c.ranking.size()))
        << "\n\n";
    out << fmt::format("| {} | A | B | {} | {} |\n|---|---|---|---|---|\n", tr("Strategy"),
                       tr("Change"), tr("Reasons"));
    for (const engine::StrategyChange& s : c.ranking)
        out << fmt::format("| {} | {} | {} | {} | {} |\n", md(named(s.name, s.id)),
                           md(ranking_text(s.a)), md(ranking_text(s.b)), md(ranking_change_text(s)),
                           reasons_cell(s));
}

void print_tactics(std::ostream& out, const CampaignComparison& c) {
    out << "\n## "
        << say("Tactics: {} added in B, {} dropped in B", c.tactics_added.size(),
               c.tactics_dropped.size())
        << "\n";
    if (!c.tactics_added.empty() || !c.tactics_dropped.empty())
        out << '\n';
    for (const engine::TacticChange& t : c.tactics_added)
        out << fmt::format("- **{}:** {}, {}\n", tr("added"), md(named(t.name, t.id)),
                           md(tactic_role_text(t)));
    for (const engine::TacticChange& t : c.tactics_dropped)
        out << fmt::format("- **{}:** {}, {}\n", tr("dropped"), md(named(t.name, t.id)),
                           md(tactic_role_text(t)));
    if (c.left_out.empty())
        return;
    out << fmt::format("\n### {}\n\n",
                       tr("Steps left out (no consent, or the channel is not available)"));
    out << fmt::format("| {} | {} | {} |\n|---|---|---|\n", tr("Tactic"), tr("Left out in A only"),
                       tr("Left out in B only"));
    for (const engine::LeftOutChange& l : c.left_out) {
        std::string a, b;
        for (const std::string& step : l.a_only)
            a += (a.empty() ? "" : "<br>") + md(step);
        for (const std::string& step : l.b_only)
            b += (b.empty() ? "" : "<br>") + md(step);
        out << fmt::format("| {} | {} | {} |\n", md(named(l.name, l.id)), a, b);
    }
}

void print_kpis(std::ostream& out, const CampaignComparison& c) {
    out << "\n## " << say("KPI targets: {}", differ_count(c.kpis.size())) << "\n";
    if (c.kpis.empty())
        return;
    out << "\n| KPI | A | B |\n|---|---|---|\n";
    for (const engine::KpiChange& k : c.kpis)
        out << fmt::format("| {} | {} | {} |\n", md(kpi_name(k)), md(kpi_text(k.a)),
                           md(kpi_text(k.b)));
}

} // namespace

void print_compare_markdown(std::ostream& out, const CampaignComparison& c) {
    out << "# " << say("Compare A: {} with B: {}", md(c.a.label), md(c.b.label)) << "\n\n";
    out << fmt::format("- **A:** {}\n- **B:** {}\n", md(side_text(c.a)), md(side_text(c.b)));
    if (std::string goals = different_goals_text(c); !goals.empty())
        out << fmt::format("\n> {}\n", md(goals));
    if (c.identical())
        out << "\n" << tr("No differences in answers, ranking, tactics or KPI targets.") << "\n";
    print_answers(out, c);
    print_ranking(out, c);
    print_tactics(out, c);
    print_kpis(out, c);
}

} // namespace strat::output
