#include "load/roadmap_file.hpp"

#include "load/markets.hpp"
#include "load/reader.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
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
        out.roadmap = read_roadmap(*document, *out.file, out.diagnostics);
        check_ids(*out.roadmap, out.diagnostics);
    }
    out.diagnostics.sort();
    return out;
}

RoadmapFile read_roadmap_file(const std::string& path, const Limits& limits) {
    namespace fs = std::filesystem;
    RoadmapFile out;
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        out.io_error = "cannot read: no such file";
    } else if (fs::is_directory(status)) {
        out.io_error = "cannot read: it is a directory";
    } else if (auto size = fs::file_size(path, ec);
               fs::is_regular_file(status) && size > limits.max_bytes) {
        // Checked before reading, so a huge file costs nothing.
        out.file = std::make_unique<model::SourceFile>(path, std::string());
        report_too_large(*out.file, size, limits, out.diagnostics);
        return out;
    } else {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            out.io_error = fmt::format("cannot read: {}", std::strerror(errno));
        } else {
            std::string text;
            if (fs::is_regular_file(status))
                text.reserve(static_cast<std::size_t>(size)); // exact: no slack kept per file
            char buffer[1 << 16];
            while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
                text.append(buffer, static_cast<std::size_t>(in.gcount()));
                if (text.size() > limits.max_bytes)
                    break; // a pipe or special file that keeps giving
            }
            if (in.bad())
                out.io_error = fmt::format("cannot read: {}", std::strerror(errno));
            else
                return parse_roadmap_text(path, std::move(text), limits);
        }
    }
    out.file = std::make_unique<model::SourceFile>(path, std::string());
    return out;
}

bool reload_text(model::SourceFile& file) {
    std::ifstream in(file.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof())
        return false;
    file.restore_text(std::move(text).str());
    return true;
}

} // namespace strat::load
