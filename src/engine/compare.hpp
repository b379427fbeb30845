#pragma once
/// `strat compare`: what differs between two campaign documents (engine/campaign.hpp),
/// each planned from an answers file or read back from a campaign file. A value the
/// renderers (output/compare.hpp) print; they never look at the documents again.
///
/// A is the first file, B the second; "added" and "gained" mean in B and not in A.

#include "engine/campaign.hpp"
#include "model/budget_amount.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::engine {

/// An industry or goal: id and name.
struct Named {
    std::string id;
    std::string name;
};

/// What one side is: the file it came from and what it plans.
struct ComparedSide {
    std::string label; ///< the file as named on the command line
    Named industry;
    Named goal;
    /// The market whose rules applied, when known: set by the caller, which picked it
    /// (a campaign file does not record it).
    std::optional<Named> market;
    /// The budget amount planned with, when known: set by the caller from an answers file
    /// (a campaign file's amount is a value to fill in, not compared).
    std::optional<model::BudgetAmount> budget;
};

/// A question answered differently or decided differently (default, asked, given, or by
/// what was stated), or asked on one side only.
struct AnswerChange {
    std::string question; ///< id
    std::string text;     ///< B's wording, else A's
    std::optional<AnsweredQuestion> a;
    std::optional<AnsweredQuestion> b;
};

/// One strategy of either ranking. Reasons are matched by points and text.
struct StrategyChange {
    std::string id;
    std::string name;
    std::optional<StrategyEntry> a; ///< without its reasons (see gained and lost)
    std::optional<StrategyEntry> b;
    std::vector<ScoreReason> gained; ///< B's reasons that A does not have
    std::vector<ScoreReason> lost;   ///< A's reasons that B does not have

    /// Rank, score, chosen or a reason differs, or the strategy is on one side only.
    bool changed() const;
};

/// A tactic planned on one side only.
struct TacticChange {
    std::string id;
    std::string name;
    std::string strategy;                ///< empty for a tactic planned to build consent
    std::vector<model::Channel> consent; ///< the channels it builds consent for
};

/// A tactic planned on both sides whose steps left out (for consent or an unavailable
/// channel) differ.
struct LeftOutChange {
    std::string id;
    std::string name;
    std::vector<std::string> a_only; ///< left out in A, kept in B
    std::vector<std::string> b_only; ///< left out in B, kept in A
};

/// A KPI measured on one side only, or whose target, baseline or primacy differs.
struct KpiChange {
    std::string id;
    std::optional<KpiEntry> a;
    std::optional<KpiEntry> b;
};

struct CampaignComparison {
    ComparedSide a;
    ComparedSide b;
    std::size_t answers_same = 0;      ///< questions answered and decided alike
    std::vector<AnswerChange> answers; ///< in B's order, then A's questions B did not ask
    /// Every strategy: B's ranking, then the strategies only A ranks, in A's order.
    std::vector<StrategyChange> ranking;
    std::vector<TacticChange> tactics_added;   ///< in B's order
    std::vector<TacticChange> tactics_dropped; ///< in A's order
    std::vector<LeftOutChange> left_out;       ///< in B's order
    std::vector<KpiChange> kpis;               ///< B's KPIs first, then those only A has

    bool same_industry() const { return a.industry.id == b.industry.id; }
    bool same_goal() const { return same_industry() && a.goal.id == b.goal.id; }
    /// Strategies of `ranking` that changed.
    std::size_t strategies_changed() const;
    /// Nothing differs that the comparison shows (the sides' labels aside).
    bool identical() const;
};

/// The difference of `a` and `b`; `a_label` and `b_label` name their files.
CampaignComparison compare_campaigns(const CampaignDocument& a, std::string a_label,
                                     const CampaignDocument& b, std::string b_label);

} // namespace strat::engine
