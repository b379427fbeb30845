#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "model/suggest.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <unistd.h>

namespace strat::cli {

namespace {

constexpr const char* description =
    "strat: from a marketing goal to ranked strategies, tactics and KPIs, using industry "
    "roadmaps of proven practice.";

/// CLI11's message, or a plainer one for the mistakes people make most.
std::string usage_message(CLI::App& app, const std::vector<std::string>& args,
                          std::string message) {
    if (args.empty())
        return "no command given";
    if (!app.get_subcommands().empty())
        return message;
    std::vector<std::string> commands;
    for (const CLI::App* sub : app.get_subcommands({}))
        commands.push_back(sub->get_name());
    // The first word that is neither an option nor the value of --roadmaps.
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--roadmaps") {
            ++i;
            continue;
        }
        if (args[i].rfind("-", 0) == 0)
            continue;
        return fmt::format("unknown command `{}`{}; the commands are: {}", args[i],
                           model::did_you_mean(args[i], commands), model::join(commands));
    }
    return message == "A subcommand is required" ? "no command given" : message;
}

} // namespace

int run(const std::vector<std::string>& args, Io& io) {
    CLI::App app{description, "strat"};
    app.set_version_flag("--version", std::string("strat ") + STRAT_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    GlobalOptions global;
    app.add_option("--roadmaps", global.roadmap_dirs,
                   "Also read roadmaps from DIR (repeatable; overrides built-in ones with the "
                   "same id)")
        ->type_name("DIR")
        ->allow_extra_args(false); // one directory per --roadmaps, so it never eats arguments

    ValidateOptions validate;
    ListOptions list;
    ShowOptions show;
    PlanOptions plan;
    SchemaOptions schema;
    GraphOptions graph;
    ReviewOptions review;
    CLI::App* plan_cmd = setup_plan(app, plan);
    CLI::App* validate_cmd = setup_validate(app, validate);
    CLI::App* list_cmd = setup_list(app, list);
    CLI::App* show_cmd = setup_show(app, show);
    CLI::App* review_cmd = setup_review(app, review);
    CLI::App* graph_cmd = setup_graph(app, graph);
    CLI::App* schema_cmd = setup_schema(app, schema);
    std::string shell;
    CLI::App* completion_cmd =
        app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
    completion_cmd->add_option("shell", shell, "The shell")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}))
        ->type_name("SHELL");

    try {
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        io.out << app.help();
        return Exit::ok;
    } catch (const CLI::CallForAllHelp&) {
        io.out << app.help("", CLI::AppFormatMode::All);
        return Exit::ok;
    } catch (const CLI::CallForVersion&) {
        io.out << "strat " << STRAT_VERSION << '\n';
        return Exit::ok;
    } catch (const CLI::ParseError& e) {
        io.err << "strat: error: " << usage_message(app, args, e.what()) << '\n';
        std::vector<CLI::App*> parsed = app.get_subcommands();
        io.err << fmt::format("  hint: run `strat {}--help` for the commands and options\n",
                              parsed.empty() ? "" : parsed.front()->get_name() + " ");
        return Exit::usage;
    }

    Context context(io, global);
    try {
        if (plan_cmd->parsed())
            return run_plan(plan, context);
        if (validate_cmd->parsed())
            return run_validate(validate, context);
        if (list_cmd->parsed())
            return run_list(list, context);
        if (show_cmd->parsed())
            return run_show(show, context);
        if (review_cmd->parsed())
            return run_review(review, context);
        if (graph_cmd->parsed())
            return run_graph(graph, context);
        if (completion_cmd->parsed()) {
            print_completion(io.out, app, shell);
            return Exit::ok;
        }
        if (schema_cmd->parsed())
            return run_schema(schema, context);
    } catch (const ExitRequest& request) {
        return request.code;
    } catch (const std::exception& e) {
        io.err << "strat: error: " << e.what() << '\n';
        return Exit::usage;
    }
    return Exit::usage;
}

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    Io io{std::cin,
          std::cout,
          std::cerr,
          isatty(STDIN_FILENO) == 1,
          isatty(STDOUT_FILENO) == 1,
          isatty(STDERR_FILENO) == 1,
          [](const std::string& name) -> std::optional<std::string> {
              const char* value = std::getenv(name.c_str());
              return value ? std::optional<std::string>(value) : std::nullopt;
          }};
    int code = run(args, io);
    std::cout.flush();
    return code;
}

} // namespace strat::cli
