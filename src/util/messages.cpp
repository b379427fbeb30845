#include "util/messages.hpp"

#include "util/message_parts.hpp"

#include <array>
#include <unordered_map>
#include <vector>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
// Placeholders `{}` in the same number and order (a unit test checks).
constexpr std::array entries{
    // The plan summary (plan_summary.cpp).
    Entry{"Plan for {} in {}\n", "Plan für {} ({})\n"},
    Entry{"\nPath taken:\n", "\nIhre Antworten:\n"},
    Entry{"\nStrategies, best first:\n", "\nStrategien, die beste zuerst:\n"},
    Entry{"\nFirst, build or confirm consent:\n",
          "\nZuerst Einwilligungen einholen oder bestätigen:\n"},
    Entry{"\nTactics for {}:\n", "\nTaktiken für {}:\n"},
    Entry{"  - {} (planned above)\n", "  - {} (schon oben eingeplant)\n"},
    Entry{"  dropped: {}: {}\n", "  entfällt: {}: {}\n"},
    Entry{"  ({} tactic dropped by your constraints; --explain says why)\n",
          "  ({} Taktik entfällt wegen Ihrer Vorgaben; --explain sagt, warum)\n"},
    Entry{"  ({} tactics dropped by your constraints; --explain says why)\n",
          "  ({} Taktiken entfallen wegen Ihrer Vorgaben; --explain sagt, warum)\n"},
    Entry{"  {}{}. {} ({}) score {}{}\n", "  {}{}. {} ({}) Punkte {}{}\n"},
    Entry{", cannot be planned: no tactic fits",
          ", nicht planbar: keine Taktik passt zu Ihren Angaben"},
    Entry{"       not counted: {} {} ({})\n", "       nicht gezählt: {} {} ({})\n"},
    Entry{"       no answer weighs this strategy\n",
          "       keine Antwort gewichtet diese Strategie\n"},
    // The line after the summary when the plan is written (cli/cmd_plan.cpp).
    Entry{"\nWrote {}: fill in the values marked \"fill in\".\n",
          "\n{} geschrieben: Füllen Sie die Werte aus, die mit „ausfüllen“ markiert sind.\n"},
    // The line after a workshop's batch is written (cli/batch.cpp).
    Entry{"Wrote {} {} ({} {}) to {}: fill in the values marked \"fill in\".\n",
          "{} {} ({} {}) nach {} geschrieben: Füllen Sie die Werte aus, die mit „ausfüllen“ "
          "markiert sind.\n"},
    Entry{"plan", "Plan"},
    Entry{"plans", "Pläne"},
    Entry{"file", "Datei"},
    // Where an answer came from (plan_words.cpp).
    Entry{"answers file", "Antwortdatei"},
    Entry{"prompt", "Abfrage"},
    Entry{"default", "Vorgabe"},
    Entry{"only contacts with recorded consent for {}",
          "nur Kontakte mit dokumentierter Einwilligung für {}"},
    // The interactive prompts (cli/prompt.cpp).
    Entry{"\nQuestion {} of {}: {}\n", "\nFrage {} von {}: {}\n"},
    Entry{"  {}) {}  [ruled out: {}]\n", "  {}) {}  [ausgeschlossen: {}]\n"},
    Entry{"  [default]", "  [Vorgabe]"},
    Entry{"? for help", "? für Hilfe"},
    Entry{"back for the previous question", "zurück für die vorige Frage"},
    Entry{", or ", " oder "},
    Entry{"Answer [{}]: ", "Antwort [{}]: "},
    Entry{"Answer: ", "Antwort: "},
    Entry{"No help for this question.", "Zu dieser Frage gibt es keine Hilfe."},
    Entry{"This is the first question you answered here.\n",
          "Das ist die erste Frage, die Sie hier beantwortet haben.\n"},
    Entry{"That answer is ruled out: {}.\n", "Diese Antwort ist ausgeschlossen: {}.\n"},
    Entry{"Please answer with a number from 1 to {}{}.\n",
          "Bitte antworten Sie mit einer Zahl von 1 bis {}{}.\n"},
    Entry{"\nStrategies for your answers, best first:\n",
          "\nStrategien für Ihre Antworten, die beste zuerst:\n"},
    Entry{"  {}) {} (score {}{})\n", "  {}) {} (Punkte {}{})\n"},
    Entry{"Which strategies do you want to plan? (one number, or several as 1,3)\n",
          "Welche Strategien wollen Sie planen? (eine Zahl oder mehrere, z. B. 1,3)\n"},
    Entry{"no strategy can be planned by default",
          "ohne Auswahl lässt sich keine Strategie planen"},
    Entry{"`{}` is not a number from 1 to {}", "`{}` ist keine Zahl von 1 bis {}"},
    Entry{"{} cannot be planned: no tactic fits what you said",
          "{} ist nicht planbar: keine Taktik passt zu Ihren Angaben"},
    Entry{"{}. Please answer again.\n", "{}. Bitte antworten Sie noch einmal.\n"},
};

std::string current = "en";

/// Every part of the catalogue, in one list (built once).
const std::vector<Entry>& all_entries() {
    static const std::vector<Entry> all = [] {
        std::vector<Entry> out(entries.begin(), entries.end());
        for (auto part :
             {brief_messages(), skeleton_messages(), review_messages(), engine_messages(),
              calendar_messages(), budget_messages(), compare_messages(), show_messages()})
            out.insert(out.end(), part.begin(), part.end());
        return out;
    }();
    return all;
}

/// English → German, for lookups in constant time (a plan looks up hundreds of texts).
const std::unordered_map<std::string_view, std::string_view>& german() {
    static const std::unordered_map<std::string_view, std::string_view> map = [] {
        std::unordered_map<std::string_view, std::string_view> out;
        for (const auto& [english, translated] : all_entries())
            out.emplace(english, translated);
        return out;
    }();
    return map;
}

} // namespace

void set_language(std::string_view lang) {
    current = std::string(lang);
}

std::string_view language() {
    return current;
}

std::string_view tr(std::string_view english, std::string_view lang) {
    if (lang != "de")
        return english;
    auto it = german().find(english);
    return it == german().end() ? english : it->second;
}

std::string_view tr(std::string_view english) {
    return tr(english, current);
}

std::string_view tr_n(std::size_t count, std::string_view singular, std::string_view plural) {
    return tr(count == 1 ? singular : plural);
}

std::span<const std::pair<std::string_view, std::string_view>> catalogue() {
    return all_entries();
}

} // namespace strat::util
