// The catalogue's part for: The skeleton's comments and fill-in hints (util/message_parts.hpp).

#include "util/message_parts.hpp"

#include <array>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
// Keys and values a program reads (`null`, `source: default`, dates as YYYY-MM-DD) stay as
// they are; only comments and hints change.
constexpr std::array entries{
    // The skeleton's comments (output/campaign_yaml.cpp).
    Entry{"strat campaign skeleton. Fill in every value marked \"fill in\", then track it\nwith "
          "`strat review`. Format: strat-campaign(5).",
          "strat-Kampagnenvorlage. Füllen Sie jeden Wert aus, der mit „ausfüllen“ markiert ist,\n"
          "und verfolgen Sie die Kampagne dann mit `strat review`. Format: strat-campaign(5)."},
    Entry{"fill in: {}", "ausfüllen: {}"},
    Entry{"fill in: {}, {}", "ausfüllen: {}, {}"},
    Entry{"whose rules `privacy` lists", "dessen Regeln `privacy` aufführt"},
    Entry{"The decision tree as walked: `source` says whether the default was taken,\nyou "
          "answered (asked or given), or what you stated decided it (`from`).",
          "Der Entscheidungsbaum, wie er durchlaufen wurde: `source` sagt, ob die Vorgabe galt\n"
          "(default), ob Sie geantwortet haben (asked, given) oder ob Ihre Angaben entschieden\n"
          "(stated, `from`)."},
    Entry{"nothing stated", "nichts angegeben"},
    Entry{"Every strategy serving the goal, best first, with the reasons for its score.",
          "Jede Strategie für dieses Ziel, die beste zuerst, mit den Gründen für ihre Punkte."},
    Entry{"reasons that rely on something you said is not so",
          "Gründe, die etwas voraussetzen, das laut Ihren Angaben nicht zutrifft"},
    Entry{"planned under a better-ranked strategy",
          "unter einer besser platzierten Strategie eingeplant"},
    Entry{"first, before any marketing send", "zuerst, vor jedem Werbeversand"},
    Entry{"requirements your answers did not settle",
          "Voraussetzungen, die Ihre Antworten offen lassen"},
    Entry{"Tactics of the chosen strategies, in the order to run them. Each runs as a\npilot, "
          "passes a go/no-go review, then scales.",
          "Die Taktiken der gewählten Strategien in der Reihenfolge, in der sie laufen. Jede "
          "läuft\nerst als Pilot, besteht eine Go/No-Go-Prüfung und wird dann ausgeweitet."},
    Entry{"not proposed: a requirement is not met",
          "nicht vorgeschlagen: eine Voraussetzung fehlt"},
    Entry{"no published benchmark is known for this KPI",
          "für diese KPI ist kein veröffentlichter Benchmark bekannt"},
    Entry{"no published benchmark: see benchmark_note",
          "kein veröffentlichter Benchmark: siehe benchmark_note"},
    Entry{"strat review reads actuals from a CSV file",
          "strat review liest die Istwerte aus einer CSV-Datei"},
    Entry{"Confirm each item before the first send; this is a checklist, not legal advice.",
          "Prüfen Sie jeden Punkt vor dem ersten Versand; dies ist eine Checkliste, keine "
          "Rechtsberatung."},
    Entry{"The rules of the market {} ({}) for the channels used, each with its legal\nsource, "
          "then strat's own items. Confirm each item before the first send; this is "
          "a\nchecklist, not legal advice.",
          "Die Regeln des Marktes {} ({}) für die genutzten Kanäle, jede mit\nihrer "
          "Rechtsquelle, danach die Punkte von strat. Prüfen Sie jeden Punkt vor dem\nersten "
          "Versand; dies ist eine Checkliste, keine Rechtsberatung."},
    Entry{"Agree every definition with sales before the campaign starts.",
          "Stimmen Sie jede Definition vor dem Kampagnenstart mit dem Vertrieb ab."},

    // The fill-in hints (engine/campaign.cpp builds them; the brief shows some too).
    Entry{"the person accountable for the campaign",
          "die Person, die für die Kampagne verantwortlich ist"},
    Entry{"YYYY-MM-DD (or run strat plan with --date)",
          "JJJJ-MM-TT (oder strat plan mit --date aufrufen)"},
    Entry{"YYYY-MM-DD", "JJJJ-MM-TT"},
    Entry{"start + 30 days", "Start + 30 Tage"},
    Entry{"start + 60 days", "Start + 60 Tage"},
    Entry{"start + 90 days", "Start + 90 Tage"},
    Entry{"one measurable sentence: what changes, by how much, by when",
          "ein messbarer Satz: was sich ändert, um wie viel, bis wann"},
    Entry{"who the campaign targets, by lifecycle stage",
          "wen die Kampagne anspricht, nach Phase im Kundenlebenszyklus"},
    Entry{"number of people reachable", "Zahl der erreichbaren Personen"},
    Entry{"where the audience comes from (CRM, booking system, ...)",
          "woher die Zielgruppe stammt (CRM, Buchungssystem, ...)"},
    Entry{"the core message, offer and call to action",
          "Kernbotschaft, Angebot und Call to Action"},
    Entry{"who runs this tactic (responsible)", "wer diese Taktik umsetzt (Durchführung)"},
    Entry{"who signs it off and answers for it (accountable)",
          "wer sie freigibt und für sie geradesteht (Verantwortung)"},
    Entry{"who is kept up to date on it (informed)",
          "wer über sie auf dem Laufenden gehalten wird (zu informieren)"},
    Entry{"who is consulted before it runs (consulted)",
          "wer vor dem Start gefragt wird (zu konsultieren)"},
    Entry{"who is consulted before it runs (consulted); suggested: data protection, since it "
          "collects consent for {}",
          "wer vor dem Start gefragt wird (zu konsultieren); Vorschlag: Datenschutz, denn sie holt "
          "Einwilligungen für {} ein"},
    Entry{"who is consulted before it runs (consulted); suggested: data protection, since it "
          "sends marketing by {}",
          "wer vor dem Start gefragt wird (zu konsultieren); Vorschlag: Datenschutz, denn sie "
          "verschickt Werbung per {}"},
    Entry{"what the tactic should change, on which KPI and by how much",
          "was die Taktik verändern soll, an welcher Kennzahl und um wie viel"},
    Entry{"share of the audience in the pilot, e.g. 10%",
          "Anteil der Zielgruppe im Pilot, z. B. 10 %"},
    Entry{"hold-out share that gets nothing, to measure uplift",
          "Anteil der Kontrollgruppe, die nichts erhält, um den Zusatzeffekt zu messen"},
    Entry{"the KPI result that decides, e.g. click rate above baseline",
          "das KPI-Ergebnis, das entscheidet, z. B. Klickrate über dem Ausgangswert"},
    Entry{"what changes when the tactic scales",
          "was sich ändert, wenn die Taktik ausgeweitet wird"},
    Entry{"your current value, measured before the campaign starts",
          "Ihr aktueller Wert, gemessen vor dem Kampagnenstart"},
    Entry{"once the baseline is known", "sobald der Ausgangswert bekannt ist"},
    Entry{"your target; compare with the benchmark",
          "Ihr Zielwert; vergleichen Sie ihn mit dem Benchmark"},
    Entry{"amount for the whole campaign", "Betrag für die ganze Kampagne"},
    Entry{"e.g. EUR", "z. B. EUR"},
    Entry{"amount", "Betrag"},
    Entry{"which responses count (form fill, event scan, content download)",
          "welche Reaktionen zählen (Formular, Scan auf Veranstaltungen, Content-Download)"},
    Entry{"fit and engagement criteria, e.g. lead score threshold, agreed with sales",
          "Kriterien für Passung und Interesse, z. B. eine Schwelle im Lead-Scoring, mit dem "
          "Vertrieb vereinbart"},
    Entry{"what sales checks before accepting, and the time to accept or reject",
          "was der Vertrieb vor der Annahme prüft und wie schnell er annimmt oder ablehnt"},
    Entry{"need, budget, authority and timing confirmed in a conversation",
          "Bedarf, Budget, Entscheidungsbefugnis und Zeitplan im Gespräch bestätigt"},
    Entry{"signed order", "unterschriebener Auftrag"},
    Entry{"time to act on a lead at this stage",
          "Frist, in der ein Lead auf dieser Stufe bearbeitet wird"},
    Entry{"how often sales and marketing review lead quality together",
          "wie oft Vertrieb und Marketing die Lead-Qualität gemeinsam prüfen"},

    // The skeleton's roles, tests and assumptions (output/campaign_roles.cpp).
    Entry{"suggested: keep or change it", "Vorschlag: übernehmen oder ändern"},
    Entry{"none of the tactic's KPIs is measured: name the one that decides",
          "keine KPI der Taktik wird gemessen: nennen Sie die, die entscheidet"},
    Entry{"What the plan rests on: the answers that decided the chosen strategies, the\n"
          "consent on each channel used, the baselines still to measure. Confirm what\n"
          "says `confirmed: false` before launch.",
          "Worauf der Plan beruht: die Antworten, die die gewählten Strategien entschieden\n"
          "haben, die Einwilligung je genutztem Kanal, die noch zu messenden Ausgangswerte.\n"
          "Bestätigen Sie vor dem Start, was `confirmed: false` hat."},

    // Each tactic's test (engine/hypothesis.cpp).
    Entry{"a random hold-out of eligible accounts that get nothing from this tactic",
          "eine zufällige Holdout-Gruppe geeigneter Accounts, die von dieser Taktik nichts "
          "bekommen"},
    Entry{"a random hold-out of eligible contacts who get nothing from this tactic",
          "eine zufällige Holdout-Gruppe geeigneter Kontakte, die von dieser Taktik nichts "
          "bekommen"},
    Entry{"an A/B split of visitors: a random half keeps seeing the current pages",
          "ein A/B-Test der Besucher: eine zufällige Hälfte sieht weiter die bisherigen Seiten"},
    Entry{"a geo hold-out (regions without these ads) or the ad platform's conversion-lift study",
          "ein Geo-Holdout (Regionen ohne diese Anzeigen) oder die Conversion-Lift-Studie der "
          "Werbeplattform"},
    Entry{"pilot sites or teams against matched ones that carry on as before",
          "Pilotstandorte oder -teams gegen vergleichbare, die weitermachen wie bisher"},
    Entry{"the same period before the tactic; weaker evidence, since seasons and other changes "
          "are not separated",
          "derselbe Zeitraum vor der Taktik; ein schwächerer Nachweis, denn Saison und andere "
          "Änderungen lassen sich nicht heraustrennen"},
    Entry{"the gap between the baseline and the benchmark ({})",
          "den Abstand zwischen Ausgangswert und Benchmark ({})"},
    Entry{"the gap between the baseline and the benchmark",
          "den Abstand zwischen Ausgangswert und Benchmark"},
    Entry{"{} of the control group's value", "{} des Werts der Kontrollgruppe"},
    Entry{"{} of its value", "{} ihres Werts"},
    Entry{"{} percentage points", "{} Prozentpunkte"},
    Entry{"“{}” raises {} against the control group.",
          "Mit „{}“ steigt die Kennzahl „{}“ gegenüber der Kontrollgruppe."},
    Entry{"“{}” lowers {} against the control group.",
          "Mit „{}“ sinkt die Kennzahl „{}“ gegenüber der Kontrollgruppe."},
    Entry{"“{}” raises {} by at least {} against the control group.",
          "Mit „{}“ steigt die Kennzahl „{}“ gegenüber der Kontrollgruppe um mindestens {}."},
    Entry{"“{}” lowers {} by at least {} against the control group.",
          "Mit „{}“ sinkt die Kennzahl „{}“ gegenüber der Kontrollgruppe um mindestens {}."},
    Entry{"At the go/no-go on day {}: scale if the test group beats the control group on {} by "
          "the margin you set; change and retest if it beats it by less; stop if it does not "
          "beat it.",
          "Beim Go/No-Go an Tag {}: ausweiten, wenn die Testgruppe die Kontrollgruppe bei „{}“ "
          "um den von Ihnen gesetzten Abstand übertrifft; ändern und erneut testen, wenn der "
          "Vorsprung kleiner ist; stoppen, wenn sie sie nicht übertrifft."},
    Entry{"At the go/no-go on day {}: scale if the test group beats the control group on {} by "
          "at least {}; change and retest if it beats it by less; stop if it does not beat it.",
          "Beim Go/No-Go an Tag {}: ausweiten, wenn die Testgruppe die Kontrollgruppe bei „{}“ "
          "um mindestens {} übertrifft; ändern und erneut testen, wenn der Vorsprung kleiner "
          "ist; stoppen, wenn sie sie nicht übertrifft."},
    Entry{" Lower is better for {}.", " Bei „{}“ ist niedriger besser."},
    Entry{"no hold-out: every contact whose consent is unclear is asked; compare with the same "
          "period before",
          "keine Holdout-Gruppe: Jeder Kontakt mit unklarer Einwilligung wird gefragt; Vergleich "
          "mit demselben Zeitraum davor"},
    Entry{"“{}” raises {} against the same period before.",
          "Mit „{}“ steigt die Kennzahl „{}“ gegenüber demselben Zeitraum davor."},
    Entry{"“{}” lowers {} against the same period before.",
          "Mit „{}“ sinkt die Kennzahl „{}“ gegenüber demselben Zeitraum davor."},
    Entry{"“{}” raises {} by at least {} against the same period before.",
          "Mit „{}“ steigt die Kennzahl „{}“ gegenüber demselben Zeitraum davor um mindestens "
          "{}."},
    Entry{"“{}” lowers {} by at least {} against the same period before.",
          "Mit „{}“ sinkt die Kennzahl „{}“ gegenüber demselben Zeitraum davor um mindestens {}."},
    Entry{"At the go/no-go on day {}: scale if the tactic's period beats the same period before "
          "on {} by the margin you set; change and retest if it beats it by less; stop if it "
          "does not beat it.",
          "Beim Go/No-Go an Tag {}: ausweiten, wenn „{}“ denselben Zeitraum davor um den von Ihnen "
          "gesetzten Abstand übertrifft; ändern und erneut testen, wenn der Vorsprung kleiner "
          "ist; stoppen, wenn die Kennzahl ihn nicht übertrifft."},
    Entry{"At the go/no-go on day {}: scale if the tactic's period beats the same period before "
          "on {} by at least {}; change and retest if it beats it by less; stop if it does not "
          "beat it.",
          "Beim Go/No-Go an Tag {}: ausweiten, wenn „{}“ denselben Zeitraum davor um mindestens {} "
          "übertrifft; ändern und erneut testen, wenn der Vorsprung kleiner ist; stoppen, wenn "
          "die Kennzahl ihn nicht übertrifft."},

    // A tactic with service steps: its control group is kept from the marketing only, and a
    // tactic of service messages only holds nobody out (engine/hypothesis.cpp).
    Entry{"a random hold-out of eligible accounts that get none of this tactic's marketing "
          "messages; its service messages still go to everyone",
          "eine zufällige Holdout-Gruppe geeigneter Accounts, die keine Werbenachrichten dieser "
          "Taktik bekommen; ihre Servicenachrichten gehen weiterhin an alle"},
    Entry{"a random hold-out of eligible contacts who get none of this tactic's marketing "
          "messages; its service messages still go to everyone",
          "eine zufällige Holdout-Gruppe geeigneter Kontakte, die keine Werbenachrichten dieser "
          "Taktik bekommen; ihre Servicenachrichten gehen weiterhin an alle"},
    Entry{"an A/B split of visitors: a random half keeps seeing the current pages; the tactic's "
          "service messages still go to everyone",
          "ein A/B-Test der Besucher: eine zufällige Hälfte sieht weiter die bisherigen Seiten; "
          "die Servicenachrichten der Taktik gehen weiterhin an alle"},
    Entry{"a geo hold-out (regions without these ads) or the ad platform's conversion-lift study; "
          "the tactic's service messages still go to everyone",
          "ein Geo-Holdout (Regionen ohne diese Anzeigen) oder die Conversion-Lift-Studie der "
          "Werbeplattform; die Servicenachrichten der Taktik gehen weiterhin an alle"},
    Entry{"pilot sites or teams against matched ones that carry on as before; the tactic's "
          "service messages still go to everyone",
          "Pilotstandorte oder -teams gegen vergleichbare, die weitermachen wie bisher; die "
          "Servicenachrichten der Taktik gehen weiterhin an alle"},
    Entry{"no hold-out: service messages go to everyone they concern, so the tactic is compared "
          "with the same period before; weaker evidence, since seasons and other changes are not "
          "separated",
          "keine Holdout-Gruppe: Servicenachrichten gehen an alle, die sie betreffen, daher "
          "Vergleich mit demselben Zeitraum davor; ein schwächerer Nachweis, denn Saison und "
          "andere Änderungen lassen sich nicht heraustrennen"},
    Entry{"At the go/no-go on day {}: keep it if the tactic's period beats the same period before "
          "on {} by the margin you set; otherwise change it and retest.",
          "Beim Go/No-Go an Tag {}: beibehalten, wenn „{}“ denselben Zeitraum davor um den von "
          "Ihnen gesetzten Abstand übertrifft; sonst ändern und erneut testen."},
    Entry{"At the go/no-go on day {}: keep it if the tactic's period beats the same period before "
          "on {} by at least {}; otherwise change it and retest.",
          "Beim Go/No-Go an Tag {}: beibehalten, wenn „{}“ denselben Zeitraum davor um mindestens "
          "{} übertrifft; sonst ändern und erneut testen."},
    Entry{" If it stops, only its marketing steps stop: its service messages keep going to "
          "everyone.",
          " Wird die Taktik gestoppt, enden nur ihre Werbeschritte: Die Servicenachrichten gehen "
          "weiter an alle."},
    Entry{" Its service messages keep going to everyone, whatever the result.",
          " Die Servicenachrichten der Taktik gehen unabhängig vom Ergebnis weiter an alle."},

    // A KPI the tactic watches (`watches`) rather than moves (engine/hypothesis.cpp).
    Entry{"“{}” is not meant to raise {}: watch that the KPI does not fall by more than you "
          "accept against the control group.",
          "„{}“ soll die Kennzahl „{}“ nicht steigern: Achten Sie darauf, dass sie gegenüber der "
          "Kontrollgruppe nicht stärker sinkt, als Sie hinnehmen."},
    Entry{"“{}” is not meant to lower {}: watch that the KPI does not rise by more than you "
          "accept against the control group.",
          "„{}“ soll die Kennzahl „{}“ nicht senken: Achten Sie darauf, dass sie gegenüber der "
          "Kontrollgruppe nicht stärker steigt, als Sie hinnehmen."},
    Entry{"“{}” is not meant to raise {}: watch that the KPI does not fall by more than you "
          "accept against the same period before.",
          "„{}“ soll die Kennzahl „{}“ nicht steigern: Achten Sie darauf, dass sie gegenüber "
          "demselben Zeitraum davor nicht stärker sinkt, als Sie hinnehmen."},
    Entry{"“{}” is not meant to lower {}: watch that the KPI does not rise by more than you "
          "accept against the same period before.",
          "„{}“ soll die Kennzahl „{}“ nicht senken: Achten Sie darauf, dass sie gegenüber "
          "demselben Zeitraum davor nicht stärker steigt, als Sie hinnehmen."},
    Entry{"At the go/no-go on day {}: keep it if the test group trails the control group on {} "
          "by no more than the margin you accept; otherwise change it and retest.",
          "Beim Go/No-Go an Tag {}: beibehalten, wenn die Testgruppe bei „{}“ höchstens um den "
          "von Ihnen hingenommenen Abstand hinter der Kontrollgruppe liegt; sonst ändern und "
          "erneut testen."},
    Entry{"At the go/no-go on day {}: keep it if the tactic's period trails the same period "
          "before on {} by no more than the margin you accept; otherwise change it and retest.",
          "Beim Go/No-Go an Tag {}: beibehalten, wenn „{}“ im Zeitraum der Taktik höchstens um "
          "den von Ihnen hingenommenen Abstand hinter demselben Zeitraum davor liegt; sonst "
          "ändern und erneut testen."},

    // The assumptions a plan rests on (engine/assumptions.cpp).
    Entry{"not confirmed: confirm before launch", "nicht bestätigt: vor dem Start bestätigen"},
    Entry{"Marketing consent for {} is not known: marketing on it goes only to contacts with "
          "recorded consent",
          "Ob eine Werbeeinwilligung für {} vorliegt, ist nicht bekannt: Werbung über diesen "
          "Kanal geht nur an Kontakte mit dokumentierter Einwilligung"},
    Entry{"Marketing consent for {} is held and recorded for the contacts the plan writes to",
          "Für {} liegt eine dokumentierte Werbeeinwilligung der Kontakte vor, die der Plan "
          "anschreibt"},
    Entry{"Marketing consent for {} is held for some contacts: marketing on it goes only to "
          "contacts with recorded consent",
          "Eine Werbeeinwilligung für {} liegt für einen Teil der Kontakte vor: Werbung über "
          "diesen Kanal geht nur an Kontakte mit dokumentierter Einwilligung"},
    Entry{"There is no marketing consent for {}: the plan sends no marketing on it",
          "Für {} liegt keine Werbeeinwilligung vor: Der Plan verschickt darüber keine Werbung"},
    Entry{"not known: find out which contacts have a record before launch",
          "nicht bekannt: vor dem Start klären, für welche Kontakte ein Nachweis vorliegt"},
    Entry{"The baseline of {} is still to be measured; its target follows from it",
          "Der Ausgangswert von „{}“ ist noch zu messen; der Zielwert ergibt sich daraus"},
    Entry{"The baseline of {} is still to be measured",
          "Der Ausgangswert von „{}“ ist noch zu messen"},
    Entry{"measure it before launch", "vor dem Start messen"},
};

} // namespace

std::span<const Entry> skeleton_messages() {
    return entries;
}

} // namespace strat::util
