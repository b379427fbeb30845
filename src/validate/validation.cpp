#include "validate/validation.hpp"

#include "util/parallel.hpp"
#include "validate/checks.hpp"
#include "validate/translations.hpp"

#include <fmt/format.h>

#include <map>

namespace strat::validate {

namespace {

FileResult start_result(const load::RoadmapFile& target) {
    FileResult result;
    result.path = target.file->path();
    result.diagnostics = target.diagnostics;
    return result;
}

FileResult check_file(const load::Catalog& catalog, const load::RoadmapFile& target) {
    if (target.translation) {
        FileResult result = start_result(target);
        check_translation_file(catalog, *target.translation, result.diagnostics);
        return result;
    }
    if (checks_alone(target))
        return check_alone(target);
    FileResult result = start_result(target);
    if (target.roadmap) { // even with shape errors: report everything in one run
        model::Diagnostics chain;
        if (auto merged = catalog.resolve(target, chain))
            check_roadmap(*merged, target.file.get(), result.diagnostics);
        result.diagnostics.append(chain);
    }
    return result;
}

} // namespace

bool checks_alone(const load::RoadmapFile& file) {
    return file.roadmap && !file.roadmap->extends;
}

FileResult check_alone(const load::RoadmapFile& file) {
    FileResult result = start_result(file);
    // Nothing to merge: check the roadmap as read instead of a resolved copy.
    check_roadmap(*file.roadmap, file.file.get(), result.diagnostics);
    return result;
}

void keep_header_only(load::RoadmapFile& file) {
    if (!file.roadmap)
        return;
    const model::Roadmap& full = *file.roadmap;
    model::Roadmap header;
    header.file = full.file;
    header.where = full.where;
    header.id_where = full.id_where;
    header.format = full.format;
    header.id = full.id;
    header.kind = full.kind;
    header.name = full.name;
    header.description = full.description;
    header.extends = full.extends;
    header.audience = full.audience;
    file.roadmap = std::move(header);
}

Validation validate_files(const load::Catalog& catalog,
                          const std::vector<const load::RoadmapFile*>& targets, std::size_t threads,
                          std::vector<std::optional<FileResult>> done) {
    Validation out;
    out.files.resize(targets.size());
    done.resize(targets.size());
    util::parallel_for(targets.size(), threads, [&](std::size_t i) {
        out.files[i] = done[i] ? std::move(*done[i]) : check_file(catalog, *targets[i]);
    });
    // Duplicate ids across files depend on order, so they are found after the parallel part.
    std::map<std::string, const load::RoadmapFile*> by_id;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const load::RoadmapFile* target = targets[i];
        FileResult& result = out.files[i];
        if (target->roadmap && !target->roadmap->id.empty()) {
            auto [it, fresh] = by_id.emplace(target->roadmap->id, target);
            if (!fresh)
                result.diagnostics.add("duplicate-roadmap", target->roadmap->id_where,
                                       fmt::format("roadmap id `{}` is also defined in {}",
                                                   target->roadmap->id, it->second->file->path()),
                                       "give each roadmap file its own `id`");
        }
        result.diagnostics.sort();
        out.errors += result.diagnostics.error_count();
        out.warnings += result.diagnostics.warning_count();
        out.io_errors += result.diagnostics.unreadable() == nullptr ? 0u : 1u;
    }
    return out;
}

model::Diagnostics check_strictly(const load::Catalog& catalog) {
    model::Diagnostics all;
    std::vector<const load::RoadmapFile*> files = catalog.all();
    for (const FileResult& result : validate_files(catalog, files).files)
        all.append(result.diagnostics);
    for (const load::RoadmapFile* file : files) {
        model::Diagnostics whole;
        if (auto merged = catalog.resolve(*file, whole))
            check_roadmap(*merged, nullptr, whole);
        for (const model::Diagnostic& d : whole.items())
            if (d.severity() == model::Severity::error)
                all.add(d.rule->name, d.where, d.message, d.hint).data_path = d.data_path;
    }
    all.sort();
    return all;
}

} // namespace strat::validate
