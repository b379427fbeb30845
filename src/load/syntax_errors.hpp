#pragma once
/// libyaml's terse syntax errors, said in plain words and pointing where the fix goes.

#include "model/diagnostic.hpp"
#include "model/source_file.hpp"

#include <cstddef>
#include <string_view>

namespace strat::load {

/// What went wrong in libyaml's words (its `problem` and `context`), and where.
struct SyntaxProblem {
    std::string_view what;
    std::string_view context;
    model::Origin where;
    model::Origin context_where;
    std::size_t at = 0; ///< byte offset of `where`
};

/// Adds the one diagnostic that explains `problem`, found while parsing `file`.
void explain_syntax_problem(const model::SourceFile& file, const SyntaxProblem& problem,
                            model::Diagnostics& diagnostics);

} // namespace strat::load
