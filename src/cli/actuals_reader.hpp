#pragma once
/// strat dashboard's actuals: each CSV or YAML file streamed into the dashboard builder,
/// its rows paired with the campaigns read (by a `campaign` column, else by file name).

#include "cli/context.hpp"
#include "engine/dashboard.hpp"
#include "load/actuals_stream.hpp"
#include "load/campaign_file.hpp"
#include "model/diagnostic.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace strat::cli {

/// The key that names a campaign, and pairs actuals with it: its file name without the
/// extension (shop.yaml, actuals/shop.csv).
std::string campaign_key(const std::string& path);

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

    engine::DashboardBuilder& builder_;
    Context& context_;
    bool selection_, named_;
};

} // namespace strat::cli
