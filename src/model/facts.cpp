#include "model/facts.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::model {

std::vector<Fact> entries(const Facts& f) {
    std::vector<Fact> out;
    for (const auto& [c, state] : f.consent)
        out.push_back({fmt::format("consent.{}", name(c)), std::string(name(state))});
    for (const auto& [c, available] : f.channels)
        out.push_back({fmt::format("channels.{}", name(c)), available ? "true" : "false"});
    for (const auto& [d, held] : f.data)
        out.push_back({"data." + d, held ? "true" : "false"});
    for (const auto& [t, held] : f.tooling)
        out.push_back({"tooling." + t, held ? "true" : "false"});
    if (f.budget)
        out.push_back({"budget", std::string(name(*f.budget))});
    if (f.maturity)
        out.push_back({"maturity", std::string(name(*f.maturity))});
    if (f.audience)
        out.push_back({"audience", std::string(name(*f.audience))});
    return out;
}

std::string value_of(const Facts& facts, const std::string& key) {
    for (const Fact& f : entries(facts))
        if (f.key == key)
            return f.value;
    return {};
}

std::vector<Conflict> conflicts(const Facts& a, const Facts& b) {
    std::vector<Conflict> out;
    std::vector<Fact> theirs = entries(b);
    for (const Fact& f : entries(a)) {
        auto it = std::find_if(theirs.begin(), theirs.end(),
                               [&](const Fact& t) { return t.key == f.key; });
        if (it != theirs.end() && it->value != f.value)
            out.push_back({f.key, f.value, it->value});
    }
    return out;
}

std::size_t agreements(const Facts& a, const Facts& b) {
    std::vector<Fact> theirs = entries(b);
    std::size_t n = 0;
    for (const Fact& f : entries(a))
        n += static_cast<std::size_t>(
            std::count_if(theirs.begin(), theirs.end(),
                          [&](const Fact& t) { return t.key == f.key && t.value == f.value; }));
    return n;
}

void overlay(Facts& base, const Facts& over) {
    for (const auto& [k, v] : over.consent)
        base.consent[k] = v;
    for (const auto& [k, v] : over.channels)
        base.channels[k] = v;
    for (const auto& [k, v] : over.data)
        base.data[k] = v;
    for (const auto& [k, v] : over.tooling)
        base.tooling[k] = v;
    if (over.budget)
        base.budget = over.budget;
    if (over.maturity)
        base.maturity = over.maturity;
    if (over.audience)
        base.audience = over.audience;
}

void overlay(StatedFacts& base, const StatedFacts& over) {
    overlay(base.facts, over.facts);
    for (const auto& [key, origin] : over.origins)
        base.origins[key] = origin;
}

std::string as_flag(const Fact& fact) {
    auto dot = fact.key.find('.');
    if (dot == std::string::npos) // budget, maturity, audience
        return fmt::format("--{} {}", fact.key, fact.value);
    std::string kind = fact.key.substr(0, dot), what = fact.key.substr(dot + 1);
    if (kind == "consent") {
        std::string_view prefix = fact.value == "held"      ? ""
                                  : fact.value == "partial" ? "partial-"
                                                            : "no-";
        return fmt::format("--{}consent {}", prefix, what);
    }
    if (kind == "channels")
        kind = "channel";
    return fmt::format("--{}{} {}", fact.value == "true" ? "" : "no-", kind, what);
}

std::string describe(const FactOrigin& origin) {
    if (!origin.flag.empty())
        return origin.flag;
    if (origin.where.file)
        return fmt::format("{}:{}:{}", origin.where.file->path(), origin.where.line,
                           origin.where.column);
    return {};
}

} // namespace strat::model
