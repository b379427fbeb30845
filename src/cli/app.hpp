#pragma once
/// The command line: parses arguments, runs one subcommand, turns every outcome into
/// an exit code. The only place that catches.

#include "cli/context.hpp"

#include <string>
#include <vector>

namespace strat::cli {

/// Run strat with `args` (without the program name). Returns the exit code.
int run(const std::vector<std::string>& args, Io& io);

/// Entry point for main(): wires the real streams, terminal and environment.
int main(int argc, char** argv);

} // namespace strat::cli
