#pragma once
/// The `markets` section of the roadmap format: its schema objects and its reader.
/// Internal to the load layer (reader.cpp, schema.cpp, roadmap_file.cpp call in here).

#include "load/fields.hpp"
#include "model/market.hpp"

#include <vector>

namespace strat::load {

namespace schema {
extern const Object market;      ///< an item of `markets`
extern const Object market_rule; ///< an item of a market's `rules`
} // namespace schema

/// The markets under `markets` of a roadmap's top level, with every problem reported:
/// types and words by the schema, and what the schema cannot say (a consent rule's `needs`,
/// a required element's `element`, quiet hours written as HH:MM-HH:MM).
std::vector<model::Market> read_markets(Fields& roadmap);

/// Market ids are unique in a file, and rule ids within their market.
void check_market_ids(const std::vector<model::Market>& markets, model::Diagnostics& diagnostics);

} // namespace strat::load
