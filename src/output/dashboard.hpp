#pragma once
/// `strat dashboard` printers: a text view that fits a terminal, a Markdown report, JSON
/// for tools, and one self-contained HTML page (inline CSS and SVG, no script, no
/// network) that prints to PDF. Every text read from a file is escaped for its format:
/// control characters shown visibly in text and Markdown, HTML-escaped in HTML.

#include "engine/dashboard.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <ostream>
#include <string>

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
} // namespace dashboard_detail

} // namespace strat::output
