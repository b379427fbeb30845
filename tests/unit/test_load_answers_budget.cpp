// Issue 15, budget in answers files: `budget_amount` and `currency` at the top level and
// per client, checked as the flags are (a positive whole amount up to 10^12, a code strat
// knows, each only with the other), each problem at its position with a hint.

#include "load/answers_file.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace strat;

namespace {

/// The diagnostics with their hints, then the file's budget and each client's.
std::string budgets(std::string text) {
    load::LoadedAnswers loaded = load::parse_answers_text("answers.yaml", std::move(text));
    std::string out;
    for (const model::Diagnostic& d : loaded.diagnostics.items())
        out += fmt::format("{}:{}: [{} {}] {}\n  hint: {}\n", d.where.line, d.where.column,
                           d.rule->code, d.rule->name, d.message, d.hint);
    if (!loaded.answers)
        return out;
    auto show = [](const std::optional<model::BudgetAmount>& b) {
        return b ? fmt::format("{} {} @{}:{}", b->amount, b->currency, b->where.line,
                               b->where.column)
                 : std::string("none");
    };
    out += "file: " + show(loaded.answers->budget) + '\n';
    for (const model::Client& c : loaded.answers->clients)
        out += c.name.id + ": " + show(c.budget) + '\n';
    return out;
}

} // namespace

TEST_CASE("budget in answers: the top level's amount and currency, with the amount's position") {
    CHECK(budgets("strat_answers: 1\nbudget_amount: 40000\ncurrency: EUR\n") ==
          "file: 40000 EUR @2:16\n");
}

TEST_CASE("budget in answers: none given is no budget") {
    CHECK(budgets("strat_answers: 1\nmarket: de\n") == "file: none\n");
}

TEST_CASE("budget in answers: each client its own, the file's apart") {
    CHECK(budgets("strat_answers: 1\n"
                  "budget_amount: 10000\n"
                  "currency: EUR\n"
                  "clients:\n"
                  "  - {name: alpine-hotels, industry: travel, goal: retention,\n"
                  "     budget_amount: 40000, currency: CHF}\n"
                  "  - name: ledgerly\n"
                  "    industry: saas\n"
                  "    goal: leads\n"
                  "    budget_amount: 25000\n"
                  "    currency: GBP\n"
                  "  - {name: plain, industry: retail, goal: retention}\n") ==
          "file: 10000 EUR @2:16\n"
          "alpine-hotels: 40000 CHF @6:21\n"
          "ledgerly: 25000 GBP @10:20\n"
          "plain: none\n");
}

TEST_CASE("budget in answers: an amount without its currency, and a currency without one") {
    CHECK(budgets("strat_answers: 1\n"
                  "budget_amount: 40000\n"
                  "clients:\n"
                  "  - {name: acme, industry: travel, goal: retention, currency: EUR}\n") ==
          "2:1: [E102 missing-field] `budget_amount` is given without `currency`\n"
          "  hint: add `currency:` beside it, the amount's ISO 4217 code: EUR, CHF, GBP or "
          "USD\n"
          "4:53: [E102 missing-field] `currency` is given without `budget_amount`\n"
          "  hint: add `budget_amount:` beside it, the budget in whole units, or drop "
          "`currency`\n"
          "file: none\n"
          "acme: none\n");
}

TEST_CASE("budget in answers: a currency strat does not know, or not in capitals") {
    CHECK(budgets("strat_answers: 1\nbudget_amount: 40000\ncurrency: EURO\n") ==
          "3:11: [E104 invalid-value] currency `EURO` is not one strat knows\n"
          "  hint: write the ISO 4217 code of the amount: EUR, CHF, GBP or USD\n"
          "file: none\n");
    CHECK(budgets("strat_answers: 1\nbudget_amount: 40000\ncurrency: chf\n") ==
          "3:11: [E104 invalid-value] currency `chf` is not written in capitals\n"
          "  hint: write `currency: CHF`\n"
          "file: none\n");
    CHECK(budgets("strat_answers: 1\nbudget_amount: 40000\ncurrency: [EUR]\n") ==
          "3:11: [E101 wrong-type] `currency` must be one code, such as EUR\n"
          "  hint: write the ISO 4217 code of the amount: EUR, CHF, GBP or USD\n"
          "file: none\n");
}

TEST_CASE("budget in answers: the amount is a positive whole number up to 10^12") {
    CHECK(budgets("strat_answers: 1\nbudget_amount: 0\ncurrency: EUR\n") ==
          "2:16: [E107 out-of-range] `budget_amount` is 0; it must be from 1 to 1000000000000\n"
          "  hint: give a number from 1 to 1000000000000\n"
          "file: none\n");
    CHECK(budgets("strat_answers: 1\nbudget_amount: -500\ncurrency: EUR\n") ==
          "2:16: [E107 out-of-range] `budget_amount` is -500; it must be from 1 to "
          "1000000000000\n"
          "  hint: give a number from 1 to 1000000000000\n"
          "file: none\n");
    CHECK(budgets("strat_answers: 1\nbudget_amount: 40000.50\ncurrency: EUR\n") ==
          "2:16: [E101 wrong-type] `budget_amount` must be a whole number, found `40000.50`\n"
          "  hint: write a whole number, without a decimal part: 40000\n"
          "file: none\n");
    CHECK(budgets("strat_answers: 1\nbudget_amount: \"40000\"\ncurrency: EUR\n") ==
          "2:16: [E101 wrong-type] `budget_amount` must be a whole number, found the quoted "
          "text `\"40000\"`\n"
          "  hint: remove the quotes\n"
          "file: none\n");
}
