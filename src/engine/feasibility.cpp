#include "engine/feasibility.hpp"

#include "util/messages.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::engine {
using util::closest;
using util::did_you_mean;
using util::join;

using namespace model;

namespace {

/// `english` in the run's language, its placeholders filled in.
template <typename... Args> std::string say(std::string_view english, const Args&... args) {
    return fmt::format(fmt::runtime(util::tr(english)), args...);
}

/// A channel, budget, team level or audience as people read it in the run's language.
template <typename Enum> std::string_view word(Enum value) {
    return spoken_name(value, util::language());
}

template <typename Key, typename Value>
std::optional<Value> lookup(const std::map<Key, Value>& facts, const Key& key) {
    auto it = facts.find(key);
    return it == facts.end() ? std::nullopt : std::optional<Value>(it->second);
}

bool unavailable(Channel c, const Facts& facts) {
    return lookup(facts.channels, c) == false;
}

bool no_consent(Channel c, const Facts& facts) {
    return lookup(facts.consent, c) == Consent::none;
}

/// The practice in words, for the reason a step or tactic is left out.
std::string_view practice_words(Practice p) {
    switch (p) {
    case Practice::cold_call:
        return util::tr("marketing calls to people who have not agreed to them");
    case Practice::save_offer_before_cancel:
        return util::tr("an offer or question between the cancel button and the cancellation");
    }
    return {};
}

/// Why a step or tactic limited to `markets`, or doing `practices`, may not run in `market`
/// when selling to `audience`; "" when it may (and always without a market).
std::string market_blocked(const std::vector<Ref>& markets, const std::vector<Practice>& practices,
                           const Market* market, std::optional<Audience> audience) {
    if (market == nullptr)
        return {};
    if (!markets.empty() && std::none_of(markets.begin(), markets.end(),
                                         [&](const Ref& m) { return m.id == market->id; }))
        return say("it applies only in {}", join(ids_of(markets), ", "));
    for (Practice p : practices)
        for (const MarketRule& rule : market->rules) {
            bool forbids =
                std::find(rule.forbids.begin(), rule.forbids.end(), p) != rule.forbids.end();
            // A rule for one audience forbids for it, and when the audience is not known.
            if (forbids && !(rule.audience && audience && *rule.audience != *audience))
                return say("{} does not allow {} (rule {}, {})", market->name, practice_words(p),
                           rule.id, cite(rule));
        }
    return {};
}

/// Why `step` cannot run, or "" when it can.
std::string step_blocked(const Step& step, const Facts& facts, const Market* market,
                         std::optional<Audience> audience) {
    if (std::string why = market_blocked({}, step.practices, market, audience); !why.empty())
        return why;
    if (!step.channel)
        return {};
    Channel c = *step.channel;
    if (unavailable(c, facts))
        return say("{} is not available", word(c));
    if (step.kind == StepKind::marketing && needs_consent(c) && no_consent(c, facts))
        return say("no marketing consent for {}", word(c));
    return {};
}

/// The audience a tactic is judged against: stated, else the industry's when it has one.
std::optional<Audience> audience_of(const Facts& facts, Reach reach) {
    if (facts.audience)
        return facts.audience;
    if (reach != Reach::both)
        return reach == Reach::b2b ? Audience::b2b : Audience::b2c;
    return std::nullopt;
}

/// The steps that can run, with the consent gate of each; why the others cannot. Steps
/// written for other markets only are not part of this plan, so they are not listed.
void plan_steps(const Tactic& t, const Facts& facts, const Market* market,
                std::optional<Audience> audience, PlannedTactic& planned) {
    for (const Step& step : t.steps) {
        if (market && !step.markets.empty() &&
            std::none_of(step.markets.begin(), step.markets.end(),
                         [&](const Ref& m) { return m.id == market->id; }))
            continue;
        if (std::string why = step_blocked(step, facts, market, audience); !why.empty()) {
            planned.removed_steps.push_back(say("day {} step left out: {}", step.day, why));
            continue;
        }
        PlannedStep p{&step, std::nullopt};
        // A tactic that collects consent on a channel (re-permission) addresses the contacts
        // whose consent is unclear by its own condition: that is what it is for.
        bool collects = step.channel && std::find(t.collects.begin(), t.collects.end(),
                                                  *step.channel) != t.collects.end();
        if (step.channel && step.kind == StepKind::marketing && needs_consent(*step.channel) &&
            lookup(facts.consent, *step.channel) != Consent::held && !collects)
            p.consent_gate = step.channel;
        planned.steps.push_back(p);
    }
    for (Channel c : t.channels) {
        bool has_steps = std::any_of(t.steps.begin(), t.steps.end(),
                                     [&](const Step& s) { return s.channel == c; });
        bool runs = std::any_of(planned.steps.begin(), planned.steps.end(),
                                [&](const PlannedStep& s) { return s.step->channel == c; });
        if (runs || (!has_steps && !unavailable(c, facts)))
            planned.channels.push_back(c);
    }
}

} // namespace

std::string contradicted(const Requirements& needs, const Facts& facts, const Roadmap& roadmap) {
    for (Channel c : needs.channels)
        if (unavailable(c, facts))
            return say("{} is not available", word(c));
    for (Channel c : needs.consent)
        if (unavailable(c, facts))
            return say("{} is not available", word(c));
        else if (no_consent(c, facts))
            return say("there is no marketing consent for {}", word(c));
    for (const Ref& d : needs.data)
        if (lookup(facts.data, d.id) == false)
            return say("you have no {}", name_of(roadmap.data, d.id));
    for (const Ref& tool : needs.tooling)
        if (lookup(facts.tooling, tool.id) == false)
            return say("you have no {}", name_of(roadmap.tooling, tool.id));
    if (needs.budget && facts.budget && *facts.budget < *needs.budget)
        return say("the budget is {}", word(*facts.budget));
    if (needs.maturity && facts.maturity && *facts.maturity < *needs.maturity)
        return say("the team is {}", word(*facts.maturity));
    if (needs.audience && facts.audience && *needs.audience != *facts.audience)
        return say("you sell {}", word(*facts.audience));
    return {};
}

std::variant<PlannedTactic, DroppedTactic> fit(const Tactic& t, const Facts& facts,
                                               const Roadmap& roadmap, const Market* market) {
    const Requirements& needs = t.requirements;
    auto drop = [&](std::string reason) { return DroppedTactic{&t, std::move(reason)}; };

    std::optional<Audience> audience = audience_of(facts, roadmap.audience);
    if (std::string why = market_blocked(t.markets, t.practices, market, audience); !why.empty())
        return drop(std::move(why));
    if (needs.audience && audience && *needs.audience != *audience)
        return drop(
            say("it is for {} companies; you sell {}", word(*needs.audience), word(*audience)));
    if (needs.budget && facts.budget && *facts.budget < *needs.budget)
        return drop(say("it needs a {} budget or more; yours is {}", word(*needs.budget),
                        word(*facts.budget)));
    if (needs.maturity && facts.maturity && *facts.maturity < *needs.maturity)
        return drop(say("it needs an {} team or more; yours is {}", word(*needs.maturity),
                        word(*facts.maturity)));
    for (Channel c : needs.channels)
        if (unavailable(c, facts))
            return drop(say("it needs {}, which is not available", word(c)));
    for (Channel c : needs.consent)
        if (no_consent(c, facts))
            return drop(say("it needs marketing consent for {}, which you do not hold", word(c)));
    for (const Ref& d : needs.data)
        if (lookup(facts.data, d.id) == false)
            return drop(say("it needs {}, which you do not hold", name_of(roadmap.data, d.id)));
    for (const Ref& tool : needs.tooling)
        if (lookup(facts.tooling, tool.id) == false)
            return drop(
                say("it needs {}, which you do not have", name_of(roadmap.tooling, tool.id)));

    PlannedTactic planned{&t, {}, {}, {}, {}};
    plan_steps(t, facts, market, audience, planned);
    // The first channel is the one the tactic runs on: without it, what is left of the
    // tactic is not what it promises.
    Channel main = t.channels.front();
    if (std::find(planned.channels.begin(), planned.channels.end(), main) ==
        planned.channels.end()) {
        std::string why = unavailable(main, facts) ? say("{} is not available", word(main))
                          : no_consent(main, facts)
                              ? say("no marketing consent for {}", word(main))
                              : say("its steps on it are left out in {}", market->name);
        return drop(say("its main channel, {}, cannot be used ({})", word(main), why));
    }
    if (planned.steps.empty())
        return drop(std::string(util::tr("every one of its steps uses a channel you cannot use")));

    // By name: the marketer confirms a tool or data they know, not an id of the roadmap.
    for (const Ref& d : needs.data)
        if (!lookup(facts.data, d.id))
            planned.unsettled.push_back({std::string(name_of(roadmap.data, d.id))});
    for (const Ref& tool : needs.tooling)
        if (!lookup(facts.tooling, tool.id))
            planned.unsettled.push_back({std::string(name_of(roadmap.tooling, tool.id))});
    if (needs.budget && !facts.budget)
        planned.unsettled.push_back({say("a {} budget or more", word(*needs.budget))});
    if (needs.maturity && !facts.maturity)
        planned.unsettled.push_back({say("an {} team or more", word(*needs.maturity))});
    return planned;
}

} // namespace strat::engine
