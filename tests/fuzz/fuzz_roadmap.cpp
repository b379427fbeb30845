// libFuzzer target: any bytes as a roadmap file, through everything strat does with one:
// load, resolve against the built-in base, validate, plan every goal with the defaults,
// and render the campaign and the diagnostics in every format.
// Build and run: see tests/fuzz/README (cmake -DSTRAT_FUZZ=ON with clang).

#include "engine/campaign.hpp"
#include "engine/plan.hpp"
#include "load/catalog.hpp"
#include "output/campaign.hpp"
#include "output/ci_formats.hpp"
#include "output/diagnostics.hpp"
#include "validate/checks.hpp"
#include "validate/validation.hpp"

#include <cstddef>
#include <cstdint>
#include <sstream>

namespace {

const strat::load::Catalog& builtins() {
    static const strat::load::Catalog catalog = [] {
        return strat::load::load_catalog({}, {}).catalog;
    }();
    return catalog;
}

void plan_every_goal(const strat::model::Roadmap& roadmap) {
    strat::model::Index index(roadmap);
    for (const strat::model::Goal& goal : roadmap.goals) {
        strat::engine::PlanRequest request;
        request.goal = &goal;
        request.walk = strat::engine::walk_tree(index, goal, {}, nullptr);
        strat::engine::Plan plan = strat::engine::make_plan(index, request);
        if (plan.ranked.empty())
            continue;
        strat::engine::choose(plan, {}, 3);
        strat::engine::Campaign campaign =
            strat::engine::make_campaign(plan, std::string("2026-01-01"), "fuzz");
        std::ostringstream out;
        strat::output::write_campaign_yaml(out, campaign);
        strat::output::write_campaign_json(out, campaign);
        strat::output::write_campaign_markdown(out, campaign);
        strat::output::print_plan_summary(out, campaign, true);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    strat::load::Catalog catalog(&builtins()); // the built-ins are parsed once
    const strat::load::RoadmapFile& target =
        catalog.add(strat::load::parse_roadmap_text("fuzz.yaml", std::move(text)));

    strat::validate::Validation result = strat::validate::validate_files(catalog, {&target});
    std::ostringstream out;
    std::vector<strat::output::FileDiagnostics> files{{"fuzz.yaml", &result.files[0].diagnostics}};
    for (const auto& d : result.files[0].diagnostics.items())
        strat::output::print_diagnostic(out, d, {});
    strat::output::print_github(out, files);
    strat::output::print_sarif(out, files, "fuzz", "/");
    strat::output::print_junit(out, files, true);

    // The engine expects a valid roadmap, as the command line guarantees: plan only then.
    if (result.errors == 0 && target.roadmap) {
        strat::model::Diagnostics chain;
        if (auto merged = catalog.resolve(target, chain))
            plan_every_goal(*merged);
    }
    return 0;
}
