// Plans follow what the user said (issue 11): every industry x goal x answer path x consent
// state x single constraint flag of the shipped roadmaps, checked against properties that
// must hold for every plan. Paths are walked exhaustively up to 10,000 per goal and flag;
// beyond that, a pairwise subset (every pair of answers to two questions on a path).

#include "engine/campaign.hpp"
#include "engine/feasibility.hpp"
#include "engine/plan.hpp"
#include "load/catalog.hpp"
#include "output/campaign.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <regex>
#include <set>
#include <sstream>

using namespace strat;

namespace {

std::vector<model::Roadmap> shipped_industries() {
    std::vector<std::string> errors;
    // The merged roadmaps point into the catalogue's files: it lives as long as the tests.
    static load::Catalog catalog = load::load_catalog({}, {}).catalog;
    std::vector<model::Roadmap> out;
    for (const std::string& id : catalog.industry_ids()) {
        model::Diagnostics d;
        auto merged = catalog.resolve(*catalog.find(id), d);
        REQUIRE(merged);
        out.push_back(std::move(*merged));
    }
    return out;
}

/// One constraint a user can state on the command line, as facts with the flag as origin.
struct Variant {
    std::string name; ///< e.g. "--partial-consent email", or "" for nothing stated
    model::StatedFacts stated;
};

std::vector<Variant> variants(const model::Roadmap& r) {
    std::vector<Variant> out{{"", {}}};
    auto add = [&](model::Facts f) {
        model::StatedFacts s{f, {}};
        for (const model::Fact& fact : model::entries(f))
            s.origins[fact.key] = {model::as_flag(fact), {}};
        out.push_back({model::as_flag(model::entries(f).front()), s});
    };
    std::set<model::Channel> channels;
    std::set<std::string> data, tooling;
    for (const model::Tactic& t : r.tactics) {
        channels.insert(t.channels.begin(), t.channels.end());
        for (const model::Ref& d : t.requirements.data)
            data.insert(d.id);
        for (const model::Ref& tool : t.requirements.tooling)
            tooling.insert(tool.id);
    }
    for (model::Channel c : channels) {
        if (model::needs_consent(c))
            for (model::Consent state :
                 {model::Consent::held, model::Consent::partial, model::Consent::none}) {
                model::Facts f;
                f.consent[c] = state;
                add(f);
            }
        model::Facts f;
        f.channels[c] = false;
        add(f);
    }
    for (model::Level l : {model::Level::low, model::Level::medium, model::Level::high}) {
        model::Facts f;
        f.budget = l;
        add(f);
    }
    for (model::Maturity m :
         {model::Maturity::basic, model::Maturity::intermediate, model::Maturity::advanced}) {
        model::Facts f;
        f.maturity = m;
        add(f);
    }
    for (model::Audience a : {model::Audience::b2b, model::Audience::b2c}) {
        model::Facts f;
        f.audience = a;
        add(f);
    }
    for (const std::string& d : data)
        for (bool held : {true, false}) {
            model::Facts f;
            f.data[d] = held;
            add(f);
        }
    for (const std::string& t : tooling)
        for (bool held : {true, false}) {
            model::Facts f;
            f.tooling[t] = held;
            add(f);
        }
    return out;
}

using Path = std::vector<model::GivenAnswer>;

/// Every path through the tree that answers only with options the stated facts allow.
void each_path(const model::Index& index, const model::Question* q, const model::StatedFacts& s,
               Path& path, const std::function<void(const Path&)>& visit) {
    if (q == nullptr || path.size() > 64) {
        visit(path);
        return;
    }
    for (const model::Option& o : q->options) {
        if (!model::conflicts(o.facts, s.facts).empty())
            continue;
        path.push_back({model::Ref{q->id, {}}, model::Ref{o.id, {}}, model::AnswerSource::flag});
        each_path(index, o.next ? index.question(o.next->id) : nullptr, s, path, visit);
        path.pop_back();
    }
}

/// Exhaustive up to this many paths per goal and flag: 10,000, or STRAT_PROPERTY_PATHS (the
/// sanitizer build, ten times slower, sets 100 and says so).
std::size_t exhaustive_limit() {
    const char* env = std::getenv("STRAT_PROPERTY_PATHS");
    return env && *env ? std::stoul(env) : 10000;
}

/// The paths to check: all of them up to the limit; beyond, the first path that holds each
/// pair of answers not yet covered (a greedy pairwise cover), in tree order.
std::vector<Path> paths_to_check(const model::Index& index, const model::Goal& g,
                                 const model::StatedFacts& s) {
    std::vector<Path> all;
    Path path;
    each_path(index, index.question(g.start.id), s, path, [&](const Path& p) { all.push_back(p); });
    if (all.size() <= exhaustive_limit())
        return all;
    std::set<std::string> covered;
    std::vector<Path> chosen;
    for (const Path& p : all) {
        bool fresh = false;
        for (std::size_t i = 0; i < p.size(); ++i)
            for (std::size_t j = i; j < p.size(); ++j)
                fresh |= covered
                             .insert(fmt::format("{}={}&{}={}", p[i].question.id, p[i].option.id,
                                                 p[j].question.id, p[j].option.id))
                             .second;
        if (fresh)
            chosen.push_back(p);
    }
    return chosen;
}

/// Words by which a reason names a channel the user said is not available.
const std::map<model::Channel, std::regex>& channel_words() {
    static const std::map<model::Channel, std::regex> words{
        {model::Channel::email, std::regex(R"(\be-?mails?\b)", std::regex::icase)},
        {model::Channel::sms, std::regex(R"(\b(sms|text messages?)\b)", std::regex::icase)},
        {model::Channel::push, std::regex(R"(\bpush\b)", std::regex::icase)},
    };
    return words;
}

struct Findings {
    std::map<std::string, std::vector<std::string>> by_property;
    std::size_t plans = 0;

    void add(const std::string& property, std::string what) {
        auto& list = by_property[property];
        if (list.size() < 5) // enough to act on, without drowning the report
            list.push_back(std::move(what));
        else if (list.size() == 5)
            list.push_back("...");
    }
};

void check_steps(const engine::PlannedTactic& t, const model::Facts& facts, const std::string& at,
                 Findings& found) {
    for (const engine::PlannedStep& p : t.steps) {
        const model::Step& step = *p.step;
        if (!step.channel || step.kind == model::StepKind::service ||
            !model::needs_consent(*step.channel))
            continue;
        auto it = facts.consent.find(*step.channel);
        if (it != facts.consent.end() && it->second == model::Consent::held)
            continue;
        const auto& collects = t.tactic->collects;
        bool confirms =
            std::find(collects.begin(), collects.end(), *step.channel) != collects.end();
        if (confirms && it != facts.consent.end() && it->second == model::Consent::none)
            found.add("consent",
                      fmt::format("{}: {} day {} asks for {} consent with none to build on", at,
                                  t.tactic->id, step.day, name(*step.channel)));
        if (confirms)
            continue; // a re-permission step is addressed by its own condition
        if (it != facts.consent.end() && it->second == model::Consent::none)
            found.add("consent", fmt::format("{}: {} day {} markets on {} with no consent", at,
                                             t.tactic->id, step.day, name(*step.channel)));
        else if (!p.consent_gate)
            found.add("consent", fmt::format("{}: {} day {} markets on {} ungated", at,
                                             t.tactic->id, step.day, name(*step.channel)));
    }
}

/// The properties of one plan; `written` also renders the skeleton and reads it back.
void check_plan(const model::Index& index, const model::Goal& g, const Variant& v, const Path& path,
                bool written, Findings& found) {
    std::vector<std::string> answers;
    for (const model::GivenAnswer& a : path)
        answers.push_back(a.question.id + "=" + a.option.id);
    std::string at =
        fmt::format("{} {} {} [{}]", index.roadmap().id, g.id, v.name, fmt::join(answers, " "));
    engine::PlanRequest request;
    request.goal = &g;
    request.walk = engine::walk_tree(index, g, path, v.stated, nullptr);
    if (request.walk.conflict) {
        found.add("walk", at + ": " + *request.walk.conflict);
        return;
    }
    request.stated = v.stated.facts;
    engine::Plan plan = engine::make_plan(index, request);
    ++found.plans;
    // One set of facts: no answer on the path contradicts another or what was stated.
    for (const engine::Answer& a : plan.answers)
        for (const model::Conflict& c : model::conflicts(a.option->facts, plan.facts))
            found.add("facts", fmt::format("{}: {}={} states {} {}, the plan holds {}", at,
                                           a.question->id, a.option->id, c.key, c.ours, c.theirs));
    // Every stated fact is reflected in the answers: with nothing else given, a question
    // whose options state that fact is answered by an option that states it so.
    if (path.empty())
        for (const model::Fact& f : model::entries(v.stated.facts))
            for (const engine::Answer& a : plan.answers) {
                bool decidable = std::any_of(a.question->options.begin(), a.question->options.end(),
                                             [&](const model::Option& o) {
                                                 return model::value_of(o.facts, f.key) == f.value;
                                             });
                if (decidable && model::value_of(a.option->facts, f.key) != f.value)
                    found.add("flags", fmt::format("{}: {} answered {} although {} decides it", at,
                                                   a.question->id, a.option->id, v.name));
            }
    // No counted reason contradicts a fact, nor counts in favour of a channel that is not
    // available (a negative reason that names it is still true).
    for (const engine::RankedStrategy& r : plan.ranked)
        for (const engine::Reason& reason : r.reasons) {
            if (!model::conflicts(reason.option->facts, plan.facts).empty())
                found.add("reasons",
                          fmt::format("{}: \"{}\" from a contradicted answer", at, reason.text));
            static const std::regex negated(R"(\b(no|not|cannot|without|instead)\b)");
            for (const auto& [channel, word] : channel_words())
                if (reason.points > 0 && plan.facts.channels.count(channel) &&
                    !plan.facts.channels.at(channel) && std::regex_search(reason.text, word) &&
                    !std::regex_search(reason.text, negated))
                    found.add("reasons", fmt::format("{}: \"{}\" counted although {} is not "
                                                     "available",
                                                     at, reason.text, name(channel)));
        }
    engine::Choice choice = engine::choose(plan, {}, 3);
    if (choice.problem != engine::Choice::Problem::none) {
        if (v.name.empty())
            found.add("runnable", at + ": " + choice.message);
        return;
    }
    std::set<const model::Tactic*> seen;
    for (const engine::ConsentFirst& f : plan.consent_first) {
        check_steps(f.tactic, plan.facts, at, found);
        seen.insert(f.tactic.tactic);
    }
    for (std::size_t i : plan.chosen) {
        if (plan.ranked[i].tactics.empty())
            found.add("runnable",
                      fmt::format("{}: {} chosen with no tactic", at, plan.ranked[i].strategy->id));
        for (const engine::PlannedTactic& t : plan.ranked[i].tactics) {
            check_steps(t, plan.facts, at, found);
            if (!seen.insert(t.tactic).second)
                found.add("twice", fmt::format("{}: tactic {} planned twice", at, t.tactic->id));
        }
    }
    if (!written)
        return;
    // The skeleton records exactly the resolved facts (read back with yaml-cpp).
    engine::Campaign campaign = engine::make_campaign(plan, std::nullopt, "test");
    std::ostringstream yaml;
    output::write_campaign_yaml(yaml, campaign);
    YAML::Node constraints = YAML::Load(yaml.str())["constraints"];
    std::set<std::string> wrote, holds;
    for (const auto& group : constraints) {
        if (group.second.IsMap()) {
            for (const auto& entry : group.second)
                wrote.insert(fmt::format("{}.{}={}", group.first.as<std::string>(),
                                         entry.first.as<std::string>(),
                                         entry.second.as<std::string>()));
        } else {
            wrote.insert(fmt::format("{}={}", group.first.as<std::string>(),
                                     group.second.as<std::string>()));
        }
    }
    for (const model::Fact& f : model::entries(plan.facts))
        holds.insert(f.key + "=" + f.value);
    if (wrote != holds)
        found.add("written",
                  fmt::format("{}: the skeleton's constraints differ from the facts", at));
}

std::string report(const Findings& found) {
    std::string out;
    for (const auto& [property, items] : found.by_property)
        for (const std::string& item : items)
            out += fmt::format("[{}] {}\n", property, item);
    return out;
}

} // namespace

TEST_CASE("every plan of the shipped roadmaps follows what the user said") {
    Findings found;
    for (const model::Roadmap& r : shipped_industries()) {
        model::Index index(r);
        std::vector<Variant> all = variants(r);
        for (const model::Goal& g : r.goals)
            for (const Variant& v : all) {
                check_plan(index, g, v, {}, true, found); // the flags alone decide
                if (v.name.empty() || v.name.find("consent") != std::string::npos ||
                    v.name.find("channel") != std::string::npos)
                    for (const Path& p : paths_to_check(index, g, v.stated))
                        check_plan(index, g, v, p, false, found);
            }
    }
    MESSAGE(fmt::format("{} plans checked; paths exhaustive up to {} per goal and flag, pairwise "
                        "beyond",
                        found.plans, exhaustive_limit()));
    CHECK(report(found) == "");
}
