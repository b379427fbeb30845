#pragma once
/// Reading back a campaign skeleton (strat-campaign(5)) and KPI actuals (CSV with a
/// `kpi,date,value` header, or YAML) for `strat review`.

#include "load/csv.hpp"
#include "load/spend_rows.hpp"
#include "model/campaign_record.hpp"
#include "model/diagnostic.hpp"
#include "model/spend.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace strat::load {

struct LoadedCampaign {
    std::unique_ptr<model::SourceFile> file;
    std::optional<model::CampaignRecord> campaign;
    model::Diagnostics diagnostics;
};

LoadedCampaign read_campaign_file(const std::string& path);
LoadedCampaign parse_campaign_text(std::string path, std::string text);

struct LoadedActuals {
    std::unique_ptr<model::SourceFile> file;
    std::vector<model::Actual> actuals; ///< in file order
    std::vector<model::Spend> spend;    ///< in file order; read only with a SpendCheck
    std::string spend_currency;         ///< the campaign's, else the one the rows name
    model::Diagnostics diagnostics;
    /// German for a `;`-separated CSV file: its values and dates were read in German
    /// forms (17,5 and 1.3.2026), which commands say.
    CsvDialect dialect = CsvDialect::plain;
};

/// CSV unless the name ends in .yaml or .yml. `kpis` are the campaign's KPI ids: rows
/// naming another KPI are errors with a "did you mean". With `spend`, spend rows are read
/// and checked against it (load/spend_rows.hpp); without, a spend row is an unknown KPI.
LoadedActuals read_actuals_file(const std::string& path, const std::vector<std::string>& kpis,
                                const SpendCheck* spend = nullptr);
LoadedActuals parse_actuals_text(std::string path, std::string text,
                                 const std::vector<std::string>& kpis,
                                 const SpendCheck* spend = nullptr);

// ---- For commands that read further keys of a campaign (strat dashboard) -------------

struct Node;

/// Called with the document's root after the campaign record is read from it, to read
/// keys the record leaves out; problems go to the campaign's diagnostics.
using ReadMoreKeys = std::function<void(const Node& root, model::Diagnostics& diagnostics)>;

/// As read_campaign_file / parse_campaign_text, then `more` on the same document (not
/// called when the file is not YAML).
LoadedCampaign read_campaign_file(const std::string& path, const ReadMoreKeys& more);
LoadedCampaign parse_campaign_text(std::string path, std::string text, const ReadMoreKeys& more);

} // namespace strat::load
