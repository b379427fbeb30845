#include "cli/answer_input.hpp"
#include "cli/cmd_graph_calendar.hpp"
#include "cli/commands.hpp"
#include "engine/graph.hpp"
#include "output/graph.hpp"

#include <CLI/CLI.hpp>

namespace strat::cli {

CLI::App* setup_graph(CLI::App& app, GraphOptions& o) {
    CLI::App* cmd = app.add_subcommand(
        "graph", "Draw a goal's decision tree and the strategies and tactics it leads to");
    cmd->add_option("--goal", o.goal, "The goal, by id or alias")->required()->type_name("GOAL");
    cmd->add_option("--industry", o.industry, "The industry roadmap")->required()->type_name("ID");
    cmd->add_option("--format", o.format, "mermaid (default; renders in GitHub and GitLab) or dot")
        ->check(CLI::IsMember({"mermaid", "dot"}))
        ->type_name("FORMAT");
    cmd->add_option("--answer", o.answers, "Highlight the path with this answer (repeatable)")
        ->type_name("QUESTION=OPTION")
        ->allow_extra_args(false);
    cmd->add_option("--answers", o.answers_file, "Highlight the path an answers file takes")
        ->type_name("FILE");
    cmd->add_flag("--calendar", o.calendar,
                  "Print the calendar of the plan the answers lead to as a Mermaid gantt chart");
    cmd->add_option("--start", o.start, "With --calendar: the campaign's first day, YYYY-MM-DD")
        ->type_name("DATE");
    cmd->add_option("--contact-cap", o.contact_cap,
                    "With --calendar: marketing messages per contact per week (default 2)")
        ->type_name("N")
        ->check(CLI::Range(1, 50));
    return cmd;
}

int run_graph(const GraphOptions& o, Context& context) {
    const model::Roadmap& roadmap = context.industry(o.industry);
    const model::Goal& goal = find_goal(roadmap, o.goal, context);
    model::Index index(roadmap);
    engine::Walk walk;
    AnswerInput input;
    if (!o.answers.empty() || !o.answers_file.empty()) {
        // Unanswered questions take their default, as in a non-interactive plan.
        input = gather_answers(o.answers, o.answers_file, roadmap, goal, context);
        walk = engine::walk_tree(index, goal, input.given, input.stated, nullptr);
        if (walk.conflict)
            context.fail(Exit::usage, *walk.conflict);
    }
    if (o.calendar)
        return print_graph_calendar(o, index, goal, input, context);
    engine::Graph graph = engine::goal_graph(index, goal, walk);
    if (o.format == "dot")
        output::print_dot(context.io().out, graph);
    else
        output::print_mermaid(context.io().out, graph);
    return Exit::ok;
}

} // namespace strat::cli
