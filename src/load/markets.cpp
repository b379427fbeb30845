#include "load/markets.hpp"

#include <fmt/format.h>

#include <unordered_map>

namespace strat::load {

namespace schema {
namespace {

using model::names;
using T = Type;

const auto channels = names<model::Channel>();

const Field rule_fields[] = {
    {"id", T::slug, true, "Stable id, unique within its market."},
    {"topic", T::choice, true,
     "consent, double_opt_in, existing_customer, opt_out, quiet_hours, service_message, "
     "required_element or record_keeping.",
     T::string, names<model::RuleTopic>()},
    {"channels", T::list, false, "Channels the rule applies to (none: every plan).", T::choice,
     channels},
    {"audience", T::choice, false, "Only when selling to this audience: b2b or b2c.", T::string,
     names<model::Audience>()},
    {"needs", T::choice, false,
     "For topic consent: prior_consent, presumed_consent or no_objection.", T::string,
     names<model::ContactBasis>()},
    {"element", T::choice, false,
     "For topic required_element: unsubscribe_link, sender_identity, postal_address, ad_label, "
     "imprint or cancel_button.",
     T::string, names<model::Element>()},
    {"conditions", T::list, false, "Conditions that must all hold, e.g. of an exception.",
     T::string},
    {"hours", T::string, false, "For topic quiet_hours: when contacts are allowed, HH:MM-HH:MM."},
    {"forbids", T::list, false, "Practices a plan leaves out in this market.", T::choice,
     names<model::Practice>()},
    {"text", T::string, true, "The rule in plain words, as a plan's checklist shows it."},
    {"source", T::string, false,
     "The legal source: statute and section, e.g. \"UWG § 7 Abs. 3\" (validate requires it)."},
    {"url", T::string, false, "Where the source's wording can be read."},
    {"source_note", T::string, false,
     "Anything a reader must know about the source, e.g. that its text was read second-hand."},
};
const Field market_fields[] = {
    {"id", T::slug, true, "The market id used by `--market`, e.g. de."},
    {"name", T::string, true, "Display name, e.g. Germany."},
    {"description", T::string, false, "Which law the rules come from."},
    {"rules", T::list, true, "The market's rules.", T::object, {}, &market_rule, 1},
};

} // namespace

const Object market{"market", "A market and the legal rules a plan for it follows.", market_fields};
const Object market_rule{"rule", "One legal rule of a market, with its source.", rule_fields};

} // namespace schema

namespace {

bool digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

/// "HH:MM-HH:MM" with hours 00-24 and minutes 00-59.
bool valid_hours(std::string_view text) {
    auto time = [](std::string_view t) {
        if (t.size() != 5 || t[2] != ':' || !digits(t.substr(0, 2)) || !digits(t.substr(3)))
            return false;
        int h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
        return h <= 24 && m <= 59;
    };
    return text.size() == 11 && text[5] == '-' && time(text.substr(0, 5)) && time(text.substr(6));
}

model::MarketRule read_rule(Fields& f) {
    using model::RuleTopic;
    model::MarketRule r;
    r.where = f.where();
    r.path = f.path();
    r.id = f.slug("id").id;
    r.topic = f.choice<RuleTopic>("topic").value_or(RuleTopic::consent);
    r.channels = f.choices<model::Channel>("channels");
    r.audience = f.choice<model::Audience>("audience");
    r.needs = f.choice<model::ContactBasis>("needs");
    r.element = f.choice<model::Element>("element");
    for (const Node* item : f.list_items("conditions")) {
        if (item->is_scalar())
            r.conditions.emplace_back(item->text);
        else
            f.diagnostics()
                .add("wrong-type", item->where, "a condition must be text, found a collection",
                     "write each condition as one line of text")
                .data_path = f.key_path("conditions");
    }
    r.hours = f.text("hours");
    r.forbids = f.choices<model::Practice>("forbids");
    r.text = f.text("text");
    r.source = f.text("source");
    r.url = f.text("url");
    r.source_note = f.text("source_note");

    bool has_topic = f.get("topic") != nullptr;
    auto needs_key = [&](std::string_view key, std::string_view topic, std::string hint) {
        if (has_topic && name(r.topic) == topic && !f.get(key))
            f.diagnostics()
                .add("missing-field", f.where(), fmt::format("a `{}` rule needs `{}`", topic, key),
                     std::move(hint))
                .data_path = f.path();
        else if (f.get(key) && name(r.topic) != topic)
            f.diagnostics()
                .add("unknown-key", f.key_where(key),
                     fmt::format("`{}` has no meaning for `{}` rules", key, name(r.topic)),
                     fmt::format("`{}` belongs to `{}` rules only", key, topic))
                .data_path = f.key_path(key);
    };
    needs_key("needs", "consent",
              "say what a marketing contact needs: prior_consent, presumed_consent or "
              "no_objection");
    needs_key("element", "required_element",
              "name the element: unsubscribe_link, sender_identity, postal_address, ad_label, "
              "imprint or cancel_button");
    needs_key("hours", "quiet_hours", "write when contacts are allowed, e.g. `hours: 08:00-21:00`");
    if (!r.hours.empty() && !valid_hours(r.hours))
        f.diagnostics()
            .add("invalid-value", f.where("hours"),
                 fmt::format("`hours` must be written HH:MM-HH:MM, found `{}`", r.hours),
                 "e.g. `hours: 08:00-21:00` (local time of the person contacted)")
            .data_path = f.key_path("hours");
    return r;
}

} // namespace

std::vector<model::Market> read_markets(Fields& roadmap) {
    std::vector<model::Market> markets;
    auto items = roadmap.list_items("markets");
    for (std::size_t i = 0; i < items.size(); ++i) {
        Fields m(roadmap.diagnostics(), *items[i], schema::market, roadmap.item_path("markets", i));
        if (!m.ok())
            continue;
        model::Market market;
        market.where = m.where();
        market.path = m.path();
        market.id = m.slug("id").id;
        market.name = m.text("name");
        market.description = m.text("description");
        auto rules = m.list_items("rules");
        for (std::size_t j = 0; j < rules.size(); ++j) {
            Fields r(m.diagnostics(), *rules[j], schema::market_rule, m.item_path("rules", j));
            if (r.ok())
                market.rules.push_back(read_rule(r));
        }
        markets.push_back(std::move(market));
    }
    return markets;
}

namespace {

template <typename Item>
void unique(const std::vector<Item>& items, std::string_view kind, std::string_view within,
            model::Diagnostics& diagnostics) {
    std::unordered_map<std::string_view, const Item*> seen;
    for (const Item& item : items) {
        if (item.id.empty())
            continue;
        auto [it, fresh] = seen.emplace(item.id, &item);
        if (!fresh)
            diagnostics
                .add("duplicate-id", item.where,
                     fmt::format("{} id `{}` is already used{} at line {}", kind, item.id, within,
                                 it->second->where.line),
                     fmt::format("give each {} its own id", kind))
                .data_path = item.path;
    }
}

} // namespace

void check_market_ids(const std::vector<model::Market>& markets, model::Diagnostics& diagnostics) {
    unique(markets, "market", "", diagnostics);
    for (const model::Market& m : markets)
        unique(m.rules, "rule", fmt::format(" in market `{}`", m.id), diagnostics);
}

} // namespace strat::load
