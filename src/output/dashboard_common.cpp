#include "output/dashboard.hpp"
#include "util/locale.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace strat::output::dashboard_detail {

std::string word(std::string_view code) {
    return std::string(util::tr(code));
}

std::string figure(double v) {
    return util::language() == "de" ? util::decimal(v, 6, "de") : fmt::format("{:g}", v);
}

std::string day_text(const model::Day& day) {
    return util::date(day.text, util::language());
}

std::string number(std::optional<double> v) {
    return v ? figure(*v) : std::string("-");
}

std::string percent_points(double share) {
    long long points = std::llround(share * 100);
    return say(points == 1 ? "{} point" : "{} points", points);
}

std::string tactic_state(const load::CampaignTactic& t) {
    if (!t.state)
        return std::string(util::tr("no status"));
    if (!t.since)
        return word(load::state_name(*t.state));
    return say("{} since {}", word(load::state_name(*t.state)), day_text(*t.since));
}

std::string step_words(const engine::NextStep& s) {
    if (s.kind == engine::NextStep::Kind::add_tactic)
        return say("add tactic \"{}\" ({})", s.tactic->name, s.tactic->id);
    return say("switch to strategy \"{}\" ({})", s.strategy->name, s.strategy->id);
}

std::string period_words(const engine::DashboardCampaign& c) {
    const model::CampaignRecord& r = *c.campaign;
    if (!r.start || !r.end)
        return std::string(util::tr("campaign dates not filled in"));
    if (!c.review.elapsed)
        return say("{} to {}", day_text(*r.start), day_text(*r.end));
    return say("{} to {}, {} of the period gone", day_text(*r.start), day_text(*r.end),
               util::percent(*c.review.elapsed * 100, 0, util::language()));
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
