#include "load/campaign_tactics.hpp"

#include "util/suggest.hpp"

#include <fmt/format.h>

#include <array>

namespace strat::load {
namespace {

constexpr std::array<std::string_view, 4> state_names = {"design", "active", "paused", "done"};

std::string scalar(const Node* node) {
    return node && node->is_scalar() ? std::string(node->text) : std::string();
}

std::optional<TacticState> read_state(const Node* node, model::Diagnostics& d) {
    if (node == nullptr || node->is_null())
        return std::nullopt;
    if (node->is_scalar())
        for (std::size_t i = 0; i < state_names.size(); ++i)
            if (node->text == state_names[i])
                return static_cast<TacticState>(i);
    std::string found = node->is_scalar() ? std::string(node->text) : "a list or mapping";
    d.add("invalid-value", node->where,
          fmt::format("`status` must be design, active, paused or done, found `{}`{}", found,
                      util::did_you_mean(found, std::span<const std::string_view>(state_names))),
          "the tactic's state: design (being prepared), active (running), paused or done");
    return std::nullopt;
}

std::optional<model::Day> read_since(const Node* node, model::Diagnostics& d) {
    if (node == nullptr || node->is_null())
        return std::nullopt;
    if (auto day = node->is_scalar() ? model::parse_day(node->text) : std::nullopt)
        return day;
    d.add("invalid-value", node->where,
          fmt::format("`status_since` must be a date YYYY-MM-DD, found `{}`",
                      node->is_scalar() ? node->text : "a list or mapping"),
          "write the date the status last changed as YYYY-MM-DD");
    return std::nullopt;
}

/// A role filled in: a name or team, a list of them, or null (still to fill in).
std::vector<std::string> read_names(const Node* node, std::string_view key, model::Diagnostics& d) {
    std::vector<std::string> out;
    if (node == nullptr || node->is_null())
        return out;
    if (node->is_scalar()) {
        out.emplace_back(node->text);
        return out;
    }
    bool list = node->is_sequence();
    if (list)
        for (const Node* item : node->items) {
            if (!item->is_scalar()) {
                list = false;
                break;
            }
            out.emplace_back(item->text);
        }
    if (list)
        return out;
    d.add("wrong-type", node->where,
          fmt::format("`{}` must be a name, a list of names, or null", key),
          "write e.g. `" + std::string(key) + ": [data protection, legal]`");
    return {};
}

} // namespace

std::string_view state_name(TacticState state) {
    return state_names[static_cast<std::size_t>(state)];
}

CampaignExtras read_campaign_extras(const Node& root, model::Diagnostics& diagnostics) {
    CampaignExtras out;
    if (!root.is_mapping())
        return out;
    if (const Node* goal = root.get("goal")) {
        const Node* id = goal->is_mapping() ? goal->get("id") : nullptr;
        out.goal_where = id ? id->where : goal->where;
    }
    const Node* tactics = root.get("tactics");
    if (tactics == nullptr || !tactics->is_sequence())
        return out;
    for (const Node* item : tactics->items) {
        if (!item->is_mapping())
            continue;
        CampaignTactic t;
        t.id = scalar(item->get("id"));
        t.where = item->where;
        t.name = scalar(item->get("name"));
        t.strategy = scalar(item->get("strategy"));
        t.state = read_state(item->get("status"), diagnostics);
        const Node* since = item->get("status_since");
        t.since = read_since(since, diagnostics);
        if (since && !since->is_null() && !t.state && !item->get("status"))
            diagnostics.add("missing-field", since->where,
                            fmt::format("tactic `{}` has a `status_since` but no `status`", t.id),
                            "add `status: design|active|paused|done` beside it");
        t.owner = read_names(item->get("owner"), "owner", diagnostics);
        t.approver = read_names(item->get("approver"), "approver", diagnostics);
        t.contributors = read_names(item->get("contributors"), "contributors", diagnostics);
        t.informed = read_names(item->get("informed"), "informed", diagnostics);
        out.tactics.push_back(std::move(t));
    }
    return out;
}

} // namespace strat::load
