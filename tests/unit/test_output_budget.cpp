// The budget split as the brief shows it: the table adds up to the amount (an awkward one,
// so the rounding shows), the reserve and total lines, the rule in words; shares without an
// amount; German words and figures.

#include "engine/budget.hpp"
#include "engine/campaign.hpp"
#include "output/budget.hpp"
#include "util/messages.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace strat;
using model::Channel;
using model::Level;

namespace {

engine::TacticEntry tactic(std::string id, Level cost, std::vector<Channel> channels) {
    engine::TacticEntry t;
    t.id = id;
    t.name = "Tactic " + id;
    t.cost = cost;
    t.channels = std::move(channels);
    return t;
}

engine::CampaignDocument document() {
    engine::CampaignDocument d;
    d.tactics = {tactic("winback", Level::low, {Channel::email, Channel::sms}),
                 tactic("ads", Level::high, {Channel::paid_social})};
    model::BudgetRule rule;
    rule.weights = {{Level::low, 1}, {Level::medium, 2}, {Level::high, 4}};
    rule.reserve = 10;
    rule.pilot = 30;
    rule.scale = 70;
    engine::plan_budget(d, rule);
    return d;
}

std::string markdown(const engine::CampaignDocument& d) {
    std::ostringstream out;
    output::write_budget_markdown(out, d);
    return out.str();
}

} // namespace

TEST_CASE("an awkward amount: every line rounded, the table still adds up to it") {
    auto d = document();
    engine::give_budget_amount(d, 1001, "CHF");
    // 100 reserve (10% of 1001 = 100.1); 901 by 1:4 = 180.2 and 720.8, so 180 and 721
    CHECK(markdown(d) ==
          "\n### Split by tactic\n\n"
          "| Tactic | Cost | Share | Pilot | Scale | By channel |\n|---|---|---|---|---|---|\n"
          "| Tactic winback | low | 180 CHF | 54 CHF | 126 CHF | email 90 CHF, sms 90 CHF |\n"
          "| Tactic ads | high | 721 CHF | 216 CHF | 505 CHF | paid_social 721 CHF |\n"
          "| Reserve for tests |  | 100 CHF |  |  |  |\n"
          "| **Total** |  | **1001 CHF** |  |  |  |\n\n"
          "The rule (the roadmap's convention, not a measured figure): 10% of the budget is "
          "held back as a reserve for tests; the rest goes to the tactics by their cost level, "
          "weighted low 1, medium 2, high 4; a tactic's share is split equally between its "
          "channels, 30% in its pilot (before the go/no-go review) and 70% when it scales. "
          "Amounts are whole units that add up to the total.\n");
    CHECK(d.budget_total.value == "1001");
    CHECK(d.currency.value == "CHF");
}

TEST_CASE("without an amount the table gives shares in percent") {
    std::string text = markdown(document());
    CHECK(text.find("### Split by tactic, in shares") != std::string::npos);
    CHECK(text.find("| Tactic winback | low | 18% | 5.4% | 12.6% | email 9%, sms 9% |") !=
          std::string::npos);
    CHECK(text.find("| Tactic ads | high | 72% | 21.6% | 50.4% | paid_social 72% |") !=
          std::string::npos);
    CHECK(text.find("| Reserve for tests |  | 10% |") != std::string::npos);
}

TEST_CASE("in German: words from the catalogue, figures in German forms") {
    util::set_language("de");
    auto d = document();
    engine::give_budget_amount(d, 40000, "EUR");
    std::string text = markdown(d);
    util::set_language("en");
    CHECK(text.find("### Aufteilung nach Taktik") != std::string::npos);
    CHECK(text.find("| Reserve für Tests |  | 4000 EUR |") != std::string::npos);
    CHECK(text.find("| **Gesamt** |  | **40.000 EUR** |") != std::string::npos);
    CHECK(text.find("Die Regel (eine Konvention der Roadmap, kein gemessener Wert): 10 %") !=
          std::string::npos);
}

TEST_CASE("budget-by-channel-adds-up: the channel table shows the currency, the reserve and "
          "the total, so its lines add up to the total shown") {
    auto d = document();
    for (Channel c : {Channel::email, Channel::sms, Channel::paid_social}) // as the plan lists them
        d.budget_by_channel.push_back({c, {"amount", std::nullopt, false}});
    CHECK(output::channel_budget_rows(d).empty()); // shares only: the channels are to fill in
    CHECK(output::budget_total_text(d).empty());
    engine::give_budget_amount(d, 1001, "CHF");
    std::string rows;
    for (const output::ChannelBudgetRow& r : output::channel_budget_rows(d))
        rows += r.label + ": " + r.amount + (r.total ? " (total)\n" : "\n");
    CHECK(rows == "email: 90 CHF\nsms: 90 CHF\npaid_social: 721 CHF\nReserve for tests: 100 "
                  "CHF\nTotal: 1001 CHF (total)\n");
    CHECK(output::budget_total_text(d) == "1001 CHF");
}
