#include "load/roadmap_file.hpp"

#include "load/file_reader.hpp"
#include "load/markets.hpp"
#include "load/reader.hpp"
#include "load/translation.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <unordered_map>

namespace strat::load {
namespace {

/// Ids must be unique per kind within one file; `extends` then replaces by id.
template <typename T>
void check_unique(const std::vector<T>& items, std::string_view kind,
                  model::Diagnostics& diagnostics) {
    std::unordered_map<std::string_view, const T*> seen;
    for (const T& item : items) {
        if (item.id.empty())
            continue;
        auto [it, fresh] = seen.emplace(item.id, &item);
        if (!fresh)
            diagnostics.add("duplicate-id", item.where,
                            fmt::format("{} id `{}` is already used at line {}", kind, item.id,
                                        it->second->where.line),
                            fmt::format("give each {} its own id", kind));
    }
}

void check_ids(const model::Roadmap& r, model::Diagnostics& diagnostics) {
    check_unique(r.sources, "source", diagnostics);
    check_unique(r.goals, "goal", diagnostics);
    check_unique(r.questions, "question", diagnostics);
    check_unique(r.strategies, "strategy", diagnostics);
    check_unique(r.tactics, "tactic", diagnostics);
    check_unique(r.kpis, "KPI", diagnostics);
    for (const model::Question& q : r.questions)
        check_unique(q.options, "option", diagnostics);
    check_market_ids(r.markets, diagnostics);
}

} // namespace

RoadmapFile parse_roadmap_text(std::string path, std::string text, const Limits& limits) {
    RoadmapFile out;
    out.file = std::make_unique<model::SourceFile>(std::move(path), std::move(text));
    if (auto document = parse_document(*out.file, limits, out.diagnostics)) {
        if (is_translation(*document)) {
            out.translation = read_translation(*document, *out.file, out.diagnostics);
            out.diagnostics.sort();
            return out;
        }
        out.roadmap = read_roadmap(*document, *out.file, out.diagnostics);
        check_ids(*out.roadmap, out.diagnostics);
    }
    out.diagnostics.sort();
    return out;
}

RoadmapFile read_roadmap_file(const std::string& path, const Limits& limits) {
    FileBytes bytes = read_file_bytes(path, FileKind::roadmap, limits.max_bytes);
    if (!bytes.failure)
        return parse_roadmap_text(path, std::move(bytes.text), limits);
    ReadFailure& failure = *bytes.failure;
    if (failure.reason != ReadFailure::Reason::too_large) {
        if (failure.reason == ReadFailure::Reason::missing)
            failure.message = "cannot read: no such file";
        return unreadable<RoadmapFile>(path, failure);
    }
    RoadmapFile out; // too large: a problem of the file, reported like any other (exit 1)
    out.file = std::make_unique<model::SourceFile>(path, std::string());
    report_too_large(*out.file, failure.size, limits, out.diagnostics);
    return out;
}

bool reload_text(model::SourceFile& file) {
    FileBytes bytes = read_file_bytes(file.path(), FileKind::roadmap);
    if (bytes.failure)
        return false;
    file.restore_text(std::move(bytes.text));
    return true;
}

} // namespace strat::load
