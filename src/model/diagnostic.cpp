#include "model/diagnostic.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <tuple>

namespace strat::model {
namespace {

constexpr auto E = Severity::error;
constexpr auto W = Severity::warning;

constexpr std::array rules{
    // Reading the file.
    Rule{"E000", "unreadable-file", E,
         "The file cannot be read (missing, a directory, no permission)."},
    Rule{"E001", "yaml-syntax", E, "The file is not well-formed YAML."},
    Rule{"E002", "nesting-too-deep", E, "Nesting is deeper than strat accepts."},
    Rule{"E003", "file-too-large", E, "The file is larger than strat reads."},
    Rule{"E004", "invalid-utf8", E, "The file is not valid UTF-8."},
    Rule{"E005", "control-character", E, "The file holds a NUL or other control character."},
    Rule{"E006", "tab-indentation", E, "A tab is used for indentation; YAML allows spaces only."},
    Rule{"E007", "multiple-documents", E, "The file holds more than one YAML document."},
    Rule{"E008", "duplicate-key", E, "A key appears twice in the same mapping."},
    Rule{"E009", "alias-cycle", E, "An alias refers to a node that contains it."},
    Rule{"E010", "alias-expansion", E, "Aliases expand to more nodes than strat accepts."},
    Rule{"E011", "merge-key", E, "A merge key `<<` is used; strat does not support merge keys."},
    Rule{"E012", "empty-file", E, "The file holds no roadmap."},
    Rule{"E013", "unterminated-string", E, "A quoted string has no closing quote."},
    Rule{"E014", "complex-key", E, "A mapping key is not a plain string."},
    Rule{"E015", "too-many-nodes", E, "The document has more nodes than strat accepts."},
    // The shape of a roadmap.
    Rule{"E101", "wrong-type", E, "A value has the wrong type."},
    Rule{"E102", "missing-field", E, "A required field is missing."},
    Rule{"E103", "unknown-key", E, "A key is not part of the roadmap format."},
    Rule{"E104", "invalid-value", E, "A value is not one of the allowed choices."},
    Rule{"E105", "invalid-id", E, "An id is not a valid slug."},
    Rule{"E106", "unsupported-version", E, "The format version is not one strat reads."},
    Rule{"E107", "out-of-range", E, "A number is outside its allowed range."},
    Rule{"E108", "empty-list", E, "A list that needs at least one entry is empty."},
    // References and the decision tree.
    Rule{"E201", "duplicate-id", E, "Two entities of the same kind share an id."},
    Rule{"E202", "unknown-extends", E, "`extends` names a roadmap that was not found."},
    Rule{"E203", "extends-cycle", E, "Roadmaps extend each other in a cycle."},
    Rule{"E204", "unknown-goal", E, "A reference names a goal that does not exist."},
    Rule{"E205", "unknown-question", E, "A reference names a question that does not exist."},
    Rule{"E206", "unknown-option", E, "A default names an option the question does not have."},
    Rule{"E207", "unknown-strategy", E, "A reference names a strategy that does not exist."},
    Rule{"E208", "unknown-tactic", E, "A reference names a tactic that does not exist."},
    Rule{"E209", "unknown-kpi", E, "A reference names a KPI that does not exist."},
    Rule{"E210", "unknown-source", E, "A reference names a source that does not exist."},
    Rule{"E211", "duplicate-alias", E, "A goal alias is already a goal id or another alias."},
    Rule{"E212", "tree-cycle", E, "Questions lead to each other in a cycle."},
    Rule{"E213", "figure-without-source", E, "A benchmark figure names no source."},
    Rule{"E214", "target-without-benchmark", E,
         "A target derived from the benchmark has no benchmark."},
    Rule{"E215", "step-channel", E, "A step uses a channel its tactic does not list."},
    Rule{"E216", "duplicate-roadmap", E, "Two files define a roadmap with the same id."},
    Rule{"E217", "unknown-drop", E,
         "`drops` names something no extended roadmap defines, or a question still asked."},
    Rule{"E218", "drops-own", E, "A roadmap drops something it defines itself."},
    Rule{"E219", "collects-what-it-requires", E,
         "A tactic requires the consent it is meant to collect."},
    Rule{"E220", "primary-kpi-unmeasured", E,
         "A goal's primary KPI is measured by none of the goal's strategies."},
    Rule{"E221", "benchmark-and-no-benchmark", E,
         "A KPI has both a benchmark and a note that none is published."},
    Rule{"E222", "rule-without-source", E, "A market rule names no legal source."},
    Rule{"E223", "unknown-market", E, "A step or tactic names a market that does not exist."},
    Rule{"E224", "unknown-translation", E,
         "A translation names an id, text, step, risk or condition its roadmap does not have."},
    Rule{"E225", "budget-phases", E, "A budget rule's phase shares do not add up to 100%."},
    Rule{"E226", "duplicate-benchmark-region", E, "A KPI has two benchmarks for the same region."},
    Rule{"E227", "watch-not-in-kpis", E, "A tactic watches a KPI its `kpis` do not list."},
    // Content that works but is probably a mistake.
    Rule{"W301", "unreachable-question", W, "No goal's decision tree reaches the question."},
    Rule{"W302", "unreached-strategy", W,
         "No answer in the tree of a goal the strategy serves gives it points."},
    Rule{"W303", "unused-tactic", W, "No strategy uses the tactic."},
    Rule{"W304", "unused-kpi", W, "No strategy or tactic measures the KPI."},
    Rule{"W305", "unused-source", W, "No benchmark cites the source."},
    Rule{"W306", "weight-outside-goal", W,
         "An option weights a strategy that serves no goal whose tree reaches the option."},
    Rule{"W307", "steps-out-of-order", W, "A tactic's steps are not in day order."},
    Rule{"W308", "missing-primary-kpi", W, "A goal names no primary KPI."},
    Rule{"W309", "primary-kpi-unbenchmarked", W,
         "A goal's primary KPI has no benchmark and does not say why none is published."},
    Rule{"W310", "rule-source-unread", W,
         "A market rule says neither where its source can be read nor why not."},
    Rule{"W311", "untranslated-text", W,
         "A roadmap text has no translation in the roadmap's translation file."},
    Rule{"W312", "tactic-without-risks", W, "A tactic names no risks."},
    Rule{"W313", "unnamed-id", W,
         "A tool or data id is used without a name under `tooling:` or `data:`."},
    Rule{"W314", "unused-name", W, "`tooling:` or `data:` names an id nothing uses."},
};

} // namespace

std::span<const Rule> all_rules() {
    return rules;
}

const Rule& rule(std::string_view name) {
    for (const Rule& r : rules)
        if (r.name == name)
            return r;
    std::abort(); // every caller names a rule of the catalogue above
}

Diagnostic& Diagnostics::add(std::string_view rule_name, Origin where, std::string message,
                             std::string hint) {
    items_.push_back(Diagnostic{&rule(rule_name), where, std::move(message), std::move(hint), {}});
    return items_.back();
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

const Diagnostic* Diagnostics::unreadable() const {
    for (const Diagnostic& d : items_)
        if (d.rule->name == "unreadable-file")
            return &d;
    return nullptr;
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(
        items_.begin(), items_.end(), [](auto& d) { return d.severity() == Severity::error; }));
}

std::size_t Diagnostics::warning_count() const {
    return items_.size() - error_count();
}

void Diagnostics::sort() {
    auto key = [](const Diagnostic& d) {
        std::string_view file = d.where.file ? std::string_view(d.where.file->path()) : "";
        return std::tuple(file, d.where.line, d.where.column, d.rule->code,
                          std::string_view(d.message));
    };
    std::stable_sort(items_.begin(), items_.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    items_.erase(
        std::unique(items_.begin(), items_.end(),
                    [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
        items_.end());
}

} // namespace strat::model
