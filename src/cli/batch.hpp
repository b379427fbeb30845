#pragma once
/// A workshop's batch: `strat plan --answers workshop.yaml --out-dir DIR` plans every
/// client of the answers file in memory, then writes every client's files, or none.

#include "cli/commands.hpp"
#include "cli/context.hpp"

namespace strat::cli {

/// Plans every client and writes DIR/CLIENT.yaml (and CLIENT.md, .json or .html with
/// --format). A client's error names the client's position and nothing is written; a
/// write that fails removes the files this run created.
int run_batch(const PlanOptions& o, Context& context);

/// Ends the command when `o.answers_file` lists clients but --out-dir is missing.
void refuse_workshop_without_out_dir(const PlanOptions& o, Context& context);

} // namespace strat::cli
