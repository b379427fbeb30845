// The assumptions a plan rests on, from the campaign document and the plan's answers.

#include "engine/assumptions.hpp"

#include "engine/campaign.hpp"
#include "model/vocabulary_labels.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::engine {

using namespace model;
using util::tr;

namespace {

template <typename... Args> std::string say(std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...);
}

std::string_view not_confirmed() {
    return tr("not confirmed: confirm before launch");
}

/// The chosen strategies with a counted reason from `question`, in the order they run.
std::vector<StrategyName> supported(const CampaignDocument& d, const std::string& question) {
    std::vector<StrategyName> out;
    for (const StrategyEntry* s : d.chosen_strategies())
        if (std::any_of(s->reasons.begin(), s->reasons.end(),
                        [&](const ScoreReason& r) { return r.question == question; }))
            out.push_back({s->id, s->name});
    return out;
}

/// The answer that set the plan's consent for `c`, when an answer did (not a stated fact).
const Answer* consent_answer(const Plan& plan, Channel c, Consent value) {
    const Answer* found = nullptr;
    for (const Answer& a : plan.answers) {
        auto it = a.option->facts.consent.find(c);
        if (it != a.option->facts.consent.end() && it->second == value)
            found = &a;
    }
    return found;
}

std::string consent_text(Channel c, std::optional<Consent> consent) {
    std::string_view channel = spoken_name(c, util::language());
    if (!consent)
        return say("Marketing consent for {} is not known: marketing on it goes only to contacts "
                   "with recorded consent",
                   channel);
    switch (*consent) {
    case Consent::held:
        return say("Marketing consent for {} is held and recorded for the contacts the plan "
                   "writes to",
                   channel);
    case Consent::partial:
        return say("Marketing consent for {} is held for some contacts: marketing on it goes only "
                   "to contacts with recorded consent",
                   channel);
    case Consent::none:
        return say("There is no marketing consent for {}: the plan sends no marketing on it",
                   channel);
    }
    return {};
}

/// Consent channels the plan's tactics use, in channel order.
std::vector<Channel> consent_channels(const CampaignDocument& d) {
    std::vector<Channel> out;
    for (const TacticEntry& t : d.tactics)
        for (Channel c : t.channels)
            if (needs_consent(c) && std::find(out.begin(), out.end(), c) == out.end())
                out.push_back(c);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

std::string_view assumption_word(AssumptionKind kind) {
    switch (kind) {
    case AssumptionKind::answer:
        return "answer";
    case AssumptionKind::consent:
        return "consent";
    case AssumptionKind::baseline:
        return "baseline";
    }
    return "answer";
}

std::vector<Assumption> plan_assumptions(const Plan& plan, const CampaignDocument& d) {
    std::vector<Assumption> out;
    for (const AnsweredQuestion& a : d.answers) {
        std::vector<StrategyName> supports = supported(d, a.question);
        if (supports.empty())
            continue; // it moved no chosen strategy: the plan does not rest on it
        Assumption x;
        x.kind = AssumptionKind::answer;
        x.text = a.text;
        x.question = a.question;
        x.answer = a.answer;
        x.label = a.label;
        x.source = a.source;
        x.origin = a.origin;
        x.supports = std::move(supports);
        if (a.source == AnswerSource::fallback_default)
            x.check = not_confirmed();
        out.push_back(std::move(x));
    }
    for (Channel c : consent_channels(d)) {
        Assumption x;
        x.kind = AssumptionKind::consent;
        x.channel = c;
        auto it = plan.facts.consent.find(c);
        if (it != plan.facts.consent.end())
            x.consent = it->second;
        x.text = consent_text(c, x.consent);
        if (!x.consent) {
            x.check = tr("not known: find out which contacts have a record before launch");
        } else {
            const Answer* from = consent_answer(plan, c, *x.consent);
            if (from && from->source == AnswerSource::fallback_default)
                x.check = not_confirmed();
        }
        out.push_back(std::move(x));
    }
    for (const KpiEntry& k : d.kpis) {
        if (k.baseline.value)
            continue;
        Assumption x;
        x.kind = AssumptionKind::baseline;
        x.kpi = k.kpi->id;
        x.text = k.kpi->target && k.kpi->target->rule != TargetRule::benchmark
                     ? say("The baseline of {} is still to be measured; its target follows from it",
                           k.kpi->name)
                     : say("The baseline of {} is still to be measured", k.kpi->name);
        x.check = tr("measure it before launch");
        out.push_back(std::move(x));
    }
    return out;
}

} // namespace strat::engine
