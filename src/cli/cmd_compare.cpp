#include "cli/answer_input.hpp"
#include "cli/commands.hpp"
#include "engine/compare.hpp"
#include "engine/recorded_campaign.hpp"
#include "load/answers_file.hpp"
#include "load/campaign_file.hpp"
#include "load/document.hpp"
#include "load/file_reader.hpp"
#include "model/market.hpp"
#include "output/compare.hpp"
#include "util/suggest.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <charconv>
#include <set>

namespace strat::cli {
using util::closest;
using util::did_you_mean;
using util::join;
namespace {

using namespace model;

enum class FileKind { answers, campaign };

/// The first key of a YAML mapping, as written on the file's first line that is not
/// blank, a comment or a directive; "" when that line does not start a mapping key.
std::string first_key(std::string_view text, int& line_number) {
    line_number = 0;
    while (!text.empty()) {
        std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++line_number;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        std::size_t start = line.find_first_not_of(" \t");
        if (start == std::string_view::npos || line[start] == '#' || line.starts_with("%") ||
            line.starts_with("---"))
            continue;
        if (line.front() == '{')
            line.remove_prefix(1);
        line = line.substr(line.find_first_not_of(" \t") == std::string_view::npos
                               ? line.size()
                               : line.find_first_not_of(" \t"));
        std::size_t colon = line.find(':');
        if (colon == std::string_view::npos)
            return {};
        std::string_view key = line.substr(0, colon);
        while (!key.empty() && (key.back() == ' ' || key.back() == '\t'))
            key.remove_suffix(1);
        if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') &&
            key.back() == key.front())
            key = key.substr(1, key.size() - 2);
        return std::string(key);
    }
    return {};
}

/// Which file `path` is, by its first key; a file that cannot be read ends the command
/// (exit 2), one that is neither kind too (exit 1).
FileKind kind_of(const std::string& path, Context& context) {
    load::FileBytes bytes = load::read_file_bytes(path, load::FileKind::campaign);
    if (bytes.failure)
        context.fail(Exit::usage, fmt::format("{}: {}", path, bytes.failure->message),
                     "check the path; compare takes two answers files or two campaign files");
    int line = 0;
    std::string key = first_key(bytes.text, line);
    if (key == "strat_answers")
        return FileKind::answers;
    if (key == "strat_campaign")
        return FileKind::campaign;
    context.fail(Exit::invalid,
                 key.empty() ? fmt::format("{}: the file does not start with a key", path)
                             : fmt::format("{}:{}:1: the first key is `{}`: neither an answers "
                                           "file nor a campaign file",
                                           path, line, key),
                 "an answers file starts with `strat_answers: 1`, a campaign file with "
                 "`strat_campaign: 1`");
}

/// The industry and goal to plan for an answers file: the flags, else the one the file
/// names; a file naming several (or none) needs the flags.
std::pair<std::string, std::string> industry_and_goal(const CompareOptions& o,
                                                      const std::string& path, Context& context) {
    if (!o.industry.empty() && !o.goal.empty())
        return {o.industry, o.goal};
    load::LoadedAnswers file = load::read_answers_file(path);
    context.require_readable(file.diagnostics);
    if (file.diagnostics.has_errors() || !file.answers)
        context.fail_invalid(file.diagnostics,
                             fmt::format("{}: the answers file has errors", path));
    std::set<std::string> industries;
    for (const auto& [id, scope] : file.answers->industries)
        industries.insert(id);
    for (const auto& [id, goals] : file.answers->goals)
        industries.insert(id);
    std::string industry = o.industry;
    if (industry.empty()) {
        if (industries.size() != 1)
            context.fail(Exit::usage,
                         fmt::format("{}: the answers file names {} industries; which to plan?",
                                     path, industries.size()),
                         "give --industry ID and --goal GOAL");
        industry = *industries.begin();
    }
    std::string goal = o.goal;
    if (goal.empty()) {
        auto it = file.answers->goals.find(industry);
        if (it == file.answers->goals.end() || it->second.size() != 1)
            context.fail(Exit::usage,
                         fmt::format("{}: the answers file names {} goals of `{}`; which to plan?",
                                     path, it == file.answers->goals.end() ? 0 : it->second.size(),
                                     industry),
                         "give --goal GOAL");
        goal = it->second.begin()->first;
    }
    return {industry, goal};
}

/// The market whose rules apply, as `strat plan` picks it: --market, else the answers
/// file's, else eu when the roadmaps define it.
const Market* market_of(const CompareOptions& o, const AnswerInput& input, const Roadmap& roadmap,
                        Context& context) {
    std::string id = !o.market.empty() ? o.market : input.market ? input.market->id : "eu";
    if (const Market* market = find_market(roadmap.markets, id))
        return market;
    if (o.market.empty() && !input.market)
        return nullptr;
    std::vector<std::string> ids = ids_of(roadmap.markets);
    std::string where = "--market: ";
    if (o.market.empty()) {
        const Origin& at = input.market->where;
        where = at.file ? fmt::format("{}:{}:{}: ", at.file->path(), at.line, at.column) : "";
    }
    context.fail(Exit::usage,
                 fmt::format("{}market `{}` is not defined{}", where, id, did_you_mean(id, ids)),
                 ids.empty() ? std::string("the roadmaps in use define no markets; extend `base` "
                                           "or `markets` to use the shipped rules")
                             : fmt::format("markets: {}", join(ids)));
}

/// One side: its document, the market whose rules applied and the budget amount, when
/// known.
struct Side {
    engine::CampaignDocument document;
    const Market* market = nullptr;
    std::optional<BudgetAmount> budget;
};

/// The campaign document `strat plan --answers path --non-interactive` would write.
Side plan_answers(const CompareOptions& o, const std::string& path, Context& context) {
    auto [industry, goal_name] = industry_and_goal(o, path, context);
    const Roadmap& roadmap = context.industry(industry);
    const Goal& goal = find_goal(roadmap, goal_name, context);
    Index index(roadmap);
    AnswerInput input = gather_answers({}, path, roadmap, goal, context);
    engine::PlanRequest request;
    request.goal = &goal;
    request.walk = engine::walk_tree(index, goal, input.given, input.stated, nullptr);
    if (request.walk.conflict)
        context.fail(Exit::usage, fmt::format("{}: {}", path, *request.walk.conflict),
                     "drop the answer or the constraint that is not so");
    for (const engine::UnusedAnswer& u :
         engine::unused_answers(index, goal, request.walk, input.given)) {
        std::string origin = engine::origin_of(u.given);
        context.warn(fmt::format("{}answer `{}={}` is not used: {}",
                                 origin.empty() ? "" : origin + ": ", u.given.question.id,
                                 u.given.option.id, u.why));
    }
    request.stated = input.stated.facts;
    const Market* market = market_of(o, input, roadmap, context);
    request.market = market;
    engine::Plan plan = engine::make_plan(index, request);
    if (plan.ranked.empty())
        context.fail(Exit::invalid, fmt::format("{}: no strategy in `{}` serves goal `{}`", path,
                                                roadmap.id, goal.id));
    engine::Choice choice = engine::choose(plan, {}, 1);
    if (choice.problem != engine::Choice::Problem::none)
        context.fail(Exit::invalid, fmt::format("{}: {}", path, choice.message),
                     "change what the answers file says");
    for (const std::string& warning : choice.warnings)
        context.warn(fmt::format("{}: {}", path, warning));
    return {engine::make_campaign_document(plan, std::nullopt, STRAT_VERSION), market,
            input.budget};
}

/// How each answer of a campaign file was decided: its `source` and `from`, which the
/// campaign record leaves out.
std::map<std::string, engine::RecordedSource> answer_sources(const load::Node& root) {
    std::map<std::string, engine::RecordedSource> out;
    const load::Node* answers = root.get("answers");
    if (!answers || !answers->is_sequence())
        return out;
    for (const load::Node* item : answers->items) {
        if (!item->is_mapping())
            continue;
        const load::Node* question = item->get("question");
        const load::Node* source = item->get("source");
        if (!question || !question->is_scalar() || !source || !source->is_scalar())
            continue;
        engine::RecordedSource& s = out[std::string(question->text)];
        s.word = source->text;
        if (const load::Node* from = item->get("from"); from && from->is_scalar())
            s.from = from->text;
    }
    return out;
}

/// A campaign file as a document, with names from its industry's roadmap as it is now.
Side read_campaign(const std::string& path, Context& context) {
    std::map<std::string, engine::RecordedSource> sources;
    load::LoadedCampaign loaded = load::read_campaign_file(
        path, [&](const load::Node& root, model::Diagnostics&) { sources = answer_sources(root); });
    context.require_readable(loaded.diagnostics);
    if (loaded.diagnostics.has_errors() || !loaded.campaign)
        context.fail_invalid(loaded.diagnostics,
                             fmt::format("{}: the campaign file has errors", path));
    const CampaignRecord& record = *loaded.campaign;
    const Roadmap& roadmap = context.industry(record.industry);
    for (const auto& [file, hash] : record.roadmaps)
        for (const SourceFile* used : roadmap.chain)
            if (used->path() == file && used->sha256() != hash)
                context.warn(fmt::format("{}: {} changed since the campaign was planned; names "
                                         "are taken from it as it is now",
                                         path, file));
    Index index(roadmap);
    if (!index.goal(record.goal))
        context.fail(Exit::invalid, fmt::format("{}: goal `{}` is not in the `{}` roadmap", path,
                                                record.goal, record.industry));
    return {engine::document_of_record(record, index, sources), nullptr, std::nullopt};
}

std::size_t terminal_width(Context& context) {
    auto columns = context.io().env("COLUMNS");
    std::size_t width = 0;
    if (columns) {
        auto [end, ec] = std::from_chars(columns->data(), columns->data() + columns->size(), width);
        if (ec == std::errc() && end == columns->data() + columns->size() && width >= 40)
            return width;
    }
    return 80;
}

} // namespace

CLI::App* setup_compare(CLI::App& app, CompareOptions& o) {
    CLI::App* cmd = app.add_subcommand(
        "compare", "Show what differs between two answers files or two campaign files");
    cmd->add_option("a", o.a, "The first answers file or campaign file (A)")
        ->required()
        ->type_name("FILE");
    cmd->add_option("b", o.b, "The second file, of the same kind (B)")
        ->required()
        ->type_name("FILE");
    cmd->add_option("--format", o.format, "Output format")
        ->check(CLI::IsMember({"text", "md", "html"}))
        ->type_name("FORMAT")
        ->capture_default_str();
    cmd->add_option("--industry", o.industry,
                    "Answers files: the industry to plan (default: the one the file names)")
        ->type_name("ID");
    cmd->add_option("--goal", o.goal,
                    "Answers files: the goal to plan (default: the one the file names)")
        ->type_name("GOAL");
    cmd->add_option("--market", o.market,
                    "Answers files: whose rules apply, as for plan (default: the file's "
                    "`market`, else eu)")
        ->type_name("MARKET");
    return cmd;
}

int run_compare(const CompareOptions& o, Context& context) {
    FileKind a_kind = kind_of(o.a, context);
    FileKind b_kind = kind_of(o.b, context);
    auto kind_word = [](FileKind k) {
        return k == FileKind::answers ? "an answers" : "a campaign";
    };
    if (a_kind != b_kind)
        context.fail(Exit::usage,
                     fmt::format("{} is {} file and {} is {} file", o.a, kind_word(a_kind), o.b,
                                 kind_word(b_kind)),
                     "compare two answers files or two campaign files");
    if (a_kind == FileKind::campaign &&
        (!o.industry.empty() || !o.goal.empty() || !o.market.empty()))
        context.fail(Exit::usage, "--industry, --goal and --market apply to answers files only",
                     "a campaign file records what it was planned for");

    auto side = [&](const std::string& path) {
        return a_kind == FileKind::answers ? plan_answers(o, path, context)
                                           : read_campaign(path, context);
    };
    Side a = side(o.a);
    Side b = side(o.b);
    engine::CampaignComparison comparison =
        engine::compare_campaigns(a.document, o.a, b.document, o.b);
    if (a.market)
        comparison.a.market = engine::Named{a.market->id, a.market->name};
    if (b.market)
        comparison.b.market = engine::Named{b.market->id, b.market->name};
    comparison.a.budget = a.budget;
    comparison.b.budget = b.budget;
    std::ostream& out = context.io().out;
    if (o.format == "md") {
        output::print_compare_markdown(out, comparison);
    } else if (o.format == "html") {
        output::print_compare_html(out, comparison);
    } else {
        output::CompareView view;
        view.color = context.out_style().color;
        view.width = terminal_width(context);
        output::print_compare_text(out, comparison, view);
    }
    return Exit::ok;
}

} // namespace strat::cli
