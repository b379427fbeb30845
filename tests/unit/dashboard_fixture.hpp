#pragma once
// Shared by the dashboard's unit tests: a small roadmap (a goal served by two strategies)
// and a campaign for it, read with its tactic status, and a builder over them.

#include "engine/dashboard.hpp"
#include "helpers.hpp"
#include "load/campaign_file.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>
#include <string_view>

namespace strat::test::dashboard {

inline model::Day day(std::string_view text) {
    auto d = model::parse_day(text);
    REQUIRE(d);
    return *d;
}

// A goal served by two strategies: `keep` (tactics t1, t2; KPIs k1, k2 through them) and
// `other` (t3, which moves k1 and k2 too). k3 is the goal's and no strategy's.
inline const char* roadmap_text = R"(strat: 1
id: shop
name: Shop
description: d
goals:
  - {id: retention, name: Retention, description: d, start: q1}
questions:
  - id: q1
    text: Anything?
    help: h
    default: a
    options:
      - {id: a, label: A}
      - {id: b, label: B}
strategies:
  - {id: keep, name: Keep them, description: d, goals: [retention], tactics: [t1, t2], kpis: [k1]}
  - {id: other, name: Other way, description: d, goals: [retention], tactics: [t3], kpis: [k2]}
tactics:
  - {id: t1, name: T one, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: a}], kpis: [k1]}
  - {id: t2, name: T two, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: a}], kpis: [k2]}
  - {id: t3, name: T three, description: d, channels: [web], effort: low, cost: low,
     steps: [{day: 0, action: a}], kpis: [k1, k2]}
kpis:
  - {id: k1, name: K one, description: d, unit: percent, direction: up}
  - {id: k2, name: K two, description: d, unit: percent, direction: up}
  - {id: k3, name: K three, description: d, unit: percent, direction: down}
)";

inline std::string campaign_text(std::string_view name = "Shop retention",
                                 std::string_view t2_status = "paused") {
    return fmt::format(R"(strat_campaign: 1
name: "{}"
industry: {{id: shop}}
goal: {{id: retention}}
dates: {{start: 2026-01-01, end: 2026-03-31}}
answers: [{{question: q1, answer: a}}]
strategies:
  - {{rank: 1, id: keep, score: 1, chosen: true, reasons: []}}
  - {{rank: 2, id: other, score: 0, chosen: false, reasons: []}}
tactics:
  - {{id: t1, strategy: keep, name: T one, status: active, status_since: 2026-01-01}}
  - {{id: t2, strategy: keep, name: T two, status: {}, status_since: 2026-02-01}}
kpis:
  - {{id: k1, name: K one, better: up, cadence: monthly, baseline: 10, target: 20}}
  - {{id: k2, name: K two, better: up, cadence: weekly, baseline: 0, target: 50}}
  - {{id: k3, name: K three, better: down, baseline: 5, target: 3}}
)",
                       name, t2_status);
}

struct Loaded {
    load::LoadedCampaign campaign;
    load::CampaignExtras extras;
};

inline Loaded load_campaign(std::string text) {
    Loaded out;
    out.campaign = load::parse_campaign_text("shop.yaml", std::move(text),
                                             [&](const load::Node& root, model::Diagnostics& d) {
                                                 out.extras = load::read_campaign_extras(root, d);
                                             });
    return out;
}

struct Fixture {
    load::RoadmapFile file = test::parse(roadmap_text);
    model::Index index{*file.roadmap};
    Loaded loaded;

    explicit Fixture(std::string text = campaign_text()) : loaded(load_campaign(std::move(text))) {
        REQUIRE(test::brief(file.diagnostics) == "");
        REQUIRE(test::brief(loaded.campaign.diagnostics) == "");
    }

    engine::DashboardBuilder builder(std::optional<model::Day> as_of = std::nullopt,
                                     std::optional<model::Day> since = std::nullopt) {
        return engine::DashboardBuilder(
            {{"shop", &*loaded.campaign.campaign, &loaded.extras.tactics, &index}}, as_of, since);
    }
};

inline void add(engine::DashboardBuilder& b, std::string_view kpi, std::string_view date,
                double value) {
    b.add(0, b.find_kpi(0, kpi), day(date).days, value, fmt::format("{:g}", value));
}

} // namespace strat::test::dashboard
