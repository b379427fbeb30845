#include "cli/answer_input.hpp"

#include "load/answers_file.hpp"
#include "model/suggest.hpp"

#include <fmt/format.h>

#include <ostream>

namespace strat::cli {

using namespace model;

namespace {

/// --answer QUESTION=OPTION flags, checked for shape here and against the roadmap later.
std::vector<GivenAnswer> flag_answers(const std::vector<std::string>& flags, Context& context) {
    std::vector<GivenAnswer> out;
    for (const std::string& a : flags) {
        auto eq = a.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == a.size())
            context.fail(Exit::usage, fmt::format("--answer `{}` is not QUESTION=OPTION", a),
                         "e.g. --answer guest_consent=most; `strat show goal ID --industry I` "
                         "lists the questions");
        out.push_back({Ref{a.substr(0, eq), {}}, Ref{a.substr(eq + 1), {}}, AnswerSource::flag});
    }
    return out;
}

std::string answer_origin(const GivenAnswer& given) {
    if (given.source == AnswerSource::flag)
        return fmt::format("--answer {}={}: ", given.question.id, given.option.id);
    const Origin& at = given.question.where;
    return at.file ? fmt::format("{}:{}:{}: ", at.file->path(), at.line, at.column) : "";
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
                        std::vector<GivenAnswer>& given, Facts& stated, Context& context) {
    std::vector<const AnswerScope*> scopes; // most specific first
    if (auto it = file.goals.find(roadmap.id); it != file.goals.end()) {
        for (const auto& [key, scope] : it->second)
            if (roadmap.goal_by_name(key) == &goal)
                scopes.push_back(&scope);
    }
    if (auto it = file.industries.find(roadmap.id); it != file.industries.end())
        scopes.push_back(&it->second);
    Index index(roadmap);
    std::vector<engine::AnswerProblem> problems;
    for (const AnswerScope* scope : scopes) {
        auto found = engine::check_answers(index, scope->answers);
        problems.insert(problems.end(), found.begin(), found.end());
        given.insert(given.end(), scope->answers.begin(), scope->answers.end());
    }
    // Top-level answers are shared by every industry: a question this roadmap does not
    // ask is someone else's; a wrong option for one of ours is still an error.
    for (const GivenAnswer& a : file.everywhere.answers) {
        if (!index.question(a.question.id))
            continue;
        auto found = engine::check_answers(index, {a});
        problems.insert(problems.end(), found.begin(), found.end());
        given.push_back(a);
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
    if (!file.io_error.empty())
        context.fail(Exit::usage, fmt::format("{}: {}", file_path, file.io_error));
    if (file.diagnostics.has_errors() || !file.answers)
        context.fail_invalid(file.diagnostics,
                             fmt::format("{}: the answers file has errors", file_path));
    apply_answers_file(*file.answers, roadmap, goal, input.given, input.stated, context);
    return input;
}

} // namespace strat::cli
