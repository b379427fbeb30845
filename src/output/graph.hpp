#pragma once
/// A goal graph as Mermaid (renders in GitHub and GitLab Markdown) or Graphviz DOT.

#include "engine/graph.hpp"

#include <ostream>

namespace strat::output {

void print_mermaid(std::ostream& out, const engine::Graph& graph);
void print_dot(std::ostream& out, const engine::Graph& graph);

} // namespace strat::output
