#include "cli/answer_input.hpp"
#include "cli/atomic_file.hpp"
#include "cli/batch.hpp"
#include "cli/calendar_options.hpp"
#include "cli/commands.hpp"
#include "cli/plan_steps.hpp"
#include "cli/prompt.hpp"
#include "engine/campaign.hpp"
#include "load/answers_file.hpp"
#include "output/campaign.hpp"
#include "util/date.hpp"
#include "util/messages.hpp"
#include "util/suggest.hpp"

// GCC 12 at -O2 sees a null dereference in CLI11's own `split` (StringTools.hpp) once the
// delimiter options below inline it: a false positive in the library's header, silenced
// for that header only (GCC checks the pragma along the inlining chain).
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
#include <sstream>

namespace strat::cli {
using util::closest;
using util::did_you_mean;
using util::join;
namespace {

using namespace model;

/// --budget-amount: whole units from 1 to the maximum. CLI11's range check would call
/// 2500.50 out of range; say what is wrong with it instead.
CLI::Validator whole_amount() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            long long n = 0;
            auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
            bool whole = error == std::errc() && end == text.data() + text.size();
            if (whole && n >= 1 && n <= max_budget_amount)
                return {};
            std::string_view digits(text.data(), static_cast<std::size_t>(end - text.data()));
            if (error == std::errc() && n >= 1 && !whole && (*end == '.' || *end == ','))
                return fmt::format("the amount is in whole units of --currency, found {}: "
                                   "write {}, without the decimal part",
                                   text, digits);
            return fmt::format("the amount must be whole units of --currency from 1 to {}, "
                               "found {}",
                               max_budget_amount, text);
        },
        ""); // the option's help says what an amount is
}

std::vector<std::string> channel_list() {
    std::vector<std::string> out;
    for (std::string_view n : names<Channel>())
        out.emplace_back(n);
    return out;
}

/// Constraint flags as facts, each with the flag as its origin; channel names were
/// checked by CLI11.
StatedFacts stated_by_flags(const PlanOptions& o) {
    StatedFacts stated;
    Facts& f = stated.facts;
    for (const auto& c : o.consent)
        f.consent[*parse<Channel>(c)] = Consent::held;
    for (const auto& c : o.partial_consent)
        f.consent[*parse<Channel>(c)] = Consent::partial;
    for (const auto& c : o.no_consent)
        f.consent[*parse<Channel>(c)] = Consent::none;
    for (const auto& c : o.channels)
        f.channels[*parse<Channel>(c)] = true;
    for (const auto& c : o.no_channels)
        f.channels[*parse<Channel>(c)] = false;
    for (const auto& d : o.data)
        f.data[d] = true;
    for (const auto& d : o.no_data)
        f.data[d] = false;
    for (const auto& t : o.tooling)
        f.tooling[t] = true;
    for (const auto& t : o.no_tooling)
        f.tooling[t] = false;
    if (!o.budget.empty())
        f.budget = parse<Level>(o.budget);
    if (!o.maturity.empty())
        f.maturity = parse<Maturity>(o.maturity);
    if (!o.audience.empty())
        f.audience = parse<Audience>(o.audience);
    for (const Fact& fact : entries(f))
        stated.origins[fact.key] = {as_flag(fact), {}};
    return stated;
}

/// --date YYYY-MM-DD, else SOURCE_DATE_EPOCH, else no date (output stays reproducible).
std::optional<std::string> plan_date(const PlanOptions& o, Context& context) {
    if (!o.date.empty())
        return o.date;
    auto epoch = context.io().env("SOURCE_DATE_EPOCH");
    if (!epoch || epoch->empty())
        return std::nullopt;
    long long seconds = 0;
    auto [end, ec] = std::from_chars(epoch->data(), epoch->data() + epoch->size(), seconds);
    if (end != epoch->data() + epoch->size() ||
        (ec != std::errc() && ec != std::errc::result_out_of_range))
        context.fail(Exit::usage,
                     fmt::format("SOURCE_DATE_EPOCH is `{}`, not a number of seconds", *epoch),
                     "unset it, or set it to a Unix time such as 1767225600");
    auto date = ec == std::errc() ? util::date_of_unix_time(seconds) : std::nullopt;
    if (!date)
        context.fail(Exit::usage,
                     fmt::format("SOURCE_DATE_EPOCH is `{}`, a time {}", *epoch,
                                 epoch->front() == '-' ? "before 1970-01-01" : "after 9999-12-31"),
                     "set it to a Unix time from 0 (1970-01-01) to 253402300799 (9999-12-31)");
    return util::format_date(*date);
}

/// --date: a real day (2026-02-31 is not), within the years strat's dates span.
void check_date(const std::string& text, Context& context) {
    auto date = util::parse_date(text);
    if (!date)
        context.fail(Exit::usage, fmt::format("--date `{}` is not a date", text),
                     "write it as YYYY-MM-DD");
    if (!util::in_date_range(*date))
        context.fail(Exit::usage, fmt::format("--date `{}` is out of range", text),
                     "give a date from 1970-01-01 to 9999-12-31");
}

} // namespace

namespace {

void warn(Context& context, const std::string& message) {
    context.io().err << "strat: warning: " << message << '\n';
}

/// Ends the command when the strategies cannot be planned; prints the warnings.
void report_choice(const engine::Choice& choice, const engine::Plan& plan, const Goal& goal,
                   Context& context) {
    using Problem = engine::Choice::Problem;
    std::vector<std::string> ids;
    for (const auto& r : plan.ranked)
        ids.push_back(r.strategy->id);
    switch (choice.problem) {
    case Problem::none:
        break;
    case Problem::unknown:
        context.fail(Exit::usage,
                     fmt::format("goal `{}` has no strategy `{}`{}", goal.id, choice.id,
                                 did_you_mean(choice.id, ids)),
                     fmt::format("strategies for this goal: {}", join(ids)));
    case Problem::cannot_run:
        context.fail(Exit::usage, choice.message,
                     "choose another strategy; `--explain` shows why each tactic was left out");
    case Problem::nothing_runnable:
        context.fail(Exit::invalid, choice.message + "; nothing was written",
                     "plan one anyway with --strategy ID, or change what you said");
    }
    for (const std::string& warning : choice.warnings)
        warn(context, warning);
}

/// The market whose rules apply: --market, else the answers file's `market`, else eu. A
/// market named but not defined ends the command; the default eu is simply not applied
/// when the roadmaps in use define no markets.
const Market* plan_market(const PlanOptions& o, const AnswerInput& input, const Roadmap& roadmap,
                          Context& context) {
    std::string id = !o.market.empty() ? o.market : input.market ? input.market->id : "eu";
    if (const Market* market = find_market(roadmap.markets, id))
        return market;
    if (o.market.empty() && !input.market)
        return nullptr;
    std::vector<std::string> ids = ids_of(roadmap.markets);
    std::string where = o.market.empty() ? describe(FactOrigin{{}, input.market->where}) + ": "
                                         : std::string("--market: ");
    context.fail(Exit::usage,
                 fmt::format("{}market `{}` is not defined{}", where, id, did_you_mean(id, ids)),
                 ids.empty() ? std::string("the roadmaps in use define no markets; extend `base` "
                                           "or `markets` to use the shipped rules")
                             : fmt::format("markets: {}", join(ids)));
}

std::string default_output(const PlanOptions& o, const Roadmap& roadmap, const Goal& goal) {
    std::string ext = o.format == "md" ? "md" : o.format;
    return fmt::format("campaign-{}-{}.{}", roadmap.id, goal.id, ext);
}

} // namespace

namespace {

/// What to plan: the goal, the roadmap, the answers, and which strategies.
void add_goal_options(CLI::App* cmd, PlanOptions& o) {
    // Required but for a workshop's batch, whose clients name their own (checked in run_plan).
    cmd->add_option("--goal", o.goal, "The goal, by id or alias (e.g. retention, loyalty)")
        ->type_name("GOAL");
    cmd->add_option("--industry", o.industry, "The industry roadmap to use")->type_name("ID");
    cmd->add_option("--answer", o.answers,
                    "Answer a question up front (repeatable); wins over --answers")
        ->type_name("QUESTION=OPTION");
    cmd->add_option("--answers", o.answers_file,
                    "Read answers and constraints from a YAML answers file")
        ->type_name("FILE");
    cmd->add_flag("--non-interactive", o.non_interactive,
                  "Never ask: unanswered questions take their default (also when stdin is not "
                  "a terminal)");
    cmd->add_option("--strategy", o.strategies,
                    "Plan this strategy instead of the top-ranked one (repeatable)")
        ->type_name("ID")
        ->allow_extra_args(false);
    cmd->add_option("--top", o.top, "Plan the N best-ranked strategies in one skeleton")
        ->type_name("N")
        ->check(CLI::Range(1, 100))
        ->capture_default_str();
}

/// The skeleton: its format, where it goes, the market whose rules it lists and its date.
void add_skeleton_options(CLI::App* cmd, PlanOptions& o) {
    cmd->add_option("--format", o.format, "Format of the campaign skeleton")
        ->check(CLI::IsMember({"yaml", "md", "json", "html"}))
        ->type_name("FORMAT")
        ->capture_default_str();
    cmd->add_option("-o,--output", o.output,
                    "Write the skeleton to FILE (`-` for stdout); default "
                    "campaign-INDUSTRY-GOAL.yaml (.md, .json) in the current directory")
        ->type_name("FILE");
    cmd->add_option("--out-dir", o.out_dir,
                    "Write every client of a workshop answers file to DIR: CLIENT.yaml, and "
                    "CLIENT.md, .json or .html with --format")
        ->type_name("DIR");
    cmd->add_flag("--force", o.force, "Overwrite an existing output file");
    cmd->add_flag("--explain", o.explain,
                  "Also print every score's reasons and every tactic left out, and why");
    cmd->add_option("--market", o.market,
                    "Whose rules apply: de, at, ch, eu, uk or us (default: the answers file's "
                    "`market`, else eu)")
        ->type_name("MARKET");
    cmd->add_option("--date", o.date,
                    "The plan's date, YYYY-MM-DD (default: from SOURCE_DATE_EPOCH, else none)")
        ->type_name("DATE");
    cmd->add_option("--start", o.start,
                    "The campaign's first day, YYYY-MM-DD: the calendar's dates (default: "
                    "days from the start, dates filled in later)")
        ->type_name("DATE");
    cmd->add_option("--contact-cap", o.contact_cap,
                    "Marketing messages per contact per week across all tactics (default 2)")
        ->type_name("N")
        ->check(CLI::Range(1, 50));
    // An amount, unlike --budget (a level that decides which tactics fit).
    CLI::Option* amount =
        cmd->add_option("--budget-amount", o.budget_amount,
                        "The campaign's budget in whole units of --currency, split by the "
                        "roadmap's rule (without it: shares)")
            ->type_name("N")
            ->check(whole_amount());
    CLI::Option* currency =
        cmd->add_option("--currency", o.currency, "ISO 4217 code of --budget-amount")
            ->type_name("CODE")
            ->check(CLI::IsMember(
                std::vector<std::string>(model::currencies.begin(), model::currencies.end())));
    amount->needs(currency);
    currency->needs(amount);
}

/// A comma-separated, repeatable constraint flag: its values are channels when `check`
/// is given, else names of data or tools.
void add_list_option(CLI::App* cmd, const std::string& name, std::vector<std::string>& values,
                     const std::string& description, const char* type_name,
                     const CLI::Validator* check = nullptr) {
    CLI::Option* option = cmd->add_option(name, values, description)->delimiter(',');
    if (check)
        option->check(*check);
    option->type_name(type_name)->allow_extra_args(false);
}

/// What the user has: consent, channels, data, tooling, budget, maturity, audience.
void add_constraint_options(CLI::App* cmd, PlanOptions& o) {
    // The channel list is long: name it once in the footer, not after every option.
    auto channels = CLI::IsMember(channel_list()).description("");
    add_list_option(cmd, "--consent", o.consent,
                    "You hold marketing consent for these channels (comma-separated, repeatable)",
                    "CHANNEL", &channels);
    add_list_option(cmd, "--partial-consent", o.partial_consent,
                    "You hold consent for some contacts on these channels, or do not know",
                    "CHANNEL", &channels);
    add_list_option(cmd, "--no-consent", o.no_consent, "You do not hold consent for these channels",
                    "CHANNEL", &channels);
    add_list_option(cmd, "--channel", o.channels, "These channels are available", "CHANNEL",
                    &channels);
    add_list_option(cmd, "--no-channel", o.no_channels, "These channels are not available",
                    "CHANNEL", &channels);
    add_list_option(cmd, "--data", o.data, "You hold this data (e.g. purchase_history)", "NAME");
    add_list_option(cmd, "--no-data", o.no_data, "You do not hold this data", "NAME");
    add_list_option(cmd, "--tooling", o.tooling, "You have this tool (e.g. marketing_automation)",
                    "NAME");
    add_list_option(cmd, "--no-tooling", o.no_tooling, "You do not have this tool", "NAME");
    cmd->add_option("--budget", o.budget, "Your budget level")
        ->check(CLI::IsMember({"low", "medium", "high"}))
        ->type_name("LEVEL");
    cmd->add_option("--maturity", o.maturity, "Your team's maturity and data skills")
        ->check(CLI::IsMember({"basic", "intermediate", "advanced"}))
        ->type_name("LEVEL");
    cmd->add_option("--audience", o.audience, "Whom you sell to")
        ->check(CLI::IsMember({"b2b", "b2c"}))
        ->type_name("AUDIENCE");
    cmd->footer(fmt::format("Channels: {}.", join(channel_list())));
}

} // namespace

CLI::App* setup_plan(CLI::App& app, PlanOptions& o) {
    CLI::App* cmd = app.add_subcommand(
        "plan", "Walk a goal's decision tree, rank strategies, pick tactics and KPIs, and "
                "write a campaign skeleton");
    add_goal_options(cmd, o);
    add_skeleton_options(cmd, o);
    add_constraint_options(cmd, o);
    return cmd;
}

engine::Campaign plan_campaign(const PlanOptions& o, const Roadmap& roadmap, const Goal& goal,
                               AnswerInput& input, const engine::CalendarOptions& calendar,
                               const Market* market, bool interactive, Context& context) {
    Io& io = context.io();
    Index index(roadmap);
    const std::vector<GivenAnswer>& given = input.given;
    TerminalAsker asker(io);
    engine::PlanRequest request;
    request.goal = &goal;
    request.walk =
        engine::walk_tree(index, goal, given, input.stated, interactive ? &asker : nullptr);
    if (request.walk.aborted)
        context.fail(Exit::usage, "no answer given (end of input); nothing was written");
    if (request.walk.conflict)
        context.fail(Exit::usage, *request.walk.conflict,
                     "drop the answer or the flag that is not so; nothing was written");
    for (const engine::UnusedAnswer& u : engine::unused_answers(index, goal, request.walk, given)) {
        std::string origin = engine::origin_of(u.given);
        warn(context,
             fmt::format("{}answer `{}={}` is not used: {}", origin.empty() ? "" : origin + ": ",
                         u.given.question.id, u.given.option.id, u.why));
    }
    request.stated = input.stated.facts;
    request.market = market;
    engine::Plan plan = engine::make_plan(index, request);
    if (plan.ranked.empty())
        context.fail(Exit::invalid,
                     fmt::format("no strategy in `{}` serves goal `{}`", roadmap.id, goal.id));

    std::vector<std::string> wanted = o.strategies;
    if (interactive && wanted.empty() && o.top == 1) {
        auto picks = asker.pick_strategies(plan);
        if (!picks)
            context.fail(Exit::usage, "no strategy chosen (end of input); nothing was written");
        for (std::size_t pick : *picks)
            wanted.push_back(plan.ranked[pick].strategy->id);
    }
    report_choice(engine::choose(plan, wanted, o.top), plan, goal, context);
    engine::Campaign doc =
        engine::make_campaign(plan, plan_date(o, context), STRAT_VERSION, calendar);
    if (input.budget)
        engine::give_budget_amount(doc, input.budget->amount, input.budget->currency);
    return doc;
}

PlanSetting plan_setting(const PlanOptions& o, AnswerInput& input, const Roadmap& roadmap,
                         Context& context) {
    PlanSetting setting;
    setting.calendar = calendar_options(o.start, o.contact_cap, context);
    overlay(input.stated, stated_by_flags(o));
    setting.market = plan_market(o, input, roadmap, context);
    if (o.start.empty() && input.start) // --start wins over the answers file's `start`
        setting.calendar =
            calendar_options(input.start->id, o.contact_cap, context,
                             describe(FactOrigin{{}, input.start->where}) + ": start");
    if (o.budget_amount > 0) // the flags come in pairs and win over the file's pair
        input.budget = BudgetAmount{o.budget_amount, o.currency, {}};
    return setting;
}

std::string render_campaign(const std::string& format, const engine::Campaign& campaign) {
    std::ostringstream rendered;
    if (format == "md")
        output::write_campaign_markdown(rendered, campaign);
    else if (format == "json")
        output::write_campaign_json(rendered, campaign);
    else if (format == "html")
        output::write_campaign_html(rendered, campaign);
    else
        output::write_campaign_yaml(rendered, campaign);
    return rendered.str();
}

int run_plan(const PlanOptions& o, Context& context) {
    Io& io = context.io();
    if (!o.date.empty())
        check_date(o.date, context);
    if (!o.out_dir.empty())
        return run_batch(o, context);
    if (o.goal.empty() || o.industry.empty()) {
        refuse_workshop_without_out_dir(o, context);
        context.fail(Exit::usage, o.goal.empty() ? "--goal is required" : "--industry is required",
                     "run `strat plan --help` for the commands and options");
    }
    engine::CalendarOptions calendar = calendar_options(o.start, o.contact_cap, context);
    if (!o.strategies.empty() && o.top != 1)
        context.fail(Exit::usage, "--strategy and --top cannot be combined",
                     "name the strategies with --strategy, or take the best N with --top");
    const Roadmap& roadmap = context.industry(o.industry);
    const Goal* goal = &find_goal(roadmap, o.goal, context);
    AnswerInput input = gather_answers(o.answers, o.answers_file, roadmap, *goal, context);
    PlanSetting setting = plan_setting(o, input, roadmap, context);
    calendar = setting.calendar;

    // The file name is settled before any question, so a refusal comes before the work.
    std::string path = o.output.empty() ? default_output(o, roadmap, *goal) : o.output;
    bool to_stdout = path == "-";
    std::error_code ec;
    if (!to_stdout && !o.force && std::filesystem::exists(path, ec))
        context.fail(Exit::usage, fmt::format("{} already exists; nothing was written", path),
                     "pass --force to overwrite it, or choose another file with -o");

    bool interactive = io.stdin_is_tty && !o.non_interactive;
    engine::Campaign campaign =
        plan_campaign(o, roadmap, *goal, input, calendar, setting.market, interactive, context);
    std::string rendered = render_campaign(o.format, campaign);

    if (to_stdout) {
        if (o.explain)
            output::print_plan_summary(io.err, campaign, true);
        io.out << rendered;
        return Exit::ok;
    }
    if (std::string error = write_file_atomically(path, rendered, o.force); !error.empty())
        context.fail(Exit::usage, fmt::format("cannot write the campaign: {}", error),
                     "nothing was written; check the path and its permissions");
    output::print_plan_summary(io.out, campaign, o.explain);
    io.out << fmt::format(fmt::runtime(util::tr("\nWrote {}: fill in the values marked \"fill "
                                                "in\".\n")),
                          path);
    return Exit::ok;
}

} // namespace strat::cli
