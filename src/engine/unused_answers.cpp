#include "engine/walk.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

namespace strat::engine {

using namespace model;

namespace {

/// `english` in the run's language, its placeholders filled in.
template <typename... Args> std::string say(std::string_view english, const Args&... args) {
    return fmt::format(fmt::runtime(util::tr(english)), args...);
}

/// Questions reachable from `from` (itself included), each once; safe on cycles.
std::unordered_set<const Question*> reachable(const Index& index, const Question* from) {
    std::unordered_set<const Question*> seen;
    std::vector<const Question*> todo{from};
    while (!todo.empty()) {
        const Question* q = todo.back();
        todo.pop_back();
        if (q == nullptr || !seen.insert(q).second)
            continue;
        for (const Option& o : q->options)
            if (o.next)
                todo.push_back(index.question(o.next->id));
    }
    return seen;
}

std::string answer_text(const Answer& a) {
    std::string from = a.source == AnswerSource::fallback_default
                           ? std::string(util::tr("the default"))
                       : a.origin.empty() ? std::string(util::tr("your answer"))
                                          : a.origin;
    return fmt::format("`{}={}` ({})", a.question->id, a.option->id, from);
}

/// Why the walk did not reach `q`, which is in the goal's tree: the first answer on the
/// path after which `q` could no longer be reached.
std::string why_not_reached(const Index& index, const Walk& walk, const Question* q) {
    for (const Answer& a : walk.answers) {
        const Question* next = a.option->next ? index.question(a.option->next->id) : nullptr;
        if (next == nullptr || !reachable(index, next).count(q))
            return say("question `{}` is not asked after {}", q->id, answer_text(a));
    }
    return say("question `{}` is not on the path taken", q->id);
}

} // namespace

std::vector<UnusedAnswer> unused_answers(const Index& index, const Goal& goal, const Walk& walk,
                                         const std::vector<GivenAnswer>& given) {
    std::vector<UnusedAnswer> out;
    auto tree = index.tree(goal);
    for (const GivenAnswer& g : given) {
        const Question* q = index.question(g.question.id);
        if (q == nullptr)
            continue; // reported by check_answers
        auto used = std::find_if(walk.answers.begin(), walk.answers.end(),
                                 [&](const Answer& a) { return a.question == q; });
        if (used != walk.answers.end()) {
            bool this_one = used->origin == origin_of(g) && used->option->id == g.option.id;
            if (!this_one && used->source != AnswerSource::prompt &&
                used->option->id != g.option.id)
                out.push_back({g, say("{} takes precedence", answer_text(*used))});
            continue;
        }
        if (std::find(tree.begin(), tree.end(), q) != tree.end())
            out.push_back({g, why_not_reached(index, walk, q)});
        else if (!g.for_any_goal)
            out.push_back(
                {g, say("question `{}` is not one of goal `{}`'s questions", q->id, goal.id)});
    }
    return out;
}

} // namespace strat::engine
