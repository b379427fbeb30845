// libFuzzer target: any bytes as a campaign file, read as `strat review` and `strat
// dashboard` read it; a campaign read without errors is reviewed with the example's
// actuals and printed in every format. Build and run: see tests/fuzz/README.

#include "fuzz_common.hpp"
#include "load/campaign_tactics.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    strat::load::CampaignExtras extras;
    strat::load::LoadedCampaign loaded = strat::load::parse_campaign_text(
        "campaign.yaml", std::move(text),
        [&](const strat::load::Node& root, strat::model::Diagnostics& d) {
            extras = strat::load::read_campaign_extras(root, d);
        });
    strat::fuzz::print_diagnostics(loaded.diagnostics);
    if (loaded.campaign && !loaded.diagnostics.has_errors()) {
        const strat::load::LoadedActuals& actuals = strat::fuzz::example_actuals();
        strat::fuzz::review(*loaded.campaign, actuals.actuals);
    }
    return 0;
}
