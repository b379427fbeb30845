#pragma once
/// A small directed graph laid out by Graphviz's dot (libgvc) and drawn as SVG to inline in
/// an HTML page. strat describes what to draw; Graphviz decides where.

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace strat::output {

/// A Graphviz attribute: name and value, e.g. {"shape", "box"}. Values are strat's own; text
/// from files goes only into labels.
using GraphAttribute = std::pair<std::string, std::string>;

struct GraphNode {
    std::string label; ///< any text; drawn as given (after escaping), one line per '\n'
    std::vector<GraphAttribute> attributes;
};

struct GraphEdge {
    std::size_t from = 0; ///< into Drawing::nodes
    std::size_t to = 0;
    std::string label;
    std::vector<GraphAttribute> attributes;
};

struct Drawing {
    std::vector<GraphAttribute> graph; ///< e.g. {"rankdir", "TB"}
    std::vector<GraphAttribute> node;  ///< defaults for every node
    std::vector<GraphAttribute> edge;  ///< defaults for every edge
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;
};

/// The drawing as one `<svg>` element (no XML prolog, comments or titles; sized by its
/// viewBox), or nothing when Graphviz cannot lay it out. Labels are measured with Graphviz's
/// own font metrics (no fonts of the machine are read), so the same Graphviz draws the same
/// SVG everywhere. Text in labels is escaped for SVG by Graphviz; control and bidi
/// characters are shown visibly first (util/terminal_text.hpp).
std::optional<std::string> draw_svg(const Drawing& drawing);

} // namespace strat::output
