#pragma once
/// What a command needs from the outside world, passed in so tests can run commands
/// in-process: streams, terminal facts, the environment, and the roadmap search path.

#include "load/catalog.hpp"
#include "model/roadmap.hpp"
#include "output/diagnostics.hpp"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace strat::cli {

/// Exit codes, as documented in strat(1): 3 is a bug in strat (an unexpected exception).
enum Exit : int { ok = 0, invalid = 1, usage = 2, internal = 3 };

struct Io {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    bool stdin_is_tty = false;
    bool stdout_is_tty = false;
    bool stderr_is_tty = false;
    /// Environment lookup; returns nullopt for unset variables.
    std::function<std::optional<std::string>(const std::string&)> env;
};

/// Thrown to end a command with an exit code after its message has been printed.
struct ExitRequest {
    int code;
};

/// Options every command shares.
struct GlobalOptions {
    std::vector<std::string> roadmap_dirs; ///< --roadmaps, in order given
    bool follow_symlinks = false;          ///< validate --follow: links found in directories
    /// --lang, else from the environment (cli/app.cpp): the language of text for people;
    /// empty means English.
    std::string lang;
    /// --max-errors of validate, review and dashboard: diagnostics printed per file, 0 all.
    std::size_t max_errors = 20;
};

class Context {
public:
    Context(Io& io, const GlobalOptions& global) : io_(io), global_(global) {}

    Io& io() { return io_; }
    const GlobalOptions& global() const { return global_; }
    /// Colour for diagnostics on stderr: only on a terminal and never with NO_COLOR.
    output::Style err_style() const;
    output::Style out_style() const;

    /// Print `strat: warning: message` to stderr, on one line whatever the message holds.
    void warn(const std::string& message);
    /// Print `strat: note: message` to stderr: how strat read something, when it may
    /// surprise (a German spreadsheet export); one line.
    void note(const std::string& message);
    /// Print `strat: error: message` (and an optional hint) to stderr and end with `code`.
    /// Message and hint are shown on one line each, whatever input they quote.
    [[noreturn]] void fail(int code, const std::string& message, const std::string& hint = {});
    /// Print the errors of `diagnostics` (at most --max-errors per file, then how many more
    /// there were), then fail with exit 1 (invalid input).
    [[noreturn]] void fail_invalid(const model::Diagnostics& diagnostics,
                                   const std::string& message, const std::string& hint = {});

    /// End with exit 2 ("PATH: cannot read: ...") when `diagnostics` say their file could
    /// not be read at all; else return. Every loader tells an unreadable file this way.
    void require_readable(const model::Diagnostics& diagnostics);

    /// The catalogue of the search path: built-ins, $STRAT_ROADMAPS, --roadmaps (loaded once).
    load::Catalog& catalog();

    /// The industry `id` merged with what it extends and checked; unknown ids end the
    /// command with exit 2 and the valid choices, invalid roadmaps with exit 1 and their
    /// diagnostics.
    const model::Roadmap& industry(const std::string& id);

    /// The industries of the catalogue, each resolved and checked as `industry` does.
    std::vector<const model::Roadmap*> industries();

private:
    /// `file` merged and checked; nullopt (and the errors in `diagnostics`) when invalid.
    std::optional<model::Roadmap> resolve_checked(const load::RoadmapFile& file,
                                                  model::Diagnostics& diagnostics);

    Io& io_;
    const GlobalOptions& global_;
    std::optional<load::Catalog> catalog_;
    std::vector<std::unique_ptr<model::Roadmap>> resolved_;
};

} // namespace strat::cli
