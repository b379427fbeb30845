#include "load/answers_file.hpp"

#include "load/fields.hpp"
#include "load/file_reader.hpp"
#include "util/date.hpp"

#include <fmt/format.h>

namespace strat::load {
namespace {

model::AnswerScope read_scope(Fields& f) {
    model::AnswerScope scope;
    for (auto& [question, option] : f.slug_pairs("answers"))
        scope.answers.push_back({question, option, model::AnswerSource::file});
    if (const Node* node = f.get("constraints")) {
        Fields facts(f.diagnostics(), *node, f.child("constraints"), f.key_path("constraints"));
        if (facts.ok())
            scope.constraints = read_stated_facts(facts);
    }
    return scope;
}

} // namespace

LoadedAnswers parse_answers_text(std::string path, std::string text) {
    LoadedAnswers out;
    out.file = std::make_unique<model::SourceFile>(std::move(path), std::move(text));
    auto document = parse_document(*out.file, Limits{}, out.diagnostics);
    if (!document)
        return out;
    Fields top(out.diagnostics, *document->root, schema::answers_file(), "");
    if (!top.ok())
        return out;
    model::AnswersFile answers;
    answers.file = out.file.get();
    if (auto version = top.integer("strat_answers"); version && *version != 1)
        out.diagnostics.add("unsupported-version", top.where("strat_answers"),
                            fmt::format("answers file format {} is not supported", *version),
                            "write `strat_answers: 1`");
    answers.everywhere = read_scope(top);
    answers.market = top.optional_slug("market");
    if (top.get("start")) {
        // The calendar's first day: a real date, checked here so its position is shown.
        answers.start = model::Ref{top.text("start"), top.where("start")};
        auto date = util::parse_date(answers.start->id);
        if (!date || !util::in_date_range(*date))
            out.diagnostics.add("invalid-value", answers.start->where,
                                fmt::format("start `{}` is not a date from 1970-01-01 to 9999-12-31",
                                            answers.start->id),
                                "write the campaign's first day as YYYY-MM-DD");
    }
    for (const auto& [industry_key, industry_node] : top.entries("industries")) {
        Fields industry(out.diagnostics, *industry_node, top.child("industries"),
                        fmt::format("industries.{}", industry_key->text));
        if (!industry.ok())
            continue;
        model::AnswerScope& scope = answers.industries[std::string(industry_key->text)];
        scope = read_scope(industry);
        scope.where = industry_key->where;
        for (const auto& [goal_key, goal_node] : industry.entries("goals")) {
            Fields goal(out.diagnostics, *goal_node, industry.child("goals"),
                        fmt::format("industries.{}.goals.{}", industry_key->text, goal_key->text));
            if (!goal.ok())
                continue;
            model::AnswerScope& goal_scope =
                answers.goals[std::string(industry_key->text)][std::string(goal_key->text)];
            goal_scope = read_scope(goal);
            goal_scope.where = goal_key->where;
        }
    }
    out.answers = std::move(answers);
    out.diagnostics.sort();
    return out;
}

LoadedAnswers read_answers_file(const std::string& path) {
    FileBytes bytes = read_file_bytes(path, FileKind::answers);
    if (bytes.failure)
        return unreadable<LoadedAnswers>(path, *bytes.failure);
    return parse_answers_text(path, std::move(bytes.text));
}

} // namespace strat::load
