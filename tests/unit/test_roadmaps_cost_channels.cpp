// Content rules of the shipped roadmaps that tie a tactic's cost to the budget a plan keeps it
// for, and a step's message to its channel. A tactic's `cost` is what it spends as it runs
// (the budget split weighs it); `requires.budget` is the least budget the answers may state
// for the plan to keep it, and the lowest answer is "little or none". A service step is a
// message the customer needs: without a channel the plan cannot say how it reaches them, and
// the channel's availability is never checked for it.

#include "load/catalog.hpp"
#include "model/roadmap.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>
#include <string>

using namespace strat;

namespace {

/// Calls `visit` once for each tactic of the shipped roadmaps, with the file it is written in
/// (a base tactic once, not once per industry that inherits it).
void each_shipped_tactic(
    const std::function<void(const std::string& file, const model::Tactic&)>& visit) {
    load::Catalog catalog = load::load_catalog({}, {}).catalog;
    std::set<std::string> seen;
    for (const std::string& id : catalog.industry_ids()) {
        std::optional<model::Roadmap> merged = catalog.resolve_verified(id);
        REQUIRE(merged);
        for (const model::Tactic& t : merged->tactics) {
            std::string file = t.where.file ? t.where.file->path() : id;
            file = file.substr(file.find_last_of('/') + 1);
            if (seen.insert(file + " " + t.id).second)
                visit(file, t);
        }
    }
}

/// Channels on which a step buys advertising space: every such step costs media money.
bool buys_media(model::Channel c) {
    using model::Channel;
    return c == Channel::paid_search || c == Channel::paid_social || c == Channel::display ||
           c == Channel::tv || c == Channel::radio || c == Channel::out_of_home;
}

/// Tactics whose step on such a channel is not a purchase: a publisher serving advertisers'
/// campaigns on its own site sells display space.
const std::set<std::string> sells_media = {"first_party_audience_segments"};

} // namespace

// `requires: {budget: low}` keeps the tactic for every budget, so it only adds "Confirm: a low
// budget or more" to the skeleton; beside a medium cost it hid that the tactic spends money.
TEST_CASE("tactic-cost-budget: no shipped tactic requires a low budget, which every budget is") {
    std::string wrong;
    each_shipped_tactic([&](const std::string& file, const model::Tactic& t) {
        if (t.requirements.budget == model::Level::low)
            wrong += fmt::format("{} {}\n", file, t.id);
    });
    CHECK(wrong == "");
}

// A company that said its budget is little or none is not given a tactic that costs much.
TEST_CASE("tactic-cost-budget: a tactic that costs high needs a medium budget or more") {
    std::string wrong;
    each_shipped_tactic([&](const std::string& file, const model::Tactic& t) {
        if (t.cost == model::Level::high &&
            t.requirements.budget.value_or(model::Level::low) < model::Level::medium)
            wrong += fmt::format("{} {}\n", file, t.id);
    });
    CHECK(wrong == "");
}

// Bought search, social, display or broadcast space is money spent on every day it runs: a
// tactic with such a step is not low cost, and a company with little or no budget cannot run
// it. Media its own steps do not buy (organic social, its own video) are not counted.
TEST_CASE("tactic-cost-budget: a tactic that buys media costs medium or more and needs a medium "
          "budget or more") {
    std::string wrong;
    each_shipped_tactic([&](const std::string& file, const model::Tactic& t) {
        if (sells_media.count(t.id) != 0)
            return;
        for (const model::Step& s : t.steps)
            if (s.channel && buys_media(*s.channel) &&
                (t.cost < model::Level::medium ||
                 t.requirements.budget.value_or(model::Level::low) < model::Level::medium)) {
                wrong +=
                    fmt::format("{} {} day {} ({})\n", file, t.id, s.day, model::name(*s.channel));
                break;
            }
    });
    CHECK(wrong == "");
}

// A step without a channel is internal work (list, measure, agree); one that is a message to
// the customer names the channel it goes by, so the plan shows it and drops it where the
// channel is not available. A market's detail of another step (its deadline, its rule) is no
// message of its own.
TEST_CASE("service-step-channel: every service step of the shipped roadmaps names its channel") {
    std::string wrong;
    each_shipped_tactic([&](const std::string& file, const model::Tactic& t) {
        for (const model::Step& s : t.steps)
            if (s.kind == model::StepKind::service && !s.channel)
                wrong += fmt::format("{} {} day {}: {}\n", file, t.id, s.day, s.action);
    });
    CHECK(wrong == "");
}

// An answer that states the budget says so, in its question or its label: "Basic" to a
// question about the team's experience must not tell the plan, unseen, that the budget is
// low ("it needs a medium budget or more; yours is low"). An account's worth is what may be
// spent on its onboarding.
TEST_CASE("budget-answer-says-budget: an answer that sets the budget speaks of budget, spending, "
          "money or worth") {
    load::Catalog catalog = load::load_catalog({}, {}).catalog;
    std::set<std::string> wrong;
    for (const std::string& id : catalog.industry_ids()) {
        std::optional<model::Roadmap> merged = catalog.resolve_verified(id);
        REQUIRE(merged);
        for (const model::Question& q : merged->questions)
            for (const model::Option& o : q.options) {
                std::string words = q.text + " " + o.label;
                std::transform(words.begin(), words.end(), words.begin(),
                               [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
                bool says = words.find("budget") != std::string::npos ||
                            words.find("spend") != std::string::npos ||
                            words.find("money") != std::string::npos ||
                            words.find("worth") != std::string::npos;
                if (o.facts.budget && !says)
                    wrong.insert(fmt::format("{} {}={}", id, q.id, o.id));
            }
    }
    std::string all;
    for (const std::string& w : wrong)
        all += w + "\n";
    CHECK(all == "");
}
