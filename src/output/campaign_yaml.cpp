// The campaign document as the YAML skeleton, written by yaml-cpp's emitter: block style,
// flow style for short lists, `null  # fill in: ...` for the values a team supplies, and
// a blank line and a comment before each section, as strat-campaign(5) documents.

#include "output/budget.hpp"
#include "output/calendar.hpp"
#include "output/campaign.hpp"
#include "output/figures.hpp"
#include "output/roles.hpp"
#include "output/yaml_writer.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

namespace strat::output {
namespace {

using namespace model;
using util::tr;

/// `english` in the run's language, formatted.
template <typename... Args> std::string say(std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...);
}

/// A value strat knows, one it suggests (marked so), or null with what to fill in.
YamlWriter& fill(YamlWriter& y, const engine::FillIn& f) {
    if (f.value && f.suggested)
        return y.text(*f.value).comment(tr("suggested: keep or change it"));
    return f.value ? y.word(*f.value) : y.null(say("fill in: {}", f.hint));
}

YamlWriter& channels(YamlWriter& y, const std::vector<Channel>& channels) {
    std::vector<std::string_view> words;
    for (Channel ch : channels)
        words.push_back(name(ch));
    return y.words(words);
}

void write_header(YamlWriter& y, const engine::CampaignDocument& d) {
    y.key("strat_campaign").number(d.format);
    y.key("name").text(d.name);
    if (d.market) {
        y.key("market").comment(tr("whose rules `privacy` lists")).begin_map();
        y.key("id").word(d.market->id);
        y.key("name").text(d.market->name);
        y.end_map();
    }
    fill(y.key("owner"), d.owner);
    y.key("version").number(d.version);
    y.key("dates").begin_map();
    fill(y.key("created"), d.created);
    fill(y.key("start"), d.start);
    fill(y.key("end"), d.end);
    y.end_map();
    y.key("reviews").begin_list();
    for (const engine::ReviewPoint& r : d.reviews) {
        y.begin_map();
        y.key("after_days").number(r.after_days);
        y.key("purpose").text(r.purpose);
        fill(y.key("date"), r.date);
        y.end_map();
    }
    y.end_list();
    y.section();
    y.key("industry").begin_map();
    y.key("id").word(d.industry_id);
    y.key("name").text(d.industry_name);
    y.end_map();
    y.key("goal").begin_map();
    y.key("id").word(d.goal_id);
    y.key("name").text(d.goal_name);
    y.key("description").text(d.goal_description);
    y.end_map();
    y.key("objective").begin_map();
    fill(y.key("statement"), d.objective);
    if (d.primary_kpi.empty())
        y.key("primary_kpi").null();
    else
        y.key("primary_kpi").word(d.primary_kpi);
    y.end_map();
    y.key("audience").begin_map();
    fill(y.key("segments"), d.segments);
    fill(y.key("size"), d.audience_size);
    fill(y.key("data_source"), d.data_source);
    y.end_map();
    fill(y.key("message"), d.message);
}

void write_facts(YamlWriter& y, const Facts& f) {
    y.key("constraints").begin_map();
    auto flags = [&](std::string_view key, const auto& map) {
        if (map.empty())
            return;
        y.key(key).begin_map();
        for (const auto& [k, v] : map) {
            if constexpr (std::is_same_v<std::decay_t<decltype(k)>, Channel>)
                y.key(name(k));
            else
                y.key(k);
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Consent>)
                y.word(name(v));
            else
                y.flag(v);
        }
        y.end_map();
    };
    flags("consent", f.consent);
    flags("channels", f.channels);
    flags("data", f.data);
    flags("tooling", f.tooling);
    if (f.budget)
        y.key("budget").word(name(*f.budget));
    if (f.maturity)
        y.key("maturity").word(name(*f.maturity));
    if (f.audience)
        y.key("audience").word(name(*f.audience));
    y.end_map();
}

void write_answers(YamlWriter& y, const engine::CampaignDocument& d) {
    y.section(tr("The decision tree as walked: `source` says whether the default was taken,\n"
                 "you answered (asked or given), or what you stated decided it (`from`)."));
    y.key("answers").begin_list();
    for (const engine::AnsweredQuestion& a : d.answers) {
        y.begin_map();
        y.key("question").word(a.question);
        y.key("text").text(a.text);
        y.key("answer").word(a.answer);
        y.key("label").text(a.label);
        y.key("source").word(answer_source_word(a.source));
        if (!a.origin.empty())
            y.key("from").text(a.origin);
        y.end_map();
    }
    y.end_list();
    write_facts(y, d.constraints);
    if (!d.any_constraint())
        y.comment(tr("nothing stated"));
}

void write_strategy(YamlWriter& y, const engine::StrategyEntry& s) {
    y.begin_map();
    y.key("rank").number(s.rank);
    y.key("id").word(s.id);
    y.key("name").text(s.name);
    y.key("score").number(s.score);
    y.key("chosen").flag(s.chosen);
    if (!s.feasible)
        y.key("note").text(tr(cannot_be_planned));
    std::vector<std::string> reasons;
    for (const engine::ScoreReason& r : s.reasons)
        reasons.push_back(signed_points(r.points) + " " + r.text);
    y.key("reasons").lines(reasons);
    if (!s.not_counted.empty()) {
        std::vector<std::string> lines;
        for (const engine::IgnoredReason& ig : s.not_counted)
            lines.push_back(fmt::format("{} {} ({})", signed_points(ig.points), ig.text, ig.why));
        y.key("not_counted").comment(tr("reasons that rely on something you said is not so"));
        y.lines(lines);
    }
    if (!s.shares.empty()) {
        std::vector<std::string_view> ids;
        for (const engine::TacticName& t : s.shares)
            ids.push_back(t.id);
        y.key("shares").words(ids).comment(tr("planned under a better-ranked strategy"));
    }
    y.end_map();
}

void write_steps(YamlWriter& y, const engine::TacticEntry& t) {
    y.key("steps");
    // Steps left out are named in a comment beside the key: yaml-cpp 0.7 cannot indent a
    // comment on a line of its own.
    std::string removed;
    for (const std::string& r : t.removed_steps)
        removed += (removed.empty() ? "" : "\n") + r;
    if (!removed.empty())
        y.comment(removed);
    if (t.steps.empty()) {
        y.words({});
        return;
    }
    y.begin_list();
    for (const engine::StepEntry& step : t.steps) {
        y.begin_map();
        y.key("day").number(step.day);
        if (step.channel) {
            y.key("channel").word(name(*step.channel));
            y.key("kind").word(name(step.kind));
        }
        y.key("action").text(step.action);
        if (!step.condition.empty())
            y.key("condition").text(step.condition);
        if (step.consent_gate)
            y.key("consent").text(consent_gate_text(*step.consent_gate));
        y.end_map();
    }
    y.end_list();
}

void write_phases(YamlWriter& y, const engine::Phases& p) {
    y.key("phases").begin_map();
    y.key("pilot").begin_map();
    fill(y.key("audience_share"), p.audience_share);
    fill(y.key("control_group"), p.control_group);
    y.end_map();
    y.key("go_no_go").begin_map();
    fill(y.key("criterion"), p.criterion);
    y.key("after_days").number(p.after_days);
    y.end_map();
    y.key("scale").begin_map();
    fill(y.key("plan"), p.scale_plan);
    y.end_map();
    y.end_map();
}

void write_tactic(YamlWriter& y, const engine::TacticEntry& t) {
    y.begin_map();
    y.key("id").word(t.id);
    if (t.builds_consent())
        channels(y.key("builds_consent_for"), t.builds_consent_for)
            .comment(tr("first, before any marketing send"));
    else
        y.key("strategy").word(t.strategy);
    y.key("name").text(t.name);
    y.key("description").text(t.description);
    channels(y.key("channels"), t.channels);
    y.key("effort").word(name(t.effort));
    y.key("cost").word(name(t.cost));
    fill(y.key("owner"), t.owner);
    write_tactic_roles_yaml(y, t);
    if (!t.trigger.empty())
        y.key("trigger").text(t.trigger);
    if (t.unsettled.empty())
        y.key("confirm").words({});
    else
        y.key("confirm").comment(tr("requirements your answers did not settle")).lines(t.unsettled);
    write_steps(y, t);
    write_tactic_test_yaml(y, t);
    write_phases(y, t.phases);
    y.end_map();
}

void write_tactics(YamlWriter& y, const engine::CampaignDocument& d) {
    y.section(tr("Tactics of the chosen strategies, in the order to run them. Each runs as a\n"
                 "pilot, passes a go/no-go review, then scales."));
    y.key("tactics").begin_list();
    for (const engine::TacticEntry& t : d.tactics)
        write_tactic(y, t);
    y.end_list();
    y.key("dropped_tactics");
    if (d.dropped_tactics.empty()) {
        y.words({});
        return;
    }
    y.comment(tr("not proposed: a requirement is not met")).begin_list();
    for (const engine::DroppedEntry& t : d.dropped_tactics) {
        y.begin_map();
        y.key("id").word(t.id);
        y.key("strategy").word(t.strategy);
        y.key("reason").text(t.reason);
        y.end_map();
    }
    y.end_list();
}

void write_benchmark(YamlWriter& y, const engine::KpiEntry& k) {
    const Kpi& kpi = *k.kpi;
    if (!k.benchmark) {
        if (kpi.no_benchmark.empty()) {
            y.key("benchmark").null(tr("no published benchmark is known for this KPI"));
        } else {
            y.key("benchmark").null(tr("no published benchmark: see benchmark_note"));
            y.key("benchmark_note").text(kpi.no_benchmark);
        }
        return;
    }
    const Benchmark& b = *k.benchmark;
    y.key("benchmark").begin_map();
    y.key("value").figure(b.value);
    if (is_regional(kpi, k.benchmark)) // a figure of the plan's market's region only
        y.key("region").word(name(*b.region));
    y.key("year").number(b.year);
    if (!b.segment.empty())
        y.key("segment").text(b.segment);
    if (!b.note.empty())
        y.key("note").text(b.note);
    y.key("source").word(b.source.id);
    if (k.cited)
        y.key("cited").text(source_text(*k.cited));
    y.end_map();
}

void write_kpi(YamlWriter& y, const engine::KpiEntry& k) {
    const Kpi& kpi = *k.kpi;
    y.begin_map();
    y.key("id").word(kpi.id);
    y.key("name").text(kpi.name);
    y.key("role").word(k.primary ? "primary" : "secondary");
    y.key("unit").word(name(kpi.unit));
    y.key("better").word(name(kpi.direction));
    y.key("cadence").word(name(kpi.cadence));
    write_benchmark(y, k);
    fill(y.key("baseline"), k.baseline);
    if (k.target.value)
        y.key("target").figure(*k.target.value);
    else if (kpi.target)
        // A comment is for people: its figures in their language's form.
        y.key("target").null(say("fill in: {}, {}",
                                 target_rule_text(*kpi.target, kpi, util::language()),
                                 k.target.hint));
    else
        fill(y.key("target"), k.target);
    if (kpi.target)
        y.key("target_rule").text(target_rule_text(*kpi.target, kpi));
    else
        y.key("target_rule").null();
    y.key("actuals").words({}).comment(tr("strat review reads actuals from a CSV file"));
    y.end_map();
}

/// The comment above `privacy`: whose rules it lists, and that it is not legal advice.
std::string privacy_note(const engine::CampaignDocument& d) {
    if (!d.market)
        return std::string(
            tr("Confirm each item before the first send; this is a checklist, not legal advice."));
    return say("The rules of the market {} ({}) for the channels used, each with its legal\n"
               "source, then strat's own items. Confirm each item before the first send; this is "
               "a\nchecklist, not legal advice.",
               d.market->name, d.market->id);
}

void write_checklists(YamlWriter& y, const engine::CampaignDocument& d) {
    y.section();
    y.key("budget").begin_map();
    fill(y.key("total"), d.budget_total);
    fill(y.key("currency"), d.currency);
    y.key("by_channel").begin_map(d.budget_by_channel.empty());
    for (const engine::BudgetLine& line : d.budget_by_channel)
        fill(y.key(name(line.channel)), line.amount);
    y.end_map();
    write_budget_yaml(y, d);
    y.end_map();
    y.section(privacy_note(d));
    y.key("privacy").begin_list();
    for (const engine::PrivacyItem& item : d.privacy) {
        y.begin_map();
        y.key("topic").word(item.topic);
        y.key("check").text(item.text);
        if (!item.source.empty())
            y.key("source").text(item.source);
        if (!item.url.empty())
            y.key("url").text(item.url);
        y.key("done").flag(item.done);
        y.end_map();
    }
    y.end_list();
    if (!d.b2b())
        return;
    y.section(tr("Agree every definition with sales before the campaign starts."));
    y.key("lead_stages").begin_list();
    for (const engine::LeadStage& stage : d.lead_stages) {
        y.begin_map();
        y.key("id").word(stage.id);
        y.key("name").text(stage.name);
        y.key("owner").word(stage.owner);
        fill(y.key("definition"), stage.definition);
        fill(y.key("sla"), stage.sla);
        y.end_map();
    }
    y.end_list();
    if (d.lead_feedback) {
        y.key("lead_feedback").begin_map();
        fill(y.key("cadence"), d.lead_feedback->cadence);
        y.key("rule").text(d.lead_feedback->rule);
        y.end_map();
    }
}

} // namespace

void write_campaign_yaml(std::ostream& out, const engine::CampaignDocument& d) {
    YamlWriter y(out);
    y.comment(tr("strat campaign skeleton. Fill in every value marked \"fill in\", then track "
                 "it\nwith `strat review`. Format: strat-campaign(5)."));
    y.begin_map();
    write_header(y, d);
    write_answers(y, d);
    y.section(tr("Every strategy serving the goal, best first, with the reasons for its score."));
    y.key("strategies").begin_list();
    for (const engine::StrategyEntry& s : d.strategies)
        write_strategy(y, s);
    y.end_list();
    write_assumptions_yaml(y, d);
    write_tactics(y, d);
    y.section();
    y.key("kpis").begin_list(d.kpis.empty());
    for (const engine::KpiEntry& k : d.kpis)
        write_kpi(y, k);
    y.end_list();
    write_calendar_yaml(y, d);
    write_checklists(y, d);
    y.section();
    y.key("provenance").begin_map();
    y.key("strat_version").word(d.strat_version);
    y.key("roadmaps").begin_list();
    for (const engine::RoadmapProvenance& r : d.roadmaps) {
        y.begin_map();
        y.key("path").text(r.path);
        y.key("sha256").word(r.sha256);
        y.end_map();
    }
    y.end_list().end_map();
    y.end();
}

} // namespace strat::output
