#include "engine/dashboard_actuals.hpp"

#include <algorithm>

namespace strat::engine {

KpiActuals::KpiActuals(int window_days, std::optional<long long> end_day,
                       std::optional<long long> since_day)
    : window_days_(window_days), since_day_(since_day), end_day_(end_day) {}

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

void KpiActuals::Ring::grow() {
    std::vector<Reading> grown(std::max<std::size_t>(4, 2 * items_.size()));
    for (std::size_t i = 0; i < size_; ++i)
        grown[i] = std::move((*this)[i]);
    items_ = std::move(grown);
    head_ = 0;
}

void KpiActuals::Ring::insert(std::size_t at, Reading reading) {
    if (full())
        grow();
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

void KpiActuals::leave(const Reading& r) {
    older_.offer(r);
    if (end_day_ && r.day <= *end_day_)
        by_end_.offer(r);
}

void KpiActuals::evict(long long floor) {
    // The window is sorted, so the readings to move out are its first `n`, found by
    // bisection, and only the last two of them (and the last two by the end date) can
    // matter to older_ and by_end_: the others are not read at all, which saves a cache
    // miss per reading.
    auto first_after = [&](std::size_t hi, long long last_day) {
        std::size_t lo = 0;
        while (lo < hi) {
            std::size_t mid = lo + (hi - lo) / 2;
            if (window_[mid].day <= last_day)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    const std::size_t n = first_after(window_.size(), floor - 1);
    for (std::size_t i = n > 2 ? n - 2 : 0; i < n; ++i)
        older_.offer(window_[i]);
    if (end_day_)
        for (std::size_t i = first_after(n, *end_day_), j = i > 2 ? i - 2 : 0; j < i; ++j)
            by_end_.offer(window_[j]);
    for (std::size_t i = 0; i < n; ++i)
        window_.pop_front();
}

void KpiActuals::refresh_back() {
    std::size_t n = window_.size();
    back_day_ = n > 0 ? window_[n - 1].day : 0;
    back_run_ = n == 0 ? 0 : n >= 2 && window_[n - 2].day == back_day_ ? 2 : 1;
}

std::string_view KpiActuals::text_of(const Reading& r) const {
    if (r.size <= Reading::inline_text)
        return {r.text.data(), r.size};
    return long_texts_[r.long_at];
}

void KpiActuals::compact_long_texts() {
    // A reading copied into older_ and by_end_ shares its text: each index moves once.
    constexpr auto none = static_cast<std::uint32_t>(-1);
    std::vector<std::uint32_t> moved(long_texts_.size(), none);
    std::vector<std::string> kept;
    auto keep = [&](Reading& r) {
        if (r.size <= Reading::inline_text)
            return;
        if (moved[r.long_at] == none) {
            moved[r.long_at] = static_cast<std::uint32_t>(kept.size());
            kept.push_back(std::move(long_texts_[r.long_at]));
        }
        r.long_at = moved[r.long_at];
    };
    for (std::size_t i = 0; i < window_.size(); ++i)
        keep(window_[i]);
    for (Latest2* two : {&older_, &by_end_})
        for (int i = 0; i < two->n; ++i)
            keep(two->r[static_cast<std::size_t>(i)]);
    long_texts_ = std::move(kept);
}

void KpiActuals::add(long long day, std::uint64_t order, double value, std::string_view text,
                     long long latest_day) {
    ++count_;
    add_point(day, value);
    long long floor = latest_day - window_days_;
    Reading reading{day, order, value, static_cast<std::uint32_t>(text.size())};
    if (text.size() <= Reading::inline_text) {
        std::copy(text.begin(), text.end(), reading.text.begin());
    } else {
        if (long_texts_.size() >= 2 * window_.capacity() + 8)
            compact_long_texts();
        reading.long_at = static_cast<std::uint32_t>(long_texts_.size());
        long_texts_.emplace_back(text);
    }
    // Readings that fell out of the window keep only their latest two, and their latest two
    // by the end date (within the window, the window has them). They leave when the ring
    // is full: until then, keeping them changes nothing that review reads.
    if (day < floor) {
        leave(reading);
        return;
    }
    if (window_.full()) {
        evict(floor);
        refresh_back();
        // Room for a quarter of the ring at least, so a reading rarely finds it full.
        if (window_.size() * 4 > window_.capacity() * 3)
            window_.grow();
    }
    std::size_t at = window_.size();
    if (at == 0 || day >= back_day_) {
        // The usual reading: the latest so far. `order` only grows, so it goes last; a
        // third reading of one day makes the first of them irrelevant (review looks at
        // no more than the last two readings up to any date).
        int run = at > 0 && day == back_day_ ? back_run_ : 0;
        window_.insert(at, std::move(reading));
        if (run >= 2)
            window_.erase(at - 2);
        back_day_ = day;
        back_run_ = std::min(run + 1, 2);
        return;
    }
    // An earlier day: inserted by (day, order), after that day's readings.
    while (at > 0 && window_[at - 1].day > day)
        --at;
    window_.insert(at, std::move(reading));
    if (at >= 2 && window_[at - 2].day == day)
        window_.erase(at - 2);
    refresh_back();
}

void KpiActuals::add_point(long long day, double value) {
    if (since_day_ && day < *since_day_)
        return;
    auto span = [&](long long d) { return d >> shift_; };
    // Readings mostly come by date: the last span, or a new one after it. The last point
    // is kept in the object, so such a reading touches no other memory.
    if (has_tail_ && span(day) >= span(tail_.day)) {
        if (span(day) == span(tail_.day)) {
            if (day >= tail_.day)
                tail_ = {day, value};
            return;
        }
        if (series_.size() + 1 < max_points) {
            series_.push_back(tail_);
            tail_ = {day, value};
            return;
        }
    }
    if (has_tail_)
        series_.push_back(tail_);
    add_point_in_order(day, value);
    tail_ = series_.back();
    series_.pop_back();
    has_tail_ = true;
}

void KpiActuals::add_point_in_order(long long day, double value) {
    auto span = [&](long long d) { return d >> shift_; };
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

std::vector<SeriesPoint> KpiActuals::series() const {
    std::vector<SeriesPoint> out;
    out.reserve(series_.size() + 1);
    out = series_;
    if (has_tail_)
        out.push_back(tail_);
    return out;
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
        out.push_back({kpi, model::Origin{}, model::day_from_days(r->day), r->value,
                       std::string(text_of(*r))});
}

} // namespace strat::engine
