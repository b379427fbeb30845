// The market rules a plan applies, for every shipped industry and goal: a German plan's
// checklist names UWG § 7 and the DSGVO with their sources and no UK rule; a UK plan's names
// PECR and no German rule; no step written for another market reaches the plan. A KPI's
// benchmark is the one of the plan's market's region where the roadmap has one (issue 14).

#include "engine/campaign.hpp"
#include "engine/market_rules.hpp"
#include "engine/plan.hpp"
#include "load/catalog.hpp"
#include "output/figures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>

using namespace strat;

namespace {

struct Planned {
    model::Roadmap roadmap;
    std::unique_ptr<model::Index> index;
    engine::Plan plan;
};

/// Every shipped industry x goal, planned with the default answers for `market`.
std::vector<std::unique_ptr<Planned>> plans_for(std::string_view market) {
    static load::Catalog catalog = load::load_catalog({}, {}).catalog;
    std::vector<std::unique_ptr<Planned>> out;
    for (const std::string& id : catalog.industry_ids()) {
        auto roadmap = catalog.resolve_verified(id);
        REQUIRE(roadmap);
        for (const model::Goal& goal : roadmap->goals) {
            auto p = std::make_unique<Planned>();
            p->roadmap = *roadmap;
            p->index = std::make_unique<model::Index>(p->roadmap);
            const model::Goal* g = p->roadmap.goal_by_name(goal.id);
            engine::PlanRequest request;
            request.goal = g;
            request.walk = engine::walk_tree(*p->index, *g, {}, nullptr);
            request.market = model::find_market(p->roadmap.markets, market);
            REQUIRE(request.market);
            p->plan = engine::make_plan(*p->index, request);
            engine::choose(p->plan, {}, 1);
            out.push_back(std::move(p));
        }
    }
    return out;
}

bool cites(const std::vector<const model::MarketRule*>& rules, std::string_view what) {
    return std::any_of(rules.begin(), rules.end(), [&](const model::MarketRule* r) {
        return r->source.find(what) != std::string::npos;
    });
}

/// Every text of the planned tactics and their steps, to search for another market's terms.
std::string planned_text(const engine::Plan& plan) {
    std::string text;
    auto add = [&](const engine::PlannedTactic& t) {
        text += t.tactic->description + "\n";
        for (const engine::PlannedStep& s : t.steps)
            text += s.step->action + "\n";
    };
    for (const engine::ConsentFirst& f : plan.consent_first)
        add(f.tactic);
    for (std::size_t i : plan.chosen)
        for (const engine::PlannedTactic& t : plan.ranked[i].tactics)
            add(t);
    return text;
}

} // namespace

TEST_CASE("every industry x goal: --market de names UWG § 7 and the DSGVO, no UK rule") {
    for (const auto& p : plans_for("de")) {
        CAPTURE(p->roadmap.id);
        CAPTURE(p->plan.goal->id);
        REQUIRE_FALSE(p->plan.chosen.empty());
        auto rules = engine::rules_for(p->plan, engine::used_channels(p->plan));
        CHECK(cites(rules, "UWG § 7"));
        CHECK(cites(rules, "DSGVO Art. 7"));
        CHECK(cites(rules, "DSGVO Art. 21"));
        for (const model::MarketRule* r : rules) {
            CAPTURE(r->id);
            CHECK_FALSE(r->source.empty());
            CHECK((!r->url.empty() || !r->source_note.empty()));
            for (std::string_view uk : {"PECR", "ICO", "Ofcom", "FCA", "TPS", "GDPR Art."})
                CHECK(r->source.find(uk) == std::string::npos);
        }
        std::string text = planned_text(p->plan);
        for (std::string_view uk : {"Ofcom", "FCA", "PAC to", "in the UK", "UK rules"})
            CHECK(text.find(uk) == std::string::npos);
    }
}

TEST_CASE("every industry x goal: --market uk names PECR, no German rule") {
    for (const auto& p : plans_for("uk")) {
        CAPTURE(p->roadmap.id);
        CAPTURE(p->plan.goal->id);
        REQUIRE_FALSE(p->plan.chosen.empty());
        std::vector<model::Channel> used = engine::used_channels(p->plan);
        auto rules = engine::rules_for(p->plan, used);
        CHECK(cites(rules, "UK GDPR Art. 21"));
        // PECR governs electronic communications: every plan that uses one of its channels
        // names it (a plan run by account managers alone, b2b-services retention, does not).
        const model::Market* uk = p->plan.market;
        bool electronic = std::any_of(uk->rules.begin(), uk->rules.end(), [&](const auto& r) {
            return r.source.find("PECR") != std::string::npos && !r.channels.empty() &&
                   model::concerns(r, used);
        });
        CHECK(cites(rules, "PECR") == electronic);
        CHECK((electronic || (p->roadmap.id == "b2b-services" && p->plan.goal->id == "retention")));
        for (const model::MarketRule* r : rules) {
            CAPTURE(r->id);
            CHECK((!r->url.empty() || !r->source_note.empty()));
            for (std::string_view de : {"UWG", "DSGVO", "BGB", "DDG", "TKG", "BGH"})
                CHECK(r->source.find(de) == std::string::npos);
        }
    }
}

TEST_CASE("the checklist of a German travel plan: each rule once, with its source") {
    for (const auto& p : plans_for("de")) {
        if (p->roadmap.id != "travel" || p->plan.goal->id != "retention")
            continue;
        std::vector<model::Channel> used = engine::used_channels(p->plan);
        auto checks = engine::market_checklist(p->plan, used);
        REQUIRE_FALSE(checks.empty());
        for (const engine::MarketCheck& c : checks) {
            CAPTURE(c.text);
            CHECK_FALSE(c.source.empty());
            CHECK_FALSE(c.text.empty());
            CHECK((c.topic == "all" || model::parse<model::Channel>(c.topic)));
        }
        auto existing = std::find_if(checks.begin(), checks.end(),
                                     [](const auto& c) { return c.source == "UWG § 7 Abs. 3"; });
        REQUIRE(existing != checks.end());
        CHECK(existing->topic == "email");
        CHECK(existing->text.find("all four conditions hold: you received the customer's "
                                  "email address") != std::string::npos);
    }
}

namespace {

model::Benchmark figure(std::string value, std::optional<model::Region> region) {
    model::Benchmark b;
    b.value = std::move(value);
    b.source = {"s", {}};
    b.year = 2024;
    b.region = region;
    return b;
}

std::string value_for(const model::Kpi& k, std::string_view market) {
    const model::Benchmark* b = model::benchmark_for(k, market);
    return b ? b->value : "none";
}

} // namespace

TEST_CASE("a KPI's figure for a market: the market's own, else its narrowest region's, else "
          "the general one") {
    using model::Region;
    model::Kpi k;
    k.benchmark = figure("28", std::nullopt);
    k.regional_benchmarks = {figure("25", Region::eu), figure("30.1", Region::dach),
                             figure("32.88", Region::de)};
    CHECK(value_for(k, "de") == "32.88");
    CHECK(value_for(k, "at") == "30.1");
    CHECK(value_for(k, "ch") == "30.1");
    CHECK(value_for(k, "eu") == "25");
    CHECK(value_for(k, "uk") == "28");
    CHECK(value_for(k, "us") == "28");
    CHECK(value_for(k, "") == "28"); // roadmaps that define no markets

    model::Kpi only_dach;
    only_dach.regional_benchmarks = {figure("30.1", Region::dach)};
    CHECK(value_for(only_dach, "ch") == "30.1");
    CHECK(value_for(only_dach, "uk") == "none");

    model::Kpi general_marked; // the general figure's own region does not make it regional
    general_marked.benchmark = figure("21", Region::global);
    CHECK(value_for(general_marked, "de") == "21");
    CHECK_FALSE(output::is_regional(general_marked, &*general_marked.benchmark));
    CHECK(output::benchmark_text(general_marked, nullptr) == "21% (s, 2024 data)");
}

namespace {

/// The retail retention plan's KPI figures for `market`, as the brief's KPI table shows them.
std::map<std::string, std::string> retail_retention_figures(std::string_view market) {
    std::map<std::string, std::string> out;
    for (const auto& p : plans_for(market)) {
        if (p->roadmap.id != "retail" || p->plan.goal->id != "retention")
            continue;
        engine::CampaignDocument d = engine::make_campaign_document(p->plan, std::nullopt, "t");
        for (const engine::KpiEntry& k : d.kpis)
            out[k.kpi->id] = output::benchmark_text(*k.kpi, k.benchmark, k.cited) +
                             (k.target.value ? " target " + *k.target.value : "");
    }
    return out;
}

} // namespace

TEST_CASE("shipped retail retention: --market de takes uptain's German repeat purchase rate, "
          "uk and eu the general one") {
    auto de = retail_retention_figures("de");
    REQUIRE(de.count("repeat_purchase_rate"));
    CHECK(de["repeat_purchase_rate"] == "14.77% (Germany: uptain, 2025 data)");
    for (std::string_view market : {"uk", "eu"}) {
        CAPTURE(market);
        auto general = retail_retention_figures(market);
        CHECK(general["repeat_purchase_rate"] == "28% (Metrilo (undated page), 2026 data)");
    }
}

TEST_CASE("shipped email KPIs: GDMA's German figure for de, Inxmail's DACH figure for at and "
          "ch, the general one elsewhere") {
    static load::Catalog catalog = load::load_catalog({}, {}).catalog;
    auto telecom = catalog.resolve_verified("telecom"); // keeps the base's email KPIs
    REQUIRE(telecom);
    model::Index index(*telecom);
    const model::Kpi* open = index.kpi("email_open_rate");
    const model::Kpi* click = index.kpi("email_click_rate");
    REQUIRE(open);
    REQUIRE(click);
    auto text = [&](const model::Kpi& k, std::string_view market, std::string_view lang) {
        const model::Benchmark* b = model::benchmark_for(k, market);
        return output::benchmark_text(k, b, b ? index.source(b->source.id) : nullptr, lang);
    };
    CHECK(text(*open, "de", "en") ==
          "32.88% (Germany: Global Data & Marketing Alliance, 2024 data)");
    CHECK(text(*open, "at", "en") == "30.1% (DACH: Inxmail, 2021 data)");
    CHECK(text(*click, "ch", "en") == "3.5% (DACH: Inxmail, 2021 data)");
    CHECK(text(*click, "uk", "en") == "2.3% (Campaign Monitor, 2022 data)");
    CHECK(text(*open, "eu", "en") == "26.8% (GetResponse, 2022 data)");
    // The target of a KPI whose rule is to reach the benchmark follows the figure.
    REQUIRE(click->target);
    CHECK(click->target->rule == model::TargetRule::benchmark);
}
