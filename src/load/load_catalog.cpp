// load_catalog, in a file of its own: it is the library's only use of builtin_roadmaps(),
// which the build generates with strat_embed. strat_embed links the library too (it uses
// Catalog to read and verify the roadmaps it embeds) and, as nothing it calls is in this
// file, never needs built-in roadmaps of its own.
#include "load/catalog.hpp"
#include "load/yaml_files.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <map>

namespace strat::load {

namespace {

/// Apply each translation into `language` among `read` to the roadmap of `read` it is of.
/// A translation of a roadmap that is not there is ignored, with a warning.
void apply_translations(std::vector<RoadmapFile>& read, const std::string& language,
                        std::vector<std::string>& warnings) {
    for (const RoadmapFile& t : read) {
        if (!t.translation || t.translation->lang != language || t.translation->of.empty())
            continue;
        RoadmapFile* target = nullptr;
        for (RoadmapFile& file : read) // the last one with the id is the one in force
            if (file.roadmap && file.roadmap->id == t.translation->of)
                target = &file;
        if (target != nullptr)
            model::apply(*t.translation, *target->roadmap);
        else
            warnings.push_back(fmt::format("{} translates roadmap `{}`, which is not in the "
                                           "same directory; it is not used",
                                           t.file->path(), t.translation->of));
    }
}

} // namespace

LoadedCatalog load_catalog(const std::vector<std::string>& dirs,
                           const std::vector<std::string>& origins, const std::string& language) {
    LoadedCatalog out;
    Catalog& catalog = out.catalog;
    std::vector<std::string>& errors = out.errors;
    std::vector<std::string>& warnings = out.warnings;
    catalog.set_language(language);
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
        std::vector<RoadmapFile> read;
        FoundFiles found = find_yaml_files(dirs[i]);
        errors.insert(errors.end(), found.errors.begin(), found.errors.end());
        for (const std::string& path : found.files) {
            RoadmapFile file = read_roadmap_file(path);
            file.origin = origins[i];
            // A translation is no roadmap: it is applied below to the one it translates.
            if (!file.translation && (!file.roadmap || file.roadmap->id.empty()) && file.readable())
                warnings.push_back(fmt::format("skipping {}: it is not a readable roadmap; run "
                                               "`strat validate {}`",
                                               path, path));
            if (file.roadmap && !file.roadmap->id.empty()) {
                auto [it, fresh] = seen.emplace(file.roadmap->id, path);
                if (!fresh)
                    warnings.push_back(fmt::format("{} and {} both define roadmap `{}`; using {}",
                                                   it->second, path, file.roadmap->id, path));
                it->second = path;
            }
            read.push_back(std::move(file));
        }
        if (language != "en")
            apply_translations(read, language, warnings);
        for (RoadmapFile& file : read)
            if (!file.translation)
                catalog.add(std::move(file));
    }
    return out;
}

} // namespace strat::load
