// The catalogue's part for: the budget split and its rule (util/message_parts.hpp).

#include "util/message_parts.hpp"

#include <array>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
constexpr std::array entries{
    // The split in the Markdown and HTML brief (output/budget.cpp).
    Entry{"Reserve for tests", "Reserve für Tests"},
    Entry{"Total", "Gesamt"},
    Entry{"\n### Split by tactic\n\n", "\n### Aufteilung nach Taktik\n\n"},
    Entry{"\n### Split by tactic, in shares\n\nGive `strat plan --budget-amount` for "
          "amounts.\n\n",
          "\n### Aufteilung nach Taktik, in Anteilen\n\nBeträge gibt `strat plan "
          "--budget-amount`.\n\n"},
    Entry{
        "| Tactic | Cost | Share | Pilot | Scale | By channel |\n|---|---|---|---|---|---|\n",
        "| Taktik | Kosten | Anteil | Pilot | Skalierung | Nach Kanal |\n|---|---|---|---|---|---|"
        "\n"},
    Entry{"<h3>Split by tactic</h3>\n", "<h3>Aufteilung nach Taktik</h3>\n"},
    Entry{"<h3>Split by tactic, in shares</h3>\n<p>Give <code>strat plan --budget-amount</code> "
          "for amounts.</p>\n",
          "<h3>Aufteilung nach Taktik, in Anteilen</h3>\n<p>Beträge gibt <code>strat plan "
          "--budget-amount</code>.</p>\n"},
    Entry{"<table class=\"budget-split\"><thead><tr><th>Tactic</th><th>Share</th><th>Pilot</th>"
          "<th>Scale</th><th>By channel</th></tr></thead><tbody>\n",
          "<table class=\"budget-split\"><thead><tr><th>Taktik</th><th>Anteil</th><th>Pilot</th>"
          "<th>Skalierung</th><th>Nach Kanal</th></tr></thead><tbody>\n"},
    Entry{"The rule (the roadmap's convention, not a measured figure): {} of the budget is held "
          "back as a reserve for tests; the rest goes to the tactics by their cost level, "
          "weighted low {}, medium {}, high {}; a tactic's share is split equally "
          "between its channels, {} in its pilot (before the go/no-go review) and {} when it "
          "scales. Amounts are whole units that add up to the total.",
          "Die Regel (eine Konvention der Roadmap, kein gemessener Wert): {} des Budgets bleiben "
          "als Reserve für Tests zurück; der Rest geht nach Kostenstufe an die Taktiken, "
          "gewichtet niedrig {}, mittel {}, hoch {}; der Anteil einer Taktik wird "
          "gleichmäßig auf ihre Kanäle verteilt, {} im Pilot (vor dem Go/No-Go-Review) und {} "
          "in der Skalierung. Beträge sind ganze Einheiten und ergeben zusammen die Summe."},
};

} // namespace

std::span<const Entry> budget_messages() {
    return entries;
}

} // namespace strat::util
