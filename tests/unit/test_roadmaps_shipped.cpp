// The shipped roadmaps as product: every industry plans every goal with the defaults,
// different answers lead to different plans, every figure names its source, ads aimed at
// known contacts need the audience-sync tool, and the German keeps its terms apart.
// That they are valid is not tested here: the build checks it, once (strat_embed refuses
// any error or warning in them, as `strat validate --strict` reports them).

#include "engine/plan.hpp"
#include "load/catalog.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>
#include <string_view>

using namespace strat;

namespace {

struct Shipped {
    load::Catalog catalog;
    std::vector<model::Roadmap> industries;
};

const Shipped& shipped() {
    static const Shipped s = [] {
        Shipped out;
        out.catalog = load::load_catalog({}, {}).catalog;
        for (const std::string& id : out.catalog.industry_ids()) {
            model::Diagnostics d;
            auto merged = out.catalog.resolve(*out.catalog.find(id), d);
            REQUIRE(merged);
            out.industries.push_back(std::move(*merged));
        }
        return out;
    }();
    return s;
}

/// Every complete path through the goal's tree (each option of each question asked).
void each_path(const model::Index& index, const model::Question* q,
               std::vector<model::GivenAnswer>& path,
               const std::function<void(const std::vector<model::GivenAnswer>&)>& visit) {
    if (q == nullptr) {
        visit(path);
        return;
    }
    for (const model::Option& o : q->options) {
        path.push_back({model::Ref{q->id, {}}, model::Ref{o.id, {}}, model::AnswerSource::flag});
        each_path(index, o.next ? index.question(o.next->id) : nullptr, path, visit);
        path.pop_back();
    }
}

std::string top_strategy(const model::Index& index, const model::Goal& goal,
                         const std::vector<model::GivenAnswer>& answers) {
    engine::PlanRequest request;
    request.goal = &goal;
    request.walk = engine::walk_tree(index, goal, answers, nullptr);
    engine::Plan plan = engine::make_plan(index, request);
    return plan.ranked.empty() ? "" : plan.ranked.front().strategy->id;
}

} // namespace

TEST_CASE("every benchmark figure names a source that exists, with the year of its data") {
    for (const model::Roadmap& r : shipped().industries) {
        model::Index index(r);
        for (const model::Kpi& k : r.kpis) {
            if (!k.benchmark)
                continue;
            CAPTURE(fmt::format("{} / {}", r.id, k.id));
            const model::Source* source = index.source(k.benchmark->source.id);
            REQUIRE(source != nullptr);
            CHECK_FALSE(source->publisher.empty());
            CHECK(source->year >= 1990);
            CHECK(k.benchmark->year >= 1990);
            CHECK(k.benchmark->year <= source->year + 1);
        }
    }
}

TEST_CASE("every industry has at least 7 goals and plans each of them with the defaults") {
    for (const model::Roadmap& r : shipped().industries) {
        CAPTURE(r.id);
        CHECK(r.goals.size() >= 7);
        model::Index index(r);
        for (const model::Goal& g : r.goals) {
            CAPTURE(g.id);
            engine::PlanRequest request;
            request.goal = &g;
            request.walk = engine::walk_tree(index, g, {}, nullptr);
            CHECK(request.walk.answers.size() >= 3);
            engine::Plan plan = engine::make_plan(index, request);
            REQUIRE(plan.ranked.size() >= 3);
            CHECK(plan.ranked.front().feasible());
        }
    }
}

TEST_CASE("different answers lead to different top strategies, for every goal of every industry") {
    for (const model::Roadmap& r : shipped().industries) {
        model::Index index(r);
        for (const model::Goal& g : r.goals) {
            std::set<std::string> tops;
            std::vector<model::GivenAnswer> path;
            each_path(index, index.question(g.start.id), path,
                      [&](const auto& answers) { tops.insert(top_strategy(index, g, answers)); });
            CAPTURE(fmt::format("{} / {}", r.id, g.id));
            CHECK(tops.size() >= 2);
        }
    }
}

namespace {

bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

/// Each text of `en` with its German counterpart in `de`, the same roadmap read in German:
/// what a plan shows of goals, questions, strategies, tactics and KPIs.
void each_text_pair(const model::Roadmap& en, const model::Roadmap& de,
                    const std::function<void(const std::string&, const std::string&)>& visit) {
    auto both = [&](const auto& a, const auto& b, auto... members) {
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            (visit(a[i].*members, b[i].*members), ...);
    };
    both(en.goals, de.goals, &model::Goal::name, &model::Goal::description);
    both(en.strategies, de.strategies, &model::Strategy::name, &model::Strategy::description);
    both(en.kpis, de.kpis, &model::Kpi::name, &model::Kpi::description, &model::Kpi::no_benchmark);
    both(en.questions, de.questions, &model::Question::text, &model::Question::help);
    for (std::size_t q = 0; q < en.questions.size(); ++q) {
        both(en.questions[q].options, de.questions[q].options, &model::Option::label);
        for (std::size_t o = 0; o < en.questions[q].options.size(); ++o)
            both(en.questions[q].options[o].weights, de.questions[q].options[o].weights,
                 &model::Weight::reason);
    }
    both(en.tactics, de.tactics, &model::Tactic::name, &model::Tactic::description,
         &model::Tactic::trigger);
    for (std::size_t t = 0; t < en.tactics.size(); ++t) {
        both(en.tactics[t].steps, de.tactics[t].steps, &model::Step::action,
             &model::Step::condition);
        both(en.tactics[t].risks, de.tactics[t].risks, &model::Risk::risk,
             &model::Risk::mitigation);
    }
}

} // namespace

// A contact shown ads for what they did (did not open, did not buy) is a contact uploaded
// to the ad platform: that needs a lawful basis of its own and the audience-sync tool, which
// the plan then asks for or leaves the tactic out without. Email consent does not cover it.
TEST_CASE("winback-offer-series-social-upload: a paid-social or display step aimed at what a "
          "contact did is of a tactic that needs ad_audience_sync") {
    std::string unsynced;
    for (const model::Roadmap& r : shipped().industries)
        for (const model::Tactic& t : r.tactics) {
            const auto& tools = t.requirements.tooling;
            bool synced = std::find(tools.begin(), tools.end(), "ad_audience_sync") != tools.end();
            for (const model::Step& s : t.steps)
                if (s.channel &&
                    (*s.channel == model::Channel::paid_social ||
                     *s.channel == model::Channel::display) &&
                    !s.condition.empty() && !synced)
                    unsynced += fmt::format("{} {} day {}: {}\n", r.id, t.id, s.day, s.condition);
        }
    CHECK(unsynced == "");
}

// One German word for one thing: the right of withdrawal is the Widerrufsfrist, also in a
// UK-only step; a specification a planner writes is not a tender (Ausschreibung).
TEST_CASE("german-terms: the shipped German says Widerrufsfrist for the cooling-off period and "
          "no Ausschreibung where the English means a specification") {
    load::LoadedCatalog german_load = load::load_catalog({}, {}, "de");
    REQUIRE(german_load.errors.empty());
    load::Catalog english = load::load_catalog({}, {}, "en").catalog;
    std::string wrong;
    for (const std::string& id : english.industry_ids()) {
        std::optional<model::Roadmap> en = english.resolve_verified(id);
        std::optional<model::Roadmap> de = german_load.catalog.resolve_verified(id);
        REQUIRE(en);
        REQUIRE(de);
        each_text_pair(*en, *de, [&](const std::string& e, const std::string& d) {
            std::string lower = e;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            bool cooling_off = contains(lower, "cooling-off");
            bool specification = contains(lower, "specif") && !contains(lower, "tender");
            if ((cooling_off && (!contains(d, "Widerruf") || contains(d, "Cooling"))) ||
                (specification && contains(d, "usschreib")))
                wrong += fmt::format("{}: {}\n", id, d);
        });
    }
    CHECK(wrong == "");
}
