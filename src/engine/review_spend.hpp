#pragma once
/// The spend side of a review (strat-review(1), "Spend"): what each tactic spent up to the
/// review date against its budget (the amount planned to date when the budget is an
/// amount, its share otherwise), and for each KPI that counts results (unit `count`) the
/// cost per result: the spend of the campaign's tactics that move the KPI divided by the
/// results it counts to the same date. Those are the readings added up for a count per
/// period (leads, new customers), and what it gained since the baseline for a level
/// (subscribers, members: the roadmap KPI's `reading: level`). Rates, percentages and
/// amounts have no cost per result. Pure values; strat dashboard shares the spend to date.

#include "engine/review.hpp"
#include "model/index.hpp"
#include "model/spend.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strat::engine {

/// Spend rows summed by tactic as they come, in any order. The sums are kept by day, so
/// the review date may be settled after the last row (the dashboard's default date is its
/// latest reading's): memory grows with the tactics and days booked, not with the rows.
class SpendLedger {
public:
    struct Sum {
        double amount = 0;
        std::size_t rows = 0;
    };

    void add(std::string_view tactic, long long day, double amount);
    bool empty() const { return tactics_.empty(); }

    /// `f(tactic, sum)` for each tactic booked, in the order first booked: its rows on or
    /// before `as_of` (every row without a date); the rows after it are added to `later`.
    template <typename F>
    void to_date(const std::optional<model::Day>& as_of, std::size_t& later, F f) const {
        for (const Tactic& t : tactics_) {
            Sum sum;
            for (const auto& [day, s] : t.by_day) {
                if (as_of && day > as_of->days) {
                    later += s.rows;
                    continue;
                }
                sum.amount += s.amount;
                sum.rows += s.rows;
            }
            f(t.id, sum);
        }
    }

private:
    struct Tactic {
        std::string id;
        std::map<long long, Sum> by_day;
    };
    std::vector<Tactic> tactics_; ///< a campaign has a handful: found by a linear search
};

struct TacticSpend {
    std::string tactic;
    double spent = 0;              ///< on or before the review date
    std::size_t rows = 0;          ///< spend rows counted
    std::optional<double> budget;  ///< the tactic's budget in the currency
    std::optional<double> share;   ///< its budget share in percent, when the split is in shares
    std::optional<double> planned; ///< budget × share of the campaign period gone
};

struct CostPerResult {
    const model::CampaignKpi* kpi = nullptr;
    std::vector<std::string> tactics; ///< the campaign's tactics that move the KPI
    double spent = 0;                 ///< their spend on or before the review date
    std::size_t spend_rows = 0;
    /// How the results were counted: the readings summed (per period), or a level's gain.
    model::Reading reading = model::Reading::period;
    /// The KPI's readings on or before the review date: summed, or for a level the gain
    /// from `start` to `latest` in the KPI's better direction.
    double results = 0;
    std::size_t readings = 0;   ///< how many readings there are to that date
    std::optional<double> cost; ///< spent / results; none without results or spend
    // A level's gain, so the review can show it.
    std::optional<double> start;          ///< the baseline, else the first reading
    std::optional<model::Day> start_date; ///< the first reading's date; none: the baseline
    std::optional<double> latest;         ///< the latest reading on or before the date
    std::optional<model::Day> latest_date;
};

struct SpendReview {
    std::string currency;             ///< the campaign's, else the spend rows'; may be empty
    std::optional<model::Day> as_of;  ///< the review date
    bool has_budget = false;          ///< the campaign file records a budget split
    bool in_percent = false;          ///< ...in shares, with no total filled in
    std::vector<TacticSpend> tactics; ///< campaign order
    TacticSpend total;                ///< the lines added up (tactic empty)
    std::optional<double> reserve;    ///< the reserve for tests in the currency: in no line
    std::vector<CostPerResult> costs; ///< KPIs that count results, campaign order
    std::size_t later_rows = 0;       ///< spend rows after the review date, left out
};

/// Each tactic's spend to the review date against its budget, without costs per result.
/// `currency` is the spend rows' when the campaign names none; `budget` null: the
/// campaign file records none.
SpendReview spend_to_date(const Review& review, const model::RecordedBudget* budget,
                          const SpendLedger& ledger, std::string currency);

/// The cost per result of each count KPI of the campaign, in campaign order, from the
/// spend to date and the readings in `actuals`; `index` says which tactics move a KPI and
/// whether its readings are levels.
std::vector<CostPerResult> costs_per_result(const SpendReview& spend, const Review& review,
                                            const std::vector<model::Actual>& actuals,
                                            const model::Index& index);

/// Both, for strat review: nullopt when there is nothing to say (no spend rows).
/// `review` gives the review date and the share of the period gone; `actuals` the
/// readings the results are counted from.
std::optional<SpendReview> review_spend(const Review& review,
                                        const std::optional<model::RecordedBudget>& budget,
                                        const std::vector<model::Spend>& spend,
                                        const std::vector<model::Actual>& actuals,
                                        const model::Index& index, std::string currency);

} // namespace strat::engine
