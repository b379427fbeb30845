#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "model/translation.hpp"
#include "util/fd_stream.hpp"
#include "util/locale.hpp"
#include "util/messages.hpp"
#include "util/suggest.hpp"
#include "util/terminal_text.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
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
                           util::did_you_mean(args[i], commands), util::join(commands));
    }
    return message == "A subcommand is required" ? "no command given" : message;
}

/// --lang's check: a language strat speaks, else what is wrong (a usage error, exit 2).
std::string known_language(const std::string& lang) {
    auto spoken = model::languages();
    if (std::find(spoken.begin(), spoken.end(), lang) != spoken.end())
        return {};
    return fmt::format("strat does not speak `{}`{}; languages: {}", lang,
                       util::did_you_mean(lang, spoken), util::join(spoken));
}

/// Every subcommand's options and CLI11 handle.
struct Commands {
    CLI::App* app = nullptr;
    ValidateOptions validate;
    ListOptions list;
    ShowOptions show;
    PlanOptions plan;
    SchemaOptions schema;
    GraphOptions graph;
    ReviewOptions review;
    DashboardOptions dashboard;
    CLI::App* dashboard_cmd = nullptr;
    CompareOptions compare;
    CLI::App* compare_cmd = nullptr;
    std::string shell;
    CLI::App *plan_cmd = nullptr, *validate_cmd = nullptr, *list_cmd = nullptr, *show_cmd = nullptr,
             *review_cmd = nullptr, *graph_cmd = nullptr, *schema_cmd = nullptr,
             *completion_cmd = nullptr;
};

/// True when the command prints text for people on standard output, which then goes
/// through the terminal filter; machine formats (JSON, YAML, SARIF, JUnit) escape their
/// own text and are passed on byte for byte.
bool people_text_on_stdout(const Commands& c) {
    if (c.validate_cmd->parsed())
        return c.validate.format == "text" || c.validate.format == "github";
    if (c.list_cmd->parsed())
        return c.list.format == "text";
    if (c.show_cmd->parsed())
        return c.show.format == "text";
    if (c.plan_cmd->parsed())
        return c.plan.output != "-" || c.plan.format == "md";
    if (c.review_cmd->parsed())
        return c.review.format != "json";
    if (c.dashboard_cmd->parsed())
        return c.dashboard.format == "text" || c.dashboard.format == "md";
    if (c.compare_cmd->parsed()) // HTML escapes its own text
        return c.compare.format != "html";
    return c.graph_cmd->parsed();
}

int dispatch(Commands& c, Context& context) {
    if (c.plan_cmd->parsed())
        return run_plan(c.plan, context);
    if (c.validate_cmd->parsed())
        return run_validate(c.validate, context);
    if (c.list_cmd->parsed())
        return run_list(c.list, context);
    if (c.show_cmd->parsed())
        return run_show(c.show, context);
    if (c.review_cmd->parsed())
        return run_review(c.review, context);
    if (c.dashboard_cmd->parsed())
        return run_dashboard(c.dashboard, context);
    if (c.compare_cmd->parsed())
        return run_compare(c.compare, context);
    if (c.graph_cmd->parsed())
        return run_graph(c.graph, context);
    if (c.completion_cmd->parsed()) {
        print_completion(context.io().out, *c.app, c.shell);
        return Exit::ok;
    }
    if (c.schema_cmd->parsed())
        return run_schema(c.schema, context);
    return Exit::usage;
}

} // namespace

int exit_for(std::exception_ptr failure, std::ostream& err) {
    try {
        std::rethrow_exception(failure);
    } catch (const ExitRequest& request) {
        return request.code;
    } catch (const std::bad_alloc&) {
        err << "strat: error: out of memory\n";
        return Exit::usage;
    } catch (const std::exception& e) {
        err << "strat: internal error: " << util::one_line(e.what())
            << "\n  this is a bug in strat; please report it with the command that led to it\n";
        return Exit::internal;
    } catch (...) {
        err << "strat: internal error: an unknown exception\n"
               "  this is a bug in strat; please report it with the command that led to it\n";
        return Exit::internal;
    }
}

namespace {

/// The command, with the one catch: every outcome becomes an exit code.
int run_command(Commands& c, Context& context) {
    try {
        return dispatch(c, context);
    } catch (...) {
        return exit_for(std::current_exception(), context.io().err);
    }
}

/// Why writing to `out` failed, as strerror says it when the stream knows its errno.
std::string write_failure(std::ostream& out) {
    std::streambuf* buf = out.rdbuf();
    if (auto* safe = dynamic_cast<util::TerminalSafeBuf*>(buf))
        buf = safe->target();
    if (auto* fd = dynamic_cast<util::FdOutBuf*>(buf); fd != nullptr && fd->error() != 0)
        return std::strerror(fd->error());
    return "the write failed";
}

/// Everything written reached standard output, or the run fails with exit 2 (unless it
/// already failed worse): a full disk or a closed pipe never passes for success.
int check_written(Io& io, int code) {
    io.out.flush();
    if (!io.out.fail())
        return code;
    io.err << "strat: error: cannot write to standard output: " << write_failure(io.out) << '\n';
    return code == Exit::internal ? code : Exit::usage;
}

/// `stream` writes through a TerminalSafeBuf while this lives.
class Filtered {
public:
    Filtered(std::ostream& stream, bool active) : stream_(stream), filter_(stream.rdbuf()) {
        if (active)
            old_ = stream_.rdbuf(&filter_);
    }
    ~Filtered() {
        if (old_ == nullptr)
            return;
        bool failed = !filter_.finish() || stream_.bad();
        stream_.rdbuf(old_); // clears the stream's state
        if (failed)
            stream_.setstate(std::ios::badbit);
    }
    Filtered(const Filtered&) = delete;
    Filtered& operator=(const Filtered&) = delete;

private:
    std::ostream& stream_;
    util::TerminalSafeBuf filter_;
    std::streambuf* old_ = nullptr;
};

int parse_and_run(const std::vector<std::string>& args, Io& io) {
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
    Commands c;
    c.app = &app;
    c.plan_cmd = setup_plan(app, c.plan);
    c.validate_cmd = setup_validate(app, c.validate);
    c.validate_cmd->add_flag("--follow", global.follow_symlinks,
                             "Follow symbolic links found in directories (a path given is always "
                             "followed)");
    c.list_cmd = setup_list(app, c.list);
    c.show_cmd = setup_show(app, c.show);
    c.review_cmd = setup_review(app, c.review);
    c.dashboard_cmd = setup_dashboard(app, c.dashboard);
    c.compare_cmd = setup_compare(app, c.compare);
    // One limit for the commands that print diagnostics of files, as compilers have it.
    for (CLI::App* cmd : {c.validate_cmd, c.review_cmd, c.dashboard_cmd})
        cmd->add_option("--max-errors", global.max_errors,
                        "Print at most N errors and warnings per file, then how many more there "
                        "are (default 20; 0 prints all)")
            ->type_name("N");
    // The language of roadmap texts and strat's words, for the commands that speak to people
    // (validate's diagnostics stay English: their codes are the stable part).
    c.graph_cmd = setup_graph(app, c.graph);
    for (CLI::App* cmd : {c.plan_cmd, c.list_cmd, c.show_cmd, c.review_cmd, c.dashboard_cmd,
                          c.graph_cmd, c.compare_cmd})
        cmd->add_option("--lang", global.lang,
                        "Language of the output: de or en (default: from LC_ALL, LC_MESSAGES or "
                        "LANG, else en)")
            ->type_name("LANG")
            ->check(known_language);
    c.schema_cmd = setup_schema(app, c.schema);
    c.completion_cmd =
        app.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
    c.completion_cmd->add_option("shell", c.shell, "The shell")
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
        Filtered err(io.err, true);
        io.err << "strat: error: " << util::one_line(usage_message(app, args, e.what())) << '\n';
        std::vector<CLI::App*> parsed = app.get_subcommands();
        io.err << fmt::format("  hint: run `strat {}--help` for the commands and options\n",
                              parsed.empty() ? "" : parsed.front()->get_name() + " ");
        return Exit::usage;
    }

    if (!c.plan_cmd->parsed() && !c.list_cmd->parsed() && !c.show_cmd->parsed() &&
        !c.review_cmd->parsed() && !c.dashboard_cmd->parsed() && !c.graph_cmd->parsed() &&
        !c.compare_cmd->parsed())
        global.lang = "en";
    else if (global.lang.empty()) // no --lang
        global.lang = util::language_from_environment(io.env("LC_ALL"), io.env("LC_MESSAGES"),
                                                      io.env("LANG"), model::languages());
    util::set_language(global.lang);
    Context context(io, global);
    Filtered out(io.out, people_text_on_stdout(c));
    Filtered err(io.err, true);
    return run_command(c, context);
}

} // namespace

int run(const std::vector<std::string>& args, Io& io) {
    return check_written(io, parse_and_run(args, io));
}

int main(int argc, char** argv) {
    bool stdout_closed = util::reserve_standard_descriptors();
    util::FdOutBuf stdout_buf(STDOUT_FILENO);
    if (stdout_closed)
        stdout_buf.mark_closed();
    std::ostream out(&stdout_buf);
    std::cin.tie(&out); // a prompt's reader sees what was printed before it
    std::vector<std::string> args(argv + 1, argv + argc);
    Io io{std::cin,
          out,
          std::cerr,
          isatty(STDIN_FILENO) == 1,
          isatty(STDOUT_FILENO) == 1,
          isatty(STDERR_FILENO) == 1,
          [](const std::string& name) -> std::optional<std::string> {
              const char* value = std::getenv(name.c_str());
              return value ? std::optional<std::string>(value) : std::nullopt;
          }};
    return run(args, io);
}

} // namespace strat::cli
