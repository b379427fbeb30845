#pragma once
/// Reads one YAML mapping as one object of the roadmap format: checks its keys against
/// the schema table once, then hands out typed values, reporting wrong types in place.
/// Internal to the load layer.

#include "load/document.hpp"
#include "load/schema.hpp"
#include "model/diagnostic.hpp"
#include "model/facts.hpp"
#include "model/origin.hpp"
#include "model/roadmap.hpp"
#include "model/vocabulary.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strat::load {

class Fields {
public:
    Fields(model::Diagnostics& diagnostics, const Node& node, const schema::Object& spec,
           std::string path);

    /// False when the node was not a mapping (already reported).
    bool ok() const { return ok_; }
    const model::Origin& where() const { return node_.where; }
    const std::string& path() const { return path_; }

    /// The value of `key`, or nullptr when absent or null.
    const Node* get(std::string_view key) const;
    model::Origin where(std::string_view key) const;
    /// Where the key itself is written (the mapping's position when absent).
    model::Origin key_where(std::string_view key) const;

    std::string text(std::string_view key);
    std::optional<long long> integer(std::string_view key);
    /// A decimal number; `written` receives the text exactly as in the file.
    std::optional<double> number(std::string_view key, std::string* written = nullptr);
    model::Ref slug(std::string_view key);
    std::optional<model::Ref> optional_slug(std::string_view key);
    std::vector<model::Ref> slugs(std::string_view key);

    template <typename Enum> std::optional<Enum> choice(std::string_view key) {
        const Node* node = value_of(key, schema::Type::choice);
        return node ? word<Enum>(*node, key) : std::nullopt;
    }
    template <typename Enum> std::vector<Enum> choices(std::string_view key) {
        std::vector<Enum> out;
        for (const Node* item : list_items(key))
            if (auto value = word<Enum>(*item, key))
                out.push_back(*value);
        return out;
    }
    /// A mapping of choice words (or slugs) to booleans, e.g. `consent: {email: true}`.
    std::vector<std::pair<std::string, bool>> flags(std::string_view key);

    /// The entries of a dict field whose keys are slugs (reported when they are not).
    std::vector<std::pair<const Node*, const Node*>> entries(std::string_view key);
    /// A dict of slug → slug, e.g. `answers: {question: option}`, with positions.
    std::vector<std::pair<model::Ref, model::Ref>> slug_pairs(std::string_view key);

    /// The items of a list field (only the well-formed ones are useful to callers).
    std::span<const Node* const> list_items(std::string_view key);
    std::string item_path(std::string_view key, std::size_t index) const;
    std::string key_path(std::string_view key) const;

    model::Diagnostics& diagnostics() { return diagnostics_; }
    /// The schema of the object (or list items) under `key`.
    const schema::Object& child(std::string_view key) const { return *spec_.field(key)->object; }

private:
    const Node* value_of(std::string_view key, schema::Type expected);
    bool scalar_or_report(const Node& node, std::string_view key, std::string_view expected);
    void report_choice(const Node& node, std::string_view key);
    template <typename Enum> std::optional<Enum> word(const Node& node, std::string_view key) {
        if (!scalar_or_report(node, key, "one word"))
            return std::nullopt;
        if (auto value = model::parse<Enum>(node.text))
            return value;
        report_choice(node, key);
        return std::nullopt;
    }

    model::Diagnostics& diagnostics_;
    const Node& node_;
    const schema::Object& spec_;
    std::string path_;
    bool ok_ = false;
};

/// A `facts` object (option facts).
model::Facts read_facts(Fields& fields);
/// A `facts` object with where each fact is written (answers-file constraints).
model::StatedFacts read_stated_facts(Fields& fields);

} // namespace strat::load
