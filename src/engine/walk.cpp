#include "engine/walk.hpp"

#include "model/suggest.hpp"

#include <fmt/format.h>

#include <unordered_set>

namespace strat::engine {

using namespace model;

std::vector<AnswerProblem> check_answers(const Index& index,
                                         const std::vector<GivenAnswer>& given) {
    std::vector<AnswerProblem> problems;
    for (const GivenAnswer& g : given) {
        const Question* q = index.question(g.question.id);
        if (q == nullptr) {
            std::vector<std::string> ids = ids_of(index.roadmap().questions);
            problems.push_back({g, fmt::format("there is no question `{}`{}", g.question.id,
                                               did_you_mean(g.question.id, ids))});
            continue;
        }
        if (q->option(g.option.id) == nullptr) {
            std::vector<std::string> ids = ids_of(q->options);
            problems.push_back(
                {g, fmt::format("question `{}` has no option `{}`{}; its options "
                                "are: {}",
                                q->id, g.option.id, did_you_mean(g.option.id, ids), join(ids))});
        }
    }
    return problems;
}

Walk walk_tree(const Index& index, const Goal& goal, const std::vector<GivenAnswer>& given,
               Asker* asker) {
    Walk walk;
    std::unordered_set<const Question*> asked;
    const Question* q = index.question(goal.start.id);
    while (q != nullptr && asked.insert(q).second) {
        Answer answer{q, nullptr, AnswerSource::fallback_default};
        for (const GivenAnswer& g : given)
            if (g.question.id == q->id) {
                answer.option = q->option(g.option.id);
                answer.source = g.source;
                break;
            }
        if (answer.option == nullptr && asker != nullptr) {
            std::optional<const Option*> chosen = asker->ask(*q);
            if (!chosen) {
                walk.aborted = true;
                return walk;
            }
            answer.option = *chosen;
            answer.source = AnswerSource::prompt;
        }
        if (answer.option == nullptr)
            answer.option = q->option(q->default_option.id);
        if (answer.option == nullptr)
            break; // validated roadmaps always have their default; stay safe regardless
        walk.answers.push_back(answer);
        q = answer.option->next ? index.question(answer.option->next->id) : nullptr;
    }
    return walk;
}

} // namespace strat::engine
