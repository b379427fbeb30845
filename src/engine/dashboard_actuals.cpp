#include "engine/dashboard_actuals.hpp"

#include <algorithm>

namespace strat::engine {

KpiActuals::KpiActuals(int window_days, std::optional<long long> end_day,
                       std::optional<long long> since_day)
    : window_days_(window_days), end_day_(end_day), since_day_(since_day) {}

void KpiActuals::Latest2::offer(const Reading& reading) {
    if (n < 2) {
        r[static_cast<std::size_t>(n++)] = reading;
    } else {
        // r holds the two latest; replace the earlier of them if this one is later.
        std::size_t earlier = r[0].later_than(r[1]) ? 1 : 0;
        if (reading.later_than(r[earlier]))
            r[earlier] = reading;
    }
}

void KpiActuals::add(long long day, std::uint64_t order, double value, std::string_view text,
                     long long latest_day) {
    ++count_;
    Reading reading{day, order, value, std::string(text)};
    if (end_day_ && day <= *end_day_)
        by_end_.offer(reading);
    add_point(day, order, value);

    long long floor = latest_day - window_days_;
    // Readings that fell out of the window keep only their latest two.
    while (head_ < window_.size() && window_[head_].day < floor)
        older_.offer(window_[head_++]);
    if (head_ > 64 && head_ * 2 > window_.size()) {
        window_.erase(window_.begin(), window_.begin() + static_cast<std::ptrdiff_t>(head_));
        head_ = 0;
    }
    if (day < floor) {
        older_.offer(reading);
        return;
    }
    // Insert by (day, order); `order` only grows, so it goes after its day's readings.
    auto at = window_.end();
    while (at != window_.begin() + static_cast<std::ptrdiff_t>(head_) && (at - 1)->day > day)
        --at;
    at = window_.insert(at, std::move(reading));
    // A third reading of the same day makes the first of them irrelevant: review looks at
    // no more than the last two readings up to any date.
    auto first = at;
    while (first != window_.begin() + static_cast<std::ptrdiff_t>(head_) && (first - 1)->day == day)
        --first;
    if (at - first >= 2)
        window_.erase(first);
}

void KpiActuals::add_point(long long day, std::uint64_t order, double value) {
    if (since_day_ && day < *since_day_)
        return;
    auto span = [&](long long d) { return d >> shift_; };
    auto at = std::lower_bound(series_.begin(), series_.end(), span(day),
                               [&](const SeriesPoint& p, long long s) { return span(p.day) < s; });
    if (at != series_.end() && span(at->day) == span(day)) {
        if (day > at->day || (day == at->day && order > at->order))
            *at = {day, value, order};
        return;
    }
    series_.insert(at, {day, value, order});
    // Too many spans: double their width, keeping the latest reading of each. The width
    // reached depends only on the set of dates, not on the order they came in.
    while (series_.size() > max_points) {
        ++shift_;
        std::vector<SeriesPoint> merged;
        for (const SeriesPoint& p : series_) {
            if (!merged.empty() && span(merged.back().day) == span(p.day)) {
                if (p.day > merged.back().day ||
                    (p.day == merged.back().day && p.order > merged.back().order))
                    merged.back() = p;
            } else {
                merged.push_back(p);
            }
        }
        series_ = std::move(merged);
    }
}

void KpiActuals::append_to(std::vector<model::Actual>& out, const std::string& kpi) const {
    std::vector<const Reading*> kept;
    for (std::size_t i = head_; i < window_.size(); ++i)
        kept.push_back(&window_[i]);
    for (const Latest2* two : {&older_, &by_end_})
        for (int i = 0; i < two->n; ++i)
            kept.push_back(&two->r[static_cast<std::size_t>(i)]);
    std::sort(kept.begin(), kept.end(),
              [](const Reading* a, const Reading* b) { return b->later_than(*a); });
    kept.erase(std::unique(kept.begin(), kept.end(),
                           [](const Reading* a, const Reading* b) { return a->order == b->order; }),
               kept.end());
    for (const Reading* r : kept)
        out.push_back({kpi, model::Origin{}, model::day_from_days(r->day), r->value, r->text});
}

} // namespace strat::engine
