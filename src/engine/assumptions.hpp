#pragma once
/// What a plan rests on, taken from its own facts and never invented: the answers that gave
/// a chosen strategy a counted reason (one taken by default is not confirmed), the consent
/// held on each consent channel the plan uses, and the KPI baselines still to be measured.

#include "engine/plan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::engine {

struct CampaignDocument;

enum class AssumptionKind { answer, consent, baseline };

/// The machine word the skeleton records: answer, consent or baseline.
std::string_view assumption_word(AssumptionKind kind);

/// A chosen strategy an answer supports.
struct StrategyName {
    std::string id;
    std::string name;
};

struct Assumption {
    AssumptionKind kind = AssumptionKind::answer;
    /// answer: the question's text; consent and baseline: the assumption in words.
    std::string text;
    std::string question; ///< answer: ids of the question and the option
    std::string answer;
    std::string label; ///< answer: the option's label
    model::AnswerSource source = model::AnswerSource::fallback_default;
    std::string origin;                    ///< answer: as AnsweredQuestion::origin
    std::vector<StrategyName> supports;    ///< answer: the chosen strategies resting on it
    std::optional<model::Channel> channel; ///< consent
    std::optional<model::Consent> consent; ///< consent; none: not known
    std::string kpi;                       ///< baseline: the KPI's id
    /// Empty when confirmed (answered, or stated); else what to do before launch, e.g.
    /// "not confirmed: confirm before launch".
    std::string check;
};

/// The assumptions of `doc` (its answers, strategies, tactics and KPIs must be set), with the
/// plan for where each consent fact came from. Order: answers as walked, consent in channel
/// order, baselines in KPI order.
std::vector<Assumption> plan_assumptions(const Plan& plan, const CampaignDocument& doc);

} // namespace strat::engine
