#pragma once
/// The roadmaps strat knows: the built-in ones, then the user's directories, each able to
/// shadow an earlier roadmap with the same id. Resolves `extends` chains into one roadmap.

#include "load/roadmap_file.hpp"

#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace strat::load {

/// A shipped translation of a built-in roadmap (roadmaps/LANG/ID.yaml).
struct BuiltinTranslation {
    std::string_view lang;
    std::string_view name; ///< file name under roadmaps/, e.g. "de/travel.yaml"
    std::string_view text;
    /// The roadmap's read model with this translation applied, written by strat_embed.
    std::string_view model;
};

struct BuiltinRoadmap {
    std::string_view name; ///< file name in roadmaps/, e.g. "travel.yaml"
    std::string_view text;
    std::string_view sha256; ///< of the text, for campaign provenance
    /// The read roadmap (roadmap_bytes.hpp), written by strat_embed once it verified it: no
    /// error or warning in it, nor in it resolved and checked as `strat plan` does.
    std::string_view model;
    std::string_view extends; ///< the id the roadmap extends; empty for none
    std::span<const BuiltinTranslation> translations = {};
};

/// The roadmaps compiled into the binary (generated from roadmaps/ at build time).
std::span<const BuiltinRoadmap> builtin_roadmaps();

/// The label built-in roadmaps carry as their path, e.g. "<built-in>/travel.yaml".
std::string builtin_path(std::string_view name);

class Catalog {
public:
    Catalog() = default;
    /// A catalogue layered over `fallback`: its own files shadow the fallback's, and
    /// lookups go on into the fallback (which must outlive this catalogue).
    explicit Catalog(const Catalog* fallback) : fallback_(fallback) {}

    /// The language whose texts built-ins added from now on are read with ("en": as written).
    void set_language(std::string language) { language_ = std::move(language); }
    const std::string& language() const { return language_; }

    /// Add a file; a later roadmap with the same id shadows an earlier one.
    const RoadmapFile& add(RoadmapFile file);
    /// Add a built-in roadmap, read from its model only when first needed (thread-safe).
    /// It holds the id it is named after (strat_embed checks), so lookups of other ids
    /// never read it, and a chain of built-ins resolves without reading its bases as files:
    /// their models go straight into the merged roadmap.
    void add_builtin(const BuiltinRoadmap& builtin);

    /// The roadmap with this id that is in force, or nullptr.
    const RoadmapFile* find(std::string_view id) const;
    /// The roadmaps in force (one per id, shadowed ones left out), sorted by id.
    std::vector<const RoadmapFile*> in_force() const;
    /// Every file added, in order, including unreadable and shadowed ones.
    std::vector<const RoadmapFile*> all() const;
    /// Ids of the industries in force (bases left out), sorted.
    std::vector<std::string> industry_ids() const;

    /// Merge `leaf` with the roadmaps it extends. Problems with the chain (unknown or
    /// invalid parent, cycles) go to `diagnostics`; returns nullopt when no merge is possible.
    std::optional<model::Roadmap> resolve(const RoadmapFile& leaf,
                                          model::Diagnostics& diagnostics) const;
    /// True when `leaf` and every roadmap its `extends` chain reaches here are built-ins,
    /// which the build verified: resolving `leaf` then reports nothing, and neither do the
    /// semantic checks of the result, so both may be skipped.
    bool verified_builtin(const RoadmapFile& leaf) const;
    /// The roadmap `id` resolved, as resolve gives it (with no diagnostics), when it and its
    /// chain are built-ins in force; else nullopt.
    std::optional<model::Roadmap> resolve_verified(std::string_view id) const;

private:
    struct Entry {
        std::optional<BuiltinRoadmap> builtin; ///< absent for a file added read
        std::string language;                  ///< a built-in's texts: set_language's when added
        mutable std::once_flag once;
        mutable std::unique_ptr<RoadmapFile> file;
        /// Built-ins: `file` before its roadmap is read, so positions can point into its
        /// source file while the roadmap itself is never read as a file.
        mutable std::once_flag source_once;

        const RoadmapFile& get() const;
        const model::SourceFile& source_file() const;
    };

    /// The entry holding the roadmap with this id that is in force, or nullptr.
    const Entry* find_entry(std::string_view id) const;
    /// The entries of the chain from `leaf` (a built-in), most derived first, when all are
    /// built-ins in force; else empty.
    std::vector<const Entry*> verified_chain(const Entry* leaf) const;
    /// As above, for the file of a built-in in force; else empty.
    std::vector<const Entry*> verified_chain(const RoadmapFile& leaf) const;
    /// A chain of built-ins merged from their models; `leaf`, when given, is entries[0]'s
    /// roadmap already read.
    model::Roadmap merge_verified(const std::vector<const Entry*>& entries,
                                  const model::Roadmap* leaf) const;

    const Catalog* fallback_ = nullptr;
    std::string language_ = "en";
    std::deque<Entry> entries_; ///< deque: entries hold a once_flag and never move
};

/// The catalogue of a normal run: built-ins, then each directory of `dirs` in order
/// (every yaml file in it), labelled with `origins` (same length as `dirs`).
/// Directories that do not exist or cannot be read are `errors`; two files in one
/// directory with the same roadmap id, and files that are not readable roadmaps, `warnings`.
/// Built-in roadmaps are parsed only when a command needs them.
/// Roadmaps are read in `language`: a built-in with its shipped translation, a roadmap of a
/// directory with the translation file in the same directory tree (strat-roadmap(5),
/// TRANSLATIONS); texts with no translation, and roadmaps with none, stay as written.
struct LoadedCatalog {
    Catalog catalog;
    std::vector<std::string> errors;   ///< "DIR: roadmap directory not found (--roadmaps)"
    std::vector<std::string> warnings; ///< "skipping FILE: it is not a readable roadmap; ..."
};
LoadedCatalog load_catalog(const std::vector<std::string>& dirs,
                           const std::vector<std::string>& origins,
                           const std::string& language = "en");

} // namespace strat::load
