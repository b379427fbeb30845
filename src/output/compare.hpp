#pragma once
/// The renderers of `strat compare` (engine/compare.hpp): text for a terminal, Markdown
/// and self-contained HTML. Text from files is shown on one line each; the text view
/// relies on the terminal filter for the rest, Markdown and HTML escape it themselves.

#include "engine/compare.hpp"

#include <cstddef>
#include <ostream>
#include <string>

namespace strat::output {

struct CompareView {
    bool color = false;
    std::size_t width = 80; ///< columns the text view fits in
};

void print_compare_text(std::ostream& out, const engine::CampaignComparison& c,
                        const CompareView& view);
void print_compare_markdown(std::ostream& out, const engine::CampaignComparison& c);
void print_compare_html(std::ostream& out, const engine::CampaignComparison& c);

// Words the three renderers share (output/compare_words.cpp); plain text, not escaped, in
// the run's language (util/messages_compare.cpp).

/// "Travel & hospitality (travel), goal Guest retention (retention), market EU (eu),
/// budget 40000 EUR"
std::string side_text(const engine::ComparedSide& side);
/// "A plans goal x of industry y, B goal z of industry w: strategies, tactics and KPIs
/// are matched by id" — empty when both plan the same goal.
std::string different_goals_text(const engine::CampaignComparison& c);
/// "none: For hardly anyone (answers file)"; "not asked" when absent.
std::string answer_text(const std::optional<engine::AnsweredQuestion>& a);
/// "#1, +4, chosen"; "not ranked" when absent.
std::string ranking_text(const std::optional<engine::StrategyEntry>& s);
/// "score +4 → +2, rank 1 → 3, no longer chosen"; empty when none of these changed.
std::string ranking_change_text(const engine::StrategyChange& s);
/// "target 35%, baseline 20%, primary"; "not measured" when absent.
std::string kpi_text(const std::optional<engine::KpiEntry>& k);
/// "for email" / "of increase_purchase_frequency": what a tactic is planned for.
std::string tactic_role_text(const engine::TacticChange& t);
/// "1 differs", "2 differ" ("1 weicht ab" in German).
std::string differ_count(std::size_t n);
/// "1 strategy", "5 strategies".
std::string strategy_count(std::size_t n);
/// "Name (id)", or "id" when the name is unknown.
std::string named(const std::string& name, const std::string& id);
/// The name of a KPI change: the KPI's name and id.
std::string kpi_name(const engine::KpiChange& k);

} // namespace strat::output
