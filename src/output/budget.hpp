#pragma once
/// Renderers of the campaign's budget split (engine/budget.hpp), one per format; the
/// campaign renderers call them inside their budget section.

#include "engine/campaign.hpp"

#include <ostream>
#include <string>

namespace strat::output {

class YamlWriter;
class JsonWriter;

/// The split as a table (tactics, the reserve, the total), then the rule in words.
void write_budget_markdown(std::ostream& out, const engine::CampaignDocument& doc);
/// The same table with a horizontal bar per line (plain HTML and CSS, no script).
void write_budget_html(std::ostream& out, const engine::CampaignDocument& doc);
/// The keys `rule`, `unit`, `reserve` and `by_tactic` inside the skeleton's `budget:` map.
void write_budget_yaml(YamlWriter& y, const engine::CampaignDocument& doc);
/// The same keys inside the JSON `budget` object.
void write_budget_json(JsonWriter& json, const engine::CampaignDocument& doc);

/// The rule in words: reserve, weights per cost level, phases, rounding.
std::string budget_rule_text(const model::BudgetRule& rule);
/// A line of the split as people read it: "5143 EUR", or "12.9%" without an amount.
std::string budget_units_text(const engine::BudgetSplit& split, long long units);

/// With an amount, the "By channel" table's lines as people read them, each with its
/// currency: every channel, then the reserve for tests and the total, so the lines add up
/// to the total shown. Empty without an amount (the channels are then to fill in).
struct ChannelBudgetRow {
    std::string
        label; ///< a channel as spoken, "Reserve for tests" or "Total", in the run's language
    std::string amount;
    bool total = false;
};
std::vector<ChannelBudgetRow> channel_budget_rows(const engine::CampaignDocument& doc);
/// The budget's total as people read it ("40.000 EUR"), split or not; empty without an
/// amount.
std::string budget_total_text(const engine::CampaignDocument& doc);

} // namespace strat::output
