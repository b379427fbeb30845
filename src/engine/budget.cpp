#include "engine/budget.hpp"

#include "engine/campaign.hpp"
#include "model/budget_amount.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>

namespace strat::engine {

std::vector<long long> largest_remainder(long long total, const std::vector<long long>& weights) {
    std::vector<long long> parts(weights.size(), 0);
    long long sum = std::accumulate(weights.begin(), weights.end(), 0LL);
    if (sum <= 0 || total <= 0)
        return parts;
    // Amounts stay far below 2^63 / weights (amount up to 10^12, weights up to 10^4).
    std::vector<std::pair<long long, std::size_t>> remainders;
    long long given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        parts[i] = total * weights[i] / sum;
        given += parts[i];
        remainders.push_back({total * weights[i] % sum, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < total; ++k, ++given)
        ++parts[remainders[k % remainders.size()].second];
    return parts;
}

BudgetSplit split_budget(const model::BudgetRule& rule, const std::vector<TacticEntry>& tactics,
                         std::optional<long long> amount, std::string currency) {
    BudgetSplit split;
    split.rule = rule;
    split.amount = amount;
    split.currency = amount ? std::move(currency) : std::string();
    split.total = amount.value_or(budget_share_units);
    // The reserve first: it is what tests may spend whatever the tactics turn out to be.
    auto top = largest_remainder(split.total, {rule.reserve, 100 - rule.reserve});
    split.reserve = tactics.empty() ? split.total : top[0];
    std::vector<long long> weights;
    for (const TacticEntry& t : tactics) {
        auto it = rule.weights.find(t.cost);
        weights.push_back(it == rule.weights.end() ? 0 : it->second);
    }
    auto parts = largest_remainder(split.total - split.reserve, weights);
    for (std::size_t i = 0; i < tactics.size(); ++i) {
        const TacticEntry& t = tactics[i];
        BudgetTacticShare share;
        share.tactic = t.id;
        share.name = t.name;
        share.cost = t.cost;
        share.weight = static_cast<int>(weights[i]);
        share.units = parts[i];
        // Equal parts per channel: the roadmap states no channel's cost, so none is favoured.
        auto by_channel =
            largest_remainder(share.units, std::vector<long long>(t.channels.size(), 1));
        for (std::size_t c = 0; c < t.channels.size(); ++c)
            share.channels.push_back({t.channels[c], by_channel[c]});
        auto phases = largest_remainder(share.units, {rule.pilot, rule.scale});
        share.pilot = phases[0];
        share.scale = phases[1];
        split.tactics.push_back(std::move(share));
    }
    return split;
}

void plan_budget(CampaignDocument& d, const model::BudgetRule& rule,
                 std::optional<long long> amount, std::string currency) {
    d.budget_split = split_budget(rule, d.tactics, amount, currency);
    if (!amount)
        return;
    d.budget_total.value = std::to_string(*amount);
    d.currency.value = d.budget_split->currency;
    std::map<model::Channel, long long> by_channel;
    for (const BudgetTacticShare& t : d.budget_split->tactics)
        for (const BudgetChannelShare& c : t.channels)
            by_channel[c.channel] += c.units;
    for (BudgetLine& line : d.budget_by_channel)
        line.amount.value = std::to_string(by_channel[line.channel]);
}

void give_budget_amount(CampaignDocument& d, long long amount, std::string currency) {
    if (d.budget_split) {
        model::BudgetRule rule = d.budget_split->rule;
        plan_budget(d, rule, amount, std::move(currency));
        return;
    }
    d.budget_total.value = std::to_string(amount);
    d.currency.value = std::move(currency);
}

bool known_currency(std::string_view code) {
    return model::known_currency(code);
}

} // namespace strat::engine
