// The dashboard's lookup of a row's campaign and KPI: every pair of the campaigns read is
// found at its place, with one lookup; other pairs are not found.

#include "cli/actuals_reader.hpp"
#include "dashboard_fixture.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <vector>

using namespace strat;

namespace {

std::string found(const cli::KpiKeys& keys, std::string_view campaign, std::string_view kpi) {
    cli::KpiKeys::Found f = keys.find(campaign, kpi);
    if (f.campaign == engine::DashboardBuilder::npos)
        return "none";
    return fmt::format("{}/{}", f.campaign, f.kpi);
}

} // namespace

TEST_CASE("KPI keys: a campaign's key and KPI id find both, other pairs nothing") {
    test::dashboard::Fixture f;
    const model::CampaignRecord* c = &*f.loaded.campaign.campaign;
    engine::DashboardBuilder builder({{"shop", c, &f.loaded.extras.tactics, &f.index},
                                      {"shopk", c, &f.loaded.extras.tactics, &f.index},
                                      {"", c, &f.loaded.extras.tactics, &f.index}},
                                     std::nullopt, std::nullopt);
    cli::KpiKeys keys(builder);
    CHECK(found(keys, "shop", "k1") == "0/0");
    CHECK(found(keys, "shop", "k3") == "0/2");
    CHECK(found(keys, "shopk", "k2") == "1/1");
    CHECK(found(keys, "", "k3") == "2/2");
    // The same bytes split elsewhere, a missing KPI, a prefix, a different case.
    CHECK(found(keys, "shopk", "1") == "none");
    CHECK(found(keys, "sho", "pk1") == "none");
    CHECK(found(keys, "shop", "k4") == "none");
    CHECK(found(keys, "shop", "k") == "none");
    CHECK(found(keys, "Shop", "k1") == "none");
    CHECK(found(keys, "", "") == "none");
}

TEST_CASE("KPI keys: thousands of campaigns, every pair at its place") {
    test::dashboard::Fixture f;
    const model::CampaignRecord* c = &*f.loaded.campaign.campaign;
    std::vector<engine::DashboardSource> sources;
    const std::size_t campaigns = 3000;
    for (std::size_t i = 0; i < campaigns; ++i)
        sources.push_back({fmt::format("campaign-with-a-long-name-{:04}", i), c,
                           &f.loaded.extras.tactics, &f.index});
    engine::DashboardBuilder builder(std::move(sources), std::nullopt, std::nullopt);
    cli::KpiKeys keys(builder);
    std::size_t right = 0, wrong = 0;
    for (std::size_t i = 0; i < campaigns; ++i)
        for (std::size_t k = 0; k < 3; ++k) {
            std::string key = fmt::format("campaign-with-a-long-name-{:04}", i);
            right += found(keys, key, fmt::format("k{}", k + 1)) == fmt::format("{}/{}", i, k);
            wrong += found(keys, key, fmt::format("k{}", k + 4)) != "none";
        }
    CHECK(right == 3 * campaigns);
    CHECK(wrong == 0);
}
