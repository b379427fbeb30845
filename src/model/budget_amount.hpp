#pragma once
/// A campaign's budget as an amount: whole units of a currency, from `--budget-amount`
/// and `--currency` or an answers file's `budget_amount` and `currency`. Plain data.

#include "model/origin.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace strat::model {

/// The ISO 4217 codes strat accepts, in the order its messages name them.
inline constexpr std::array<std::string_view, 4> currencies{"EUR", "CHF", "GBP", "USD"};

/// The largest amount: beyond it no marketing budget is meant, and sums stay far from
/// overflow.
inline constexpr long long max_budget_amount = 1'000'000'000'000LL;

inline bool known_currency(std::string_view code) {
    return std::find(currencies.begin(), currencies.end(), code) != currencies.end();
}

struct BudgetAmount {
    long long amount = 0; ///< 1 to max_budget_amount
    std::string currency; ///< one of `currencies`
    Origin where;         ///< where the amount is written; no file for the flags
};

} // namespace strat::model
