#include "load/translation.hpp"

#include "load/schema.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace strat::load {
namespace {

/// How the value under a key of the format is written.
enum class Shape {
    text,          ///< one translated text
    objects_by_id, ///< a mapping from ids to objects of `fields`
    /// A mapping from ids to texts: an option's reasons, by strategy; a list of texts, in
    /// the order of the weights, for a strategy the option weighs more than once.
    texts_by_id,
    steps,  ///< a list of `{day, fields...}`, one per step of the tactic, in order
    risks,  ///< a list of `{fields...}`, one per risk of the tactic, in order
    texts,  ///< a list of texts, one per item of the English list, in order
    object, ///< one object of `fields`: a KPI's general benchmark
};

struct Key {
    std::string_view name;
    Shape shape = Shape::text;
    std::span<const Key> fields = {};
};

constexpr Key named[] = {{"name"}, {"description"}};
constexpr Key option_keys[] = {{"label"}, {"reasons", Shape::texts_by_id}};
constexpr Key question_keys[] = {
    {"text"}, {"help"}, {"options", Shape::objects_by_id, option_keys}};
constexpr Key step_keys[] = {{"day"}, {"action"}, {"condition"}};
constexpr Key risk_keys[] = {{"risk"}, {"mitigation"}};
constexpr Key tactic_keys[] = {{"name"},
                               {"description"},
                               {"trigger"},
                               {"steps", Shape::steps, step_keys},
                               {"risks", Shape::risks, risk_keys}};
constexpr Key benchmark_keys[] = {{"segment"}, {"note"}};
constexpr Key kpi_keys[] = {{"name"},
                            {"description"},
                            {"benchmark", Shape::object, benchmark_keys},
                            {"regional_benchmarks", Shape::objects_by_id, benchmark_keys},
                            {"no_benchmark"}};
constexpr Key source_keys[] = {{"note"}};
constexpr Key rule_keys[] = {{"text"}, {"conditions", Shape::texts}};
constexpr Key market_keys[] = {
    {"name"}, {"description"}, {"rules", Shape::objects_by_id, rule_keys}};
constexpr Key top_keys[] = {
    {"strat_translation"},
    {"name"},
    {"description"},
    {"sources", Shape::objects_by_id, source_keys},
    {"goals", Shape::objects_by_id, named},
    {"questions", Shape::objects_by_id, question_keys},
    {"strategies", Shape::objects_by_id, named},
    {"tactics", Shape::objects_by_id, tactic_keys},
    {"kpis", Shape::objects_by_id, kpi_keys},
    {"markets", Shape::objects_by_id, market_keys},
    {"tooling", Shape::objects_by_id, named},
    {"data", Shape::objects_by_id, named},
};

std::string found(const Node& node) {
    if (node.is_scalar())
        return fmt::format("`{}`", node.text);
    return node.is_sequence() ? "a list" : node.is_mapping() ? "a mapping" : "nothing";
}

/// Where a text is read: its address so far and where each part of it is written.
struct At {
    std::string address;
    std::vector<model::Origin> parts;
    std::string tactic; ///< the tactic whose steps are read

    At with(std::string_view part, const model::Origin& where) const {
        At next = *this;
        if (!next.address.empty())
            next.address.push_back('/');
        next.address.append(part);
        next.parts.push_back(where);
        return next;
    }
};

class Reader {
public:
    Reader(model::Translation& out, model::Diagnostics& diagnostics)
        : out_(out), diagnostics_(diagnostics) {}

    void object(const Node& node, std::span<const Key> keys, const At& at, std::string_view what) {
        if (!node.is_mapping()) {
            wrong_type(node, fmt::format("{} must be a mapping of `key: value` lines", what),
                       "write it as `key: value` lines");
            return;
        }
        for (const auto& [key, value] : node.entries) {
            const Key* spec = nullptr;
            for (const Key& k : keys)
                if (k.name == key->text)
                    spec = &k;
            if (spec == nullptr || !key->is_scalar()) {
                std::vector<std::string_view> names;
                for (const Key& k : keys)
                    if (k.name != "strat_translation" && k.name != "day")
                        names.push_back(k.name);
                diagnostics_.add(
                    "unknown-key", key->where,
                    fmt::format("unknown key `{}` in the translation of {}{}", key->text, what,
                                util::did_you_mean(key->text, names)),
                    fmt::format("{} is translated with the keys: {}", what, util::join(names)));
                continue;
            }
            if (spec->name == "strat_translation" || spec->name == "day")
                continue; // read by the caller
            value_of(*spec, *key, *value, at.with(spec->name, key->where));
        }
    }

    void text(const Node& value, const At& at) {
        if (value.is_null())
            return; // left for later: the English text stays
        if (!value.is_scalar() || value.text.empty()) {
            wrong_type(
                value,
                fmt::format("a translated text must be a non-empty string, found {}", found(value)),
                "write the text, or leave the key out to keep the English text");
            return;
        }
        out_.texts.push_back({at.address, at.parts, std::string(value.text), value.where});
    }

private:
    void value_of(const Key& spec, const Node& key, const Node& value, const At& at) {
        if (value.is_null())
            return;
        switch (spec.shape) {
        case Shape::text:
            text(value, at);
            break;
        case Shape::object:
            object(value, spec.fields, at, model::describe_address(at.address));
            break;
        case Shape::objects_by_id:
        case Shape::texts_by_id:
            by_id(spec, value, at);
            break;
        case Shape::steps:
        case Shape::risks:
        case Shape::texts:
            list(spec, key, value, at);
            break;
        }
    }

    void by_id(const Key& spec, const Node& value, const At& at) {
        if (!value.is_mapping()) {
            wrong_type(value,
                       fmt::format("`{}` must be a mapping from ids to their texts, found {}",
                                   spec.name, found(value)),
                       "write one `id:` line per entity translated");
            return;
        }
        for (const auto& [id, inner] : value.entries) {
            if (!id->is_scalar() || !schema::is_slug(id->text)) {
                diagnostics_.add("invalid-id", id->where,
                                 fmt::format("`{}` is not an id", id->is_scalar() ? id->text : "?"),
                                 "use the id of the entity as the roadmap writes it");
                continue;
            }
            At inside = at.with(id->text, id->where);
            if (spec.shape == Shape::texts_by_id) {
                if (inner->is_sequence())
                    for (std::size_t i = 0; i < inner->items.size(); ++i)
                        text(*inner->items[i],
                             inside.with(std::to_string(i + 1), inner->items[i]->where));
                else
                    text(*inner, inside);
                continue;
            }
            if (spec.name == "tactics")
                inside.tactic = id->text;
            if (!inner->is_null())
                object(*inner, spec.fields, inside,
                       spec.name == "regional_benchmarks" ? model::describe_address(inside.address)
                                                          : fmt::format("`{}`", id->text));
        }
    }

    void list(const Key& spec, const Node& key, const Node& value, const At& at) {
        if (!value.is_sequence()) {
            wrong_type(value, fmt::format("`{}` must be a list, found {}", key.text, found(value)),
                       spec.shape == Shape::steps
                           ? "list every step of the tactic, in order, as `- day: N` items"
                       : spec.shape == Shape::risks
                           ? "list every risk of the tactic, in order, as `- risk: ...` items"
                           : "list every condition of the rule, in order");
            return;
        }
        if (spec.shape == Shape::risks) {
            model::TranslatedRisks risks{at.tactic, key.where, {}};
            for (const Node* item : value.items)
                risks.items.push_back(item->where);
            out_.risks.push_back(std::move(risks));
        }
        for (std::size_t i = 0; i < value.items.size(); ++i) {
            const Node& item = *value.items[i];
            At inside = at.with(std::to_string(i + 1), item.where);
            if (spec.shape == Shape::texts) {
                text(item, inside);
                continue;
            }
            if (spec.shape == Shape::risks) {
                object(item, spec.fields, inside, fmt::format("risk {}", i + 1));
                continue;
            }
            step(spec, item, inside, i + 1);
        }
    }

    void step(const Key& spec, const Node& item, const At& at, std::size_t number) {
        std::string what = fmt::format("step {}", number);
        if (!item.is_mapping()) {
            object(item, spec.fields, at, what); // reports the type
            return;
        }
        const Node* day = item.get("day");
        int value = 0;
        if (day == nullptr) {
            diagnostics_.add("missing-field", item.where,
                             fmt::format("step {} of the translation of tactic `{}` has no `day`",
                                         number, at.tactic),
                             "give the step's day as the roadmap writes it, e.g. `day: 7`");
        } else if (!day->is_scalar() || day->quoted ||
                   std::from_chars(day->text.data(), day->text.data() + day->text.size(), value)
                           .ptr != day->text.data() + day->text.size()) {
            wrong_type(*day, fmt::format("`day` must be a whole number, found {}", found(*day)),
                       "give the step's day as the roadmap writes it, e.g. `day: 7`");
        } else {
            out_.steps.push_back({at.tactic, number, value, day->where});
        }
        object(item, spec.fields, at, what);
    }

    void wrong_type(const Node& node, std::string message, std::string hint) {
        diagnostics_.add("wrong-type", node.where, std::move(message), std::move(hint));
    }

    model::Translation& out_;
    model::Diagnostics& diagnostics_;
};

} // namespace

bool is_translation(const Document& document) {
    const Node* root = document.root;
    return root != nullptr && root->is_mapping() && !root->entries.empty() &&
           root->entries.front().first->is_scalar() &&
           root->entries.front().first->text == "strat_translation";
}

model::Translation read_translation(const Document& document, const model::SourceFile& file,
                                    model::Diagnostics& diagnostics) {
    model::Translation out;
    out.file = &file;
    const Node& root = *document.root;
    out.where = root.where;
    const auto& [head_key, head] = root.entries.front();
    auto hint = "write it as `strat_translation: {of: ROADMAP-ID, lang: de}`";
    if (!head->is_mapping()) {
        diagnostics.add("wrong-type", head->where,
                        fmt::format("`strat_translation` must be a mapping of `of` and `lang`, "
                                    "found {}",
                                    found(*head)),
                        hint);
    } else {
        for (const auto& [key, value] : head->entries) {
            if (key->text != "of" && key->text != "lang")
                diagnostics.add("unknown-key", key->where,
                                fmt::format("unknown key `{}` in `strat_translation`", key->text),
                                hint);
        }
        const Node* of = head->get("of");
        const Node* lang = head->get("lang");
        if (of == nullptr || lang == nullptr)
            diagnostics.add("missing-field", head->where,
                            fmt::format("`strat_translation` has no `{}`", of ? "lang" : "of"),
                            hint);
        if (of != nullptr) {
            if (of->is_scalar() && schema::is_slug(of->text)) {
                out.of = std::string(of->text);
                out.of_where = of->where;
            } else {
                diagnostics.add("invalid-id", of->where,
                                fmt::format("`of` must be a roadmap id, found {}", found(*of)),
                                hint);
            }
        }
        if (lang != nullptr) {
            auto langs = model::languages();
            bool known = lang->is_scalar() &&
                         std::find(langs.begin(), langs.end(), lang->text) != langs.end();
            if (known) {
                out.lang = std::string(lang->text);
                out.lang_where = lang->where;
            } else {
                diagnostics.add(
                    "invalid-value", lang->where,
                    fmt::format("strat does not speak language {}{}", found(*lang),
                                lang->is_scalar() ? util::did_you_mean(lang->text, langs) : ""),
                    fmt::format("languages: {}", util::join(langs)));
            }
        }
    }
    (void)head_key;
    Reader(out, diagnostics).object(root, top_keys, At{}, "a roadmap");
    return out;
}

} // namespace strat::load
