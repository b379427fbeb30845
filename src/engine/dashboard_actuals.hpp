#pragma once
/// What `strat dashboard` keeps of one KPI's actuals while they stream past: the few
/// readings the review rule can judge the KPI on at the dashboard date, and a series of
/// at most `max_points` readings for charts. Memory per KPI is bounded whatever the number
/// of rows.
///
/// Why the kept readings suffice: review judges a KPI at J, its last due date (or the
/// review date A when nothing is due or the KPI has no cadence), on the latest reading on
/// or before J and the one before it, and names the latest reading after J. J is either
/// A or later than A minus one cadence period, or the campaign's end date. So it is
/// enough to keep every reading (the last two of each day) within one period of the
/// latest date read so far, the latest two older than that, the latest two on or before
/// the end date; the latest reading of all is among them.

#include "model/campaign_record.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strat::engine {

struct SeriesPoint {
    long long day = 0;
    double value = 0;
};

class KpiActuals {
public:
    static constexpr std::size_t max_points = 64;

    /// `window_days`: the longest cadence period of the KPI (7, 31 or 92 days; 0 when
    /// review judges it at the review date). `end_day`: the campaign's end, when review
    /// may judge the KPI there. `since_day`: the series leaves out earlier readings.
    KpiActuals(int window_days, std::optional<long long> end_day,
               std::optional<long long> since_day);

    /// One reading, the `order`-th read; `latest_day` is the latest date read so far,
    /// of any KPI, this one included.
    void add(long long day, std::uint64_t order, double value, std::string_view text,
             long long latest_day);

    /// Review's input for judging the KPI at `judged_at` (its last due date, or the
    /// review date; none: every reading counts): the latest two readings on or before
    /// it and the latest after it, by date, then in the order read.
    void append_to(std::vector<model::Actual>& out, const std::string& kpi,
                   std::optional<long long> judged_at) const;

    /// Readings from the since date on, at most max_points of them: when there are more
    /// dates, the latest reading of each of at most max_points equal spans of days.
    const std::vector<SeriesPoint>& series() const { return series_; }
    std::uint64_t count() const { return count_; }

private:
    struct Reading {
        long long day = 0;
        std::uint64_t order = 0;
        double value = 0;
        std::string text;
        bool later_than(const Reading& o) const {
            return day != o.day ? day > o.day : order > o.order;
        }
    };
    /// The two latest readings offered.
    struct Latest2 {
        std::array<Reading, 2> r;
        int n = 0;
        void offer(const Reading& reading);
    };

    void add_point(long long day, double value);

    /// The readings of the window, oldest first, in a ring: no allocation per reading.
    class Ring {
    public:
        std::size_t size() const { return size_; }
        Reading& operator[](std::size_t i) { return items_[(head_ + i) & (items_.size() - 1)]; }
        const Reading& operator[](std::size_t i) const {
            return items_[(head_ + i) & (items_.size() - 1)];
        }
        void pop_front() {
            head_ = (head_ + 1) & (items_.size() - 1);
            --size_;
        }
        /// Inserts at `at` (0..size), moving the later readings back by one.
        void insert(std::size_t at, Reading reading);
        /// Removes the reading at `at`, moving the later ones forward by one.
        void erase(std::size_t at);

    private:
        std::vector<Reading> items_; ///< a power of two long, or empty
        std::size_t head_ = 0, size_ = 0;
    };

    // What every reading touches first, together: rows of many KPIs interleave (an export
    // by date), so each reading costs a few cache misses; the cold part comes last.
    int window_days_;
    int shift_ = 0; ///< series spans are 2^shift_ days
    std::uint64_t count_ = 0;
    Ring window_;                     ///< by (day, order), at most 2 per day
    std::vector<SeriesPoint> series_; ///< by day
    std::optional<long long> end_day_, since_day_;
    Latest2 older_, by_end_;
};

} // namespace strat::engine
