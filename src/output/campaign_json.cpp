// The campaign document as JSON: the same fields as the YAML skeleton; fields to fill are
// null, and every key is present in every entry.

#include "output/budget.hpp"
#include "output/calendar.hpp"
#include "output/campaign.hpp"
#include "output/figures.hpp"
#include "output/json.hpp"
#include "output/roles.hpp"

namespace strat::output {
namespace {

using namespace model;

/// A value to fill in is null; one strat knows already is written.
void fill_json(JsonWriter& json, std::string_view key, const engine::FillIn& f) {
    json.key(key);
    if (f.value)
        json.value(std::string_view(*f.value));
    else
        json.null();
}

void text_or_null(JsonWriter& json, std::string_view key, std::string_view text) {
    json.key(key);
    if (text.empty())
        json.null();
    else
        json.value(text);
}

void channels_json(JsonWriter& json, std::string_view key, const std::vector<Channel>& channels) {
    json.key(key).begin_array();
    for (Channel ch : channels)
        json.value(name(ch));
    json.end_array();
}

void facts_json(JsonWriter& json, const Facts& f) {
    json.key("constraints").begin_object();
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

void header_json(JsonWriter& json, const engine::CampaignDocument& d) {
    json.field("strat_campaign", d.format);
    json.field("name", std::string_view(d.name));
    json.key("market");
    if (d.market) {
        json.begin_object();
        json.field("id", std::string_view(d.market->id));
        json.field("name", std::string_view(d.market->name));
        json.end_object();
    } else {
        json.null();
    }
    fill_json(json, "owner", d.owner);
    json.field("version", d.version);
    json.key("dates").begin_object();
    fill_json(json, "created", d.created);
    fill_json(json, "start", d.start);
    fill_json(json, "end", d.end);
    json.end_object();
    json.key("reviews").begin_array();
    for (const engine::ReviewPoint& r : d.reviews) {
        json.begin_object();
        json.field("after_days", r.after_days);
        json.field("purpose", std::string_view(r.purpose));
        fill_json(json, "date", r.date);
        json.end_object();
    }
    json.end_array();
    json.key("industry").begin_object();
    json.field("id", std::string_view(d.industry_id));
    json.field("name", std::string_view(d.industry_name));
    json.end_object();
    json.key("goal").begin_object();
    json.field("id", std::string_view(d.goal_id));
    json.field("name", std::string_view(d.goal_name));
    json.field("description", std::string_view(d.goal_description));
    json.end_object();
    json.key("objective").begin_object();
    fill_json(json, "statement", d.objective);
    text_or_null(json, "primary_kpi", d.primary_kpi);
    json.end_object();
    json.key("audience").begin_object();
    fill_json(json, "segments", d.segments);
    fill_json(json, "size", d.audience_size);
    fill_json(json, "data_source", d.data_source);
    json.end_object();
    fill_json(json, "message", d.message);
}

void answers_json(JsonWriter& json, const engine::CampaignDocument& d) {
    json.key("answers").begin_array();
    for (const engine::AnsweredQuestion& a : d.answers) {
        json.begin_object();
        json.field("question", std::string_view(a.question));
        json.field("text", std::string_view(a.text));
        json.field("answer", std::string_view(a.answer));
        json.field("label", std::string_view(a.label));
        json.field("source", answer_source_word(a.source));
        if (!a.origin.empty())
            json.field("from", std::string_view(a.origin));
        json.end_object();
    }
    json.end_array();
}

void strategy_json(JsonWriter& json, const engine::StrategyEntry& s) {
    json.begin_object();
    json.field("rank", s.rank);
    json.field("id", std::string_view(s.id));
    json.field("name", std::string_view(s.name));
    json.field("score", s.score);
    json.field("chosen", s.chosen);
    json.field("feasible", s.feasible);
    json.key("reasons").begin_array();
    for (const engine::ScoreReason& r : s.reasons) {
        json.begin_object();
        json.field("points", r.points);
        json.field("reason", std::string_view(r.text));
        json.field("question", std::string_view(r.question));
        json.field("answer", std::string_view(r.answer));
        json.end_object();
    }
    json.end_array();
    json.key("not_counted").begin_array();
    for (const engine::IgnoredReason& ig : s.not_counted) {
        json.begin_object();
        json.field("points", ig.points);
        json.field("reason", std::string_view(ig.text));
        json.field("why", std::string_view(ig.why));
        json.end_object();
    }
    json.end_array();
    json.key("shares").begin_array();
    for (const engine::TacticName& t : s.shares)
        json.value(std::string_view(t.id));
    json.end_array();
    json.end_object();
}

void steps_json(JsonWriter& json, const engine::TacticEntry& t) {
    json.key("steps").begin_array();
    for (const engine::StepEntry& step : t.steps) {
        json.begin_object();
        json.field("day", step.day);
        json.key("channel");
        if (step.channel)
            json.value(name(*step.channel));
        else
            json.null();
        json.field("kind", name(step.kind));
        json.field("action", std::string_view(step.action));
        json.field("condition", std::string_view(step.condition));
        json.key("consent");
        if (step.consent_gate)
            json.value(consent_gate_text(*step.consent_gate));
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

void phases_json(JsonWriter& json, const engine::Phases& p) {
    json.key("phases").begin_object();
    json.key("pilot").begin_object();
    fill_json(json, "audience_share", p.audience_share);
    fill_json(json, "control_group", p.control_group);
    json.end_object();
    json.key("go_no_go").begin_object();
    fill_json(json, "criterion", p.criterion);
    json.field("after_days", p.after_days);
    json.end_object();
    json.key("scale").begin_object();
    fill_json(json, "plan", p.scale_plan);
    json.end_object();
    json.end_object();
}

void tactic_json(JsonWriter& json, const engine::TacticEntry& t) {
    json.begin_object();
    json.field("id", std::string_view(t.id));
    text_or_null(json, "strategy", t.strategy);
    channels_json(json, "builds_consent_for", t.builds_consent_for);
    json.field("name", std::string_view(t.name));
    json.field("description", std::string_view(t.description));
    channels_json(json, "channels", t.channels);
    json.field("effort", name(t.effort));
    json.field("cost", name(t.cost));
    fill_json(json, "owner", t.owner);
    write_tactic_roles_json(json, t);
    json.field("trigger", std::string_view(t.trigger));
    json.key("confirm").begin_array();
    for (const std::string& c : t.unsettled)
        json.value(std::string_view(c));
    json.end_array();
    steps_json(json, t);
    write_tactic_test_json(json, t);
    phases_json(json, t.phases);
    json.end_object();
}

void benchmark_json(JsonWriter& json, const engine::KpiEntry& k) {
    json.key("benchmark");
    if (!k.benchmark) {
        json.null();
        return;
    }
    const Benchmark& b = *k.benchmark;
    json.begin_object();
    json.key("value").raw_number(b.value);
    if (is_regional(*k.kpi, k.benchmark)) // a figure of the plan's market's region only
        json.field("region", name(*b.region));
    json.field("year", b.year);
    json.field("segment", std::string_view(b.segment));
    json.field("note", std::string_view(b.note));
    json.field("source", std::string_view(b.source.id));
    json.field("cited", k.cited ? source_text(*k.cited) : std::string());
    json.end_object();
}

void kpi_json(JsonWriter& json, const engine::KpiEntry& k) {
    const Kpi& kpi = *k.kpi;
    json.begin_object();
    json.field("id", std::string_view(kpi.id));
    json.field("name", std::string_view(kpi.name));
    json.field("role", k.primary ? "primary" : "secondary");
    json.field("unit", name(kpi.unit));
    json.field("better", name(kpi.direction));
    json.field("cadence", name(kpi.cadence));
    benchmark_json(json, k);
    text_or_null(json, "benchmark_note", k.benchmark ? std::string_view() : kpi.no_benchmark);
    fill_json(json, "baseline", k.baseline);
    json.key("target");
    if (k.target.value)
        json.raw_number(*k.target.value);
    else
        json.null();
    json.key("target_rule");
    if (kpi.target)
        json.value(target_rule_text(*kpi.target, kpi));
    else
        json.null();
    json.key("actuals").begin_array().end_array();
    json.end_object();
}

void checklists_json(JsonWriter& json, const engine::CampaignDocument& d) {
    json.key("budget").begin_object();
    fill_json(json, "total", d.budget_total);
    fill_json(json, "currency", d.currency);
    json.key("by_channel").begin_object();
    for (const engine::BudgetLine& line : d.budget_by_channel)
        fill_json(json, name(line.channel), line.amount);
    json.end_object();
    write_budget_json(json, d);
    json.end_object();
    json.key("privacy").begin_array();
    for (const engine::PrivacyItem& item : d.privacy) {
        json.begin_object();
        json.field("topic", std::string_view(item.topic));
        json.field("check", std::string_view(item.text));
        text_or_null(json, "source", item.source);
        text_or_null(json, "url", item.url);
        json.field("done", item.done);
        json.end_object();
    }
    json.end_array();
    json.key("lead_stages").begin_array();
    for (const engine::LeadStage& stage : d.lead_stages) {
        json.begin_object();
        json.field("id", std::string_view(stage.id));
        json.field("name", std::string_view(stage.name));
        json.field("owner", std::string_view(stage.owner));
        fill_json(json, "definition", stage.definition);
        json.field("definition_guidance", std::string_view(stage.definition.hint));
        fill_json(json, "sla", stage.sla);
        json.end_object();
    }
    json.end_array();
}

} // namespace

void write_campaign_json(std::ostream& out, const engine::CampaignDocument& d) {
    JsonWriter json(out);
    json.begin_object();
    header_json(json, d);
    answers_json(json, d);
    facts_json(json, d.constraints);
    json.key("strategies").begin_array();
    for (const engine::StrategyEntry& s : d.strategies)
        strategy_json(json, s);
    json.end_array();
    write_assumptions_json(json, d);
    json.key("tactics").begin_array();
    for (const engine::TacticEntry& t : d.tactics)
        tactic_json(json, t);
    json.end_array();
    json.key("dropped_tactics").begin_array();
    for (const engine::DroppedEntry& t : d.dropped_tactics) {
        json.begin_object();
        json.field("id", std::string_view(t.id));
        json.field("strategy", std::string_view(t.strategy));
        json.field("reason", std::string_view(t.reason));
        json.end_object();
    }
    json.end_array();
    json.key("kpis").begin_array();
    for (const engine::KpiEntry& k : d.kpis)
        kpi_json(json, k);
    json.end_array();
    write_calendar_json(json, d);
    checklists_json(json, d);
    json.key("provenance").begin_object();
    json.field("strat_version", std::string_view(d.strat_version));
    json.key("roadmaps").begin_array();
    for (const engine::RoadmapProvenance& r : d.roadmaps) {
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
