#include "output/dashboard.hpp"
#include "output/review_spend.hpp"
#include "util/terminal_text.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace strat::output {
namespace {

using namespace dashboard_detail;
using engine::DashboardCampaign;
using engine::Health;
using engine::KpiStatus;

/// Text from a file, on one line, with anything a terminal would act on shown visibly.
std::string shown(std::string_view text) {
    return util::one_line(text);
}

std::size_t width_of(std::string_view s) {
    return util::code_points(s);
}

/// The first `n` characters of `s`, with "…" when cut.
std::string clip(const std::string& s, std::size_t n) {
    if (width_of(s) <= n)
        return s;
    std::size_t i = 0, chars = 0;
    while (i < s.size() && chars + 1 < n) {
        ++i;
        while (i < s.size() && util::is_continuation(s[i]))
            ++i;
        ++chars;
    }
    return s.substr(0, i) + "…";
}

/// Joins the words of a phrase that `wrapped` keeps on one line; written as a space.
constexpr char glue = '\x1f';

/// `text` with each amount kept on one line with its currency code ("36000 EUR").
std::string amounts_together(std::string text, const std::string& currency) {
    if (currency.empty())
        return text;
    std::string spaced = " " + currency;
    for (std::size_t at = text.find(spaced); at != std::string::npos;
         at = text.find(spaced, at + spaced.size()))
        text[at] = glue;
    return text;
}

class Printer {
public:
    Printer(std::ostream& out, const TextView& view) : out_(out), view_(view) {}

    /// `phrase` kept on one line by `wrapped` when it fits a line after `hanging` spaces;
    /// a longer one still wraps, so no line exceeds the width. Text from files has been
    /// through `shown`, so it holds no control character of its own.
    std::string together(std::string phrase, std::size_t hanging) const {
        if (hanging + width_of(phrase) <= view_.width)
            std::replace(phrase.begin(), phrase.end(), ' ', glue);
        return phrase;
    }

    /// `text` wrapped at the view's width: the first line after `indent` spaces, the
    /// others after `hanging` spaces.
    /// With `health`, the first word is that health's name, painted in its colour.
    void wrapped(std::string_view text, std::size_t indent, std::size_t hanging,
                 std::optional<Health> health = std::nullopt) {
        std::size_t width = std::max<std::size_t>(view_.width, indent + 20);
        std::string line(indent, ' ');
        std::size_t used = indent;
        bool empty = true;
        std::size_t at = 0;
        if (health) {
            std::string_view code = engine::health_name(*health);
            std::string name = word(code);
            out_ << line;
            paint(colour_of(code), name);
            line.clear();
            used += width_of(name);
            empty = false;
        }
        while (at < text.size()) {
            std::size_t space = text.find(' ', at);
            std::string_view word = text.substr(
                at, space == std::string_view::npos ? std::string_view::npos : space - at);
            at = space == std::string_view::npos ? text.size() : space + 1;
            std::size_t w = width_of(word);
            if (!empty && used + 1 + w > width) {
                out_ << line << '\n';
                line.assign(hanging, ' ');
                used = hanging;
                empty = true;
            }
            if (!empty)
                line += ' ', ++used;
            std::size_t start = line.size();
            line += word;
            std::replace(line.begin() + static_cast<std::ptrdiff_t>(start), line.end(), glue, ' ');
            used += w;
            empty = false;
        }
        out_ << line << '\n';
    }

    void paint(std::string_view code, std::string_view text) {
        if (view_.color)
            util::write_markup(out_, fmt::format("\x1b[{}m", code));
        out_ << text;
        if (view_.color)
            util::write_markup(out_, "\x1b[0m");
    }

    /// The colour of a status, by its code or by its word in the run's language.
    static std::string_view colour_of(std::string_view status) {
        auto is = [&](std::string_view code) { return status == code || status == util::tr(code); };
        if (is("on-track"))
            return "32";
        if (is("at-risk"))
            return "33";
        if (is("off-track") || is("needs-attention"))
            return "1;31";
        return "2";
    }

    /// A table whose last column is a status word (painted); the first column is cut to
    /// make the table fit the width.
    void table(std::size_t indent, std::vector<std::vector<std::string>> rows) {
        if (rows.empty())
            return;
        std::vector<std::size_t> widths(rows[0].size(), 0);
        for (const auto& row : rows)
            for (std::size_t i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], width_of(row[i]));
        std::size_t total = indent;
        for (std::size_t w : widths)
            total += w + 2;
        total -= 2;
        if (total > view_.width && widths[0] > 12)
            widths[0] = std::max<std::size_t>(12, widths[0] - (total - view_.width));
        for (std::size_t r = 0; r < rows.size(); ++r) {
            out_ << std::string(indent, ' ');
            for (std::size_t i = 0; i < rows[r].size(); ++i) {
                std::string cell = i == 0 ? clip(rows[r][i], widths[0]) : rows[r][i];
                bool last = i + 1 == rows[r].size();
                if (last && r > 0)
                    paint(colour_of(cell), cell);
                else
                    out_ << cell;
                if (!last)
                    out_ << std::string(widths[i] - width_of(cell) + 2, ' ');
            }
            out_ << '\n';
        }
    }

    void kpi_table(const DashboardCampaign& c, const std::vector<std::size_t>& kpis,
                   std::size_t indent) {
        std::vector<std::vector<std::string>> rows{
            {"KPI", word("LATEST"), word("TARGET"), word("SERIES"), "TREND", "STATUS"}};
        for (std::size_t k : kpis) {
            const engine::KpiReview& r = c.review.kpis[k];
            std::string latest = !r.latest                  ? "-"
                                 : util::language() == "de" ? figure(r.latest->value)
                                                            : shown(r.latest->value_text);
            rows.push_back({shown(r.kpi->id), latest, number(r.kpi->target), sparkline(c, k, 8),
                            word(engine::trend_name(r.trend)),
                            word(engine::status_name(r.status))});
        }
        table(indent, std::move(rows));
        for (std::size_t k : kpis) {
            const engine::KpiReview& r = c.review.kpis[k];
            if (r.overdue)
                wrapped(fmt::format("! {}: {}", shown(r.kpi->id), shown(r.why)), indent,
                        indent + 2);
        }
    }

    void tactic_lines(const DashboardCampaign& c, const std::vector<std::size_t>& tactics,
                      std::size_t indent) {
        std::size_t state_width = 0;
        for (std::size_t t : tactics)
            state_width = std::max(state_width, width_of(tactic_state(*c.tactics[t].source)));
        for (std::size_t t : tactics) {
            const engine::DashboardTactic& tactic = c.tactics[t];
            std::string state = tactic_state(*tactic.source);
            std::string name =
                tactic.source->name.empty()
                    ? shown(tactic.source->id)
                    : fmt::format("{} ({})", shown(tactic.source->name), shown(tactic.source->id));
            std::size_t hanging = indent + state_width + 2;
            std::string owner =
                together("· " + say("owner: {}", role_text(tactic.source->owner, shown)), hanging);
            wrapped(fmt::format("{}{}  {} {}", state,
                                std::string(state_width - width_of(state), ' '), name, owner),
                    indent, hanging);
        }
    }

    void campaign(const DashboardCampaign& c) {
        const model::CampaignRecord& r = *c.campaign;
        out_ << '\n';
        wrapped(fmt::format("{}: {}", shown(c.key), shown(r.name)), 2, 4);
        wrapped(fmt::format("· {} · {}", shown(r.industry), period_words(c)), 4, 6, c.health);
        wrapped(say("file {}", shown(r.file->path())), 4, 6);
        if (c.spend)
            wrapped(amounts_together(shown(spend_summary(*c.spend)), shown(c.spend->currency)), 4,
                    6);
        if (!c.first_tactics.empty()) {
            out_ << util::tr("    First, before the strategies:\n");
            tactic_lines(c, c.first_tactics, 6);
        }
        for (const engine::DashboardStrategy& s : c.strategies) {
            out_ << '\n';
            wrapped(say("Strategy \"{}\" ({}){}", shown(s.name), shown(s.id),
                        s.chosen ? "" : util::tr(", not chosen in the plan")),
                    4, 6);
            wrapped("", 6, 8, s.health);
            for (const std::string& why : s.attention)
                wrapped("! " + shown(why), 6, 8);
            if (!s.tactics.empty())
                tactic_lines(c, s.tactics, 6);
            if (!s.kpis.empty())
                kpi_table(c, s.kpis, 6);
        }
        if (!c.goal_kpis.empty()) {
            out_ << '\n';
            wrapped(util::tr("KPIs of the goal that no strategy of the campaign owns:"), 4, 6);
            kpi_table(c, c.goal_kpis, 6);
        }
        for (const std::string& note : c.review.notes)
            wrapped(say("note: {}", shown(note)), 4, 6);
    }

    void next(const engine::Dashboard& d) {
        out_ << util::tr("\nWhat to do next, most behind first:\n");
        if (d.next.empty()) {
            out_ << util::tr("  nothing: no KPI is off track or at risk\n");
            return;
        }
        std::size_t n = 0;
        for (const engine::NextAction& a : d.next) {
            const DashboardCampaign& c = d.campaigns[a.campaign];
            const engine::KpiAdvice& advice = c.review.advice[a.advice];
            const model::CampaignKpi& k = *advice.review->kpi;
            std::string label = fmt::format("{}. ", ++n);
            std::string kpi =
                k.name.empty() ? shown(k.id) : fmt::format("{} ({})", shown(k.name), shown(k.id));
            wrapped(say("{}{}: {} is {}, {} behind", label, shown(c.key), kpi,
                        word(engine::status_name(advice.review->status)), percent_points(a.behind)),
                    2, 2 + label.size());
            std::size_t hanging = 4 + label.size();
            wrapped(say("who to ask: {}",
                        ask_text(c, a, shown, shown,
                                 [&](std::string group) { return together(group, hanging); })),
                    2 + label.size(), hanging);
            if (advice.steps.empty())
                wrapped(util::tr("- nothing unused in the roadmap measures it: revisit the target"),
                        2 + label.size(), 4 + label.size());
            for (const engine::NextStep& s : advice.steps)
                wrapped("- " + shown(step_words(s)), 2 + label.size(), 4 + label.size());
        }
        wrapped(util::tr("(`strat review CAMPAIGN --actuals FILE` gives each step's reasons)"), 2,
                2);
    }

private:
    std::ostream& out_;
    const TextView& view_;
};

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, util::tr_n(n, one, many));
}

} // namespace

void print_dashboard_text(std::ostream& out, const engine::Dashboard& d, const TextView& view) {
    Printer p(out, view);
    out << util::tr("Strategic dashboard")
        << (d.as_of ? say(" as of {}", day_text(*d.as_of))
                    : std::string(util::tr(", no actuals yet")))
        << '\n';
    p.wrapped(say("{}, {}; strategies on track: {} of {}; {} read",
                  plural(d.campaigns.size(), "campaign", "campaigns"),
                  plural(d.goals.size(), "goal", "goals"), d.on_track, d.strategies,
                  plural(d.readings, "actual", "actuals")),
              0, 2);
    p.wrapped(say("Each KPI is judged by the rule of strat review{}.",
                  d.since ? say("; series from {}", day_text(*d.since)) : ""),
              0, 2);
    p.next(d);
    for (const engine::DashboardGoal& g : d.goals) {
        std::vector<std::string> names;
        for (const std::string& n : g.names)
            names.push_back(shown(n));
        out << '\n';
        p.wrapped(say("GOAL {}: {} ({}; strategies on track: {} of {})", shown(g.id),
                      fmt::format("{}", fmt::join(names, " / ")),
                      plural(g.campaigns.size(), "campaign", "campaigns"), g.on_track,
                      g.strategies),
                  0, 2);
        for (std::size_t c : g.campaigns)
            p.campaign(d.campaigns[c]);
    }
}

} // namespace strat::output
