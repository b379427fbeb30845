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

#include "load/campaign_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace {

/// A directory of actuals files, removed at the end.
struct Dir {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / fmt::format("strat-actuals-reader-{}", ::getpid());
    Dir() { std::filesystem::create_directories(path); }
    ~Dir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string write(std::string_view name, std::string_view text) const {
        std::string file = (path / name).string();
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }
};

/// The dashboard fixture's campaign (tactics t1, t2) with a budget in EUR, and the
/// actuals files read into its builder as `strat dashboard` reads them.
struct SpendReading {
    test::dashboard::Fixture f;
    model::RecordedBudget budget;
    Dir dir;
    std::istringstream in;
    std::ostringstream out, err;
    cli::Io io{
        in, out, err, false, false, false, [](const std::string&) -> std::optional<std::string> {
            return {};
        }};
    cli::GlobalOptions global;
    cli::Context context{io, global};
    engine::DashboardBuilder builder{
        {{"shop", &*f.loaded.campaign.campaign, &f.loaded.extras.tactics, &f.index, &budget}},
        test::dashboard::day("2026-02-28"),
        std::nullopt};
    cli::ActualsReader reader{builder, context, false, true};

    SpendReading() {
        budget.currency = "EUR";
        budget.tactics = {{"t1", 6000}, {"t2", 3000}};
    }
    /// The diagnostics, without file names, as "line:col: [code rule] message".
    std::string problems() const { return test::brief(reader.diagnostics); }
    std::string spend() {
        engine::Dashboard d = builder.finish();
        const std::optional<engine::SpendReview>& s = d.campaigns[0].spend;
        if (!s)
            return "none";
        std::string text;
        for (const engine::TacticSpend& t : s->tactics)
            text += fmt::format("{} {:g} ({} rows); ", t.tactic, t.spent, t.rows);
        return text + fmt::format("later {}; {}", s->later_rows, s->currency);
    }
};

} // namespace

TEST_CASE("dashboard-spend-rows: the dashboard reads the spend rows review reads, CSV and YAML") {
    // Before: every spend row was "KPI `spend:t1` is not in campaign `shop`" (E209).
    SpendReading r;
    r.reader.read(r.dir.write("shop.csv", "kpi,date,value\n"
                                          "k1,2026-01-31,14\n"
                                          "spend:t1,2026-01-15,1200\n"
                                          "spend:t2:email,2026-02-01,300.50 EUR\n"
                                          "spend:t1,2026-03-15,999\n"));
    r.reader.read(r.dir.write("shop.yaml", "actuals:\n"
                                           "  - {kpi: k2, date: 2026-02-25, value: 40}\n"
                                           "spend:\n"
                                           "  - {tactic: t2, date: 2026-02-10, amount: 100}\n"));
    r.reader.read(r.dir.write("de.csv", "kpi;date;value\nspend:t1:web;10.02.2026;2.000,25 EUR\n"));
    CHECK(r.problems() == "");
    CHECK(r.spend() == "t1 3200.25 (2 rows); t2 400.5 (2 rows); later 1; EUR");
}

TEST_CASE("dashboard-spend-rows: bad spend rows are errors at their field, as in review") {
    SpendReading r;
    r.reader.read(r.dir.write("shop.csv", "campaign,kpi,date,value\n"
                                          "shop,spend:t4,2026-01-15,100\n"
                                          "shop,spend:t1:fax,2026-01-15,100\n"
                                          "shop,spend:t1,2026-01-15,-250\n"
                                          "shop,spend:t1,2026-01-15,250 USD\n"
                                          "shop,spend:t1,15.01.2026,250\n"
                                          "shop,spend:,2026-01-15,250\n"));
    r.reader.read(r.dir.write("de.csv", "kpi;date;value\nspend:t1;1.2.2026;2500.50\n"));
    r.reader.read(
        r.dir.write("shop.yaml", "spend:\n  - {tactic: t3, date: 2026-02-10, amount: 100}\n"));
    CHECK(r.problems() ==
          "2:12: [E208 unknown-tactic] tactic `t4` is not in the campaign (did you mean `t1`?)\n"
          "3:15: [E104 invalid-value] `fax` is not a channel\n"
          "4:26: [E107 out-of-range] the spend `-250` is below zero\n"
          "5:30: [E104 invalid-value] the spend is in USD, but the campaign's budget is in EUR\n"
          "6:15: [E104 invalid-value] `15.01.2026` is not a date\n"
          "7:12: [E102 missing-field] the spend row names no tactic\n"
          "2:19: [E101 wrong-type] `2500.50` has a decimal point; a German export writes "
          "2.500,50\n"
          "2:14: [E208 unknown-tactic] tactic `t3` is not in the campaign (did you mean "
          "`t1`?)\n");
    CHECK(r.spend() == "none");
}
