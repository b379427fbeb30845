// The catalogue's part for: Texts the engine builds (util/message_parts.hpp).

#include "util/message_parts.hpp"

#include <array>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
// Channels, budgets, team levels and audiences come in through model::spoken_name.
constexpr std::array entries{
    // Why a tactic is dropped or a step left out (engine/feasibility.cpp).
    Entry{"marketing calls to people who have not agreed to them",
          "Werbeanrufe bei Personen, die nicht eingewilligt haben"},
    Entry{"an offer or question between the cancel button and the cancellation",
          "ein Angebot oder eine Rückfrage zwischen Kündigungsbutton und Kündigung"},
    Entry{"it applies only in {}", "sie gilt nur für {}"},
    Entry{"{} does not allow {} (rule {}, {})", "{} verbietet: {} (Regel {}, {})"},
    Entry{"{} is not available", "{} steht nicht zur Verfügung"},
    Entry{"no marketing consent for {}", "keine Einwilligung in Werbung per {}"},
    Entry{"day {} step left out: {}", "Schritt an Tag {} entfällt: {}"},
    Entry{"there is no marketing consent for {}", "es fehlt die Einwilligung in Werbung per {}"},
    Entry{"you have no {}", "es fehlt: {}"},
    Entry{"the budget is {}", "das Budget ist {}"},
    Entry{"the team is {}", "das Team ist auf Stufe „{}“"},
    Entry{"you sell {}", "Sie sind im {}-Geschäft"},
    Entry{"it is for {} companies; you sell {}",
          "sie ist für Unternehmen im {}-Geschäft; Sie sind im {}-Geschäft"},
    Entry{"it needs a {} budget or more; yours is {}",
          "sie braucht ein Budget mindestens der Stufe „{}“; Ihres: „{}“"},
    Entry{"it needs an {} team or more; yours is {}",
          "sie braucht ein Team mindestens auf Stufe „{}“; Ihres ist auf Stufe „{}“"},
    Entry{"it needs {}, which is not available",
          "sie braucht den Kanal {}, der nicht zur Verfügung steht"},
    Entry{"it needs marketing consent for {}, which you do not hold",
          "sie braucht eine Einwilligung in Werbung per {}, die Ihnen fehlt"},
    Entry{"it needs {}, which you do not hold", "sie setzt {} voraus, was Ihnen nicht vorliegt"},
    Entry{"it needs {}, which you do not have", "sie setzt {} voraus, was Ihnen fehlt"},
    Entry{"its steps on it are left out in {}", "ihre Schritte dort entfallen für {}"},
    Entry{"its main channel, {}, cannot be used ({})", "ihr Hauptkanal {} ist nicht nutzbar ({})"},
    Entry{"every one of its steps uses a channel you cannot use",
          "jeder ihrer Schritte nutzt einen Kanal, den Sie nicht nutzen können"},
    Entry{"a {} budget or more", "ein Budget mindestens der Stufe „{}“"},
    Entry{"an {} team or more", "ein Team mindestens auf Stufe „{}“"},
    // Why a strategy cannot be planned, adds no tactic, or none fits (engine/plan.cpp).
    Entry{"strategy `{}` cannot be planned: no tactic of it fits what you said ({})",
          "Strategie `{}` ist nicht planbar: keine ihrer Taktiken passt zu Ihren Angaben ({})"},
    Entry{"strategy `{}` scores {} for your answers; it is planned because you chose it",
          "Strategie `{}` erhält für Ihre Antworten {} Punkte; sie wird geplant, weil Sie sie "
          "gewählt haben"},
    Entry{"strategy `{}` adds no tactic: each of its tactics is planned under a strategy chosen "
          "before it",
          "Strategie `{}` bringt keine Taktik hinzu: jede ihrer Taktiken ist schon unter einer "
          "zuvor gewählten Strategie eingeplant"},
    Entry{"`{}` scores {}", "`{}` erhält {} Punkte"},
    Entry{"`{}` has no tactic that fits", "`{}` hat keine passende Taktik"},
    Entry{"no strategy for goal `{}` both fits what you said and scores 0 or more ({})",
          "keine Strategie für das Ziel `{}` passt zu Ihren Angaben und erhält zugleich 0 Punkte "
          "oder mehr ({})"},
    // Why an answer given is not used (engine/unused_answers.cpp).
    Entry{"the default", "die Vorgabe"},
    Entry{"your answer", "Ihre Antwort"},
    Entry{"question `{}` is not asked after {}", "Frage `{}` wird nach {} nicht gestellt"},
    Entry{"question `{}` is not on the path taken",
          "Frage `{}` liegt nicht auf dem Weg Ihrer Antworten"},
    Entry{"{} takes precedence", "{} hat Vorrang"},
    Entry{"question `{}` is not one of goal `{}`'s questions",
          "Frage `{}` gehört nicht zu den Fragen des Ziels `{}`"},
    // Why a KPI has its status, and what to do next (engine/review.cpp).
    Entry{"weekly measurement", "Wochenmessung"},
    Entry{"monthly measurement", "Monatsmessung"},
    Entry{"quarterly measurement", "Quartalsmessung"},
    Entry{"; the reading of {} counts from its due date {}",
          "; der Wert vom {} zählt erst zum Stichtag {}"},
    Entry{" at the {} due {}", ", gemessen zur {} am {}"},
    Entry{"; an early reading: the first {} is due {}",
          "; ein früher Wert: die erste {} ist am {} fällig"},
    Entry{"; overdue: no reading from {} to {}", "; überfällig: kein Wert vom {} bis {}"},
    Entry{"fill in baseline and target in the campaign file",
          "Ausgangswert und Zielwert in der Kampagnendatei eintragen"},
    Entry{"overdue: no reading for the {} due {}{}",
          "überfällig: kein Wert für die {}, fällig am {}{}"},
    Entry{"no actuals for this KPI yet", "noch keine Ist-Werte für diese Kennzahl"},
    Entry{"{} of the way from baseline to target, {} of the period gone{}",
          "{} des Wegs vom Ausgangswert zum Zielwert, {} der Laufzeit vergangen{}"},
    Entry{"score {}{}{}", "Punkte {}{}{}"},
    Entry{"ranked {} for your answers when the campaign was planned ({})",
          "bei der Planung der Kampagne für Ihre Antworten auf Platz {} ({})"},
    Entry{"not in the campaign's ranking: added to the roadmap since ({})",
          "nicht in der Rangfolge der Kampagne: seither in die Roadmap aufgenommen ({})"},
    Entry{"a tactic of your strategy \"{}\" that fits your answers and is not in the campaign "
          "yet",
          "eine Taktik Ihrer Strategie „{}“, die zu Ihren Antworten passt und noch nicht in der "
          "Kampagne ist"},
    Entry{"a tactic of strategy \"{}\" (ranked {}) that fits your answers",
          "eine Taktik der Strategie „{}“ (Platz {}), die zu Ihren Antworten passt"},
    Entry{"a tactic of strategy \"{}\" that fits your answers",
          "eine Taktik der Strategie „{}“, die zu Ihren Antworten passt"},
    Entry{"{} is one of its KPIs", "{} ist eine ihrer Kennzahlen"},
    Entry{"its tactic \"{}\" moves {}", "ihre Taktik „{}“ bewegt {}"},
    Entry{"the recorded answer {}={} no longer fits the roadmap; its default is used",
          "die gespeicherte Antwort {}={} passt nicht mehr zur Roadmap; es gilt die Vorgabe der "
          "Frage"},
    // What needs attention on the dashboard (engine/dashboard.cpp).
    Entry{"{} since {}", "{} seit {}"},
    Entry{" or ", " oder "},
    Entry{"active, but no actual for {}", "aktiv, aber kein Ist-Wert für {}"},
    Entry{"{} is {}", "{}: {}"},
    Entry{"tactic {} is {}", "Taktik {}: {}"},
};

} // namespace

std::span<const Entry> engine_messages() {
    return entries;
}

} // namespace strat::util
