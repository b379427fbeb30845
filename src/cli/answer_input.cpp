#include "cli/answer_input.hpp"

#include "load/answers_file.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <ostream>

namespace strat::cli {
using util::closest;
using util::did_you_mean;
using util::join;

using namespace model;

namespace {

/// --answer QUESTION=OPTION flags, checked for shape here and against the roadmap later.
std::vector<GivenAnswer> flag_answers(const std::vector<std::string>& flags, Context& context) {
    std::vector<GivenAnswer> out;
    for (const std::string& a : flags) {
        auto eq = a.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == a.size())
            context.fail(Exit::usage, fmt::format("--answer `{}` is not QUESTION=OPTION", a),
                         "e.g. --answer ret_consent=most; `strat show goal ID --industry I` "
                         "lists the questions");
        GivenAnswer given{Ref{a.substr(0, eq), {}}, Ref{a.substr(eq + 1), {}}, AnswerSource::flag};
        for (const GivenAnswer& before : out)
            if (before.question.id == given.question.id)
                context.fail(Exit::usage,
                             fmt::format("question `{}` is answered twice: `{}` and `{}`",
                                         given.question.id, engine::origin_of(before),
                                         engine::origin_of(given)),
                             "give one --answer per question");
        out.push_back(std::move(given));
    }
    return out;
}

std::string answer_origin(const GivenAnswer& given) {
    std::string origin = engine::origin_of(given);
    return origin.empty() ? origin : origin + ": ";
}

/// An error at `where` (a key of the answers file) that ends the command with exit 2.
[[noreturn]] void fail_at(const Origin& where, const std::string& message, const std::string& hint,
                          Context& context) {
    std::string at = where.file
                         ? fmt::format("{}:{}:{}: ", where.file->path(), where.line, where.column)
                         : std::string();
    context.fail(Exit::usage, at + message, hint);
}

/// Every industry and goal key of the file names one that exists, and every answer of its
/// top level a question some industry asks: a typo must not make strat use defaults.
void check_scopes(const AnswersFile& file, Context& context) {
    std::vector<std::string> industries = context.catalog().industry_ids();
    for (const auto& [id, scope] : file.industries)
        if (std::find(industries.begin(), industries.end(), id) == industries.end())
            fail_at(scope.where,
                    fmt::format("the answers file names industry `{}`, which does not exist{}", id,
                                did_you_mean(id, industries)),
                    fmt::format("industries: {}", join(industries)), context);
    for (const auto& [industry, goals] : file.goals) {
        const Roadmap& roadmap = context.industry(industry);
        for (const auto& [id, scope] : goals)
            if (!roadmap.goal_by_name(id))
                fail_at(scope.where,
                        fmt::format("industry `{}` has no goal `{}`{}", industry, id,
                                    did_you_mean(id, roadmap.goal_names())),
                        fmt::format("goals: {}", join(ids_of(roadmap.goals))), context);
    }
    if (file.everywhere.answers.empty())
        return;
    std::vector<std::string> questions;
    for (const Roadmap* r : context.industries())
        for (const Question& q : r->questions)
            questions.push_back(q.id);
    for (const GivenAnswer& a : file.everywhere.answers)
        if (std::find(questions.begin(), questions.end(), a.question.id) == questions.end())
            fail_at(a.question.where,
                    fmt::format("no industry asks question `{}`{}", a.question.id,
                                did_you_mean(a.question.id, questions)),
                    "see the questions with `strat list questions --industry I`", context);
}

void report_answer_problems(const std::vector<engine::AnswerProblem>& problems, Context& context) {
    if (problems.empty())
        return;
    for (std::size_t i = 0; i + 1 < problems.size(); ++i) {
        const auto& p = problems[i];
        context.io().err << "strat: error: " << answer_origin(p.given) << p.message << '\n';
    }
    const auto& last = problems.back();
    context.fail(Exit::usage, answer_origin(last.given) + last.message,
                 "see the questions and options with `strat show question ID --industry I`");
}

/// Answers and constraints of an answers file that apply to this industry and goal, most
/// specific scope first (the walk takes the first match).
void apply_answers_file(const AnswersFile& file, const Roadmap& roadmap, const Goal& goal,
                        std::vector<GivenAnswer>& given, StatedFacts& stated, Context& context,
                        const AnswerScope* client = nullptr) {
    std::vector<const AnswerScope*> scopes; // most specific first
    if (client) // a workshop client's own answers, more specific than any goal's scope
        scopes.push_back(client);
    if (auto it = file.goals.find(roadmap.id); it != file.goals.end()) {
        for (const auto& [key, scope] : it->second)
            if (roadmap.goal_by_name(key) == &goal)
                scopes.push_back(&scope);
    }
    std::size_t goal_scopes = scopes.size();
    if (auto it = file.industries.find(roadmap.id); it != file.industries.end())
        scopes.push_back(&it->second);
    Index index(roadmap);
    std::vector<engine::AnswerProblem> problems;
    for (std::size_t i = 0; i < scopes.size(); ++i) {
        auto found = engine::check_answers(index, scopes[i]->answers);
        problems.insert(problems.end(), found.begin(), found.end());
        for (GivenAnswer a : scopes[i]->answers) {
            a.for_any_goal = i >= goal_scopes; // an industry's answers serve all its goals
            given.push_back(std::move(a));
        }
    }
    // Top-level answers are shared by every industry: a question this roadmap does not
    // ask is someone else's; a wrong option for one of ours is still an error.
    for (GivenAnswer a : file.everywhere.answers) {
        if (!index.question(a.question.id))
            continue;
        auto found = engine::check_answers(index, {a});
        problems.insert(problems.end(), found.begin(), found.end());
        a.for_any_goal = true;
        given.push_back(std::move(a));
    }
    report_answer_problems(problems, context);
    // Constraints: general first, specific over them.
    overlay(stated, file.everywhere.constraints);
    for (auto it = scopes.rbegin(); it != scopes.rend(); ++it)
        overlay(stated, (*it)->constraints);
}

} // namespace

const Goal& find_goal(const Roadmap& roadmap, const std::string& name, Context& context) {
    if (const Goal* goal = roadmap.goal_by_name(name))
        return *goal;
    context.fail(Exit::usage,
                 fmt::format("industry `{}` has no goal `{}`{}", roadmap.id, name,
                             did_you_mean(name, roadmap.goal_names())),
                 fmt::format("goals: {}", join(ids_of(roadmap.goals))));
}

AnswerInput gather_answers(const std::vector<std::string>& flags, const std::string& file_path,
                           const Roadmap& roadmap, const Goal& goal, Context& context) {
    AnswerInput input;
    input.given = flag_answers(flags, context);
    report_answer_problems(engine::check_answers(Index(roadmap), input.given), context);
    if (file_path.empty())
        return input;
    load::LoadedAnswers file = load::read_answers_file(file_path);
    context.require_readable(file.diagnostics);
    if (file.diagnostics.has_errors() || !file.answers)
        context.fail_invalid(file.diagnostics,
                             fmt::format("{}: the answers file has errors", file_path));
    if (!file.answers->clients.empty())
        context.fail(Exit::usage,
                     fmt::format("{}: the answers file lists {} clients, a plan each", file_path,
                                 file.answers->clients.size()),
                     "write their plans with --out-dir DIR (without --goal and --industry)");
    check_scopes(*file.answers, context);
    apply_answers_file(*file.answers, roadmap, goal, input.given, input.stated, context);
    input.market = file.answers->market;
    input.start = file.answers->start;
    input.budget = file.answers->budget;
    input.file = std::move(file.file);
    return input;
}

AnswerInput gather_client_answers(const std::vector<std::string>& flags, const AnswersFile& file,
                                  const Client& client, const Roadmap& roadmap, const Goal& goal,
                                  Context& context) {
    AnswerInput input;
    input.given = flag_answers(flags, context);
    report_answer_problems(engine::check_answers(Index(roadmap), input.given), context);
    check_scopes(file, context);
    apply_answers_file(file, roadmap, goal, input.given, input.stated, context, &client.scope);
    input.market = client.market ? client.market : file.market;
    input.start = client.start ? client.start : file.start;
    input.budget = client.budget ? client.budget : file.budget;
    return input;
}

} // namespace strat::cli
