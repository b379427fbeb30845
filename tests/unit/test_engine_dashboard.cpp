// The dashboard engine: the readings it keeps judge every KPI exactly as all of them do
// (review's rule), the series stays bounded, tactic status is read from the campaign,
// the roll-up and the next steps, on inline campaigns.

#include "dashboard_fixture.hpp"
#include "engine/dashboard.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <random>

using namespace strat;

namespace {

using namespace test::dashboard;

/// Everything review says about one KPI, as text.
std::string judged(const engine::KpiReview& r) {
    return fmt::format("{} {} {} latest={} {} later={} overdue={} why={}", r.kpi->id,
                       engine::status_name(r.status), engine::trend_name(r.trend),
                       r.latest ? r.latest->date.text : "-", r.latest ? r.latest->value_text : "-",
                       r.not_due_yet ? r.not_due_yet->date.text : "-", r.overdue, r.why);
}

} // namespace

TEST_CASE("the readings a KPI keeps judge it as all of its readings do") {
    // Random campaigns and readings (out of order, several a day, before the start and
    // after the end), judged at random dates or at the latest reading: review on the kept
    // readings must say exactly what review on all of them says.
    std::mt19937 random(20260701);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    const char* cadences[] = {"weekly", "monthly", "quarterly", "null"};
    for (int round = 0; round < 400; ++round) {
        long long start = day("2026-01-01").days + pick(0, 60);
        long long end = start + pick(10, 400);
        std::string text = fmt::format(
            "strat_campaign: 1\nname: r\nindustry: {{id: shop}}\ngoal: {{id: retention}}\n"
            "dates: {{start: {}, end: {}}}\nkpis:\n",
            pick(0, 9) == 0 ? "null" : model::day_from_days(start).text,
            pick(0, 9) == 0 ? "null" : model::day_from_days(end).text);
        for (int k = 0; k < 4; ++k)
            text += fmt::format("  - {{id: k{}, better: {}, cadence: {}, baseline: 10, "
                                "target: {}}}\n",
                                k, k % 2 ? "down" : "up", cadences[k], k % 2 ? 5 : 20);
        Fixture f(text);
        const model::CampaignRecord& campaign = *f.loaded.campaign.campaign;
        std::optional<model::Day> as_of;
        if (pick(0, 2) == 0)
            as_of = model::day_from_days(start + pick(-20, 450));
        engine::DashboardBuilder b = f.builder(as_of);
        std::vector<model::Actual> all;
        int rows = pick(0, 300);
        long long spread = pick(1, 500);
        for (int i = 0; i < rows; ++i) {
            auto k = static_cast<std::size_t>(pick(0, 3));
            model::Day d = model::day_from_days(start - 30 + pick(0, static_cast<int>(spread)));
            double value = pick(0, 300) / 10.0;
            std::string shown = fmt::format("{:g}", value);
            all.push_back({campaign.kpis[k].id, {}, d, value, shown});
            b.add(0, k, d.days, value, shown);
        }
        engine::Dashboard dashboard = b.finish();
        std::optional<model::Day> date = dashboard.as_of;
        engine::Review expected = engine::review_campaign(campaign, all, f.index, date);
        const engine::Review& got = dashboard.campaigns[0].review;
        for (std::size_t k = 0; k < expected.kpis.size(); ++k)
            CHECK(judged(got.kpis[k]) == judged(expected.kpis[k]));
    }
}

TEST_CASE("a KPI's series keeps at most 64 readings, the same whatever the row order") {
    std::vector<std::pair<long long, double>> readings;
    for (int i = 0; i < 1000; ++i)
        readings.emplace_back(day("2026-01-01").days + i, i);
    auto series = [](const std::vector<std::pair<long long, double>>& rows) {
        engine::KpiActuals a(31, std::nullopt, std::nullopt);
        long long latest = 0;
        std::uint64_t order = 0;
        for (auto [d, v] : rows) {
            latest = std::max(latest, d);
            a.add(d, order++, v, "x", latest);
        }
        std::string out;
        for (const engine::SeriesPoint& p : a.series())
            out += fmt::format("{}={} ", model::day_from_days(p.day).text, p.value);
        return std::make_pair(a.series().size(), out);
    };
    auto [n, forward] = series(readings);
    CHECK(n <= engine::KpiActuals::max_points);
    CHECK(n >= engine::KpiActuals::max_points / 2);
    std::reverse(readings.begin(), readings.end());
    CHECK(series(readings).second == forward);
    std::shuffle(readings.begin(), readings.end(), std::mt19937(7));
    CHECK(series(readings).second == forward);
    // The latest reading of each span: the last one is always shown.
    CHECK(forward.ends_with("2028-09-26=999 "));
}

TEST_CASE("the series starts at --since") {
    engine::KpiActuals a(31, std::nullopt, day("2026-02-01").days);
    a.add(day("2026-01-15").days, 0, 1, "1", day("2026-01-15").days);
    a.add(day("2026-02-15").days, 1, 2, "2", day("2026-02-15").days);
    REQUIRE(a.series().size() == 1);
    CHECK(a.series()[0].value == 2);
    CHECK(a.count() == 2);
}

TEST_CASE("a value written with many digits is kept as written, as readings come and go") {
    // Texts over 20 bytes are kept apart from the readings and tidied as readings leave;
    // readings 99 and 100 are kept twice (the latest left and the latest by the end).
    long long first = day("2026-01-01").days;
    engine::KpiActuals a(7, first + 100, std::nullopt);
    for (int i = 0; i < 300; ++i)
        a.add(first + i, static_cast<std::uint64_t>(i), i,
              i % 3 == 0 ? fmt::format("{}", i) : fmt::format("{}.{:0>30}", i, 1), first + i);
    auto kept = [&](std::optional<long long> judged_at) {
        std::vector<model::Actual> out;
        a.append_to(out, "k", judged_at);
        std::string text;
        for (const model::Actual& r : out)
            text += r.date.text + "=" + r.value_text + " ";
        return text;
    };
    CHECK(kept(first + 100) == "2026-04-10=99 2026-04-11=100.000000000000000000000000000001 "
                               "2026-10-27=299.000000000000000000000000000001 ");
    CHECK(kept(std::nullopt) == "2026-10-26=298.000000000000000000000000000001 "
                                "2026-10-27=299.000000000000000000000000000001 ");
}

TEST_CASE("tactic status: design, active, paused or done, with the date it changed") {
    Loaded ok = load_campaign(campaign_text());
    CHECK(test::brief(ok.campaign.diagnostics) == "");
    REQUIRE(ok.extras.tactics.size() == 2);
    CHECK(ok.extras.tactics[0].state == load::TacticState::active);
    CHECK(ok.extras.tactics[0].since->text == "2026-01-01");
    CHECK(ok.extras.tactics[1].strategy == "keep");
    CHECK(ok.extras.goal_where.line == 4);

    Loaded bad = load_campaign(campaign_text("s", "activ") + "extra: 1\n");
    CHECK(test::brief(bad.campaign.diagnostics) ==
          "12:51: [E104 invalid-value] `status` must be design, active, paused or done, found "
          "`activ` (did you mean `active`?)\n");

    std::string text = campaign_text();
    text.replace(text.find("status: active, "), 16, "");
    text.replace(text.find("status_since: 2026-02-01"), 24, "status_since: 2026-02-30");
    Loaded worse = load_campaign(text);
    CHECK(test::brief(worse.campaign.diagnostics) ==
          "11:57: [E102 missing-field] tactic `t1` has a `status_since` but no `status`\n"
          "12:73: [E104 invalid-value] `status_since` must be a date YYYY-MM-DD, found "
          "`2026-02-30`\n");
}

TEST_CASE("roll-up: a strategy needs attention when a KPI it owns is off track") {
    Fixture f;
    engine::DashboardBuilder b = f.builder();
    add(b, "k1", "2026-01-31", 11); // 10% of the way at a third of the period: off track
    add(b, "k1", "2026-02-28", 12);
    add(b, "k2", "2026-02-25", 40); // 80%: on track
    add(b, "k3", "2026-02-28", 4.6);
    engine::Dashboard d = b.finish();
    REQUIRE(d.campaigns.size() == 1);
    const engine::DashboardCampaign& c = d.campaigns[0];
    CHECK(d.as_of->text == "2026-02-28");
    REQUIRE(c.strategies.size() == 1);
    CHECK(c.strategies[0].id == "keep");
    CHECK(c.strategies[0].kpis == std::vector<std::size_t>{0, 1});
    CHECK(c.goal_kpis == std::vector<std::size_t>{2});
    CHECK(c.strategies[0].health == engine::Health::needs_attention);
    CHECK(c.strategies[0].attention == std::vector<std::string>{"K one (k1) is off-track"});
    CHECK(d.strategies == 1);
    CHECK(d.on_track == 0);
    REQUIRE(d.next.size() == 2);
    CHECK(c.review.advice[d.next[0].advice].review->kpi->id == "k1");
    CHECK(c.review.advice[d.next[1].advice].review->kpi->id == "k3");
    CHECK(d.next[0].behind > d.next[1].behind);
}

TEST_CASE("an active tactic with no actual for its KPIs in the last cadence period") {
    Fixture f(campaign_text("Shop retention", "active"));
    engine::DashboardBuilder b = f.builder(day("2026-03-10"));
    add(b, "k1", "2026-02-28", 16); // t1's KPI, in the period that ended 2026-02-28
    add(b, "k2", "2026-02-20", 25); // t2's KPI: its last period is 2026-02-26 .. 03-04
    engine::Dashboard d = b.finish();
    const engine::DashboardCampaign& c = d.campaigns[0];
    CHECK_FALSE(c.tactics[0].unmeasured);
    CHECK(c.tactics[1].unmeasured);
    CHECK(c.tactics[1].why == "active, but no actual for k2 since 2026-02-26");
    CHECK(c.strategies[0].health == engine::Health::needs_attention);
    CHECK(c.strategies[0].attention.back() ==
          "tactic t2 is active, but no actual for k2 since 2026-02-26");
}
