#pragma once
// What the libFuzzer targets share: the built-in roadmaps parsed once, the example
// campaign and its actuals read once, and the printers every reader's result goes through.

#include "engine/review.hpp"
#include "load/campaign_file.hpp"
#include "load/catalog.hpp"
#include "model/index.hpp"
#include "output/diagnostics.hpp"
#include "output/review.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

namespace strat::fuzz {

inline const load::Catalog& builtins() {
    static const load::Catalog catalog = [] { return load::load_catalog({}, {}).catalog; }();
    return catalog;
}

/// The built-in industry `id` resolved, or nullptr; each resolved once.
inline const model::Roadmap* industry(const std::string& id) {
    static std::map<std::string, std::unique_ptr<model::Roadmap>, std::less<>> resolved;
    auto it = resolved.find(id);
    if (it != resolved.end())
        return it->second.get();
    std::unique_ptr<model::Roadmap>& slot = resolved[id];
    if (resolved.size() < 64)
        if (auto roadmap = builtins().resolve_verified(id))
            slot = std::make_unique<model::Roadmap>(std::move(*roadmap));
    return slot.get();
}

inline std::string example(const char* name) {
    return (std::filesystem::path(__FILE__).parent_path() / "../../examples/travel-retention" /
            name)
        .string();
}

/// The example campaign (examples/travel-retention), read once.
inline const load::LoadedCampaign& example_campaign() {
    static const load::LoadedCampaign campaign = load::read_campaign_file(example("campaign.yaml"));
    return campaign;
}

/// The example's actuals, read once against the example campaign.
inline const load::LoadedActuals& example_actuals() {
    static const load::LoadedActuals actuals = load::read_actuals_file(
        example("actuals.csv"), model::ids_of(example_campaign().campaign->kpis));
    return actuals;
}

/// Every printer of diagnostics, into a string.
inline void print_diagnostics(const model::Diagnostics& diagnostics) {
    std::ostringstream out;
    output::print_diagnostics_text(out, diagnostics.items(), {}, output::TextLimit{0, false});
    output::print_diagnostics_text(out, diagnostics.items(), {}, output::TextLimit{3, true});
    std::vector<const model::Diagnostic*> all;
    for (const model::Diagnostic& d : diagnostics.items())
        all.push_back(&d);
    output::print_diagnostics_json(out, 1, all);
}

/// The review of `campaign` with `actuals`, in every format, as `strat review` does it
/// after both files were read without errors.
inline void review(const model::CampaignRecord& campaign,
                   const std::vector<model::Actual>& actuals) {
    const model::Roadmap* roadmap = industry(campaign.industry);
    if (roadmap == nullptr)
        return;
    model::Index index(*roadmap);
    if (!index.goal(campaign.goal))
        return;
    engine::Review review = engine::review_campaign(campaign, actuals, index, std::nullopt);
    std::ostringstream out;
    output::print_review_text(out, review);
    output::print_review_markdown(out, review);
    output::print_review_json(out, review);
    engine::any_status_at_least(review, engine::KpiStatus::at_risk);
}

} // namespace strat::fuzz
