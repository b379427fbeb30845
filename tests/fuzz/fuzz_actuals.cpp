// libFuzzer target: any bytes as KPI actuals. The first byte picks CSV or YAML for
// `strat review`'s reader (actuals read without errors are reviewed against the example
// campaign and printed in every format); a CSV also goes through the dashboard's streaming
// reader, from a memory file. Build and run: see tests/fuzz/README.

#include "fuzz_common.hpp"
#include "load/actuals_stream.hpp"
#include "load/number.hpp"

#include <cstddef>
#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>

namespace {

/// The dashboard's reader over `text`, each row's fields parsed as the dashboard does.
void stream(std::string_view text) {
    int fd = memfd_create("actuals", 0);
    if (fd < 0)
        return;
    if (write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size())) {
        strat::load::ActualsStream s("/proc/self/fd/" + std::to_string(fd));
        s.read([&](const strat::load::ActualsRow& row) {
            using C = strat::load::ActualsColumn;
            if (!strat::model::parse_day(row[C::date]) || !strat::load::parse_number(row[C::value]))
                s.error(row, C::value, "wrong-type", "bad row");
        });
        s.quote_lines();
        strat::fuzz::print_diagnostics(s.diagnostics());
    }
    close(fd);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    bool yaml = (data[0] & 1) != 0;
    std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const strat::load::LoadedCampaign& campaign = strat::fuzz::example_campaign();
    if (!yaml)
        stream(text);
    strat::load::LoadedActuals actuals =
        strat::load::parse_actuals_text(yaml ? "actuals.yaml" : "actuals.csv", std::move(text),
                                        strat::model::ids_of(campaign.campaign->kpis));
    strat::fuzz::print_diagnostics(actuals.diagnostics);
    if (!actuals.diagnostics.has_errors())
        strat::fuzz::review(*campaign.campaign, actuals.actuals);
    return 0;
}
