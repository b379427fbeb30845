// The budget split in every format of the campaign document. Machine formats keep whole
// units (an amount, or tenths of a percent written as a decimal percent); text for people
// goes through the catalogue and util::locale.

#include "output/budget.hpp"

#include "model/vocabulary_labels.hpp"
#include "output/html.hpp"
#include "output/json.hpp"
#include "output/yaml_writer.hpp"
#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <optional>

namespace strat::output {
namespace {

using util::tr;

template <typename... Args> std::string say(std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...);
}

/// "12.9": tenths of a percent as a decimal, the machine form of a share.
std::string share_digits(long long tenths) {
    return tenths % 10 == 0 ? std::to_string(tenths / 10)
                            : fmt::format("{}.{}", tenths / 10, tenths % 10);
}

std::string channels_text(const engine::BudgetSplit& split, const engine::BudgetTacticShare& t) {
    std::string out;
    for (const engine::BudgetChannelShare& c : t.channels) {
        if (!out.empty())
            out += ", ";
        out += fmt::format("{} {}", model::spoken_name(c.channel, util::language()),
                           budget_units_text(split, c.units));
    }
    return out;
}

/// The whole units a campaign document holds as text ("40000"), or none for anything else.
std::optional<long long> whole_units(const std::string& text) {
    long long units = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), units);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return units;
}

/// The escaped Markdown of a tactic's name in a table cell.
std::string cell(std::string_view text) {
    std::string out;
    for (char c : text)
        out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
    return out;
}

} // namespace

std::string budget_units_text(const engine::BudgetSplit& split, long long units) {
    if (!split.amount)
        return util::percent(static_cast<double>(units) / 10.0, 1, util::language());
    return fmt::format("{} {}", util::decimal(static_cast<double>(units), 0, util::language()),
                       split.currency);
}

std::vector<ChannelBudgetRow> channel_budget_rows(const engine::CampaignDocument& d) {
    std::vector<ChannelBudgetRow> rows;
    if (!d.budget_split || !d.budget_split->amount)
        return rows;
    const engine::BudgetSplit& s = *d.budget_split;
    for (const engine::BudgetLine& line : d.budget_by_channel) {
        const std::string& v = line.amount.value.value_or("");
        std::optional<long long> units = whole_units(v);
        std::string amount = units ? budget_units_text(s, *units) : v;
        rows.push_back(
            {std::string(model::spoken_name(line.channel, util::language())), amount, false});
    }
    rows.push_back({std::string(tr("Reserve for tests")), budget_units_text(s, s.reserve), false});
    rows.push_back({std::string(tr("Total")), budget_units_text(s, s.total), true});
    return rows;
}

std::string budget_total_text(const engine::CampaignDocument& d) {
    if (d.budget_split && d.budget_split->amount)
        return budget_units_text(*d.budget_split, d.budget_split->total);
    // An amount that the roadmap has no rule to split is still an amount in a currency.
    std::optional<long long> units = whole_units(d.budget_total.value.value_or(""));
    if (!units || !d.currency.value)
        return {};
    return fmt::format("{} {}", util::decimal(static_cast<double>(*units), 0, util::language()),
                       *d.currency.value);
}

std::string budget_rule_text(const model::BudgetRule& rule) {
    auto weight = [&](model::Level level) {
        auto it = rule.weights.find(level);
        return it == rule.weights.end() ? 0 : it->second;
    };
    return say("The rule (the roadmap's convention, not a measured figure): {} of the budget is "
               "held back as a reserve for tests; the rest goes to the tactics by their cost "
               "level, weighted low {}, medium {}, high {}; a tactic's share is split equally "
               "between its channels, {} in its pilot (before the go/no-go review) "
               "and {} when it scales. Amounts are whole units that add up to the total.",
               util::percent(rule.reserve, 0, util::language()), weight(model::Level::low),
               weight(model::Level::medium), weight(model::Level::high),
               util::percent(rule.pilot, 0, util::language()),
               util::percent(rule.scale, 0, util::language()));
}

void write_budget_markdown(std::ostream& out, const engine::CampaignDocument& d) {
    if (!d.budget_split)
        return;
    const engine::BudgetSplit& s = *d.budget_split;
    out << (s.amount ? tr("\n### Split by tactic\n\n")
                     : tr("\n### Split by tactic, in shares\n\nGive `strat plan --budget-amount` "
                          "for amounts.\n\n"));
    out << tr(
        "| Tactic | Cost | Share | Pilot | Scale | By channel |\n|---|---|---|---|---|---|\n");
    auto units = [&](long long u) { return budget_units_text(s, u); };
    for (const engine::BudgetTacticShare& t : s.tactics)
        out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", cell(t.name),
                           model::spoken_name(t.cost, util::language()), units(t.units),
                           units(t.pilot), units(t.scale), channels_text(s, t));
    out << fmt::format("| {} |  | {} |  |  |  |\n", tr("Reserve for tests"), units(s.reserve));
    out << fmt::format("| **{}** |  | **{}** |  |  |  |\n", tr("Total"), units(s.total));
    out << "\n" << budget_rule_text(s.rule) << "\n";
}

void write_budget_html(std::ostream& out, const engine::CampaignDocument& d) {
    if (!d.budget_split)
        return;
    const engine::BudgetSplit& s = *d.budget_split;
    auto units = [&](long long u) { return html_text(budget_units_text(s, u)); };
    // A bar's length is its line's part of the whole, so bars compare across lines.
    auto bar = [&](long long u) {
        return fmt::format(
            "<span class=\"budget-bar\" style=\"display:block;height:0.7em;"
            "background:#3b6ea5;width:{:.1f}%\"></span>",
            s.total > 0 ? 100.0 * static_cast<double>(u) / static_cast<double>(s.total) : 0.0);
    };
    out << (s.amount ? tr("<h3>Split by tactic</h3>\n")
                     : tr("<h3>Split by tactic, in shares</h3>\n<p>Give <code>strat plan "
                          "--budget-amount</code> for amounts.</p>\n"));
    out << tr("<table class=\"budget-split\"><thead><tr><th>Tactic</th><th>Share</th><th>Pilot</th>"
              "<th>Scale</th><th>By channel</th></tr></thead><tbody>\n");
    for (const engine::BudgetTacticShare& t : s.tactics)
        out << fmt::format("<tr><td>{}</td><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                           html_text(t.name), units(t.units), bar(t.units), units(t.pilot),
                           units(t.scale), html_text(channels_text(s, t)));
    out << fmt::format("<tr><td>{}</td><td>{}{}</td><td></td><td></td><td></td></tr>\n",
                       html_text(tr("Reserve for tests")), units(s.reserve), bar(s.reserve));
    out << "</tbody></table>\n";
    out << fmt::format("<p>{}</p>\n", html_text(budget_rule_text(s.rule)));
}

void write_budget_yaml(YamlWriter& y, const engine::CampaignDocument& d) {
    if (!d.budget_split)
        return;
    const engine::BudgetSplit& s = *d.budget_split;
    auto put = [&](long long u) {
        if (s.amount)
            y.number(u);
        else
            y.figure(share_digits(u));
    };
    y.key("rule").begin_map();
    y.key("weights").begin_map();
    for (const auto& [level, points] : s.rule.weights)
        y.key(model::name(level)).number(points);
    y.end_map();
    y.key("reserve").number(s.rule.reserve);
    y.key("pilot").number(s.rule.pilot);
    y.key("scale").number(s.rule.scale);
    y.end_map();
    y.key("unit").word(s.amount ? std::string_view(s.currency) : std::string_view("percent"));
    y.key("reserve");
    put(s.reserve);
    y.key("by_tactic").begin_list(s.tactics.empty());
    for (const engine::BudgetTacticShare& t : s.tactics) {
        y.begin_map();
        y.key("tactic").word(t.tactic);
        y.key("cost").word(model::name(t.cost));
        y.key("share");
        put(t.units);
        y.key("pilot");
        put(t.pilot);
        y.key("scale");
        put(t.scale);
        y.key("by_channel").begin_map(t.channels.empty());
        for (const engine::BudgetChannelShare& c : t.channels) {
            y.key(model::name(c.channel));
            put(c.units);
        }
        y.end_map();
        y.end_map();
    }
    y.end_list();
}

void write_budget_json(JsonWriter& json, const engine::CampaignDocument& d) {
    if (!d.budget_split)
        return;
    const engine::BudgetSplit& s = *d.budget_split;
    auto put = [&](std::string_view key, long long u) {
        json.key(key);
        if (s.amount)
            json.value(static_cast<std::int64_t>(u));
        else
            json.raw_number(share_digits(u));
    };
    json.key("rule").begin_object();
    json.key("weights").begin_object();
    for (const auto& [level, points] : s.rule.weights)
        json.field(model::name(level), points);
    json.end_object();
    json.field("reserve", s.rule.reserve);
    json.field("pilot", s.rule.pilot);
    json.field("scale", s.rule.scale);
    json.end_object();
    json.field("unit", s.amount ? std::string_view(s.currency) : std::string_view("percent"));
    put("reserve", s.reserve);
    json.key("by_tactic").begin_array();
    for (const engine::BudgetTacticShare& t : s.tactics) {
        json.begin_object();
        json.field("tactic", std::string_view(t.tactic));
        json.field("cost", model::name(t.cost));
        put("share", t.units);
        put("pilot", t.pilot);
        put("scale", t.scale);
        json.key("by_channel").begin_object();
        for (const engine::BudgetChannelShare& c : t.channels)
            put(model::name(c.channel), c.units);
        json.end_object();
        json.end_object();
    }
    json.end_array();
}

} // namespace strat::output
