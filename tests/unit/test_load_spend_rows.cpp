// Spend rows in a review's actuals (issue 15): `spend:TACTIC[:CHANNEL]` rows in CSV, also
// in a German export, and a `spend:` list in YAML; an unknown tactic, a negative amount and
// a currency other than the campaign's are errors at the field that is wrong.

#include "helpers.hpp"
#include "load/campaign_budget.hpp"
#include "load/campaign_file.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace strat;

namespace {

const std::vector<std::string> kpis{"sql_count"};
const load::SpendCheck euro{{"ads", "webinars"}, "EUR"};

/// "tactic/channel date amount" per spend row.
std::string rows(const load::LoadedActuals& loaded) {
    std::string out;
    for (const model::Spend& s : loaded.spend)
        out += fmt::format("{}/{} {} {:g}\n", s.tactic, s.channel, s.date.text, s.amount);
    return out;
}

} // namespace

TEST_CASE("spend rows sit beside KPI rows in CSV, with or without a channel and currency") {
    load::LoadedActuals loaded =
        load::parse_actuals_text("a.csv",
                                 "kpi,date,value\n"
                                 "sql_count,2026-03-31,18\n"
                                 "spend:ads,2026-03-15,1200\n"
                                 "spend:ads:paid_search,2026-03-20,2400.50 EUR\n",
                                 kpis, &euro);
    CHECK(test::brief(loaded.diagnostics) == "");
    CHECK(loaded.actuals.size() == 1);
    CHECK(rows(loaded) == "ads/ 2026-03-15 1200\nads/paid_search 2026-03-20 2400.5\n");
    CHECK(loaded.spend_currency == "EUR");
}

TEST_CASE("a German export writes the spend with a decimal comma and German dates") {
    load::LoadedActuals loaded = load::parse_actuals_text("a.csv",
                                                          "kpi;date;value\n"
                                                          "spend:webinars;31.3.2026;2.400,50 EUR\n"
                                                          "spend:ads;1.4.2026;1200.5\n",
                                                          kpis, &euro);
    CHECK(rows(loaded) == "webinars/ 2026-03-31 2400.5\n");
    CHECK(test::brief(loaded.diagnostics) ==
          "3:20: [E101 wrong-type] `1200.5` has a decimal point; a German export writes "
          "2.500,50\n");
}

TEST_CASE("bad spend rows: unknown tactic, channel, negative amount, other currency") {
    load::LoadedActuals loaded = load::parse_actuals_text("a.csv",
                                                          "kpi,date,value\n"
                                                          "spend:adz,2026-03-15,1200\n"
                                                          "spend:ads:telly,2026-03-15,1200\n"
                                                          "spend:ads,2026-03-15,-200\n"
                                                          "spend:ads,2026-03-15,300 USD\n"
                                                          "spend:ads,2026-03-15,300 euro\n"
                                                          "spend:ads,15.3.2026,300\n"
                                                          "spend:,2026-03-15,300\n",
                                                          kpis, &euro);
    CHECK(loaded.spend.empty());
    CHECK(test::brief(loaded.diagnostics) ==
          "2:7: [E208 unknown-tactic] tactic `adz` is not in the campaign (did you mean "
          "`ads`?)\n"
          "3:11: [E104 invalid-value] `telly` is not a channel\n"
          "4:22: [E107 out-of-range] the spend `-200` is below zero\n"
          "5:26: [E104 invalid-value] the spend is in USD, but the campaign's budget is in EUR\n"
          "6:26: [E104 invalid-value] `euro` is not a currency code\n"
          "7:11: [E104 invalid-value] `15.3.2026` is not a date\n"
          "8:7: [E102 missing-field] the spend row names no tactic\n");
    const model::Diagnostic& currency = loaded.diagnostics.items()[3];
    CHECK(currency.hint == "convert the amount to EUR and write it in EUR");
}

TEST_CASE("without a campaign currency, every spend row names the same one or none") {
    load::SpendCheck any{{"ads"}, ""};
    load::LoadedActuals loaded = load::parse_actuals_text("a.csv",
                                                          "kpi,date,value\n"
                                                          "spend:ads,2026-03-15,100\n"
                                                          "spend:ads,2026-03-16,100 CHF\n"
                                                          "spend:ads,2026-03-17,100 EUR\n",
                                                          kpis, &any);
    CHECK(loaded.spend.size() == 2);
    CHECK(loaded.spend_currency == "CHF");
    CHECK(test::brief(loaded.diagnostics) ==
          "4:26: [E104 invalid-value] the spend is in EUR, but earlier spend rows are in CHF\n");
}

TEST_CASE("YAML actuals list spend as `spend:`, and a file of spend only needs no `actuals`") {
    load::LoadedActuals loaded =
        load::parse_actuals_text("a.yaml",
                                 "spend:\n"
                                 "  - {tactic: webinars, date: 2026-03-31, amount: 900}\n"
                                 "  - {tactic: ads, channel: display, date: 2026-03-31, amount: "
                                 "50.5, currency: EUR}\n"
                                 "  - {tactic: ads, date: 2026-03-31, amount: 5, currency: GBP}\n",
                                 kpis, &euro);
    CHECK(rows(loaded) == "webinars/ 2026-03-31 900\nads/display 2026-03-31 50.5\n");
    CHECK(test::brief(loaded.diagnostics) ==
          "4:58: [E104 invalid-value] the spend is in GBP, but the campaign's budget is in EUR\n");
}

TEST_CASE("without a spend check, a spend row is an unknown KPI as before") {
    load::LoadedActuals loaded =
        load::parse_actuals_text("a.csv", "kpi,date,value\nspend:ads,2026-03-15,100\n", kpis);
    CHECK(test::brief(loaded.diagnostics) ==
          "2:1: [E209 unknown-kpi] KPI `spend:ads` is not in the campaign\n");
}
