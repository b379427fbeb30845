#pragma once
/// `strat dashboard` printers: a text view that fits a terminal, a Markdown report, JSON
/// for tools, and one self-contained HTML page (inline CSS and SVG, no script, no
/// network) that prints to PDF. Every text read from a file is escaped for its format:
/// control characters shown visibly in text and Markdown, HTML-escaped in HTML.

#include "engine/dashboard.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace strat::output {

struct TextView {
    bool color = false;
    std::size_t width = 80; ///< columns the text view fits in
};

void print_dashboard_text(std::ostream& out, const engine::Dashboard& dashboard,
                          const TextView& view = {});
void print_dashboard_markdown(std::ostream& out, const engine::Dashboard& dashboard);
void print_dashboard_json(std::ostream& out, const engine::Dashboard& dashboard);
void print_dashboard_html(std::ostream& out, const engine::Dashboard& dashboard);

namespace dashboard_detail {
/// Shared by the printers; words for people in the run's language (util/messages.hpp).
template <typename... Args> std::string say(std::string_view english, const Args&... args) {
    return fmt::format(fmt::runtime(util::tr(english)), args...);
}
std::string word(std::string_view code);                      ///< "off-track" for people
std::string figure(double v);                                 ///< "12.5"; "12,5" in German
std::string day_text(const model::Day& day);                  ///< "2026-03-01"; "1.3.2026"
std::string number(std::optional<double> v);                  ///< "12.5" or "-"
std::string percent_points(double share);                     ///< 0.473 -> "47 points"
std::string tactic_state(const load::CampaignTactic& t);      ///< "active since 2026-02-01"
std::string step_words(const engine::NextStep& step);         ///< add tactic "X" (x)
std::string period_words(const engine::DashboardCampaign& c); ///< dates and share gone
std::string sparkline(const engine::DashboardCampaign& c, std::size_t kpi, std::size_t points);

/// A role as the team filled it in, each name shown by `show` (the format's escaping),
/// joined by ", "; "not named yet" while it is not (null, or blanks only).
template <typename Show> std::string role_text(const std::vector<std::string>& names, Show show) {
    std::string out;
    for (const std::string& name : names) {
        if (name.find_first_not_of(" \t") == std::string::npos)
            continue;
        if (!out.empty())
            out += ", ";
        out += show(name);
    }
    return out.empty() ? std::string(util::tr("not named yet")) : out;
}

/// Whom to ask about a KPI behind: the owner of each tactic of the campaign that moves it,
/// tactics with the same owner together: "Mara Keller (id); not named yet (id, id)". Names
/// are shown by `show`, ids by `id`, and each group passes through `group` (the text view
/// keeps a group on one line).
template <typename Show, typename Id, typename Group>
std::string ask_text(const engine::DashboardCampaign& c, const engine::NextAction& a, Show show,
                     Id id, Group group) {
    if (a.tactics.empty())
        return std::string(util::tr("no tactic of the campaign moves this KPI"));
    std::vector<std::pair<std::string, std::string>> owners; // owner, its tactics' ids
    for (std::size_t t : a.tactics) {
        const load::CampaignTactic& tactic = *c.tactics[t].source;
        std::string owner = role_text(tactic.owner, show);
        auto it = std::find_if(owners.begin(), owners.end(),
                               [&](const auto& o) { return o.first == owner; });
        if (it == owners.end())
            owners.emplace_back(owner, id(tactic.id));
        else
            it->second += ", " + id(tactic.id);
    }
    std::string out;
    for (const auto& [owner, ids] : owners)
        out += (out.empty() ? "" : "; ") + group(fmt::format("{} ({})", owner, ids));
    return out;
}
template <typename Show, typename Id>
std::string ask_text(const engine::DashboardCampaign& c, const engine::NextAction& a, Show show,
                     Id id) {
    return ask_text(c, a, show, id, [](std::string s) { return s; });
}
} // namespace dashboard_detail

} // namespace strat::output
