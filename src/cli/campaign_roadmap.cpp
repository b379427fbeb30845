#include "cli/campaign_roadmap.hpp"

#include "model/source_file.hpp"

#include <algorithm>
#include <filesystem>

namespace strat::cli {
namespace {

namespace fs = std::filesystem;

bool builtin(const std::string& path) {
    return path.starts_with("<built-in>/");
}

bool hash_in_use(const model::Roadmap& roadmap, const std::string& hash) {
    return std::any_of(roadmap.chain.begin(), roadmap.chain.end(),
                       [&](const model::SourceFile* f) { return f->sha256() == hash; });
}

/// Where a recorded file is now: as recorded (from the working directory, as `strat plan`
/// wrote it), else from the campaign file's directory; empty when neither is a file.
std::string locate(const std::string& recorded, const std::string& campaign_path) {
    if (builtin(recorded) || recorded.empty())
        return {};
    std::error_code ec;
    if (fs::is_regular_file(recorded, ec))
        return recorded;
    fs::path beside = fs::path(campaign_path).parent_path() / recorded;
    if (fs::path(recorded).is_relative() && fs::is_regular_file(beside, ec))
        return beside.string();
    return {};
}

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    return a == b || (!builtin(a) && !b.empty() && fs::equivalent(a, b, ec));
}

/// The file of the roadmap in use that stands where `recorded` stood: the one with its
/// file name, else the industry's own file.
std::string used_instead(const model::Roadmap& roadmap, const std::string& recorded) {
    std::string name = fs::path(recorded).filename().string();
    for (const model::SourceFile* f : roadmap.chain)
        if (fs::path(f->path()).filename().string() == name)
            return f->path();
    return roadmap.chain.empty() ? std::string() : roadmap.chain.front()->path();
}

} // namespace

Context& CampaignRoadmaps::with_dirs(const std::vector<std::string>& dirs) {
    Extra& extra = extra_[dirs];
    if (!extra.context) {
        extra.options = std::make_unique<GlobalOptions>(context_.global());
        extra.options->roadmap_dirs = dirs;
        extra.context = std::make_unique<Context>(context_.io(), *extra.options);
    }
    return *extra.context;
}

const model::Roadmap& CampaignRoadmaps::roadmap(const model::CampaignRecord& campaign,
                                                const std::string& campaign_path,
                                                std::vector<RoadmapMismatch>& mismatches) {
    const model::Roadmap* roadmap = &context_.industry(campaign.industry);
    // An explicit --roadmaps is the user's choice; without it, the plan's own directories.
    if (context_.global().roadmap_dirs.empty()) {
        std::vector<std::string> dirs;
        for (const auto& [path, hash] : campaign.roadmaps) {
            std::string found = locate(path, campaign_path);
            if (found.empty() || hash_in_use(*roadmap, hash))
                continue;
            fs::path parent = fs::path(found).parent_path();
            std::string dir = parent.empty() ? std::string(".") : parent.string();
            if (std::find(dirs.begin(), dirs.end(), dir) == dirs.end())
                dirs.push_back(dir);
        }
        if (!dirs.empty())
            roadmap = &with_dirs(dirs).industry(campaign.industry);
    }
    for (const auto& [path, hash] : campaign.roadmaps) {
        if (hash_in_use(*roadmap, hash))
            continue;
        std::string found = locate(path, campaign_path);
        // A named copy: clang 14 cannot capture a structured binding in a lambda.
        const std::string& recorded = path;
        bool same = std::any_of(roadmap->chain.begin(), roadmap->chain.end(),
                                [&](const model::SourceFile* f) {
                                    return f->path() == recorded || same_file(f->path(), found);
                                });
        if (same)
            mismatches.push_back({RoadmapMismatch::Kind::changed, path, {}, true});
        else
            mismatches.push_back({RoadmapMismatch::Kind::missing, path,
                                  used_instead(*roadmap, path), !found.empty()});
    }
    return *roadmap;
}

} // namespace strat::cli
