#pragma once
/// The command line: parses arguments, runs one subcommand, turns every outcome into
/// an exit code. The only place that catches.

#include "cli/context.hpp"

#include <exception>
#include <iosfwd>
#include <string>
#include <vector>

namespace strat::cli {

/// Run strat with `args` (without the program name). Returns the exit code.
int run(const std::vector<std::string>& args, Io& io);

/// The exit code for an exception that ended a command, after saying what happened on
/// `err`: an ExitRequest carries its code (its message is printed already); running out of
/// memory is exit 2; anything else is a bug in strat, exit 3, and says so.
int exit_for(std::exception_ptr failure, std::ostream& err);

/// Entry point for main(): wires the real streams, terminal and environment.
int main(int argc, char** argv);

} // namespace strat::cli
