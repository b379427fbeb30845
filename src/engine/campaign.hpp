#pragma once
/// The campaign document: everything the campaign skeleton holds, in the skeleton's order,
/// built once from a Plan. Each output format (YAML skeleton, JSON, Markdown brief, the
/// plan summary) renders this one value and never walks the Plan itself.
///
/// Four things carry "campaign" or "plan" in their names; each says what it is:
///   engine::Plan             the walk's result: answers, ranked strategies, their tactics
///   engine::CampaignDocument what `strat plan` writes, built from the Plan (this file)
///   model::CampaignRecord    a campaign file as `strat review` reads it back
///   output::print_plan_summary  the short summary `strat plan` prints for people

#include "engine/assumptions.hpp"
#include "engine/budget.hpp"
#include "engine/calendar.hpp"
#include "engine/hypothesis.hpp"
#include "engine/plan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::engine {

/// A value the team fills in: `null  # fill in: <hint>` in the skeleton, `_fill in_` in
/// the brief. `value` is set where strat knows it already (the created date from --date).
struct FillIn {
    std::string hint;
    std::optional<std::string> value;
    /// `value` is strat's suggestion, derived from the plan, for the team to keep or change.
    bool suggested = false;
};

struct ReviewPoint {
    int after_days = 0; ///< days after the campaign start
    std::string purpose;
    FillIn date;
};

struct AnsweredQuestion {
    std::string question; ///< id
    std::string text;
    std::string answer; ///< option id
    std::string label;
    model::AnswerSource source = model::AnswerSource::fallback_default;
    std::string origin; ///< "--answer q=o", "answers.yaml:3:5", or the stated facts that decided
};

/// One line of a strategy's score.
struct ScoreReason {
    int points = 0;
    std::string text;
    std::string question; ///< the question whose answer gave it
    std::string answer;
};

/// A tactic named by id and name.
struct TacticName {
    std::string id;
    std::string name;
};

struct StrategyEntry {
    int rank = 0; ///< 1 is best
    std::string id;
    std::string name;
    std::string description;
    int score = 0;
    bool chosen = false;
    bool feasible = true; ///< false: no tactic fits what the user said
    std::vector<ScoreReason> reasons;
    std::vector<IgnoredReason> not_counted; ///< reasons that rely on something said not so
    std::vector<TacticName> shares;         ///< chosen only: planned under a better-ranked strategy
};

struct StepEntry {
    int day = 0;
    std::optional<model::Channel> channel;
    model::StepKind kind = model::StepKind::marketing;
    std::string action;
    std::string condition;
    /// Set for a marketing step on a channel whose consent is partial or unknown: it goes
    /// only to contacts with recorded consent for this channel.
    std::optional<model::Channel> consent_gate;
};

/// Every tactic runs as a pilot, passes a go/no-go review, then scales. The control group
/// and the criterion are suggested from the tactic's test (engine/hypothesis.hpp).
struct Phases {
    FillIn audience_share;
    FillIn control_group;
    FillIn criterion;
    int after_days = 30; ///< the go/no-go review
    FillIn scale_plan;
    /// Its service messages go to everyone they concern from the start: no pilot share.
    bool whole_audience = false;
};

/// Something the roadmap says can go wrong with a tactic, and what the team does about it.
struct RiskEntry {
    std::string risk;
    std::string mitigation;
};

struct TacticEntry {
    std::string id;
    /// The chosen strategy it serves; empty for a tactic planned first to build consent.
    std::string strategy;
    std::vector<model::Channel> builds_consent_for; ///< for a tactic planned first
    std::string name;
    std::string description;
    std::vector<model::Channel> channels; ///< the channels its remaining steps use
    model::Level effort = model::Level::low;
    model::Level cost = model::Level::low;
    /// Who does what (RACI), all filled in by the team: `owner` runs it (responsible),
    /// `approver` signs it off (accountable), `contributors` are consulted before it runs,
    /// `informed` are kept up to date.
    FillIn owner;
    FillIn approver;
    FillIn contributors;
    FillIn informed;
    /// Data protection is a role to consult (the hint says so): the tactic collects consent,
    /// or has marketing steps on a channel that needs it. A role, never a name.
    bool consult_data_protection = false;
    std::string trigger;
    std::vector<std::string> unsettled; ///< requirements the answers did not settle, to confirm
    std::vector<StepEntry> steps;
    std::vector<std::string> removed_steps; ///< "day 3 step left out: email is not available"
    std::vector<RiskEntry> risks;           ///< the roadmap's, in its order
    std::vector<std::string> kpis;          ///< the roadmap's KPI ids for the tactic
    std::vector<std::string> watches;       ///< of them, those it only watches (`watches`)
    /// The pilot's test: its design, the KPI it decides on (null: none of the tactic's KPIs
    /// is measured) and the hypothesis, suggested (a fill-in without a KPI).
    TestDesign test = TestDesign::before_after;
    const model::Kpi* test_kpi = nullptr;
    FillIn hypothesis;
    Phases phases;

    bool builds_consent() const { return strategy.empty(); }
};

/// A tactic of a chosen strategy not proposed: a requirement is not met.
struct DroppedEntry {
    std::string id;
    std::string name;
    std::string strategy;
    std::string reason;
};

struct KpiEntry {
    /// The roadmap's KPI: id, name, unit, direction, cadence, benchmark, target rule and
    /// why no benchmark is published. Kept whole because output/figures.hpp formats its
    /// figures ("20.2%", "baseline +10% of the baseline").
    const model::Kpi* kpi = nullptr;
    bool primary = false;
    /// The figure for the plan's market (model::benchmark_for): a regional benchmark when one
    /// covers the market, else the general one; null when the KPI has none.
    const model::Benchmark* benchmark = nullptr;
    const model::Source* cited = nullptr; ///< the benchmark's source, when the roadmap has it
    /// The general benchmark's source, for saying what a regional figure replaces.
    const model::Source* general_cited = nullptr;
    FillIn baseline;
    /// `value`: the benchmark figure when the rule is to reach it. Otherwise `hint` says what
    /// to enter; renderers put the target rule's text before it where there is one.
    FillIn target;
};

struct BudgetLine {
    model::Channel channel;
    FillIn amount;
};

/// One item of the consent and privacy checklist: a rule of the plan's market, or one of
/// strat's own practical items (those have no source).
struct PrivacyItem {
    /// A channel name; "all" for a market rule tied to no channel; "data" for strat's items
    /// on personal data in general.
    std::string topic;
    std::string text; ///< a market rule's text with its conditions (engine::checklist_text)
    bool done = false;
    std::string source{}; ///< the rule's statute and section, e.g. "UWG § 7 Abs. 3"
    std::string url{};    ///< where the rule's wording can be read (may be empty)
};

/// The market whose rules the checklist lists (`--market`, default eu).
struct MarketName {
    std::string id;
    std::string name;
};

struct LeadStage {
    std::string id;
    std::string name;
    std::string owner;
    FillIn definition; ///< the hint says what to agree with sales
    FillIn sla;
};

/// How sales and marketing review lead quality together (B2B only).
struct LeadFeedback {
    FillIn cadence;
    std::string rule;
};

struct RoadmapProvenance {
    std::string path;
    std::string sha256;
};

struct CampaignDocument {
    int format = 1; ///< `strat_campaign`
    std::string name;
    std::optional<MarketName> market; ///< none when the roadmaps in use define no markets
    FillIn owner;
    int version = 1;
    FillIn created; ///< YYYY-MM-DD, from --date or SOURCE_DATE_EPOCH
    FillIn start;
    FillIn end;
    std::vector<ReviewPoint> reviews;

    std::string industry_id;
    std::string industry_name;
    std::string goal_id;
    std::string goal_name;
    std::string goal_description;
    FillIn objective;
    std::string primary_kpi; ///< empty when no chosen strategy measures a KPI
    FillIn segments;
    FillIn audience_size;
    FillIn data_source;
    FillIn message;

    std::vector<AnsweredQuestion> answers; ///< the decision tree as walked
    model::Facts constraints;              ///< the one set of facts
    std::vector<StrategyEntry> strategies; ///< every strategy serving the goal, best first
    std::vector<std::size_t> chosen;       ///< into `strategies`, in the order they run
    /// Tactics planned first to build consent, then the chosen strategies' in that order.
    std::vector<TacticEntry> tactics;
    std::vector<DroppedEntry> dropped_tactics;
    std::vector<KpiEntry> kpis; ///< of the chosen strategies; the primary one first
    /// The sources the KPIs' benchmarks cite, each once, in roadmap order.
    std::vector<const model::Source*> sources;

    FillIn budget_total;
    FillIn currency;
    std::vector<BudgetLine> budget_by_channel; ///< every channel the tactics use
    /// The split by the roadmap's budget rule (engine/budget.hpp); none without a rule.
    std::optional<BudgetSplit> budget_split;
    /// The consent the answers leave open, the market's rules for the channels used (with
    /// their sources), then strat's own items for what no rule of the market covers.
    std::vector<PrivacyItem> privacy;
    std::vector<LeadStage> lead_stages; ///< empty unless the company sells B2B
    std::optional<LeadFeedback> lead_feedback;
    /// Every tactic's steps and phases on one timeline, and the weeks over the contact cap
    /// (engine/calendar.hpp); its contact policy is on the `privacy` checklist too.
    Calendar calendar;

    std::string strat_version;
    std::vector<RoadmapProvenance> roadmaps;

    /// What the plan rests on (engine/assumptions.hpp): answers, consent, baselines.
    std::vector<Assumption> assumptions;

    std::vector<const StrategyEntry*> chosen_strategies() const;
    bool b2b() const { return !lead_stages.empty(); }
    bool any_constraint() const;
};

/// `calendar`: the start date and contact cap of the calendar (none: dates filled in later,
/// the default cap).
CampaignDocument make_campaign_document(const Plan& plan, std::optional<std::string> created,
                                        std::string strat_version,
                                        const CalendarOptions& calendar = {});

/// The names the document had before it was named for what it is: cli/cmd_plan.cpp,
/// tests/unit/test_engine_properties.cpp and tests/fuzz/fuzz_roadmap.cpp still use them.
/// Remove both when they use the names above.
using Campaign = CampaignDocument;
inline CampaignDocument make_campaign(const Plan& plan, std::optional<std::string> created,
                                      std::string strat_version,
                                      const CalendarOptions& calendar = {}) {
    return make_campaign_document(plan, std::move(created), std::move(strat_version), calendar);
}

} // namespace strat::engine
