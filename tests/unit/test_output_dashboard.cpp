// The dashboard's printers on an inline campaign: the text view whole, and hostile
// campaign text shown visibly in text, escaped in HTML and Markdown.

#include "dashboard_fixture.hpp"
#include "output/dashboard.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace strat;
using namespace strat::test::dashboard;

TEST_CASE("dashboard: the text view") {
    Fixture f;
    engine::DashboardBuilder b = f.builder(std::nullopt, day("2026-01-01"));
    add(b, "k1", "2026-01-31", 14);
    add(b, "k1", "2026-02-28", 17);
    add(b, "k2", "2026-02-25", 40);
    std::ostringstream out;
    output::print_dashboard_text(out, b.finish());
    CHECK(out.str() == R"(Strategic dashboard as of 2026-02-28
1 campaign, 1 goal; strategies on track: 1 of 1; 3 actuals read
Each KPI is judged by the rule of strat review; series from 2026-01-01.

What to do next, most behind first:
  nothing: no KPI is off track or at risk

GOAL retention: Retention (1 campaign; strategies on track: 1 of 1)

  shop: Shop retention
    on-track · shop · 2026-01-01 to 2026-03-31, 65% of the period gone
    file shop.yaml

    Strategy "Keep them" (keep)
      on-track
      active since 2026-01-01  T one (t1) · owner: not named yet
      paused since 2026-02-01  T two (t2) · owner: not named yet
      KPI  LATEST  TARGET  SERIES  TREND      STATUS
      k1   17      20      ▄▆      improving  on-track
      k2   40      50      ▇       improving  on-track

    KPIs of the goal that no strategy of the campaign owns:
      KPI  LATEST  TARGET  SERIES  TREND  STATUS
      k3   -       3       -       -      no-data
)");
}

TEST_CASE("dashboard: hostile campaign text is shown visibly in text, escaped in HTML and "
          "Markdown") {
    Fixture f(campaign_text("<script>alert(1)</script> \\u001b[31mred\\u202e"));
    engine::DashboardBuilder b = f.builder();
    add(b, "k1", "2026-01-31", 14);
    engine::Dashboard d = b.finish();
    std::ostringstream text, html, md;
    output::print_dashboard_text(text, d);
    output::print_dashboard_html(html, d);
    output::print_dashboard_markdown(md, d);
    CHECK(text.str().find("shop: <script>alert(1)</script> \\e[31mred\\u{202e}\n") !=
          std::string::npos);
    CHECK(text.str().find('\x1b') == std::string::npos);
    CHECK(html.str().find("<script") == std::string::npos);
    CHECK(html.str().find("shop: &lt;script&gt;alert(1)&lt;/script&gt; \\e[31mred\\u{202e}") !=
          std::string::npos);
    CHECK(md.str().find("shop: \\<script\\>alert(1)\\</script\\> \\\\e\\[31mred\\\\u{202e}") !=
          std::string::npos);
}

TEST_CASE("dashboard: each tactic's owner, and whom to ask about a KPI behind") {
    std::string text = campaign_text();
    auto put = [&](std::string_view from, std::string_view to) {
        std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    };
    // A blank owner is as good as none.
    put("name: T one,", "name: T one, owner: [Ana Lima, CRM team], approver: Bo,");
    put("name: T two,", "name: T two, owner: \"  \",");
    Fixture f(text);
    engine::DashboardBuilder b = f.builder(std::nullopt, day("2026-01-01"));
    add(b, "k1", "2026-02-28", 11);
    add(b, "k2", "2026-02-25", 5);
    engine::Dashboard d = b.finish();
    std::ostringstream out, md, json;
    output::print_dashboard_text(out, d);
    output::print_dashboard_markdown(md, d);
    output::print_dashboard_json(json, d);
    CHECK(out.str().find("     who to ask: Ana Lima, CRM team (t1)\n") != std::string::npos);
    CHECK(out.str().find("     who to ask: not named yet (t2)\n") != std::string::npos);
    CHECK(
        out.str().find("      active since 2026-01-01  T one (t1) · owner: Ana Lima, CRM team\n") !=
        std::string::npos);
    CHECK(
        md.str().find("| T one (`t1`) | Ana Lima, CRM team | active since 2026-01-01 | `k1` |\n") !=
        std::string::npos);
    CHECK(md.str().find("   - who to ask: not named yet (`t2`)\n") != std::string::npos);
    CHECK(json.str().find(R"("roles": {
                "owner": [
                  "Ana Lima",
                  "CRM team"
                ],
                "approver": [
                  "Bo"
                ],
                "contributors": [],
                "informed": []
              })") != std::string::npos);
}

namespace {

struct Language {
    explicit Language(std::string_view lang) { util::set_language(lang); }
    ~Language() { util::set_language("en"); }
};

/// The fixture's campaign with a budget in EUR: t1 6000, t2 3000.
struct SpendFixture {
    Fixture f;
    model::RecordedBudget budget;
    SpendFixture() {
        budget.currency = "EUR";
        budget.tactics = {{"t1", 6000}, {"t2", 3000}};
    }
    engine::DashboardBuilder builder(std::optional<model::Day> as_of = std::nullopt) {
        return engine::DashboardBuilder(
            {{"shop", &*f.loaded.campaign.campaign, &f.loaded.extras.tactics, &f.index, &budget}},
            as_of, std::nullopt);
    }
};

} // namespace

TEST_CASE("dashboard-spend: a campaign's spend to date against the amount planned to date") {
    SpendFixture s;
    engine::DashboardBuilder b = s.builder(day("2026-02-28"));
    add(b, "k1", "2026-01-31", 14);
    b.add_spend(0, "t1", day("2026-01-15").days, 1200, "EUR");
    b.add_spend(0, "t2", day("2026-02-01").days, 300.5, "EUR");
    b.add_spend(0, "t1", day("2026-03-15").days, 999, "EUR"); // after the dashboard date
    engine::Dashboard d = b.finish();
    std::ostringstream text, md, html, json;
    output::print_dashboard_text(text, d);
    output::print_dashboard_markdown(md, d);
    output::print_dashboard_html(html, d);
    output::print_dashboard_json(json, d);
    // 58 of 89 days gone: 9000 EUR × 58/89 planned to date.
    CHECK(text.str().find("    file shop.yaml\n"
                          "    spend to 2026-02-28: 1500.50 EUR of 5865.17 EUR planned to date; "
                          "budget\n"
                          "      9000 EUR\n") != std::string::npos);
    CHECK(md.str().find("`shop.yaml`\n\nspend to 2026-02-28: 1500.50 EUR of 5865.17 EUR planned "
                        "to date; budget 9000 EUR\n") != std::string::npos);
    CHECK(html.str().find("<p class=\"meta spend\">spend to 2026-02-28: 1500.50 EUR of 5865.17 "
                          "EUR planned to date; budget 9000 EUR</p>\n") != std::string::npos);
    std::string j = json.str();
    std::size_t at = j.find("\"spend\": {");
    REQUIRE(at != std::string::npos);
    CHECK(j.substr(at, j.find("\"later_rows\"", at) - at + 15) == R"("spend": {
            "currency": "EUR",
            "budget": "amounts",
            "tactics": [
              {
                "tactic": "t1",
                "spent": 1200,
                "rows": 1,
                "budget": 6000,
                "share": null,
                "planned_to_date": 3910.11
              },
              {
                "tactic": "t2",
                "spent": 300.5,
                "rows": 1,
                "budget": 3000,
                "share": null,
                "planned_to_date": 1955.06
              }
            ],
            "total": {
              "spent": 1500.5,
              "rows": 2,
              "budget": 9000,
              "share": null,
              "planned_to_date": 5865.17
            },
            "later_rows": 1)");
    CHECK(j.find("cost_per_result") == std::string::npos);
}

TEST_CASE("dashboard-spend: the same line in German; without a budget, and without spend") {
    SpendFixture s;
    {
        Language german("de");
        engine::DashboardBuilder b = s.builder(day("2026-02-28"));
        b.add_spend(0, "t1", day("2026-01-15").days, 12500.5, "EUR");
        std::ostringstream text;
        output::print_dashboard_text(text, b.finish());
        CHECK(text.str().find("    Datei shop.yaml\n"
                              "    Ausgaben bis 28.2.2026: 12.500,50 EUR von 5865,17 EUR bis "
                              "heute geplant;\n"
                              "      Budget 9000 EUR\n") != std::string::npos);
    }
    s.budget.tactics.clear();
    engine::DashboardBuilder b = s.builder(day("2026-02-28"));
    b.add_spend(0, "t1", day("2026-01-15").days, 100, "EUR");
    std::ostringstream text;
    output::print_dashboard_text(text, b.finish());
    CHECK(text.str().find("    spend to 2026-02-28: 100 EUR; the campaign file records no "
                          "budget split to\n      hold the spend against\n") != std::string::npos);
    engine::DashboardBuilder none = s.builder(day("2026-02-28"));
    std::ostringstream plain, json;
    engine::Dashboard d = none.finish();
    output::print_dashboard_text(plain, d);
    output::print_dashboard_json(json, d);
    CHECK(plain.str().find("spend") == std::string::npos);
    CHECK(json.str().find("\"spend\": null") != std::string::npos);
}
