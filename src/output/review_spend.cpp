#include "output/review_spend.hpp"

#include "output/json.hpp"
#include "output/table.hpp"
#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <cmath>

namespace strat::output {
namespace {

using engine::CostPerResult;
using engine::SpendReview;
using engine::TacticSpend;
using util::tr;

template <typename... Args> std::string say(std::string_view english, const Args&... args) {
    return fmt::format(fmt::runtime(tr(english)), args...);
}

/// An amount as people read it: whole, or with both cents ("5200.50 EUR", "5.200,50 EUR").
std::string money(const SpendReview& s, double v) {
    std::string digits = util::decimal(v, 2, util::language());
    // The decimal mark, not a German point grouping thousands.
    if (std::size_t mark = digits.rfind(util::language() == "de" ? ',' : '.');
        mark != std::string::npos && digits.size() - mark == 2)
        digits += '0';
    return s.currency.empty() ? digits : fmt::format("{} {}", digits, s.currency);
}

std::string money(const SpendReview& s, const std::optional<double>& v) {
    return v ? money(s, *v) : std::string("-");
}

std::string percent(double v) {
    return util::percent(v, 1, util::language());
}

/// The tactic's share of all spend to date.
std::string spend_share(const SpendReview& s, const TacticSpend& t) {
    return s.total.spent > 0 ? percent(t.spent * 100 / s.total.spent) : std::string("-");
}

std::string date_text(const SpendReview& s) {
    return s.as_of ? util::date(s.as_of->text, util::language()) : std::string("-");
}

std::string heading(const SpendReview& s) {
    return s.currency.empty() ? say("Spend to {}", date_text(s))
                              : say("Spend to {} ({})", date_text(s), s.currency);
}

/// The columns after TACTIC and SPENT: the plan the spend is held against.
std::vector<std::string> plan_header(const SpendReview& s) {
    if (!s.has_budget)
        return {};
    if (s.in_percent)
        return {std::string(tr("SHARE OF SPEND")), std::string(tr("PLANNED SHARE"))};
    return {std::string(tr("PLANNED TO DATE")), std::string(tr("BUDGET"))};
}

std::vector<std::string> plan_cells(const SpendReview& s, const TacticSpend& t) {
    if (!s.has_budget)
        return {};
    if (s.in_percent)
        return {spend_share(s, t), t.share ? percent(*t.share) : std::string("-")};
    return {money(s, t.planned), money(s, t.budget)};
}

/// How the plan column was worked out, so the figures can be checked.
std::string plan_rule(const SpendReview& s) {
    if (!s.has_budget)
        return std::string(tr("the campaign file records no budget split to hold the spend "
                              "against"));
    if (s.in_percent)
        return std::string(tr("the budget is split in shares (no total filled in): each "
                              "tactic's share of the spend beside its planned share"));
    std::string rule =
        !s.total.planned
            ? std::string(tr("campaign dates not filled in: the spend is held against the "
                             "whole budget"))
            : std::string(tr("planned to date: each tactic's budget spread evenly over the "
                             "campaign period"));
    if (s.reserve)
        rule += say("; the reserve for tests ({}) is in no tactic's line", money(s, *s.reserve));
    return rule;
}

std::string tactic_list(const CostPerResult& c) {
    std::string out;
    for (const std::string& t : c.tactics)
        out += (out.empty() ? "" : ", ") + t;
    return out;
}

std::string kpi_label(const CostPerResult& c) {
    return c.kpi->name.empty() ? c.kpi->id : c.kpi->name;
}

std::string count(double v) {
    return util::decimal(v, 2, util::language());
}

std::string day_text(const model::Day& day) {
    return util::date(day.text, util::language());
}

/// How the results were counted: the readings summed, or what a level gained.
std::string results_rule(const CostPerResult& c) {
    if (c.reading == model::Reading::period)
        return fmt::format(
            fmt::runtime(util::tr_n(c.readings, "{} reading", "the sum of {} readings")),
            c.readings);
    if (c.start_date)
        return say("a level: from its first reading {} on {} to {} on {}", count(*c.start),
                   day_text(*c.start_date), count(*c.latest), day_text(*c.latest_date));
    return say("a level: from the baseline {} to {} on {}", count(*c.start), count(*c.latest),
               day_text(*c.latest_date));
}

/// The cost per result in words, with the figures it comes from.
std::string cost_text(const SpendReview& s, const CostPerResult& c) {
    if (c.tactics.empty())
        return say("no tactic of the campaign moves {}, so no spend is counted against it",
                   kpi_label(c));
    if (c.spend_rows == 0)
        return say("no spend recorded yet for {}", tactic_list(c));
    if (c.readings == 0)
        return say("no results counted yet: no reading of {} to {}", kpi_label(c), date_text(s));
    if (c.reading == model::Reading::level && c.start_date && c.readings == 1)
        return say("no results counted yet: {} is a level with no baseline, and its one reading "
                   "has nothing to gain from; fill in its baseline in the campaign file",
                   kpi_label(c));
    if (!c.cost)
        return say("{} spent by {}, but no results counted to {} ({})", money(s, c.spent),
                   tactic_list(c), date_text(s), results_rule(c));
    return say("{} per result: {} spent by {} for {} results ({}) to {}", money(s, *c.cost),
               money(s, c.spent), tactic_list(c), count(c.results), results_rule(c), date_text(s));
}

std::string later_text(const SpendReview& s) {
    return fmt::format(fmt::runtime(util::tr_n(
                           s.later_rows, "{} spend row dated after the review date is left out",
                           "{} spend rows dated after the review date are left out")),
                       s.later_rows);
}

/// JSON's amounts: at most two decimals, no exponent.
std::string digits(double v) {
    std::string out = fmt::format("{:.2f}", std::round(v * 100) / 100);
    while (out.ends_with('0'))
        out.pop_back();
    if (out.ends_with('.'))
        out.pop_back();
    return out == "-0" ? "0" : out;
}

void optional_amount(JsonWriter& json, std::string_view key, const std::optional<double>& v) {
    json.key(key);
    if (v)
        json.raw_number(digits(*v));
    else
        json.null();
}

void tactic_json(JsonWriter& json, const TacticSpend& t, bool total) {
    json.begin_object();
    if (!total)
        json.field("tactic", std::string_view(t.tactic));
    json.key("spent").raw_number(digits(t.spent));
    json.field("rows", t.rows);
    optional_amount(json, "budget", t.budget);
    optional_amount(json, "share", t.share);
    optional_amount(json, "planned_to_date", t.planned);
    json.end_object();
}

} // namespace

void write_spend_text(std::ostream& out, const SpendReview& s) {
    out << '\n' << heading(s) << ":\n";
    std::vector<std::string> header{std::string(tr("TACTIC")), std::string(tr("SPENT"))};
    for (std::string& h : plan_header(s))
        header.push_back(std::move(h));
    Table table(std::move(header));
    auto row = [&](std::string name, const TacticSpend& t) {
        std::vector<std::string> cells{std::move(name), money(s, t.spent)};
        for (std::string& c : plan_cells(s, t))
            cells.push_back(std::move(c));
        table.add(std::move(cells));
    };
    for (const TacticSpend& t : s.tactics)
        row(t.tactic, t);
    row(std::string(tr("total")), s.total);
    table.print(out);
    out << plan_rule(s) << '\n';
    if (s.later_rows > 0)
        out << later_text(s) << '\n';
    out << tr("\nCost per result:\n");
    if (s.costs.empty())
        out << "  "
            << tr("no KPI of the campaign counts results (leads, orders, bookings ...); "
                  "rates, shares and amounts have no cost per result")
            << '\n';
    for (const CostPerResult& c : s.costs)
        out << fmt::format("  {}: {}\n", c.kpi->id, cost_text(s, c));
}

void write_spend_markdown(std::ostream& out, const SpendReview& s) {
    out << "\n## " << heading(s) << "\n\n";
    std::vector<std::string> header{std::string(tr("Tactic")), std::string(tr("Spent"))};
    if (s.has_budget && s.in_percent) {
        header.emplace_back(tr("Share of spend"));
        header.emplace_back(tr("Planned share"));
    } else if (s.has_budget) {
        header.emplace_back(tr("Planned to date"));
        header.emplace_back(tr("Budget"));
    }
    std::string rule = "|";
    for (const std::string& h : header) {
        out << "| " << h << ' ';
        rule += "---|";
    }
    out << "|\n" << rule << '\n';
    auto row = [&](std::string name, const TacticSpend& t) {
        out << "| " << name << " | " << money(s, t.spent) << " |";
        for (const std::string& c : plan_cells(s, t))
            out << ' ' << c << " |";
        out << '\n';
    };
    for (const TacticSpend& t : s.tactics)
        row(fmt::format("`{}`", t.tactic), t);
    row(fmt::format("**{}**", tr("total")), s.total);
    out << '\n' << plan_rule(s) << ".\n";
    if (s.later_rows > 0)
        out << '\n' << later_text(s) << ".\n";
    out << tr("\n## Cost per result\n\n");
    if (s.costs.empty())
        out << "- "
            << tr("no KPI of the campaign counts results (leads, orders, bookings ...); "
                  "rates, shares and amounts have no cost per result")
            << '\n';
    for (const CostPerResult& c : s.costs)
        out << fmt::format("- **{}**: {}\n", kpi_label(c), cost_text(s, c));
}

std::string spend_summary(const SpendReview& s) {
    std::string spent = say("spend to {}: {}", date_text(s), money(s, s.total.spent));
    if (!s.has_budget)
        return fmt::format("{}; {}", spent,
                           tr("the campaign file records no budget split to hold the spend "
                              "against"));
    if (s.in_percent)
        return fmt::format(
            "{}; {}", spent,
            tr("the budget is split in shares, with no total to hold the spend against"));
    if (s.total.planned)
        return say("{} of {} planned to date; budget {}", spent, money(s, s.total.planned),
                   money(s, s.total.budget));
    return say("{} of the whole budget {} (campaign dates not filled in)", spent,
               money(s, s.total.budget));
}

void write_spend_json(JsonWriter& json, const SpendReview* s, bool costs) {
    json.key("spend");
    if (s == nullptr) {
        json.null();
    } else {
        json.begin_object();
        json.key("currency");
        if (s->currency.empty())
            json.null();
        else
            json.value(std::string_view(s->currency));
        json.field("budget", !s->has_budget ? "none" : s->in_percent ? "shares" : "amounts");
        json.key("tactics").begin_array();
        for (const TacticSpend& t : s->tactics)
            tactic_json(json, t, false);
        json.end_array();
        json.key("total");
        tactic_json(json, s->total, true);
        json.field("later_rows", s->later_rows);
        json.end_object();
    }
    if (!costs)
        return;
    json.key("cost_per_result").begin_array();
    if (s != nullptr)
        for (const CostPerResult& c : s->costs) {
            json.begin_object();
            json.field("kpi", std::string_view(c.kpi->id));
            json.key("tactics").begin_array();
            for (const std::string& t : c.tactics)
                json.value(std::string_view(t));
            json.end_array();
            json.key("spent").raw_number(digits(c.spent));
            json.field("reading", model::name(c.reading));
            json.key("results").raw_number(digits(c.results));
            json.field("readings", c.readings);
            optional_amount(json, "start", c.start);
            optional_amount(json, "latest", c.latest);
            optional_amount(json, "cost", c.cost);
            json.end_object();
        }
    json.end_array();
}

} // namespace strat::output
