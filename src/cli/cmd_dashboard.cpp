#include "cli/actuals_reader.hpp"
#include "cli/campaign_roadmap.hpp"
#include "cli/commands.hpp"
#include "engine/dashboard.hpp"
#include "load/actuals_stream.hpp"
#include "load/campaign_budget.hpp"
#include "load/campaign_file.hpp"
#include "load/campaign_tactics.hpp"
#include "load/file_reader.hpp"
#include "load/roadmap_file.hpp"
#include "load/yaml_files.hpp"
#include "output/dashboard.hpp"
#include "util/parallel.hpp"
#include "util/suggest.hpp"

// GCC 12 at -O2 sees a null dereference in CLI11's own `split` (StringTools.hpp) once the
// repeatable options below inline it: a false positive in the library's header, silenced
// for that header only, as in cmd_plan.cpp.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnull-dereference"
#endif
#include <CLI/CLI.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
#include <fmt/format.h>

#include <charconv>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

namespace strat::cli {

namespace fs = std::filesystem;

CLI::App* setup_dashboard(CLI::App& app, DashboardOptions& o) {
    CLI::App* cmd = app.add_subcommand(
        "dashboard",
        "Every campaign, goal first: KPI status and trend, roll-up and what to do next");
    cmd->add_option("paths", o.paths,
                    "Campaign files, or directories searched for them (default: .)")
        ->type_name("DIR|FILE");
    cmd->add_option("--actuals", o.actuals,
                    "KPI actuals: a CSV file (kpi,date,value or campaign,kpi,date,value) or a "
                    "directory of them (repeatable; default: actuals/ beside each campaign); "
                    "spend rows too (spend:TACTIC in the kpi column)")
        ->type_name("FILE|DIR")
        ->allow_extra_args(false);
    cmd->add_option("--date", o.date,
                    "The dashboard's date, YYYY-MM-DD (default: the latest actual's date)")
        ->type_name("DATE");
    cmd->add_option("--since", o.since, "Series start on this date, YYYY-MM-DD")->type_name("DATE");
    cmd->add_option("--format", o.format, "Output format")
        ->check(CLI::IsMember({"text", "md", "json", "html"}))
        ->type_name("FORMAT");
    cmd->add_option("--fail-on", o.fail_on, "Exit 1 when a KPI is off-track (or at-risk or worse)")
        ->check(CLI::IsMember({"off-track", "at-risk"}))
        ->type_name("STATUS");
    return cmd;
}

namespace {

/// One campaign file as read, and what the dashboard reads beyond review's keys.
struct CampaignSlot {
    std::string path;
    bool named = false; ///< named on the command line (else found in a directory)
    bool skipped = false;
    load::LoadedCampaign loaded;
    load::CampaignExtras extras;
    std::optional<model::RecordedBudget> budget; ///< what spend rows are held against
};

/// A file found in a directory is a campaign when a line starts with `strat_campaign:`;
/// other YAML there (CI configuration, YAML actuals) is left alone.
bool looks_like_campaign(std::string_view text) {
    return text.starts_with("strat_campaign:") ||
           text.find("\nstrat_campaign:") != std::string_view::npos;
}

std::vector<CampaignSlot> find_campaigns(const DashboardOptions& o, Context& context) {
    std::vector<std::string> paths = o.paths.empty() ? std::vector<std::string>{"."} : o.paths;
    std::vector<CampaignSlot> slots;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (!fs::exists(path, ec))
            context.fail(Exit::usage, fmt::format("{}: no such file or directory", path));
        if (!fs::is_directory(path, ec)) {
            slots.push_back({path, true, false, {}, {}, {}});
            continue;
        }
        load::FoundFiles found = load::find_yaml_files(path);
        for (std::string& file : found.files)
            slots.push_back({std::move(file), false, false, {}, {}, {}});
        if (!found.errors.empty())
            context.fail(Exit::usage, found.errors.front());
    }
    return slots;
}

void load_campaigns(std::vector<CampaignSlot>& slots) {
    util::parallel_for(slots.size(), util::thread_count(0, slots.size()), [&](std::size_t i) {
        CampaignSlot& slot = slots[i];
        load::FileBytes bytes = load::read_file_bytes(slot.path, load::FileKind::campaign);
        if (bytes.failure) {
            slot.loaded = load::unreadable<load::LoadedCampaign>(slot.path, *bytes.failure);
            return;
        }
        std::string& text = bytes.text;
        if (!slot.named && !looks_like_campaign(text)) {
            slot.skipped = true;
            return;
        }
        slot.loaded = load::parse_campaign_text(
            slot.path, std::move(text), [&](const load::Node& root, model::Diagnostics& d) {
                slot.extras = load::read_campaign_extras(root, d);
                slot.budget = load::read_campaign_budget(root, d);
            });
        // Only a diagnostic quotes the file: keep the text of those that have one, read
        // it again for one found later (so a thousand campaigns are not all held).
        if (slot.loaded.diagnostics.items().empty())
            slot.loaded.file->release_text();
    });
}

/// The actuals files: those named, each directory's CSV and YAML files, or by default the
/// `actuals/` directory beside each campaign file.
std::vector<std::string> find_actuals(const DashboardOptions& o,
                                      const std::vector<CampaignSlot>& slots, Context& context) {
    std::vector<std::string> roots = o.actuals;
    if (roots.empty()) {
        std::set<std::string> seen;
        for (const CampaignSlot& slot : slots) {
            std::string dir = (fs::path(slot.path).parent_path() / "actuals").string();
            std::error_code ec;
            if (fs::is_directory(dir, ec) && seen.insert(dir).second)
                roots.push_back(dir);
        }
    }
    std::vector<std::string> files;
    for (const std::string& root : roots) {
        std::error_code ec;
        if (!fs::exists(root, ec))
            context.fail(Exit::usage, fmt::format("{}: no such file or directory", root));
        if (!fs::is_directory(root, ec)) {
            files.push_back(root);
            continue;
        }
        std::vector<std::string> found;
        for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end;
             it.increment(ec)) {
            std::string ext = it->path().extension().string();
            if (it->is_regular_file(ec) && (ext == ".csv" || ext == ".yaml" || ext == ".yml"))
                found.push_back(it->path().string());
        }
        if (ec)
            context.fail(Exit::usage,
                         fmt::format("{}: cannot read directory: {}", root, ec.message()));
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

/// Prints the diagnostics, reading again the text of a file released after parsing, and
/// fails with exit 1.
[[noreturn]] void fail_quoting(const model::Diagnostics& problems, std::vector<CampaignSlot>& slots,
                               Context& context) {
    for (CampaignSlot& slot : slots) {
        model::SourceFile& file = *slot.loaded.file;
        bool quoted =
            std::any_of(problems.items().begin(), problems.items().end(),
                        [&](const model::Diagnostic& d) { return d.where.file == &file; });
        if (quoted && file.text_released())
            load::reload_text(file);
    }
    context.fail_invalid(problems, "the campaign files have errors");
}

std::optional<model::Day> date_option(const std::string& text, const char* flag, Context& context) {
    if (text.empty())
        return std::nullopt;
    auto day = model::parse_day(text);
    if (!day)
        context.fail(Exit::usage, fmt::format("{} `{}` is not a date", flag, text),
                     "write it as YYYY-MM-DD");
    return day;
}

/// The campaign files to show, read; ends the command when one cannot be read or none
/// is found.
std::vector<CampaignSlot> read_campaigns(const DashboardOptions& o, Context& context) {
    std::vector<CampaignSlot> slots = find_campaigns(o, context);
    load_campaigns(slots);
    std::erase_if(slots, [](const CampaignSlot& s) { return s.skipped; });
    for (const CampaignSlot& slot : slots)
        context.require_readable(slot.loaded.diagnostics);
    if (slots.empty())
        context.fail(
            Exit::usage,
            fmt::format("no campaign files in {}",
                        util::join(o.paths.empty() ? std::vector<std::string>{"."} : o.paths)),
            "a campaign file is a YAML file written by `strat plan` "
            "(its first key is `strat_campaign`)");
    return slots;
}

/// The campaigns' own diagnostics, and two files with one name: actuals name a campaign
/// by its file name.
model::Diagnostics campaign_problems(const std::vector<CampaignSlot>& slots) {
    model::Diagnostics problems;
    std::map<std::string, const CampaignSlot*> by_key;
    for (const CampaignSlot& slot : slots) {
        problems.append(slot.loaded.diagnostics);
        auto [it, added] = by_key.emplace(campaign_key(slot.path), &slot);
        if (!added)
            problems.add("duplicate-id", model::Origin{slot.loaded.file.get(), 1, 1},
                         fmt::format("two campaign files are named `{}`: {} and {}",
                                     campaign_key(slot.path), it->second->path, slot.path),
                         "actuals name a campaign by its file name: rename one of them");
    }
    return problems;
}

/// Each campaign with the roadmap it was planned from (cli/campaign_roadmap.hpp), as it
/// is now.
struct Sources {
    std::unique_ptr<CampaignRoadmaps> roadmaps; ///< owns the roadmaps the indexes point into
    std::map<const model::Roadmap*, std::unique_ptr<model::Index>> indexes; ///< one per roadmap
    std::vector<engine::DashboardSource> campaigns;
    std::map<RoadmapMismatch, std::size_t> mismatched; ///< -> campaigns it concerns
};

/// The campaigns' sources; a goal the roadmap no longer has goes to `problems`.
Sources dashboard_sources(const std::vector<CampaignSlot>& slots, model::Diagnostics& problems,
                          Context& context) {
    Sources sources;
    sources.roadmaps = std::make_unique<CampaignRoadmaps>(context);
    for (const CampaignSlot& slot : slots) {
        const model::CampaignRecord& campaign = *slot.loaded.campaign;
        std::vector<RoadmapMismatch> mismatches;
        const model::Roadmap& roadmap = sources.roadmaps->roadmap(campaign, slot.path, mismatches);
        auto& index = sources.indexes[&roadmap];
        if (!index)
            index = std::make_unique<model::Index>(roadmap);
        for (const RoadmapMismatch& m : mismatches)
            ++sources.mismatched[m];
        if (!index->goal(campaign.goal)) {
            std::vector<std::string> goals;
            for (const model::Goal& g : roadmap.goals)
                goals.push_back(g.id);
            problems.add("unknown-goal", slot.extras.goal_where,
                         fmt::format("goal `{}` is not in the `{}` roadmap{}", campaign.goal,
                                     campaign.industry, util::did_you_mean(campaign.goal, goals)),
                         fmt::format("its goals: {}", util::join(goals)));
        }
        sources.campaigns.push_back({campaign_key(slot.path), &campaign, &slot.extras.tactics,
                                     index.get(), slot.budget ? &*slot.budget : nullptr});
    }
    return sources;
}

void warn_changed_roadmaps(const Sources& sources, Context& context) {
    for (const auto& [m, count] : sources.mismatched)
        context.warn(m.kind == RoadmapMismatch::Kind::changed
                         ? fmt::format("{} changed since {} campaign{} planned (content hash "
                                       "differs); the dashboard uses the roadmap as it is now",
                                       m.recorded, count, count == 1 ? " was" : "s were")
                         : fmt::format("{} campaign{} planned with {} ({}); the dashboard uses "
                                       "{} instead",
                                       count, count == 1 ? " was" : "s were", m.recorded,
                                       m.exists ? "not on the --roadmaps search path"
                                                : "not found; give its directory with --roadmaps",
                                       m.used));
}

/// Streams the actuals into `builder`; ends the command when they have errors.
void read_actuals(const DashboardOptions& o, const std::vector<CampaignSlot>& slots,
                  engine::DashboardBuilder& builder, Context& context) {
    bool selection =
        std::any_of(slots.begin(), slots.end(), [](const CampaignSlot& s) { return s.named; });
    ActualsReader reader(builder, context, selection, !o.actuals.empty());
    for (const std::string& file : find_actuals(o, slots, context))
        reader.read(file);
    if (!reader.diagnostics.has_errors())
        return;
    reader.diagnostics.sort();
    context.fail_invalid(
        reader.diagnostics, "the actuals files have errors",
        reader.truncated ? fmt::format("reading an actuals file stops after its first {} errors",
                                       load::ActualsStream::max_errors)
                         : std::string());
}

void print_dashboard(const engine::Dashboard& dashboard, const std::string& format,
                     Context& context) {
    std::ostream& out = context.io().out;
    if (format == "json") {
        output::print_dashboard_json(out, dashboard);
    } else if (format == "md") {
        output::print_dashboard_markdown(out, dashboard);
    } else if (format == "html") {
        output::print_dashboard_html(out, dashboard);
    } else {
        output::TextView view;
        view.color = context.out_style().color;
        if (auto columns = context.io().env("COLUMNS")) {
            std::size_t width = 0;
            auto [end, ec] =
                std::from_chars(columns->data(), columns->data() + columns->size(), width);
            if (ec == std::errc() && end == columns->data() + columns->size() && width >= 60)
                view.width = width;
        }
        output::print_dashboard_text(out, dashboard, view);
    }
}

} // namespace

int run_dashboard(const DashboardOptions& o, Context& context) {
    std::optional<model::Day> as_of = date_option(o.date, "--date", context);
    std::optional<model::Day> since = date_option(o.since, "--since", context);

    std::vector<CampaignSlot> slots = read_campaigns(o, context);
    model::Diagnostics problems = campaign_problems(slots);
    if (problems.has_errors())
        fail_quoting(problems, slots, context);
    Sources sources = dashboard_sources(slots, problems, context);
    if (problems.has_errors())
        fail_quoting(problems, slots, context);
    warn_changed_roadmaps(sources, context);

    engine::DashboardBuilder builder(std::move(sources.campaigns), as_of, since);
    read_actuals(o, slots, builder, context);
    engine::Dashboard dashboard = builder.finish();
    print_dashboard(dashboard, o.format, context);
    if (!o.fail_on.empty() && engine::any_status_at_least(
                                  dashboard, o.fail_on == "at-risk" ? engine::KpiStatus::at_risk
                                                                    : engine::KpiStatus::off_track))
        return Exit::invalid;
    return Exit::ok;
}

} // namespace strat::cli
