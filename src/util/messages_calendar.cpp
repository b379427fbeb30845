// The catalogue's part for: the calendar and the contact policy (util/message_parts.hpp).

#include "util/message_parts.hpp"

#include <array>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
constexpr std::array entries{
    // Why one journey goes before another (engine/calendar.cpp).
    Entry{"asking for consent comes before any other marketing",
          "die Bitte um Einwilligung geht jeder anderen Werbung vor"},
    Entry{"a journey the contact's own action started goes before a scheduled send",
          "eine Journey, die der Kontakt mit seinem eigenen Handeln ausgelöst hat, geht einem "
          "geplanten Versand vor"},
    Entry{"it comes first in the plan", "sie steht im Plan weiter vorn"},
    // The contact policy on the checklist (engine/calendar.cpp).
    Entry{"At most {} {} per contact per week across all tactics ({}); service messages do not "
          "count.",
          "Höchstens {} {} pro Kontakt und Woche über alle Taktiken ({}); Servicenachrichten "
          "zählen nicht."},
    Entry{"strat's default", "Vorgabe von strat"},
    Entry{"The plan's own steps stay within it.", "Die Schritte des Plans halten sie ein."},
    Entry{"The plan's own steps exceed it in {} (see the calendar).",
          "Die Schritte des Plans überschreiten sie in {} (siehe Kalender)."},
    Entry{"Where journeys meet in one contact's week beyond the cap, the earlier in this order "
          "sends and the later holds back: {}.",
          "Treffen in einer Woche eines Kontakts mehr Journeys zusammen, als die Obergrenze "
          "erlaubt, sendet die in dieser Reihenfolge frühere, die spätere hält sich zurück: {}."},
    Entry{"{} suppresses {} to the same contact in {}: {}.",
          "{} unterdrückt {} beim selben Kontakt in {}: {}."},
    Entry{"week", "Woche"},
    Entry{"weeks", "Wochen"},
    Entry{"marketing message", "Werbenachricht"},
    Entry{"marketing messages", "Werbenachrichten"},
    // Audiences of the contact cap (engine/calendar.cpp).
    Entry{"contacts with recorded consent", "Kontakte mit dokumentierter Einwilligung"},
    Entry{"contacts asked to confirm consent",
          "Kontakte, die um Bestätigung ihrer Einwilligung gebeten werden"},
    Entry{"every contact", "alle Kontakte"},
    // The calendar in the brief (output/calendar_md.cpp, calendar_html.cpp).
    Entry{"day {} to {}", "Tag {} bis {}"},
    Entry{"{} ({} to {})", "{} ({} bis {})"},
    Entry{"At most {} {} per contact per week ({}). Counted for one contact who enters every "
          "journey on its first day, each conditional step included: the most the plan's own steps "
          "can send. Email, SMS, push, messaging, phone and post count; service messages, ads, web "
          "pages and in-store steps do not.",
          "Höchstens {} {} pro Kontakt und Woche ({}). Gezählt für einen Kontakt, der jede Journey "
          "an ihrem ersten Tag beginnt, jeder bedingte Schritt mitgerechnet: das Meiste, was die "
          "Schritte des Plans senden können. E-Mail, SMS, Push, Messenger, Telefon und Post "
          "zählen; Servicenachrichten, Anzeigen, Webseiten und Schritte im Geschäft nicht."},
    Entry{"strat's default; --contact-cap sets another",
          "Vorgabe von strat; --contact-cap setzt eine andere"},
    Entry{"From the start on {}: every tactic runs as a pilot, passes its go/no-go review, then "
          "scales until the campaign closes on day {} ({}).",
          "Ab dem Start am {}: Jede Taktik läuft als Pilot, durchläuft ihre Go/No-Go-Entscheidung "
          "und wird dann skaliert, bis die Kampagne an Tag {} ({}) endet."},
    Entry{"Days from the campaign's start, whose date is filled in later (or run strat plan with "
          "--start): every tactic runs as a pilot, passes its go/no-go review, then scales until "
          "the campaign closes on day {}.",
          "Tage ab dem Start der Kampagne, dessen Datum Sie später eintragen (oder strat plan mit "
          "--start aufrufen): Jede Taktik läuft als Pilot, durchläuft ihre Go/No-Go-Entscheidung "
          "und wird dann skaliert, bis die Kampagne an Tag {} endet."},
    Entry{"Calendar", "Kalender"},
    Entry{"Tactic", "Taktik"},
    Entry{"Go/no-go", "Go/No-Go"},
    Entry{"Scale", "Skalierung"},
    Entry{"Week", "Woche"},
    Entry{"Day", "Tag"},
    Entry{"Date", "Datum"},
    Entry{"Channel", "Kanal"},
    Entry{"Step", "Schritt"},
    Entry{"**{}** over the cap", "**{}** über der Obergrenze"},
    Entry{"{} (service)", "{} (Service)"},
    Entry{"Contact cap", "Kontaktobergrenze"},
    Entry{"No week exceeds the cap.", "Keine Woche überschreitet die Obergrenze."},
    Entry{"Days", "Tage"},
    Entry{"Audience", "Zielgruppe"},
    Entry{"Messages", "Nachrichten"},
    Entry{"Tactics", "Taktiken"},
    Entry{"The checklist says which journey holds back which.",
          "Die Checkliste sagt, welche Journey welche zurückhält."},
    Entry{"weeks from the start", "Wochen ab dem Start"},
    Entry{"day {}: {}", "Tag {}: {}"},
    Entry{"Weeks from the start across the top. Light bar: pilot; diamond: go/no-go; dark bar: "
          "scale; filled dot: a marketing message to a contact; open dot: another step; shaded: a "
          "week over the contact cap.",
          "Oben die Wochen ab dem Start. Heller Balken: Pilot; Raute: Go/No-Go; dunkler Balken: "
          "Skalierung; gefüllter Punkt: eine Werbenachricht an einen Kontakt; offener Punkt: ein "
          "anderer Schritt; schattiert: eine Woche über der Kontaktobergrenze."},
    Entry{"pilots from {}, the first go/no-go on {}, scale until {}; weeks over the contact cap of "
          "{}: {}.",
          "Piloten ab {}, die erste Go/No-Go-Entscheidung am {}, Skalierung bis {}; Wochen über "
          "der Kontaktobergrenze von {}: {}."},
    Entry{"none", "keine"},
    // The skeleton's calendar section (output/calendar_data.cpp).
    Entry{"Every tactic on one timeline, in days from dates.start: the pilot from the\nstart, the "
          "go/no-go review, then scale until the close. over_cap: weeks where\none contact in "
          "every journey would get more marketing messages than contact_cap.",
          "Jede Taktik auf einer Zeitachse, in Tagen ab dates.start: der Pilot ab dem\nStart, die "
          "Go/No-Go-Entscheidung, dann die Skalierung bis zum Abschluss. over_cap:\nWochen, in "
          "denen ein Kontakt in jeder Journey mehr Werbenachrichten bekäme als contact_cap."},
    Entry{"fill in: YYYY-MM-DD (or run strat plan with --start)",
          "ausfüllen: JJJJ-MM-TT (oder strat plan mit --start aufrufen)"},
    Entry{"marketing messages per contact per week (--contact-cap)",
          "Werbenachrichten pro Kontakt und Woche (--contact-cap)"},
    Entry{"marketing messages per contact per week (strat's default)",
          "Werbenachrichten pro Kontakt und Woche (Vorgabe von strat)"},
    // The gantt chart (output/calendar_mermaid.cpp).
    Entry{"work", "intern"},
    Entry{"day {} {}", "Tag {} {}"},
};

} // namespace

std::span<const Entry> calendar_messages() {
    return entries;
}

} // namespace strat::util
