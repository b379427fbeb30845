// Translation files (strat-roadmap(5), TRANSLATIONS): read, checked against the roadmap they
// translate (ids that do not exist, steps that moved, texts left untranslated), applied.

#include "helpers.hpp"
#include "model/market.hpp"
#include "validate/translations.hpp"

#include <doctest/doctest.h>

using namespace strat;
using strat::test::brief;
using strat::test::parse;

namespace {

const char* roadmap_text = R"(strat: 1
id: demo
name: Demo
description: A demo.
goals:
  - id: retention
    name: Retention
    description: Keep customers.
    start: consent
questions:
  - id: consent
    text: Do you hold consent?
    help: Count recorded consent only.
    default: most
    options:
      - id: most
        label: Yes, for most
        weights:
          - {strategy: second_purchase, points: 3, reason: "you hold consent"}
      - id: few
        label: For few
strategies:
  - id: second_purchase
    name: Second purchase
    description: Bring buyers back.
    goals: [retention]
    tactics: [welcome]
    kpis: [repeat_rate]
tactics:
  - id: welcome
    name: Welcome
    description: Greet new customers.
    channels: [email]
    effort: low
    cost: low
    steps:
      - {day: 0, channel: email, action: "Say hello"}
      - {day: 7, channel: email, condition: "if not opened", action: "Remind"}
    kpis: [repeat_rate]
kpis:
  - id: repeat_rate
    name: Repeat rate
    description: Buyers who buy again.
    unit: percent
    direction: up
    cadence: monthly
    no_benchmark: Not published.
)";

/// The diagnostics of `translation` read and checked against the demo roadmap.
std::string check(const std::string& translation, bool untranslated = true,
                  const std::string& roadmap_yaml = roadmap_text) {
    load::RoadmapFile roadmap = parse(roadmap_yaml);
    REQUIRE(roadmap.diagnostics.items().empty());
    load::RoadmapFile file = load::parse_roadmap_text("de/demo.yaml", translation);
    REQUIRE(file.translation);
    REQUIRE(!file.roadmap);
    model::Diagnostics found = file.diagnostics;
    validate::check_translation(*file.translation, &*roadmap.roadmap, {"demo"}, found);
    found.sort();
    std::string out;
    for (const model::Diagnostic& d : found.items())
        if (untranslated || d.rule->code != "W311")
            out += fmt::format("{}:{}: [{} {}] {}\n", d.where.line, d.where.column, d.rule->code,
                               d.rule->name, d.message);
    return out;
}

const char* complete = R"(strat_translation: {of: demo, lang: de}
name: Demo
description: Eine Demo.
goals:
  retention: {name: Kundenbindung, description: Kunden halten.}
questions:
  consent:
    text: Haben Sie eine Einwilligung?
    help: Nur dokumentierte Einwilligungen zählen.
    options:
      most:
        label: Ja, für die meisten
        reasons: {second_purchase: Sie haben die Einwilligung}
      few: {label: Für wenige}
strategies:
  second_purchase: {name: Zweitkauf, description: Käufer zurückholen.}
tactics:
  welcome:
    name: Willkommen
    description: Neukunden begrüßen.
    steps:
      - {day: 0, action: Hallo sagen}
      - {day: 7, condition: wenn nicht geöffnet, action: Erinnern}
kpis:
  repeat_rate:
    name: Wiederkaufrate
    description: Käufer, die wieder kaufen.
    no_benchmark: Nicht veröffentlicht.
)";

} // namespace

TEST_CASE("a complete translation has no problem and replaces every text") {
    CHECK(check(complete) == "");
    load::RoadmapFile roadmap = parse(roadmap_text);
    load::RoadmapFile file = load::parse_roadmap_text("de/demo.yaml", complete);
    validate::Coverage covered = validate::coverage(*file.translation, *roadmap.roadmap);
    CHECK(covered.translated == 19);
    CHECK(covered.texts == 19);
    CHECK(model::apply(*file.translation, *roadmap.roadmap) == 19);
    const model::Roadmap& r = *roadmap.roadmap;
    CHECK(r.goals[0].name == "Kundenbindung");
    CHECK(r.questions[0].options[0].label == "Ja, für die meisten");
    CHECK(r.questions[0].options[0].weights[0].reason == "Sie haben die Einwilligung");
    CHECK(r.tactics[0].steps[1].condition == "wenn nicht geöffnet");
    CHECK(r.tactics[0].steps[1].action == "Erinnern");
    CHECK(r.tactics[0].steps[1].day == 7); // only texts change
}

TEST_CASE("a translation of an id the roadmap does not have is an error, with did you mean") {
    CHECK(check("strat_translation: {of: demo, lang: de}\n"
                "goals:\n"
                "  retentoin: {name: Kundenbindung}\n"
                "  retention: {help: Hilfe}\n"
                "questions:\n"
                "  consent:\n"
                "    options:\n"
                "      mots: {label: Ja}\n"
                "      most: {reasons: {second_purchse: weil}}\n",
                false) ==
          "3:3: [E224 unknown-translation] roadmap `demo` has no goal `retentoin` (did you mean "
          "`retention`?)\n"
          "4:15: [E103 unknown-key] unknown key `help` in the translation of `retention`\n"
          "8:7: [E224 unknown-translation] question `consent` has no option `mots`\n"
          "9:24: [E224 unknown-translation] option `most` of question `consent` has no reason "
          "for strategy `second_purchse` (did you mean `second_purchase`?)\n");
}

TEST_CASE("a step that moved, a step too many and an untranslated text are reported") {
    std::string moved = complete;
    std::string old_step = "      - {day: 7, condition: wenn nicht geöffnet, action: Erinnern}\n";
    moved.replace(moved.find(old_step), old_step.size(),
                  "      - {day: 5, condition: wenn nicht geöffnet}\n"
                  "      - {day: 9, action: Nochmal}\n");
    CHECK(check(moved) ==
          "23:15: [E224 unknown-translation] step 2 of tactic `welcome` is on day 7 in the "
          "roadmap, not day 5: its steps changed since this was translated\n"
          "24:15: [E224 unknown-translation] tactic `welcome` has 2 steps; this is step 3\n"
          "38:9: [W311 untranslated-text] the `action` of step 2 of tactic `welcome` has no "
          "translation in de/demo.yaml\n");
}

TEST_CASE("translation-reasons-one-strategy-twice: each weight's reason is translated apart") {
    // Telecom's rev_consent=email_and_sms weighs upsell_trade_up twice (in the app; by
    // SMS): keyed by strategy alone, one German text stood for both.
    std::string twice = roadmap_text;
    const std::string few = "      - id: few\n        label: For few\n";
    twice.replace(twice.find(few), few.size(),
                  few +
                      "        weights:\n"
                      "          - {strategy: second_purchase, points: 1, reason: \"in the app\"}\n"
                      "          - {strategy: second_purchase, points: 1, reason: \"by text\"}\n");
    std::string header = "strat_translation: {of: demo, lang: de}\n"
                         "questions:\n"
                         "  consent:\n"
                         "    options:\n"
                         "      few:\n";
    std::string listed = header + "        reasons: {second_purchase: [in der App, per SMS]}\n";
    CHECK(check(listed, false, twice) == "");
    load::RoadmapFile roadmap = parse(twice);
    load::RoadmapFile file = load::parse_roadmap_text("de/demo.yaml", listed);
    CHECK(model::apply(*file.translation, *roadmap.roadmap) == 2);
    const auto& weights = roadmap.roadmap->questions[0].options[1].weights;
    REQUIRE(weights.size() == 2);
    CHECK(weights[0].reason == "in der App");
    CHECK(weights[1].reason == "per SMS");
    // One text for both is refused where it is written, and so is a third.
    CHECK(check(header + "        reasons: {second_purchase: beides}\n", false, twice) ==
          "6:19: [E224 unknown-translation] option `few` of question `consent` weighs strategy "
          "`second_purchase` 2 times: its reasons are a list of 2, one per weight\n");
    CHECK(check(header + "        reasons: {second_purchase: [a, b, c]}\n", false, twice) ==
          "6:43: [E224 unknown-translation] option `few` of question `consent` weighs strategy "
          "`second_purchase` 2 times; this is reason 3\n");
    CHECK(check(header.replace(header.find("few"), 3, "most") +
                    "        reasons: {second_purchase: [a]}\n",
                false, twice) ==
          "6:19: [E224 unknown-translation] option `most` of question `consent` weighs strategy "
          "`second_purchase` once: its reason is one text, not a list\n");
}

TEST_CASE("the header names a roadmap and a language strat speaks") {
    CHECK(check("strat_translation: {of: demo, lang: fr}\n", false) ==
          "1:37: [E104 invalid-value] strat does not speak language `fr`\n");
    load::RoadmapFile file = load::parse_roadmap_text("x.yaml", "strat_translation: {lang: de}\n");
    CHECK(brief(file.diagnostics) ==
          "1:20: [E102 missing-field] `strat_translation` has no `of`\n");
    model::Diagnostics found;
    model::Translation unknown;
    unknown.of = "demoo";
    validate::check_translation(unknown, nullptr, {"demo", "travel"}, found);
    CHECK(brief(found) == "0:0: [E224 unknown-translation] roadmap `demoo` was not found (did you "
                          "mean `demo`?)\n");
}

TEST_CASE("built-in roadmaps read in German carry the shipped translation; ids stay") {
    load::LoadedCatalog german_load = load::load_catalog({}, {}, "de");
    REQUIRE(german_load.errors.empty());
    load::Catalog& german = german_load.catalog;
    load::Catalog english = load::load_catalog({}, {}, "en").catalog;
    std::optional<model::Roadmap> de = german.resolve_verified("travel");
    std::optional<model::Roadmap> en = english.resolve_verified("travel");
    REQUIRE(de);
    REQUIRE(en);
    CHECK(de->goal_by_name("retention")->name == "Gästebindung");
    CHECK(en->goal_by_name("retention")->name == "Guest retention");
    // Inherited from base, translated by base's translation; markets by theirs.
    REQUIRE(de->goal_by_name("awareness") != nullptr);
    CHECK(de->goal_by_name("awareness")->name == "Bekanntheit");
    CHECK(model::ids_of(de->questions) == model::ids_of(en->questions));
    CHECK(model::ids_of(de->tactics) == model::ids_of(en->tactics));
    const model::Market* market = model::find_market(de->markets, "de");
    REQUIRE(market);
    CHECK(market->name == "Deutschland");
    // translation-reasons-one-strategy-twice, in the shipped telecom roadmap.
    std::optional<model::Roadmap> telecom = german.resolve_verified("telecom");
    REQUIRE(telecom);
    std::vector<std::string> reasons;
    for (const model::Question& q : telecom->questions)
        for (const model::Option& o : q.options)
            if (q.id == "rev_consent" && o.id == "email_and_sms")
                for (const model::Weight& w : o.weights)
                    if (w.strategy.id == "upsell_trade_up")
                        reasons.push_back(w.reason);
    CHECK(reasons == std::vector<std::string>{
                         "Upgrade-Hinweise können erscheinen, wenn Kunden ihren Verbrauch prüfen",
                         "eine SMS, wenn das Datenvolumen aufgebraucht ist, erreicht Kunden auch "
                         "außerhalb der App"});
}

namespace {

/// The demo roadmap with a general benchmark and two regional ones for its KPI.
std::string with_benchmarks() {
    std::string text = roadmap_text;
    const std::string none = "    no_benchmark: Not published.\n";
    text.replace(text.find(none), none.size(),
                 "    benchmark:\n"
                 "      {value: 26.8, source: getresponse-2023, year: 2022,\n"
                 "       segment: \"all industries, email\", note: Partly inflated.}\n"
                 "    regional_benchmarks:\n"
                 "      - {region: dach, value: 30.1, source: inxmail-2022, year: 2021,\n"
                 "         segment: \"all industries, newsletters\", note: B2C 31.2%.}\n"
                 "      - {region: de, value: 32.88, source: gdma-2025, year: 2024,\n"
                 "         note: Sent in Germany.}\n");
    return text;
}

const char* benchmarks_header = "strat_translation: {of: demo, lang: de}\n"
                                "kpis:\n"
                                "  repeat_rate:\n";

} // namespace

TEST_CASE("a benchmark's segment and note, general and regional, are translated by address") {
    load::RoadmapFile roadmap = parse(with_benchmarks());
    REQUIRE(roadmap.diagnostics.items().empty());
    std::vector<std::string> addresses;
    model::for_each_text(*roadmap.roadmap,
                         [&](const std::string& address, const std::string&, const model::Origin&) {
                             if (address.starts_with("kpis/"))
                                 addresses.push_back(address);
                         });
    CHECK(addresses == std::vector<std::string>{
                           "kpis/repeat_rate/name",
                           "kpis/repeat_rate/description",
                           "kpis/repeat_rate/benchmark/segment",
                           "kpis/repeat_rate/benchmark/note",
                           "kpis/repeat_rate/regional_benchmarks/dach/segment",
                           "kpis/repeat_rate/regional_benchmarks/dach/note",
                           "kpis/repeat_rate/regional_benchmarks/de/note",
                       });
    std::string german =
        std::string(benchmarks_header) +
        "    benchmark: {segment: \"alle Branchen, E-Mail\", note: Teilweise "
        "aufgebläht.}\n"
        "    regional_benchmarks:\n"
        "      dach: {segment: \"alle Branchen, Newsletter\", note: \"B2C 31,2 %.\"}\n"
        "      de: {note: In Deutschland versendet.}\n";
    CHECK(check(german, false, with_benchmarks()) == "");
    load::RoadmapFile file = load::parse_roadmap_text("de/demo.yaml", german);
    REQUIRE(file.translation);
    CHECK(model::apply(*file.translation, *roadmap.roadmap) == 5);
    const model::Kpi& kpi = roadmap.roadmap->kpis[0];
    CHECK(kpi.benchmark->segment == "alle Branchen, E-Mail");
    CHECK(kpi.benchmark->note == "Teilweise aufgebläht.");
    CHECK(kpi.benchmark->value == "26.8"); // only texts change
    CHECK(kpi.regional_benchmarks[0].segment == "alle Branchen, Newsletter");
    CHECK(kpi.regional_benchmarks[0].note == "B2C 31,2 %.");
    CHECK(kpi.regional_benchmarks[1].note == "In Deutschland versendet.");
    // Under --strict, a text left in English is named by its benchmark.
    std::string found = check(std::string(benchmarks_header) +
                                  "    benchmark: {segment: \"alle Branchen, E-Mail\"}\n"
                                  "    regional_benchmarks: {dach: {note: x}}\n",
                              true, with_benchmarks());
    std::string about_benchmarks;
    for (std::size_t at = 0, end; at < found.size(); at = end + 1) {
        end = found.find('\n', at);
        if (found.find("benchmark", at) < end)
            about_benchmarks += found.substr(at, end + 1 - at);
    }
    CHECK(about_benchmarks ==
          "48:7: [W311 untranslated-text] the `note` of the benchmark of KPI `repeat_rate` has no "
          "translation in de/demo.yaml\n"
          "51:9: [W311 untranslated-text] the `segment` of the `dach` regional benchmark of KPI "
          "`repeat_rate` has no translation in de/demo.yaml\n"
          "53:9: [W311 untranslated-text] the `note` of the `de` regional benchmark of KPI "
          "`repeat_rate` has no translation in de/demo.yaml\n");
}

TEST_CASE("describe_address names a benchmark's texts") {
    CHECK(model::describe_address("kpis/open_rate/benchmark/note") ==
          "the `note` of the benchmark of KPI `open_rate`");
    CHECK(model::describe_address("kpis/open_rate/regional_benchmarks/dach/note") ==
          "the `note` of the `dach` regional benchmark of KPI `open_rate`");
    CHECK(model::describe_address("kpis/open_rate/benchmark") ==
          "the benchmark of KPI `open_rate`");
    CHECK(model::describe_address("regional_benchmarks/at") == "regional benchmark `at`");
    // An id that reads like a section is still an id.
    CHECK(model::describe_address("goals/benchmark/name") == "the `name` of goal `benchmark`");
}

TEST_CASE("a benchmark text the roadmap does not write is an error") {
    std::string roadmap = with_benchmarks();
    CHECK(check(std::string(benchmarks_header) + "    regional_benchmarks:\n"
                                                 "      dch: {note: x}\n"
                                                 "      at: {note: x}\n"
                                                 "      de: {segment: x}\n"
                                                 "    benchmark: {notes: x}\n",
                false, roadmap) ==
          "5:7: [E224 unknown-translation] KPI `repeat_rate` has no regional benchmark `dch` "
          "(did you mean `dach`?)\n"
          "6:7: [E224 unknown-translation] KPI `repeat_rate` has no regional benchmark `at`\n"
          "7:12: [E224 unknown-translation] the `de` regional benchmark of KPI `repeat_rate` "
          "has no `segment` to translate\n"
          "8:17: [E103 unknown-key] unknown key `notes` in the translation of the benchmark of "
          "KPI `repeat_rate` (did you mean `note`?)\n");
    // The demo's KPI has no benchmark at all.
    CHECK(check(std::string(benchmarks_header) + "    benchmark: {note: x}\n", false) ==
          "4:5: [E224 unknown-translation] KPI `repeat_rate` has no `benchmark` to translate "
          "(did you mean `no_benchmark`?)\n");
}

namespace {

/// The demo roadmap with two sources, one of them with a note.
std::string with_sources() {
    std::string text = roadmap_text;
    const std::string goals = "goals:\n";
    text.insert(text.find(goals), "sources:\n"
                                  "  - {id: getresponse-2023, publisher: GetResponse, title: "
                                  "Email benchmarks, year: 2023,\n"
                                  "     citation: \"GetResponse, Email benchmarks 2023\",\n"
                                  "     note: \"secondary: quoted by a third party\"}\n"
                                  "  - {id: inxmail-2022, publisher: Inxmail, title: Benchmark, "
                                  "year: 2022,\n"
                                  "     url: \"https://example.com/inxmail\"}\n");
    return text;
}

} // namespace

TEST_CASE("a source's note is translated by the source's id; its title stays as published") {
    load::RoadmapFile roadmap = parse(with_sources());
    REQUIRE(roadmap.diagnostics.items().empty());
    std::vector<std::string> addresses;
    model::for_each_text(*roadmap.roadmap,
                         [&](const std::string& address, const std::string&, const model::Origin&) {
                             if (address.starts_with("sources/"))
                                 addresses.push_back(address);
                         });
    CHECK(addresses == std::vector<std::string>{"sources/getresponse-2023/note"});
    std::string german = "strat_translation: {of: demo, lang: de}\n"
                         "sources:\n"
                         "  getresponse-2023: {note: \"Aus zweiter Hand: von Dritten zitiert\"}\n";
    CHECK(check(german, false, with_sources()) == "");
    load::RoadmapFile file = load::parse_roadmap_text("de/demo.yaml", german);
    REQUIRE(file.translation);
    CHECK(model::apply(*file.translation, *roadmap.roadmap) == 1);
    const model::Source& source = roadmap.roadmap->sources[0];
    CHECK(source.note == "Aus zweiter Hand: von Dritten zitiert");
    CHECK(source.title == "Email benchmarks"); // a study's title is its name
    CHECK(source.citation == "GetResponse, Email benchmarks 2023");
    // Under --strict, a note left in English is named by its source.
    std::string found = check("strat_translation: {of: demo, lang: de}\n", true, with_sources());
    CHECK(found.find("6:5: [W311 untranslated-text] the `note` of source `getresponse-2023` has "
                     "no translation in de/demo.yaml\n") != std::string::npos);
}

TEST_CASE("a source note the roadmap does not write is an error") {
    CHECK(model::describe_address("sources/getresponse-2023/note") ==
          "the `note` of source `getresponse-2023`");
    CHECK(check("strat_translation: {of: demo, lang: de}\n"
                "sources:\n"
                "  getresponse-2032: {note: x}\n"
                "  inxmail-2022: {note: x}\n" // it writes no note: nothing to translate
                "  getresponse-2023: {title: x}\n",
                false, with_sources()) ==
          "3:3: [E224 unknown-translation] roadmap `demo` has no source `getresponse-2032` (did "
          "you mean `getresponse-2023`?)\n"
          "4:3: [E224 unknown-translation] roadmap `demo` has no source `inxmail-2022`\n"
          "5:22: [E103 unknown-key] unknown key `title` in the translation of "
          "`getresponse-2023`\n");
}
