#include "cli/commands.hpp"
#include "load/schema.hpp"
#include "output/json_schema.hpp"

#include <CLI/CLI.hpp>

namespace strat::cli {

CLI::App* setup_schema(CLI::App& app, SchemaOptions& options) {
    CLI::App* cmd = app.add_subcommand(
        "schema", "Print the JSON Schema (draft 2020-12) of roadmap files or answers files");
    cmd->add_option("kind", options.kind, "Which format (default roadmap)")
        ->check(CLI::IsMember({"roadmap", "answers"}))
        ->type_name("KIND");
    return cmd;
}

int run_schema(const SchemaOptions& options, Context& context) {
    if (options.kind == "answers")
        output::print_json_schema(context.io().out, load::schema::answers_file(),
                                  "strat answers file", "urn:strat:schema:answers:1");
    else
        output::print_json_schema(context.io().out, load::schema::roadmap(), "strat roadmap",
                                  "urn:strat:schema:roadmap:1");
    return Exit::ok;
}

} // namespace strat::cli
