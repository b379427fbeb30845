#pragma once
/// Diagnostics for CI systems: GitHub Actions workflow commands, SARIF 2.1.0 (GitHub code
/// scanning and other SARIF consumers) and JUnit XML (test report viewers).

#include "model/diagnostic.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace strat::output {

/// One checked file and what was found in it.
struct FileDiagnostics {
    std::string path;
    const model::Diagnostics* diagnostics;
};

/// `::error file=…,line=…,col=…,endColumn=…,title=…::message`, one `::group::` per file.
void print_github(std::ostream& out, const std::vector<FileDiagnostics>& files);

/// A SARIF 2.1.0 log with one run; `cwd` makes artifact URIs relative to it.
void print_sarif(std::ostream& out, const std::vector<FileDiagnostics>& files,
                 const std::string& version, const std::string& cwd);

/// JUnit XML: one testcase per file; errors (and warnings when `strict`) fail it.
void print_junit(std::ostream& out, const std::vector<FileDiagnostics>& files, bool strict);

/// GitHub's escaping of workflow command data (`%`, CR, LF) and properties (also `:` `,`).
std::string github_escape_data(std::string_view text);
std::string github_escape_property(std::string_view text);

/// The 1-based column just past the token that starts at the diagnostic's column
/// (a word, a quoted string, or a single character), for end positions.
int end_column(const model::Diagnostic& d);

} // namespace strat::output
