#include "output/graphviz.hpp"

#include "util/terminal_text.hpp"

#include <fmt/format.h>

#include <gvc.h>
#include <gvplugin.h>
#include <memory>
#include <mutex>

// Graphviz's SVG renderer and dot layout, linked in and registered as built-ins: Graphviz
// then reads no plugin configuration and loads no text-layout plugin (pango), whose font
// measurements would make the drawing depend on the fonts installed.
extern "C" {
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}

namespace strat::output {
namespace {

lt_symlist_t builtin_plugins[] = {
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {nullptr, nullptr},
};

/// Graphviz's error text, collected instead of printed (its default is stderr).
std::string graphviz_errors;

int collect_error(char* message) {
    graphviz_errors += message;
    return 0;
}

/// A label as Graphviz reads it: a backslash starts an escape (\n, \N, \G), so one from
/// the text is doubled; a line break becomes Graphviz's centred line break.
std::string label_text(std::string_view text) {
    std::string out;
    // push_back, not += "..": GCC 12 at -O3 warns falsely (-Wrestrict) on the latter.
    for (char c : util::terminal_safe(text)) {
        if (c == '\\' || c == '\n')
            out.push_back('\\');
        out.push_back(c == '\n' ? 'n' : c);
    }
    return out;
}

void set(void* object, const std::string& name, const std::string& value) {
    std::string n = name, v = value, empty;
    agsafeset(object, n.data(), v.data(), empty.data());
}

/// `tag` without its attribute `name` (` name="..."`).
std::string without_attribute(std::string tag, std::string_view name) {
    std::string key = fmt::format(" {}=\"", name);
    std::size_t at = tag.find(key);
    if (at == std::string::npos)
        return tag;
    std::size_t end = tag.find('"', at + key.size());
    if (end != std::string::npos)
        tag.erase(at, end + 1 - at);
    return tag;
}

/// Keeps `svg` from its `<svg` on, without comments and `<title>` elements (Graphviz titles
/// every node and edge with its internal name, which browsers would show as a tooltip), and
/// without the fixed width and height in points, so CSS can size it by its viewBox.
std::string inline_svg(std::string_view svg) {
    std::size_t start = svg.find("<svg");
    std::size_t tag_end = svg.find('>', start);
    if (start == std::string_view::npos || tag_end == std::string_view::npos)
        return {};
    std::string tag(svg.substr(start, tag_end + 1 - start));
    std::string out = without_attribute(without_attribute(tag, "width"), "height");
    std::erase(out, '\n');
    out += '\n';
    svg.remove_prefix(tag_end + 1);
    while (!svg.empty()) {
        std::size_t line_end = svg.find('\n');
        std::string_view line = svg.substr(0, line_end);
        svg.remove_prefix(line_end == std::string_view::npos ? svg.size() : line_end + 1);
        std::string_view trimmed = line.substr(std::min(line.find_first_not_of(' '), line.size()));
        if (trimmed.empty() || trimmed.starts_with("<!--") || trimmed.starts_with("<title>"))
            continue;
        out.append(line);
        out += '\n';
    }
    return out;
}

struct ContextDeleter {
    void operator()(GVC_t* gvc) const { gvFreeContext(gvc); }
};

} // namespace

std::optional<std::string> draw_svg(const Drawing& drawing) {
    // Graphviz keeps global state (its error handler, the string dictionary): one drawing
    // at a time.
    static std::mutex one_at_a_time;
    std::lock_guard lock(one_at_a_time);
    graphviz_errors.clear();
    agusererrf previous = agseterrf(collect_error);
    std::unique_ptr<GVC_t, ContextDeleter> gvc(gvContextPlugins(builtin_plugins, 0));

    std::string graph_name = "drawing";
    Agraph_t* g = agopen(graph_name.data(), Agdirected, nullptr);
    for (const GraphAttribute& a : drawing.graph)
        set(g, a.first, a.second);
    for (const GraphAttribute& a : drawing.node) {
        std::string n = a.first, v = a.second;
        agattr(g, AGNODE, n.data(), v.data());
    }
    for (const GraphAttribute& a : drawing.edge) {
        std::string n = a.first, v = a.second;
        agattr(g, AGEDGE, n.data(), v.data());
    }
    std::vector<Agnode_t*> nodes;
    for (std::size_t i = 0; i < drawing.nodes.size(); ++i) {
        std::string id = fmt::format("n{}", i);
        Agnode_t* n = agnode(g, id.data(), 1);
        set(n, "label", label_text(drawing.nodes[i].label));
        for (const GraphAttribute& a : drawing.nodes[i].attributes)
            set(n, a.first, a.second);
        nodes.push_back(n);
    }
    for (std::size_t i = 0; i < drawing.edges.size(); ++i) {
        const GraphEdge& edge = drawing.edges[i];
        std::string id = fmt::format("e{}", i);
        Agedge_t* e = agedge(g, nodes.at(edge.from), nodes.at(edge.to), id.data(), 1);
        if (!edge.label.empty())
            set(e, "label", label_text(edge.label));
        for (const GraphAttribute& a : edge.attributes)
            set(e, a.first, a.second);
    }

    std::optional<std::string> svg;
    std::string engine = "dot", format = "svg";
    if (gvLayout(gvc.get(), g, engine.data()) == 0) {
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc.get(), g, format.data(), &data, &length) == 0 && data) {
            std::string drawn = inline_svg(std::string_view(data, length));
            if (!drawn.empty())
                svg = std::move(drawn);
        }
        gvFreeRenderData(data);
        gvFreeLayout(gvc.get(), g);
    }
    agclose(g);
    agseterrf(previous);
    return svg;
}

} // namespace strat::output
