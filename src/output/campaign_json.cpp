// The campaign as JSON: the same fields as the YAML skeleton; fields to fill are null.

#include "output/campaign.hpp"
#include "output/figures.hpp"
#include "output/json.hpp"

#include <fmt/format.h>

namespace strat::output {
namespace {

using namespace model;

void facts_json(JsonWriter& json, const Facts& f) {
    json.begin_object();
    auto flags = [&](std::string_view key, const auto& map) {
        json.key(key).begin_object();
        for (const auto& [k, v] : map) {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Consent>)
                json.field(name(k), name(v));
            else if constexpr (std::is_same_v<std::decay_t<decltype(k)>, Channel>)
                json.field(name(k), v);
            else
                json.field(k, v);
        }
        json.end_object();
    };
    flags("consent", f.consent);
    flags("channels", f.channels);
    flags("data", f.data);
    flags("tooling", f.tooling);
    auto level = [&](std::string_view key, const auto& value) {
        json.key(key);
        if (value)
            json.value(name(*value));
        else
            json.null();
    };
    level("budget", f.budget);
    level("maturity", f.maturity);
    level("audience", f.audience);
    json.end_object();
}

void steps_json(JsonWriter& json, const engine::PlannedTactic& t) {
    json.key("steps").begin_array();
    for (const engine::PlannedStep& p : t.steps) {
        const Step* step = p.step;
        json.begin_object();
        json.field("day", step->day);
        json.key("channel");
        if (step->channel)
            json.value(name(*step->channel));
        else
            json.null();
        json.field("kind", name(step->kind));
        json.field("action", std::string_view(step->action));
        json.field("condition", std::string_view(step->condition));
        json.key("consent");
        if (p.consent_gate)
            json.value(
                fmt::format("only contacts with recorded consent for {}", name(*p.consent_gate)));
        else
            json.null();
        json.end_object();
    }
    json.end_array();
    json.key("removed_steps").begin_array();
    for (const std::string& removed : t.removed_steps)
        json.value(std::string_view(removed));
    json.end_array();
}

/// One tactic: of a chosen strategy, or planned first to build consent.
void tactic_json(JsonWriter& json, const engine::PlannedTactic& t, const engine::RankedStrategy* s,
                 const engine::ConsentFirst* first) {
    json.begin_object();
    json.field("id", std::string_view(t.tactic->id));
    json.key("strategy");
    if (s)
        json.value(std::string_view(s->strategy->id));
    else
        json.null();
    json.key("builds_consent_for").begin_array();
    if (first)
        for (Channel ch : first->channels)
            json.value(name(ch));
    json.end_array();
    json.field("name", std::string_view(t.tactic->name));
    json.field("description", std::string_view(t.tactic->description));
    json.key("channels").begin_array();
    for (Channel ch : t.channels)
        json.value(name(ch));
    json.end_array();
    json.field("effort", name(t.tactic->effort));
    json.field("cost", name(t.tactic->cost));
    json.key("owner").null();
    json.field("trigger", std::string_view(t.tactic->trigger));
    json.key("confirm").begin_array();
    for (const engine::OpenRequirement& p : t.to_confirm)
        json.value(std::string_view(p.text));
    json.end_array();
    steps_json(json, t);
    json.key("phases").begin_object();
    json.key("pilot").begin_object();
    json.key("audience_share").null();
    json.key("control_group").null();
    json.end_object();
    json.key("go_no_go").begin_object();
    json.key("criterion").null();
    json.field("after_days", 30);
    json.end_object();
    json.key("scale").begin_object();
    json.key("plan").null();
    json.end_object();
    json.end_object();
    json.end_object();
}

} // namespace

void write_campaign_json(std::ostream& out, const engine::Campaign& c) {
    const engine::Plan& plan = *c.plan;
    Index index(*plan.roadmap);
    JsonWriter json(out);
    json.begin_object();
    json.field("strat_campaign", 1);
    json.field("name", std::string_view(c.name));
    json.key("owner").null();
    json.field("version", 1);
    json.key("dates").begin_object();
    json.key("created");
    if (c.created)
        json.value(std::string_view(*c.created));
    else
        json.null();
    json.key("start").null();
    json.key("end").null();
    json.end_object();
    json.key("reviews").begin_array();
    for (const engine::ReviewPoint& r : c.reviews) {
        json.begin_object();
        json.field("after_days", r.day);
        json.field("purpose", std::string_view(r.purpose));
        json.key("date").null();
        json.end_object();
    }
    json.end_array();
    json.key("industry").begin_object();
    json.field("id", std::string_view(plan.roadmap->id));
    json.field("name", std::string_view(plan.roadmap->name));
    json.end_object();
    json.key("goal").begin_object();
    json.field("id", std::string_view(plan.goal->id));
    json.field("name", std::string_view(plan.goal->name));
    json.field("description", std::string_view(plan.goal->description));
    json.end_object();
    const std::vector<const Kpi*>& kpis = c.kpis;
    json.key("objective").begin_object();
    json.key("statement").null();
    json.key("primary_kpi");
    if (kpis.empty())
        json.null();
    else
        json.value(std::string_view(kpis.front()->id));
    json.end_object();
    json.key("audience").begin_object();
    json.key("segments").null();
    json.key("size").null();
    json.key("data_source").null();
    json.end_object();
    json.key("message").null();
    json.key("answers").begin_array();
    for (const engine::Answer& a : plan.answers) {
        json.begin_object();
        json.field("question", std::string_view(a.question->id));
        json.field("text", std::string_view(a.question->text));
        json.field("answer", std::string_view(a.option->id));
        json.field("label", std::string_view(a.option->label));
        json.field("source", answer_source_word(a.source));
        if (!a.origin.empty())
            json.field("from", std::string_view(a.origin));
        json.end_object();
    }
    json.end_array();
    json.key("constraints");
    facts_json(json, plan.facts);
    json.key("strategies").begin_array();
    for (std::size_t i = 0; i < plan.ranked.size(); ++i) {
        const engine::RankedStrategy& r = plan.ranked[i];
        json.begin_object();
        json.field("rank", i + 1);
        json.field("id", std::string_view(r.strategy->id));
        json.field("name", std::string_view(r.strategy->name));
        json.field("score", r.score);
        json.field("chosen", plan.is_chosen(i));
        json.field("feasible", r.feasible());
        json.key("reasons").begin_array();
        for (const engine::Reason& reason : r.reasons) {
            json.begin_object();
            json.field("points", reason.points);
            json.field("reason", std::string_view(reason.text));
            json.field("question", std::string_view(reason.question->id));
            json.field("answer", std::string_view(reason.option->id));
            json.end_object();
        }
        json.end_array();
        json.key("not_counted").begin_array();
        for (const engine::IgnoredReason& ig : r.ignored) {
            json.begin_object();
            json.field("points", ig.points);
            json.field("reason", std::string_view(ig.text));
            json.field("why", std::string_view(ig.why));
            json.end_object();
        }
        json.end_array();
        json.key("shares").begin_array();
        if (plan.is_chosen(i))
            for (const Tactic* t : r.shared)
                json.value(std::string_view(t->id));
        json.end_array();
        json.end_object();
    }
    json.end_array();
    json.key("tactics").begin_array();
    for (const engine::ConsentFirst& f : plan.consent_first)
        tactic_json(json, f.tactic, nullptr, &f);
    for (const engine::RankedStrategy* s : c.chosen())
        for (const engine::PlannedTactic& t : s->tactics)
            tactic_json(json, t, s, nullptr);
    json.end_array();
    json.key("dropped_tactics").begin_array();
    for (const engine::RankedStrategy* s : c.chosen())
        for (const engine::DroppedTactic& d : s->dropped) {
            json.begin_object();
            json.field("id", std::string_view(d.tactic->id));
            json.field("strategy", std::string_view(s->strategy->id));
            json.field("reason", std::string_view(d.reason));
            json.end_object();
        }
    json.end_array();
    json.key("kpis").begin_array();
    for (const Kpi* k : kpis) {
        json.begin_object();
        json.field("id", std::string_view(k->id));
        json.field("name", std::string_view(k->name));
        json.field("role", k == kpis.front() ? "primary" : "secondary");
        json.field("unit", name(k->unit));
        json.field("better", name(k->direction));
        json.field("cadence", name(k->cadence));
        json.key("benchmark");
        if (k->benchmark) {
            const Benchmark& b = *k->benchmark;
            json.begin_object();
            json.key("value").raw_number(b.value);
            json.field("year", b.year);
            json.field("segment", std::string_view(b.segment));
            json.field("note", std::string_view(b.note));
            json.field("source", std::string_view(b.source.id));
            const Source* s = index.source(b.source.id);
            json.field("cited", s ? source_text(*s) : std::string());
            json.end_object();
        } else {
            json.null();
        }
        json.key("benchmark_note");
        if (!k->benchmark && !k->no_benchmark.empty())
            json.value(std::string_view(k->no_benchmark));
        else
            json.null();
        json.key("baseline").null();
        json.key("target");
        if (k->target && k->target->rule == TargetRule::benchmark && k->benchmark)
            json.raw_number(k->benchmark->value);
        else
            json.null();
        json.key("target_rule");
        if (k->target)
            json.value(target_rule_text(*k->target, *k));
        else
            json.null();
        json.key("actuals").begin_array().end_array();
        json.end_object();
    }
    json.end_array();
    json.key("budget").begin_object();
    json.key("total").null();
    json.key("currency").null();
    json.key("by_channel").begin_object();
    for (Channel ch : c.channels)
        json.key(name(ch)).null();
    json.end_object();
    json.end_object();
    json.key("privacy").begin_array();
    for (const engine::PrivacyItem& item : c.privacy) {
        json.begin_object();
        json.field("topic", std::string_view(item.topic));
        json.field("check", std::string_view(item.text));
        json.field("done", false);
        json.end_object();
    }
    json.end_array();
    json.key("lead_stages").begin_array();
    for (const engine::LeadStage& stage : c.lead_stages) {
        json.begin_object();
        json.field("id", std::string_view(stage.id));
        json.field("name", std::string_view(stage.name));
        json.field("owner", std::string_view(stage.owner));
        json.key("definition").null();
        json.field("definition_guidance", std::string_view(stage.guidance));
        json.key("sla").null();
        json.end_object();
    }
    json.end_array();
    json.key("provenance").begin_object();
    json.field("strat_version", std::string_view(c.strat_version));
    json.key("roadmaps").begin_array();
    for (const engine::RoadmapProvenance& r : c.roadmaps) {
        json.begin_object();
        json.field("path", std::string_view(r.path));
        json.field("sha256", std::string_view(r.sha256));
        json.end_object();
    }
    json.end_array();
    json.end_object();
    json.end_object();
}

} // namespace strat::output
