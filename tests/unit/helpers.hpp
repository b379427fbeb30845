#pragma once
// Shared helpers for unit tests: load inline YAML and render diagnostics as the text
// format prints them (without source lines), so tests compare exact strings.

#include "load/catalog.hpp"
#include "load/roadmap_file.hpp"
#include "model/diagnostic.hpp"

#include <fmt/format.h>

#include <string>

namespace strat::test {

/// "line:col: [CODE rule] message" per diagnostic, one per line.
inline std::string brief(const model::Diagnostics& diagnostics) {
    std::string out;
    for (const model::Diagnostic& d : diagnostics.items())
        out += fmt::format("{}:{}: [{} {}] {}\n", d.where.line, d.where.column, d.rule->code,
                           d.rule->name, d.message);
    return out;
}

inline load::RoadmapFile parse(std::string text) {
    return load::parse_roadmap_text("test.yaml", std::move(text));
}

/// A minimal valid roadmap; tests append or replace parts of it.
inline const char* minimal_header = "strat: 1\nid: demo\nname: Demo\ndescription: A demo.\n";

} // namespace strat::test
