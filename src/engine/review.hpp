#pragma once
/// Reviewing a running campaign: each KPI's measurement that is due against its baseline
/// and target, the trend, and a status by the rule in strat(1); for KPIs off track or at
/// risk, what the roadmap says to do next for that KPI. Pure values.

#include "engine/plan.hpp"
#include "model/campaign_record.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strat::engine {

enum class KpiStatus { on_track, at_risk, off_track, no_data, no_target };
enum class Trend { improving, worsening, flat, unknown };

std::string_view status_name(KpiStatus status); ///< "on-track", "at-risk", ...
std::string_view trend_name(Trend trend);

/// The cadence rule (strat(1), review): a KPI measured every `cadence` has one
/// measurement due per cadence period counted from the campaign start, on the period's
/// last day; the last period ends on the campaign end date, which is always a due date.
struct DueDates {
    std::optional<model::Day> last_due;     ///< the latest due date on or before the review
    std::optional<model::Day> period_start; ///< first day of the period ending on last_due
    std::optional<model::Day> next_due;     ///< the first due date after the review
};

/// The due dates around `as_of` for a campaign starting on `start` (ending on `end`, when
/// known).
DueDates due_dates(model::Cadence cadence, const model::Day& start,
                   const std::optional<model::Day>& end, const model::Day& as_of);

struct KpiReview {
    const model::CampaignKpi* kpi = nullptr;
    std::vector<const model::Actual*> actuals; ///< by date, up to the judged date
    const model::Actual* latest = nullptr;     ///< the reading the status is judged on
    Trend trend = Trend::unknown;
    std::optional<double> progress; ///< share of the way from baseline to target
    std::optional<double> expected; ///< share of the period gone at the judged date
    KpiStatus status = KpiStatus::no_data;
    DueDates due;         ///< set for a KPI with a cadence in a campaign with a start date
    bool overdue = false; ///< no reading in the period that ended on due.last_due
    const model::Actual* not_due_yet = nullptr; ///< latest reading after due.last_due
    std::string why;                            ///< the numbers behind the status, in words
};

struct NextStep {
    enum class Kind { add_tactic, switch_strategy };
    Kind kind;
    const model::Strategy* strategy = nullptr;
    const model::Tactic* tactic = nullptr; ///< for add_tactic
    std::string reason;
};

struct KpiAdvice {
    const KpiReview* review = nullptr;
    std::vector<NextStep> steps; ///< empty: nothing unused in the roadmap measures the KPI
};

struct Review {
    const model::CampaignRecord* campaign = nullptr;
    std::optional<model::Day> as_of; ///< the review date
    std::optional<double> elapsed;   ///< share of the campaign period gone, 0..1
    std::vector<KpiReview> kpis;     ///< campaign order
    std::vector<KpiAdvice> advice;   ///< for off-track and at-risk KPIs, in campaign order
    std::vector<std::string> notes;  ///< e.g. answers that no longer fit the roadmap
};

/// A tactic moves a KPI when its own `kpis` name it; a tactic that names no KPI of its
/// own moves the KPIs of the strategies serving `goal` that list it.
bool tactic_moves(const model::Index& index, const model::Goal& goal, const model::Tactic& tactic,
                  std::string_view kpi);

/// `as_of` is the review date (default: the latest actual's date, so output depends only
/// on the inputs). `actuals` must outlive the review.
Review review_campaign(const model::CampaignRecord& campaign,
                       const std::vector<model::Actual>& actuals, const model::Index& index,
                       std::optional<model::Day> as_of);

/// Whether any KPI is at `threshold` or worse, for --fail-on: `threshold` is off_track
/// (only off-track KPIs count) or at_risk (at-risk and off-track ones do).
bool any_status_at_least(const Review& review, KpiStatus threshold);

} // namespace strat::engine
