#pragma once
/// One options struct, one `setup_x` (CLI11 wiring) and one `run_x` per subcommand.

#include "cli/context.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
} // namespace CLI

namespace strat::cli {

struct ValidateOptions {
    std::vector<std::string> paths;
    std::string format = "text";
    CLI::Option* format_option = nullptr; ///< to tell "given" from the default
    bool strict = false;
    bool quiet = false;
    std::size_t jobs = 0; ///< 0: one thread per core
};
CLI::App* setup_validate(CLI::App& app, ValidateOptions& options);
int run_validate(const ValidateOptions& options, Context& context);

struct ListOptions {
    std::string kind;
    std::string industry;
    std::string format = "text";
};
CLI::App* setup_list(CLI::App& app, ListOptions& options);
int run_list(const ListOptions& options, Context& context);

struct ShowOptions {
    std::string kind;
    std::string id;
    std::string industry;
    std::string format = "text";
};
CLI::App* setup_show(CLI::App& app, ShowOptions& options);
int run_show(const ShowOptions& options, Context& context);

struct PlanOptions {
    std::string goal;
    std::string industry;
    std::vector<std::string> answers; ///< QUESTION=OPTION
    std::string answers_file;
    bool non_interactive = false;
    std::vector<std::string> strategies;
    std::size_t top = 1;
    std::string format = "yaml";
    std::string output;  ///< "" = default name, "-" = stdout
    std::string out_dir; ///< a workshop's batch: every client's files go here
    bool force = false;
    bool explain = false;
    std::string date;
    std::vector<std::string> consent, partial_consent, no_consent, channels, no_channels, data,
        no_data, tooling, no_tooling;
    std::string budget, maturity, audience;
    std::string market;          ///< "" = the answers file's `market`, else eu
    std::string start;           ///< the calendar's first day; "" = filled in later
    int contact_cap = 0;         ///< 0 = the default
    long long budget_amount = 0; ///< 0 = none: the budget split in shares
    std::string currency;        ///< ISO 4217, with budget_amount
};
CLI::App* setup_plan(CLI::App& app, PlanOptions& options);
int run_plan(const PlanOptions& options, Context& context);

struct GraphOptions {
    std::string goal;
    std::string industry;
    std::string format = "mermaid";
    std::vector<std::string> answers;
    std::string answers_file;
    bool calendar = false; ///< the plan's calendar as a gantt chart instead of the tree
    std::string start;
    int contact_cap = 0; ///< 0 = the default
};
CLI::App* setup_graph(CLI::App& app, GraphOptions& options);
int run_graph(const GraphOptions& options, Context& context);

struct ReviewOptions {
    std::string campaign;
    std::string actuals;
    std::string format = "text";
    std::string fail_on;
    std::string date;
};
CLI::App* setup_review(CLI::App& app, ReviewOptions& options);
int run_review(const ReviewOptions& options, Context& context);

struct DashboardOptions {
    std::vector<std::string> paths;   ///< campaign files and directories; none: "."
    std::vector<std::string> actuals; ///< files and directories; none: actuals/ beside
    std::string date;
    std::string since;
    std::string format = "text";
    std::string fail_on;
};
CLI::App* setup_dashboard(CLI::App& app, DashboardOptions& options);
int run_dashboard(const DashboardOptions& options, Context& context);

struct CompareOptions {
    std::string a; ///< two answers files or two campaign files
    std::string b;
    std::string format = "text";
    std::string industry; ///< answers files: "" = the one the file names
    std::string goal;
    std::string market;
};
CLI::App* setup_compare(CLI::App& app, CompareOptions& options);
int run_compare(const CompareOptions& options, Context& context);

struct SchemaOptions {
    std::string kind = "roadmap";
};
CLI::App* setup_schema(CLI::App& app, SchemaOptions& options);
int run_schema(const SchemaOptions& options, Context& context);

} // namespace strat::cli
