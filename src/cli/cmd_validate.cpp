#include "cli/commands.hpp"
#include "load/file_reader.hpp"
#include "load/yaml_files.hpp"
#include "output/ci_formats.hpp"
#include "output/diagnostics.hpp"
#include "util/parallel.hpp"
#include "util/terminal_text.hpp"
#include "validate/validation.hpp"

// GCC 12 at -O2 sees a null dereference in CLI11's own `split` (StringTools.hpp) inlined
// here: a false positive in the library's header, silenced for that header only (GCC
// checks the pragma along the inlining chain).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#endif
#include <CLI/CLI.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#include <fmt/format.h>

#include <filesystem>
#include <optional>
#include <set>
#include <sstream>

namespace strat::cli {

CLI::App* setup_validate(CLI::App& app, ValidateOptions& options) {
    CLI::App* cmd = app.add_subcommand(
        "validate", "Check roadmap files and report every problem with its position");
    cmd->add_option("path", options.paths,
                    "Roadmap files or directories (searched for *.yaml and *.yml); `-` reads "
                    "standard input; none checks the built-in roadmaps")
        ->type_name("PATH");
    options.format_option =
        cmd->add_option("--format", options.format,
                        "Output format (default text; github when GITHUB_ACTIONS=true)")
            ->check(CLI::IsMember({"text", "json", "github", "sarif", "junit"}))
            ->type_name("FORMAT");
    cmd->add_flag("--strict", options.strict, "Fail (exit 1) on warnings too");
    cmd->add_flag("-q,--quiet", options.quiet, "Print only the summary line (text format)");
    cmd->add_option("-j,--jobs", options.jobs, "Check files on N threads (default: one per core)")
        ->type_name("N")
        ->check(CLI::Range(1, 256));
    return cmd;
}

namespace {

/// The files to validate, and the results of those already checked as they were read.
struct Targets {
    std::vector<const load::RoadmapFile*> files;
    std::vector<std::optional<validate::FileResult>> done;
    std::size_t walk_errors = 0; ///< directories that could not be searched
};

/// The files named on the command line, read and (when they extend nothing) checked on all
/// threads, in the order given. A file checked alone keeps only its header unless another
/// file extends it, and no text unless a diagnostic points into it: memory stays flat
/// however many files are checked.
Targets read_targets(const ValidateOptions& options, Context& context, load::Catalog& catalog) {
    Targets targets;
    if (options.paths.empty()) {
        for (const load::RoadmapFile* file : catalog.all())
            if (file->origin == "built-in")
                targets.files.push_back(file);
        return targets;
    }
    std::vector<std::string> paths;
    for (const std::string& path : options.paths) {
        if (path == "-") {
            paths.push_back(path);
            continue;
        }
        load::FoundFiles found =
            load::find_yaml_files(path, load::WalkOptions{context.global().follow_symlinks});
        const std::vector<std::string>& errors = found.errors;
        for (const std::string& e : errors)
            context.io().err << "strat: error: " << util::one_line(e) << '\n';
        targets.walk_errors += errors.size();
        if (found.files.empty() && errors.empty())
            context.fail(Exit::usage, fmt::format("{}: no *.yaml or *.yml files found", path),
                         found.links_skipped == 0
                             ? std::string()
                             : fmt::format("{} symbolic link{} in it {} not followed; --follow "
                                           "follows them",
                                           found.links_skipped, found.links_skipped == 1 ? "" : "s",
                                           found.links_skipped == 1 ? "was" : "were"));
        paths.insert(paths.end(), found.files.begin(), found.files.end());
    }
    std::vector<load::RoadmapFile> read(paths.size());
    targets.done.resize(paths.size());
    std::size_t stdin_index = paths.size();
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (paths[i] == "-")
            stdin_index = i;
    if (stdin_index < paths.size()) {
        // Bounded as a file is: `validate - < /dev/zero` ends at once (issue 12, item 6).
        load::FileBytes bytes = load::read_stream_bytes(context.io().in, load::FileKind::roadmap);
        if (bytes.failure)
            context.fail(Exit::usage, fmt::format("<stdin>: {}", bytes.failure->message));
        read[stdin_index] = load::parse_roadmap_text("<stdin>", std::move(bytes.text));
    }
    auto read_and_check = [&](std::size_t i, bool check) {
        if (i != stdin_index)
            read[i] = load::read_roadmap_file(paths[i]);
        if (check && validate::checks_alone(read[i])) {
            targets.done[i] = validate::check_alone(read[i]);
            if (i != stdin_index) { // standard input cannot be read twice
                validate::keep_header_only(read[i]);
                if (targets.done[i]->diagnostics.items().empty())
                    read[i].file->release_text();
            }
        }
    };
    util::parallel_for(paths.size(), util::thread_count(options.jobs, paths.size()),
                       [&](std::size_t i) { read_and_check(i, true); });
    // Roadmaps that other files extend are needed whole: read those again.
    std::set<std::string_view> extended;
    for (const load::RoadmapFile& file : read)
        if (file.translation) // checked against the texts of the roadmap it translates
            extended.insert(file.translation->of);
    for (const load::RoadmapFile& file : read)
        if (const model::Roadmap* roadmap = file.roadmap ? &*file.roadmap : nullptr;
            roadmap != nullptr && roadmap->extends)
            extended.insert(roadmap->extends->id);
    std::vector<std::size_t> again;
    for (std::size_t i = 0; i < read.size(); ++i)
        if (const model::Roadmap* roadmap = read[i].roadmap ? &*read[i].roadmap : nullptr;
            roadmap != nullptr && targets.done[i] && i != stdin_index &&
            extended.count(roadmap->id) > 0)
            again.push_back(i);
    for (std::size_t i : again) { // after the loops above: their views point into `read`
        read_and_check(i, false);
        // Its findings point into the file read before, now freed: check the new one.
        targets.done[i].reset();
    }
    // A roadmap id defined twice is reported at the later file, which needs its text.
    std::set<std::string_view> ids;
    for (load::RoadmapFile& file : read)
        if (const model::Roadmap* roadmap = file.roadmap ? &*file.roadmap : nullptr;
            roadmap != nullptr && !roadmap->id.empty() && !ids.insert(roadmap->id).second &&
            file.file->text_released() && !load::reload_text(*file.file))
            context.warn(file.file->path() + ": could not read it again to show its lines");
    for (load::RoadmapFile& file : read) {
        file.origin = "argument";
        targets.files.push_back(&catalog.add(std::move(file)));
    }
    return targets;
}

} // namespace

int run_validate(const ValidateOptions& options, Context& context) {
    load::Catalog& catalog = context.catalog();
    Targets targets = read_targets(options, context, catalog);
    std::size_t walk_errors = targets.walk_errors;
    validate::Validation result = validate::validate_files(
        catalog, targets.files, util::thread_count(options.jobs, targets.files.size()),
        std::move(targets.done));

    std::string format = options.format;
    if (options.format_option->count() == 0 && context.io().env("GITHUB_ACTIONS") == "true")
        format = "github";
    std::vector<output::FileDiagnostics> files;
    for (const auto& file : result.files)
        files.push_back({file.path, &file.diagnostics});
    std::ostream& out = context.io().out;
    if (format == "json") {
        std::vector<const model::Diagnostic*> all;
        for (const auto& file : result.files)
            for (const auto& d : file.diagnostics.items())
                all.push_back(&d);
        output::print_diagnostics_json(out, result.files.size(), all);
    } else if (format == "sarif") {
        std::error_code ec;
        output::print_sarif(out, files, STRAT_VERSION, std::filesystem::current_path(ec).string());
    } else if (format == "junit") {
        output::print_junit(out, files, options.strict);
    } else {
        if (format == "github")
            output::print_github(out, files);
        else if (!options.quiet)
            for (const auto& file : result.files)
                output::print_diagnostics_text(context.io().err, file.diagnostics.items(),
                                               context.err_style(),
                                               output::TextLimit{context.global().max_errors});
        out << output::summary_line(result.files.size(), result.errors, result.warnings) << '\n';
    }
    if (result.io_errors > 0 || walk_errors > 0)
        return Exit::usage;
    if (result.errors > 0 || (options.strict && result.warnings > 0))
        return Exit::invalid;
    return Exit::ok;
}

} // namespace strat::cli
