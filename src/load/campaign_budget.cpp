#include "load/campaign_budget.hpp"

#include "load/number.hpp"

#include <fmt/format.h>

namespace strat::load {
namespace {

/// A number the team may have quoted (`total: "40000"`, as strat writes it); null is none.
std::optional<double> amount(const Node* node, std::string_view key, model::Diagnostics& d) {
    if (node == nullptr || node->is_null())
        return std::nullopt;
    ParsedNumber n = node->is_scalar() ? parse_number(node->text) : ParsedNumber{};
    if (n && n.value >= 0)
        return n.value;
    d.add("wrong-type", node->where,
          fmt::format("`budget.{}` must be an amount of zero or more, found `{}`", key,
                      node->is_scalar() ? node->text : "a list or mapping"),
          "write a plain number such as 40000 (no currency sign or thousands separator), or "
          "null");
    return std::nullopt;
}

std::string word(const Node* node) {
    return node && node->is_scalar() ? std::string(node->text) : std::string();
}

} // namespace

std::optional<model::RecordedBudget> read_campaign_budget(const Node& root,
                                                          model::Diagnostics& diagnostics) {
    const Node* budget = root.is_mapping() ? root.get("budget") : nullptr;
    if (budget == nullptr || !budget->is_mapping())
        return std::nullopt;
    model::RecordedBudget out;
    out.total = amount(budget->get("total"), "total", diagnostics);
    std::string unit = word(budget->get("unit"));
    out.in_percent = unit.empty() || unit == "percent";
    out.currency = word(budget->get("currency"));
    if (out.currency.empty() && !out.in_percent)
        out.currency = unit;
    out.reserve = amount(budget->get("reserve"), "reserve", diagnostics);
    const Node* tactics = budget->get("by_tactic");
    if (tactics == nullptr || !tactics->is_sequence())
        return out;
    for (const Node* t : tactics->items) {
        if (!t->is_mapping())
            continue;
        std::string id = word(t->get("tactic"));
        std::optional<double> share = amount(t->get("share"), "by_tactic.share", diagnostics);
        if (!id.empty() && share)
            out.tactics.push_back({std::move(id), *share});
    }
    return out;
}

} // namespace strat::load
