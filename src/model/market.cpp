#include "model/market.hpp"

#include <algorithm>
#include <array>

namespace strat::model {
namespace {

using namespace std::string_view_literals;

constexpr std::array topic_names{"consent"sv,          "double_opt_in"sv, "existing_customer"sv,
                                 "opt_out"sv,          "quiet_hours"sv,   "service_message"sv,
                                 "required_element"sv, "record_keeping"sv};
constexpr std::array basis_names{"prior_consent"sv, "presumed_consent"sv, "no_objection"sv};
constexpr std::array element_names{"unsubscribe_link"sv, "sender_identity"sv, "postal_address"sv,
                                   "ad_label"sv,         "imprint"sv,         "cancel_button"sv};
constexpr std::array practice_names{"cold_call"sv, "save_offer_before_cancel"sv};
constexpr std::array region_names{"global"sv, "eu"sv, "dach"sv, "de"sv,
                                  "at"sv,     "ch"sv, "uk"sv,   "us"sv};
constexpr std::array region_english{"global"sv,  "EU"sv,          "DACH"sv, "Germany"sv,
                                    "Austria"sv, "Switzerland"sv, "UK"sv,   "US"sv};
constexpr std::array region_german{"weltweit"sv,   "EU"sv,      "DACH"sv, "Deutschland"sv,
                                   "Österreich"sv, "Schweiz"sv, "UK"sv,   "USA"sv};
static_assert(region_english.size() == region_names.size());
static_assert(region_german.size() == region_names.size());

} // namespace

template <> std::span<const std::string_view> names<Region>() {
    return region_names;
}
template <> std::span<const std::string_view> names<RuleTopic>() {
    return topic_names;
}
template <> std::span<const std::string_view> names<ContactBasis>() {
    return basis_names;
}
template <> std::span<const std::string_view> names<Element>() {
    return element_names;
}
template <> std::span<const std::string_view> names<Practice>() {
    return practice_names;
}

bool covers(Region region, std::string_view market) {
    switch (region) {
    case Region::global:
        return true;
    case Region::dach:
        return market == "de" || market == "at" || market == "ch";
    case Region::eu: // Switzerland and the UK are not members
        return market == "eu" || market == "de" || market == "at";
    default:
        return name(region) == market;
    }
}

std::string_view spoken_name(Region region, std::string_view language) {
    auto i = static_cast<std::size_t>(region);
    return language == "de" ? region_german[i] : region_english[i];
}

const Market* find_market(std::span<const Market> markets, std::string_view id) {
    auto it =
        std::find_if(markets.begin(), markets.end(), [&](const Market& m) { return m.id == id; });
    return it == markets.end() ? nullptr : &*it;
}

const MarketRule* forbidding(const Market& market, Practice practice) {
    for (const MarketRule& rule : market.rules)
        if (std::find(rule.forbids.begin(), rule.forbids.end(), practice) != rule.forbids.end())
            return &rule;
    return nullptr;
}

bool concerns(const MarketRule& rule, std::span<const Channel> channels) {
    if (rule.channels.empty())
        return true;
    return std::any_of(rule.channels.begin(), rule.channels.end(), [&](Channel c) {
        return std::find(channels.begin(), channels.end(), c) != channels.end();
    });
}

const std::string& cite(const MarketRule& rule) {
    return rule.source;
}

} // namespace strat::model
