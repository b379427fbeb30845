#pragma once
/// The spend side of a review (strat-review(1), "Spend"): what each tactic spent up to the
/// review date against its budget (the amount planned to date when the budget is an
/// amount, its share otherwise), and for each KPI that counts results (unit `count`) the
/// cost per result: the spend of the campaign's tactics that move the KPI divided by the
/// results counted in the same period. Rates, percentages and amounts have no cost per
/// result. Pure values.

#include "engine/review.hpp"
#include "model/index.hpp"
#include "model/spend.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::engine {

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
    double results = 0;         ///< the sum of the KPI's readings on or before the review date
    std::size_t readings = 0;   ///< how many readings were summed
    std::optional<double> cost; ///< spent / results; none without results or spend
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

/// Nullopt when there is nothing to say: no spend rows. `currency` is the spend rows' when
/// the campaign names none. `review` gives the review date and the share of the period
/// gone; `actuals` the readings the results are counted from.
std::optional<SpendReview> review_spend(const Review& review,
                                        const std::optional<model::RecordedBudget>& budget,
                                        const std::vector<model::Spend>& spend,
                                        const std::vector<model::Actual>& actuals,
                                        const model::Index& index, std::string currency);

} // namespace strat::engine
