#include "engine/graph.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

namespace strat::engine {

using namespace model;

namespace {

class Builder {
public:
    std::size_t node(GraphNode::Kind kind, const std::string& id, const std::string& label) {
        auto [it, fresh] = index_.emplace(id, graph.nodes.size());
        if (fresh)
            graph.nodes.push_back({kind, id, label, false});
        return it->second;
    }
    void edge(GraphEdge::Kind kind, std::size_t from, std::size_t to, std::string label,
              bool taken) {
        graph.edges.push_back({kind, from, to, std::move(label), taken});
    }
    Graph graph;

private:
    std::map<std::string, std::size_t> index_;
};

} // namespace

Graph goal_graph(const Index& index, const Goal& goal, const Walk& walk) {
    Builder b;
    b.graph.title = fmt::format("{}: {}", index.roadmap().name, goal.name);
    std::set<const Option*> chosen;
    for (const Answer& a : walk.answers)
        chosen.insert(a.option);

    std::vector<const Question*> tree = index.tree(goal);
    for (const Question* q : tree)
        b.node(GraphNode::Kind::question, "q:" + q->id, q->text);
    std::size_t end =
        b.node(GraphNode::Kind::end, "ranked", "strategies ranked"); // not "end": a Mermaid keyword
    std::set<const Strategy*> weighted;
    for (const Question* q : tree) {
        std::size_t from = b.node(GraphNode::Kind::question, "q:" + q->id, q->text);
        for (const Option& o : q->options) {
            bool taken = chosen.count(&o) > 0;
            const Question* next = o.next ? index.question(o.next->id) : nullptr;
            std::size_t to =
                next ? b.node(GraphNode::Kind::question, "q:" + next->id, next->text) : end;
            b.edge(GraphEdge::Kind::answer, from, to, o.label, taken);
            if (taken) {
                b.graph.nodes[from].taken = true;
                b.graph.nodes[to].taken = true;
            }
        }
    }
    // Strategies in roadmap order, each with the answers that weight it, then its tactics.
    for (const Strategy* s : index.strategies_for(goal)) {
        std::size_t sn = b.node(GraphNode::Kind::strategy, "s:" + s->id, s->name);
        for (const Question* q : tree)
            for (const Option& o : q->options)
                for (const Weight& w : o.weights)
                    if (w.strategy.id == s->id) {
                        bool taken = chosen.count(&o) > 0;
                        b.edge(GraphEdge::Kind::weight,
                               b.node(GraphNode::Kind::question, "q:" + q->id, q->text), sn,
                               fmt::format("{}: {:+}", o.id, w.points), taken);
                        if (taken && w.points > 0)
                            b.graph.nodes[sn].taken = true;
                    }
        for (std::size_t i = 0; i < s->tactics.size(); ++i)
            if (const Tactic* t = index.tactic(s->tactics[i].id))
                b.edge(GraphEdge::Kind::tactic, sn,
                       b.node(GraphNode::Kind::tactic, "t:" + t->id, t->name),
                       std::to_string(i + 1), false);
    }
    return std::move(b.graph);
}

} // namespace strat::engine
