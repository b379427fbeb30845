// The message catalogue (util/messages.hpp): strat's own words in German, looked up by
// their English, with the same placeholders.

#include "util/messages.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <set>

using namespace strat;

namespace {

std::size_t placeholders(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t at = text.find("{}"); at != std::string_view::npos;
         at = text.find("{}", at + 2))
        ++n;
    return n;
}

/// Sets the run's language for one test and puts English back.
struct Language {
    explicit Language(std::string_view lang) { util::set_language(lang); }
    ~Language() { util::set_language("en"); }
};

} // namespace

TEST_CASE("every German message keeps its English key's placeholders and line breaks") {
    std::set<std::string_view> keys;
    for (const auto& [english, german] : util::catalogue()) {
        INFO(english);
        CHECK(keys.insert(english).second); // one entry per English message
        CHECK(placeholders(german) == placeholders(english));
        CHECK(german.ends_with('\n') == english.ends_with('\n'));
        CHECK(german.starts_with('\n') == english.starts_with('\n'));
        CHECK(german != english);
    }
}

TEST_CASE("tr gives the German of a catalogued message in a German run, else the English") {
    CHECK(util::tr("\nStrategies, best first:\n", "de") == "\nStrategien, die beste zuerst:\n");
    CHECK(util::tr("\nStrategies, best first:\n", "en") == "\nStrategies, best first:\n");
    CHECK(util::tr("not in the catalogue", "de") == "not in the catalogue");
    {
        Language german("de");
        CHECK(util::language() == "de");
        CHECK(fmt::format(fmt::runtime(util::tr("\nQuestion {} of {}: {}\n")), 2, 6, "Wie?") ==
              "\nFrage 2 von 6: Wie?\n");
        CHECK(util::tr_n(1, "  ({} tactic dropped by your constraints; --explain says why)\n",
                         "  ({} tactics dropped by your constraints; --explain says why)\n") ==
              "  ({} Taktik entfällt wegen Ihrer Vorgaben; --explain sagt, warum)\n");
    }
    CHECK(util::tr("Answer: ") == "Answer: ");
}
