#include "output/listing.hpp"

#include "model/index.hpp"
#include "model/vocabulary_labels.hpp"
#include "output/figures.hpp"
#include "output/json.hpp"
#include "output/table.hpp"
#include "util/messages.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <set>

namespace strat::output {
using util::closest;
using util::did_you_mean;
using util::join;
namespace {

using namespace model;

/// Channels as people read them in `lang` (their ids in English, so in JSON too).
std::vector<std::string> channel_names(const std::vector<Channel>& channels,
                                       std::string_view lang) {
    std::vector<std::string> out;
    for (Channel c : channels)
        out.emplace_back(spoken_name(c, lang));
    return out;
}

void json_strings(JsonWriter& json, std::string_view key, const std::vector<std::string>& words) {
    json.key(key).begin_array();
    for (const std::string& w : words)
        json.value(std::string_view(w));
    json.end_array();
}

// --- list ---------------------------------------------------------------------------

struct Column {
    std::string header;
    std::string json_key;
    /// A list shown in a table under the previous column, one item a line below the row,
    /// rather than as a column of its own (a KPI's regional figures under its general one).
    bool below = false;
};

std::vector<Column> columns(EntityKind kind) {
    switch (kind) {
    case EntityKind::goal:
        return {{"ID", "id"},
                {"NAME", "name"},
                {"ALIASES", "aliases"},
                {"QUESTIONS", "questions"},
                {"STRATEGIES", "strategies"}};
    case EntityKind::question:
        return {{"ID", "id"}, {"QUESTION", "text"}, {"OPTIONS", "options"}, {"DEFAULT", "default"}};
    case EntityKind::strategy:
        return {{"ID", "id"},
                {"NAME", "name"},
                {"GOALS", "goals"},
                {"TACTICS", "tactics"},
                {"KPIS", "kpis"}};
    case EntityKind::tactic:
        return {{"ID", "id"},
                {"NAME", "name"},
                {"CHANNELS", "channels"},
                {"EFFORT", "effort"},
                {"COST", "cost"}};
    case EntityKind::kpi:
        return {{"ID", "id"},
                {"NAME", "name"},
                {"UNIT", "unit"},
                {"BETTER", "direction"},
                {"BENCHMARK", "benchmark"},
                {"", "regional_benchmarks", true}};
    case EntityKind::source:
        return {{"ID", "id"}, {"PUBLISHER", "publisher"}, {"YEAR", "year"}, {"TITLE", "title"}};
    }
    return {};
}

/// Cells of one row: text for tables; lists stay lists for JSON.
struct Cell {
    std::string text;
    std::vector<std::string> list;
    bool is_list = false;
    bool is_number = false;
};

Cell text(std::string s) {
    return Cell{std::move(s), {}, false, false};
}
Cell number(std::size_t n) {
    return Cell{std::to_string(n), {}, false, true};
}
Cell list(std::vector<std::string> words) {
    std::string joined = join(words);
    return Cell{joined.empty() ? "-" : joined, std::move(words), true, false};
}

/// `lang`: the language of the fixed words and of figures' number forms: the run's for the
/// table, "en" for JSON (whose values a program may read).
std::vector<std::vector<Cell>> rows(EntityKind kind, const Roadmap& r, std::string_view lang) {
    Index index(r);
    std::vector<std::vector<Cell>> out;
    switch (kind) {
    case EntityKind::goal:
        for (const Goal& g : r.goals)
            out.push_back({text(g.id), text(g.name), list(ids_of(g.aliases)),
                           number(index.tree(g).size()), number(index.strategies_for(g).size())});
        break;
    case EntityKind::question:
        for (const Question& q : r.questions)
            out.push_back(
                {text(q.id), text(q.text), list(ids_of(q.options)), text(q.default_option.id)});
        break;
    case EntityKind::strategy:
        for (const Strategy& s : r.strategies)
            out.push_back({text(s.id), text(s.name), list(ids_of(s.goals)),
                           number(s.tactics.size()), number(s.kpis.size())});
        break;
    case EntityKind::tactic:
        for (const Tactic& t : r.tactics)
            out.push_back({text(t.id), text(t.name), list(channel_names(t.channels, lang)),
                           text(std::string(spoken_name(t.effort, lang))),
                           text(std::string(spoken_name(t.cost, lang)))});
        break;
    case EntityKind::kpi:
        for (const Kpi& k : r.kpis) {
            std::string bench = benchmark_text(
                k, k.benchmark ? index.source(k.benchmark->source.id) : nullptr, lang);
            std::vector<std::string> regional;
            for (const Benchmark& b : k.regional_benchmarks)
                regional.push_back(benchmark_text(k, &b, index.source(b.source.id), lang));
            out.push_back({text(k.id), text(k.name),
                           text(std::string(util::tr(name(k.unit), lang))),
                           text(std::string(spoken_name(k.direction, lang))),
                           text(bench.empty() ? "-" : bench), list(std::move(regional))});
        }
        break;
    case EntityKind::source:
        for (const Source& s : r.sources)
            out.push_back({text(s.id), text(s.publisher), number(static_cast<std::size_t>(s.year)),
                           text(s.title)});
        break;
    }
    return out;
}

} // namespace

std::string_view plural_name(EntityKind kind) {
    constexpr std::string_view names[] = {"goals",   "questions", "strategies",
                                          "tactics", "kpis",      "sources"};
    return names[static_cast<int>(kind)];
}

std::string_view singular_name(EntityKind kind) {
    constexpr std::string_view names[] = {"goal",   "question", "strategy",
                                          "tactic", "kpi",      "source"};
    return names[static_cast<int>(kind)];
}

void list_industries(std::ostream& out, const std::vector<IndustryRow>& industries, Format format) {
    if (format == Format::json) {
        JsonWriter json(out);
        json.begin_array();
        for (const IndustryRow& row : industries) {
            const Roadmap& r = *row.roadmap;
            json.begin_object();
            json.field("id", std::string_view(r.id));
            json.field("name", std::string_view(r.name));
            json.field("audience", name(r.audience));
            json.field("goals", r.goals.size());
            json_strings(json, "goal_ids", ids_of(r.goals));
            json.field("origin", std::string_view(row.origin));
            json.field("path", std::string_view(row.path));
            json.end_object();
        }
        json.end_array();
        return;
    }
    using util::tr;
    Table table({"ID", std::string(tr("NAME")), std::string(tr("AUDIENCE")),
                 std::string(tr("GOALS")), std::string(tr("FROM"))});
    for (const IndustryRow& row : industries) {
        const Roadmap& r = *row.roadmap;
        std::string from = row.origin == "built-in" ? std::string(tr(row.origin))
                                                    : fmt::format("{} {}", row.origin, row.path);
        table.add({r.id, r.name, std::string(tr(name(r.audience))), std::to_string(r.goals.size()),
                   from});
    }
    table.print(out);
}

void list_entities(std::ostream& out, EntityKind kind, const std::vector<const Roadmap*>& roadmaps,
                   Format format) {
    bool with_industry = roadmaps.size() > 1;
    std::vector<Column> cols = columns(kind);
    if (format == Format::json) {
        JsonWriter json(out);
        json.begin_array();
        for (const Roadmap* r : roadmaps) {
            for (const auto& row : rows(kind, *r, "en")) {
                json.begin_object();
                json.field("industry", std::string_view(r->id));
                for (std::size_t i = 0; i < cols.size(); ++i) {
                    json.key(cols[i].json_key);
                    if (row[i].is_list) {
                        json.begin_array();
                        for (const std::string& w : row[i].list)
                            json.value(std::string_view(w));
                        json.end_array();
                    } else if (row[i].is_number) {
                        json.raw_number(row[i].text);
                    } else {
                        json.value(std::string_view(row[i].text));
                    }
                }
                json.end_object();
            }
        }
        json.end_array();
        return;
    }
    std::vector<std::string> header;
    if (with_industry)
        header.emplace_back(util::tr("INDUSTRY"));
    for (const Column& c : cols)
        if (!c.below)
            header.emplace_back(util::tr(c.header));
    Table table(header);
    for (const Roadmap* r : roadmaps) {
        for (const auto& row : rows(kind, *r, util::language())) {
            std::vector<std::string> cells;
            if (with_industry)
                cells.push_back(r->id);
            std::vector<std::vector<std::string>> below;
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (!cols[i].below) {
                    cells.push_back(row[i].text);
                    continue;
                }
                for (const std::string& item : row[i].list) {
                    below.emplace_back(cells.size() - 1); // blank up to the column above
                    below.back().push_back(item);
                }
            }
            table.add(std::move(cells));
            for (std::vector<std::string>& line : below)
                table.add(std::move(line));
        }
    }
    table.print(out);
}

std::vector<std::string> entity_ids(const Roadmap& r, EntityKind kind) {
    switch (kind) {
    case EntityKind::goal:
        return ids_of(r.goals);
    case EntityKind::question:
        return ids_of(r.questions);
    case EntityKind::strategy:
        return ids_of(r.strategies);
    case EntityKind::tactic:
        return ids_of(r.tactics);
    case EntityKind::kpi:
        return ids_of(r.kpis);
    case EntityKind::source:
        return ids_of(r.sources);
    }
    return {};
}

} // namespace strat::output
