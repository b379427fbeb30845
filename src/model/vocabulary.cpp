#include "model/vocabulary.hpp"

#include <array>

namespace strat::model {
namespace {

using namespace std::string_view_literals;

constexpr std::array channel_names{
    "email"sv, "sms"sv,         "push"sv,        "messaging"sv,    "phone"sv,    "in_app"sv,
    "web"sv,   "direct_mail"sv, "paid_search"sv, "paid_social"sv,  "display"sv,  "social"sv,
    "seo"sv,   "content"sv,     "video"sv,       "tv"sv,           "radio"sv,    "out_of_home"sv,
    "print"sv, "events"sv,      "webinar"sv,     "sales"sv,        "partners"sv, "affiliates"sv,
    "pr"sv,    "referral"sv,    "community"sv,   "point_of_sale"sv};
constexpr std::array level_names{"low"sv, "medium"sv, "high"sv};
constexpr std::array maturity_names{"basic"sv, "intermediate"sv, "advanced"sv};
constexpr std::array audience_names{"b2b"sv, "b2c"sv};
constexpr std::array reach_names{"b2c"sv, "b2b"sv, "both"sv};
constexpr std::array unit_names{"percent"sv, "count"sv, "currency"sv,
                                "ratio"sv,   "days"sv,  "score"sv};
constexpr std::array direction_names{"up"sv, "down"sv};
constexpr std::array cadence_names{"weekly"sv, "monthly"sv, "quarterly"sv};
constexpr std::array reading_names{"period"sv, "level"sv};
constexpr std::array kind_names{"industry"sv, "base"sv};
constexpr std::array target_rule_names{"benchmark"sv, "relative"sv, "absolute"sv};
constexpr std::array consent_names{"none"sv, "partial"sv, "held"sv};
constexpr std::array step_kind_names{"marketing"sv, "service"sv};

// German words for people, in declaration order; ids stay as they are.
constexpr std::array channel_german{"E-Mail"sv,
                                    "SMS"sv,
                                    "Push"sv,
                                    "Messenger"sv,
                                    "Telefon"sv,
                                    "In-App"sv,
                                    "Website"sv,
                                    "Postmailing"sv,
                                    "Suchmaschinenwerbung"sv,
                                    "Social Ads"sv,
                                    "Display-Werbung"sv,
                                    "Social Media"sv,
                                    "SEO"sv,
                                    "Content"sv,
                                    "Video"sv,
                                    "TV"sv,
                                    "Radio"sv,
                                    "Außenwerbung"sv,
                                    "Print"sv,
                                    "Events"sv,
                                    "Webinare"sv,
                                    "Vertrieb"sv,
                                    "Partner"sv,
                                    "Affiliates"sv,
                                    "PR"sv,
                                    "Empfehlungen"sv,
                                    "Community"sv,
                                    "Point of Sale"sv};
constexpr std::array level_german{"niedrig"sv, "mittel"sv, "hoch"sv};
constexpr std::array maturity_german{"Grundlagen"sv, "fortgeschritten"sv, "erfahren"sv};
constexpr std::array audience_german{"B2B"sv, "B2C"sv};
constexpr std::array cadence_german{"wöchentlich"sv, "monatlich"sv, "vierteljährlich"sv};

static_assert(channel_german.size() == channel_names.size());
static_assert(level_german.size() == level_names.size());
static_assert(maturity_german.size() == maturity_names.size());
static_assert(audience_german.size() == audience_names.size());
static_assert(cadence_german.size() == cadence_names.size());

} // namespace

bool needs_consent(Channel channel) {
    switch (channel) {
    case Channel::email:
    case Channel::sms:
    case Channel::push:
    case Channel::messaging:
    case Channel::phone:
        return true;
    default:
        return false;
    }
}

template <> std::span<const std::string_view> names<Channel>() {
    return channel_names;
}
template <> std::span<const std::string_view> names<Level>() {
    return level_names;
}
template <> std::span<const std::string_view> names<Maturity>() {
    return maturity_names;
}
template <> std::span<const std::string_view> names<Audience>() {
    return audience_names;
}
template <> std::span<const std::string_view> names<Reach>() {
    return reach_names;
}
template <> std::span<const std::string_view> names<Unit>() {
    return unit_names;
}
template <> std::span<const std::string_view> names<Direction>() {
    return direction_names;
}
template <> std::span<const std::string_view> names<Cadence>() {
    return cadence_names;
}
template <> std::span<const std::string_view> names<Reading>() {
    return reading_names;
}
template <> std::span<const std::string_view> names<RoadmapKind>() {
    return kind_names;
}
template <> std::span<const std::string_view> names<TargetRule>() {
    return target_rule_names;
}
template <> std::span<const std::string_view> names<Consent>() {
    return consent_names;
}
template <> std::span<const std::string_view> names<StepKind>() {
    return step_kind_names;
}

namespace {

template <typename Enum, std::size_t N>
std::string_view spoken(Enum value, std::string_view language,
                        const std::array<std::string_view, N>& german) {
    return language == "de" ? german[static_cast<std::size_t>(value)] : name(value);
}

} // namespace

std::string_view spoken_name(Channel value, std::string_view language) {
    return spoken(value, language, channel_german);
}
std::string_view spoken_name(Level value, std::string_view language) {
    return spoken(value, language, level_german);
}
std::string_view spoken_name(Maturity value, std::string_view language) {
    return spoken(value, language, maturity_german);
}
std::string_view spoken_name(Audience value, std::string_view language) {
    return spoken(value, language, audience_german);
}
std::string_view spoken_name(Cadence value, std::string_view language) {
    return spoken(value, language, cadence_german);
}

} // namespace strat::model
