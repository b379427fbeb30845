#include "model/answers.hpp"

namespace strat::model {

void overlay(Facts& base, const Facts& over) {
    for (const auto& [k, v] : over.consent)
        base.consent[k] = v;
    for (const auto& [k, v] : over.channels)
        base.channels[k] = v;
    for (const auto& [k, v] : over.data)
        base.data[k] = v;
    for (const auto& [k, v] : over.tooling)
        base.tooling[k] = v;
    if (over.budget)
        base.budget = over.budget;
    if (over.maturity)
        base.maturity = over.maturity;
    if (over.audience)
        base.audience = over.audience;
}

} // namespace strat::model
