#include "engine/review.hpp"

#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

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

DueDates due_dates(Cadence cadence, const Day& start, const std::optional<Day>& end,
                   const Day& as_of) {
    // The last day of cadence period n (n >= 1), counted from the start.
    auto period_end = [&](long long n) {
        switch (cadence) {
        case Cadence::weekly:
            return start.days + 7 * n - 1;
        case Cadence::monthly:
            return add_months(start, static_cast<int>(n)).days - 1;
        case Cadence::quarterly:
            return add_months(start, static_cast<int>(3 * n)).days - 1;
        }
        return start.days;
    };
    DueDates due;
    long long period_start = start.days;
    for (long long n = 1;; ++n) {
        long long last_day = period_end(n);
        bool last_period = end && last_day >= end->days;
        if (last_period)
            last_day = end->days;
        if (last_day > as_of.days) {
            due.next_due = day_from_days(last_day);
            break;
        }
        due.last_due = day_from_days(last_day);
        due.period_start = day_from_days(period_start);
        if (last_period)
            break;
        period_start = last_day + 1;
    }
    return due;
}

namespace {

/// `english` in the run's language, its placeholders filled in.
template <typename... Args> std::string say(std::string_view english, const Args&... args) {
    return fmt::format(fmt::runtime(util::tr(english)), args...);
}

std::string percent(double share) {
    return util::percent(share * 100, 0, util::language());
}

/// A date as people read it in the run's language.
std::string shown(const Day& day) {
    return util::date(day.text, util::language());
}

/// "the monthly measurement" as one phrase, so that German can make one word of it.
std::string_view measurement(Cadence cadence) {
    switch (cadence) {
    case Cadence::weekly:
        return util::tr("weekly measurement");
    case Cadence::monthly:
        return util::tr("monthly measurement");
    case Cadence::quarterly:
        return util::tr("quarterly measurement");
    }
    return {};
}

/// The share of the campaign period gone on `day`; nullopt without both dates.
std::optional<double> elapsed_at(const CampaignRecord& c, const Day& day) {
    if (!c.start || !c.end)
        return std::nullopt;
    return std::clamp(static_cast<double>(day.days - c.start->days) /
                          static_cast<double>(c.end->days - c.start->days),
                      0.0, 1.0);
}

/// Picks the reading the KPI is judged on by the cadence rule, and the date its expected
/// progress is taken at: the last due date, or the review date when nothing is due yet
/// (an early reading) or the KPI has no cadence.
Day pick_reading(KpiReview& r, const CampaignRecord& c, const Day& as_of) {
    const CampaignKpi& k = *r.kpi;
    Day judged_at = as_of;
    if (k.cadence && c.start) {
        r.due = due_dates(*k.cadence, *c.start, c.end, as_of);
        if (r.due.last_due)
            judged_at = *r.due.last_due;
    }
    auto after = std::find_if(r.actuals.begin(), r.actuals.end(),
                              [&](const Actual* a) { return a->date.days > judged_at.days; });
    if (after != r.actuals.end())
        r.not_due_yet = r.actuals.back();
    r.actuals.erase(after, r.actuals.end());
    r.latest = r.actuals.empty() ? nullptr : r.actuals.back();
    if (r.due.last_due && r.due.period_start)
        r.overdue = r.latest == nullptr || r.latest->date.days < r.due.period_start->days;
    return judged_at;
}

/// A reading after the last due date waits for the next one.
std::string later_words(const KpiReview& r) {
    if (!r.not_due_yet || !r.due.last_due || !r.due.next_due)
        return {};
    return say("; the reading of {} counts from its due date {}", shown(r.not_due_yet->date),
               shown(*r.due.next_due));
}

/// What the cadence rule adds to the status's reason: when the reading was due, or that
/// it is early, or that the last due one is missing.
std::string cadence_words(const KpiReview& r) {
    if (!r.kpi->cadence)
        return {};
    std::string_view cadence = measurement(*r.kpi->cadence);
    std::string out;
    if (r.due.last_due)
        out += say(" at the {} due {}", cadence, shown(*r.due.last_due));
    else if (r.due.next_due)
        out += say("; an early reading: the first {} is due {}", cadence, shown(*r.due.next_due));
    if (r.overdue)
        out += say("; overdue: no reading from {} to {}", shown(*r.due.period_start),
                   shown(*r.due.last_due));
    return out + later_words(r);
}

/// The status rule (documented in strat(1), review): progress is the share of the way
/// from baseline to target; it is compared with the share of the campaign period gone at
/// the judged date (the whole period when the dates are not filled in).
void judge(KpiReview& r, std::optional<double> elapsed) {
    const CampaignKpi& k = *r.kpi;
    if (!k.baseline || !k.target) {
        r.status = KpiStatus::no_target;
        r.why = util::tr("fill in baseline and target in the campaign file");
        return;
    }
    if (r.latest == nullptr) {
        r.status = KpiStatus::no_data;
        r.why = r.overdue ? say("overdue: no reading for the {} due {}{}", measurement(*k.cadence),
                                shown(*r.due.last_due), later_words(r))
                          : std::string(util::tr("no actuals for this KPI yet"));
        return;
    }
    double sign = k.direction == Direction::up ? 1 : -1;
    double before = r.actuals.size() >= 2 ? r.actuals[r.actuals.size() - 2]->value : *k.baseline;
    double change = (r.latest->value - before) * sign;
    r.trend = std::abs(change) < 1e-9 ? Trend::flat
              : change > 0            ? Trend::improving
                                      : Trend::worsening;
    // Differences of finite doubles near the largest can overflow a double: they are taken
    // in long double, and a progress beyond any meaning is capped, so it stays finite.
    long double span = static_cast<long double>(*k.target) - *k.baseline;
    long double share;
    if (std::abs(span) < 1e-12L)
        share = (r.latest->value - *k.target) * sign >= 0 ? 1.0L : 0.0L;
    else
        share = (static_cast<long double>(r.latest->value) - *k.baseline) / span;
    constexpr long double cap = 1e12L;
    auto progress = static_cast<double>(std::clamp(share, -cap, cap));
    r.progress = progress;
    double expected = elapsed.value_or(1.0);
    r.expected = expected;
    double gap = expected - progress;
    if (progress >= 1 || gap <= 0.10)
        r.status = KpiStatus::on_track;
    else if (gap <= 0.25)
        r.status = KpiStatus::at_risk;
    else
        r.status = KpiStatus::off_track;
    r.why = say("{} of the way from baseline to target, {} of the period gone{}", percent(progress),
                percent(expected), cadence_words(r));
}

/// The actuals up to `as_of` by KPI id, in file order: each KPI then takes its own
/// readings without a pass over all of them (a campaign of many KPIs stays linear).
std::unordered_map<std::string_view, std::vector<const Actual*>>
actuals_by_kpi(const std::vector<Actual>& actuals, const std::optional<Day>& as_of) {
    std::unordered_map<std::string_view, std::vector<const Actual*>> by_kpi;
    for (const Actual& a : actuals)
        if (!as_of || a.date.days <= as_of->days)
            by_kpi[a.kpi].push_back(&a);
    return by_kpi;
}

KpiReview review_kpi(const CampaignKpi& k, const CampaignRecord& c,
                     std::vector<const Actual*> readings, const std::optional<Day>& as_of) {
    KpiReview r;
    r.kpi = &k;
    r.actuals = std::move(readings);
    std::stable_sort(r.actuals.begin(), r.actuals.end(),
                     [](const Actual* a, const Actual* b) { return a->date.days < b->date.days; });
    std::optional<double> elapsed;
    if (as_of)
        elapsed = elapsed_at(c, pick_reading(r, c, *as_of));
    else
        r.latest = r.actuals.empty() ? nullptr : r.actuals.back();
    judge(r, elapsed);
    return r;
}

} // namespace

bool tactic_moves(const Index& index, const Goal& goal, const Tactic& tactic,
                  std::string_view kpi) {
    auto names = [&](const std::vector<Ref>& kpis) {
        return std::any_of(kpis.begin(), kpis.end(), [&](const Ref& k) { return k.id == kpi; });
    };
    if (!tactic.kpis.empty())
        return names(tactic.kpis);
    for (const Strategy* s : index.strategies_for(goal))
        for (const Ref& t : s->tactics)
            if (t.id == tactic.id && names(s->kpis))
                return true;
    return false;
}

namespace {

/// A strategy serving the goal as the campaign ranked it when it was planned, with what
/// the roadmap now says fits the recorded answers.
struct Candidate {
    const RankedStrategy* planned = nullptr;
    std::optional<int> rank; ///< recorded; nullopt: not in the campaign's ranking
    int score = 0;
    std::vector<std::string> reasons;
    bool chosen = false;
};

/// Recorded strategies by recorded rank, then any the roadmap added since, in its order.
/// Strategies that no longer serve the goal are left out.
std::vector<Candidate> candidates(const CampaignRecord& campaign, const Plan& plan) {
    auto planned = [&](const std::string& id) -> const RankedStrategy* {
        for (const RankedStrategy& s : plan.ranked)
            if (s.strategy->id == id)
                return &s;
        return nullptr;
    };
    std::vector<Candidate> out;
    for (const RecordedStrategy& r : campaign.strategies)
        if (const RankedStrategy* s = planned(r.id))
            out.push_back({s, r.rank, r.score.value_or(s->score), r.reasons, r.chosen});
    for (const RankedStrategy& s : plan.ranked) {
        bool recorded = std::any_of(out.begin(), out.end(),
                                    [&](const Candidate& c) { return c.planned == &s; });
        if (recorded)
            continue;
        std::vector<std::string> reasons;
        for (const Reason& reason : s.reasons)
            reasons.push_back(
                fmt::format("{}{} {}", reason.points > 0 ? "+" : "", reason.points, reason.text));
        bool chosen =
            std::find(campaign.chosen_strategies.begin(), campaign.chosen_strategies.end(),
                      s.strategy->id) != campaign.chosen_strategies.end();
        out.push_back({&s, std::nullopt, s.score, std::move(reasons), chosen});
    }
    return out;
}

std::string rank_words(const Candidate& c) {
    std::string score =
        say("score {}{}{}", c.score, c.reasons.empty() ? "" : ": ", fmt::join(c.reasons, "; "));
    if (c.rank)
        return say("ranked {} for your answers when the campaign was planned ({})", *c.rank, score);
    return say("not in the campaign's ranking: added to the roadmap since ({})", score);
}

/// The unused tactics that move `kpi` and fit the recorded answers: the chosen
/// strategies' first, then other strategies' by rank; none from a strategy the answers
/// score below zero. Each tactic once.
std::vector<NextStep> tactic_steps(const std::vector<Candidate>& all,
                                   const CampaignRecord& campaign, const Index& index,
                                   const Goal& goal, const CampaignKpi& kpi) {
    std::set<std::string> used(campaign.tactics.begin(), campaign.tactics.end());
    std::vector<NextStep> steps;
    for (bool chosen : {true, false})
        for (const Candidate& c : all) {
            if (c.chosen != chosen || (!chosen && c.score < 0))
                continue;
            const Strategy& s = *c.planned->strategy;
            for (const PlannedTactic& t : c.planned->tactics) {
                if (used.contains(t.tactic->id) || !tactic_moves(index, goal, *t.tactic, kpi.id))
                    continue;
                used.insert(t.tactic->id);
                steps.push_back(
                    {NextStep::Kind::add_tactic, &s, t.tactic,
                     chosen ? say("a tactic of your strategy \"{}\" that fits your answers and is "
                                  "not in the campaign yet",
                                  s.name)
                     : c.rank
                         ? say("a tactic of strategy \"{}\" (ranked {}) that fits your answers",
                               s.name, *c.rank)
                         : say("a tactic of strategy \"{}\" that fits your answers", s.name)});
            }
        }
    return steps;
}

/// The best-ranked unused strategy that can run, scores zero or more and measures `kpi`:
/// first one whose own KPIs include it, else one with a fitting tactic that moves it.
std::optional<NextStep> strategy_step(const std::vector<Candidate>& all, const Index& index,
                                      const Goal& goal, const CampaignKpi& kpi) {
    std::string kpi_name = kpi.name.empty() ? kpi.id : kpi.name;
    for (bool own : {true, false})
        for (const Candidate& c : all) {
            if (c.chosen || c.score < 0 || !c.planned->feasible())
                continue;
            const Strategy& s = *c.planned->strategy;
            std::string how;
            if (own && std::any_of(s.kpis.begin(), s.kpis.end(),
                                   [&](const Ref& k) { return k.id == kpi.id; }))
                how = say("{} is one of its KPIs", kpi_name);
            for (const PlannedTactic& t : c.planned->tactics)
                if (!own && how.empty() && tactic_moves(index, goal, *t.tactic, kpi.id))
                    how = say("its tactic \"{}\" moves {}", t.tactic->name, kpi_name);
            if (!how.empty())
                return NextStep{NextStep::Kind::switch_strategy, &s, nullptr,
                                fmt::format("{}; {}", rank_words(c), how)};
        }
    return std::nullopt;
}

/// The roadmap's plan for the answers recorded in the campaign; answers that no longer
/// fit are noted and their question's default is used.
Plan replan(const CampaignRecord& campaign, const Index& index, const Goal& goal,
            std::vector<std::string>& notes) {
    std::vector<GivenAnswer> given;
    for (const auto& [question, option] : campaign.answers) {
        const Question* q = index.question(question);
        if (q && q->option(option)) {
            GivenAnswer answer;
            answer.question = Ref{question, {}};
            answer.option = Ref{option, {}};
            answer.source = AnswerSource::file;
            given.push_back(std::move(answer));
        } else {
            notes.push_back(
                say("the recorded answer {}={} no longer fits the roadmap; its default is used",
                    question, option));
        }
    }
    PlanRequest request;
    request.goal = &goal;
    request.walk = walk_tree(index, goal, given, nullptr);
    return make_plan(index, request);
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
    if (as_of)
        review.elapsed = elapsed_at(campaign, *as_of);
    auto by_kpi = actuals_by_kpi(actuals, as_of);
    review.kpis.reserve(campaign.kpis.size());
    for (const CampaignKpi& k : campaign.kpis) {
        auto readings = by_kpi.find(k.id);
        review.kpis.push_back(review_kpi(
            k, campaign, readings == by_kpi.end() ? std::vector<const Actual*>() : readings->second,
            as_of));
    }

    const Goal* goal = index.goal(campaign.goal);
    if (goal == nullptr)
        return review;
    Plan plan = replan(campaign, index, *goal, review.notes);
    std::vector<Candidate> all = candidates(campaign, plan);
    for (const KpiReview& r : review.kpis) {
        if (r.status != KpiStatus::off_track && r.status != KpiStatus::at_risk)
            continue;
        KpiAdvice advice{&r, tactic_steps(all, campaign, index, *goal, *r.kpi)};
        if (auto step = strategy_step(all, index, *goal, *r.kpi))
            advice.steps.push_back(std::move(*step));
        review.advice.push_back(std::move(advice));
    }
    return review;
}

} // namespace strat::engine
