#pragma once
/// A campaign file read back (model::CampaignRecord) as a campaign document, so that
/// `strat compare` compares two documents whatever files they came from. The record
/// keeps ids; names and texts come from the roadmap it was planned with. What a campaign
/// file does not record (steps left out, which KPI is primary) stays empty.

#include "engine/campaign.hpp"
#include "model/campaign_record.hpp"
#include "model/index.hpp"

#include <map>
#include <string>

namespace strat::engine {

/// How an answer of the record was decided, from the file's `source` and `from`.
struct RecordedSource {
    std::string word; ///< default, asked, given or stated
    std::string from; ///< for stated: what decided it
};

/// The document `record` stands for; `sources` by question id (may miss some).
CampaignDocument document_of_record(const model::CampaignRecord& record, const model::Index& index,
                                    const std::map<std::string, RecordedSource>& sources);

} // namespace strat::engine
