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
    // Each tactic's roles in the review (output/review.cpp); "not named yet" is the
    // dashboard's.
    Entry{"OWNER", "VERANTWORTLICH"},
    Entry{"APPROVER", "FREIGABE"},
    Entry{"\n## Tactics\n\n| Tactic | Owner | Approver |\n",
          "\n## Taktiken\n\n| Taktik | Verantwortlich | Freigabe |\n"},
    Entry{"\n## Tactics\n\n| Tactic | Strategy | Status | Since | Owner | Approver |\n",
          "\n## Taktiken\n\n| Taktik | Strategie | Status | Seit | Verantwortlich | Freigabe |\n"},
    // Spend and cost per result in the review (output/review_spend.cpp).
    Entry{"Spend to {}", "Ausgaben bis {}"},
    Entry{"Spend to {} ({})", "Ausgaben bis {} ({})"},
    Entry{"SPENT", "AUSGEGEBEN"},
    Entry{"SHARE OF SPEND", "ANTEIL AN DEN AUSGABEN"},
    Entry{"PLANNED SHARE", "GEPLANTER ANTEIL"},
    Entry{"PLANNED TO DATE", "BIS HEUTE GEPLANT"},
    // "BUDGET" and "Budget" are the same word in German: tr() gives them unchanged.
    Entry{"total", "gesamt"},
    Entry{"Spent", "Ausgegeben"},
    Entry{"Share of spend", "Anteil an den Ausgaben"},
    Entry{"Planned share", "Geplanter Anteil"},
    Entry{"Planned to date", "Bis heute geplant"},
    Entry{"the campaign file records no budget split to hold the spend against",
          "die Kampagnendatei enthält keine Budgetaufteilung, mit der sich die Ausgaben "
          "vergleichen ließen"},
    Entry{"the budget is split in shares (no total filled in): each tactic's share of the "
          "spend beside its planned share",
          "das Budget ist in Anteilen aufgeteilt (kein Gesamtbetrag eingetragen): der Anteil "
          "jeder Taktik an den Ausgaben neben ihrem geplanten Anteil"},
    Entry{"campaign dates not filled in: the spend is held against the whole budget",
          "Kampagnendaten nicht eingetragen: die Ausgaben werden mit dem ganzen Budget "
          "verglichen"},
    Entry{"planned to date: each tactic's budget spread evenly over the campaign period",
          "bis heute geplant: das Budget jeder Taktik gleichmäßig über die Kampagnenlaufzeit "
          "verteilt"},
    Entry{"; the reserve for tests ({}) is in no tactic's line",
          "; die Reserve für Tests ({}) steht in keiner Zeile einer Taktik"},
    Entry{"\nCost per result:\n", "\nKosten pro Ergebnis:\n"},
    Entry{"\n## Cost per result\n\n", "\n## Kosten pro Ergebnis\n\n"},
    Entry{"no KPI of the campaign counts results (leads, orders, bookings ...); rates, shares "
          "and amounts have no cost per result",
          "keine Kennzahl der Kampagne zählt Ergebnisse (Leads, Bestellungen, Buchungen ...); "
          "Raten, Anteile und Beträge haben keine Kosten pro Ergebnis"},
    Entry{"no tactic of the campaign moves {}, so no spend is counted against it",
          "keine Taktik der Kampagne bewegt {}, daher werden ihr keine Ausgaben zugerechnet"},
    Entry{"no spend recorded yet for {}", "noch keine Ausgaben erfasst für {}"},
    Entry{"no results counted yet: no reading of {} to {}",
          "noch keine Ergebnisse gezählt: kein Wert für {} bis {}"},
    Entry{"{} spent by {}, but no results counted to {} ({})",
          "{} ausgegeben von {}, aber bis {} keine Ergebnisse gezählt ({})"},
    Entry{"no results counted yet: {} is a level with no baseline, and its one reading has "
          "nothing to gain from; fill in its baseline in the campaign file",
          "noch keine Ergebnisse gezählt: {} ist ein Bestand ohne Ausgangswert, und sein "
          "einziger Wert hat nichts, wovon er zulegen könnte; tragen Sie den Ausgangswert in "
          "der Kampagnendatei ein"},
    Entry{"a level: from its first reading {} on {} to {} on {}",
          "ein Bestand: vom ersten Wert {} am {} auf {} am {}"},
    Entry{"a level: from the baseline {} to {} on {}",
          "ein Bestand: vom Ausgangswert {} auf {} am {}"},
    Entry{"{} per result: {} spent by {} for {} results ({}) to {}",
          "{} pro Ergebnis: {} ausgegeben von {} für {} Ergebnisse ({}) bis {}"},
    Entry{"{} reading", "{} Wert"},
    Entry{"the sum of {} readings", "Summe aus {} Werten"},
    Entry{"{} spend row dated after the review date is left out",
          "{} Ausgabenzeile nach dem Datum der Auswertung bleibt unberücksichtigt"},
    Entry{"{} spend rows dated after the review date are left out",
          "{} Ausgabenzeilen nach dem Datum der Auswertung bleiben unberücksichtigt"},
    Entry{"\n> Note: ", "\n> Hinweis: "},
    // A campaign's spend on the dashboard (output/review_spend.cpp, spend_summary).
    Entry{"spend to {}: {}", "Ausgaben bis {}: {}"},
    Entry{"the budget is split in shares, with no total to hold the spend against",
          "das Budget ist in Anteilen aufgeteilt, ohne Gesamtbetrag, mit dem sich die Ausgaben "
          "vergleichen ließen"},
    Entry{"{} of {} planned to date; budget {}", "{} von {} bis heute geplant; Budget {}"},
    Entry{"{} of the whole budget {} (campaign dates not filled in)",
          "{} vom ganzen Budget {} (Kampagnendaten nicht eingetragen)"},
    // strat dashboard, every format for people (output/dashboard_*.cpp).
    Entry{"campaign", "Kampagne"},
    Entry{"campaigns", "Kampagnen"},
    Entry{"goal", "Ziel"},
    Entry{"goals", "Ziele"},
    Entry{"actual", "Ist-Wert"},
    Entry{"actuals", "Ist-Werte"},
    Entry{"{} point", "{} Prozentpunkt"},
    Entry{"{} points", "{} Prozentpunkte"},
    Entry{"no status", "kein Status"},
    Entry{"add tactic \"{}\" ({})", "Taktik „{}“ ({}) hinzufügen"},
    Entry{"switch to strategy \"{}\" ({})", "zur Strategie „{}“ ({}) wechseln"},
    Entry{"campaign dates not filled in", "Kampagnendaten nicht eingetragen"},
    Entry{"{} to {}", "{} bis {}"},
    Entry{"{} to {}, {} of the period gone", "{} bis {}, {} der Laufzeit vergangen"},
    Entry{"SERIES", "VERLAUF"},
    Entry{"file {}", "Datei {}"},
    Entry{"    First, before the strategies:\n", "    Zuerst, vor den Strategien:\n"},
    Entry{"Strategy \"{}\" ({}){}", "Strategie „{}“ ({}){}"},
    Entry{", not chosen in the plan", ", im Plan nicht gewählt"},
    Entry{"KPIs of the goal that no strategy of the campaign owns:",
          "Kennzahlen des Ziels, die keiner Strategie der Kampagne gehören:"},
    Entry{"note: {}", "Hinweis: {}"},
    Entry{"\nWhat to do next, most behind first:\n",
          "\nNächste Schritte, die am weitesten zurückliegenden zuerst:\n"},
    Entry{"  nothing: no KPI is off track or at risk\n",
          "  nichts: keine Kennzahl liegt zurück oder ist gefährdet\n"},
    Entry{"{}{}: {} is {}, {} behind", "{}{}: {} ist {}, {} zurück"},
    Entry{"- nothing unused in the roadmap measures it: revisit the target",
          "- nichts Ungenutztes in der Roadmap misst sie: prüfen Sie den Zielwert"},
    Entry{"(`strat review CAMPAIGN --actuals FILE` gives each step's reasons)",
          "(`strat review KAMPAGNE --actuals DATEI` nennt die Gründe jedes Schritts)"},
    Entry{"Strategic dashboard", "Strategisches Dashboard"},
    Entry{" as of {}", ", Stand {}"},
    Entry{", no actuals yet", ", noch keine Ist-Werte"},
    Entry{"{}, {}; strategies on track: {} of {}; {} read",
          "{}, {}; Strategien im Plan: {} von {}; {} gelesen"},
    Entry{"Each KPI is judged by the rule of strat review{}.",
          "Jede Kennzahl wird nach der Regel von strat review bewertet{}."},
    Entry{"; series from {}", "; Verläufe ab {}"},
    Entry{"GOAL {}: {} ({}; strategies on track: {} of {})",
          "ZIEL {}: {} ({}; Strategien im Plan: {} von {})"},
    Entry{"\n| KPI | Baseline | Latest | Target | Series | Trend | Status |\n",
          "\n| Kennzahl | Ausgangswert | Aktuell | Zielwert | Verlauf | Trend | Status |\n"},
    Entry{", overdue", ", überfällig"},
    Entry{"\n| Tactic | Owner | Status | KPIs it moves |\n",
          "\n| Taktik | Verantwortlich | Status | bewegt die Kennzahlen |\n"},
    // Each tactic's owner, and whom to ask about a KPI behind (output/dashboard_*.cpp).
    Entry{"owner: {}", "verantwortlich: {}"},
    Entry{"not named yet", "noch nicht benannt"},
    Entry{"who to ask: {}", "zuständig: {}"},
    Entry{"no tactic of the campaign moves this KPI",
          "keine Taktik der Kampagne bewegt diese Kennzahl"},
    Entry{": **unmeasured**", ": **ohne Messung**"},
    Entry{"\nFirst, before the strategies:\n", "\nZuerst, vor den Strategien:\n"},
    Entry{"\n#### Strategy \"{}\" ({}): {}{}\n", "\n#### Strategie „{}“ ({}): {}{}\n"},
    Entry{" (not chosen in the plan)", " (im Plan nicht gewählt)"},
    Entry{"\n#### KPIs of the goal that no strategy of the campaign owns\n",
          "\n#### Kennzahlen des Ziels, die keiner Strategie der Kampagne gehören\n"},
    Entry{"{}, {}; strategies on track: {} of {}; {} read. Each KPI is judged by the rule of "
          "`strat review`{}.\n",
          "{}, {}; Strategien im Plan: {} von {}; {} gelesen. Jede Kennzahl wird nach der Regel "
          "von `strat review` bewertet{}.\n"},
    Entry{"\n## What to do next, most behind first\n\n",
          "\n## Nächste Schritte, die am weitesten zurückliegenden zuerst\n\n"},
    Entry{"Nothing: no KPI is off track or at risk.\n",
          "Nichts: keine Kennzahl liegt zurück oder ist gefährdet.\n"},
    Entry{"{}. **{}**: {} is **{}**, {} behind\n", "{}. **{}**: {} ist **{}**, {} zurück\n"},
    Entry{"\n## Goal {}: {} (strategies on track: {} of {})\n",
          "\n## Ziel {}: {} (Strategien im Plan: {} von {})\n"},
    Entry{"<dt>baseline → target</dt><dd>{} → {} (higher is better)</dd>",
          "<dt>Ausgangswert → Zielwert</dt><dd>{} → {} (höher ist besser)</dd>"},
    Entry{"<dt>baseline → target</dt><dd>{} → {} (lower is better)</dd>",
          "<dt>Ausgangswert → Zielwert</dt><dd>{} → {} (niedriger ist besser)</dd>"},
    Entry{"<dt>judged on</dt><dd>{}</dd>", "<dt>bewertet nach</dt><dd>{}</dd>"},
    Entry{"{} on {}", "{} am {}"},
    Entry{"no actual yet", "noch kein Ist-Wert"},
    Entry{"<dt>trend</dt><dd>{}</dd>", "<dt>Trend</dt><dd>{}</dd>"},
    Entry{"<dt>why</dt><dd>{}</dd>", "<dt>Warum</dt><dd>{}</dd>"},
    Entry{"<thead><tr><th>Tactic</th><th>Owner</th><th>Status</th><th>KPIs it "
          "moves</th></tr></thead>",
          "<thead><tr><th>Taktik</th><th>Verantwortlich</th><th>Status</th><th>bewegt die "
          "Kennzahlen</th></tr></thead>"},
    Entry{"<p class=\"meta\">industry {} · {} · <code>{}</code></p>\n",
          "<p class=\"meta\">Branche {} · {} · <code>{}</code></p>\n"},
    Entry{"<h4>First, before the strategies</h4>\n", "<h4>Zuerst, vor den Strategien</h4>\n"},
    Entry{"<section class=\"strategy\">\n<h4>Strategy “{}” <code>{}</code>{} {}</h4>\n",
          "<section class=\"strategy\">\n<h4>Strategie „{}“ <code>{}</code>{} {}</h4>\n"},
    Entry{"<h4>KPIs of the goal that no strategy of the campaign owns</h4>\n",
          "<h4>Kennzahlen des Ziels, die keiner Strategie der Kampagne gehören</h4>\n"},
    Entry{"<p class=\"meta\">Note: {}</p>\n", "<p class=\"meta\">Hinweis: {}</p>\n"},
    Entry{"<h2>Goals at a glance</h2>\n", "<h2>Ziele auf einen Blick</h2>\n"},
    Entry{"<p>strategies on track: {} of {}</p>", "<p>Strategien im Plan: {} von {}</p>"},
    Entry{"<h2>What to do next, most behind first</h2>\n",
          "<h2>Nächste Schritte, die am weitesten zurückliegenden zuerst</h2>\n"},
    Entry{"<p>Nothing: no KPI is off track or at risk.</p>\n",
          "<p>Nichts: keine Kennzahl liegt zurück oder ist gefährdet.</p>\n"},
    Entry{"<li><a href=\"#{}\">{}</a>: {} {}, {} behind<ul>",
          "<li><a href=\"#{}\">{}</a>: {} {}, {} zurück<ul>"},
    Entry{"<li>nothing unused in the roadmap measures it: revisit the target</li>",
          "<li>nichts Ungenutztes in der Roadmap misst sie: prüfen Sie den Zielwert</li>"},
    Entry{"as of {}", "Stand {}"},
    Entry{"no actuals yet", "noch keine Ist-Werte"},
    Entry{"<header id=\"top\">\n<h1>Strategic dashboard</h1>\n<p class=\"meta\">{} · {} · {} · "
          "strategies on track: {} of {} · {} read{}</p>\n</header>\n",
          "<header id=\"top\">\n<h1>Strategisches Dashboard</h1>\n<p class=\"meta\">{} · {} · {} · "
          "Strategien im Plan: {} von {} · {} gelesen{}</p>\n</header>\n"},
    Entry{" · series from {}", " · Verläufe ab {}"},
    Entry{"<h2>Goal: {} <code>{}</code></h2>\n<p class=\"meta\">strategies on track: {} of "
          "{}</p>\n",
          "<h2>Ziel: {} <code>{}</code></h2>\n<p class=\"meta\">Strategien im Plan: {} von "
          "{}</p>\n"},
    Entry{"<footer>Written by <code>strat dashboard</code>. Each KPI is judged by the rule of "
          "<code>strat review</code> (strat(1)): progress from baseline to target against the "
          "share of the campaign period gone. In the charts, dashed lines are the baseline (grey) "
          "and the target (green), the dotted line is the expected path from one to the other, "
          "the vertical line is the dashboard date and the ringed point is the reading the status "
          "is judged on.</footer>\n",
          "<footer>Geschrieben von <code>strat dashboard</code>. Jede Kennzahl wird nach der "
          "Regel von <code>strat review</code> (strat(1)) bewertet: der Fortschritt vom "
          "Ausgangswert zum Zielwert gegen den Anteil der vergangenen Kampagnenlaufzeit. In den "
          "Diagrammen sind die gestrichelten Linien der Ausgangswert (grau) und der Zielwert "
          "(grün), die gepunktete Linie ist der erwartete Weg vom einen zum anderen, die "
          "senkrechte Linie das Datum des Dashboards und der umrandete Punkt der Wert, nach dem "
          "der Status bewertet wird.</footer>\n"},
    Entry{"baseline", "Ausgangswert"},
    Entry{"target", "Zielwert"},
    Entry{"{}: {} reading{}", "{}: {} Wert{}"},
    Entry{"{}: {} readings{}", "{}: {} Werte{}"},
    Entry{", baseline {}, target {}", ", Ausgangswert {}, Zielwert {}"},
};

} // namespace

std::span<const Entry> review_messages() {
    return entries;
}

} // namespace strat::util
