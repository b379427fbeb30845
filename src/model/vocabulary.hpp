#pragma once
/// The fixed words of the roadmap format: channels, levels, units. Each enum has a
/// table of its spellings so the loader, the printers and the schema share one list.

#include <optional>
#include <span>
#include <string_view>

namespace strat::model {

enum class Channel {
    email,
    sms,
    push,
    messaging,
    phone,
    in_app,
    web,
    direct_mail,
    paid_search,
    paid_social,
    display,
    social,
    seo,
    content,
    video,
    tv,
    radio,
    out_of_home,
    print,
    events,
    webinar,
    sales,
    partners,
    affiliates,
    pr,
    referral,
    community,
    point_of_sale
};

/// Direct, personal channels: marketing through them needs the person's consent
/// (ePrivacy / PECR treat consent per channel).
bool needs_consent(Channel channel);

enum class Level { low, medium, high };                ///< budget, effort, cost
enum class Maturity { basic, intermediate, advanced }; ///< team maturity and data skills
enum class Audience { b2b, b2c };                      ///< whom a company sells to
enum class Reach { b2c, b2b, both };                   ///< whom an industry sells to
enum class Unit { percent, count, currency, ratio, days, score };
enum class Direction { up, down };
enum class Cadence { weekly, monthly, quarterly };
/// What a count KPI's reading is: the count of its own period (leads, new customers), so
/// results add up over readings; or a level on the reading's date (subscribers, active
/// members), so results are what it gained.
enum class Reading { period, level };
enum class RoadmapKind { industry, base };
enum class TargetRule { benchmark, relative, absolute };
/// Marketing consent for one channel. `partial` also stands for "not known": it is never
/// treated as held (marketing goes only to contacts with recorded consent).
enum class Consent { none, partial, held };
/// A step's purpose: service messages (confirmations, legally required notices, dunning)
/// carry no advertising and need no marketing consent.
enum class StepKind { marketing, service };

/// The spellings of an enum, in declaration order (index = enum value).
template <typename Enum> std::span<const std::string_view> names();

template <typename Enum> std::string_view name(Enum value) {
    return names<Enum>()[static_cast<std::size_t>(value)];
}

/// The word people read for a value in `language`: in English the spelling itself (the
/// ids read as words), in German a German word ("E-Mail" for email, "mittel" for medium).
/// Machine formats (YAML and JSON values, ids) keep `name`.
std::string_view spoken_name(Channel value, std::string_view language);
std::string_view spoken_name(Level value, std::string_view language);
std::string_view spoken_name(Maturity value, std::string_view language);
std::string_view spoken_name(Audience value, std::string_view language);
std::string_view spoken_name(Cadence value, std::string_view language);

template <typename Enum> std::optional<Enum> parse(std::string_view text) {
    auto all = names<Enum>();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i] == text)
            return static_cast<Enum>(i);
    return std::nullopt;
}

} // namespace strat::model
