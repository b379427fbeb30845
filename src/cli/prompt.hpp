#pragma once
/// Interactive questions on a terminal: "Question 2 of 5", numbered options, the default in
/// brackets, Enter takes it, `?` shows the help, `back` returns to the previous question,
/// options ruled out by what was stated are shown with why and refused, bad input asks
/// again, end of input aborts.

#include "cli/context.hpp"
#include "engine/plan.hpp"

namespace strat::cli {

class TerminalAsker final : public engine::Asker {
public:
    explicit TerminalAsker(Io& io) : io_(io) {}
    engine::Reply ask(const model::Question& question, const engine::AskContext& context) override;

    /// Let the user pick one or more of the ranked strategies that can be planned ("1,3");
    /// nullopt on end of input.
    std::optional<std::vector<std::size_t>> pick_strategies(const engine::Plan& plan);

private:
    Io& io_;
};

} // namespace strat::cli
