#include "cli/prompt.hpp"

#include <fmt/format.h>

#include <istream>
#include <ostream>

namespace strat::cli {

namespace {

std::string trim(const std::string& s) {
    auto begin = s.find_first_not_of(" \t\r");
    if (begin == std::string::npos)
        return {};
    auto end = s.find_last_not_of(" \t\r");
    return s.substr(begin, end - begin + 1);
}

} // namespace

std::optional<std::size_t> TerminalAsker::choose(std::size_t count, std::size_t fallback,
                                                 const std::vector<std::string>& ids,
                                                 const std::string& help) {
    std::ostream& err = io_.err;
    for (;;) {
        err << fmt::format("Answer [{}]: ", fallback + 1) << std::flush;
        std::string line;
        if (!std::getline(io_.in, line)) {
            err << '\n';
            return std::nullopt;
        }
        line = trim(line);
        if (line.empty())
            return fallback;
        if (line == "?") {
            err << (help.empty() ? "No help for this question." : help) << '\n';
            continue;
        }
        if (line.find_first_not_of("0123456789") == std::string::npos && line.size() < 6) {
            std::size_t n = std::stoul(line);
            if (n >= 1 && n <= count)
                return n - 1;
        }
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (ids[i] == line)
                return i;
        err << fmt::format("Please answer with a number from 1 to {}{}.\n", count,
                           help.empty() ? "" : ", or ? for help");
    }
}

std::optional<const model::Option*> TerminalAsker::ask(const model::Question& q) {
    io_.err << '\n' << q.text << '\n';
    std::size_t fallback = 0;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        const model::Option& o = q.options[i];
        bool is_default = o.id == q.default_option.id;
        if (is_default)
            fallback = i;
        ids.push_back(o.id);
        io_.err << fmt::format("  {}) {}{}\n", i + 1, o.label, is_default ? "  [default]" : "");
    }
    auto index = choose(q.options.size(), fallback, ids, q.help);
    if (!index)
        return std::nullopt;
    return &q.options[*index];
}

std::optional<std::size_t> TerminalAsker::pick_strategy(const engine::Plan& plan) {
    io_.err << "\nStrategies for your answers, best first:\n";
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < plan.ranked.size(); ++i) {
        const engine::RankedStrategy& r = plan.ranked[i];
        ids.push_back(r.strategy->id);
        io_.err << fmt::format("  {}) {} (score {}{})\n", i + 1, r.strategy->name, r.score,
                               r.feasible() ? "" : ", no tactic fits your constraints");
        for (const engine::Reason& reason : r.reasons)
            io_.err << fmt::format("       {}{} {}\n", reason.points > 0 ? "+" : "", reason.points,
                                   reason.text);
    }
    io_.err << "Which strategy do you want to plan?\n";
    return choose(plan.ranked.size(), 0, ids, "");
}

} // namespace strat::cli
