// Issue 15, batch: an answers file's `clients` list, read with positions and exact
// diagnostics; a file with one company reads as before (no clients).

#include "helpers.hpp"
#include "load/answers_file.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

using namespace strat;

namespace {

/// The diagnostics, then per client "name industry/goal @line:col answers... market start".
std::string clients(std::string text) {
    load::LoadedAnswers loaded = load::parse_answers_text("workshop.yaml", std::move(text));
    std::string out = test::brief(loaded.diagnostics);
    if (!loaded.answers)
        return out;
    for (const model::Client& c : loaded.answers->clients) {
        out += fmt::format("{} {}/{} @{}:{}", c.name.id, c.industry.id, c.goal.id, c.where.line,
                           c.where.column);
        for (const model::GivenAnswer& a : c.scope.answers)
            out += fmt::format(" {}={}@{}:{}", a.question.id, a.option.id, a.question.where.line,
                               a.question.where.column);
        if (c.market)
            out += " market " + c.market->id;
        if (c.start)
            out += " start " + c.start->id;
        out += '\n';
    }
    return out;
}

} // namespace

TEST_CASE("batch: a workshop file's clients, in file order, with their positions") {
    CHECK(clients("strat_answers: 1\n"
                  "answers: {ret_budget: low}\n"
                  "clients:\n"
                  "  - name: alpine-hotels\n"
                  "    industry: travel\n"
                  "    goal: retention\n"
                  "    answers: {ret_consent: most}\n"
                  "  - {name: ledgerly, industry: saas, goal: leads, market: de, "
                  "start: 2027-01-04}\n") ==
          "alpine-hotels travel/retention @4:5 ret_consent=most@7:15\n"
          "ledgerly saas/leads @8:5 market de start 2027-01-04\n");
}

TEST_CASE("batch: a file with one company has no clients") {
    CHECK(clients("strat_answers: 1\nanswers: {ret_budget: low}\n").empty());
}

TEST_CASE("batch: a client's name names its files, so it is given once") {
    CHECK(clients("strat_answers: 1\n"
                  "clients:\n"
                  "  - {name: acme, industry: travel, goal: retention}\n"
                  "  - {name: acme, industry: saas, goal: retention}\n") ==
          "4:12: [E201 duplicate-id] client `acme` is named twice (first at line 3)\n"
          "acme travel/retention @3:5\n"
          "acme saas/retention @4:5\n");
}

TEST_CASE("batch: a client without a goal, with an unknown key or a start that is no date") {
    CHECK(clients("strat_answers: 1\n"
                  "clients:\n"
                  "  - {name: acme, industry: travel, gaol: retention, start: 2027-02-30}\n") ==
          "3:5: [E102 missing-field] client is missing the required key `goal`\n"
          "3:36: [E103 unknown-key] unknown key `gaol` in client\n"
          "3:60: [E104 invalid-value] start `2027-02-30` is not a date from 1970-01-01 to "
          "9999-12-31\n"
          "acme travel/ @3:5 start 2027-02-30\n");
}
