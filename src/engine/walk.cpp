#include "engine/walk.hpp"

#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

namespace strat::engine {
using util::closest;
using util::did_you_mean;
using util::join;

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

std::string origin_of(const GivenAnswer& given) {
    if (given.source == AnswerSource::flag)
        return fmt::format("--answer {}={}", given.question.id, given.option.id);
    const Origin& at = given.question.where;
    return at.file ? fmt::format("{}:{}:{}", at.file->path(), at.line, at.column) : "";
}

namespace {

/// Why the stated facts rule `option` out, or an empty string when they do not.
std::string ruled_out_by(const Option& option, const StatedFacts& stated) {
    std::vector<std::string> why;
    for (const Conflict& c : conflicts(option.facts, stated.facts)) {
        auto origin = stated.origins.find(c.key);
        std::string from =
            origin == stated.origins.end() ? as_flag({c.key, c.theirs}) : describe(origin->second);
        why.push_back(
            fmt::format("it states {} {}, but {} says {}", c.key, c.ours, from, c.theirs));
    }
    return join(why, "; ");
}

/// The stated facts `option` agrees with, as their origins ("--budget low").
std::string decided_by(const Option& option, const StatedFacts& stated) {
    std::vector<std::string> from;
    for (const Fact& f : entries(option.facts)) {
        if (value_of(stated.facts, f.key) != f.value)
            continue;
        auto origin = stated.origins.find(f.key);
        std::string text = origin == stated.origins.end() ? as_flag(f) : describe(origin->second);
        if (std::find(from.begin(), from.end(), text) == from.end())
            from.push_back(text);
    }
    return join(from, ", ");
}

/// The option the stated facts point to: of those they allow, the one stating most of them
/// (the default, then roadmap order, among equals); `tie` when another states as many.
struct Decision {
    const Option* option = nullptr;
    bool tie = false;
};
Decision decided_option(const Question& q, const StatedFacts& stated) {
    Decision best;
    std::size_t most = 0;
    for (const Option& o : q.options) {
        if (!ruled_out_by(o, stated).empty())
            continue;
        std::size_t n = agreements(o.facts, stated.facts);
        if (n == 0 || n < most)
            continue;
        if (n == most) {
            best.tie = true;
            if (o.id == q.default_option.id)
                best.option = &o;
            continue;
        }
        best = {&o, false};
        most = n;
    }
    return best;
}

/// How many questions the path holds if, from `q`, given answers or defaults are taken.
std::size_t path_length(const Index& index, const Question* q,
                        const std::vector<GivenAnswer>& given) {
    std::unordered_set<const Question*> seen;
    while (q != nullptr && seen.insert(q).second) {
        const Option* o = q->option(q->default_option.id);
        for (const GivenAnswer& g : given)
            if (g.question.id == q->id) {
                o = q->option(g.option.id);
                break;
            }
        q = o && o->next ? index.question(o->next->id) : nullptr;
    }
    return seen.size();
}

class Walker {
public:
    Walker(const Index& index, const std::vector<GivenAnswer>& given, const StatedFacts& stated,
           Asker* asker)
        : index_(index), given_(given), stated_(stated), asker_(asker) {}

    Walk run(const Goal& goal);

private:
    enum class Step { next, back, stop };
    Step answer(const Question& q, Walk& walk);
    const GivenAnswer* given_for(const Question& q) const {
        for (const GivenAnswer& g : given_)
            if (g.question.id == q.id)
                return &g;
        return nullptr;
    }

    const Index& index_;
    const std::vector<GivenAnswer>& given_;
    const StatedFacts& stated_;
    Asker* asker_;
};

Walk Walker::run(const Goal& goal) {
    Walk walk;
    const Question* q = index_.question(goal.start.id);
    std::unordered_set<const Question*> asked;
    while (q != nullptr && !asked.count(q)) {
        Step step = answer(*q, walk);
        if (step == Step::stop)
            return walk;
        if (step == Step::back) {
            // Back to the last question the person answered; what followed is undone.
            while (!walk.answers.empty()) {
                Answer last = walk.answers.back();
                walk.answers.pop_back();
                asked.erase(last.question);
                if (last.source == AnswerSource::prompt) {
                    q = last.question;
                    break;
                }
            }
            continue;
        }
        asked.insert(q);
        const Option* chosen = walk.answers.back().option;
        q = chosen->next ? index_.question(chosen->next->id) : nullptr;
    }
    return walk;
}

Walker::Step Walker::answer(const Question& q, Walk& walk) {
    Answer a{&q, nullptr, AnswerSource::fallback_default, {}};
    if (const GivenAnswer* g = given_for(q)) {
        a.option = q.option(g->option.id);
        a.source = g->source;
        a.origin = origin_of(*g);
        if (a.option)
            if (std::string why = ruled_out_by(*a.option, stated_); !why.empty()) {
                walk.conflict =
                    fmt::format("{} answers `{}={}`, which contradicts what you stated: {}",
                                a.origin.empty() ? "an answer" : a.origin, q.id, a.option->id, why);
                return Step::stop;
            }
    }
    if (!a.option) {
        // What was stated answers the question, unless it leaves a choice a person can make.
        Decision decision = decided_option(q, stated_);
        if (decision.option && (!decision.tie || asker_ == nullptr)) {
            a.option = decision.option;
            a.source = AnswerSource::constraint;
            a.origin = decided_by(*a.option, stated_);
        }
    }
    std::vector<RuledOut> ruled_out;
    for (const Option& o : q.options)
        if (std::string why = ruled_out_by(o, stated_); !why.empty())
            ruled_out.push_back({&o, why});
    if (ruled_out.size() == q.options.size()) {
        std::vector<std::string> lines;
        for (const RuledOut& r : ruled_out)
            lines.push_back(fmt::format("`{}`: {}", r.option->id, r.why));
        walk.conflict = fmt::format("what you stated rules out every answer to question `{}` ({})",
                                    q.id, join(lines, "; "));
        return Step::stop;
    }
    if (!a.option && asker_ != nullptr) {
        bool can_go_back =
            std::any_of(walk.answers.begin(), walk.answers.end(),
                        [](const Answer& x) { return x.source == AnswerSource::prompt; });
        std::size_t number = walk.answers.size() + 1;
        AskContext context{number, number - 1 + path_length(index_, &q, given_), can_go_back,
                           ruled_out};
        Reply reply = asker_->ask(q, context);
        if (reply.kind == Reply::Kind::aborted) {
            walk.aborted = true;
            return Step::stop;
        }
        if (reply.kind == Reply::Kind::back)
            return can_go_back ? Step::back : answer(q, walk);
        a.option = reply.option;
        a.source = AnswerSource::prompt;
    }
    if (!a.option) {
        a.option = q.option(q.default_option.id);
        // A default the stated facts rule out gives way to the first option they allow.
        for (const RuledOut& r : ruled_out)
            if (r.option == a.option)
                for (const Option& o : q.options)
                    if (ruled_out_by(o, stated_).empty()) {
                        a.option = &o;
                        a.source = AnswerSource::constraint;
                        a.origin = fmt::format("the default `{}` is ruled out: {}",
                                               q.default_option.id, r.why);
                        break;
                    }
    }
    if (!a.option) {
        walk.conflict = fmt::format("question `{}` has no usable default", q.id);
        return Step::stop; // validated roadmaps always have their default
    }
    walk.answers.push_back(std::move(a));
    return Step::next;
}

} // namespace

Walk walk_tree(const Index& index, const Goal& goal, const std::vector<GivenAnswer>& given,
               const StatedFacts& stated, Asker* asker) {
    return Walker(index, given, stated, asker).run(goal);
}

Walk walk_tree(const Index& index, const Goal& goal, const std::vector<GivenAnswer>& given,
               Asker* asker) {
    return walk_tree(index, goal, given, StatedFacts{}, asker);
}

} // namespace strat::engine
