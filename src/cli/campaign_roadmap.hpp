#pragma once
/// The roadmap a campaign was planned with, for `strat review` and `strat dashboard`.
///
/// A campaign records the roadmap files of its plan with their content hashes
/// (`provenance.roadmaps`, strat-campaign(5)). A campaign planned with `--roadmaps DIR`
/// names a file of DIR; reviewing it without `--roadmaps` would silently judge it against
/// the built-in roadmap of the same industry. So, when no `--roadmaps` is given, the
/// directories of the recorded files that the search path does not reach are searched
/// too (as recorded, from the working directory, else from the campaign file's
/// directory), and what still differs from the record is reported: a file whose content
/// changed, or a recorded file that is not used (not found, or another one given).

#include "cli/context.hpp"
#include "model/campaign_record.hpp"
#include "model/roadmap.hpp"

#include <compare>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace strat::cli {

/// One recorded roadmap file that the roadmap in use does not match.
struct RoadmapMismatch {
    enum class Kind {
        changed, ///< the same file, its content changed since the plan
        missing, ///< the recorded file is not among the files in use
    };
    Kind kind = Kind::changed;
    std::string recorded; ///< the path the campaign records
    std::string used;     ///< for `missing`: the file read in its place
    bool exists = false;  ///< for `missing`: the recorded file is there (--roadmaps chose another)

    auto operator<=>(const RoadmapMismatch&) const = default; ///< to count alike ones
};

class CampaignRoadmaps {
public:
    explicit CampaignRoadmaps(Context& context) : context_(context) {}

    /// The industry roadmap of `campaign`, read from `campaign_path`; what differs from
    /// the campaign's record is appended to `mismatches`. Ends the command, as
    /// Context::industry does, when the industry is unknown or its roadmap invalid.
    const model::Roadmap& roadmap(const model::CampaignRecord& campaign,
                                  const std::string& campaign_path,
                                  std::vector<RoadmapMismatch>& mismatches);

private:
    /// A context searching `dirs` as well, one per set of directories.
    Context& with_dirs(const std::vector<std::string>& dirs);

    struct Extra {
        std::unique_ptr<GlobalOptions> options;
        std::unique_ptr<Context> context;
    };
    Context& context_;
    std::map<std::vector<std::string>, Extra> extra_;
};

} // namespace strat::cli
