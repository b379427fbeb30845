#pragma once
/// strat dashboard's actuals: each CSV or YAML file streamed into the dashboard builder,
/// its rows paired with the campaigns read (by a `campaign` column, else by file name).
/// Spend rows are read as strat review reads them (load/spend_rows.hpp), so one actuals
/// file serves both commands.

#include "cli/context.hpp"
#include "engine/dashboard.hpp"
#include "load/actuals_stream.hpp"
#include "load/campaign_file.hpp"
#include "load/spend_rows.hpp"
#include "model/diagnostic.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strat::cli {

/// The key that names a campaign, and pairs actuals with it: its file name without the
/// extension (shop.yaml, actuals/shop.csv).
std::string campaign_key(const std::string& path);

/// Every (campaign, KPI) pair of the campaigns read, found with one hash lookup per
/// actuals row and without a copy of the row's text: open addressing over one flat array
/// of slots, the keys' bytes side by side in one string. A KPI id that a campaign lists
/// twice is found at its first place, as DashboardBuilder::find_kpi finds it.
class KpiKeys {
public:
    explicit KpiKeys(const engine::DashboardBuilder& builder);

    struct Found {
        std::size_t campaign = engine::DashboardBuilder::npos;
        std::size_t kpi = engine::DashboardBuilder::npos;
    };
    /// npos, npos when the pair is not among them.
    Found find(std::string_view campaign, std::string_view kpi) const;

private:
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t campaign = empty, kpi = 0;
        std::uint32_t text_at = 0; ///< the campaign's key, then the KPI id, in text_
        std::uint32_t campaign_size = 0, kpi_size = 0;
    };
    static constexpr std::uint32_t empty = static_cast<std::uint32_t>(-1);
    static std::uint64_t hash(std::string_view campaign, std::string_view kpi);

    std::vector<Slot> slots_; ///< a power of two long, at most half full
    std::string text_;
};

/// Streams every actuals file into the builder; problems go to `diagnostics`, and the
/// files they point into stay in `streams` and `yaml_files`.
class ActualsReader {
public:
    /// `selection`: campaign files were named one by one, so actuals of other campaigns
    /// are expected and left out. `named`: the actuals files were named with --actuals.
    ActualsReader(engine::DashboardBuilder& builder, Context& context, bool selection, bool named)
        : builder_(builder), context_(context), selection_(selection), named_(named) {}

    void read(const std::string& path);

    model::Diagnostics diagnostics;
    std::vector<std::unique_ptr<load::ActualsStream>> streams;
    std::vector<load::LoadedActuals> yaml_files;
    std::size_t truncated = 0;

private:
    std::size_t campaign_of(const std::string& path) const;
    std::string no_campaign_message(const std::string& path) const;
    void read_yaml(const std::string& path);
    void read_csv(const std::string& path);
    /// A CSV spend row of campaign `c`, checked, into the builder.
    void read_spend(load::ActualsStream& s, const load::ActualsRow& row, std::size_t c);

    /// A campaign's spend check, and its rows' currency across files.
    struct CampaignSpend {
        CampaignSpend(std::vector<std::string> tactics, std::string currency)
            : check{std::move(tactics), std::move(currency)} {}
        load::SpendCheck check;
        load::SpendRows rows{check}; ///< points at `check`: never copied or moved
    };
    CampaignSpend& spend_of(std::size_t c);

    engine::DashboardBuilder& builder_;
    std::optional<KpiKeys> kpi_keys_; ///< built for the first file with a campaign column
    /// By campaign, made at its first spend row; it points into itself, so it stays put.
    std::vector<std::unique_ptr<CampaignSpend>> spend_;
    std::vector<model::Spend> spend_row_; ///< the row read, reused
    Context& context_;
    bool selection_, named_;
};

} // namespace strat::cli
