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

/// A level's results: what it gained from the baseline (else its first reading) to its
/// latest reading on or before the review date, in the KPI's better direction.
void count_gain(CostPerResult& c, const CampaignKpi& k, const std::vector<Actual>& actuals,
                const std::optional<Day>& as_of) {
    const Actual* first = nullptr;
    const Actual* latest = nullptr;
    for (const Actual& a : actuals) {
        if (a.kpi != k.id || !counted(a.date, as_of))
            continue;
        ++c.readings;
        if (first == nullptr || a.date.days < first->date.days)
            first = &a;
        if (latest == nullptr || a.date.days >= latest->date.days)
            latest = &a; // the later in the file on the same day, as review takes it
    }
    if (latest == nullptr)
        return;
    c.latest = latest->value;
    c.latest_date = latest->date;
    if (k.baseline) {
        c.start = *k.baseline;
    } else {
        c.start = first->value;
        c.start_date = first->date;
    }
    double gain = (*c.latest - *c.start) * (k.direction == Direction::up ? 1 : -1);
    c.results = std::max(gain, 0.0);
}

} // namespace

void SpendLedger::add(std::string_view tactic, long long day, double amount) {
    auto it = std::find_if(tactics_.begin(), tactics_.end(),
                           [&](const Tactic& t) { return t.id == tactic; });
    if (it == tactics_.end()) {
        tactics_.push_back({std::string(tactic), {}});
        it = tactics_.end() - 1;
    }
    Sum& sum = it->by_day[day];
    sum.amount += amount;
    ++sum.rows;
}

SpendReview spend_to_date(const Review& review, const RecordedBudget* budget,
                          const SpendLedger& ledger, std::string currency) {
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
    ledger.to_date(review.as_of, out.later_rows,
                   [&](const std::string& tactic, const SpendLedger::Sum& sum) {
                       TacticSpend& t = line_of(tactic);
                       t.spent += sum.amount;
                       t.rows += sum.rows;
                   });
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
    return out;
}

std::vector<CostPerResult> costs_per_result(const SpendReview& spend, const Review& review,
                                            const std::vector<Actual>& actuals,
                                            const Index& index) {
    const CampaignRecord& campaign = *review.campaign;
    const Goal* goal = index.goal(campaign.goal);
    std::vector<CostPerResult> out;
    for (const CampaignKpi& k : campaign.kpis) {
        if (k.unit != Unit::count)
            continue;
        CostPerResult c;
        c.kpi = &k;
        c.tactics = owners(campaign, index, goal, k.id);
        for (const std::string& id : c.tactics)
            for (const TacticSpend& t : spend.tactics)
                if (t.tactic == id) {
                    c.spent += t.spent;
                    c.spend_rows += t.rows;
                }
        if (const Kpi* roadmap_kpi = index.kpi(k.id))
            c.reading = roadmap_kpi->reading;
        if (c.reading == Reading::level)
            count_gain(c, k, actuals, review.as_of);
        else
            for (const Actual& a : actuals)
                if (a.kpi == k.id && counted(a.date, review.as_of)) {
                    c.results += a.value;
                    ++c.readings;
                }
        if (c.spend_rows > 0 && c.results > 0)
            c.cost = c.spent / c.results;
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<SpendReview> review_spend(const Review& review,
                                        const std::optional<RecordedBudget>& budget,
                                        const std::vector<Spend>& spend,
                                        const std::vector<Actual>& actuals, const Index& index,
                                        std::string currency) {
    if (spend.empty())
        return std::nullopt;
    SpendLedger ledger;
    for (const Spend& s : spend)
        ledger.add(s.tactic, s.date.days, s.amount);
    SpendReview out =
        spend_to_date(review, budget ? &*budget : nullptr, ledger, std::move(currency));
    out.costs = costs_per_result(out, review, actuals, index);
    return out;
}

} // namespace strat::engine
