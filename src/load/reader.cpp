#include "load/reader.hpp"

#include "load/fields.hpp"
#include "load/markets.hpp"

#include <fmt/format.h>

namespace strat::load {
namespace {

using model::Channel;
using model::Ref;

/// Calls `read(fields)` for every well-formed mapping in the list under `key`.
template <typename Read> void each_object(Fields& parent, std::string_view key, Read read) {
    auto items = parent.list_items(key);
    for (std::size_t i = 0; i < items.size(); ++i) {
        Fields item(parent.diagnostics(), *items[i], parent.child(key), parent.item_path(key, i));
        if (item.ok())
            read(item);
    }
}

/// The optional sub-object under `key`, read by `read(fields)` when present.
template <typename Read> void sub_object(Fields& parent, std::string_view key, Read read) {
    if (const Node* node = parent.get(key)) {
        Fields sub(parent.diagnostics(), *node, parent.child(key), parent.key_path(key));
        if (sub.ok())
            read(sub);
    }
}

/// A text the format requires that is written but says nothing (`""` or blanks): the
/// schema only sees that the key is there.
void require_words(Fields& f, std::string_view key, const std::string& text,
                   std::string_view hint) {
    const Node* node = f.get(key);
    if (node && node->is_scalar() && text.find_first_not_of(" \t\r\n") == std::string::npos)
        f.diagnostics()
            .add("missing-field", node->where, fmt::format("`{}` is empty", key), std::string(hint))
            .data_path = f.key_path(key);
}

} // namespace

model::StatedFacts read_stated_facts(Fields& f) {
    model::StatedFacts stated;
    model::Facts& facts = stated.facts;
    auto at = [&](std::string key, const Node& node) { stated.origins[key] = {{}, node.where}; };
    for (const auto& [key, value] : f.entries("consent")) {
        auto state = value->is_scalar() && !value->quoted
                         ? model::parse<model::Consent>(value->text)
                         : std::nullopt;
        if (!state) {
            f.diagnostics()
                .add("wrong-type", value->where,
                     fmt::format("`consent.{}` must be held, partial or none, found {}", key->text,
                                 value->is_scalar() ? fmt::format("`{}`", value->text)
                                                    : std::string("a collection")),
                     "held: recorded for (nearly) every contact; partial: for some, or not "
                     "known; none: hardly any")
                .data_path = f.key_path("consent");
            continue;
        }
        facts.consent[*model::parse<Channel>(key->text)] = *state;
        at(fmt::format("consent.{}", key->text), *value);
    }
    auto flags = [&](std::string_view key, auto&& store) {
        for (auto& [name, value] : f.flags(key)) {
            store(name, value);
            if (const Node* node = f.get(key))
                for (const auto& [k, v] : node->entries)
                    if (k->text == name)
                        at(fmt::format("{}.{}", key, name), *v);
        }
    };
    flags("channels",
          [&](const std::string& n, bool v) { facts.channels[*model::parse<Channel>(n)] = v; });
    flags("data", [&](const std::string& n, bool v) { facts.data[n] = v; });
    flags("tooling", [&](const std::string& n, bool v) { facts.tooling[n] = v; });
    facts.budget = f.choice<model::Level>("budget");
    facts.maturity = f.choice<model::Maturity>("maturity");
    facts.audience = f.choice<model::Audience>("audience");
    for (std::string_view key : {"budget", "maturity", "audience"})
        if (const Node* node = f.get(key))
            at(std::string(key), *node);
    return stated;
}

model::Facts read_facts(Fields& f) {
    return read_stated_facts(f).facts;
}

model::Requirements read_requirements(Fields& r) {
    model::Requirements needs;
    needs.channels = r.choices<Channel>("channels");
    needs.consent = r.choices<Channel>("consent");
    needs.data = r.slugs("data");
    needs.tooling = r.slugs("tooling");
    needs.budget = r.choice<model::Level>("budget");
    needs.maturity = r.choice<model::Maturity>("maturity");
    needs.audience = r.choice<model::Audience>("audience");
    return needs;
}

namespace {

model::Option read_option(Fields& f) {
    model::Option option;
    option.where = f.where();
    option.path = f.path();
    option.id = f.slug("id").id;
    option.label = f.text("label");
    option.next = f.optional_slug("next");
    each_object(f, "weights", [&](Fields& w) {
        model::Weight weight;
        weight.strategy = w.slug("strategy");
        auto points = w.integer("points");
        weight.points = static_cast<int>(points.value_or(0));
        if (points == 0) {
            w.diagnostics()
                .add("out-of-range", w.where("points"), "`points` is 0, which changes nothing",
                     "give a number from -10 to 10 other than 0, or remove the weight")
                .data_path = w.key_path("points");
        }
        weight.reason = w.text("reason");
        sub_object(w, "requires", [&](Fields& r) { weight.requirements = read_requirements(r); });
        option.weights.push_back(std::move(weight));
    });
    sub_object(f, "facts", [&](Fields& facts) { option.facts = read_facts(facts); });
    return option;
}

model::Question read_question(Fields& f) {
    model::Question q;
    q.where = f.where();
    q.path = f.path();
    q.id = f.slug("id").id;
    q.text = f.text("text");
    q.help = f.text("help");
    q.default_option = f.slug("default");
    each_object(f, "options", [&](Fields& o) { q.options.push_back(read_option(o)); });
    return q;
}

model::Tactic read_tactic(Fields& f) {
    model::Tactic t;
    t.where = f.where();
    t.path = f.path();
    t.id = f.slug("id").id;
    t.name = f.text("name");
    t.description = f.text("description");
    t.channels = f.choices<Channel>("channels");
    t.effort = f.choice<model::Level>("effort").value_or(model::Level::low);
    t.cost = f.choice<model::Level>("cost").value_or(model::Level::low);
    sub_object(f, "requires", [&](Fields& r) { t.requirements = read_requirements(r); });
    t.collects = f.choices<Channel>("collects");
    t.trigger = f.text("trigger");
    each_object(f, "steps", [&](Fields& s) {
        model::Step step;
        step.where = s.where();
        step.path = s.path();
        step.day = static_cast<int>(s.integer("day").value_or(0));
        step.action = s.text("action");
        step.channel = s.choice<Channel>("channel");
        step.channel_where = s.where("channel");
        step.condition = s.text("condition");
        step.kind = s.choice<model::StepKind>("kind").value_or(model::StepKind::marketing);
        step.markets = s.slugs("markets");
        step.practices = s.choices<model::Practice>("practices");
        t.steps.push_back(std::move(step));
    });
    each_object(f, "risks", [&](Fields& k) {
        model::Risk risk;
        risk.where = k.where();
        risk.path = k.path();
        risk.risk = k.text("risk");
        risk.mitigation = k.text("mitigation");
        require_words(k, "risk", risk.risk, "say what goes wrong, concretely");
        require_words(k, "mitigation", risk.mitigation,
                      "say what the team does to prevent or catch it");
        t.risks.push_back(std::move(risk));
    });
    t.kpis = f.slugs("kpis");
    t.watches = f.slugs("watches");
    t.markets = f.slugs("markets");
    t.practices = f.choices<model::Practice>("practices");
    return t;
}

// The general `benchmark` and each of `regional_benchmarks` share their keys; the schema
// says where `region` is required.
model::Benchmark read_benchmark(Fields& b) {
    model::Benchmark benchmark;
    benchmark.where = b.where();
    benchmark.path = b.path();
    benchmark.number = b.number("value", &benchmark.value).value_or(0);
    benchmark.source = b.slug("source");
    benchmark.year = static_cast<int>(b.integer("year").value_or(0));
    benchmark.segment = b.text("segment");
    benchmark.note = b.text("note");
    benchmark.region = b.choice<model::Region>("region");
    benchmark.region_where = b.where("region");
    return benchmark;
}

/// The names of the tool or data ids under `key` (`tooling` or `data`), as written.
std::vector<model::Resource> read_resources(Fields& f, std::string_view key) {
    std::vector<model::Resource> out;
    for (const auto& [id, value] : f.entries(key)) {
        Fields entry(f.diagnostics(), *value, f.child(key),
                     fmt::format("{}.{}", f.key_path(key), id->text));
        if (!entry.ok())
            continue;
        model::Resource r;
        r.id = std::string(id->text);
        r.where = id->where;
        r.path = entry.path();
        r.name = entry.text("name");
        r.description = entry.text("description");
        require_words(entry, "name", r.name, "say what a marketer calls it");
        out.push_back(std::move(r));
    }
    return out;
}

model::Kpi read_kpi(Fields& f) {
    model::Kpi k;
    k.where = f.where();
    k.path = f.path();
    k.id = f.slug("id").id;
    k.name = f.text("name");
    k.description = f.text("description");
    k.unit = f.choice<model::Unit>("unit").value_or(model::Unit::percent);
    k.direction = f.choice<model::Direction>("direction").value_or(model::Direction::up);
    k.cadence = f.choice<model::Cadence>("cadence").value_or(model::Cadence::monthly);
    k.reading = f.choice<model::Reading>("reading").value_or(model::Reading::period);
    // Only a count is a number of results; a rate or an amount is neither per period nor a
    // level of results (review's cost per result reads this).
    if (f.get("reading") && f.get("unit") && k.unit != model::Unit::count)
        f.diagnostics()
            .add("invalid-value", f.where("reading"),
                 fmt::format("`reading` is for KPIs with unit `count`; KPI `{}` is in `{}`", k.id,
                             model::name(k.unit)),
                 "leave `reading` out, or give the KPI unit `count`")
            .data_path = f.key_path("reading");
    sub_object(f, "benchmark", [&](Fields& b) { k.benchmark = read_benchmark(b); });
    each_object(f, "regional_benchmarks",
                [&](Fields& b) { k.regional_benchmarks.push_back(read_benchmark(b)); });
    k.no_benchmark = f.text("no_benchmark");
    sub_object(f, "target", [&](Fields& t) {
        model::Target target;
        target.where = t.where();
        target.path = t.path();
        target.rule = t.choice<model::TargetRule>("rule").value_or(model::TargetRule::benchmark);
        target.change_number = t.number("change", &target.change).value_or(0);
        bool needs_change = target.rule != model::TargetRule::benchmark;
        if (needs_change && t.get("rule") && !t.get("change")) {
            t.diagnostics()
                .add("missing-field", t.where(),
                     fmt::format("a `{}` target needs `change`", model::name(target.rule)),
                     "add `change:` with the improvement (percent for relative, units for "
                     "absolute)")
                .data_path = t.path();
        } else if (needs_change && t.get("change") && target.change_number <= 0) {
            t.diagnostics()
                .add("out-of-range", t.where("change"), "`change` must be greater than 0",
                     "the KPI's direction says which way is better; give the size of the change")
                .data_path = t.key_path("change");
        } else if (!needs_change && t.get("change")) {
            t.diagnostics()
                .add("unknown-key", t.key_where("change"),
                     "`change` has no meaning for a `benchmark` target",
                     "remove `change`, or use rule `relative` or `absolute`")
                .data_path = t.key_path("change");
        }
        k.target = std::move(target);
    });
    return k;
}

} // namespace

model::Roadmap read_roadmap(const Document& document, const model::SourceFile& file,
                            model::Diagnostics& diagnostics) {
    model::Roadmap r;
    r.file = &file;
    Fields f(diagnostics, *document.root, schema::roadmap(), "");
    r.where = f.where();
    if (!f.ok())
        return r;
    if (auto version = f.integer("strat")) {
        r.format = static_cast<int>(*version);
        if (r.format != 1) {
            diagnostics.add("unsupported-version", f.where("strat"),
                            fmt::format("roadmap format {} is not supported", r.format),
                            "this strat reads format 1: write `strat: 1`");
        }
    }
    r.id = f.slug("id").id;
    r.id_where = f.where("id");
    r.kind = f.choice<model::RoadmapKind>("kind").value_or(model::RoadmapKind::industry);
    r.name = f.text("name");
    r.description = f.text("description");
    r.extends = f.optional_slug("extends");
    r.audience = f.choice<model::Reach>("audience").value_or(model::Reach::both);
    each_object(f, "sources", [&](Fields& s) {
        model::Source source;
        source.where = s.where();
        source.path = s.path();
        source.id = s.slug("id").id;
        source.publisher = s.text("publisher");
        source.title = s.text("title");
        source.year = static_cast<int>(s.integer("year").value_or(0));
        source.url = s.text("url");
        source.citation = s.text("citation");
        source.note = s.text("note");
        if (!s.get("url") && !s.get("citation"))
            diagnostics
                .add("missing-field", s.where(), "source needs `url` or `citation`",
                     "say where a reader can check the figures")
                .data_path = s.path();
        r.sources.push_back(std::move(source));
    });
    each_object(f, "goals", [&](Fields& g) {
        model::Goal goal;
        goal.where = g.where();
        goal.path = g.path();
        goal.id = g.slug("id").id;
        goal.name = g.text("name");
        goal.description = g.text("description");
        goal.aliases = g.slugs("aliases");
        goal.start = g.slug("start");
        if (auto kpi = g.optional_slug("primary_kpi"))
            goal.primary_kpi = std::move(*kpi);
        r.goals.push_back(std::move(goal));
    });
    each_object(f, "questions", [&](Fields& q) { r.questions.push_back(read_question(q)); });
    each_object(f, "strategies", [&](Fields& s) {
        model::Strategy strategy;
        strategy.where = s.where();
        strategy.path = s.path();
        strategy.id = s.slug("id").id;
        strategy.name = s.text("name");
        strategy.description = s.text("description");
        strategy.goals = s.slugs("goals");
        strategy.tactics = s.slugs("tactics");
        strategy.kpis = s.slugs("kpis");
        r.strategies.push_back(std::move(strategy));
    });
    each_object(f, "tactics", [&](Fields& t) { r.tactics.push_back(read_tactic(t)); });
    each_object(f, "kpis", [&](Fields& k) { r.kpis.push_back(read_kpi(k)); });
    sub_object(f, "drops", [&](Fields& d) {
        r.drops.goals = d.slugs("goals");
        r.drops.questions = d.slugs("questions");
        r.drops.strategies = d.slugs("strategies");
        r.drops.tactics = d.slugs("tactics");
        r.drops.kpis = d.slugs("kpis");
    });
    sub_object(f, "budget", [&](Fields& b) {
        model::BudgetRule rule;
        rule.where = b.where();
        rule.path = b.path();
        sub_object(b, "weights", [&](Fields& w) {
            for (model::Level level : {model::Level::low, model::Level::medium, model::Level::high})
                if (auto points = w.integer(model::name(level)))
                    rule.weights[level] = static_cast<int>(*points);
        });
        rule.reserve = static_cast<int>(b.integer("reserve").value_or(0));
        rule.reserve_where = b.where("reserve");
        rule.phases_where = b.where("phases");
        sub_object(b, "phases", [&](Fields& p) {
            // -1: not read (reported already), so the sum check stays quiet about it
            rule.pilot = static_cast<int>(p.integer("pilot").value_or(-1));
            rule.scale = static_cast<int>(p.integer("scale").value_or(-1));
        });
        r.budget = std::move(rule);
    });
    r.markets = read_markets(f);
    r.tooling = read_resources(f, "tooling");
    r.data = read_resources(f, "data");
    return r;
}

} // namespace strat::load
