#pragma once
/// The budget split: a campaign's amount (`--budget-amount`) divided by the roadmap's
/// budget rule (model::BudgetRule): the reserve for tests off the top, the rest by tactic
/// in proportion to its cost level's weight, each tactic's share by channel (equal parts)
/// and by phase (pilot, scale). Amounts are whole currency units; without an amount the
/// same split is in tenths of a percent. Every level adds up exactly to the level above
/// (largest remainder, ties to the earlier item), so the table a team reads sums.

#include "model/roadmap.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::engine {

struct TacticEntry;
struct CampaignDocument;

/// What a tactic's share is split into.
struct BudgetChannelShare {
    model::Channel channel;
    long long units = 0;
};

struct BudgetTacticShare {
    std::string tactic; ///< id
    std::string name;
    model::Level cost = model::Level::low;
    int weight = 0; ///< the rule's points for its cost level
    long long units = 0;
    std::vector<BudgetChannelShare> channels; ///< in the tactic's channel order
    long long pilot = 0, scale = 0;
};

struct BudgetSplit {
    model::BudgetRule rule;
    std::optional<long long> amount; ///< none: `units` are tenths of a percent
    std::string currency;            ///< ISO 4217 code; empty without an amount
    long long total = 0;             ///< the amount, or 1000 (100.0%)
    long long reserve = 0;
    std::vector<BudgetTacticShare> tactics; ///< in plan order
};

/// Tenths of a percent: the unit of a split without an amount.
inline constexpr long long budget_share_units = 1000;

/// `total` divided in proportion to `weights` into whole units that add up to `total`:
/// each part gets its quota's whole units, the units left go one each to the parts with the
/// largest remainders, ties to the earlier part. All weights 0: everything to none.
std::vector<long long> largest_remainder(long long total, const std::vector<long long>& weights);

/// The split of `amount` (none: shares) over `tactics` by `rule`.
BudgetSplit split_budget(const model::BudgetRule& rule, const std::vector<TacticEntry>& tactics,
                         std::optional<long long> amount, std::string currency = {});

/// The document's budget split by `rule` over its tactics: shares without an amount; with
/// one, also the skeleton's total, currency and per-channel amounts (the reserve is in no
/// channel). Replaces any split the document had.
void plan_budget(CampaignDocument& d, const model::BudgetRule& rule,
                 std::optional<long long> amount = std::nullopt, std::string currency = {});

/// `strat plan --budget-amount`: the split by the document's rule redone in amounts; a
/// document with no rule (a roadmap that states none) gets its total and currency only.
void give_budget_amount(CampaignDocument& d, long long amount, std::string currency);

/// True for the codes strat accepts as `--currency` (model::currencies).
bool known_currency(std::string_view code);

} // namespace strat::engine
