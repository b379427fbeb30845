#pragma once
/// JSON Schema (draft 2020-12) of strat's input formats, generated from the same tables
/// the loader checks files against (load/schema.cpp), so the two cannot drift apart.

#include "load/schema.hpp"

#include <ostream>

namespace strat::output {

/// The schema whose top level is `top` (the roadmap or the answers file).
void print_json_schema(std::ostream& out, const load::schema::Object& top, std::string_view title,
                       std::string_view id);

} // namespace strat::output
