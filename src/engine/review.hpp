#pragma once
/// Reviewing a running campaign: each KPI's latest actual against its baseline and target,
/// the trend, and a status by the rule in strat(1); for KPIs off track, what the roadmap
/// says to do next. Pure values.

#include "engine/plan.hpp"
#include "model/campaign_record.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::engine {

enum class KpiStatus { on_track, at_risk, off_track, no_data, no_target };
enum class Trend { improving, worsening, flat, unknown };

std::string_view status_name(KpiStatus status); ///< "on-track", "at-risk", ...
std::string_view trend_name(Trend trend);

struct KpiReview {
    const model::CampaignKpi* kpi = nullptr;
    std::vector<const model::Actual*> actuals; ///< by date
    const model::Actual* latest = nullptr;
    Trend trend = Trend::unknown;
    std::optional<double> progress; ///< share of the way from baseline to target
    KpiStatus status = KpiStatus::no_data;
    std::string why; ///< the numbers behind the status, in words
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
    std::vector<NextStep> steps;
};

struct Review {
    const model::CampaignRecord* campaign = nullptr;
    std::optional<model::Day> as_of; ///< the review date
    std::optional<double> elapsed;   ///< share of the campaign period gone, 0..1
    std::vector<KpiReview> kpis;     ///< campaign order
    std::vector<KpiAdvice> advice;   ///< for off-track KPIs, in campaign order
    std::vector<std::string> notes;  ///< e.g. answers that no longer fit the roadmap
};

/// `as_of` is the review date (default: the latest actual's date, so output depends only
/// on the inputs). `actuals` must outlive the review.
Review review_campaign(const model::CampaignRecord& campaign,
                       const std::vector<model::Actual>& actuals, const model::Index& index,
                       std::optional<model::Day> as_of);

/// The worst status of any KPI, for --fail-on.
bool any_status_at_least(const Review& review, KpiStatus threshold);

} // namespace strat::engine
