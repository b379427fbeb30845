#pragma once
/// Diagnostics: every problem strat finds in a roadmap, with a stable code, a rule name,
/// where it is, what is wrong in plain words and, where known, how to fix it.

#include "model/origin.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace strat::model {

enum class Severity { error, warning };

/// One check strat performs. The catalogue is fixed: codes never change meaning.
struct Rule {
    std::string_view code; ///< e.g. "E208"
    std::string_view name; ///< e.g. "unknown-tactic"
    Severity severity;
    std::string_view summary; ///< one line, for documentation and SARIF
};

/// Every rule strat knows, in code order.
std::span<const Rule> all_rules();
/// The rule named `name`; aborts on an unknown name (a programming error).
const Rule& rule(std::string_view name);

struct Diagnostic {
    const Rule* rule = nullptr;
    Origin where;
    std::string message;
    std::string hint;      ///< how to fix it; may be empty
    std::string data_path; ///< e.g. "strategies[2].tactics[0]"; may be empty

    Severity severity() const { return rule->severity; }
};

/// Collects diagnostics; never throws, never prints.
class Diagnostics {
public:
    Diagnostic& add(std::string_view rule_name, Origin where, std::string message,
                    std::string hint = {});
    void append(const Diagnostics& other);

    const std::vector<Diagnostic>& items() const { return items_; }
    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool has_errors() const { return error_count() > 0; }
    /// The unreadable-file diagnostic when the file could not be read at all (commands
    /// answer it with exit 2), else null.
    const Diagnostic* unreadable() const;

    /// Sort by file, line, column, then code, and drop exact repeats (aliases can make the
    /// same node visible twice).
    void sort();

private:
    std::vector<Diagnostic> items_;
};

} // namespace strat::model
