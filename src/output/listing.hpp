#pragma once
/// `strat list` and `strat show` printers: aligned tables or JSON over resolved roadmaps.

#include "model/roadmap.hpp"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace strat::output {

enum class Format { text, json };

struct IndustryRow {
    const model::Roadmap* roadmap;
    std::string origin; ///< "built-in", "STRAT_ROADMAPS", "--roadmaps"
    std::string path;
};

enum class EntityKind { goal, question, strategy, tactic, kpi, source };

/// The words users type for each kind ("goals" for lists, "goal" for show).
std::string_view plural_name(EntityKind kind);
std::string_view singular_name(EntityKind kind);

void list_industries(std::ostream& out, const std::vector<IndustryRow>& rows, Format format);

/// One row per entity of `kind` in each roadmap; an INDUSTRY column when there are several.
void list_entities(std::ostream& out, EntityKind kind,
                   const std::vector<const model::Roadmap*>& roadmaps, Format format);

/// The ids of `kind` in `roadmap`, for "did you mean" and error messages.
std::vector<std::string> entity_ids(const model::Roadmap& roadmap, EntityKind kind);

/// Everything about one entity and what it links to, with the sources behind its figures.
/// Returns false when `roadmap` has no `kind` with this id.
bool show_entity(std::ostream& out, EntityKind kind, const model::Roadmap& roadmap,
                 std::string_view id, Format format);

/// An industry: its files, what it extends, counts and goals.
void show_industry(std::ostream& out, const IndustryRow& row, Format format);

} // namespace strat::output
