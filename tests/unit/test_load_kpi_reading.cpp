// A KPI's `reading` (strat-roadmap(5)): whether a count's readings are counts per period
// or levels, which review's cost per result needs; only a count has one.

#include "helpers.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace strat;

namespace {

load::RoadmapFile roadmap(std::string kpis) {
    return test::parse(std::string(test::minimal_header) + "kpis:\n" + kpis);
}

} // namespace

TEST_CASE("kpi reading: per period by default, a level when the roadmap says so") {
    load::RoadmapFile file =
        roadmap("  - {id: leads, name: Leads, description: d, unit: count, direction: up}\n"
                "  - {id: members, name: Members, description: d, unit: count, direction: up,\n"
                "     reading: level}\n");
    REQUIRE(file.roadmap);
    CHECK(file.roadmap->kpis[0].reading == model::Reading::period);
    CHECK(file.roadmap->kpis[1].reading == model::Reading::level);
    CHECK(test::brief(file.diagnostics).find("[E") == std::string::npos);
}

TEST_CASE("kpi reading: only a count has one, and only period or level") {
    load::RoadmapFile file =
        roadmap("  - {id: rate, name: Rate, description: d, unit: percent, direction: up,\n"
                "     reading: level}\n"
                "  - {id: members, name: Members, description: d, unit: count, direction: up,\n"
                "     reading: stock}\n");
    std::string problems = test::brief(file.diagnostics);
    CHECK(problems.find("7:15: [E104 invalid-value] `reading` is for KPIs with unit `count`; KPI "
                        "`rate` is in `percent`\n") != std::string::npos);
    CHECK(problems.find("9:15: [E104 invalid-value] `reading` cannot be `stock`\n") !=
          std::string::npos);
}
