#pragma once
/// Shell completion scripts, generated from the command line's own definition so they
/// list exactly the commands and flags the binary has. Industry and goal ids are looked
/// up at completion time by running `strat list`.

#include <ostream>
#include <string>

namespace CLI {
class App;
}

namespace strat::cli {

/// `shell` is bash, zsh or fish.
void print_completion(std::ostream& out, CLI::App& app, const std::string& shell);

} // namespace strat::cli
