#include "engine/feasibility.hpp"

#include "model/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::engine {

using namespace model;

namespace {

template <typename Key>
std::optional<bool> lookup(const std::map<Key, bool>& facts, const Key& key) {
    auto it = facts.find(key);
    return it == facts.end() ? std::nullopt : std::optional<bool>(it->second);
}

/// Whether the company may use `channel` for marketing: not when it is unavailable, nor
/// when it needs consent that is known to be missing.
std::optional<std::string> channel_blocked(Channel channel, const Facts& facts) {
    if (lookup(facts.channels, channel) == false)
        return fmt::format("{} is not available", name(channel));
    if (needs_consent(channel) && lookup(facts.consent, channel) == false)
        return fmt::format("no marketing consent for {}", name(channel));
    return std::nullopt;
}

} // namespace

std::variant<PlannedTactic, DroppedTactic> fit(const Tactic& t, const Facts& facts, Reach reach) {
    const Requirements& needs = t.prerequisites;
    auto drop = [&](std::string reason) { return DroppedTactic{&t, std::move(reason)}; };

    std::optional<Audience> audience = facts.audience;
    if (!audience && reach != Reach::both)
        audience = reach == Reach::b2b ? Audience::b2b : Audience::b2c;
    if (needs.audience && audience && *needs.audience != *audience)
        return drop(fmt::format("it is for {} companies; you sell {}", name(*needs.audience),
                                name(*audience)));
    if (needs.budget && facts.budget && *facts.budget < *needs.budget)
        return drop(fmt::format("it needs a {} budget or more; yours is {}", name(*needs.budget),
                                name(*facts.budget)));
    if (needs.maturity && facts.maturity && *facts.maturity < *needs.maturity)
        return drop(fmt::format("it needs an {} team or more; yours is {}", name(*needs.maturity),
                                name(*facts.maturity)));
    for (Channel c : needs.consent)
        if (lookup(facts.consent, c) == false)
            return drop(
                fmt::format("it needs marketing consent for {}, which you do not hold", name(c)));
    for (const std::string& d : needs.data)
        if (lookup(facts.data, d) == false)
            return drop(fmt::format("it needs {} data, which you do not hold", d));
    for (const std::string& tool : needs.tooling)
        if (lookup(facts.tooling, tool) == false)
            return drop(fmt::format("it needs {}, which you do not have", tool));

    PlannedTactic planned{&t, {}, {}, {}, {}};
    for (Channel c : t.channels)
        if (!channel_blocked(c, facts))
            planned.channels.push_back(c);
    if (planned.channels.empty()) {
        auto why = channel_blocked(t.channels.front(), facts);
        return drop(fmt::format("none of its channels can be used ({})", *why));
    }
    for (const Step& step : t.steps) {
        if (step.channel) {
            if (auto why = channel_blocked(*step.channel, facts)) {
                planned.removed_steps.push_back(
                    fmt::format("day {} step left out: {}", step.day, *why));
                continue;
            }
        }
        planned.steps.push_back(&step);
    }
    if (planned.steps.empty())
        return drop("every one of its steps uses a channel you cannot use");

    for (Channel c : needs.consent)
        if (!lookup(facts.consent, c))
            planned.to_confirm.push_back({fmt::format("marketing consent for {}", name(c))});
    for (const std::string& d : needs.data)
        if (!lookup(facts.data, d))
            planned.to_confirm.push_back({fmt::format("{} data", d)});
    for (const std::string& tool : needs.tooling)
        if (!lookup(facts.tooling, tool))
            planned.to_confirm.push_back({tool});
    if (needs.budget && !facts.budget)
        planned.to_confirm.push_back({fmt::format("a {} budget or more", name(*needs.budget))});
    if (needs.maturity && !facts.maturity)
        planned.to_confirm.push_back({fmt::format("an {} team or more", name(*needs.maturity))});
    return planned;
}

} // namespace strat::engine
