#pragma once
/// `strat graph --calendar`: the calendar of the plan the answers lead to, as a Mermaid
/// gantt chart.

#include "cli/answer_input.hpp"
#include "cli/commands.hpp"
#include "model/index.hpp"

namespace strat::cli {

/// Plans as `strat plan --non-interactive` would (the best-ranked strategy, the answers
/// file's market or eu) and prints the calendar's gantt chart; needs --start (exit 2).
int print_graph_calendar(const GraphOptions& options, const model::Index& index,
                         const model::Goal& goal, const AnswerInput& input, Context& context);

} // namespace strat::cli
