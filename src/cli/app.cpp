#include "cli/app.hpp"

#include "cli/commands.hpp"

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
        ->type_name("DIR");

    ValidateOptions validate;
    ListOptions list;
    ShowOptions show;
    PlanOptions plan;
    CLI::App* plan_cmd = setup_plan(app, plan);
    CLI::App* validate_cmd = setup_validate(app, validate);
    CLI::App* list_cmd = setup_list(app, list);
    CLI::App* show_cmd = setup_show(app, show);

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
        std::string message = e.what();
        if (args.empty())
            message = "no command given";
        io.err << "strat: error: " << message << '\n'
               << "  hint: run `strat --help` for the commands and options\n";
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
