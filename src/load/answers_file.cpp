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

/// `start`: a real date, checked here so its position is shown.
std::optional<model::Ref> read_start(Fields& f) {
    if (!f.get("start"))
        return std::nullopt;
    model::Ref start{f.text("start"), f.where("start")};
    auto date = util::parse_date(start.id);
    if (!date || !util::in_date_range(*date))
        f.diagnostics().add(
            "invalid-value", start.where,
            fmt::format("start `{}` is not a date from 1970-01-01 to 9999-12-31", start.id),
            "write the campaign's first day as YYYY-MM-DD");
    return start;
}

/// `currency`: one of the codes strat knows, written in capitals as ISO 4217 has them.
std::optional<std::string> read_currency(Fields& f) {
    const Node* node = f.get("currency");
    if (!node)
        return std::nullopt;
    if (!node->is_scalar()) {
        f.diagnostics()
            .add("wrong-type", node->where, "`currency` must be one code, such as EUR",
                 "write the ISO 4217 code of the amount: EUR, CHF, GBP or USD")
            .data_path = f.key_path("currency");
        return std::nullopt;
    }
    std::string code(node->text);
    if (model::known_currency(code))
        return code;
    std::string upper = code;
    for (char& c : upper)
        c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    f.diagnostics()
        .add("invalid-value", node->where,
             model::known_currency(upper)
                 ? fmt::format("currency `{}` is not written in capitals", code)
                 : fmt::format("currency `{}` is not one strat knows", code),
             model::known_currency(upper)
                 ? fmt::format("write `currency: {}`", upper)
                 : std::string("write the ISO 4217 code of the amount: EUR, CHF, GBP or USD"))
        .data_path = f.key_path("currency");
    return std::nullopt;
}

/// `budget_amount` and `currency`, as the flags: a positive whole amount (range checked
/// by the schema table), a known code, each only with the other.
std::optional<model::BudgetAmount> read_budget(Fields& f) {
    std::optional<long long> amount = f.integer("budget_amount");
    std::optional<std::string> currency = read_currency(f);
    bool has_amount = f.get("budget_amount") != nullptr;
    bool has_currency = f.get("currency") != nullptr;
    if (has_amount && !has_currency)
        f.diagnostics()
            .add("missing-field", f.key_where("budget_amount"),
                 "`budget_amount` is given without `currency`",
                 "add `currency:` beside it, the amount's ISO 4217 code: EUR, CHF, GBP or USD")
            .data_path = f.key_path("budget_amount");
    if (has_currency && !has_amount)
        f.diagnostics()
            .add("missing-field", f.key_where("currency"),
                 "`currency` is given without `budget_amount`",
                 "add `budget_amount:` beside it, the budget in whole units, or drop `currency`")
            .data_path = f.key_path("currency");
    if (!amount || !currency)
        return std::nullopt;
    return model::BudgetAmount{*amount, *currency, f.where("budget_amount")};
}

/// A workshop's clients; a name names files, so it is given once.
void read_clients(Fields& top, model::AnswersFile& answers) {
    auto items = top.list_items("clients");
    for (std::size_t i = 0; i < items.size(); ++i) {
        Fields f(top.diagnostics(), *items[i], top.child("clients"), top.item_path("clients", i));
        if (!f.ok())
            continue;
        model::Client client;
        client.where = f.where();
        client.name = f.slug("name");
        client.industry = f.slug("industry");
        client.goal = f.slug("goal");
        client.scope = read_scope(f);
        client.scope.where = client.where;
        client.market = f.optional_slug("market");
        client.start = read_start(f);
        client.budget = read_budget(f);
        for (const model::Client& before : answers.clients)
            if (!client.name.id.empty() && before.name.id == client.name.id)
                top.diagnostics().add(
                    "duplicate-id", client.name.where,
                    fmt::format("client `{}` is named twice (first at line {})", client.name.id,
                                before.name.where.line),
                    "give every client its own name: it names the client's files");
        answers.clients.push_back(std::move(client));
    }
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
    answers.start = read_start(top);
    answers.budget = read_budget(top);
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
    read_clients(top, answers);
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
