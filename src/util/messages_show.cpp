// The catalogue's part for: `strat show` and `strat list` as people read them; their JSON
// keeps the English words (util/message_parts.hpp).

#include "util/message_parts.hpp"

#include <array>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
constexpr std::array entries{
    // What an entity is, at the head of `strat show` and in counts (output/show.cpp).
    Entry{"question", "Frage"},
    Entry{"questions", "Fragen"},
    Entry{"tactic", "Taktik"},
    Entry{"tactics", "Taktiken"},
    Entry{"kpi", "KPI"},
    Entry{"source", "Quelle"},
    Entry{"sources", "Quellen"},
    Entry{"industry", "Branche"},
    // The labels of its facts (their JSON keys with spaces).
    Entry{"defined at", "definiert in"},
    Entry{"aliases", "Aliasse"},
    Entry{"first question", "erste Frage"},
    Entry{"primary kpi", "Haupt-KPI"},
    Entry{"asked for goals", "gefragt für die Ziele"},
    Entry{"channels", "Kanäle"},
    Entry{"effort", "Aufwand"},
    Entry{"cost", "Kosten"},
    Entry{"requires", "setzt voraus"},
    Entry{"collects consent for", "holt Einwilligungen ein für"},
    Entry{"trigger", "Auslöser"},
    Entry{"unit", "Einheit"},
    Entry{"better", "besser ist"},
    Entry{"cadence", "Messrhythmus"},
    Entry{"benchmark", "Benchmark"},
    Entry{"segment", "Segment"},
    Entry{"note", "Hinweis"},
    Entry{"region", "Region"},
    Entry{"year", "Jahr"},
    Entry{"url", "URL"},
    Entry{"citation", "Fundstelle"},
    Entry{"audience", "Zielgruppe"},
    Entry{"extends", "erweitert"},
    Entry{"files", "Dateien"},
    Entry{"from", "Herkunft"},
    Entry{"counts", "Umfang"},
    // Values.
    Entry{"fill in", "ausfüllen"},
    Entry{"nothing", "nichts"},
    Entry{"both", "beide"},
    Entry{"built-in", "eingebaut"},
    Entry{"percent", "Prozent"},
    Entry{"count", "Anzahl"},
    Entry{"currency", "Währung"},
    Entry{"ratio", "Verhältnis"},
    Entry{"days", "Tage"},
    Entry{"score", "Punktwert"},
    // Sections and their lines.
    Entry{"Decision tree", "Entscheidungsbaum"},
    Entry{"Strategies serving this goal", "Strategien für dieses Ziel"},
    Entry{"Options", "Antworten"},
    Entry{"Tactics, in order", "Taktiken, in ihrer Reihenfolge"},
    Entry{"Answers that weight it", "Antworten, die sie gewichten"},
    Entry{"Steps", "Schritte"},
    Entry{"Risks", "Risiken"},
    Entry{"mitigation: {}", "Gegenmaßnahme: {}"},
    Entry{"Used by strategies", "Genutzt von den Strategien"},
    Entry{"Measured by", "Gemessen von"},
    Entry{"Regional benchmarks", "Regionale Benchmarks"},
    Entry{"segment: {}", "Segment: {}"},
    Entry{"Cited by KPIs", "Belegt die KPIs"},
    Entry{"Goals", "Ziele"},
    Entry{"(none)", "(keine)"},
    Entry{"\nSources:\n", "\nQuellen:\n"},
    Entry{"tactics: {}", "Taktiken: {}"},
    Entry{"channels: {}; effort {}, cost {}", "Kanäle: {}; Aufwand {}, Kosten {}"},
    Entry{"better {}; benchmark: {}", "{} ist besser; Benchmark: {}"},
    Entry{"strategy: {}", "Strategie: {}"},
    Entry{"tactic: {}", "Taktik: {}"},
    Entry{" [default]", " [Vorgabe]"},
    Entry{" (relies on {})", " (setzt voraus: {})"},
    // What a tactic or an answer's weight requires.
    Entry{"channels {}", "Kanäle {}"},
    Entry{"consent for {}", "Einwilligung für {}"},
    Entry{"data: {}", "Daten: {}"},
    Entry{"tooling: {}", "Werkzeuge: {}"},
    Entry{"budget {} or more", "Budget {} oder mehr"},
    Entry{"team maturity {} or more", "Teamreife {} oder mehr"},
    Entry{"{} only", "nur {}"},
    // The columns of `strat list` (output/listing.cpp).
    Entry{"ALIASES", "ALIASSE"},
    Entry{"QUESTIONS", "FRAGEN"},
    Entry{"STRATEGIES", "STRATEGIEN"},
    Entry{"QUESTION", "FRAGE"},
    Entry{"OPTIONS", "ANTWORTEN"},
    Entry{"DEFAULT", "VORGABE"},
    Entry{"GOALS", "ZIELE"},
    Entry{"TACTICS", "TAKTIKEN"},
    Entry{"CHANNELS", "KANÄLE"},
    Entry{"EFFORT", "AUFWAND"},
    Entry{"COST", "KOSTEN"},
    Entry{"UNIT", "EINHEIT"},
    Entry{"BETTER", "BESSER IST"},
    Entry{"PUBLISHER", "HERAUSGEBER"},
    Entry{"YEAR", "JAHR"},
    Entry{"TITLE", "TITEL"},
    Entry{"AUDIENCE", "ZIELGRUPPE"},
    Entry{"FROM", "HERKUNFT"},
    Entry{"INDUSTRY", "BRANCHE"},
};

} // namespace

std::span<const Entry> show_messages() {
    return entries;
}

} // namespace strat::util
