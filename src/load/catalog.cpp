#include "load/catalog.hpp"

#include "load/drops.hpp"
#include "load/roadmap_bytes.hpp"
#include "load/yaml_files.hpp"
#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>
#include <type_traits>

namespace strat::load {

namespace fs = std::filesystem;

std::string builtin_path(std::string_view name) {
    return fmt::format("<built-in>/{}", name);
}

namespace {

/// A verified built-in before its roadmap is read: its source file, labelled built-in.
RoadmapFile builtin_shell(const BuiltinRoadmap& builtin) {
    RoadmapFile file;
    file.file = std::make_unique<model::SourceFile>(builtin_path(builtin.name),
                                                    model::StaticText{builtin.text});
    file.file->set_sha256(std::string(builtin.sha256));
    file.origin = "built-in";
    return file;
}

/// A built-in's roadmap, read from its model. The same build wrote the bytes (and a unit
/// test reads every model back), so bytes that do not read are a bug in strat.
/// In `language`, the model with its translation applied, when it has one.
model::Roadmap read_model(const BuiltinRoadmap& builtin, const model::SourceFile& file,
                          std::string_view language) {
    const model::SourceFile* files[] = {&file};
    std::string_view bytes = builtin.model;
    for (const BuiltinTranslation& translation : builtin.translations)
        if (translation.lang == language)
            bytes = translation.model;
    std::optional<model::Roadmap> roadmap = deserialize_roadmap(bytes, files);
    if (!roadmap)
        throw std::logic_error(fmt::format("built-in roadmap {} does not read", builtin.name));
    return std::move(*roadmap);
}

/// The id a built-in holds: its file's name without the extension (strat_embed checks).
std::string_view builtin_id(const BuiltinRoadmap& builtin) {
    return builtin.name.substr(0, builtin.name.find('.'));
}

} // namespace

const model::SourceFile& Catalog::Entry::source_file() const {
    std::call_once(source_once,
                   [this] { file = std::make_unique<RoadmapFile>(builtin_shell(*builtin)); });
    return *file->file;
}

const RoadmapFile& Catalog::Entry::get() const {
    if (builtin)
        std::call_once(once,
                       [this] { file->roadmap = read_model(*builtin, source_file(), language); });
    return *file;
}

const RoadmapFile& Catalog::add(RoadmapFile file) {
    Entry& entry = entries_.emplace_back();
    entry.file = std::make_unique<RoadmapFile>(std::move(file));
    return *entry.file;
}

void Catalog::add_builtin(const BuiltinRoadmap& builtin) {
    Entry& entry = entries_.emplace_back();
    entry.builtin = builtin;
    entry.language = language_;
}

const Catalog::Entry* Catalog::find_entry(std::string_view id) const {
    for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
        if (it->builtin) {
            if (builtin_id(*it->builtin) == id)
                return &*it; // read only now, when asked for
            continue;
        }
        if (it->file->roadmap && it->file->roadmap->id == id)
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
        overlay(merged.tooling, static_cast<Derived>(derived).tooling);
        overlay(merged.data, static_cast<Derived>(derived).data);
        if (derived.budget) // a budget rule is one convention: replaced whole, never mixed
            merged.budget = derived.budget;
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
        return merge_verified(entries, &*leaf.roadmap);
    // Problems anywhere in the chain are reported at the leaf's own `extends`: that is the
    // line its author can change, and it keeps each file's report in that file.
    std::vector<const model::Roadmap*> chain{&*leaf.roadmap};
    std::vector<std::string> names{leaf.roadmap->id};
    while (chain.back()->extends) {
        const model::Ref& parent_ref = *chain.back()->extends;
        const model::Origin& at = leaf.roadmap->extends->where;
        std::string via =
            chain.size() > 1 ? fmt::format(" (via {})", util::join(names, " -> ")) : std::string();
        const RoadmapFile* parent = find(parent_ref.id);
        if (parent == nullptr) {
            std::vector<std::string> ids;
            for (const RoadmapFile* f : in_force())
                if (std::find(names.begin(), names.end(), f->roadmap->id) == names.end())
                    ids.push_back(f->roadmap->id);
            diagnostics.add("unknown-extends", at,
                            fmt::format("`extends` names roadmap `{}`, which was not found{}{}",
                                        parent_ref.id, util::did_you_mean(parent_ref.id, ids), via),
                            fmt::format("roadmaps that can be extended: {}", util::join(ids)));
            return std::nullopt;
        }
        if (std::find(names.begin(), names.end(), parent_ref.id) != names.end()) {
            names.push_back(parent_ref.id);
            diagnostics.add(
                "extends-cycle", at,
                fmt::format("roadmaps extend each other in a cycle: {}", util::join(names, " -> ")),
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
    // Built-ins have no cycles (the build checks); the bound only keeps a broken catalogue
    // finite.
    while (!chain.back()->builtin->extends.empty() && chain.size() < 64) {
        const Entry* parent = find_entry(chain.back()->builtin->extends);
        if (parent == nullptr || !parent->builtin)
            return {};
        chain.push_back(parent);
    }
    return chain.back()->builtin->extends.empty() ? chain : std::vector<const Entry*>{};
}

std::vector<const Catalog::Entry*> Catalog::verified_chain(const RoadmapFile& leaf) const {
    if (!leaf.roadmap || leaf.origin != "built-in")
        return {}; // spares a lookup per file when validating many
    const Entry* entry = find_entry(leaf.roadmap->id);
    if (entry == nullptr || !entry->builtin || &entry->source_file() != leaf.file.get())
        return {}; // not in force, or not a built-in
    return verified_chain(entry);
}

bool Catalog::verified_builtin(const RoadmapFile& leaf) const {
    return !verified_chain(leaf).empty();
}

model::Roadmap Catalog::merge_verified(const std::vector<const Entry*>& entries,
                                       const model::Roadmap* leaf) const {
    // Each model is read straight into the merge, never as a file of the catalogue: the
    // root's is moved in, and the others' entities are moved into it, except those of a
    // `leaf` read already (copied). Moving rather than copying saves `strat plan` about
    // 1.7 million instructions of its 21 million, `strat list goals` 8 million (callgrind).
    std::vector<model::Roadmap> read(entries.size());
    for (std::size_t i = leaf ? 1 : 0; i < entries.size(); ++i)
        read[i] = read_model(*entries[i]->builtin, entries[i]->source_file(), entries[i]->language);
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
    if (entry == nullptr || !entry->builtin)
        return std::nullopt;
    std::vector<const Entry*> entries = verified_chain(entry);
    if (entries.empty())
        return std::nullopt;
    return merge_verified(entries, nullptr);
}

} // namespace strat::load
