// The YAML skeleton reads back as the campaign document it was written from (issue 13):
// through strat's own campaign reader and through yaml-cpp, value by value, for every
// shipped industry x goal x option that changes what the skeleton holds.

#include "calendar_compare.hpp"
#include "engine/campaign.hpp"
#include "engine/plan.hpp"
#include "load/campaign_file.hpp"
#include "load/catalog.hpp"
#include "output/campaign.hpp"
#include "output/figures.hpp"
#include "yaml_compare.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

using namespace strat;
using test::Compare;
using test::Map;
using test::reads_as_other_type;

namespace {

/// What `strat plan` is told beside the goal: stated facts, and how many strategies.
struct Variant {
    std::string name;
    model::Facts facts;
    std::size_t top = 1;
    std::string market = "eu"; ///< --market; eu is the default
};

std::vector<Variant> variants() {
    using model::Channel;
    std::vector<Variant> out(13);
    out[0].name = "(nothing stated)";
    out[1].name = "--top 3";
    out[1].top = 3;
    out[2].name = "--no-consent email";
    out[2].facts.consent[Channel::email] = model::Consent::none;
    out[3].name = "--audience b2b";
    out[3].facts.audience = model::Audience::b2b;
    out[4].name = "--audience b2c";
    out[4].facts.audience = model::Audience::b2c;
    out[5].name = "--no-channel email";
    out[5].facts.channels[Channel::email] = false;
    out[6].name = "--partial-consent email,sms";
    out[6].facts.consent[Channel::email] = model::Consent::partial;
    out[6].facts.consent[Channel::sms] = model::Consent::partial;
    out[7].name = "--budget low --maturity basic";
    out[7].facts.budget = model::Level::low;
    out[7].facts.maturity = model::Maturity::basic;
    // Each market's rules for the channels used, with their sources, in the checklist.
    for (std::size_t i = 8; std::string_view market : {"de", "at", "ch", "uk", "us"}) {
        out[i].name = fmt::format("--market {}", market);
        out[i++].market = market;
    }
    return out;
}

/// The plan `strat plan --non-interactive` makes, or nullopt when it would refuse.
std::optional<engine::Plan> plan_for(const model::Roadmap& roadmap, const model::Index& index,
                                     const model::Goal& goal, const Variant& v) {
    model::StatedFacts stated{v.facts, {}};
    for (const model::Fact& f : model::entries(v.facts))
        stated.origins[f.key] = {model::as_flag(f), {}};
    engine::PlanRequest request;
    request.goal = &goal;
    request.walk = engine::walk_tree(index, goal, {}, stated, nullptr);
    if (request.walk.conflict)
        return std::nullopt;
    request.stated = v.facts;
    request.market = model::find_market(roadmap.markets, v.market);
    REQUIRE(request.market);
    engine::Plan plan = engine::make_plan(index, request);
    if (engine::choose(plan, {}, v.top).problem != engine::Choice::Problem::none)
        return std::nullopt;
    return plan;
}

void compare_header(const Compare& c, Map& root, const engine::CampaignDocument& d) {
    c.number(root["strat_campaign"], d.format);
    c.text(root["name"], d.name);
    REQUIRE(d.market);
    Map market(root["market"]);
    c.text(market["id"], d.market->id);
    c.text(market["name"], d.market->name);
    market.done();
    c.fill(root["owner"], d.owner);
    c.number(root["version"], d.version);
    Map dates(root["dates"]);
    c.fill(dates["created"], d.created);
    c.fill(dates["start"], d.start);
    c.fill(dates["end"], d.end);
    dates.done();
    YAML::Node reviews = root["reviews"];
    REQUIRE(reviews.size() == d.reviews.size());
    for (std::size_t i = 0; i < d.reviews.size(); ++i) {
        Map r(reviews[i]);
        c.number(r["after_days"], d.reviews[i].after_days);
        c.text(r["purpose"], d.reviews[i].purpose);
        c.fill(r["date"], d.reviews[i].date);
        r.done();
    }
    Map industry(root["industry"]);
    c.text(industry["id"], d.industry_id);
    c.text(industry["name"], d.industry_name);
    industry.done();
    Map goal(root["goal"]);
    c.text(goal["id"], d.goal_id);
    c.text(goal["name"], d.goal_name);
    c.text(goal["description"], d.goal_description);
    goal.done();
    Map objective(root["objective"]);
    c.fill(objective["statement"], d.objective);
    c.text(objective["primary_kpi"], d.primary_kpi);
    objective.done();
    Map audience(root["audience"]);
    c.fill(audience["segments"], d.segments);
    c.fill(audience["size"], d.audience_size);
    c.fill(audience["data_source"], d.data_source);
    audience.done();
    c.fill(root["message"], d.message);
}

void compare_answers(const Compare& c, Map& root, const engine::CampaignDocument& d) {
    YAML::Node answers = root["answers"];
    REQUIRE(answers.size() == d.answers.size());
    for (std::size_t i = 0; i < d.answers.size(); ++i) {
        const engine::AnsweredQuestion& want = d.answers[i];
        Map a(answers[i]);
        c.text(a["question"], want.question);
        c.text(a["text"], want.text);
        c.text(a["answer"], want.answer);
        c.text(a["label"], want.label);
        c.text(a["source"], output::answer_source_word(want.source));
        if (!want.origin.empty())
            c.text(a["from"], want.origin);
        a.done();
    }
    // Every stated fact as `group.key: value` (the properties test checks they are the
    // plan's facts); here, that each reads back as the word or flag it was written as.
    std::size_t facts = 0;
    for (const auto& group : root["constraints"]) {
        if (!group.second.IsMap()) {
            ++facts;
            CHECK_FALSE(reads_as_other_type(group.second));
            continue;
        }
        for (const auto& entry : group.second) {
            ++facts;
            std::string key = group.first.as<std::string>();
            if (key == "consent")
                CHECK_FALSE(reads_as_other_type(entry.second));
            else
                entry.second.as<bool>();
        }
    }
    CHECK(facts == model::entries(d.constraints).size());
}

void compare_strategy(const Compare& c, const YAML::Node& node, const engine::StrategyEntry& s) {
    Map m(node);
    c.number(m["rank"], s.rank);
    c.text(m["id"], s.id);
    c.text(m["name"], s.name);
    c.number(m["score"], s.score);
    c.flag(m["chosen"], s.chosen);
    if (!s.feasible)
        c.text(m["note"], output::cannot_be_planned);
    std::vector<std::string> reasons, not_counted;
    for (const engine::ScoreReason& r : s.reasons)
        reasons.push_back(output::signed_points(r.points) + " " + r.text);
    c.words(m["reasons"], {reasons.begin(), reasons.end()});
    for (const engine::IgnoredReason& r : s.not_counted)
        not_counted.push_back(
            fmt::format("{} {} ({})", output::signed_points(r.points), r.text, r.why));
    if (!not_counted.empty())
        c.words(m["not_counted"], {not_counted.begin(), not_counted.end()});
    std::vector<std::string_view> shares;
    for (const engine::TacticName& t : s.shares)
        shares.push_back(t.id);
    if (!shares.empty())
        c.words(m["shares"], shares);
    m.done();
}

void compare_steps(const Compare& c, const YAML::Node& node, const engine::TacticEntry& t) {
    REQUIRE(node.size() == t.steps.size());
    for (std::size_t i = 0; i < t.steps.size(); ++i) {
        const engine::StepEntry& want = t.steps[i];
        Map s(node[i]);
        c.number(s["day"], want.day);
        if (want.channel) {
            c.text(s["channel"], model::name(*want.channel));
            c.text(s["kind"], model::name(want.kind));
        }
        c.text(s["action"], want.action);
        if (!want.condition.empty())
            c.text(s["condition"], want.condition);
        if (want.consent_gate)
            c.text(s["consent"], output::consent_gate_text(*want.consent_gate));
        s.done();
    }
    // Steps left out are named in the comment beside `steps:`, one a line.
    std::size_t line = static_cast<std::size_t>(node.Mark().line);
    for (std::size_t i = 0; i < t.removed_steps.size(); ++i)
        CHECK(c.lines.at(line - t.removed_steps.size() + i).ends_with("# " + t.removed_steps[i]));
}

void compare_tactic(const Compare& c, const YAML::Node& node, const engine::TacticEntry& t) {
    Map m(node);
    c.text(m["id"], t.id);
    if (t.builds_consent())
        c.channels(m["builds_consent_for"], t.builds_consent_for);
    else
        c.text(m["strategy"], t.strategy);
    c.text(m["name"], t.name);
    c.text(m["description"], t.description);
    c.channels(m["channels"], t.channels);
    c.text(m["effort"], model::name(t.effort));
    c.text(m["cost"], model::name(t.cost));
    c.fill(m["owner"], t.owner);
    c.fill(m["approver"], t.approver);
    c.fill(m["contributors"], t.contributors);
    c.fill(m["informed"], t.informed);
    if (!t.trigger.empty())
        c.text(m["trigger"], t.trigger);
    c.words(m["confirm"], {t.unsettled.begin(), t.unsettled.end()});
    compare_steps(c, m["steps"], t);
    YAML::Node risks = m["risks"];
    REQUIRE(risks.size() == t.risks.size());
    for (std::size_t i = 0; i < t.risks.size(); ++i) {
        Map r(risks[i]);
        c.text(r["risk"], t.risks[i].risk);
        c.text(r["mitigation"], t.risks[i].mitigation);
        r.done();
    }
    Map hypothesis(m["hypothesis"]);
    c.fill(hypothesis["statement"], t.hypothesis);
    if (t.test_kpi)
        c.text(hypothesis["kpi"], t.test_kpi->id);
    else
        CHECK(hypothesis["kpi"].IsNull());
    c.text(hypothesis["test"], engine::design_word(t.test));
    hypothesis.done();
    Map phases(m["phases"]);
    Map pilot(phases["pilot"]);
    c.fill(pilot["audience_share"], t.phases.audience_share);
    c.fill(pilot["control_group"], t.phases.control_group);
    pilot.done();
    Map go(phases["go_no_go"]);
    c.fill(go["criterion"], t.phases.criterion);
    c.number(go["after_days"], t.phases.after_days);
    go.done();
    Map scale(phases["scale"]);
    c.fill(scale["plan"], t.phases.scale_plan);
    scale.done();
    phases.done();
    m.done();
}

void compare_assumption(const Compare& c, const YAML::Node& node, const engine::Assumption& a) {
    Map m(node);
    c.text(m["about"], engine::assumption_word(a.kind));
    c.text(m["text"], a.text);
    if (a.kind == engine::AssumptionKind::answer) {
        c.text(m["question"], a.question);
        c.text(m["answer"], a.answer);
        c.text(m["label"], a.label);
        c.text(m["source"], output::answer_source_word(a.source));
        if (!a.origin.empty())
            c.text(m["from"], a.origin);
        std::vector<std::string_view> ids;
        for (const engine::StrategyName& s : a.supports)
            ids.push_back(s.id);
        c.words(m["supports"], ids);
    } else if (a.kind == engine::AssumptionKind::consent) {
        c.text(m["channel"], model::name(*a.channel));
        c.text(m["consent"], a.consent ? model::name(*a.consent) : "unknown");
    } else {
        c.text(m["kpi"], a.kpi);
    }
    YAML::Node confirmed = m["confirmed"];
    c.flag(confirmed, a.check.empty());
    if (!a.check.empty())
        CHECK(c.lines.at(static_cast<std::size_t>(confirmed.Mark().line))
                  .ends_with("false  # " + a.check));
    m.done();
}

void compare_kpi(const Compare& c, const YAML::Node& node, const engine::KpiEntry& k) {
    const model::Kpi& kpi = *k.kpi;
    Map m(node);
    c.text(m["id"], kpi.id);
    c.text(m["name"], kpi.name);
    c.text(m["role"], k.primary ? "primary" : "secondary");
    c.text(m["unit"], model::name(kpi.unit));
    c.text(m["better"], model::name(kpi.direction));
    c.text(m["cadence"], model::name(kpi.cadence));
    if (k.benchmark) { // the figure of the plan's market: regional ones name their region
        const model::Benchmark& shown = *k.benchmark;
        Map b(m["benchmark"]);
        c.figure(b["value"], shown.value);
        if (output::is_regional(kpi, k.benchmark))
            c.text(b["region"], model::name(*shown.region));
        c.number(b["year"], shown.year);
        if (!shown.segment.empty())
            c.text(b["segment"], shown.segment);
        if (!shown.note.empty())
            c.text(b["note"], shown.note);
        c.text(b["source"], shown.source.id);
        if (k.cited)
            c.text(b["cited"], output::source_text(*k.cited));
        b.done();
    } else {
        CHECK(m["benchmark"].IsNull());
        if (!kpi.no_benchmark.empty())
            c.text(m["benchmark_note"], kpi.no_benchmark);
    }
    c.fill(m["baseline"], k.baseline);
    std::string rule = kpi.target ? output::target_rule_text(*kpi.target, kpi) : "";
    if (k.target.value)
        c.figure(m["target"], *k.target.value);
    else
        c.fill(m["target"], k.target, rule);
    if (kpi.target)
        c.text(m["target_rule"], rule);
    else
        CHECK(m["target_rule"].IsNull());
    CHECK(m["actuals"].size() == 0);
    m.done();
}

void compare_checklists(const Compare& c, Map& root, const engine::CampaignDocument& d) {
    Map budget(root["budget"]);
    c.fill(budget["total"], d.budget_total);
    c.fill(budget["currency"], d.currency);
    YAML::Node by_channel = budget["by_channel"];
    if (d.budget_split) { // the split by the roadmap's rule, in shares: a plan has no amount
        const engine::BudgetSplit& s = *d.budget_split;
        auto share = [](long long tenths) {
            return tenths % 10 == 0 ? std::to_string(tenths / 10)
                                    : fmt::format("{}.{}", tenths / 10, tenths % 10);
        };
        Map rule(budget["rule"]);
        Map weights(rule["weights"]);
        for (const auto& [level, points] : s.rule.weights)
            c.number(weights[std::string(model::name(level)).c_str()], points);
        weights.done();
        c.number(rule["reserve"], s.rule.reserve);
        c.number(rule["pilot"], s.rule.pilot);
        c.number(rule["scale"], s.rule.scale);
        rule.done();
        c.text(budget["unit"], "percent");
        c.figure(budget["reserve"], share(s.reserve));
        YAML::Node by_tactic = budget["by_tactic"];
        REQUIRE(by_tactic.size() == s.tactics.size());
        for (std::size_t i = 0; i < s.tactics.size(); ++i) {
            const engine::BudgetTacticShare& t = s.tactics[i];
            Map m(by_tactic[i]);
            c.text(m["tactic"], t.tactic);
            c.text(m["cost"], model::name(t.cost));
            c.figure(m["share"], share(t.units));
            c.figure(m["pilot"], share(t.pilot));
            c.figure(m["scale"], share(t.scale));
            Map channels(m["by_channel"]);
            for (const engine::BudgetChannelShare& ch : t.channels)
                c.figure(channels[std::string(model::name(ch.channel)).c_str()], share(ch.units));
            channels.done();
            m.done();
        }
    }
    budget.done();
    REQUIRE(by_channel.size() == d.budget_by_channel.size());
    for (const engine::BudgetLine& line : d.budget_by_channel)
        c.fill(by_channel[std::string(model::name(line.channel))], line.amount);
    YAML::Node privacy = root["privacy"];
    REQUIRE(privacy.size() == d.privacy.size());
    for (std::size_t i = 0; i < d.privacy.size(); ++i) {
        Map p(privacy[i]);
        c.text(p["topic"], d.privacy[i].topic);
        c.text(p["check"], d.privacy[i].text);
        if (!d.privacy[i].source.empty())
            c.text(p["source"], d.privacy[i].source);
        if (!d.privacy[i].url.empty())
            c.text(p["url"], d.privacy[i].url);
        c.flag(p["done"], d.privacy[i].done);
        p.done();
    }
    if (!d.b2b())
        return;
    YAML::Node stages = root["lead_stages"];
    REQUIRE(stages.size() == d.lead_stages.size());
    for (std::size_t i = 0; i < d.lead_stages.size(); ++i) {
        Map s(stages[i]);
        c.text(s["id"], d.lead_stages[i].id);
        c.text(s["name"], d.lead_stages[i].name);
        c.text(s["owner"], d.lead_stages[i].owner);
        c.fill(s["definition"], d.lead_stages[i].definition);
        c.fill(s["sla"], d.lead_stages[i].sla);
        s.done();
    }
    Map feedback(root["lead_feedback"]);
    c.fill(feedback["cadence"], d.lead_feedback->cadence);
    c.text(feedback["rule"], d.lead_feedback->rule);
    feedback.done();
}

/// Every value of the document, read back with yaml-cpp.
void compare_with_yaml_cpp(const std::string& text, const engine::CampaignDocument& d) {
    Compare c;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        c.lines.push_back(line);
    Map root(YAML::Load(text));
    compare_header(c, root, d);
    compare_answers(c, root, d);
    YAML::Node strategies = root["strategies"];
    REQUIRE(strategies.size() == d.strategies.size());
    for (std::size_t i = 0; i < d.strategies.size(); ++i)
        compare_strategy(c, strategies[i], d.strategies[i]);
    YAML::Node assumptions = root["assumptions"];
    REQUIRE(assumptions.size() == d.assumptions.size());
    for (std::size_t i = 0; i < d.assumptions.size(); ++i)
        compare_assumption(c, assumptions[i], d.assumptions[i]);
    YAML::Node tactics = root["tactics"];
    REQUIRE(tactics.size() == d.tactics.size());
    for (std::size_t i = 0; i < d.tactics.size(); ++i)
        compare_tactic(c, tactics[i], d.tactics[i]);
    YAML::Node dropped = root["dropped_tactics"];
    REQUIRE(dropped.size() == d.dropped_tactics.size());
    for (std::size_t i = 0; i < d.dropped_tactics.size(); ++i) {
        Map t(dropped[i]);
        c.text(t["id"], d.dropped_tactics[i].id);
        c.text(t["strategy"], d.dropped_tactics[i].strategy);
        c.text(t["reason"], d.dropped_tactics[i].reason);
        t.done();
    }
    YAML::Node kpis = root["kpis"];
    REQUIRE(kpis.size() == d.kpis.size());
    for (std::size_t i = 0; i < d.kpis.size(); ++i)
        compare_kpi(c, kpis[i], d.kpis[i]);
    compare_calendar(c, root["calendar"], d.calendar);
    compare_checklists(c, root, d);
    Map provenance(root["provenance"]);
    c.text(provenance["strat_version"], d.strat_version);
    YAML::Node roadmaps = provenance["roadmaps"];
    REQUIRE(roadmaps.size() == d.roadmaps.size());
    for (std::size_t i = 0; i < d.roadmaps.size(); ++i) {
        c.text(roadmaps[i]["path"], d.roadmaps[i].path);
        c.text(roadmaps[i]["sha256"], d.roadmaps[i].sha256);
    }
    provenance.done();
    root.done();
}

/// What `strat review` reads, read back with strat's own campaign reader.
void compare_with_strat_reader(const std::string& text, const engine::CampaignDocument& d) {
    load::LoadedCampaign loaded = load::parse_campaign_text("campaign.yaml", text);
    CHECK(loaded.diagnostics.items().empty());
    REQUIRE(loaded.campaign);
    const model::CampaignRecord& r = *loaded.campaign;
    CHECK(r.name == d.name);
    CHECK(r.industry == d.industry_id);
    CHECK(r.goal == d.goal_id);
    CHECK_FALSE(r.start);
    CHECK_FALSE(r.end);
    REQUIRE(r.answers.size() == d.answers.size());
    for (std::size_t i = 0; i < d.answers.size(); ++i)
        CHECK(r.answers[i] == std::pair(d.answers[i].question, d.answers[i].answer));
    REQUIRE(r.strategies.size() == d.strategies.size());
    std::vector<std::string> chosen;
    for (std::size_t i = 0; i < d.strategies.size(); ++i) {
        const engine::StrategyEntry& s = d.strategies[i];
        CHECK(r.strategies[i].id == s.id);
        CHECK(r.strategies[i].rank == s.rank);
        CHECK(r.strategies[i].score == s.score);
        CHECK(r.strategies[i].chosen == s.chosen);
        REQUIRE(r.strategies[i].reasons.size() == s.reasons.size());
        for (std::size_t j = 0; j < s.reasons.size(); ++j)
            CHECK(r.strategies[i].reasons[j] ==
                  output::signed_points(s.reasons[j].points) + " " + s.reasons[j].text);
        if (s.chosen)
            chosen.push_back(s.id);
    }
    CHECK(r.chosen_strategies == chosen);
    REQUIRE(r.tactics.size() == d.tactics.size());
    for (std::size_t i = 0; i < d.tactics.size(); ++i)
        CHECK(r.tactics[i] == d.tactics[i].id);
    REQUIRE(r.kpis.size() == d.kpis.size());
    for (std::size_t i = 0; i < d.kpis.size(); ++i) {
        const model::Kpi& want = *d.kpis[i].kpi;
        CHECK(r.kpis[i].id == want.id);
        CHECK(r.kpis[i].name == want.name);
        CHECK(r.kpis[i].direction == want.direction);
        CHECK(r.kpis[i].unit == want.unit);
        CHECK(r.kpis[i].cadence == want.cadence);
        CHECK_FALSE(r.kpis[i].baseline);
        if (d.kpis[i].target.value)
            CHECK(r.kpis[i].target == doctest::Approx(std::stod(*d.kpis[i].target.value)));
        else
            CHECK_FALSE(r.kpis[i].target);
    }
    REQUIRE(r.roadmaps.size() == d.roadmaps.size());
    for (std::size_t i = 0; i < d.roadmaps.size(); ++i)
        CHECK(r.roadmaps[i] == std::pair(d.roadmaps[i].path, d.roadmaps[i].sha256));
}

} // namespace

TEST_CASE("campaign yaml: every shipped skeleton reads back as the document it was written from") {
    static load::Catalog catalog = load::load_catalog({}, {}).catalog;
    std::size_t written = 0;
    for (const std::string& id : catalog.industry_ids()) {
        model::Diagnostics diagnostics;
        std::optional<model::Roadmap> roadmap = catalog.resolve(*catalog.find(id), diagnostics);
        REQUIRE(roadmap);
        model::Index index(*roadmap);
        for (const model::Goal& goal : roadmap->goals)
            for (const Variant& v : variants()) {
                std::optional<engine::Plan> plan = plan_for(*roadmap, index, goal, v);
                if (!plan)
                    continue; // strat plan refuses it: nothing is written
                for (std::optional<std::string> date :
                     {std::optional<std::string>("2026-01-01"), std::optional<std::string>()}) {
                    INFO(id, " ", goal.id, " ", v.name, " ", date.value_or("(no date)"));
                    engine::CampaignDocument doc =
                        engine::make_campaign_document(*plan, date, "test");
                    std::ostringstream out;
                    output::write_campaign_yaml(out, doc);
                    compare_with_strat_reader(out.str(), doc);
                    compare_with_yaml_cpp(out.str(), doc);
                    ++written;
                }
            }
    }
    // Eight industries of seven or eight goals: most variants make a plan.
    CHECK(written > 800);
}
