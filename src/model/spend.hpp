#pragma once
/// What a campaign spends: the budget as its file records it (strat-campaign(5), "Budget")
/// and the spend rows of its actuals (strat-review(1)), for `strat review`. Plain data.

#include "model/campaign_record.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::model {

/// One spend row of the actuals: an amount paid for a tactic (on one of its channels, when
/// named), dated the day it was spent or booked.
struct Spend {
    std::string tactic;
    std::string channel; ///< empty: the tactic as a whole
    Origin where;        ///< the row, for messages
    Day date;
    double amount = 0; ///< in the campaign's currency
};

/// A tactic's line of the campaign's budget split (`budget.by_tactic`).
struct BudgetShare {
    std::string tactic;
    double share = 0; ///< in the budget's unit: an amount, or percent of the total
};

/// The budget as the campaign file records it: with `strat plan --budget-amount` the split
/// is in the currency; without, in percent, and the team may fill in total and currency.
struct RecordedBudget {
    std::string currency;          ///< ISO 4217 code; empty when not filled in
    std::optional<double> total;   ///< the amount for the whole campaign
    bool in_percent = false;       ///< `unit: percent`: shares are percent of the total
    std::optional<double> reserve; ///< the reserve for tests, in the same unit; in no tactic
    std::vector<BudgetShare> tactics;

    /// A share in the currency: as it is, or its percent of a filled-in total.
    std::optional<double> amount_of(double share) const {
        if (!in_percent)
            return share;
        if (total)
            return *total * share / 100;
        return std::nullopt;
    }
};

} // namespace strat::model
