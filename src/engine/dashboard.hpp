#pragma once
/// The strategic dashboard: every campaign, goal first, over time. Each campaign is judged
/// by the review rule (engine/review.hpp) on the actuals streamed into it; the dashboard
/// adds the tree goal → strategy → tactic → KPI, the tactics' states, each KPI's series,
/// the roll-up and one list of what to do next across campaigns. Pure values.

#include "engine/dashboard_actuals.hpp"
#include "engine/review.hpp"
#include "engine/review_spend.hpp"
#include "load/campaign_tactics.hpp"
#include "model/spend.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace strat::engine {

/// One campaign as read, with the roadmap of its industry. Everything pointed at must
/// outlive the dashboard.
struct DashboardSource {
    std::string key; ///< the campaign file's name without .yaml: actuals name it
    const model::CampaignRecord* campaign = nullptr;
    const std::vector<load::CampaignTactic>* tactics = nullptr;
    const model::Index* index = nullptr;
    const model::RecordedBudget* budget = nullptr; ///< null: the file records none
};

/// A strategy's or campaign's state, rolled up from its KPIs and tactics.
enum class Health { on_track, at_risk, needs_attention, no_data };
std::string_view health_name(Health health); ///< "on-track", "at-risk", ...

struct DashboardKpi {
    std::vector<SeriesPoint> series;        ///< from the since date, at most 64 points
    std::uint64_t readings = 0;             ///< actuals read for it up to the date
    std::optional<model::Day> last_reading; ///< the latest, due or not
    std::optional<double> behind;           ///< expected minus progress, when judged
    std::vector<std::size_t> strategies;    ///< indices of the strategies that own it
};

struct DashboardTactic {
    const load::CampaignTactic* source = nullptr;
    const model::Tactic* tactic = nullptr; ///< nullptr: the roadmap no longer has it
    std::vector<std::size_t> kpis;         ///< the campaign KPIs it moves
    bool unmeasured = false; ///< active, yet no actual for its KPIs in the last period
    std::string why;         ///< for `unmeasured`
};

struct DashboardStrategy {
    std::string id;
    std::string name; ///< as the roadmap names it, else the id
    bool chosen = false;
    std::vector<std::size_t> tactics; ///< indices into the campaign's tactics
    std::vector<std::size_t> kpis;    ///< the KPIs it owns
    Health health = Health::no_data;
    std::vector<std::string> attention; ///< why it needs attention or is at risk
};

struct DashboardCampaign {
    std::string key;
    const model::CampaignRecord* campaign = nullptr;
    const model::Goal* goal = nullptr;
    std::vector<model::Actual> kept; ///< review's input; the review points into it
    Review review;
    std::vector<DashboardKpi> kpis;            ///< campaign order, as review.kpis
    std::vector<DashboardTactic> tactics;      ///< campaign order
    std::vector<DashboardStrategy> strategies; ///< by recorded rank
    std::vector<std::size_t> goal_kpis;        ///< KPIs no strategy owns (the goal's)
    std::vector<std::size_t> first_tactics;    ///< tactics of no strategy (consent first)
    Health health = Health::no_data;
    /// Spend to the dashboard date against the budget, as review adds it up (no cost per
    /// result: the dashboard keeps too few readings); none without spend rows.
    std::optional<SpendReview> spend;
};

struct DashboardGoal {
    std::string id;
    std::vector<std::string> names; ///< as the campaigns' roadmaps name it, each once
    std::vector<std::size_t> campaigns;
    std::size_t strategies = 0, on_track = 0;
};

/// One KPI off track or at risk, with review's advice for it.
struct NextAction {
    std::size_t campaign = 0;
    std::size_t advice = 0; ///< index into that campaign's review.advice
    double behind = 0;      ///< percentage points behind the expected progress, as a share
    /// The campaign's tactics that move the KPI, in campaign order: their owners are whom
    /// to ask.
    std::vector<std::size_t> tactics;
};

struct Dashboard {
    std::optional<model::Day> as_of;
    std::optional<model::Day> since;
    std::vector<DashboardCampaign> campaigns; ///< by goal id, then key
    std::vector<DashboardGoal> goals;         ///< by id
    std::vector<NextAction> next;             ///< most behind first
    std::size_t strategies = 0, on_track = 0;
    std::uint64_t readings = 0;
};

/// Collects the campaigns and the actuals streamed past, then judges them.
class DashboardBuilder {
public:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    /// `as_of`: the dashboard date (default: the latest actual's); `since`: series start.
    DashboardBuilder(std::vector<DashboardSource> sources, std::optional<model::Day> as_of,
                     std::optional<model::Day> since);

    std::size_t find_campaign(std::string_view key) const;
    std::size_t find_kpi(std::size_t campaign, std::string_view id) const;
    const std::vector<std::string>& keys() const { return keys_; }
    const std::vector<std::string>& kpi_ids(std::size_t campaign) const {
        return kpi_ids_[campaign];
    }
    /// What spend rows of a campaign are checked against (load/spend_rows.hpp).
    const model::CampaignRecord& campaign(std::size_t campaign) const {
        return *sources_[campaign].campaign;
    }
    const model::RecordedBudget* budget(std::size_t campaign) const {
        return sources_[campaign].budget;
    }

    /// One actual; one dated after `as_of` is left out, as review leaves it out.
    void add(std::size_t campaign, std::size_t kpi, long long day, double value,
             std::string_view text);
    /// One spend row, checked; `currency` is the one its rows are in (the campaign's, else
    /// the rows'). One dated after the dashboard date counts as left out, as in review.
    void add_spend(std::size_t campaign, std::string_view tactic, long long day, double amount,
                   std::string_view currency);

    Dashboard finish();

private:
    std::vector<DashboardSource> sources_;
    std::optional<model::Day> as_of_, since_;
    std::vector<std::string> keys_;
    /// Campaign by key; transparent, so a row's key is looked up without a copy.
    struct KeyHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view key) const {
            return std::hash<std::string_view>{}(key);
        }
    };
    std::unordered_map<std::string, std::size_t, KeyHash, std::equal_to<>> by_key_;
    std::vector<std::vector<std::string>> kpi_ids_;
    std::vector<std::vector<KpiActuals>> actuals_;
    std::vector<SpendLedger> spend_;          ///< by campaign
    std::vector<std::string> spend_currency_; ///< by campaign
    std::optional<long long> latest_;
    std::uint64_t order_ = 0;
};

/// True when any KPI of any campaign is off track (or, for at_risk, at risk): --fail-on.
bool any_status_at_least(const Dashboard& dashboard, KpiStatus threshold);

} // namespace strat::engine
