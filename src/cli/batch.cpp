#include "cli/batch.hpp"

#include "cli/atomic_file.hpp"
#include "cli/plan_steps.hpp"
#include "load/answers_file.hpp"
#include "util/messages.hpp"
#include "util/parallel.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <system_error>

namespace strat::cli {
namespace {

using namespace model;
namespace fs = std::filesystem;

/// One file of the batch, rendered before anything is written.
struct Output {
    std::string path;
    std::string content;
};

struct PlannedClient {
    const Client* client = nullptr;
    std::string industry, goal; ///< ids as planned (an alias resolved)
    engine::Campaign campaign;
    std::vector<Output> files; ///< the skeleton first; rendered once the client is planned
};

std::string at(const Origin& where) {
    return where.file ? fmt::format("{}:{}:{}: ", where.file->path(), where.line, where.column)
                      : std::string();
}

load::LoadedAnswers read_workshop(const std::string& path, Context& context) {
    load::LoadedAnswers file = load::read_answers_file(path);
    context.require_readable(file.diagnostics);
    if (file.diagnostics.has_errors() || !file.answers)
        context.fail_invalid(file.diagnostics,
                             fmt::format("{}: the answers file has errors", path));
    return file;
}

/// Flags that name one plan's industry, goal or file have no meaning for many clients.
void check_batch_flags(const PlanOptions& o, Context& context) {
    if (o.answers_file.empty())
        context.fail(Exit::usage, "--out-dir needs an answers file that lists clients",
                     "give --answers FILE with a `clients:` list; see ANSWERS FILE in strat(1)");
    if (!o.goal.empty() || !o.industry.empty())
        context.fail(Exit::usage, "--goal and --industry cannot be combined with --out-dir",
                     "every client of the answers file names its own industry and goal");
    if (!o.output.empty())
        context.fail(Exit::usage, "-o and --out-dir cannot be combined",
                     "--out-dir names every client's files after the client");
    if (!o.strategies.empty() && o.top != 1)
        context.fail(Exit::usage, "--strategy and --top cannot be combined",
                     "name the strategies with --strategy, or take the best N with --top");
}

const Roadmap& client_industry(const Client& c, Context& context) {
    std::vector<std::string> ids = context.catalog().industry_ids();
    if (std::find(ids.begin(), ids.end(), c.industry.id) == ids.end())
        context.fail(Exit::usage,
                     fmt::format("{}client `{}` names industry `{}`, which does not exist{}",
                                 at(c.industry.where), c.name.id, c.industry.id,
                                 util::did_you_mean(c.industry.id, ids)),
                     fmt::format("industries: {}", util::join(ids)));
    return context.industry(c.industry.id);
}

const Goal& client_goal(const Client& c, const Roadmap& roadmap, Context& context) {
    if (const Goal* goal = roadmap.goal_by_name(c.goal.id))
        return *goal;
    context.fail(Exit::usage,
                 fmt::format("{}client `{}`: industry `{}` has no goal `{}`{}", at(c.goal.where),
                             c.name.id, roadmap.id, c.goal.id,
                             util::did_you_mean(c.goal.id, roadmap.goal_names())),
                 fmt::format("goals: {}", util::join(ids_of(roadmap.goals))));
}

/// The client's plan and the files it will be written to; never asks (a batch runs
/// unattended).
PlannedClient plan_client(const PlanOptions& o, const AnswersFile& file, const Client& c,
                          const fs::path& dir, Context& context) {
    const Roadmap& roadmap = client_industry(c, context);
    const Goal& goal = client_goal(c, roadmap, context);
    AnswerInput input = gather_client_answers(o.answers, file, c, roadmap, goal, context);
    PlanSetting setting = plan_setting(o, input, roadmap, context);
    PlannedClient planned{
        &c,
        roadmap.id,
        goal.id,
        plan_campaign(o, roadmap, goal, input, setting.calendar, setting.market, false, context),
        {}};
    auto path = [&](const std::string& ext) { return (dir / (c.name.id + "." + ext)).string(); };
    planned.files.push_back({path("yaml"), {}});
    if (o.format != "yaml")
        planned.files.push_back({path(o.format), {}});
    return planned;
}

/// Renders the client's files; runs on any thread (the roadmaps are only read), and the
/// result goes to the client's own slot, so the files do not depend on scheduling.
void render(PlannedClient& p, const std::string& format) {
    p.files.front().content = render_campaign("yaml", p.campaign);
    if (p.files.size() > 1)
        p.files.back().content = render_campaign(format, p.campaign);
}

} // namespace

void refuse_workshop_without_out_dir(const PlanOptions& o, Context& context) {
    if (o.answers_file.empty())
        return;
    load::LoadedAnswers file = read_workshop(o.answers_file, context);
    if (!file.answers->clients.empty())
        context.fail(Exit::usage,
                     fmt::format("{}: the answers file lists {} clients, a plan each",
                                 o.answers_file, file.answers->clients.size()),
                     "write their plans with --out-dir DIR (without --goal and --industry)");
}

int run_batch(const PlanOptions& o, Context& context) {
    Io& io = context.io();
    check_batch_flags(o, context);
    load::LoadedAnswers file = read_workshop(o.answers_file, context);
    const AnswersFile& answers = *file.answers;
    if (answers.clients.empty())
        context.fail(Exit::usage,
                     fmt::format("{}: the answers file lists no clients", o.answers_file),
                     "for one company, plan with --goal and --industry and without --out-dir");

    // Every client is planned before anything is written: all or nothing. Planning runs in
    // file order on this thread (errors and warnings come in that order); rendering, most of
    // a batch's work, runs on the other cores as soon as a client is planned.
    fs::path dir(o.out_dir);
    std::vector<PlannedClient> planned(answers.clients.size());
    util::pipeline_for(
        planned.size(), util::thread_count(0, planned.size()),
        [&](std::size_t i) {
            const Client& c = answers.clients[i];
            try {
                planned[i] = plan_client(o, answers, c, dir, context);
            } catch (const ExitRequest&) {
                io.err << fmt::format("strat: note: {}in client `{}`; nothing was written\n",
                                      at(c.where), c.name.id);
                throw;
            }
            if (io.stderr_is_tty) // in file order, as each client is planned
                io.err << fmt::format("[{}/{}] {}: {} / {} \u2192 {}\n", i + 1, planned.size(),
                                      c.name.id, planned[i].industry, planned[i].goal,
                                      planned[i].files.front().path);
        },
        [&](std::size_t i) { render(planned[i], o.format); });
    std::vector<const Output*> files;
    for (const PlannedClient& p : planned)
        for (const Output& f : p.files) {
            std::error_code ec;
            if (!o.force && fs::exists(fs::symlink_status(f.path, ec)))
                context.fail(Exit::usage,
                             fmt::format("{} already exists; nothing was written", f.path),
                             "pass --force to overwrite it, or choose another --out-dir");
            files.push_back(&f);
        }
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        context.fail(
            Exit::usage,
            fmt::format("cannot create {}: {}; nothing was written", o.out_dir, ec.message()),
            "check the path and its permissions");

    // Staged on every core, put in place together: one flush to disk for the whole batch.
    FileBatch batch(files.size());
    std::vector<std::string> errors(files.size());
    util::parallel_for(files.size(), util::thread_count(0, files.size()), [&](std::size_t i) {
        errors[i] = batch.stage(i, files[i]->path, files[i]->content, o.force);
    });
    for (std::size_t i = 0; i < files.size(); ++i)
        if (!errors[i].empty())
            context.fail(
                Exit::usage,
                fmt::format("cannot write {}: {}; nothing was written", files[i]->path, errors[i]),
                "check the path and its permissions");
    if (std::string error = batch.commit(); !error.empty())
        context.fail(Exit::usage, fmt::format("cannot write the plans: {}", error),
                     "the files this run created were removed; check the path and "
                     "its permissions");
    io.out << fmt::format(fmt::runtime(util::tr("Wrote {} {} ({} {}) to {}: fill in the values "
                                                "marked \"fill in\".\n")),
                          planned.size(), util::tr_n(planned.size(), "plan", "plans"), files.size(),
                          util::tr_n(files.size(), "file", "files"), o.out_dir);
    return Exit::ok;
}

} // namespace strat::cli
