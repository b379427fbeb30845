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

} // namespace

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
