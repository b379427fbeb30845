#include "output/graph.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace strat::output {
namespace {

using engine::GraphEdge;
using engine::GraphNode;

/// Mermaid ids allow letters, digits and `_`. Graph node ids are a kind, `:` and a slug
/// (lower-case letters, digits, `_`, `-`), or a plain word such as "ranked": the kind's `:`
/// becomes `_`, `-` becomes `H` and any other byte `X` and two letters A-P (its hex
/// digits), so the mapping is one-to-one (`s-one` and `s_one` stay two nodes) and common
/// ids read as they are.
std::string mermaid_id(std::string_view id) {
    std::string out;
    bool kind_seen = false;
    for (char ch : id) {
        auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
            out += ch;
        } else if (c == ':' && !kind_seen) {
            out += '_';
            kind_seen = true;
        } else if (c == '-') {
            out += 'H';
        } else {
            out += 'X';
            out += static_cast<char>('A' + (c >> 4));
            out += static_cast<char>('A' + (c & 0xF));
        }
    }
    return out;
}

/// Mermaid labels in double quotes: quotes and pipes become entity codes.
std::string mermaid_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '"')
            out += "#quot;";
        else if (c == '|')
            out += "#124;";
        else if (c == '\n')
            out += ' ';
        else
            out += c;
    }
    return out;
}

std::string dot_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

} // namespace

void print_mermaid(std::ostream& out, const engine::Graph& g) {
    out << "---\n" << fmt::format("title: \"{}\"\n", mermaid_text(g.title)) << "---\n";
    out << "flowchart TD\n";
    for (const GraphNode& n : g.nodes) {
        std::string id = mermaid_id(n.id), label = mermaid_text(n.label);
        switch (n.kind) {
        case GraphNode::Kind::question:
            out << fmt::format("  {}{{\"{}\"}}\n", id, label);
            break;
        case GraphNode::Kind::strategy:
            out << fmt::format("  {}[\"{}\"]\n", id, label);
            break;
        case GraphNode::Kind::tactic:
            out << fmt::format("  {}([\"{}\"])\n", id, label);
            break;
        case GraphNode::Kind::end:
            out << fmt::format("  {}((\"{}\"))\n", id, label);
            break;
        }
    }
    std::vector<std::size_t> taken_edges;
    for (std::size_t i = 0; i < g.edges.size(); ++i) {
        const GraphEdge& e = g.edges[i];
        std::string arrow = e.kind == GraphEdge::Kind::weight ? "-.->" : "-->";
        out << fmt::format("  {} {}|\"{}\"| {}\n", mermaid_id(g.nodes[e.from].id), arrow,
                           mermaid_text(e.label), mermaid_id(g.nodes[e.to].id));
        if (e.taken)
            taken_edges.push_back(i);
    }
    out << "  classDef question fill:#eef3fb,stroke:#4a6fa5\n"
           "  classDef strategy fill:#fdf6e3,stroke:#b58900\n"
           "  classDef tactic fill:#ffffff,stroke:#999999\n"
           "  classDef taken stroke:#2e7d32,stroke-width:3px\n";
    for (std::string_view kind : {"question", "strategy", "tactic"}) {
        std::vector<std::string> ids;
        for (const GraphNode& n : g.nodes)
            if ((kind == "question" && n.kind == GraphNode::Kind::question) ||
                (kind == "strategy" && n.kind == GraphNode::Kind::strategy) ||
                (kind == "tactic" && n.kind == GraphNode::Kind::tactic))
                ids.push_back(mermaid_id(n.id));
        if (!ids.empty())
            out << fmt::format("  class {} {}\n", fmt::join(ids, ","), kind);
    }
    std::vector<std::string> taken;
    for (const GraphNode& n : g.nodes)
        if (n.taken)
            taken.push_back(mermaid_id(n.id));
    if (!taken.empty())
        out << fmt::format("  class {} taken\n", fmt::join(taken, ","));
    if (!taken_edges.empty())
        out << fmt::format("  linkStyle {} stroke:#2e7d32,stroke-width:3px\n",
                           fmt::join(taken_edges, ","));
}

void print_dot(std::ostream& out, const engine::Graph& g) {
    out << fmt::format("digraph \"{}\" {{\n", dot_text(g.title));
    out << "  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n"
           "  edge [fontname=\"Helvetica\", fontsize=9];\n";
    out << fmt::format("  label=\"{}\";\n  labelloc=t;\n", dot_text(g.title));
    for (const GraphNode& n : g.nodes) {
        std::string shape = n.kind == GraphNode::Kind::question   ? "diamond"
                            : n.kind == GraphNode::Kind::strategy ? "box"
                            : n.kind == GraphNode::Kind::tactic   ? "note"
                                                                  : "doublecircle";
        std::string style = n.taken ? ", color=\"#2e7d32\", penwidth=3" : "";
        out << fmt::format("  \"{}\" [shape={}, label=\"{}\"{}];\n", dot_text(n.id), shape,
                           dot_text(n.label), style);
    }
    for (const GraphEdge& e : g.edges) {
        std::string style = e.kind == GraphEdge::Kind::weight ? ", style=dashed" : "";
        if (e.taken)
            style += ", color=\"#2e7d32\", penwidth=3";
        out << fmt::format("  \"{}\" -> \"{}\" [label=\"{}\"{}];\n", dot_text(g.nodes[e.from].id),
                           dot_text(g.nodes[e.to].id), dot_text(e.label), style);
    }
    out << "}\n";
}

} // namespace strat::output
