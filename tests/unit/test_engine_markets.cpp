// The market rules a plan applies, for every shipped industry and goal: a German plan's
// checklist names UWG § 7 and the DSGVO with their sources and no UK rule; a UK plan's names
// PECR and no German rule; no step written for another market reaches the plan.

#include "engine/market_rules.hpp"
#include "engine/plan.hpp"
#include "load/catalog.hpp"

#include <doctest/doctest.h>

#include <algorithm>

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
