#include "cli/commands.hpp"
#include "output/diagnostics.hpp"
#include "validate/validation.hpp"

#include <CLI/CLI.hpp>

#include <fmt/format.h>

#include <iostream>
#include <sstream>

namespace strat::cli {

CLI::App* setup_validate(CLI::App& app, ValidateOptions& options) {
    CLI::App* cmd = app.add_subcommand(
        "validate", "Check roadmap files and report every problem with its position");
    cmd->add_option("path", options.paths,
                    "Roadmap files or directories (searched for *.yaml and *.yml); `-` reads "
                    "standard input; none checks the built-in roadmaps")
        ->type_name("PATH");
    cmd->add_option("--format", options.format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->type_name("FORMAT")
        ->capture_default_str();
    cmd->add_flag("--strict", options.strict, "Fail (exit 1) on warnings too");
    cmd->add_flag("-q,--quiet", options.quiet, "Print only the summary line (text format)");
    return cmd;
}

int run_validate(const ValidateOptions& options, Context& context) {
    load::Catalog& catalog = context.catalog();
    std::vector<const load::RoadmapFile*> targets;
    if (options.paths.empty()) {
        for (const load::RoadmapFile* file : catalog.all())
            if (file->origin == "built-in")
                targets.push_back(file);
    }
    for (const std::string& path : options.paths) {
        if (path == "-") {
            std::ostringstream text;
            text << context.io().in.rdbuf();
            load::RoadmapFile file = load::parse_roadmap_text("<stdin>", text.str());
            file.origin = "argument";
            targets.push_back(&catalog.add(std::move(file)));
            continue;
        }
        std::vector<std::string> errors;
        std::vector<std::string> files = load::collect_yaml_files(path, errors);
        for (const std::string& e : errors)
            context.io().err << "strat: error: " << e << '\n';
        if (files.empty() && errors.empty())
            context.fail(Exit::usage, fmt::format("{}: no *.yaml or *.yml files found", path));
        for (const std::string& f : files) {
            load::RoadmapFile file = load::read_roadmap_file(f);
            file.origin = "argument";
            targets.push_back(&catalog.add(std::move(file)));
        }
    }

    validate::Validation result = validate::validate_files(catalog, targets);
    std::ostream& out = context.io().out;
    if (options.format == "json") {
        std::vector<const model::Diagnostic*> all;
        for (const auto& file : result.files)
            for (const auto& d : file.diagnostics.items())
                all.push_back(&d);
        output::print_diagnostics_json(out, result.files.size(), all);
    } else {
        if (!options.quiet) {
            output::Style style = context.err_style();
            for (const auto& file : result.files)
                for (const auto& d : file.diagnostics.items())
                    output::print_diagnostic(context.io().err, d, style);
        }
        out << output::summary_line(result.files.size(), result.errors, result.warnings) << '\n';
    }
    if (result.io_errors > 0)
        return Exit::usage;
    if (result.errors > 0 || (options.strict && result.warnings > 0))
        return Exit::invalid;
    return Exit::ok;
}

} // namespace strat::cli
