#include "load/spend_rows.hpp"

#include "load/number.hpp"
#include "model/vocabulary.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::load {
namespace {

constexpr std::string_view prefix = "spend:";

constexpr const char* amount_hint =
    "write the amount as a plain number, optionally followed by the currency code: 2500 or "
    "2500 EUR";

/// The part of `field` from byte `from`, with its column moved along.
SpendField part(SpendField field, std::size_t from, std::size_t count = std::string_view::npos) {
    SpendField out{field.text.substr(from, count), field.where};
    out.where.column += static_cast<int>(util::code_points(field.text.substr(0, from)));
    return out;
}

bool currency_code(std::string_view text) {
    return text.size() == 3 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

bool is_spend_key(std::string_view kpi) {
    return kpi.starts_with(prefix);
}

bool SpendRows::tactic_ok(model::Diagnostics& d, SpendField tactic) {
    if (std::find(check_.tactics.begin(), check_.tactics.end(), tactic.text) !=
        check_.tactics.end())
        return true;
    if (tactic.text.empty()) {
        d.add("missing-field", tactic.where, "the spend row names no tactic",
              "write `spend:TACTIC` with the id of one of the campaign's tactics");
        return false;
    }
    d.add("unknown-tactic", tactic.where,
          fmt::format("tactic `{}` is not in the campaign{}", tactic.text,
                      util::did_you_mean(tactic.text, check_.tactics)),
          fmt::format("the campaign's tactics: {}", util::join(check_.tactics)));
    return false;
}

bool SpendRows::channel_ok(model::Diagnostics& d, SpendField channel) {
    if (channel.text.empty() || model::parse<model::Channel>(channel.text))
        return true;
    d.add("invalid-value", channel.where,
          fmt::format("`{}` is not a channel{}", channel.text,
                      util::did_you_mean(channel.text, model::names<model::Channel>())),
          "name a channel as strat-roadmap(5) spells it (email, paid_search, ...), or leave it "
          "out to book the spend on the tactic as a whole");
    return false;
}

bool SpendRows::currency_ok(model::Diagnostics& d, SpendField currency) {
    if (currency.text.empty())
        return true;
    if (!currency_code(currency.text)) {
        d.add("invalid-value", currency.where,
              fmt::format("`{}` is not a currency code", currency.text),
              "write the ISO 4217 code in capitals, such as EUR, or leave it out");
        return false;
    }
    const std::string& expected = check_.currency.empty() ? first_currency_ : check_.currency;
    if (expected.empty()) {
        first_currency_ = currency.text;
        return true;
    }
    if (currency.text == expected)
        return true;
    d.add("invalid-value", currency.where,
          check_.currency.empty()
              ? fmt::format("the spend is in {}, but earlier spend rows are in {}", currency.text,
                            expected)
              : fmt::format("the spend is in {}, but the campaign's budget is in {}", currency.text,
                            expected),
          fmt::format("convert the amount to {} and write it in {}", expected, expected));
    return false;
}

void SpendRows::add(model::Diagnostics& d, SpendField tactic, SpendField channel, SpendField date,
                    SpendField amount, SpendField currency, std::vector<model::Spend>& out) {
    if (!tactic_ok(d, tactic) || !channel_ok(d, channel))
        return;
    auto day = model::parse_day(date.text);
    if (!day) {
        d.add("invalid-value", date.where, fmt::format("`{}` is not a date", date.text),
              "write dates as YYYY-MM-DD");
        return;
    }
    ParsedNumber number = parse_number(amount.text);
    if (!number) {
        d.add(number.problem == NumberProblem::out_of_range ? "out-of-range" : "wrong-type",
              amount.where,
              fmt::format("`{}` {}", amount.text, number_problem_words(number.problem)),
              amount_hint);
        return;
    }
    if (number.value < 0) {
        d.add("out-of-range", amount.where,
              fmt::format("the spend `{}` is below zero", amount.text),
              "write what was spent as zero or more; for a refund, lower the row it refunds");
        return;
    }
    if (!currency_ok(d, currency))
        return;
    out.push_back(
        {std::string(tactic.text), std::string(channel.text), tactic.where, *day, number.value});
}

void SpendRows::add_csv(model::Diagnostics& d, SpendField key, SpendField date, SpendField value,
                        CsvDialect dialect, std::vector<model::Spend>& out) {
    SpendField rest = part(key, prefix.size());
    std::size_t colon = rest.text.find(':');
    SpendField tactic = part(rest, 0, colon);
    SpendField channel =
        colon == std::string_view::npos ? SpendField{{}, rest.where} : part(rest, colon + 1);
    // "2500 EUR": the amount, then the currency code after the last space.
    std::size_t space = value.text.find_last_of(' ');
    SpendField amount = value;
    SpendField currency{{}, value.where};
    if (space != std::string_view::npos) {
        amount = part(value, 0, value.text.find_last_not_of(' ', space) + 1);
        currency = part(value, space + 1);
    }
    std::string german_amount, german_date;
    if (dialect == CsvDialect::german) {
        std::optional<std::string> number = number_from_german(amount.text);
        if (!number) {
            d.add("wrong-type", amount.where,
                  fmt::format("`{}` has a decimal point; a German export writes 2.500,50",
                              amount.text),
                  "write the decimal with a comma, or the whole file with `,` between fields");
            return;
        }
        german_amount = std::move(*number);
        amount.text = german_amount;
        german_date = date_from_german(date.text);
        if (model::parse_day(german_date)) // else the error quotes the date as written
            date.text = german_date;
    }
    add(d, tactic, channel, date, amount, currency, out);
}

void SpendRows::add_yaml(model::Diagnostics& d, SpendField tactic, SpendField channel,
                         SpendField date, SpendField amount, SpendField currency,
                         std::vector<model::Spend>& out) {
    add(d, tactic, channel, date, amount, currency, out);
}

} // namespace strat::load
