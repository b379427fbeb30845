// load_catalog, in a file of its own: it is the library's only use of builtin_roadmaps(),
// which the build generates with strat_embed. strat_embed links the library too (it uses
// Catalog to read and verify the roadmaps it embeds) and, as nothing it calls is in this
// file, never needs built-in roadmaps of its own.
#include "load/catalog.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <map>

namespace strat::load {

Catalog load_catalog(const std::vector<std::string>& dirs, const std::vector<std::string>& origins,
                     std::vector<std::string>& errors, std::vector<std::string>* warnings) {
    Catalog catalog;
    for (const BuiltinRoadmap& builtin : builtin_roadmaps())
        catalog.add_builtin(builtin);
    for (std::size_t i = 0; i < dirs.size(); ++i) {
        std::error_code ec;
        if (!std::filesystem::is_directory(dirs[i], ec)) {
            errors.push_back(
                fmt::format("{}: roadmap directory not found ({})", dirs[i], origins[i]));
            continue;
        }
        std::map<std::string, std::string> seen; // id -> path, within this directory
        for (const std::string& path : collect_yaml_files(dirs[i], errors)) {
            RoadmapFile file = read_roadmap_file(path);
            file.origin = origins[i];
            if (warnings && (!file.roadmap || file.roadmap->id.empty()) && file.io_error.empty())
                warnings->push_back(fmt::format("skipping {}: it is not a readable roadmap; run "
                                                "`strat validate {}`",
                                                path, path));
            if (file.roadmap && !file.roadmap->id.empty() && warnings) {
                auto [it, fresh] = seen.emplace(file.roadmap->id, path);
                if (!fresh)
                    warnings->push_back(fmt::format("{} and {} both define roadmap `{}`; using {}",
                                                    it->second, path, file.roadmap->id, path));
                it->second = path;
            }
            catalog.add(std::move(file));
        }
    }
    return catalog;
}

} // namespace strat::load
