#pragma once
/// A goal's decision tree and what it leads to, as a neutral graph: questions, the
/// strategies their answers weight, and the strategies' tactics. The path a walk took is
/// marked, so printers can highlight it. Printers (Mermaid, DOT) live in output/.

#include "engine/walk.hpp"

#include <string>
#include <vector>

namespace strat::engine {

struct GraphNode {
    enum class Kind { question, strategy, tactic, end };
    Kind kind;
    std::string id;    ///< unique within the graph, e.g. "q:guest_consent"
    std::string label; ///< the question text, strategy or tactic name
    bool taken = false;
};

struct GraphEdge {
    enum class Kind { answer, weight, tactic };
    Kind kind;
    std::size_t from, to; ///< node indices
    std::string label;    ///< option label, "+3", or the tactic's order
    bool taken = false;
};

struct Graph {
    std::string title;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
};

/// The graph of `goal`'s tree; `walk` (may be empty) marks the path taken and the
/// strategies its answers weighted.
Graph goal_graph(const model::Index& index, const model::Goal& goal, const Walk& walk);

} // namespace strat::engine
