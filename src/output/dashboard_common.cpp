#include "output/dashboard.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace strat::output::dashboard_detail {

std::string number(std::optional<double> v) {
    return v ? fmt::format("{:g}", *v) : std::string("-");
}

std::string percent_points(double share) {
    long long points = std::llround(share * 100);
    return fmt::format("{} point{}", points, points == 1 ? "" : "s");
}

std::string tactic_state(const load::CampaignTactic& t) {
    if (!t.state)
        return "no status";
    if (!t.since)
        return std::string(load::state_name(*t.state));
    return fmt::format("{} since {}", load::state_name(*t.state), t.since->text);
}

std::string step_words(const engine::NextStep& s) {
    if (s.kind == engine::NextStep::Kind::add_tactic)
        return fmt::format("add tactic \"{}\" ({})", s.tactic->name, s.tactic->id);
    return fmt::format("switch to strategy \"{}\" ({})", s.strategy->name, s.strategy->id);
}

std::string period_words(const engine::DashboardCampaign& c) {
    const model::CampaignRecord& r = *c.campaign;
    if (!r.start || !r.end)
        return "campaign dates not filled in";
    if (!c.review.elapsed)
        return fmt::format("{} to {}", r.start->text, r.end->text);
    return fmt::format("{} to {}, {:.0f}% of the period gone", r.start->text, r.end->text,
                       *c.review.elapsed * 100);
}

std::string sparkline(const engine::DashboardCampaign& c, std::size_t kpi, std::size_t points) {
    static constexpr std::string_view bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    const std::vector<engine::SeriesPoint>& series = c.kpis[kpi].series;
    if (series.empty())
        return "-";
    std::size_t first = series.size() > points ? series.size() - points : 0;
    const model::CampaignKpi& k = c.campaign->kpis[kpi];
    double lo = series[first].value, hi = lo;
    for (std::size_t i = first; i < series.size(); ++i)
        lo = std::min(lo, series[i].value), hi = std::max(hi, series[i].value);
    for (std::optional<double> v : {k.baseline, k.target})
        if (v)
            lo = std::min(lo, *v), hi = std::max(hi, *v);
    std::string out;
    for (std::size_t i = first; i < series.size(); ++i) {
        double share = hi - lo < 1e-12 ? 0.5 : (series[i].value - lo) / (hi - lo);
        // Lower is better for some KPIs: the bars still show the value, not the progress.
        auto level = static_cast<std::size_t>(std::clamp(std::lround(share * 7), 0L, 7L));
        out += bars[level];
    }
    return out;
}

} // namespace strat::output::dashboard_detail
