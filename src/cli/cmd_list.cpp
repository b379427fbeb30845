#include "cli/commands.hpp"
#include "output/listing.hpp"
#include "util/suggest.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

namespace strat::cli {
namespace {

using output::EntityKind;

constexpr EntityKind all_kinds[] = {EntityKind::goal,   EntityKind::question, EntityKind::strategy,
                                    EntityKind::tactic, EntityKind::kpi,      EntityKind::source};

output::Format format_of(const std::string& name) {
    return name == "json" ? output::Format::json : output::Format::text;
}

std::vector<std::string> list_words() {
    std::vector<std::string> words{"industries"};
    for (EntityKind k : all_kinds)
        words.emplace_back(output::plural_name(k));
    return words;
}

std::vector<std::string> show_words() {
    std::vector<std::string> words{"industry"};
    for (EntityKind k : all_kinds)
        words.emplace_back(output::singular_name(k));
    return words;
}

void add_format(CLI::App* cmd, std::string& format) {
    cmd->add_option("--format", format, "Output format")
        ->check(CLI::IsMember({"text", "json"}))
        ->type_name("FORMAT")
        ->capture_default_str();
}

output::IndustryRow row_for(Context& context, const std::string& id) {
    const load::RoadmapFile* file = context.catalog().find(id);
    return {&context.industry(id), file->origin, file->file->path()};
}

} // namespace

CLI::App* setup_list(CLI::App& app, ListOptions& options) {
    CLI::App* cmd = app.add_subcommand("list", "List industries, or the goals, strategies, "
                                               "tactics, KPIs, questions or sources of roadmaps");
    cmd->add_option("kind", options.kind, "What to list")
        ->required()
        ->check(CLI::IsMember(list_words()))
        ->type_name("KIND");
    cmd->add_option("--industry", options.industry, "Only this industry (default: every industry)")
        ->type_name("ID");
    add_format(cmd, options.format);
    return cmd;
}

int run_list(const ListOptions& options, Context& context) {
    output::Format format = format_of(options.format);
    if (options.kind == "industries") {
        std::vector<output::IndustryRow> rows;
        for (const std::string& id : context.catalog().industry_ids())
            if (options.industry.empty() || options.industry == id)
                rows.push_back(row_for(context, id));
        if (rows.empty() && !options.industry.empty())
            context.industry(options.industry); // reports the unknown id
        output::list_industries(context.io().out, rows, format);
        return Exit::ok;
    }
    std::vector<const model::Roadmap*> roadmaps;
    if (options.industry.empty())
        roadmaps = context.industries();
    else
        roadmaps.push_back(&context.industry(options.industry));
    for (EntityKind kind : all_kinds)
        if (output::plural_name(kind) == options.kind)
            output::list_entities(context.io().out, kind, roadmaps, format);
    return Exit::ok;
}

CLI::App* setup_show(CLI::App& app, ShowOptions& options) {
    CLI::App* cmd = app.add_subcommand(
        "show", "Show one industry, goal, question, strategy, tactic, KPI or source in full");
    cmd->add_option("kind", options.kind, "What to show")
        ->required()
        ->check(CLI::IsMember(show_words()))
        ->type_name("KIND");
    cmd->add_option("id", options.id, "Its id (for a goal, an alias works too)")
        ->required()
        ->type_name("ID");
    cmd->add_option("--industry", options.industry,
                    "The industry whose roadmap to read (required except for `show industry`)")
        ->type_name("ID");
    add_format(cmd, options.format);
    return cmd;
}

int run_show(const ShowOptions& options, Context& context) {
    output::Format format = format_of(options.format);
    if (options.kind == "industry") {
        output::show_industry(context.io().out, row_for(context, options.id), format);
        return Exit::ok;
    }
    if (options.industry.empty()) {
        auto ids = context.catalog().industry_ids();
        context.fail(Exit::usage, fmt::format("`strat show {}` needs --industry", options.kind),
                     fmt::format("industries: {}", util::join(ids)));
    }
    const model::Roadmap& roadmap = context.industry(options.industry);
    for (EntityKind kind : all_kinds) {
        if (output::singular_name(kind) != options.kind)
            continue;
        if (output::show_entity(context.io().out, kind, roadmap, options.id, format))
            return Exit::ok;
        auto ids = output::entity_ids(roadmap, kind);
        // Goals are also found by alias, so suggest aliases too.
        auto names = kind == EntityKind::goal ? roadmap.goal_names() : ids;
        context.fail(Exit::usage,
                     fmt::format("industry `{}` has no {} `{}`{}", options.industry, options.kind,
                                 options.id, util::did_you_mean(options.id, names)),
                     fmt::format("{}: {}", output::plural_name(kind), util::join(ids)));
    }
    return Exit::usage;
}

} // namespace strat::cli
