#pragma once
/// Everything a campaign brief holds beyond the plan itself: dates and review points,
/// channels and their consent and privacy checklist, B2B lead stages to agree with sales,
/// and provenance. Built once; the YAML, Markdown and JSON printers render the same value.

#include "engine/plan.hpp"

#include <optional>
#include <string>
#include <vector>

namespace strat::engine {

struct ReviewPoint {
    int day = 0; ///< days after the campaign start
    std::string purpose;
};

struct PrivacyItem {
    std::string topic; ///< a channel name, or "data" for items that hold for every channel
    std::string text;
};

struct LeadStage {
    std::string id;
    std::string name;
    std::string owner;
    std::string guidance; ///< what to agree, shown next to the field to fill in
};

struct RoadmapProvenance {
    std::string path;
    std::string sha256;
};

struct Campaign {
    const Plan* plan = nullptr;
    std::string name;
    std::optional<std::string> created; ///< YYYY-MM-DD, from --date or SOURCE_DATE_EPOCH
    std::vector<ReviewPoint> reviews;
    std::vector<model::Channel> channels; ///< used by the chosen strategies' tactics
    std::vector<const model::Kpi*> kpis;  ///< of the chosen strategies; the first is primary
    std::vector<PrivacyItem> privacy;
    std::vector<LeadStage> lead_stages; ///< empty unless the company sells B2B
    std::string strat_version;
    std::vector<RoadmapProvenance> roadmaps;

    std::vector<const RankedStrategy*> chosen() const;
    bool b2b() const { return !lead_stages.empty(); }
};

Campaign make_campaign(const Plan& plan, std::optional<std::string> created,
                       std::string strat_version);

} // namespace strat::engine
