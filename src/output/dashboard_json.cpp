#include "output/dashboard.hpp"
#include "output/json.hpp"
#include "output/review_spend.hpp"

#include <fmt/format.h>

namespace strat::output {
namespace {

using engine::DashboardCampaign;

void number_or_null(JsonWriter& json, std::string_view key, std::optional<double> v,
                    std::string_view format = "{:g}") {
    json.key(key);
    if (v)
        json.raw_number(fmt::format(fmt::runtime(format), *v));
    else
        json.null();
}

void text_or_null(JsonWriter& json, std::string_view key, const std::optional<model::Day>& day) {
    json.key(key);
    if (day)
        json.value(std::string_view(day->text));
    else
        json.null();
}

void kpi_ids(JsonWriter& json, std::string_view key, const DashboardCampaign& c,
             const std::vector<std::size_t>& kpis) {
    json.key(key).begin_array();
    for (std::size_t k : kpis)
        json.value(std::string_view(c.campaign->kpis[k].id));
    json.end_array();
}

void kpi(JsonWriter& json, const DashboardCampaign& c, std::size_t k) {
    const engine::KpiReview& r = c.review.kpis[k];
    const engine::DashboardKpi& dk = c.kpis[k];
    json.begin_object();
    json.field("id", std::string_view(r.kpi->id));
    json.field("name", std::string_view(r.kpi->name));
    json.field("better", model::name(r.kpi->direction));
    json.key("cadence");
    if (r.kpi->cadence)
        json.value(model::name(*r.kpi->cadence));
    else
        json.null();
    number_or_null(json, "baseline", r.kpi->baseline);
    number_or_null(json, "target", r.kpi->target);
    json.key("latest");
    if (r.latest) {
        json.begin_object();
        json.field("date", std::string_view(r.latest->date.text));
        json.key("value").raw_number(fmt::format("{:g}", r.latest->value));
        json.end_object();
    } else {
        json.null();
    }
    text_or_null(json, "due", r.due.last_due);
    text_or_null(json, "next_due", r.due.next_due);
    json.field("overdue", r.overdue);
    number_or_null(json, "progress", r.progress, "{:.4g}");
    number_or_null(json, "expected", r.expected, "{:.4g}");
    number_or_null(json, "behind", dk.behind, "{:.4g}");
    json.field("trend", engine::trend_name(r.trend));
    json.field("status", engine::status_name(r.status));
    json.field("why", std::string_view(r.why));
    json.field("readings", static_cast<std::int64_t>(dk.readings));
    text_or_null(json, "last_reading", dk.last_reading);
    json.key("series").begin_array();
    for (const engine::SeriesPoint& p : dk.series) {
        json.begin_object();
        json.field("date", model::day_from_days(p.day).text);
        json.key("value").raw_number(fmt::format("{:g}", p.value));
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

void tactic(JsonWriter& json, const DashboardCampaign& c, const engine::DashboardTactic& t) {
    json.begin_object();
    json.field("id", std::string_view(t.source->id));
    json.field("name", std::string_view(t.source->name));
    json.key("strategy");
    if (t.source->strategy.empty())
        json.null();
    else
        json.value(std::string_view(t.source->strategy));
    json.key("status");
    if (t.source->state)
        json.value(load::state_name(*t.source->state));
    else
        json.null();
    text_or_null(json, "status_since", t.source->since);
    json.field("in_roadmap", t.tactic != nullptr);
    // The roles as filled in; an empty list: not named yet.
    json.key("roles").begin_object();
    for (auto [key, names] :
         {std::pair{"owner", &t.source->owner}, std::pair{"approver", &t.source->approver},
          std::pair{"contributors", &t.source->contributors},
          std::pair{"informed", &t.source->informed}}) {
        json.key(key).begin_array();
        for (const std::string& name : *names)
            json.value(std::string_view(name));
        json.end_array();
    }
    json.end_object();
    kpi_ids(json, "kpis", c, t.kpis);
    json.field("unmeasured", t.unmeasured);
    json.field("why", std::string_view(t.why));
    json.end_object();
}

void campaign(JsonWriter& json, const DashboardCampaign& c) {
    const model::CampaignRecord& r = *c.campaign;
    json.begin_object();
    json.field("key", std::string_view(c.key));
    json.field("file", std::string_view(r.file->path()));
    json.field("name", std::string_view(r.name));
    json.field("industry", std::string_view(r.industry));
    json.field("goal", std::string_view(r.goal));
    text_or_null(json, "start", r.start);
    text_or_null(json, "end", r.end);
    number_or_null(json, "elapsed", c.review.elapsed, "{:.4g}");
    json.field("health", engine::health_name(c.health));
    json.key("tactics").begin_array();
    for (const engine::DashboardTactic& t : c.tactics)
        tactic(json, c, t);
    json.end_array();
    json.key("strategies").begin_array();
    for (const engine::DashboardStrategy& s : c.strategies) {
        json.begin_object();
        json.field("id", std::string_view(s.id));
        json.field("name", std::string_view(s.name));
        json.field("chosen", s.chosen);
        json.field("health", engine::health_name(s.health));
        json.key("attention").begin_array();
        for (const std::string& a : s.attention)
            json.value(std::string_view(a));
        json.end_array();
        json.key("tactics").begin_array();
        for (std::size_t t : s.tactics)
            json.value(std::string_view(c.tactics[t].source->id));
        json.end_array();
        kpi_ids(json, "kpis", c, s.kpis);
        json.end_object();
    }
    json.end_array();
    kpi_ids(json, "goal_kpis", c, c.goal_kpis);
    json.key("kpis").begin_array();
    for (std::size_t k = 0; k < c.kpis.size(); ++k)
        kpi(json, c, k);
    json.end_array();
    json.key("notes").begin_array();
    for (const std::string& n : c.review.notes)
        json.value(std::string_view(n));
    json.end_array();
    write_spend_json(json, c.spend ? &*c.spend : nullptr, false);
    json.end_object();
}

} // namespace

void print_dashboard_json(std::ostream& out, const engine::Dashboard& d) {
    JsonWriter json(out);
    json.begin_object();
    text_or_null(json, "as_of", d.as_of);
    text_or_null(json, "since", d.since);
    json.key("summary").begin_object();
    json.field("campaigns", d.campaigns.size());
    json.field("goals", d.goals.size());
    json.field("strategies", d.strategies);
    json.field("on_track", d.on_track);
    json.field("actuals", static_cast<std::int64_t>(d.readings));
    json.end_object();
    json.key("next_steps").begin_array();
    for (const engine::NextAction& a : d.next) {
        const DashboardCampaign& c = d.campaigns[a.campaign];
        const engine::KpiAdvice& advice = c.review.advice[a.advice];
        json.begin_object();
        json.field("campaign", std::string_view(c.key));
        json.field("kpi", std::string_view(advice.review->kpi->id));
        json.field("status", engine::status_name(advice.review->status));
        json.key("behind").raw_number(fmt::format("{:.4g}", a.behind));
        // Whom to ask: the owners of the campaign's tactics that move the KPI.
        json.key("ask").begin_array();
        for (std::size_t t : a.tactics) {
            const load::CampaignTactic& tactic = *c.tactics[t].source;
            json.begin_object();
            json.field("tactic", std::string_view(tactic.id));
            json.key("owner").begin_array();
            for (const std::string& name : tactic.owner)
                json.value(std::string_view(name));
            json.end_array();
            json.end_object();
        }
        json.end_array();
        json.key("steps").begin_array();
        for (const engine::NextStep& s : advice.steps) {
            json.begin_object();
            json.field("action", s.kind == engine::NextStep::Kind::add_tactic ? "add-tactic"
                                                                              : "switch-strategy");
            json.field("strategy", std::string_view(s.strategy->id));
            json.key("tactic");
            if (s.tactic)
                json.value(std::string_view(s.tactic->id));
            else
                json.null();
            json.field("reason", std::string_view(s.reason));
            json.end_object();
        }
        json.end_array();
        json.end_object();
    }
    json.end_array();
    json.key("goals").begin_array();
    for (const engine::DashboardGoal& g : d.goals) {
        json.begin_object();
        json.field("id", std::string_view(g.id));
        json.key("names").begin_array();
        for (const std::string& n : g.names)
            json.value(std::string_view(n));
        json.end_array();
        json.field("strategies", g.strategies);
        json.field("on_track", g.on_track);
        json.key("campaigns").begin_array();
        for (std::size_t c : g.campaigns)
            campaign(json, d.campaigns[c]);
        json.end_array();
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

} // namespace strat::output
