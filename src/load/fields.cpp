#include "load/fields.hpp"

#include "load/number.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>

namespace strat::load {
namespace {

std::string describe(const Node& node) {
    switch (node.kind) {
    case Node::Kind::null:
        return "nothing";
    case Node::Kind::sequence:
        return "a list";
    case Node::Kind::mapping:
        return "a mapping";
    case Node::Kind::scalar:
        break;
    }
    std::string shown = node.text.size() > 40 ? std::string(node.text.substr(0, 37)) + "..."
                                              : std::string(node.text);
    // Quotes matter: `"2023"` is text where a number is expected.
    return node.quoted ? fmt::format("the quoted text `\"{}\"`", shown)
                       : fmt::format("`{}`", shown);
}

std::vector<std::string_view> keys_of(const schema::Object& spec) {
    std::vector<std::string_view> keys;
    for (const schema::Field& f : spec.fields)
        keys.push_back(f.key);
    return keys;
}

/// For "40000.50" or "40000,50": the whole part, which the writer most likely meant; else
/// the rule alone (an example number would read like one the field expects).
std::string whole_number_hint(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    bool decimal = digits > 0 && digits + 1 < text.size() &&
                   (text[digits] == '.' || text[digits] == ',') &&
                   text.find_first_not_of("0123456789", digits + 1) == std::string_view::npos;
    if (decimal)
        return fmt::format("write a whole number, without a decimal part: {}",
                           text.substr(0, digits));
    return "write digits only";
}

} // namespace

Fields::Fields(model::Diagnostics& diagnostics, const Node& node, const schema::Object& spec,
               std::string path)
    : diagnostics_(diagnostics), node_(node), spec_(spec), path_(std::move(path)) {
    if (!node.is_mapping()) {
        diagnostics_
            .add("wrong-type", node.where,
                 fmt::format("a {} must be a mapping of `key: value` lines, found {}", spec.name,
                             describe(node)),
                 fmt::format("write the {} as `key: value` lines", spec.name))
            .data_path = path_;
        return;
    }
    ok_ = true;
    for (const auto& [key, value] : node.entries) {
        bool merge_key = key->text == "<<" && !key->quoted; // reported as E011 already
        if (key->is_scalar() && !merge_key && !spec.field(key->text)) {
            auto keys = keys_of(spec);
            diagnostics_
                .add("unknown-key", key->where,
                     fmt::format("unknown key `{}` in {}{}", key->text, spec.name,
                                 util::did_you_mean(key->text, keys)),
                     fmt::format("a {} has the keys: {}", spec.name, util::join(keys)))
                .data_path = key_path(key->text);
        }
    }
    for (const schema::Field& f : spec.fields) {
        if (!f.required)
            continue;
        const Node* key = nullptr;
        const Node* value = nullptr;
        for (const auto& [k, v] : node.entries)
            if (k->text == f.key) {
                key = k;
                value = v;
                break;
            }
        if (value == nullptr) {
            bool figure = (spec.name == "benchmark" || spec.name == "regional benchmark") &&
                          f.key == "source";
            diagnostics_
                .add(figure ? "figure-without-source" : "missing-field", node.where,
                     figure ? "this benchmark figure names no source"
                            : fmt::format("{} is missing the required key `{}`", spec.name, f.key),
                     figure ? "add `source:` with the id of the publication the figure is from; "
                              "a figure never comes without its source"
                            : fmt::format("add `{}:` ({})", f.key, f.doc))
                .data_path = path_;
        } else if (value->is_null()) { // reported at the key: an empty value has no place
            diagnostics_
                .add("missing-field", key->where, fmt::format("`{}` has no value", f.key),
                     fmt::format("give `{}` a value ({})", f.key, f.doc))
                .data_path = key_path(f.key);
        }
    }
}

// Every entity gets its path, so these are plain appends rather than fmt::format calls.
std::string Fields::key_path(std::string_view key) const {
    std::string out;
    out.reserve(path_.size() + 1 + key.size() + 8);
    out += path_;
    if (!path_.empty())
        out += '.';
    out += key;
    return out;
}

std::string Fields::item_path(std::string_view key, std::size_t index) const {
    std::string out = key_path(key);
    out += '[';
    out += std::to_string(index);
    out += ']';
    return out;
}

const Node* Fields::get(std::string_view key) const {
    assert(spec_.field(key) != nullptr && "every key read must be in the schema table");
    if (!ok_)
        return nullptr;
    const Node* value = node_.get(key);
    return value && !value->is_null() ? value : nullptr;
}

model::Origin Fields::where(std::string_view key) const {
    const Node* value = get(key);
    return value ? value->where : node_.where;
}

model::Origin Fields::key_where(std::string_view key) const {
    if (ok_)
        for (const auto& [k, v] : node_.entries)
            if (k->text == key)
                return k->where;
    return node_.where;
}

const Node* Fields::value_of(std::string_view key, schema::Type expected) {
    const schema::Field* field = spec_.field(key);
    assert(field && field->type == expected && "reader and schema table disagree");
    (void)field;
    (void)expected;
    return get(key);
}

bool Fields::scalar_or_report(const Node& node, std::string_view key, std::string_view expected) {
    if (node.is_scalar())
        return true;
    diagnostics_
        .add("wrong-type", node.where,
             fmt::format("`{}` must be {}, found {}", key, expected, describe(node)))
        .data_path = key_path(key);
    return false;
}

void Fields::report_choice(const Node& node, std::string_view key) {
    const schema::Field* field = spec_.field(key);
    diagnostics_
        .add("invalid-value", node.where,
             fmt::format("`{}` cannot be `{}`{}", key, node.text,
                         util::did_you_mean(node.text, field->choices)),
             fmt::format("use one of: {}", util::join(field->choices)))
        .data_path = key_path(key);
}

std::string Fields::text(std::string_view key) {
    const Node* node = value_of(key, schema::Type::string);
    if (!node || !scalar_or_report(*node, key, "text"))
        return {};
    return std::string(node->text);
}

std::optional<long long> Fields::integer(std::string_view key) {
    const Node* node = value_of(key, schema::Type::integer);
    if (!node || !scalar_or_report(*node, key, "a whole number"))
        return std::nullopt;
    std::optional<long long> parsed = parse_integer(node->text);
    if (node->quoted || !parsed) {
        diagnostics_
            .add("wrong-type", node->where,
                 fmt::format("`{}` must be a whole number, found {}", key, describe(*node)),
                 node->quoted ? std::string("remove the quotes") : whole_number_hint(node->text))
            .data_path = key_path(key);
        return std::nullopt;
    }
    long long value = *parsed;
    const schema::Field* field = spec_.field(key);
    if (field->min < field->max && (value < field->min || value > field->max)) {
        diagnostics_
            .add("out-of-range", node->where,
                 fmt::format("`{}` is {}; it must be from {} to {}", key, value, field->min,
                             field->max),
                 fmt::format("give a number from {} to {}", field->min, field->max))
            .data_path = key_path(key);
        return std::nullopt;
    }
    return value;
}

std::optional<double> Fields::number(std::string_view key, std::string* written) {
    const Node* node = value_of(key, schema::Type::number);
    if (!node || !scalar_or_report(*node, key, "a number"))
        return std::nullopt;
    ParsedNumber number = parse_number(node->text);
    if (node->quoted || !number) {
        bool range = number.problem == NumberProblem::out_of_range;
        diagnostics_
            .add(range ? "out-of-range" : "wrong-type", node->where,
                 range ? fmt::format("`{}` is out of range for a number", key)
                       : fmt::format("`{}` must be a number, found {}", key, describe(*node)),
                 node->quoted ? "remove the quotes"
                              : "write a plain decimal number such as 20.2 (no % sign)")
            .data_path = key_path(key);
        return std::nullopt;
    }
    if (written)
        *written = node->text;
    return number.value;
}

model::Ref Fields::slug(std::string_view key) {
    return optional_slug(key).value_or(model::Ref{{}, where(key)});
}

namespace {

std::optional<model::Ref> slug_of(Fields& fields, const Node& node, std::string_view key) {
    if (!node.is_scalar()) {
        fields.diagnostics()
            .add("wrong-type", node.where,
                 fmt::format("`{}` must be an id, found {}", key, describe(node)))
            .data_path = fields.key_path(key);
        return std::nullopt;
    }
    if (!schema::is_slug(node.text)) {
        fields.diagnostics()
            .add("invalid-id", node.where, fmt::format("`{}` is not a valid id", node.text),
                 "ids use lower-case letters and digits, with `_` or `-` between words, "
                 "start with a letter and have at most 64 characters")
            .data_path = fields.key_path(key);
        return std::nullopt;
    }
    return model::Ref{std::string(node.text), node.where};
}

} // namespace

std::optional<model::Ref> Fields::optional_slug(std::string_view key) {
    const Node* node = value_of(key, schema::Type::slug);
    return node ? slug_of(*this, *node, key) : std::nullopt;
}

std::span<const Node* const> Fields::list_items(std::string_view key) {
    const schema::Field* field = spec_.field(key);
    assert(field && field->type == schema::Type::list);
    const Node* node = get(key);
    if (!node)
        return {};
    if (!node->is_sequence()) {
        diagnostics_
            .add("wrong-type", node->where,
                 fmt::format("`{}` must be a list, found {}", key, describe(*node)),
                 fmt::format("write `{}:` followed by `- ` items, or `[a, b]`", key))
            .data_path = key_path(key);
        return {};
    }
    if (node->items.size() < field->min_items) {
        diagnostics_
            .add("empty-list", node->where,
                 field->min_items == 1
                     ? fmt::format("`{}` needs at least one entry", key)
                     : fmt::format("`{}` needs at least {} entries", key, field->min_items),
                 fmt::format("add {} to `{}`", node->items.empty() ? "entries" : "another entry",
                             key))
            .data_path = key_path(key);
    }
    return node->items;
}

std::vector<model::Ref> Fields::slugs(std::string_view key) {
    std::vector<model::Ref> out;
    for (const Node* item : list_items(key))
        if (auto ref = slug_of(*this, *item, key))
            out.push_back(std::move(*ref));
    return out;
}

std::vector<std::pair<std::string, bool>> Fields::flags(std::string_view key) {
    std::vector<std::pair<std::string, bool>> out;
    for (const auto& [k, v] : entries(key)) {
        if (!v->is_scalar() || v->quoted || (v->text != "true" && v->text != "false")) {
            diagnostics_
                .add("wrong-type", v->where,
                     fmt::format("`{}.{}` must be true or false, found {}", key, k->text,
                                 describe(*v)),
                     "write true or false")
                .data_path = key_path(key);
            continue;
        }
        out.emplace_back(k->text, v->text == "true");
    }
    return out;
}

} // namespace strat::load

namespace strat::load {

std::vector<std::pair<const Node*, const Node*>> Fields::entries(std::string_view key) {
    const Node* node = value_of(key, schema::Type::dict);
    std::vector<std::pair<const Node*, const Node*>> out;
    if (!node)
        return out;
    if (!node->is_mapping()) {
        diagnostics_
            .add("wrong-type", node->where,
                 fmt::format("`{}` must be a mapping of `id: value` lines, found {}", key,
                             describe(*node)))
            .data_path = key_path(key);
        return out;
    }
    const schema::Field* field = spec_.field(key);
    for (const auto& [k, v] : node->entries) {
        if (!k->is_scalar())
            continue;
        if (!field->choices.empty()) { // keys are words of a list, e.g. channels
            if (std::find(field->choices.begin(), field->choices.end(), k->text) ==
                field->choices.end())
                report_choice(*k, key);
            else
                out.emplace_back(k, v);
            continue;
        }
        if (!schema::is_slug(k->text)) {
            diagnostics_
                .add("invalid-id", k->where, fmt::format("`{}` is not a valid id", k->text),
                     "use lower-case letters and digits with `_` or `-` between words")
                .data_path = key_path(key);
            continue;
        }
        out.emplace_back(k, v);
    }
    return out;
}

std::vector<std::pair<model::Ref, model::Ref>> Fields::slug_pairs(std::string_view key) {
    std::vector<std::pair<model::Ref, model::Ref>> out;
    for (const auto& [k, v] : entries(key)) {
        if (!v->is_scalar() || !schema::is_slug(v->text)) {
            diagnostics_
                .add("wrong-type", v->where,
                     fmt::format("`{}.{}` must be an option id, found {}", key, k->text,
                                 describe(*v)))
                .data_path = fmt::format("{}.{}", key_path(key), k->text);
            continue;
        }
        out.emplace_back(model::Ref{std::string(k->text), k->where},
                         model::Ref{std::string(v->text), v->where});
    }
    return out;
}

} // namespace strat::load
