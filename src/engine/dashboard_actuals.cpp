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

void KpiActuals::Ring::insert(std::size_t at, Reading reading) {
    if (size_ == items_.size()) {
        std::vector<Reading> grown(std::max<std::size_t>(4, 2 * items_.size()));
        for (std::size_t i = 0; i < size_; ++i)
            grown[i] = std::move((*this)[i]);
        items_ = std::move(grown);
        head_ = 0;
    }
    ++size_;
    for (std::size_t i = size_ - 1; i > at; --i)
        (*this)[i] = std::move((*this)[i - 1]);
    (*this)[at] = std::move(reading);
}

void KpiActuals::Ring::erase(std::size_t at) {
    for (std::size_t i = at; i + 1 < size_; ++i)
        (*this)[i] = std::move((*this)[i + 1]);
    --size_;
}

void KpiActuals::add(long long day, std::uint64_t order, double value, std::string_view text,
                     long long latest_day) {
    ++count_;
    add_point(day, value);
    long long floor = latest_day - window_days_;
    // Readings that fell out of the window keep only their latest two, and their latest two
    // by the end date (within the window, the window has them).
    auto leave = [&](const Reading& r) {
        older_.offer(r);
        if (end_day_ && r.day <= *end_day_)
            by_end_.offer(r);
    };
    while (window_.size() > 0 && window_[0].day < floor) {
        leave(window_[0]);
        window_.pop_front();
    }
    Reading reading{day, order, value, std::string(text)};
    if (day < floor) {
        leave(reading);
        return;
    }
    // Insert by (day, order); `order` only grows, so it goes after its day's readings,
    // nearly always at the end.
    std::size_t at = window_.size();
    while (at > 0 && window_[at - 1].day > day)
        --at;
    window_.insert(at, std::move(reading));
    // A third reading of the same day makes the first of them irrelevant: review looks at
    // no more than the last two readings up to any date.
    if (at >= 2 && window_[at - 2].day == day)
        window_.erase(at - 2);
}

void KpiActuals::add_point(long long day, double value) {
    if (since_day_ && day < *since_day_)
        return;
    auto span = [&](long long d) { return d >> shift_; };
    // Readings mostly come by date: the last span, or a new one after it.
    if (!series_.empty() && span(day) >= span(series_.back().day)) {
        if (span(day) == span(series_.back().day)) {
            if (day >= series_.back().day)
                series_.back() = {day, value};
            return;
        }
        if (series_.size() < max_points) {
            series_.push_back({day, value});
            return;
        }
    }
    auto at = std::lower_bound(series_.begin(), series_.end(), span(day),
                               [&](const SeriesPoint& p, long long s) { return span(p.day) < s; });
    // Of a span, the latest reading; of one day, the last read.
    if (at != series_.end() && span(at->day) == span(day)) {
        if (day >= at->day)
            *at = {day, value};
        return;
    }
    series_.insert(at, {day, value});
    // Too many spans: double their width, keeping the latest reading of each. The width
    // reached depends only on the set of dates, not on the order they came in.
    while (series_.size() > max_points) {
        ++shift_;
        std::vector<SeriesPoint> merged;
        for (const SeriesPoint& p : series_) {
            if (!merged.empty() && span(merged.back().day) == span(p.day)) {
                merged.back() = p; // by day: the later one
            } else {
                merged.push_back(p);
            }
        }
        series_ = std::move(merged);
    }
}

void KpiActuals::append_to(std::vector<model::Actual>& out, const std::string& kpi,
                           std::optional<long long> judged_at) const {
    std::vector<const Reading*> kept;
    for (std::size_t i = 0; i < window_.size(); ++i)
        kept.push_back(&window_[i]);
    for (const Latest2* two : {&older_, &by_end_})
        for (int i = 0; i < two->n; ++i)
            kept.push_back(&two->r[static_cast<std::size_t>(i)]);
    std::sort(kept.begin(), kept.end(),
              [](const Reading* a, const Reading* b) { return b->later_than(*a); });
    kept.erase(std::unique(kept.begin(), kept.end(),
                           [](const Reading* a, const Reading* b) { return a->order == b->order; }),
               kept.end());
    // The last two up to the judged date and the last one after it: all review reads.
    auto after = judged_at ? std::find_if(kept.begin(), kept.end(),
                                          [&](const Reading* r) { return r->day > *judged_at; })
                           : kept.end();
    auto first = after - std::min<std::ptrdiff_t>(2, after - kept.begin());
    std::vector<const Reading*> chosen(first, after);
    if (after != kept.end())
        chosen.push_back(kept.back());
    for (const Reading* r : chosen)
        out.push_back({kpi, model::Origin{}, model::day_from_days(r->day), r->value, r->text});
}

} // namespace strat::engine
