// The catalogue's part for: `strat compare` in text, Markdown and HTML
// (util/message_parts.hpp).

#include "util/message_parts.hpp"

#include <array>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
constexpr std::array entries{
    // Headings and the lines under them (output/compare_text.cpp, compare_md.cpp,
    // compare_html.cpp).
    Entry{"Compare A: {} with B: {}", "Vergleich A: {} mit B: {}"},
    Entry{"No differences in answers, ranking, tactics or KPI targets.",
          "Keine Unterschiede bei Antworten, Ranking, Taktiken und KPI-Zielwerten."},
    Entry{"Answers: {}, {} the same", "Antworten: {}, {} gleich"},
    Entry{"differs", "weicht ab"},
    Entry{"differ", "weichen ab"},
    Entry{"Ranking: {} of {} changed", "Ranking: {} von {} geändert"},
    Entry{"strategy", "Strategie"},
    Entry{"strategies", "Strategien"},
    Entry{"{}: {} in both", "{}: {} in beiden"},
    Entry{"new in B: {} {}", "neu in B: {} {}"},
    Entry{"gone in B: {} {}", "nicht mehr in B: {} {}"},
    Entry{"Tactics: {} added in B, {} dropped in B",
          "Taktiken: {} in B hinzugekommen, {} in B entfallen"},
    Entry{"added", "hinzugekommen"},
    Entry{"dropped", "entfallen"},
    Entry{"Steps left out (no consent, or the channel is not available)",
          "Ausgelassene Schritte (keine Einwilligung oder der Kanal steht nicht zur Verfügung)"},
    Entry{"A only: {}", "nur in A: {}"},
    Entry{"B only: {}", "nur in B: {}"},
    Entry{"KPI targets: {}", "KPI-Zielwerte: {}"},
    // Table headers.
    Entry{"Question", "Frage"},
    Entry{"Strategy", "Strategie"},
    Entry{"Change", "Änderung"},
    Entry{"Reasons", "Gründe"},
    Entry{"Left out in A only", "Nur in A ausgelassen"},
    Entry{"Left out in B only", "Nur in B ausgelassen"},
    // What each side plans and how it differs (output/compare_words.cpp).
    Entry{"{}, goal {}", "{}, Ziel {}"},
    Entry{", market {}", ", Markt {}"},
    Entry{", budget {} {}", ", Budget {} {}"},
    Entry{"Different goals: A plans {} of {}, B plans {} of {}; strategies, tactics and KPIs "
          "are matched by id.",
          "Unterschiedliche Ziele: A plant {} für {}, B plant {} für {}; Strategien, Taktiken "
          "und KPIs werden über ihre ID zugeordnet."},
    Entry{"not asked", "nicht gefragt"},
    Entry{"not ranked", "nicht im Ranking"},
    Entry{", chosen", ", gewählt"},
    Entry{", cannot be planned", ", nicht planbar"},
    Entry{"ranked in A only", "nur in A im Ranking"},
    Entry{"ranked in B only", "nur in B im Ranking"},
    Entry{"score {} → {} ({})", "Punkte {} → {} ({})"},
    Entry{"rank {} → {}", "Rang {} → {}"},
    Entry{"chosen in A only", "nur in A gewählt"},
    Entry{"chosen in B only", "nur in B gewählt"},
    Entry{"can be planned in A only", "nur in A planbar"},
    Entry{"can be planned in B only", "nur in B planbar"},
    Entry{"not measured", "nicht gemessen"},
    Entry{"target {}", "Zielwert {}"},
    Entry{"target to fill in ({})", "Zielwert auszufüllen ({})"},
    Entry{"target to fill in", "Zielwert auszufüllen"},
    Entry{", baseline {}", ", Ausgangswert {}"},
    Entry{", primary", ", Haupt-KPI"},
    Entry{"for strategy {}", "für Strategie {}"},
    Entry{"planned first", "zuerst eingeplant"},
    Entry{"first, to build consent for {}", "zuerst, um Einwilligungen für {} einzuholen"},
};

} // namespace

std::span<const Entry> compare_messages() {
    return entries;
}

} // namespace strat::util
