#include "engine/review_spend.hpp"

#include <algorithm>
#include <unordered_map>

namespace strat::engine {

using namespace model;

namespace {

bool counted(const Day& date, const std::optional<Day>& as_of) {
    return !as_of || date.days <= as_of->days;
}

/// The campaign's tactics that move `kpi`, in campaign order.
std::vector<std::string> owners(const CampaignRecord& campaign, const Index& index,
                                const Goal* goal, std::string_view kpi) {
    std::vector<std::string> out;
    if (goal == nullptr)
        return out;
    for (const std::string& id : campaign.tactics)
        if (const Tactic* t = index.tactic(id); t && tactic_moves(index, *goal, *t, kpi))
            out.push_back(id);
    return out;
}

} // namespace

std::optional<SpendReview> review_spend(const Review& review,
                                        const std::optional<RecordedBudget>& budget,
                                        const std::vector<Spend>& spend,
                                        const std::vector<Actual>& actuals, const Index& index,
                                        std::string currency) {
    if (spend.empty())
        return std::nullopt;
    const CampaignRecord& campaign = *review.campaign;
    SpendReview out;
    out.currency = budget && !budget->currency.empty() ? budget->currency : std::move(currency);
    out.as_of = review.as_of;
    out.has_budget = budget && !budget->tactics.empty();
    out.in_percent = out.has_budget && budget->in_percent && !budget->total;

    // Every tactic of the campaign, in its order, then any the budget splits that the team
    // removed from `tactics` (its budget still counts).
    std::unordered_map<std::string_view, std::size_t> line;
    auto line_of = [&](const std::string& id) -> TacticSpend& {
        auto [it, added] = line.try_emplace(id, out.tactics.size());
        if (added) {
            out.tactics.emplace_back();
            out.tactics.back().tactic = id;
        }
        return out.tactics[it->second];
    };
    for (const std::string& id : campaign.tactics)
        line_of(id);
    if (out.has_budget)
        for (const BudgetShare& b : budget->tactics) {
            TacticSpend& t = line_of(b.tactic);
            t.budget = budget->amount_of(b.share);
            if (out.in_percent)
                t.share = b.share;
            if (t.budget && review.elapsed)
                t.planned = *t.budget * *review.elapsed;
        }
    if (out.has_budget && budget->reserve)
        out.reserve = budget->amount_of(*budget->reserve);
    for (const Spend& s : spend) {
        if (!counted(s.date, review.as_of)) {
            ++out.later_rows;
            continue;
        }
        TacticSpend& t = line_of(s.tactic);
        t.spent += s.amount;
        ++t.rows;
    }
    for (const TacticSpend& t : out.tactics) {
        out.total.spent += t.spent;
        out.total.rows += t.rows;
        auto add = [](std::optional<double>& sum, const std::optional<double>& v) {
            if (v)
                sum = sum.value_or(0) + *v;
        };
        add(out.total.budget, t.budget);
        add(out.total.share, t.share);
        add(out.total.planned, t.planned);
    }

    const Goal* goal = index.goal(campaign.goal);
    for (const CampaignKpi& k : campaign.kpis) {
        if (k.unit != Unit::count)
            continue;
        CostPerResult c;
        c.kpi = &k;
        c.tactics = owners(campaign, index, goal, k.id);
        for (const std::string& id : c.tactics)
            if (auto it = line.find(id); it != line.end()) {
                c.spent += out.tactics[it->second].spent;
                c.spend_rows += out.tactics[it->second].rows;
            }
        for (const Actual& a : actuals)
            if (a.kpi == k.id && counted(a.date, review.as_of)) {
                c.results += a.value;
                ++c.readings;
            }
        if (c.spend_rows > 0 && c.results > 0)
            c.cost = c.spent / c.results;
        out.costs.push_back(std::move(c));
    }
    return out;
}

} // namespace strat::engine
