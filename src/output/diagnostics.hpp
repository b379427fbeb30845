#pragma once
/// Printers for diagnostics: text for people (source line and caret, colour on a
/// terminal) and JSON for tools. Each takes the whole result and writes it out.

#include "model/diagnostic.hpp"

#include <ostream>
#include <span>
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

/// Where the previous diagnostic's column was found on its (long) line.
struct LineCursor {
    const char* line = nullptr;
    std::size_t at = 0;
    int character = 1;
};

/// Prints diagnostics one after another as print_diagnostic does. Sorted diagnostics on
/// one long line cost the line's length once, not once each: the printer remembers where
/// the previous one's column was.
class DiagnosticPrinter {
public:
    DiagnosticPrinter(std::ostream& out, Style style);
    void print(const model::Diagnostic& d);

private:
    std::ostream& out_;
    Style style_;
    LineCursor cursor_;
};

/// How many diagnostics of a file are printed: `--max-errors`, as compilers have it.
struct TextLimit {
    std::size_t per_file = 20; ///< 0: all
    bool errors_only = false;  ///< leave warnings out (a command that failed on errors)
};

/// Prints `items` in order, at most `limit.per_file` of each file, then for each file with
/// more: `strat: FILE: N more errors not shown (--max-errors 0 shows all)`. Returns how
/// many were not shown.
std::size_t print_diagnostics_text(std::ostream& out, std::span<const model::Diagnostic> items,
                                   const Style& style, const TextLimit& limit);

/// Diagnostics of several files as one JSON document:
/// {"files": N, "errors": E, "warnings": W, "diagnostics": [{file, line, column, ...}]}.
void print_diagnostics_json(std::ostream& out, std::size_t files,
                            const std::vector<const model::Diagnostic*>& diagnostics);

} // namespace strat::output
