#pragma once
/// Market rules: for one market (a country or the EU), what the law asks of marketing
/// contacts, service messages and required elements, each rule with its legal source.
/// Plain structs, no YAML, no I/O; read from a roadmap's `markets` (strat-roadmap(5)).
/// A plan applies one market: steps and tactics whose practice it forbids are left out,
/// and its rules for the channels used become the consent and privacy checklist.

#include "model/origin.hpp"
#include "model/vocabulary.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace strat::model {

/// What a rule is about.
enum class RuleTopic {
    consent,           ///< what a marketing contact on the channel needs (see ContactBasis)
    double_opt_in,     ///< how consent is confirmed and proven
    existing_customer, ///< the exception for one's own customers, with its conditions
    opt_out,           ///< objection and unsubscribing
    quiet_hours,       ///< hours in which marketing contacts may be made
    service_message,   ///< what a service message may contain
    required_element,  ///< something every message or site must carry (see Element)
    record_keeping,    ///< documenting and keeping consent
};

/// What a marketing contact needs under a `consent` rule.
enum class ContactBasis {
    prior_consent,    ///< prior express consent (opt-in)
    presumed_consent, ///< at least presumed consent (e.g. business calls in Germany)
    no_objection,     ///< allowed unless the person objected or is on a do-not-call register
};

/// An element a `required_element` rule asks for.
enum class Element {
    unsubscribe_link, ///< a working way to refuse further messages, in every message
    sender_identity,  ///< the sender named, not disguised
    postal_address,   ///< the sender's physical postal address in the message
    ad_label,         ///< the message identified as advertising
    imprint,          ///< provider identification on the website
    cancel_button,    ///< an online cancellation button for subscriptions
};

/// A marketing practice that a market may forbid; steps and tactics declare theirs.
enum class Practice {
    cold_call,                ///< marketing calls to people who have not agreed to calls
    save_offer_before_cancel, ///< a retention offer or question between the cancel button
                              ///< and the cancellation itself
};

/// Where a benchmark figure was measured: a market of `--market`, or a group of them
/// (`dach`: Germany, Austria and Switzerland; `global`: no one market). Wider regions come
/// first: benchmark_for prefers the narrowest that covers the plan's market.
enum class Region { global, eu, dach, de, at, ch, uk, us };

template <> std::span<const std::string_view> names<Region>();
template <> std::span<const std::string_view> names<RuleTopic>();
template <> std::span<const std::string_view> names<ContactBasis>();
template <> std::span<const std::string_view> names<Element>();
template <> std::span<const std::string_view> names<Practice>();

/// One rule of a market, with its legal source.
struct MarketRule {
    std::string id;
    Origin where;
    std::string path; ///< data path in its file, e.g. "markets[1].rules[3]"
    RuleTopic topic = RuleTopic::consent;
    std::vector<Channel> channels;       ///< empty: not tied to a channel (applies to all)
    std::optional<Audience> audience;    ///< only when selling to this audience
    std::optional<ContactBasis> needs;   ///< topic consent: what a marketing contact needs
    std::optional<Element> element;      ///< topic required_element: which element
    std::vector<std::string> conditions; ///< e.g. the existing-customer exception's
    std::string hours;                   ///< topic quiet_hours: e.g. "08:00-21:00"
    std::vector<Practice> forbids;       ///< practices a plan leaves out in this market
    std::string text;                    ///< the rule in plain words
    std::string source;                  ///< statute and section, e.g. "UWG § 7 Abs. 3"
    std::string url;                     ///< where the wording was read
    std::string source_note;             ///< e.g. why the statute's own text was not read
};

struct Market {
    std::string id; ///< as given to `--market`, e.g. "de"
    Origin where;
    std::string path; ///< data path in its file, e.g. "markets[1]"
    std::string name;
    std::string description;
    std::vector<MarketRule> rules;
};

/// Whether a figure measured in `region` describes the market with id `market`: the region
/// is that market, or a group holding it (`dach` holds de, at and ch; `eu` holds de and at;
/// `global` holds every market).
bool covers(Region region, std::string_view market);

/// How a region is named for people: "DACH", "Germany"; in German "Deutschland".
std::string_view spoken_name(Region region, std::string_view language);

/// The market with this id, or nullptr.
const Market* find_market(std::span<const Market> markets, std::string_view id);

/// The rule of `market` that forbids `practice`, or nullptr.
const MarketRule* forbidding(const Market& market, Practice practice);

/// Whether `rule` concerns a plan that uses `channels` (a rule with no channels always does).
bool concerns(const MarketRule& rule, std::span<const Channel> channels);

/// "UWG § 7 Abs. 2 Nr. 2" — the rule's source as cited in plans.
const std::string& cite(const MarketRule& rule);

} // namespace strat::model
