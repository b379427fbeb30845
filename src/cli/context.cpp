#include "cli/context.hpp"

#include "util/suggest.hpp"
#include "util/terminal_text.hpp"
#include "validate/checks.hpp"

#include <fmt/format.h>

#include <ostream>

namespace strat::cli {

output::Style Context::err_style() const {
    return output::Style{io_.stderr_is_tty && io_.env("NO_COLOR").value_or("").empty()};
}

output::Style Context::out_style() const {
    return output::Style{io_.stdout_is_tty && io_.env("NO_COLOR").value_or("").empty()};
}

void Context::warn(const std::string& message) {
    io_.err << "strat: warning: " << util::one_line(message) << '\n';
}

void Context::note(const std::string& message) {
    io_.err << "strat: note: " << util::one_line(message) << '\n';
}

void Context::fail(int code, const std::string& message, const std::string& hint) {
    io_.err << "strat: error: " << util::one_line(message) << '\n';
    if (!hint.empty())
        io_.err << "  hint: " << util::one_line(hint) << '\n';
    throw ExitRequest{code};
}

void Context::fail_invalid(const model::Diagnostics& diagnostics, const std::string& message,
                           const std::string& hint) {
    output::print_diagnostics_text(io_.err, diagnostics.items(), err_style(),
                                   output::TextLimit{global_.max_errors, true});
    fail(Exit::invalid, message, hint);
}

void Context::require_readable(const model::Diagnostics& diagnostics) {
    if (const model::Diagnostic* d = diagnostics.unreadable())
        fail(Exit::usage, fmt::format("{}: {}", d->where.file->path(), d->message), d->hint);
}

load::Catalog& Context::catalog() {
    if (catalog_)
        return *catalog_;
    std::vector<std::string> dirs, origins;
    if (auto env = io_.env("STRAT_ROADMAPS")) {
        std::size_t begin = 0;
        while (begin <= env->size()) {
            std::size_t end = env->find(':', begin);
            if (end == std::string::npos)
                end = env->size();
            if (end > begin) {
                dirs.push_back(env->substr(begin, end - begin));
                origins.push_back("STRAT_ROADMAPS");
            }
            begin = end + 1;
        }
    }
    for (const std::string& dir : global_.roadmap_dirs) {
        dirs.push_back(dir);
        origins.push_back("--roadmaps");
    }
    load::LoadedCatalog loaded =
        load::load_catalog(dirs, origins, global_.lang.empty() ? "en" : global_.lang);
    catalog_ = std::move(loaded.catalog);
    for (const std::string& w : loaded.warnings)
        warn(w);
    if (const std::vector<std::string>& errors = loaded.errors; !errors.empty()) {
        for (std::size_t i = 0; i + 1 < errors.size(); ++i)
            io_.err << "strat: error: " << util::one_line(errors[i]) << '\n';
        fail(Exit::usage, errors.back(), "check --roadmaps and STRAT_ROADMAPS");
    }
    return *catalog_;
}

std::optional<model::Roadmap> Context::resolve_checked(const load::RoadmapFile& file,
                                                       model::Diagnostics& diagnostics) {
    diagnostics = file.diagnostics;
    std::optional<model::Roadmap> merged;
    if (file.usable())
        merged = catalog().resolve(file, diagnostics);
    // Built-ins were checked exactly so when strat was built (strat_embed): only a chain
    // with a roadmap from outside the build can have problems here.
    if (merged && !catalog().verified_builtin(file))
        validate::check_roadmap(*merged, nullptr, diagnostics);
    if (diagnostics.has_errors())
        merged.reset();
    return merged;
}

const model::Roadmap& Context::industry(const std::string& id) {
    const load::Catalog& all = catalog();
    for (const auto& r : resolved_)
        if (r->id == id)
            return *r;
    // A built-in checked at build time, as is what it extends: straight from its model.
    if (auto merged = all.resolve_verified(id);
        merged && merged->kind == model::RoadmapKind::industry) {
        resolved_.push_back(std::make_unique<model::Roadmap>(std::move(*merged)));
        return *resolved_.back();
    }
    const load::RoadmapFile* file = all.find(id);
    if (file == nullptr || file->roadmap->kind != model::RoadmapKind::industry) {
        auto ids = all.industry_ids();
        fail(Exit::usage, fmt::format("unknown industry `{}`{}", id, util::did_you_mean(id, ids)),
             fmt::format("industries: {} (see `strat list industries`)", util::join(ids)));
    }
    model::Diagnostics diagnostics;
    std::optional<model::Roadmap> merged = resolve_checked(*file, diagnostics);
    if (!merged) {
        diagnostics.sort();
        fail_invalid(
            diagnostics, fmt::format("the roadmap for industry `{}` has errors", id),
            fmt::format("run `strat validate {}` for the full report", file->file->path()));
    }
    resolved_.push_back(std::make_unique<model::Roadmap>(std::move(*merged)));
    return *resolved_.back();
}

std::vector<const model::Roadmap*> Context::industries() {
    std::vector<const model::Roadmap*> out;
    for (const std::string& id : catalog().industry_ids()) {
        const load::RoadmapFile* file = catalog().find(id);
        model::Diagnostics diagnostics;
        if (resolve_checked(*file, diagnostics)) {
            out.push_back(&industry(id));
            continue;
        }
        // One broken roadmap must not hide the others from a listing.
        warn(fmt::format("skipping industry `{}`: {} has {} error{}; run `strat validate` on it",
                         id, file->file->path(), diagnostics.error_count(),
                         diagnostics.error_count() == 1 ? "" : "s"));
    }
    return out;
}

} // namespace strat::cli
