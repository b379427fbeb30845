// The catalogue's part for: strat review and strat dashboard (util/message_parts.hpp).

#include "util/message_parts.hpp"

#include <array>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
constexpr std::array entries{
    // Status, trend and tactic-state words for people; JSON keeps the English ones.
    Entry{"on-track", "im Plan"},
    Entry{"at-risk", "gefährdet"},
    Entry{"off-track", "nicht im Plan"},
    Entry{"no-data", "keine Daten"},
    Entry{"no-target", "kein Zielwert"},
    Entry{"needs-attention", "Handlungsbedarf"},
    Entry{"improving", "besser"},
    Entry{"worsening", "schlechter"},
    Entry{"flat", "unverändert"},
    Entry{"design", "in Vorbereitung"},
    Entry{"active", "aktiv"},
    Entry{"paused", "pausiert"},
    Entry{"done", "abgeschlossen"},
    // strat review (output/review.cpp).
    Entry{"Review of {}\n{}\n\n", "Auswertung: {}\n{}\n\n"},
    Entry{"the campaign ended {} day ago (on {}, as of {})",
          "die Kampagne endete vor {} Tag (am {}, Stand {})"},
    Entry{"the campaign ended {} days ago (on {}, as of {})",
          "die Kampagne endete vor {} Tagen (am {}, Stand {})"},
    Entry{"the campaign starts in {} day (on {}, as of {})",
          "die Kampagne beginnt in {} Tag (am {}, Stand {})"},
    Entry{"the campaign starts in {} days (on {}, as of {})",
          "die Kampagne beginnt in {} Tagen (am {}, Stand {})"},
    Entry{"{} of the campaign period gone (day {} of {}, as of {})",
          "{} der Kampagnenlaufzeit vergangen (Tag {} von {}, Stand {})"},
    Entry{"campaign dates not filled in: every KPI is judged against its full target",
          "Kampagnendaten nicht eingetragen: jede Kennzahl wird an ihrem vollen Zielwert "
          "gemessen"},
    Entry{"add tactic \"{}\" ({}): {}", "Taktik „{}“ ({}) hinzufügen: {}"},
    Entry{"switch to strategy \"{}\" ({}): {}", "zur Strategie „{}“ ({}) wechseln: {}"},
    Entry{"no unused tactic or strategy in the roadmap that fits your answers measures {}; "
          "revisit the target, or look beyond the roadmap",
          "keine ungenutzte Taktik oder Strategie der Roadmap, die zu Ihren Antworten passt, misst "
          "{}; prüfen Sie den Zielwert oder suchen Sie über die Roadmap hinaus"},
    Entry{"BASELINE", "AUSGANGSWERT"},
    Entry{"LATEST", "AKTUELL"},
    Entry{"TARGET", "ZIELWERT"},
    Entry{"TACTIC", "TAKTIK"},
    Entry{"STRATEGY", "STRATEGIE"},
    Entry{"SINCE", "SEIT"},
    Entry{"\nTactics:\n", "\nTaktiken:\n"},
    Entry{"\nWhat to do next for {} ({}):\n", "\nNächste Schritte für {} ({}):\n"},
    Entry{"\nnote: ", "\nHinweis: "},
    Entry{"# Review: {}\n\n{}.\n\n", "# Auswertung: {}\n\n{}.\n\n"},
    Entry{"| KPI | Baseline | Latest | Target | Trend | Status |\n",
          "| Kennzahl | Ausgangswert | Aktuell | Zielwert | Trend | Status |\n"},
    Entry{"\n## Tactics\n\n| Tactic | Strategy | Status | Since |\n",
          "\n## Taktiken\n\n| Taktik | Strategie | Status | Seit |\n"},
    Entry{"\n## Next steps for {}\n\n", "\n## Nächste Schritte für {}\n\n"},
    Entry{"\n> Note: ", "\n> Hinweis: "},
};

} // namespace

std::span<const Entry> review_messages() {
    return entries;
}

} // namespace strat::util
