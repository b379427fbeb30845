#pragma once
/// Facts about a company, as one flat list of `key = value` entries: how answers, flags and
/// answers files are compared (a conflict is one key with two values) and how they are shown.

#include "model/origin.hpp"
#include "model/roadmap.hpp"

#include <map>
#include <string>
#include <vector>

namespace strat::model {

/// One fact: `key` is "budget", "consent.email", "data.purchase_history" ...; `value` is the
/// word as written in a roadmap ("low", "partial", "true").
struct Fact {
    std::string key;
    std::string value;
};

/// Every fact `facts` states, in a fixed order (consent, channels, data, tooling, budget,
/// maturity, audience; keys sorted within each).
std::vector<Fact> entries(const Facts& facts);

/// The value `facts` states for `key`, or an empty string.
std::string value_of(const Facts& facts, const std::string& key);

/// The facts `a` and `b` both state with different values, with `a`'s value first.
struct Conflict {
    std::string key;
    std::string ours;
    std::string theirs;
};
std::vector<Conflict> conflicts(const Facts& a, const Facts& b);

/// How many facts `a` and `b` both state with the same value.
std::size_t agreements(const Facts& a, const Facts& b);

/// Later facts override earlier ones, key by key.
void overlay(Facts& base, const Facts& over);

/// The facts as a user would write them on the command line: "--budget low",
/// "--partial-consent email", "--no-data purchase_history".
std::string as_flag(const Fact& fact);

/// Where each stated fact came from, by key: a flag (`--budget low`) or a position in an
/// answers file.
struct FactOrigin {
    std::string flag; ///< the flag as typed, when it came from the command line
    Origin where;     ///< else where it is written
};
using FactOrigins = std::map<std::string, FactOrigin>;

/// "--budget low" or "answers.yaml:4:11" (empty when unknown).
std::string describe(const FactOrigin& origin);

/// Facts with where each came from: what the user stated up front.
struct StatedFacts {
    Facts facts;
    FactOrigins origins;
};

/// `over` over `base`, origins too.
void overlay(StatedFacts& base, const StatedFacts& over);

} // namespace strat::model
