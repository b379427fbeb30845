#include "load/catalog.hpp"

#include "load/drops.hpp"

#include "load/roadmap_cache.hpp"
#include "model/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <type_traits>

namespace strat::load {

namespace fs = std::filesystem;

std::string builtin_path(std::string_view name) {
    return fmt::format("<built-in>/{}", name);
}

namespace {

bool is_yaml(const fs::path& path) {
    auto ext = path.extension().string();
    return ext == ".yaml" || ext == ".yml";
}

/// A verified built-in before its roadmap is read: its source file, labelled built-in.
RoadmapFile builtin_shell(const BuiltinRoadmap& builtin) {
    RoadmapFile file;
    file.file = std::make_unique<model::SourceFile>(builtin_path(builtin.name),
                                                    model::StaticText{builtin.text});
    file.file->set_sha256(std::string(builtin.sha256));
    file.origin = "built-in";
    return file;
}

/// A built-in without a usable model (strat_embed verifies every shipped roadmap, so only
/// damaged bytes lead here): parsed from its text, with what that finds.
RoadmapFile read_unverified(const BuiltinRoadmap& builtin) {
    RoadmapFile file = parse_roadmap_text(builtin_path(builtin.name), std::string(builtin.text));
    file.file->set_sha256(std::string(builtin.sha256));
    file.origin = "built-in";
    return file;
}

} // namespace

std::vector<std::string> collect_yaml_files(const std::string& path,
                                            std::vector<std::string>& errors) {
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        return {path}; // a file, or something missing: reading it reports the problem
    std::vector<std::string> files;
    std::set<fs::path> visited; // canonical directories, so symlink loops end
    visited.insert(fs::canonical(path, ec));
    auto options = fs::directory_options::follow_directory_symlink |
                   fs::directory_options::skip_permission_denied;
    fs::recursive_directory_iterator it(path, options, ec), end;
    if (ec) {
        errors.push_back(fmt::format("{}: cannot read directory: {}", path, ec.message()));
        return {};
    }
    for (; it != end; it.increment(ec)) {
        if (ec) {
            errors.push_back(fmt::format("{}: cannot read directory: {}", path, ec.message()));
            break;
        }
        std::error_code type_ec;
        if (it->is_directory(type_ec)) {
            if (!visited.insert(fs::canonical(it->path(), type_ec)).second)
                it.disable_recursion_pending();
        } else if (is_yaml(it->path())) {
            files.push_back(it->path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

const model::SourceFile& Catalog::Entry::source_file() const {
    std::call_once(source_once, [this] {
        file = std::make_unique<RoadmapFile>(builtin_shell(*verified));
        source = file->file.get();
    });
    return *source;
}

const RoadmapFile& Catalog::Entry::get() const {
    std::call_once(once, [this] {
        if (verified) {
            const model::SourceFile* files[] = {&source_file()};
            file->roadmap = deserialize_roadmap(verified->model, files);
            if (!file->roadmap) { // damaged bytes: read the text, as for any file
                retired = std::move(file->file);
                *file = read_unverified(*verified);
            }
        } else if (!file) {
            file = std::make_unique<RoadmapFile>(load());
        }
    });
    return *file;
}

const RoadmapFile& Catalog::add(RoadmapFile file) {
    Entry& entry = entries_.emplace_back();
    entry.file = std::make_unique<RoadmapFile>(std::move(file));
    return *entry.file;
}

void Catalog::add_lazy(std::string expected_id, std::function<RoadmapFile()> load) {
    Entry& entry = entries_.emplace_back();
    entry.expected_id = std::move(expected_id);
    entry.load = std::move(load);
}

void Catalog::add_builtin(const BuiltinRoadmap& builtin) {
    std::string stem(builtin.name.substr(0, builtin.name.find('.')));
    if (builtin.model.empty()) {
        add_lazy(std::move(stem), [builtin] { return read_unverified(builtin); });
        return;
    }
    Entry& entry = entries_.emplace_back();
    entry.expected_id = std::move(stem);
    entry.verified = builtin;
}

const Catalog::Entry* Catalog::find_entry(std::string_view id) const {
    for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
        if (!it->expected_id.empty() && it->expected_id != id)
            continue; // a lazy file known to hold another roadmap: leave it unparsed
        if (it->verified)
            return &*it; // the build checked that it holds the id it is named after
        const RoadmapFile& file = it->get();
        if (file.roadmap && file.roadmap->id == id)
            return &*it;
    }
    return fallback_ ? fallback_->find_entry(id) : nullptr;
}

const RoadmapFile* Catalog::find(std::string_view id) const {
    const Entry* entry = find_entry(id);
    return entry ? &entry->get() : nullptr;
}

std::vector<const RoadmapFile*> Catalog::in_force() const {
    std::vector<const RoadmapFile*> out;
    for (const RoadmapFile* file : all())
        if (file->roadmap && !file->roadmap->id.empty() && find(file->roadmap->id) == file)
            out.push_back(file);
    std::sort(out.begin(), out.end(),
              [](auto* a, auto* b) { return a->roadmap->id < b->roadmap->id; });
    return out;
}

std::vector<const RoadmapFile*> Catalog::all() const {
    std::vector<const RoadmapFile*> out;
    if (fallback_)
        out = fallback_->all();
    for (const Entry& entry : entries_)
        out.push_back(&entry.get());
    return out;
}

std::vector<std::string> Catalog::industry_ids() const {
    std::vector<std::string> ids;
    for (const RoadmapFile* file : in_force())
        if (file->roadmap->kind == model::RoadmapKind::industry)
            ids.push_back(file->roadmap->id);
    return ids;
}

namespace {

/// Entities of `derived` replace those of `merged` with the same id; new ones are appended.
/// They are moved when `derived` is an rvalue, else copied.
template <typename T, typename Derived> void overlay(std::vector<T>& merged, Derived&& derived) {
    using Item = std::conditional_t<std::is_lvalue_reference_v<Derived>, const T&, T&&>;
    merged.reserve(merged.size() + derived.size()); // one allocation, not a doubling series
    for (auto& item : derived) {
        auto it =
            std::find_if(merged.begin(), merged.end(), [&](const T& m) { return m.id == item.id; });
        if (it != merged.end())
            *it = static_cast<Item>(item);
        else
            merged.push_back(static_cast<Item>(item));
    }
}

/// `chain`, most derived first, merged into `merged`: the roadmap chain.back() as read,
/// which is not looked at again. A chain of non-const roadmaps has its entities moved out.
template <typename R> model::Roadmap merge(const std::vector<R*>& chain, model::Roadmap merged) {
    using Derived = std::conditional_t<std::is_const_v<R>, const model::Roadmap&, model::Roadmap&&>;
    const model::SourceFile* root_file = merged.file;
    merged.chain.clear();
    for (auto it = chain.rbegin() + 1; it != chain.rend(); ++it) {
        Derived derived = static_cast<Derived>(**it);
        apply_drops(merged, derived.drops); // before its own entities: it may not drop them
        overlay(merged.sources, static_cast<Derived>(derived).sources);
        overlay(merged.goals, static_cast<Derived>(derived).goals);
        overlay(merged.questions, static_cast<Derived>(derived).questions);
        overlay(merged.strategies, static_cast<Derived>(derived).strategies);
        overlay(merged.tactics, static_cast<Derived>(derived).tactics);
        overlay(merged.kpis, static_cast<Derived>(derived).kpis);
        overlay(merged.markets, static_cast<Derived>(derived).markets);
    }
    if (chain.size() > 1) { // else `merged` is the top already
        const model::Roadmap& top = *chain.front();
        merged.file = top.file;
        merged.where = top.where;
        merged.format = top.format;
        merged.id = top.id;
        merged.kind = top.kind;
        merged.name = top.name;
        merged.description = top.description;
        merged.extends = top.extends;
        merged.audience = top.audience;
    }
    for (std::size_t i = 0; i + 1 < chain.size(); ++i)
        merged.chain.push_back(chain[i]->file);
    merged.chain.push_back(root_file);
    return merged;
}

} // namespace

std::optional<model::Roadmap> Catalog::resolve(const RoadmapFile& leaf,
                                               model::Diagnostics& diagnostics) const {
    if (!leaf.roadmap)
        return std::nullopt;
    if (auto entries = verified_chain(leaf); entries.size() > 1)
        if (auto merged = merge_verified(entries, &*leaf.roadmap))
            return merged;
    // Problems anywhere in the chain are reported at the leaf's own `extends`: that is the
    // line its author can change, and it keeps each file's report in that file.
    std::vector<const model::Roadmap*> chain{&*leaf.roadmap};
    std::vector<std::string> names{leaf.roadmap->id};
    while (chain.back()->extends) {
        const model::Ref& parent_ref = *chain.back()->extends;
        const model::Origin& at = leaf.roadmap->extends->where;
        std::string via =
            chain.size() > 1 ? fmt::format(" (via {})", model::join(names, " -> ")) : std::string();
        const RoadmapFile* parent = find(parent_ref.id);
        if (parent == nullptr) {
            std::vector<std::string> ids;
            for (const RoadmapFile* f : in_force())
                if (std::find(names.begin(), names.end(), f->roadmap->id) == names.end())
                    ids.push_back(f->roadmap->id);
            diagnostics.add("unknown-extends", at,
                            fmt::format("`extends` names roadmap `{}`, which was not found{}{}",
                                        parent_ref.id, model::did_you_mean(parent_ref.id, ids),
                                        via),
                            fmt::format("roadmaps that can be extended: {}", model::join(ids)));
            return std::nullopt;
        }
        if (std::find(names.begin(), names.end(), parent_ref.id) != names.end()) {
            names.push_back(parent_ref.id);
            diagnostics.add("extends-cycle", at,
                            fmt::format("roadmaps extend each other in a cycle: {}",
                                        model::join(names, " -> ")),
                            "remove one `extends` so the chain ends at a base");
            return std::nullopt;
        }
        names.push_back(parent_ref.id);
        if (!parent->usable()) {
            diagnostics.add(
                "unknown-extends", at,
                fmt::format("roadmap `{}` that this one extends{} has errors", parent_ref.id, via),
                fmt::format("fix {} first (strat validate shows its problems)",
                            parent->file->path()));
            return std::nullopt;
        }
        chain.push_back(&*parent->roadmap);
    }
    check_drops(*leaf.roadmap, {chain.begin() + 1, chain.end()}, diagnostics);
    model::Roadmap merged = merge(chain, *chain.back());
    check_dropped_questions(*leaf.roadmap, merged, diagnostics);
    return merged;
}

std::vector<const Catalog::Entry*> Catalog::verified_chain(const Entry* leaf) const {
    std::vector<const Entry*> chain{leaf};
    // Verified built-ins have no cycles; the bound only keeps a broken catalogue finite.
    while (!chain.back()->verified->extends.empty() && chain.size() < 64) {
        const Entry* parent = find_entry(chain.back()->verified->extends);
        if (parent == nullptr || !parent->verified)
            return {};
        chain.push_back(parent);
    }
    return chain.back()->verified->extends.empty() ? chain : std::vector<const Entry*>{};
}

std::vector<const Catalog::Entry*> Catalog::verified_chain(const RoadmapFile& leaf) const {
    if (!leaf.roadmap || leaf.origin != "built-in")
        return {}; // spares a lookup per file when validating many
    const Entry* entry = find_entry(leaf.roadmap->id);
    if (entry == nullptr || !entry->verified || &entry->source_file() != leaf.file.get())
        return {}; // not in force, or not a verified built-in
    return verified_chain(entry);
}

bool Catalog::verified_builtin(const RoadmapFile& leaf) const {
    return !verified_chain(leaf).empty();
}

std::optional<model::Roadmap> Catalog::merge_verified(const std::vector<const Entry*>& entries,
                                                      const model::Roadmap* leaf) const {
    // Each model is read straight into the merge, never as a file: the root's is moved in,
    // and those of the others are moved into it, except a `leaf` already read (copied).
    std::vector<model::Roadmap> read(entries.size());
    for (std::size_t i = leaf ? 1 : 0; i < entries.size(); ++i) {
        const model::SourceFile* files[] = {&entries[i]->source_file()};
        auto roadmap = deserialize_roadmap(entries[i]->verified->model, files);
        if (!roadmap)
            return std::nullopt;
        read[i] = std::move(*roadmap);
    }
    model::Roadmap root = std::move(read.back());
    if (leaf) {
        std::vector<const model::Roadmap*> chain{leaf};
        for (std::size_t i = 1; i < read.size(); ++i)
            chain.push_back(&read[i]);
        return merge(chain, std::move(root));
    }
    std::vector<model::Roadmap*> chain;
    for (model::Roadmap& r : read)
        chain.push_back(&r);
    return merge(chain, std::move(root));
}

std::optional<model::Roadmap> Catalog::resolve_verified(std::string_view id) const {
    const Entry* entry = find_entry(id);
    if (entry == nullptr || !entry->verified)
        return std::nullopt;
    std::vector<const Entry*> entries = verified_chain(entry);
    if (entries.empty())
        return std::nullopt;
    return merge_verified(entries, nullptr);
}

} // namespace strat::load
