// The YAML campaign skeleton. Written by hand, not by an emitter, so the layout, the
// comments and the `# fill in` markers are exactly as documented in strat-campaign(5).

#include "output/campaign.hpp"
#include "output/figures.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::output {
namespace {

using namespace model;

/// A YAML double-quoted scalar: safe for any text.
std::string q(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
            else
                out += c;
        }
    }
    return out + "\"";
}

class Writer {
public:
    explicit Writer(std::ostream& out) : out_(out) {}

    void line(int indent, std::string_view text) {
        out_ << std::string(static_cast<std::size_t>(indent) * 2, ' ') << text << '\n';
    }
    void field(int indent, std::string_view key, std::string_view value) {
        line(indent, fmt::format("{}: {}", key, value));
    }
    void text(int indent, std::string_view key, std::string_view value) {
        field(indent, key, q(value));
    }
    void fill(int indent, std::string_view key, std::string_view what) {
        line(indent, fmt::format("{}: null  # fill in: {}", key, what));
    }
    void blank() { out_ << '\n'; }

private:
    std::ostream& out_;
};

std::string flow_list(const std::vector<std::string>& words) {
    std::string out = "[";
    for (std::size_t i = 0; i < words.size(); ++i)
        out += (i ? ", " : "") + words[i];
    return out + "]";
}

std::vector<std::string> channel_words(const std::vector<Channel>& channels) {
    std::vector<std::string> out;
    for (Channel c : channels)
        out.emplace_back(name(c));
    return out;
}

void write_facts(Writer& w, const Facts& f) {
    auto flags = [&](std::string_view key, const auto& map) {
        if (map.empty())
            return;
        w.line(1, fmt::format("{}:", key));
        for (const auto& [k, v] : map) {
            std::string value;
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Consent>)
                value = name(v);
            else
                value = v ? "true" : "false";
            if constexpr (std::is_same_v<std::decay_t<decltype(k)>, Channel>)
                w.field(2, name(k), value);
            else
                w.field(2, k, value);
        }
    };
    flags("consent", f.consent);
    flags("channels", f.channels);
    flags("data", f.data);
    flags("tooling", f.tooling);
    if (f.budget)
        w.field(1, "budget", name(*f.budget));
    if (f.maturity)
        w.field(1, "maturity", name(*f.maturity));
    if (f.audience)
        w.field(1, "audience", name(*f.audience));
}

void write_kpi(Writer& w, const Kpi& k, const Index& index, bool primary) {
    w.line(1, fmt::format("- id: {}", k.id));
    w.text(2, "name", k.name);
    w.field(2, "role", primary ? "primary" : "secondary");
    w.field(2, "unit", name(k.unit));
    w.field(2, "better", name(k.direction));
    w.field(2, "cadence", name(k.cadence));
    if (k.benchmark) {
        const Benchmark& b = *k.benchmark;
        const Source* s = index.source(b.source.id);
        w.line(2, "benchmark:");
        w.field(3, "value", b.value);
        w.field(3, "year", std::to_string(b.year));
        if (!b.segment.empty())
            w.text(3, "segment", b.segment);
        if (!b.note.empty())
            w.text(3, "note", b.note);
        w.field(3, "source", b.source.id);
        if (s)
            w.text(3, "cited", source_text(*s));
    } else if (!k.no_benchmark.empty()) {
        w.line(2, "benchmark: null  # no published benchmark: see benchmark_note");
        w.text(2, "benchmark_note", k.no_benchmark);
    } else {
        w.line(2, "benchmark: null  # no published benchmark is known for this KPI");
    }
    w.fill(2, "baseline", "your current value, measured before the campaign starts");
    if (k.target && k.target->rule == TargetRule::benchmark && k.benchmark) {
        w.field(2, "target", k.benchmark->value);
        w.text(2, "target_rule", target_rule_text(*k.target, k));
    } else if (k.target) {
        w.fill(2, "target", target_rule_text(*k.target, k) + ", once the baseline is known");
        w.text(2, "target_rule", target_rule_text(*k.target, k));
    } else {
        w.fill(2, "target", "your target; compare with the benchmark");
        w.line(2, "target_rule: null");
    }
    w.line(2, "actuals: []  # strat review reads actuals from a CSV file");
}

/// One tactic: of a chosen strategy, or planned first to build consent.
void write_tactic(Writer& w, const engine::PlannedTactic& t, const engine::RankedStrategy* s,
                  const engine::ConsentFirst* first) {
    w.line(1, fmt::format("- id: {}", t.tactic->id));
    if (s)
        w.field(2, "strategy", s->strategy->id);
    else
        w.field(2, "builds_consent_for",
                flow_list(channel_words(first->channels)) + "  # first, before any marketing send");
    w.text(2, "name", t.tactic->name);
    w.text(2, "description", t.tactic->description);
    w.field(2, "channels", flow_list(channel_words(t.channels)));
    w.field(2, "effort", name(t.tactic->effort));
    w.field(2, "cost", name(t.tactic->cost));
    w.fill(2, "owner", "who runs this tactic");
    if (!t.tactic->trigger.empty())
        w.text(2, "trigger", t.tactic->trigger);
    if (t.to_confirm.empty()) {
        w.line(2, "confirm: []");
    } else {
        w.line(2, "confirm:  # requirements your answers did not settle");
        for (const engine::OpenRequirement& p : t.to_confirm)
            w.line(3, "- " + q(p.text));
    }
    w.line(2, "steps:");
    for (const engine::PlannedStep& p : t.steps) {
        const Step* step = p.step;
        w.line(3, fmt::format("- day: {}", step->day));
        if (step->channel) {
            w.field(4, "channel", name(*step->channel));
            w.field(4, "kind", name(step->kind));
        }
        w.text(4, "action", step->action);
        if (!step->condition.empty())
            w.text(4, "condition", step->condition);
        if (p.consent_gate)
            w.text(
                4, "consent",
                fmt::format("only contacts with recorded consent for {}", name(*p.consent_gate)));
    }
    for (const std::string& removed : t.removed_steps)
        w.line(3, "# " + removed);
    w.line(2, "phases:");
    w.line(3, "pilot:");
    w.fill(4, "audience_share", "share of the audience in the pilot, e.g. 10%");
    w.fill(4, "control_group", "hold-out share that gets nothing, to measure uplift");
    w.line(3, "go_no_go:");
    w.fill(4, "criterion", "the KPI result that decides, e.g. click rate above baseline");
    w.field(4, "after_days", "30");
    w.line(3, "scale:");
    w.fill(4, "plan", "what changes when the tactic scales");
}

} // namespace

void write_campaign_yaml(std::ostream& out, const engine::Campaign& c) {
    const engine::Plan& plan = *c.plan;
    Index index(*plan.roadmap);
    Writer w(out);
    w.line(0, "# strat campaign skeleton. Fill in every value marked \"fill in\", then track it");
    w.line(0, "# with `strat review`. Format: strat-campaign(5).");
    w.field(0, "strat_campaign", "1");
    w.text(0, "name", c.name);
    w.fill(0, "owner", "the person accountable for the campaign");
    w.field(0, "version", "1");
    w.line(0, "dates:");
    if (c.created)
        w.field(1, "created", *c.created);
    else
        w.fill(1, "created", "YYYY-MM-DD (or run strat plan with --date)");
    w.fill(1, "start", "YYYY-MM-DD");
    w.fill(1, "end", "YYYY-MM-DD");
    w.line(0, "reviews:");
    for (const engine::ReviewPoint& r : c.reviews) {
        w.line(1, fmt::format("- after_days: {}", r.day));
        w.text(2, "purpose", r.purpose);
        w.fill(2, "date", "start + " + std::to_string(r.day) + " days");
    }
    w.blank();
    w.line(0, "industry:");
    w.field(1, "id", plan.roadmap->id);
    w.text(1, "name", plan.roadmap->name);
    w.line(0, "goal:");
    w.field(1, "id", plan.goal->id);
    w.text(1, "name", plan.goal->name);
    w.text(1, "description", plan.goal->description);
    w.line(0, "objective:");
    w.fill(1, "statement", "one measurable sentence: what changes, by how much, by when");
    const std::vector<const Kpi*>& kpis = c.kpis;
    w.field(1, "primary_kpi", kpis.empty() ? "null" : kpis.front()->id);
    w.line(0, "audience:");
    w.fill(1, "segments", "who the campaign targets, by lifecycle stage");
    w.fill(1, "size", "number of people reachable");
    w.fill(1, "data_source", "where the audience comes from (CRM, booking system, ...)");
    w.fill(0, "message", "the core message, offer and call to action");
    w.blank();

    w.line(0, "# The decision tree as walked: `source` says whether the default was taken,");
    w.line(0, "# you answered (asked or given), or what you stated decided it (`from`).");
    w.line(0, "answers:");
    for (const engine::Answer& a : plan.answers) {
        w.line(1, fmt::format("- question: {}", a.question->id));
        w.text(2, "text", a.question->text);
        w.field(2, "answer", a.option->id);
        w.text(2, "label", a.option->label);
        w.field(2, "source", answer_source_word(a.source));
        if (!a.origin.empty())
            w.text(2, "from", a.origin);
    }
    w.line(0, "constraints:");
    bool any = !plan.facts.consent.empty() || !plan.facts.channels.empty() ||
               !plan.facts.data.empty() || !plan.facts.tooling.empty() || plan.facts.budget ||
               plan.facts.maturity || plan.facts.audience;
    if (any)
        write_facts(w, plan.facts);
    else
        w.line(1, "{}  # nothing stated");
    w.blank();

    w.line(0, "# Every strategy serving the goal, best first, with the reasons for its score.");
    w.line(0, "strategies:");
    for (std::size_t i = 0; i < plan.ranked.size(); ++i) {
        const engine::RankedStrategy& r = plan.ranked[i];
        bool chosen = plan.is_chosen(i);
        w.line(1, fmt::format("- rank: {}", i + 1));
        w.field(2, "id", r.strategy->id);
        w.text(2, "name", r.strategy->name);
        w.field(2, "score", std::to_string(r.score));
        w.field(2, "chosen", chosen ? "true" : "false");
        if (!r.feasible())
            w.text(2, "note", "cannot be planned: no tactic fits what you said");
        if (r.reasons.empty()) {
            w.line(2, "reasons: []");
        } else {
            w.line(2, "reasons:");
            for (const engine::Reason& reason : r.reasons)
                w.line(3, "- " + q(signed_points(reason.points) + " " + reason.text));
        }
        if (!r.ignored.empty()) {
            w.line(2, "not_counted:  # reasons that rely on something you said is not so");
            for (const engine::IgnoredReason& ig : r.ignored)
                w.line(3, "- " + q(fmt::format("{} {} ({})", signed_points(ig.points), ig.text,
                                               ig.why)));
        }
        if (chosen && !r.shared.empty()) {
            std::vector<std::string> ids;
            for (const Tactic* t : r.shared)
                ids.push_back(t->id);
            w.field(2, "shares", flow_list(ids) + "  # planned under a better-ranked strategy");
        }
    }
    w.blank();

    w.line(0, "# Tactics of the chosen strategies, in the order to run them. Each runs as a");
    w.line(0, "# pilot, passes a go/no-go review, then scales.");
    w.line(0, "tactics:");
    for (const engine::ConsentFirst& f : plan.consent_first)
        write_tactic(w, f.tactic, nullptr, &f);
    for (const engine::RankedStrategy* s : c.chosen())
        for (const engine::PlannedTactic& t : s->tactics)
            write_tactic(w, t, s, nullptr);
    bool any_dropped = false;
    for (const engine::RankedStrategy* s : c.chosen())
        any_dropped = any_dropped || !s->dropped.empty();
    if (any_dropped) {
        w.line(0, "dropped_tactics:  # not proposed: a prerequisite is not met");
        for (const engine::RankedStrategy* s : c.chosen())
            for (const engine::DroppedTactic& d : s->dropped) {
                w.line(1, fmt::format("- id: {}", d.tactic->id));
                w.field(2, "strategy", s->strategy->id);
                w.text(2, "reason", d.reason);
            }
    } else {
        w.line(0, "dropped_tactics: []");
    }
    w.blank();

    w.line(0, "kpis:");
    for (const Kpi* k : kpis)
        write_kpi(w, *k, index, k == kpis.front());
    w.blank();

    w.line(0, "budget:");
    w.fill(1, "total", "amount for the whole campaign");
    w.fill(1, "currency", "e.g. EUR");
    w.line(1, "by_channel:");
    for (Channel ch : c.channels)
        w.fill(2, name(ch), "amount");
    w.blank();

    w.line(0, "# Confirm each item before the first send; this is a checklist, not legal advice.");
    w.line(0, "privacy:");
    for (const engine::PrivacyItem& item : c.privacy) {
        w.line(1, fmt::format("- topic: {}", item.topic));
        w.text(2, "check", item.text);
        w.field(2, "done", "false");
    }
    if (c.b2b()) {
        w.blank();
        w.line(0, "# Agree every definition with sales before the campaign starts.");
        w.line(0, "lead_stages:");
        for (const engine::LeadStage& stage : c.lead_stages) {
            w.line(1, fmt::format("- id: {}", stage.id));
            w.text(2, "name", stage.name);
            w.field(2, "owner", stage.owner);
            w.fill(2, "definition", stage.guidance);
            w.fill(2, "sla", "time to act on a lead at this stage");
        }
        w.line(0, "lead_feedback:");
        w.fill(1, "cadence", "how often sales and marketing review lead quality together");
        w.text(1, "rule", "sales records a reason for every lead it rejects or sends back");
    }
    w.blank();
    w.line(0, "provenance:");
    w.field(1, "strat_version", c.strat_version);
    w.line(1, "roadmaps:");
    for (const engine::RoadmapProvenance& r : c.roadmaps) {
        w.line(2, "- path: " + q(r.path));
        w.field(3, "sha256", r.sha256);
    }
}

} // namespace strat::output
