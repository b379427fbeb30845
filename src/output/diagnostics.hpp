#pragma once
/// Printers for diagnostics: text for people (source line and caret, colour on a
/// terminal) and JSON for tools. Each takes the whole result and writes it out.

#include "model/diagnostic.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace strat::output {

struct Style {
    bool color = false;
};

/// "3 files, 2 errors, 1 warning"
std::string summary_line(std::size_t files, std::size_t errors, std::size_t warnings);

/// One diagnostic: `file:line:col: error: [E208 unknown-tactic] message`, the source
/// line with a caret under the column, and the hint.
void print_diagnostic(std::ostream& out, const model::Diagnostic& d, const Style& style);

/// Diagnostics of several files as one JSON document:
/// {"files": N, "errors": E, "warnings": W, "diagnostics": [{file, line, column, ...}]}.
void print_diagnostics_json(std::ostream& out, std::size_t files,
                            const std::vector<const model::Diagnostic*>& diagnostics);

} // namespace strat::output
