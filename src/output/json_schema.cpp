#include "output/json_schema.hpp"

#include "output/json.hpp"

#include <fmt/format.h>

#include <set>
#include <vector>

namespace strat::output {
namespace {

namespace sc = load::schema;

std::string def_name(const sc::Object& o) {
    std::string name(o.name);
    for (char& c : name)
        if (c == ' ')
            c = '_';
    return name;
}

/// The schema of one value of type `type` (with the field's choices and object).
void value_schema(JsonWriter& json, sc::Type type, const sc::Field& f) {
    json.begin_object();
    switch (type) {
    case sc::Type::string:
        json.field("type", "string");
        break;
    case sc::Type::integer:
        json.field("type", "integer");
        if (f.min < f.max) {
            json.key("minimum").value(static_cast<std::int64_t>(f.min));
            json.key("maximum").value(static_cast<std::int64_t>(f.max));
        }
        break;
    case sc::Type::number:
        json.field("type", "number");
        break;
    case sc::Type::boolean:
        json.field("type", "boolean");
        break;
    case sc::Type::slug:
        json.field("$ref", "#/$defs/id");
        break;
    case sc::Type::choice:
        json.key("enum").begin_array();
        // A dict's choices name its keys; the words of its values are apart.
        for (std::string_view c : f.type == sc::Type::dict ? f.value_choices : f.choices)
            json.value(c);
        json.end_array();
        break;
    case sc::Type::object:
        json.field("$ref", "#/$defs/" + def_name(*f.object));
        break;
    case sc::Type::list:
    case sc::Type::dict:
        break; // not item types
    }
    json.end_object();
}

void field_schema(JsonWriter& json, const sc::Field& f) {
    if (f.type == sc::Type::list) {
        json.begin_object();
        json.field("description", f.doc);
        json.field("type", "array");
        json.key("items");
        value_schema(json, f.item, f);
        if (f.min_items > 0)
            json.field("minItems", f.min_items);
        json.end_object();
    } else if (f.type == sc::Type::dict) {
        json.begin_object();
        json.field("description", f.doc);
        json.field("type", "object");
        json.key("propertyNames");
        if (f.choices.empty()) {
            json.begin_object().field("$ref", "#/$defs/id").end_object();
        } else {
            json.begin_object().key("enum").begin_array();
            for (std::string_view c : f.choices)
                json.value(c);
            json.end_array().end_object();
        }
        json.key("additionalProperties");
        value_schema(json, f.item, f);
        json.end_object();
    } else {
        // A value's own schema, with the description merged in.
        json.begin_object();
        json.field("description", f.doc);
        json.key("allOf").begin_array();
        value_schema(json, f.type, f);
        json.end_array();
        json.end_object();
    }
}

/// Rules the reader checks beyond the tables, stated in schema terms.
void extra_rules(JsonWriter& json, const sc::Object& o) {
    if (o.name == "source") {
        json.key("anyOf").begin_array();
        json.begin_object().key("required").begin_array().value("url").end_array().end_object();
        json.begin_object()
            .key("required")
            .begin_array()
            .value("citation")
            .end_array()
            .end_object();
        json.end_array();
    } else if (o.name == "target") {
        json.key("if")
            .begin_object()
            .key("properties")
            .begin_object()
            .key("rule")
            .begin_object()
            .key("enum")
            .begin_array()
            .value("relative")
            .value("absolute")
            .end_array()
            .end_object()
            .end_object()
            .end_object();
        json.key("then").begin_object().key("required").begin_array().value("change").end_array();
        json.key("properties")
            .begin_object()
            .key("change")
            .begin_object()
            .field("exclusiveMinimum", 0)
            .end_object()
            .end_object();
        json.end_object();
        json.key("else").begin_object().key("not").begin_object().key("required");
        json.begin_array().value("change").end_array().end_object().end_object();
    } else if (o.name == "roadmap" || o.name == "answers file") {
        std::string_view version = o.name == "roadmap" ? "strat" : "strat_answers";
        json.key("allOf").begin_array().begin_object().key("properties").begin_object();
        json.key(version).begin_object().field("const", 1).end_object();
        json.end_object().end_object().end_array();
    } else if (o.name == "risk") {
        // The reader refuses a risk or mitigation of blanks only: each must say something.
        json.key("allOf").begin_array().begin_object().key("properties").begin_object();
        for (std::string_view key : {"risk", "mitigation"})
            json.key(key).begin_object().field("pattern", "\\S").end_object();
        json.end_object().end_object().end_array();
    } else if (o.name == "weight") {
        json.key("not")
            .begin_object()
            .key("properties")
            .begin_object()
            .key("points")
            .begin_object()
            .field("const", 0)
            .end_object()
            .end_object()
            .end_object();
    }
    // An amount means nothing without its currency, nor a currency without an amount.
    if (o.field("budget_amount") && o.field("currency")) {
        json.key("dependentRequired").begin_object();
        json.key("budget_amount").begin_array().value("currency").end_array();
        json.key("currency").begin_array().value("budget_amount").end_array();
        json.end_object();
    }
}

void collect(const sc::Object& o, std::vector<const sc::Object*>& out) {
    for (const sc::Object* seen : out)
        if (seen == &o)
            return;
    out.push_back(&o);
    for (const sc::Field& f : o.fields)
        if (f.object)
            collect(*f.object, out);
}

} // namespace

void print_json_schema(std::ostream& out, const sc::Object& top, std::string_view title,
                       std::string_view id) {
    std::vector<const sc::Object*> objects;
    collect(top, objects);
    JsonWriter json(out);
    json.begin_object();
    json.field("$schema", "https://json-schema.org/draft/2020-12/schema");
    json.field("$id", id);
    json.field("title", title);
    json.field("description", top.doc);
    json.field("$ref", "#/$defs/" + def_name(top));
    json.key("$defs").begin_object();
    json.key("id").begin_object();
    json.field("description", "A stable id: lower-case letters and digits, with `_` or `-` "
                              "between words.");
    json.field("type", "string");
    json.field("pattern", sc::slug_pattern);
    json.field("maxLength", sc::slug_max_length);
    json.end_object();
    for (const sc::Object* o : objects) {
        json.key(def_name(*o)).begin_object();
        json.field("description", o->doc);
        json.field("type", "object");
        json.key("properties").begin_object();
        for (const sc::Field& f : o->fields) {
            json.key(f.key);
            field_schema(json, f);
        }
        json.end_object();
        json.key("required").begin_array();
        for (const sc::Field& f : o->fields)
            if (f.required)
                json.value(f.key);
        json.end_array();
        json.field("additionalProperties", false);
        extra_rules(json, *o);
        json.end_object();
    }
    json.end_object();
    json.end_object();
}

} // namespace strat::output
