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
/// the end date; the latest reading of all is among them. Keeping more (the window may
/// still hold readings older than a period, until its ring fills) changes nothing.

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
    std::vector<SeriesPoint> series() const;
    std::uint64_t count() const { return count_; }

private:
    /// Trivially copyable, so writing one into the ring is a plain store (a std::string
    /// would first read the slot it is moved into: a cache miss per reading). A value's
    /// text up to `inline_text` bytes is kept inside it, a longer one in `long_texts_`.
    struct Reading {
        static constexpr std::size_t inline_text = 20;
        long long day = 0;
        std::uint64_t order = 0;
        double value = 0;
        std::uint32_t size = 0;    ///< of the text
        std::uint32_t long_at = 0; ///< index into long_texts_ when size > inline_text
        std::array<char, inline_text> text{};
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
    /// The series' slow path (a reading out of date order, or a span too many): the
    /// last point joins `series_` while it runs.
    void add_point_in_order(long long day, double value);
    /// Moves the readings older than `floor` out of the window (into older_, by_end_).
    void evict(long long floor);
    /// A reading leaving the window: only the latest two (and two by the end) matter.
    void leave(const Reading& r);
    /// back_day_ and back_run_ from the window, after a change not at its end.
    void refresh_back();
    std::string_view text_of(const Reading& r) const;
    /// Keeps only the long texts that kept readings use, once there are many more.
    void compact_long_texts();

    /// The readings of the window, oldest first, in a ring: no allocation per reading.
    class Ring {
    public:
        std::size_t size() const { return size_; }
        bool full() const { return size_ == items_.size(); }
        std::size_t capacity() const { return items_.size(); }
        /// Doubles the room (at least 4).
        void grow();
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

    // Rows of many KPIs interleave (an export by date), so a reading's cost is the cache
    // lines it touches. The common reading (the latest date so far) touches only these
    // first fields and one slot of the ring: the window's last day is kept here rather
    // than read from the ring, the series' last point lives here until a new span starts,
    // and readings that left the window are moved out when the ring is full, several at
    // once, rather than one per reading. The cold part comes last.
    long long back_day_ = 0; ///< the day of the window's last reading
    int back_run_ = 0;       ///< readings of back_day_ at the window's end (0 to 2)
    int window_days_;
    int shift_ = 0;         ///< series spans are 2^shift_ days
    bool has_tail_ = false; ///< the series has points: tail_ is the last
    SeriesPoint tail_;      ///< the series' last point; series_ holds those before
    std::uint64_t count_ = 0;
    Ring window_; ///< by (day, order), at most 2 per day; may hold older ones
    std::optional<long long> since_day_, end_day_;
    std::vector<SeriesPoint> series_; ///< by day, without tail_
    Latest2 older_, by_end_;
    std::vector<std::string> long_texts_;
};

} // namespace strat::engine
