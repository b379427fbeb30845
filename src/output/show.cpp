// `strat show`: one entity, what it links to, and the sources behind its figures.
// Each kind is first described as a `Detail`, which the text and JSON printers render,
// so both formats always carry the same content.

#include "model/index.hpp"
#include "model/vocabulary_labels.hpp"
#include "output/figures.hpp"
#include "output/json.hpp"
#include "output/listing.hpp"
#include "util/messages.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace strat::output {
using util::closest;
using util::did_you_mean;
using util::join;
namespace {

using namespace model;

struct Item {
    std::string id;
    std::string text;
    std::vector<std::string> lines; ///< indented details under the item
};

struct Section {
    std::string title;
    std::vector<Item> items;
};

struct Detail {
    std::string kind;
    std::string id;
    std::string name;
    std::string description;
    std::vector<std::pair<std::string, std::string>> facts;
    std::vector<Section> sections;
    std::set<const Source*> sources;
};

std::string refs_text(const std::vector<Ref>& refs) {
    std::vector<std::string> v;
    for (const Ref& r : refs)
        v.push_back(r.id);
    return v.empty() ? "-" : join(v);
}

/// Channels as people read them in `lang` (their ids in English, so in JSON too).
std::string channels_text(const std::vector<Channel>& channels, std::string_view lang) {
    std::vector<std::string> v;
    for (Channel c : channels)
        v.emplace_back(spoken_name(c, lang));
    return join(v);
}

std::string defined_at(const Origin& where) {
    return fmt::format("{}:{}:{}", where.file ? where.file->path() : "?", where.line, where.column);
}

class Describer {
public:
    /// `lang`: the language of strat's words and of figures' number forms in the details:
    /// the run's for text, "en" for JSON (whose values a program may read).
    Describer(const Roadmap& r, std::string_view lang) : r_(r), index_(r), lang_(lang) {}
    const Index& index() const { return index_; }

    Detail goal(const Goal& g) {
        Detail d = start("goal", g.id, g.name, g.description, g.where);
        d.facts.emplace_back("aliases", refs_text(g.aliases));
        d.facts.emplace_back("first_question", g.start.id);
        if (!g.primary_kpi.id.empty())
            d.facts.emplace_back("primary_kpi", g.primary_kpi.id);
        Section tree{say("Decision tree"), {}};
        for (const Question* q : index_.tree(g))
            tree.items.push_back(question_item(*q));
        d.sections.push_back(std::move(tree));
        Section strategies{say("Strategies serving this goal"), {}};
        for (const Strategy* s : index_.strategies_for(g)) {
            strategies.items.push_back(
                {s->id,
                 s->name,
                 {say("tactics: {}", refs_text(s->tactics)), "KPIs: " + refs_text(s->kpis)}});
            cite_kpis(d, s->kpis);
        }
        d.sections.push_back(std::move(strategies));
        return d;
    }

    Detail question(const Question& q) {
        Detail d = start("question", q.id, q.text, q.help, q.where);
        d.facts.emplace_back("default", q.default_option.id);
        std::vector<std::string> goals;
        for (const Goal& g : r_.goals)
            for (const Question* t : index_.tree(g))
                if (t == &q)
                    goals.push_back(g.id);
        d.facts.emplace_back("asked_for_goals", goals.empty() ? "-" : join(goals));
        d.sections.push_back({say("Options"), option_items(q)});
        return d;
    }

    Detail strategy(const Strategy& s) {
        Detail d = start("strategy", s.id, s.name, s.description, s.where);
        d.facts.emplace_back("goals", refs_text(s.goals));
        Section tactics{say("Tactics, in order"), {}};
        for (const Ref& ref : s.tactics)
            if (const Tactic* t = index_.tactic(ref.id))
                tactics.items.push_back(
                    {t->id,
                     t->name,
                     {say("channels: {}; effort {}, cost {}", channels_text(t->channels, lang_),
                          spoken_name(t->effort, lang_), spoken_name(t->cost, lang_))}});
        d.sections.push_back(std::move(tactics));
        d.sections.push_back({"KPIs", kpi_items(d, s.kpis)});
        Section weighted{say("Answers that weight it"), {}};
        for (const Question& q : r_.questions)
            for (const Option& o : q.options)
                for (const Weight& w : o.weights)
                    if (w.strategy.id == s.id)
                        weighted.items.push_back({fmt::format("{}={}", q.id, o.id),
                                                  fmt::format("{:+} {}", w.points, w.reason),
                                                  {}});
        d.sections.push_back(std::move(weighted));
        return d;
    }

    Detail tactic(const Tactic& t) {
        Detail d = start("tactic", t.id, t.name, t.description, t.where);
        d.facts.emplace_back("channels", channels_text(t.channels, lang_));
        d.facts.emplace_back("effort", std::string(spoken_name(t.effort, lang_)));
        d.facts.emplace_back("cost", std::string(spoken_name(t.cost, lang_)));
        std::string requires_text = requirements_text(t.requirements);
        d.facts.emplace_back("requires", requires_text.empty() ? say("nothing") : requires_text);
        if (!t.collects.empty())
            d.facts.emplace_back("collects_consent_for", channels_text(t.collects, lang_));
        if (!t.trigger.empty())
            d.facts.emplace_back("trigger", t.trigger);
        Section steps{say("Steps"), {}};
        for (const Step& step : t.steps) {
            std::string text = step.action;
            if (step.channel)
                text = fmt::format("[{}{}] {}", spoken_name(*step.channel, lang_),
                                   step.kind == StepKind::service
                                       ? ", " + std::string(spoken_name(step.kind, lang_))
                                       : "",
                                   text);
            if (!step.condition.empty())
                text += fmt::format(" ({})", step.condition);
            steps.items.push_back({say("day {}", step.day), text, {}});
        }
        d.sections.push_back(std::move(steps));
        if (!t.risks.empty()) {
            Section risks{say("Risks"), {}};
            for (std::size_t i = 0; i < t.risks.size(); ++i)
                risks.items.push_back({std::to_string(i + 1),
                                       t.risks[i].risk,
                                       {say("mitigation: {}", t.risks[i].mitigation)}});
            d.sections.push_back(std::move(risks));
        }
        d.sections.push_back({"KPIs", kpi_items(d, t.kpis)});
        Section used{say("Used by strategies"), {}};
        for (const Strategy& s : r_.strategies)
            for (const Ref& ref : s.tactics)
                if (ref.id == t.id)
                    used.items.push_back({s.id, s.name, {}});
        d.sections.push_back(std::move(used));
        return d;
    }

    Detail kpi(const Kpi& k) {
        Detail d = start("kpi", k.id, k.name, k.description, k.where);
        d.facts.emplace_back("unit", say(name(k.unit)));
        d.facts.emplace_back("better", std::string(spoken_name(k.direction, lang_)));
        d.facts.emplace_back("cadence", std::string(spoken_name(k.cadence, lang_)));
        std::string bench =
            benchmark_text(k, k.benchmark ? cite(d, k.benchmark->source) : nullptr, lang_);
        if (bench.empty() && !k.no_benchmark.empty())
            bench = say("none published: {}", k.no_benchmark);
        d.facts.emplace_back("benchmark", bench.empty() ? say("none known") : bench);
        if (k.benchmark && !k.benchmark->segment.empty())
            d.facts.emplace_back("segment", k.benchmark->segment);
        if (k.benchmark && !k.benchmark->note.empty())
            d.facts.emplace_back("note", k.benchmark->note);
        if (k.benchmark && k.benchmark->region)
            d.facts.emplace_back("region", std::string(spoken_name(*k.benchmark->region, lang_)));
        d.facts.emplace_back("target",
                             k.target ? target_rule_text(*k.target, k, lang_) : say("fill in"));
        if (!k.regional_benchmarks.empty()) {
            // A plan for a market of the region uses its figure instead of the one above.
            Section regional{say("Regional benchmarks"), {}};
            for (const Benchmark& b : k.regional_benchmarks) {
                Item item{std::string(name(*b.region)),
                          benchmark_text(k, &b, cite(d, b.source), lang_),
                          {}};
                if (!b.segment.empty())
                    item.lines.push_back(say("segment: {}", b.segment));
                if (!b.note.empty())
                    item.lines.push_back(say("note: {}", b.note));
                regional.items.push_back(std::move(item));
            }
            d.sections.push_back(std::move(regional));
        }
        Section used{say("Measured by"), {}};
        for (const Strategy& s : r_.strategies)
            for (const Ref& ref : s.kpis)
                if (ref.id == k.id)
                    used.items.push_back({s.id, say("strategy: {}", s.name), {}});
        for (const Tactic& t : r_.tactics)
            for (const Ref& ref : t.kpis)
                if (ref.id == k.id)
                    used.items.push_back({t.id, say("tactic: {}", t.name), {}});
        d.sections.push_back(std::move(used));
        return d;
    }

    Detail source(const Source& s) {
        Detail d = start("source", s.id, s.publisher, s.title, s.where);
        d.facts.emplace_back("year", std::to_string(s.year));
        if (!s.url.empty())
            d.facts.emplace_back("url", s.url);
        if (!s.citation.empty())
            d.facts.emplace_back("citation", s.citation);
        if (!s.note.empty())
            d.facts.emplace_back("note", s.note);
        Section cited{say("Cited by KPIs"), {}};
        for (const Kpi& k : r_.kpis) {
            if (k.benchmark && k.benchmark->source.id == s.id)
                cited.items.push_back({k.id, benchmark_text(k, &s, lang_), {}});
            for (const Benchmark& b : k.regional_benchmarks)
                if (b.source.id == s.id)
                    cited.items.push_back({k.id, benchmark_text(k, &b, &s, lang_), {}});
        }
        d.sections.push_back(std::move(cited));
        return d;
    }

private:
    /// strat's own `english` words in the details' language, with `args` put in.
    std::string say(std::string_view english) const {
        return std::string(util::tr(english, lang_));
    }
    template <typename First, typename... Rest>
    std::string say(std::string_view english, First&& first, Rest&&... rest) const {
        return fmt::format(fmt::runtime(util::tr(english, lang_)), std::forward<First>(first),
                           std::forward<Rest>(rest)...);
    }

    Detail start(std::string kind, const std::string& id, const std::string& name,
                 const std::string& description, const Origin& where) {
        Detail d{std::move(kind), id, name, description, {}, {}, {}};
        d.facts.emplace_back("industry", r_.id);
        d.facts.emplace_back("defined_at", defined_at(where));
        return d;
    }

    const Source* cite(Detail& d, const Ref& source) {
        const Source* s = index_.source(source.id);
        if (s)
            d.sources.insert(s);
        return s;
    }

    void cite_kpis(Detail& d, const std::vector<Ref>& kpis) {
        for (const Ref& ref : kpis)
            if (const Kpi* k = index_.kpi(ref.id); k && k->benchmark)
                cite(d, k->benchmark->source);
    }

    std::vector<Item> kpi_items(Detail& d, const std::vector<Ref>& kpis) {
        std::vector<Item> items;
        for (const Ref& ref : kpis) {
            const Kpi* k = index_.kpi(ref.id);
            if (!k)
                continue;
            std::string bench =
                benchmark_text(*k, k->benchmark ? cite(d, k->benchmark->source) : nullptr, lang_);
            items.push_back({k->id,
                             k->name,
                             {say("better {}; benchmark: {}", spoken_name(k->direction, lang_),
                                  bench.empty() ? say("none known") : bench)}});
        }
        return items;
    }

    Item question_item(const Question& q) {
        Item item{q.id, q.text, {}};
        for (const Item& o : option_items(q)) {
            item.lines.push_back(fmt::format("{}: {}", o.id, o.text));
            for (const std::string& line : o.lines)
                item.lines.push_back("  " + line);
        }
        return item;
    }

    std::vector<Item> option_items(const Question& q) {
        std::vector<Item> items;
        for (const Option& o : q.options) {
            std::string text = o.label;
            if (o.id == q.default_option.id)
                text += say(" [default]");
            if (o.next)
                text += " -> " + o.next->id;
            Item item{o.id, text, {}};
            for (const Weight& w : o.weights) {
                std::string needs = requirements_text(w.requirements);
                item.lines.push_back(
                    fmt::format("{:+} {}: {}{}", w.points, w.strategy.id, w.reason,
                                needs.empty() ? "" : say(" (relies on {})", needs)));
            }
            items.push_back(std::move(item));
        }
        return items;
    }

    /// The names of tool or data `ids`, as `named` gives them, for people to read.
    static std::string names(const std::vector<Resource>& named, const std::vector<Ref>& ids) {
        std::vector<std::string_view> out;
        for (const Ref& id : ids)
            out.push_back(name_of(named, id.id));
        return join(out);
    }

    /// What `p` requires, "" when nothing.
    std::string requirements_text(const Requirements& p) const {
        std::vector<std::string> parts;
        if (!p.channels.empty())
            parts.push_back(say("channels {}", channels_text(p.channels, lang_)));
        if (!p.consent.empty())
            parts.push_back(say("consent for {}", channels_text(p.consent, lang_)));
        if (!p.data.empty())
            parts.push_back(say("data: {}", names(r_.data, p.data)));
        if (!p.tooling.empty())
            parts.push_back(say("tooling: {}", names(r_.tooling, p.tooling)));
        if (p.budget)
            parts.push_back(say("budget {} or more", spoken_name(*p.budget, lang_)));
        if (p.maturity)
            parts.push_back(say("team maturity {} or more", spoken_name(*p.maturity, lang_)));
        if (p.audience)
            parts.push_back(say("{} only", spoken_name(*p.audience, lang_)));
        return join(parts, "; ");
    }

    const Roadmap& r_;
    Index index_;
    std::string_view lang_;
};

/// For people: the kind and the facts' labels in the run's language.
void print_text(std::ostream& out, const Detail& d) {
    out << fmt::format("{} {}: {}\n", util::tr(d.kind), d.id, d.name);
    if (!d.description.empty())
        out << fmt::format("  {}\n", d.description);
    for (const auto& [key, value] : d.facts) {
        std::string label = key; // JSON keys are snake_case; people read words
        std::replace(label.begin(), label.end(), '_', ' ');
        out << fmt::format("  {}: {}\n", util::tr(label), value);
    }
    for (const Section& s : d.sections) {
        out << fmt::format("\n{}:\n", s.title);
        if (s.items.empty())
            out << "  " << util::tr("(none)") << "\n";
        for (const Item& item : s.items) {
            out << fmt::format("  {}  {}\n", item.id, item.text);
            for (const std::string& line : item.lines)
                out << fmt::format("      {}\n", line);
        }
    }
    if (!d.sources.empty()) {
        out << util::tr("\nSources:\n");
        for (const Source* s : d.sources)
            out << fmt::format("  [{}] {}\n", s->id, source_text(*s));
    }
}

void print_json(std::ostream& out, const Detail& d) {
    JsonWriter json(out);
    json.begin_object();
    json.field("kind", std::string_view(d.kind));
    json.field("id", std::string_view(d.id));
    json.field("name", std::string_view(d.name));
    json.field("description", std::string_view(d.description));
    json.key("facts").begin_object();
    for (const auto& [key, value] : d.facts)
        json.field(key, std::string_view(value));
    json.end_object();
    json.key("sections").begin_array();
    for (const Section& s : d.sections) {
        json.begin_object();
        json.field("title", std::string_view(s.title));
        json.key("items").begin_array();
        for (const Item& item : s.items) {
            json.begin_object();
            json.field("id", std::string_view(item.id));
            json.field("text", std::string_view(item.text));
            json.key("details").begin_array();
            for (const std::string& line : item.lines)
                json.value(std::string_view(line));
            json.end_array();
            json.end_object();
        }
        json.end_array();
        json.end_object();
    }
    json.end_array();
    json.key("sources").begin_array();
    for (const Source* s : d.sources) {
        json.begin_object();
        json.field("id", std::string_view(s->id));
        json.field("publisher", std::string_view(s->publisher));
        json.field("title", std::string_view(s->title));
        json.field("year", s->year);
        json.field("url", std::string_view(s->url));
        json.field("citation", std::string_view(s->citation));
        json.field("note", std::string_view(s->note));
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

void print(std::ostream& out, const Detail& d, Format format) {
    if (format == Format::json)
        print_json(out, d);
    else
        print_text(out, d);
}

} // namespace

bool show_entity(std::ostream& out, EntityKind kind, const Roadmap& roadmap, std::string_view id,
                 Format format) {
    // People read words and figures in their language; JSON keeps the machine form.
    Describer describe(roadmap, format == Format::json ? "en" : util::language());
    const Index& index = describe.index();
    switch (kind) {
    case EntityKind::goal:
        if (const Goal* g = roadmap.goal_by_name(id)) {
            print(out, describe.goal(*g), format);
            return true;
        }
        return false;
    case EntityKind::question:
        if (const Question* q = index.question(id)) {
            print(out, describe.question(*q), format);
            return true;
        }
        return false;
    case EntityKind::strategy:
        if (const Strategy* s = index.strategy(id)) {
            print(out, describe.strategy(*s), format);
            return true;
        }
        return false;
    case EntityKind::tactic:
        if (const Tactic* t = index.tactic(id)) {
            print(out, describe.tactic(*t), format);
            return true;
        }
        return false;
    case EntityKind::kpi:
        if (const Kpi* k = index.kpi(id)) {
            print(out, describe.kpi(*k), format);
            return true;
        }
        return false;
    case EntityKind::source:
        if (const Source* s = index.source(id)) {
            print(out, describe.source(*s), format);
            return true;
        }
        return false;
    }
    return false;
}

void show_industry(std::ostream& out, const IndustryRow& row, Format format) {
    const Roadmap& r = *row.roadmap;
    std::string_view lang = format == Format::json ? "en" : util::language();
    Detail d{"industry", r.id, r.name, r.description, {}, {}, {}};
    d.facts.emplace_back("audience", std::string(util::tr(name(r.audience), lang)));
    d.facts.emplace_back("extends", r.extends ? r.extends->id : "-");
    std::vector<std::string> files;
    for (const SourceFile* f : r.chain)
        files.push_back(f->path());
    d.facts.emplace_back("files", join(files));
    d.facts.emplace_back("from", std::string(util::tr(row.origin, lang)));
    auto count = [lang](std::size_t n, std::string_view one, std::string_view many) {
        return fmt::format("{} {}", n, util::tr(n == 1 ? one : many, lang));
    };
    d.facts.emplace_back("counts", fmt::format("{}, {}, {}, {}, {}, {}",
                                               count(r.goals.size(), "goal", "goals"),
                                               count(r.questions.size(), "question", "questions"),
                                               count(r.strategies.size(), "strategy", "strategies"),
                                               count(r.tactics.size(), "tactic", "tactics"),
                                               count(r.kpis.size(), "KPI", "KPIs"),
                                               count(r.sources.size(), "source", "sources")));
    Section goals{std::string(util::tr("Goals", lang)), {}};
    for (const Goal& g : r.goals)
        goals.items.push_back({g.id, g.name, {}});
    d.sections.push_back(std::move(goals));
    print(out, d, format);
}

} // namespace strat::output
