// The budget split by the roadmap's rule: the reserve off the top, tactics by cost level,
// channels and phases within a tactic; whole units that add up at every level.

#include "engine/budget.hpp"
#include "engine/campaign.hpp"

#include <doctest/doctest.h>

#include <numeric>

using namespace strat;
using model::Channel;
using model::Level;

namespace {

engine::TacticEntry tactic(std::string id, Level cost, std::vector<Channel> channels) {
    engine::TacticEntry t;
    t.id = id;
    t.name = id;
    t.cost = cost;
    t.channels = std::move(channels);
    return t;
}

/// The shipped base rule: low 1, medium 2, high 4; reserve 10%; pilot 30%, scale 70%.
model::BudgetRule base_rule() {
    model::BudgetRule rule;
    rule.weights = {{Level::low, 1}, {Level::medium, 2}, {Level::high, 4}};
    rule.reserve = 10;
    rule.pilot = 30;
    rule.scale = 70;
    return rule;
}

std::vector<engine::TacticEntry> three_tactics() {
    return {
        tactic("winback", Level::low, {Channel::email, Channel::sms}),
        tactic("loyalty", Level::medium, {Channel::email}),
        tactic("retarget", Level::high, {Channel::paid_social, Channel::display, Channel::email})};
}

} // namespace

TEST_CASE("largest remainder: whole units that add up, ties to the earlier part") {
    CHECK(engine::largest_remainder(10, {1, 1, 1}) == std::vector<long long>{4, 3, 3});
    CHECK(engine::largest_remainder(100, {1, 2, 4}) == std::vector<long long>{14, 29, 57});
    CHECK(engine::largest_remainder(7, {0, 1}) == std::vector<long long>{0, 7});
    CHECK(engine::largest_remainder(5, {0, 0}) == std::vector<long long>{0, 0});
    CHECK(engine::largest_remainder(0, {1, 2}) == std::vector<long long>{0, 0});
}

TEST_CASE("an amount is split by reserve, cost level, channel and phase, adding up exactly") {
    auto split = engine::split_budget(base_rule(), three_tactics(), 40000, "EUR");
    CHECK(split.total == 40000);
    CHECK(split.currency == "EUR");
    CHECK(split.reserve == 4000);
    REQUIRE(split.tactics.size() == 3);
    // 36000 by weights 1:2:4 = 5142.86, 10285.71, 20571.43: the .86 gets the spare unit
    CHECK(split.tactics[0].units == 5143);
    CHECK(split.tactics[1].units == 10286);
    CHECK(split.tactics[2].units == 20571);
    CHECK(split.reserve + split.tactics[0].units + split.tactics[1].units +
              split.tactics[2].units ==
          40000);
    CHECK(split.tactics[0].channels[0].units == 2572); // email: 5143 / 2, the odd unit first
    CHECK(split.tactics[0].channels[1].units == 2571); // sms
    CHECK(split.tactics[2].channels[0].units == 6857);
    CHECK(split.tactics[2].channels[1].units == 6857);
    CHECK(split.tactics[2].channels[2].units == 6857);
    CHECK(split.tactics[0].pilot == 1543); // 30% of 5143 = 1542.9
    CHECK(split.tactics[0].scale == 3600);
    CHECK(split.tactics[2].pilot == 6171); // 30% of 20571 = 6171.3
    CHECK(split.tactics[2].scale == 14400);
}

TEST_CASE("without an amount the split is in tenths of a percent of 100%") {
    auto split = engine::split_budget(base_rule(), three_tactics(), std::nullopt, "EUR");
    CHECK_FALSE(split.amount);
    CHECK(split.currency.empty());
    CHECK(split.total == 1000);
    CHECK(split.reserve == 100);
    CHECK(split.tactics[0].units == 129); // 12.9%
    CHECK(split.tactics[1].units == 257); // 25.7%
    CHECK(split.tactics[2].units == 514); // 51.4%
}

TEST_CASE("an amount that the rounding cannot split evenly still adds up") {
    auto rule = base_rule();
    rule.reserve = 15;
    for (long long amount : {1LL, 7LL, 99LL, 1001LL, 123457LL}) {
        auto split = engine::split_budget(rule, three_tactics(), amount, "CHF");
        long long sum = split.reserve;
        for (const auto& t : split.tactics) {
            sum += t.units;
            CHECK(t.pilot + t.scale == t.units);
            long long channels = 0;
            for (const auto& c : t.channels)
                channels += c.units;
            CHECK(channels == t.units);
        }
        CHECK(sum == amount);
    }
}

TEST_CASE("with no tactic the whole amount is the reserve") {
    auto split = engine::split_budget(base_rule(), {}, 500, "GBP");
    CHECK(split.reserve == 500);
    CHECK(split.tactics.empty());
}

TEST_CASE("currencies strat accepts") {
    CHECK(engine::known_currency("EUR"));
    CHECK(engine::known_currency("USD"));
    CHECK_FALSE(engine::known_currency("eur"));
    CHECK_FALSE(engine::known_currency("XYZ"));
}
