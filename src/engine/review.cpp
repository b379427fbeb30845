#include "engine/review.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

namespace strat::engine {

using namespace model;

std::string_view status_name(KpiStatus s) {
    switch (s) {
    case KpiStatus::on_track:
        return "on-track";
    case KpiStatus::at_risk:
        return "at-risk";
    case KpiStatus::off_track:
        return "off-track";
    case KpiStatus::no_data:
        return "no-data";
    case KpiStatus::no_target:
        return "no-target";
    }
    return "";
}

std::string_view trend_name(Trend t) {
    switch (t) {
    case Trend::improving:
        return "improving";
    case Trend::worsening:
        return "worsening";
    case Trend::flat:
        return "flat";
    case Trend::unknown:
        return "-";
    }
    return "";
}

namespace {

std::string percent(double share) {
    return fmt::format("{:.0f}%", share * 100);
}

/// The status rule (documented in strat(1), REVIEW RULE): progress is the share of the
/// way from baseline to target; it is compared with the share of the campaign period
/// gone (the whole period when the dates are not filled in).
void judge(KpiReview& r, std::optional<double> elapsed) {
    const CampaignKpi& k = *r.kpi;
    if (!k.baseline || !k.target) {
        r.status = KpiStatus::no_target;
        r.why = "fill in baseline and target in the campaign file";
        return;
    }
    if (r.latest == nullptr) {
        r.status = KpiStatus::no_data;
        r.why = "no actuals for this KPI yet";
        return;
    }
    double sign = k.direction == Direction::up ? 1 : -1;
    double before = r.actuals.size() >= 2 ? r.actuals[r.actuals.size() - 2]->value : *k.baseline;
    double change = (r.latest->value - before) * sign;
    r.trend = std::abs(change) < 1e-9 ? Trend::flat
              : change > 0            ? Trend::improving
                                      : Trend::worsening;
    double span = *k.target - *k.baseline;
    double progress;
    if (std::abs(span) < 1e-12)
        progress = (r.latest->value - *k.target) * sign >= 0 ? 1.0 : 0.0;
    else
        progress = (r.latest->value - *k.baseline) / span;
    r.progress = progress;
    double expected = elapsed.value_or(1.0);
    double gap = expected - progress;
    if (progress >= 1 || gap <= 0.10)
        r.status = KpiStatus::on_track;
    else if (gap <= 0.25)
        r.status = KpiStatus::at_risk;
    else
        r.status = KpiStatus::off_track;
    r.why = fmt::format("{} of the way from baseline to target, {} of the period gone",
                        percent(progress), percent(expected));
}

bool measures(const Index& index, const Strategy& s, const std::string& kpi) {
    for (const Ref& k : s.kpis)
        if (k.id == kpi)
            return true;
    for (const Ref& t : s.tactics)
        if (const Tactic* tactic = index.tactic(t.id))
            for (const Ref& k : tactic->kpis)
                if (k.id == kpi)
                    return true;
    return false;
}

} // namespace

bool any_status_at_least(const Review& review, KpiStatus threshold) {
    for (const KpiReview& k : review.kpis) {
        if (k.status == KpiStatus::off_track)
            return true;
        if (threshold == KpiStatus::at_risk && k.status == KpiStatus::at_risk)
            return true;
    }
    return false;
}

Review review_campaign(const CampaignRecord& campaign, const std::vector<Actual>& actuals,
                       const Index& index, std::optional<Day> as_of) {
    Review review;
    review.campaign = &campaign;
    if (!as_of)
        for (const Actual& a : actuals)
            if (!as_of || a.date.days > as_of->days)
                as_of = a.date;
    review.as_of = as_of;
    if (as_of && campaign.start && campaign.end)
        review.elapsed =
            std::clamp(static_cast<double>(as_of->days - campaign.start->days) /
                           static_cast<double>(campaign.end->days - campaign.start->days),
                       0.0, 1.0);

    for (const CampaignKpi& k : campaign.kpis) {
        KpiReview r;
        r.kpi = &k;
        for (const Actual& a : actuals)
            if (a.kpi == k.id && (!as_of || a.date.days <= as_of->days))
                r.actuals.push_back(&a);
        std::stable_sort(r.actuals.begin(), r.actuals.end(), [](const Actual* a, const Actual* b) {
            return a->date.days < b->date.days;
        });
        r.latest = r.actuals.empty() ? nullptr : r.actuals.back();
        judge(r, review.elapsed);
        review.kpis.push_back(std::move(r));
    }

    // What the roadmap proposes now, for the answers recorded in the campaign.
    const Goal* goal = index.goal(campaign.goal);
    if (goal == nullptr)
        return review;
    std::vector<GivenAnswer> given;
    for (const auto& [question, option] : campaign.answers) {
        const Question* q = index.question(question);
        if (q && q->option(option))
            given.push_back({Ref{question, {}}, Ref{option, {}}, AnswerSource::file});
        else
            review.notes.push_back(fmt::format(
                "the recorded answer {}={} no longer fits the roadmap; its default is used",
                question, option));
    }
    PlanRequest request;
    request.goal = goal;
    request.walk = walk_tree(index, *goal, given, nullptr);
    Plan plan = make_plan(index, request);
    auto in_campaign = [&](const std::string& id, const std::vector<std::string>& ids) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    for (const KpiReview& r : review.kpis) {
        if (r.status != KpiStatus::off_track)
            continue;
        KpiAdvice advice{&r, {}};
        for (const RankedStrategy& s : plan.ranked) {
            if (!in_campaign(s.strategy->id, campaign.chosen_strategies) ||
                !measures(index, *s.strategy, r.kpi->id))
                continue;
            for (const PlannedTactic& t : s.tactics)
                if (!in_campaign(t.tactic->id, campaign.tactics))
                    advice.steps.push_back(
                        {NextStep::Kind::add_tactic, s.strategy, t.tactic,
                         fmt::format("a tactic of your strategy \"{}\" that fits your answers "
                                     "and is not in the campaign yet",
                                     s.strategy->name)});
        }
        // The best-ranked strategy not in the campaign, preferring one that moves this KPI.
        std::optional<std::size_t> next;
        for (bool must_measure : {true, false})
            for (std::size_t i = 0; i < plan.ranked.size() && !next; ++i) {
                const RankedStrategy& s = plan.ranked[i];
                if (!in_campaign(s.strategy->id, campaign.chosen_strategies) && s.feasible() &&
                    (!must_measure || measures(index, *s.strategy, r.kpi->id)))
                    next = i;
            }
        if (next) {
            std::size_t i = *next;
            const RankedStrategy& s = plan.ranked[i];
            std::vector<std::string> reasons;
            for (const Reason& reason : s.reasons)
                reasons.push_back(fmt::format("{}{} {}", reason.points > 0 ? "+" : "",
                                              reason.points, reason.text));
            advice.steps.push_back(
                {NextStep::Kind::switch_strategy, s.strategy, nullptr,
                 fmt::format("ranked {} for your answers (score {}{}{})", i + 1, s.score,
                             reasons.empty() ? "" : ": ", fmt::join(reasons, "; "))});
        }
        review.advice.push_back(std::move(advice));
    }
    return review;
}

} // namespace strat::engine
