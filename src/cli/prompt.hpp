#pragma once
/// Interactive questions on a terminal: numbered options, the default in brackets, Enter
/// takes it, `?` shows the help, bad input asks again, end of input aborts.

#include "cli/context.hpp"
#include "engine/plan.hpp"

namespace strat::cli {

class TerminalAsker final : public engine::Asker {
public:
    explicit TerminalAsker(Io& io) : io_(io) {}
    std::optional<const model::Option*> ask(const model::Question& question) override;

    /// Let the user pick among the ranked strategies; nullopt on end of input.
    std::optional<std::size_t> pick_strategy(const engine::Plan& plan);

private:
    /// One choice among `count`: index, or nullopt at end of input. `help` may be empty.
    std::optional<std::size_t> choose(std::size_t count, std::size_t fallback,
                                      const std::vector<std::string>& ids, const std::string& help);
    Io& io_;
};

} // namespace strat::cli
