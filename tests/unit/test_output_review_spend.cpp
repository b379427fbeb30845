// Spend and cost per result in strat review, and each tactic's owner and approver
// (issue 15): the exact text, Markdown, JSON and German.

#include "engine/review_spend.hpp"
#include "helpers.hpp"
#include "load/campaign_tactics.hpp"
#include "output/review.hpp"
#include "util/messages.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <sstream>

using namespace strat;

namespace {

struct Language {
    explicit Language(std::string_view lang) { util::set_language(lang); }
    ~Language() { util::set_language("en"); }
};

model::Day day(std::string_view text) {
    auto d = model::parse_day(text);
    REQUIRE(d);
    return *d;
}

// Leads are moved by `ads` and by `webinars` (through its strategy's KPIs); the click rate
// by `mail` only. Members are a level (`reading: level`), moved by `webinars`.
const char* roadmap_text = R"(strat: 1
id: shop
name: Shop
description: d
goals:
  - {id: leads, name: Leads, description: d, start: q1}
questions:
  - id: q1
    text: Anything?
    help: h
    default: a
    options:
      - {id: a, label: A}
strategies:
  - {id: s, name: S, description: d, goals: [leads], tactics: [ads, webinars, mail],
     kpis: [leads, members]}
tactics:
  - {id: ads, name: Ads, description: d, channels: [paid_search], effort: low, cost: low,
     steps: [{day: 0, action: a}], kpis: [leads]}
  - {id: webinars, name: Webinars, description: d, channels: [events], effort: low,
     cost: low, steps: [{day: 0, action: a}]}
  - {id: mail, name: Mail, description: d, channels: [email], effort: low, cost: low,
     steps: [{day: 0, action: a}], kpis: [click_rate]}
kpis:
  - {id: leads, name: Leads, description: d, unit: count, direction: up}
  - {id: click_rate, name: Click rate, description: d, unit: percent, direction: up}
  - {id: members, name: Members, description: d, unit: count, direction: up, reading: level}
)";

struct Fixture {
    load::RoadmapFile file = test::parse(roadmap_text);
    model::Index index{*file.roadmap};
    model::CampaignRecord campaign;
    std::vector<model::Actual> actuals;
    std::vector<model::Spend> spend;
    std::optional<model::RecordedBudget> budget = model::RecordedBudget{};
    std::vector<load::CampaignTactic> tactics;

    Fixture() {
        campaign.name = "Leads";
        campaign.goal = "leads";
        campaign.start = day("2026-03-01");
        campaign.end = day("2026-05-30");
        campaign.answers = {{"q1", "a"}};
        campaign.strategies = {{"s", 1, 0, true, {}}};
        campaign.chosen_strategies = {"s"};
        campaign.tactics = {"ads", "webinars", "mail"};
        for (auto [id, unit] : {std::pair{"leads", model::Unit::count},
                                std::pair{"click_rate", model::Unit::percent}}) {
            model::CampaignKpi k;
            k.id = id;
            k.unit = unit;
            k.baseline = 10;
            k.target = 20;
            campaign.kpis.push_back(k);
        }
        budget->currency = "EUR";
        budget->total = 10000;
        budget->reserve = 1000;
        budget->tactics = {{"ads", 4500}, {"webinars", 2250}, {"mail", 2250}};
        for (const char* id : {"ads", "webinars", "mail"}) {
            load::CampaignTactic t;
            t.id = id;
            tactics.push_back(t);
        }
        tactics[0].owner = {"Jana Wolf"};
        tactics[0].approver = {"Head of Sales"};
        tactics[1].owner = {"Jana Wolf", "Tom Berg"};
    }

    /// The community's members, a level: 1000 at the start.
    void add_members(std::optional<double> baseline = 1000) {
        model::CampaignKpi k;
        k.id = "members";
        k.name = "Members";
        k.unit = model::Unit::count;
        k.baseline = baseline;
        k.target = 2000;
        campaign.kpis.push_back(k);
    }

    void actual(std::string kpi, std::string_view date, double value) {
        actuals.push_back({std::move(kpi), {}, day(date), value, fmt::format("{:g}", value)});
    }
    void spent(std::string tactic, std::string_view date, double amount) {
        spend.push_back({std::move(tactic), "", {}, day(date), amount});
    }

    std::string print(std::string_view format, std::string_view as_of = "2026-04-15") {
        engine::Review review = engine::review_campaign(campaign, actuals, index, day(as_of));
        auto s = engine::review_spend(review, budget, spend, actuals, index, "");
        std::ostringstream out;
        const engine::SpendReview* p = s ? &*s : nullptr;
        if (format == "md")
            output::print_review_markdown(out, review, tactics, p);
        else if (format == "json")
            output::print_review_json(out, review, tactics, p);
        else
            output::print_review_text(out, review, tactics, p);
        return out.str();
    }
};

/// The part of `text` from the line starting with `from` up to (not including) `to`.
std::string part(const std::string& text, std::string_view from, std::string_view to) {
    std::size_t begin = text.find(from);
    REQUIRE(begin != std::string::npos);
    std::size_t end = to.empty() ? text.size() : text.find(to, begin);
    return text.substr(begin, end - begin);
}

} // namespace

TEST_CASE("review: spend to date per tactic against its budget, and cost per result") {
    Fixture f;
    f.actual("leads", "2026-03-31", 12);
    f.actual("leads", "2026-04-15", 13);
    f.actual("click_rate", "2026-03-31", 15);
    f.spent("ads", "2026-03-15", 1200);
    f.spent("webinars", "2026-04-01", 300.5);
    f.spent("mail", "2026-04-02", 800);
    f.spent("ads", "2026-04-20", 999); // after the review date
    CHECK(part(f.print("text"), "Tactics:", "\nWhat to do next") ==
          "Tactics:\n"
          "TACTIC    OWNER                APPROVER\n"
          "ads       Jana Wolf            Head of Sales\n"
          "webinars  Jana Wolf, Tom Berg  not named yet\n"
          "mail      not named yet        not named yet\n"
          "\n"
          "Spend to 2026-04-15 (EUR):\n"
          "TACTIC    SPENT        PLANNED TO DATE  BUDGET\n"
          "ads       1200 EUR     2250 EUR         4500 EUR\n"
          "webinars  300.50 EUR   1125 EUR         2250 EUR\n"
          "mail      800 EUR      1125 EUR         2250 EUR\n"
          "total     2300.50 EUR  4500 EUR         9000 EUR\n"
          "planned to date: each tactic's budget spread evenly over the campaign period; the "
          "reserve for tests (1000 EUR) is in no tactic's line\n"
          "1 spend row dated after the review date is left out\n"
          "\n"
          "Cost per result:\n"
          "  leads: 60.02 EUR per result: 1500.50 EUR spent by ads, webinars for 25 results "
          "(the sum of 2 readings) to 2026-04-15\n");
}

TEST_CASE("review in German: spend, cost per result and roles") {
    Language german("de");
    Fixture f;
    f.actual("leads", "2026-03-31", 12000);
    f.spent("ads", "2026-03-15", 12500.5);
    CHECK(part(f.print("text"), "Taktiken:", "") ==
          "Taktiken:\n"
          "TAKTIK    VERANTWORTLICH       FREIGABE\n"
          "ads       Jana Wolf            Head of Sales\n"
          "webinars  Jana Wolf, Tom Berg  noch nicht benannt\n"
          "mail      noch nicht benannt   noch nicht benannt\n"
          "\n"
          "Ausgaben bis 15.4.2026 (EUR):\n"
          "TAKTIK    AUSGEGEBEN     BIS HEUTE GEPLANT  BUDGET\n"
          "ads       12.500,50 EUR  2250 EUR           4500 EUR\n"
          "webinars  0 EUR          1125 EUR           2250 EUR\n"
          "mail      0 EUR          1125 EUR           2250 EUR\n"
          "gesamt    12.500,50 EUR  4500 EUR           9000 EUR\n"
          "bis heute geplant: das Budget jeder Taktik gleichmäßig über die Kampagnenlaufzeit "
          "verteilt; die Reserve für Tests (1000 EUR) steht in keiner Zeile einer Taktik\n"
          "\n"
          "Kosten pro Ergebnis:\n"
          "  leads: 1,04 EUR pro Ergebnis: 12.500,50 EUR ausgegeben von ads, webinars für "
          "12.000 Ergebnisse (1 Wert) bis 15.4.2026\n");
}

TEST_CASE("a budget in shares: each tactic's share of the spend beside its planned share") {
    Fixture f;
    f.budget->currency.clear();
    f.budget->total.reset();
    f.budget->in_percent = true;
    f.budget->reserve = 10;
    f.budget->tactics = {{"ads", 45}, {"webinars", 22.5}, {"mail", 22.5}};
    f.spent("ads", "2026-03-15", 300);
    f.spent("mail", "2026-03-15", 100);
    CHECK(part(f.print("text"), "Spend to", "") ==
          "Spend to 2026-04-15:\n"
          "TACTIC    SPENT  SHARE OF SPEND  PLANNED SHARE\n"
          "ads       300    75%             45%\n"
          "webinars  0      0%              22.5%\n"
          "mail      100    25%             22.5%\n"
          "total     400    100%            90%\n"
          "the budget is split in shares (no total filled in): each tactic's share of the spend "
          "beside its planned share\n"
          "\n"
          "Cost per result:\n"
          "  leads: no results counted yet: no reading of leads to 2026-04-15\n");
}

TEST_CASE("no cost per result for rates and amounts, nor for KPIs no spending tactic moves") {
    Fixture f;
    f.campaign.kpis[0].unit = model::Unit::currency;
    f.spent("mail", "2026-03-15", 100);
    CHECK(part(f.print("text"), "Cost per result:", "") ==
          "Cost per result:\n"
          "  no KPI of the campaign counts results (leads, orders, bookings ...); rates, shares "
          "and amounts have no cost per result\n");
    f.campaign.kpis[0].unit = model::Unit::count;
    f.actual("leads", "2026-03-31", 12);
    CHECK(part(f.print("text"), "Cost per result:", "\nWhat to do next") ==
          "Cost per result:\n  leads: no spend recorded yet for ads, webinars\n");
}

TEST_CASE("without spend rows the review has no spend section; JSON says null") {
    Fixture f;
    CHECK(f.print("text").find("Spend to") == std::string::npos);
    std::string json = f.print("json");
    CHECK(json.find("\"spend\": null") != std::string::npos);
    CHECK(json.find("\"cost_per_result\": []") != std::string::npos);
}

TEST_CASE("review JSON: spend lines, cost per result and roles keep machine values") {
    Language german("de");
    Fixture f;
    f.actual("leads", "2026-03-31", 12);
    f.spent("ads", "2026-03-15", 1234567.891);
    std::string json = f.print("json");
    CHECK(part(json, "\"spend\"", "\"next_steps\"") ==
          R"("spend": {
    "currency": "EUR",
    "budget": "amounts",
    "tactics": [
      {
        "tactic": "ads",
        "spent": 1234567.89,
        "rows": 1,
        "budget": 4500,
        "share": null,
        "planned_to_date": 2250
      },
      {
        "tactic": "webinars",
        "spent": 0,
        "rows": 0,
        "budget": 2250,
        "share": null,
        "planned_to_date": 1125
      },
      {
        "tactic": "mail",
        "spent": 0,
        "rows": 0,
        "budget": 2250,
        "share": null,
        "planned_to_date": 1125
      }
    ],
    "total": {
      "spent": 1234567.89,
      "rows": 1,
      "budget": 9000,
      "share": null,
      "planned_to_date": 4500
    },
    "later_rows": 0
  },
  "cost_per_result": [
    {
      "kpi": "leads",
      "tactics": [
        "ads",
        "webinars"
      ],
      "spent": 1234567.89,
      "reading": "period",
      "results": 12,
      "readings": 1,
      "start": null,
      "latest": null,
      "cost": 102880.66
    }
  ],
  )");
    CHECK(json.find(R"("owner": [
        "Jana Wolf",
        "Tom Berg"
      ],)") != std::string::npos);
}

TEST_CASE("review Markdown: roles in the tactics table, spend table and cost per result") {
    Fixture f;
    f.tactics[2].owner = {"CRM | Mail"};
    f.actual("leads", "2026-03-31", 12);
    f.spent("ads", "2026-03-15", 600);
    CHECK(part(f.print("md"), "## Tactics", "\n## Next steps") ==
          "## Tactics\n\n"
          "| Tactic | Owner | Approver |\n"
          "|---|---|---|\n"
          "| ads (`ads`) | Jana Wolf | Head of Sales |\n"
          "| webinars (`webinars`) | Jana Wolf, Tom Berg | not named yet |\n"
          "| mail (`mail`) | CRM \\| Mail | not named yet |\n"
          "\n## Spend to 2026-04-15 (EUR)\n\n"
          "| Tactic | Spent | Planned to date | Budget |\n"
          "|---|---|---|---|\n"
          "| `ads` | 600 EUR | 2250 EUR | 4500 EUR |\n"
          "| `webinars` | 0 EUR | 1125 EUR | 2250 EUR |\n"
          "| `mail` | 0 EUR | 1125 EUR | 2250 EUR |\n"
          "| **total** | 600 EUR | 4500 EUR | 9000 EUR |\n"
          "\nplanned to date: each tactic's budget spread evenly over the campaign period; the "
          "reserve for tests (1000 EUR) is in no tactic's line.\n"
          "\n## Cost per result\n\n"
          "- **leads**: 50 EUR per result: 600 EUR spent by ads, webinars for 12 results (1 "
          "reading) to 2026-04-15\n");
}

TEST_CASE("review-cost-per-result-level: a level's results are what it gained since the "
          "baseline, not its readings added up") {
    // Before: 300 EUR over 1200 + 1450 members (the readings summed), 0.11 EUR per result;
    // the spend bought the 450 members gained since the baseline of 1000.
    Fixture f;
    f.add_members();
    f.actual("members", "2026-03-31", 1200);
    f.actual("members", "2026-04-15", 1450);
    f.actual("members", "2026-04-20", 1800); // after the review date
    f.spent("webinars", "2026-03-20", 300);
    CHECK(part(f.print("text"), "Cost per result:", "\nWhat to do next") ==
          "Cost per result:\n"
          "  leads: no results counted yet: no reading of leads to 2026-04-15\n"
          "  members: 0.67 EUR per result: 300 EUR spent by webinars for 450 results (a level: "
          "from the baseline 1000 to 1450 on 2026-04-15) to 2026-04-15\n");
    // Leads are counted per period: their readings still add up.
    f.actual("leads", "2026-03-31", 12);
    f.actual("leads", "2026-04-15", 13);
    CHECK(part(f.print("text"), "  leads:", "\n  members") ==
          "  leads: 12 EUR per result: 300 EUR spent by ads, webinars for 25 results (the sum of "
          "2 readings) to 2026-04-15");
}

TEST_CASE("a level without a baseline gains from its first reading; one reading gains nothing") {
    Fixture f;
    f.add_members(std::nullopt);
    f.actual("members", "2026-04-15", 1450);
    f.spent("webinars", "2026-03-20", 300);
    CHECK(part(f.print("text"), "  members:", "\nWhat to do next") ==
          "  members: no results counted yet: Members is a level with no baseline, and its one "
          "reading has nothing to gain from; fill in its baseline in the campaign file\n");
    f.actual("members", "2026-03-31", 1250);
    CHECK(part(f.print("text"), "  members:", "\nWhat to do next") ==
          "  members: 1.50 EUR per result: 300 EUR spent by webinars for 200 results (a level: "
          "from its first reading 1250 on 2026-03-31 to 1450 on 2026-04-15) to 2026-04-15\n");
}

TEST_CASE("a level that lost ground counts no results, and says from where to where") {
    Fixture f;
    f.add_members();
    f.actual("members", "2026-04-15", 950);
    f.spent("webinars", "2026-03-20", 300);
    CHECK(part(f.print("text"), "  members:", "\nWhat to do next") ==
          "  members: 300 EUR spent by webinars, but no results counted to 2026-04-15 (a level: "
          "from the baseline 1000 to 950 on 2026-04-15)\n");
}

TEST_CASE("a level's cost per result in German, Markdown and JSON") {
    Fixture f;
    f.add_members();
    f.actual("members", "2026-03-31", 1200.5);
    f.spent("webinars", "2026-03-20", 300);
    CHECK(part(f.print("md"), "- **Members**: 1.50", "\n## Next") ==
          "- **Members**: 1.50 EUR per result: 300 EUR spent by webinars for 200.5 results (a "
          "level: from the baseline 1000 to 1200.5 on 2026-03-31) to 2026-04-15\n");
    CHECK(part(f.print("json"), "    {\n      \"kpi\": \"members\"", "\n  ],") ==
          R"(    {
      "kpi": "members",
      "tactics": [
        "webinars"
      ],
      "spent": 300,
      "reading": "level",
      "results": 200.5,
      "readings": 1,
      "start": 1000,
      "latest": 1200.5,
      "cost": 1.5
    })");
    Language german("de");
    CHECK(part(f.print("text"), "  members:", "\nNächste") ==
          "  members: 1,50 EUR pro Ergebnis: 300 EUR ausgegeben von webinars für 200,5 "
          "Ergebnisse (ein Bestand: vom Ausgangswert 1000 auf 1200,5 am 31.3.2026) bis "
          "15.4.2026\n");
}
