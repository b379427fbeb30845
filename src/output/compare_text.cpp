#include "output/campaign.hpp"
#include "output/compare.hpp"
#include "util/messages.hpp"
#include "util/terminal_text.hpp"
#include "util/utf8.hpp"

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

constexpr std::string_view bold = "\x1b[1m", green = "\x1b[32m", red = "\x1b[31m",
                           reset = "\x1b[0m";

/// Writes the comparison for a terminal: wrapped at the view's width, every text from
/// a file on one line (the terminal filter on the way out handles the rest).
class Printer {
public:
    Printer(std::ostream& out, const CompareView& view) : out_(out), view_(view) {}

    /// `text` wrapped: the first line after `indent` spaces, the others after `hanging`.
    /// `colour` paints the whole text when the view has colour.
    void wrapped(std::string_view text, std::size_t indent, std::size_t hanging,
                 std::string_view colour = {}) {
        std::string safe = util::one_line(text);
        std::size_t width = std::max<std::size_t>(view_.width, indent + 20);
        std::string line(indent, ' ');
        std::size_t used = indent;
        bool empty = true;
        std::string_view rest = safe;
        bool painted = view_.color && !colour.empty();
        if (painted) {
            out_ << line;
            util::write_markup(out_, colour);
            line.clear();
        }
        while (!rest.empty()) {
            std::size_t space = rest.find(' ');
            std::string_view word = rest.substr(0, space);
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
            std::size_t w = util::code_points(word);
            if (!empty && used + 1 + w > width) {
                out_ << line << '\n';
                line.assign(hanging, ' ');
                used = hanging;
                empty = true;
            }
            if (!empty)
                line += ' ', ++used;
            line += word;
            used += w;
            empty = false;
        }
        out_ << line;
        if (painted)
            util::write_markup(out_, reset);
        out_ << '\n';
    }

    void heading(std::string_view text) {
        out_ << '\n';
        wrapped(text, 0, 2, bold);
    }

private:
    std::ostream& out_;
    const CompareView& view_;
};

void print_answers(Printer& p, const CampaignComparison& c) {
    p.heading(say("Answers: {}, {} the same", differ_count(c.answers.size()), c.answers_same));
    for (const engine::AnswerChange& a : c.answers) {
        p.wrapped(fmt::format("{}: {}", a.question, a.text), 2, 4);
        p.wrapped("A: " + answer_text(a.a), 4, 7);
        p.wrapped("B: " + answer_text(a.b), 4, 7);
    }
}

void print_ranking(Printer& p, const CampaignComparison& c) {
    std::size_t changed = c.strategies_changed();
    p.heading(say("Ranking: {} of {} changed", changed, strategy_count(c.ranking.size())));
    for (const engine::StrategyChange& s : c.ranking) {
        if (!s.changed()) {
            p.wrapped(say("{}: {} in both", named(s.name, s.id), ranking_text(s.b)), 2, 4);
            continue;
        }
        p.wrapped(named(s.name, s.id), 2, 4);
        p.wrapped(fmt::format("A: {}; B: {}", ranking_text(s.a), ranking_text(s.b)), 4, 7);
        if (std::string change = ranking_change_text(s); !change.empty())
            p.wrapped(change, 4, 6);
        for (const engine::ScoreReason& r : s.gained)
            p.wrapped(say("new in B: {} {}", signed_points(r.points), r.text), 4, 6, green);
        for (const engine::ScoreReason& r : s.lost)
            p.wrapped(say("gone in B: {} {}", signed_points(r.points), r.text), 4, 6, red);
    }
}

void print_tactics(Printer& p, const CampaignComparison& c) {
    p.heading(say("Tactics: {} added in B, {} dropped in B", c.tactics_added.size(),
                  c.tactics_dropped.size()));
    for (const engine::TacticChange& t : c.tactics_added)
        p.wrapped(fmt::format("+ {}, {}", named(t.name, t.id), tactic_role_text(t)), 2, 4, green);
    for (const engine::TacticChange& t : c.tactics_dropped)
        p.wrapped(fmt::format("- {}, {}", named(t.name, t.id), tactic_role_text(t)), 2, 4, red);
    if (c.left_out.empty())
        return;
    p.wrapped(
        fmt::format("{}:", tr("Steps left out (no consent, or the channel is not available)")), 2,
        4);
    for (const engine::LeftOutChange& l : c.left_out) {
        p.wrapped(named(l.name, l.id), 4, 6);
        for (const std::string& step : l.a_only)
            p.wrapped(say("A only: {}", step), 6, 8);
        for (const std::string& step : l.b_only)
            p.wrapped(say("B only: {}", step), 6, 8);
    }
}

void print_kpis(Printer& p, const CampaignComparison& c) {
    p.heading(say("KPI targets: {}", differ_count(c.kpis.size())));
    for (const engine::KpiChange& k : c.kpis) {
        p.wrapped(kpi_name(k), 2, 4);
        p.wrapped("A: " + kpi_text(k.a), 4, 7);
        p.wrapped("B: " + kpi_text(k.b), 4, 7);
    }
}

} // namespace

void print_compare_text(std::ostream& out, const CampaignComparison& c, const CompareView& view) {
    Printer p(out, view);
    p.wrapped(say("Compare A: {} with B: {}", c.a.label, c.b.label), 0, 2, bold);
    p.wrapped("A: " + side_text(c.a), 2, 5);
    p.wrapped("B: " + side_text(c.b), 2, 5);
    if (std::string goals = different_goals_text(c); !goals.empty())
        p.wrapped(goals, 2, 2);
    if (c.identical())
        p.wrapped(tr("No differences in answers, ranking, tactics or KPI targets."), 2, 2);
    print_answers(p, c);
    print_ranking(p, c);
    print_tactics(p, c);
    print_kpis(p, c);
}

} // namespace strat::output
