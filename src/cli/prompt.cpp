#include "cli/prompt.hpp"

#include "output/campaign.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <istream>
#include <ostream>

namespace strat::cli {

using util::tr;

namespace {

std::string trim(const std::string& s) {
    auto begin = s.find_first_not_of(" \t\r");
    if (begin == std::string::npos)
        return {};
    auto end = s.find_last_not_of(" \t\r");
    return s.substr(begin, end - begin + 1);
}

/// "3" → 2 when 1 <= 3 <= count; an id of `ids` → its index; else nullopt.
std::optional<std::size_t> choice_of(const std::string& word, std::size_t count,
                                     const std::vector<std::string>& ids) {
    if (!word.empty() && word.size() < 6 &&
        word.find_first_not_of("0123456789") == std::string::npos) {
        std::size_t n = std::stoul(word);
        if (n >= 1 && n <= count)
            return n - 1;
        return std::nullopt;
    }
    auto it = std::find(ids.begin(), ids.end(), word);
    return it == ids.end() ? std::nullopt
                           : std::optional<std::size_t>(static_cast<std::size_t>(it - ids.begin()));
}

} // namespace

engine::Reply TerminalAsker::ask(const model::Question& q, const engine::AskContext& context) {
    std::ostream& err = io_.err;
    err << fmt::format(fmt::runtime(tr("\nQuestion {} of {}: {}\n")), context.number, context.total,
                       q.text);
    std::size_t fallback = 0;
    std::vector<std::string> ids;
    auto ruled_out = [&](const model::Option& o) -> const engine::RuledOut* {
        for (const engine::RuledOut& r : context.ruled_out)
            if (r.option == &o)
                return &r;
        return nullptr;
    };
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        const model::Option& o = q.options[i];
        ids.push_back(o.id);
        bool is_default = o.id == q.default_option.id && !ruled_out(o);
        if (is_default)
            fallback = i;
        if (const engine::RuledOut* r = ruled_out(o))
            err << fmt::format(fmt::runtime(tr("  {}) {}  [ruled out: {}]\n")), i + 1, o.label,
                               r->why);
        else
            err << fmt::format("  {}) {}{}\n", i + 1, o.label, is_default ? tr("  [default]") : "");
    }
    if (ruled_out(q.options[fallback]))
        for (std::size_t i = 0; i < q.options.size(); ++i)
            if (!ruled_out(q.options[i])) {
                fallback = i;
                break;
            }
    std::vector<std::string> others;
    if (!q.help.empty())
        others.emplace_back(tr("? for help"));
    if (context.can_go_back)
        others.emplace_back(tr("back for the previous question"));
    std::string hints;
    for (std::size_t i = 0; i < others.size(); ++i)
        hints += std::string(i + 1 == others.size() ? tr(", or ") : ", ") + others[i];
    for (;;) {
        err << fmt::format(fmt::runtime(tr("Answer [{}]: ")), fallback + 1) << std::flush;
        std::string line;
        if (!std::getline(io_.in, line)) {
            err << '\n';
            return {engine::Reply::Kind::aborted, nullptr};
        }
        line = trim(line);
        if (line.empty())
            return {engine::Reply::Kind::chosen, &q.options[fallback]};
        if (line == "?") {
            err << (q.help.empty() ? tr("No help for this question.") : q.help) << '\n';
            continue;
        }
        if (line == "back") {
            if (context.can_go_back)
                return {engine::Reply::Kind::back, nullptr};
            err << tr("This is the first question you answered here.\n");
            continue;
        }
        if (auto index = choice_of(line, q.options.size(), ids)) {
            if (const engine::RuledOut* r = ruled_out(q.options[*index])) {
                err << fmt::format(fmt::runtime(tr("That answer is ruled out: {}.\n")), r->why);
                continue;
            }
            return {engine::Reply::Kind::chosen, &q.options[*index]};
        }
        err << fmt::format(fmt::runtime(tr("Please answer with a number from 1 to {}{}.\n")),
                           q.options.size(), hints);
    }
}

std::optional<std::vector<std::size_t>> TerminalAsker::pick_strategies(const engine::Plan& plan) {
    io_.err << tr("\nStrategies for your answers, best first:\n");
    std::vector<std::string> ids;
    std::optional<std::size_t> fallback;
    for (std::size_t i = 0; i < plan.ranked.size(); ++i) {
        const engine::RankedStrategy& r = plan.ranked[i];
        ids.push_back(r.strategy->id);
        if (!fallback && r.feasible() && r.score >= 0)
            fallback = i;
        io_.err << fmt::format(fmt::runtime(tr("  {}) {} (score {}{})\n")), i + 1, r.strategy->name,
                               output::signed_points(r.score),
                               r.feasible() ? "" : tr(", cannot be planned: no tactic fits"));
        for (const engine::Reason& reason : r.reasons)
            io_.err << fmt::format("       {} {}\n", output::signed_points(reason.points),
                                   reason.text);
    }
    io_.err << tr("Which strategies do you want to plan? (one number, or several as 1,3)\n");
    for (;;) {
        io_.err << (fallback ? fmt::format(fmt::runtime(tr("Answer [{}]: ")), *fallback + 1)
                             : std::string(tr("Answer: ")))
                << std::flush;
        std::string line;
        if (!std::getline(io_.in, line)) {
            io_.err << '\n';
            return std::nullopt;
        }
        line = trim(line);
        if (line.empty() && fallback)
            return std::vector<std::size_t>{*fallback};
        std::vector<std::size_t> picked;
        std::string problem =
            line.empty() ? std::string(tr("no strategy can be planned by default")) : "";
        for (std::size_t start = 0; problem.empty() && start <= line.size();) {
            std::size_t comma = std::min(line.find(',', start), line.size());
            std::string word = trim(line.substr(start, comma - start));
            auto index = choice_of(word, plan.ranked.size(), ids);
            if (!index)
                problem = fmt::format(fmt::runtime(tr("`{}` is not a number from 1 to {}")), word,
                                      ids.size());
            else if (!plan.ranked[*index].feasible())
                problem = fmt::format(
                    fmt::runtime(tr("{} cannot be planned: no tactic fits what you said")),
                    plan.ranked[*index].strategy->name);
            else if (std::find(picked.begin(), picked.end(), *index) == picked.end())
                picked.push_back(*index);
            start = comma + 1;
        }
        if (problem.empty())
            return picked;
        io_.err << fmt::format(fmt::runtime(tr("{}. Please answer again.\n")), problem);
    }
}

} // namespace strat::cli
