#include "engine/compare.hpp"

#include <algorithm>
#include <utility>

namespace strat::engine {
namespace {

ComparedSide side_of(const CampaignDocument& doc, std::string label) {
    return {std::move(label),
            {doc.industry_id, doc.industry_name},
            {doc.goal_id, doc.goal_name},
            std::nullopt,
            std::nullopt};
}

template <typename T, typename Key>
const T* find_by(const std::vector<T>& items, const std::string& id, Key key) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& t) { return key(t) == id; });
    return it == items.end() ? nullptr : &*it;
}

const AnsweredQuestion* answer_of(const CampaignDocument& doc, const std::string& question) {
    return find_by(doc.answers, question, [](const AnsweredQuestion& a) { return a.question; });
}

const StrategyEntry* strategy_of(const CampaignDocument& doc, const std::string& id) {
    return find_by(doc.strategies, id, [](const StrategyEntry& s) { return s.id; });
}

const TacticEntry* tactic_of(const CampaignDocument& doc, const std::string& id) {
    return find_by(doc.tactics, id, [](const TacticEntry& t) { return t.id; });
}

const KpiEntry* kpi_of(const CampaignDocument& doc, const std::string& id) {
    return find_by(doc.kpis, id, [](const KpiEntry& k) { return k.kpi->id; });
}

/// The same option, decided the same way. Where in which file an answer was written is
/// not compared: two answers files always differ there.
bool same_answer(const AnsweredQuestion& x, const AnsweredQuestion& y) {
    return x.answer == y.answer && x.source == y.source &&
           (x.source != model::AnswerSource::constraint || x.origin == y.origin);
}

void compare_answers(const CampaignDocument& a, const CampaignDocument& b,
                     CampaignComparison& out) {
    for (const AnsweredQuestion& theirs : b.answers) {
        const AnsweredQuestion* ours = answer_of(a, theirs.question);
        if (ours && same_answer(*ours, theirs)) {
            ++out.answers_same;
            continue;
        }
        AnswerChange change{theirs.question, theirs.text, std::nullopt, theirs};
        if (ours)
            change.a = *ours;
        out.answers.push_back(std::move(change));
    }
    for (const AnsweredQuestion& ours : a.answers)
        if (!answer_of(b, ours.question))
            out.answers.push_back({ours.question, ours.text, ours, std::nullopt});
}

bool same_reason(const ScoreReason& x, const ScoreReason& y) {
    return x.points == y.points && x.text == y.text;
}

/// The reasons of `from` that `other` does not have, in `from`'s order.
std::vector<ScoreReason> missing_from(const std::vector<ScoreReason>& from,
                                      const std::vector<ScoreReason>& other) {
    std::vector<ScoreReason> out;
    for (const ScoreReason& r : from)
        if (std::none_of(other.begin(), other.end(),
                         [&](const ScoreReason& o) { return same_reason(r, o); }))
            out.push_back(r);
    return out;
}

/// A strategy as the comparison keeps it: its reasons are in `gained` and `lost`.
StrategyEntry without_reasons(const StrategyEntry& s) {
    StrategyEntry out = s;
    out.reasons.clear();
    out.not_counted.clear();
    out.shares.clear();
    return out;
}

StrategyChange strategy_change(const StrategyEntry* a, const StrategyEntry* b) {
    const StrategyEntry& either = b ? *b : *a;
    StrategyChange change{either.id, either.name, std::nullopt, std::nullopt, {}, {}};
    static const std::vector<ScoreReason> none;
    const auto& a_reasons = a ? a->reasons : none;
    const auto& b_reasons = b ? b->reasons : none;
    change.gained = missing_from(b_reasons, a_reasons);
    change.lost = missing_from(a_reasons, b_reasons);
    if (a)
        change.a = without_reasons(*a);
    if (b)
        change.b = without_reasons(*b);
    return change;
}

void compare_ranking(const CampaignDocument& a, const CampaignDocument& b,
                     CampaignComparison& out) {
    for (const StrategyEntry& s : b.strategies)
        out.ranking.push_back(strategy_change(strategy_of(a, s.id), &s));
    for (const StrategyEntry& s : a.strategies)
        if (!strategy_of(b, s.id))
            out.ranking.push_back(strategy_change(&s, nullptr));
}

TacticChange tactic_change(const TacticEntry& t) {
    return {t.id, t.name, t.strategy, t.builds_consent_for};
}

void compare_tactics(const CampaignDocument& a, const CampaignDocument& b,
                     CampaignComparison& out) {
    for (const TacticEntry& t : b.tactics) {
        const TacticEntry* ours = tactic_of(a, t.id);
        if (!ours) {
            out.tactics_added.push_back(tactic_change(t));
            continue;
        }
        LeftOutChange change{t.id, t.name, {}, {}};
        for (const std::string& step : ours->removed_steps)
            if (std::find(t.removed_steps.begin(), t.removed_steps.end(), step) ==
                t.removed_steps.end())
                change.a_only.push_back(step);
        for (const std::string& step : t.removed_steps)
            if (std::find(ours->removed_steps.begin(), ours->removed_steps.end(), step) ==
                ours->removed_steps.end())
                change.b_only.push_back(step);
        if (!change.a_only.empty() || !change.b_only.empty())
            out.left_out.push_back(std::move(change));
    }
    for (const TacticEntry& t : a.tactics)
        if (!tactic_of(b, t.id))
            out.tactics_dropped.push_back(tactic_change(t));
}

bool same_fill(const FillIn& x, const FillIn& y) {
    return x.value == y.value && x.hint == y.hint;
}

bool same_kpi(const KpiEntry& x, const KpiEntry& y) {
    return x.primary == y.primary && same_fill(x.baseline, y.baseline) &&
           same_fill(x.target, y.target);
}

void compare_kpis(const CampaignDocument& a, const CampaignDocument& b, CampaignComparison& out) {
    for (const KpiEntry& k : b.kpis) {
        const KpiEntry* ours = kpi_of(a, k.kpi->id);
        if (ours && same_kpi(*ours, k))
            continue;
        KpiChange change{k.kpi->id, std::nullopt, k};
        if (ours)
            change.a = *ours;
        out.kpis.push_back(std::move(change));
    }
    for (const KpiEntry& k : a.kpis)
        if (!kpi_of(b, k.kpi->id))
            out.kpis.push_back({k.kpi->id, k, std::nullopt});
}

} // namespace

bool StrategyChange::changed() const {
    if (!a || !b || !gained.empty() || !lost.empty())
        return true;
    return a->rank != b->rank || a->score != b->score || a->chosen != b->chosen ||
           a->feasible != b->feasible;
}

std::size_t CampaignComparison::strategies_changed() const {
    std::size_t n = 0;
    for (const StrategyChange& s : ranking)
        if (s.changed())
            ++n;
    return n;
}

bool CampaignComparison::identical() const {
    bool same_market =
        a.market.has_value() == b.market.has_value() && (!a.market || a.market->id == b.market->id);
    auto amount = [](const std::optional<model::BudgetAmount>& budget) {
        return budget ? std::make_pair(budget->amount, budget->currency)
                      : std::make_pair(0LL, std::string());
    };
    bool same_budget = amount(a.budget) == amount(b.budget);
    return same_goal() && same_market && same_budget && answers.empty() && tactics_added.empty() &&
           tactics_dropped.empty() && left_out.empty() && kpis.empty() && strategies_changed() == 0;
}

CampaignComparison compare_campaigns(const CampaignDocument& a, std::string a_label,
                                     const CampaignDocument& b, std::string b_label) {
    CampaignComparison out;
    out.a = side_of(a, std::move(a_label));
    out.b = side_of(b, std::move(b_label));
    compare_answers(a, b, out);
    compare_ranking(a, b, out);
    compare_tactics(a, b, out);
    compare_kpis(a, b, out);
    return out;
}

} // namespace strat::engine
