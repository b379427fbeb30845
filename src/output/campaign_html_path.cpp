// The decision path of the HTML brief: what to draw, from the campaign document. Graphviz
// (output/graphviz.hpp) lays it out.

#include "output/campaign.hpp"
#include "output/campaign_html.hpp"
#include "output/graphviz.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

namespace strat::output::brief_html {
namespace {

/// Words on lines of at most `width` characters (a longer word keeps its own line), so
/// nodes stay narrow enough for a page.
std::string wrap(std::string_view text, std::size_t width) {
    std::string out;
    std::size_t line = 0;
    while (!text.empty()) {
        std::size_t space = text.find(' ');
        std::string_view word = text.substr(0, space);
        text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
        if (word.empty())
            continue;
        if (line > 0 && line + 1 + word.size() > width) {
            out += '\n';
            line = 0;
        } else if (line > 0) {
            out += ' ';
            ++line;
        }
        out += word;
        line += word.size();
    }
    return out;
}

const std::vector<GraphAttribute> chosen_style = {
    {"style", "filled,bold"}, {"fillcolor", "#dafbe1"}, {"color", "#1a7f37"}};
const std::vector<GraphAttribute> other_style = {
    {"style", "filled"}, {"fillcolor", "#f6f8fa"}, {"color", "#8c959f"}, {"fontcolor", "#57606a"}};
const std::vector<GraphAttribute> tactic_style = {
    {"shape", "box"}, {"style", "rounded"}, {"color", "#1a7f37"}};

} // namespace

std::optional<std::string> decision_path_svg(const engine::CampaignDocument& d) {
    Drawing drawing;
    // Graphviz sizes nodes by its own estimate of the font (it reads no fonts here), and
    // the page draws the labels in its sans-serif font (CSS): Courier's estimate, 0.6 em a
    // character, is wider than that font's text, so every label fits its node.
    drawing.graph = {{"rankdir", "TB"}, {"nodesep", "0.25"}, {"ranksep", "0.35"}};
    drawing.node = {
        {"fontname", "Courier"}, {"fontsize", "11"}, {"shape", "box"}, {"margin", "0.12,0.06"}};
    drawing.edge = {{"fontname", "Courier"}, {"fontsize", "10"}, {"color", "#57606a"}};

    drawing.nodes.push_back({wrap(fmt::format(fmt::runtime(util::tr("Goal: {}")), d.goal_name), 30),
                             {{"style", "filled,bold"}, {"fillcolor", "#ddf4ff"}}});
    std::size_t last = 0;
    // One node per question, its answer below the question, so the path stays short.
    for (const engine::AnsweredQuestion& a : d.answers) {
        drawing.nodes.push_back(
            {wrap(a.text, 36) + "\n\u2192 " + wrap(a.label, 34),
             {{"style", "rounded,filled"}, {"fillcolor", "#fff8c5"}, {"color", "#9a6700"}}});
        drawing.edges.push_back({last, drawing.nodes.size() - 1, {}, {}});
        last = drawing.nodes.size() - 1;
    }
    // The strategies side by side below the last answer, best first.
    std::vector<std::size_t> strategy_node;
    for (const engine::StrategyEntry& s : d.strategies) {
        std::string label = fmt::format(
            fmt::runtime(util::tr(s.chosen ? "{}. {}\nscore {}, chosen" : "{}. {}\nscore {}")),
            s.rank, s.name, signed_points(s.score));
        drawing.nodes.push_back({wrap(label, 30), s.chosen ? chosen_style : other_style});
        strategy_node.push_back(drawing.nodes.size() - 1);
        drawing.edges.push_back(
            {last,
             drawing.nodes.size() - 1,
             {},
             s.chosen ? std::vector<GraphAttribute>{{"penwidth", "2"}, {"color", "#1a7f37"}}
                      : std::vector<GraphAttribute>{{"style", "dashed"}, {"color", "#8c959f"}}});
    }
    for (const engine::TacticEntry& t : d.tactics) {
        drawing.nodes.push_back({wrap(t.name, 26), tactic_style});
        std::size_t tactic = drawing.nodes.size() - 1;
        if (t.builds_consent()) {
            drawing.edges.push_back(
                {last, tactic, std::string(util::tr("first")), {{"color", "#1a7f37"}}});
            continue;
        }
        for (std::size_t i = 0; i < d.strategies.size(); ++i)
            if (d.strategies[i].id == t.strategy)
                drawing.edges.push_back({strategy_node[i], tactic, {}, {{"color", "#1a7f37"}}});
    }
    return draw_svg(drawing);
}

} // namespace strat::output::brief_html
