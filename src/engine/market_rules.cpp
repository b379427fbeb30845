#include "engine/market_rules.hpp"

#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::engine {
using util::closest;
using util::did_you_mean;
using util::join;

using namespace model;

std::vector<Channel> used_channels(const Plan& plan) {
    std::vector<Channel> channels;
    auto add = [&](const PlannedTactic& t) {
        for (Channel c : t.channels)
            if (std::find(channels.begin(), channels.end(), c) == channels.end())
                channels.push_back(c);
    };
    for (const ConsentFirst& f : plan.consent_first)
        add(f.tactic);
    for (std::size_t i : plan.chosen)
        for (const PlannedTactic& t : plan.ranked[i].tactics)
            add(t);
    std::sort(channels.begin(), channels.end());
    return channels;
}

std::vector<const MarketRule*> rules_for(const Plan& plan, std::span<const Channel> channels) {
    std::vector<const MarketRule*> out;
    if (plan.market == nullptr)
        return out;
    std::optional<Audience> audience = plan.facts.audience;
    if (!audience && plan.roadmap && plan.roadmap->audience != Reach::both)
        audience = plan.roadmap->audience == Reach::b2b ? Audience::b2b : Audience::b2c;
    for (const MarketRule& rule : plan.market->rules) {
        if (rule.audience && audience && *rule.audience != *audience)
            continue;
        if (concerns(rule, channels))
            out.push_back(&rule);
    }
    return out;
}

std::string checklist_text(const MarketRule& rule) {
    if (rule.conditions.empty())
        return rule.text;
    std::string text = rule.text;
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    return fmt::format("{}: {}.", text, join(rule.conditions, "; "));
}

std::vector<MarketCheck> market_checklist(const Plan& plan, std::span<const Channel> channels) {
    std::vector<MarketCheck> out;
    for (const MarketRule* rule : rules_for(plan, channels)) {
        std::string topic = "all";
        for (Channel c : channels)
            if (std::find(rule->channels.begin(), rule->channels.end(), c) !=
                rule->channels.end()) {
                topic = std::string(name(c));
                break;
            }
        out.push_back({std::move(topic), checklist_text(*rule), cite(*rule), rule->url, rule});
    }
    return out;
}

} // namespace strat::engine
