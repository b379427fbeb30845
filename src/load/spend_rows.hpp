#pragma once
/// Spend rows of a review's actuals (strat-review(1), "Spend"): in CSV a row whose `kpi`
/// column reads `spend:TACTIC` or `spend:TACTIC:CHANNEL`, its value an amount with an
/// optional currency code (`2500` or `2500 EUR`); in YAML a list `spend:` of
/// {tactic, channel, date, amount, currency}. Checked against the campaign's tactics and
/// currency, so a typo or another currency is an error where it is written.

#include "load/csv.hpp"
#include "model/diagnostic.hpp"
#include "model/spend.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace strat::load {

/// What spend rows are checked against: the campaign's tactic ids and its currency (empty
/// when the campaign has none: then every row must name the same one, or none).
struct SpendCheck {
    std::vector<std::string> tactics;
    std::string currency;
};

/// True for a `kpi` field that is a spend row's key (`spend:...`): no KPI id has a colon.
bool is_spend_key(std::string_view kpi);

/// A field as written, with where it starts.
struct SpendField {
    std::string_view text;
    model::Origin where;
};

class SpendRows {
public:
    explicit SpendRows(const SpendCheck& check) : check_(check) {}

    /// A CSV row: `key` is the whole `spend:...` field; `value` the amount as written, in a
    /// German export in its German form (2.500,50 EUR).
    void add_csv(model::Diagnostics& d, SpendField key, SpendField date, SpendField value,
                 CsvDialect dialect, std::vector<model::Spend>& out);
    /// A YAML entry's fields (an absent one has empty text and the entry's position).
    void add_yaml(model::Diagnostics& d, SpendField tactic, SpendField channel, SpendField date,
                  SpendField amount, SpendField currency, std::vector<model::Spend>& out);

    /// The currency the rows are in: the campaign's, else the first one a row names.
    const std::string& currency() const {
        return check_.currency.empty() ? first_currency_ : check_.currency;
    }

private:
    bool tactic_ok(model::Diagnostics& d, SpendField tactic);
    bool channel_ok(model::Diagnostics& d, SpendField channel);
    bool currency_ok(model::Diagnostics& d, SpendField currency);
    void add(model::Diagnostics& d, SpendField tactic, SpendField channel, SpendField date,
             SpendField amount, SpendField currency, std::vector<model::Spend>& out);

    const SpendCheck& check_;
    std::string first_currency_; ///< of a campaign without one: the first row's
};

} // namespace strat::load
