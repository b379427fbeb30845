#pragma once
/// One options struct, one `setup_x` (CLI11 wiring) and one `run_x` per subcommand.

#include "cli/context.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace strat::cli {

struct ValidateOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    bool strict = false;
    bool quiet = false;
};
CLI::App* setup_validate(CLI::App& app, ValidateOptions& options);
int run_validate(const ValidateOptions& options, Context& context);

struct ListOptions {
    std::string kind;
    std::string industry;
    std::string format = "text";
};
CLI::App* setup_list(CLI::App& app, ListOptions& options);
int run_list(const ListOptions& options, Context& context);

struct ShowOptions {
    std::string kind;
    std::string id;
    std::string industry;
    std::string format = "text";
};
CLI::App* setup_show(CLI::App& app, ShowOptions& options);
int run_show(const ShowOptions& options, Context& context);

} // namespace strat::cli
