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
