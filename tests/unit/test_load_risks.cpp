// A tactic's risks (issue 15): read with their positions, each a risk and its mitigation,
// neither blank; translated item by item; W312 for a tactic without them once required.

#include "helpers.hpp"
#include "model/translation.hpp"
#include "output/json_schema.hpp"
#include "validate/checks.hpp"
#include "validate/translations.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace strat;
using strat::test::brief;
using strat::test::parse;

namespace {

const char* head = R"(strat: 1
id: demo
name: Demo
description: A demo.
goals:
  - {id: retention, name: R, description: d, start: q1, primary_kpi: k1}
questions:
  - id: q1
    text: Q1?
    help: h
    default: a
    options:
      - {id: a, label: A, weights: [{strategy: s1, points: 2, reason: r}]}
      - {id: b, label: B}
strategies:
  - {id: s1, name: S1, description: d, goals: [retention], tactics: [t1, t2], kpis: [k1]}
kpis:
  - {id: k1, name: K1, description: d, unit: percent, direction: up, no_benchmark: n}
tactics:
  - id: t1
    name: T1
    description: d
    channels: [email]
    effort: low
    cost: low
    steps: [{day: 0, action: Send}]
)";

/// The roadmap with `t1`'s risks as `risks` (YAML lines under the tactic) and a second
/// tactic, `t2`, without any.
std::string roadmap(const std::string& risks) {
    return std::string(head) + risks +
           "  - {id: t2, name: T2, description: d, channels: [web], effort: low, cost: low, "
           "steps: [{day: 0, action: Show}]}\n";
}

const std::string two_risks = "    risks:\n"
                              "      - risk: Mail reaches people who opted out\n"
                              "        mitigation: Check consent the day before\n"
                              "      - {risk: A discount trains waiting, mitigation: Test on one "
                              "in ten}\n";

std::string checked(const std::string& text, bool require_risks) {
    load::RoadmapFile file = parse(text);
    INFO(brief(file.diagnostics));
    REQUIRE(file.roadmap);
    model::Diagnostics diagnostics = file.diagnostics;
    validate::check_roadmap(*file.roadmap, nullptr, diagnostics, require_risks);
    diagnostics.sort();
    return brief(diagnostics);
}

/// Each diagnostic with its path and hint, for the messages a writer reads.
std::string in_full(const model::Diagnostics& diagnostics) {
    std::string out;
    for (const model::Diagnostic& d : diagnostics.items())
        out += fmt::format("{}:{}: [{} {}] {} | {} | {}\n", d.where.line, d.where.column,
                           d.rule->code, d.rule->name, d.message, d.data_path, d.hint);
    return out;
}

} // namespace

TEST_CASE("a tactic's risks are read in order, each with its position and path") {
    load::RoadmapFile file = parse(roadmap(two_risks));
    REQUIRE(file.diagnostics.items().empty());
    const model::Tactic& t = file.roadmap->tactics[0];
    REQUIRE(t.risks.size() == 2);
    CHECK(t.risks[0].risk == "Mail reaches people who opted out");
    CHECK(t.risks[0].mitigation == "Check consent the day before");
    CHECK(t.risks[0].where.line == 28);
    CHECK(t.risks[0].where.column == 9);
    CHECK(t.risks[0].path == "tactics[0].risks[0]");
    CHECK(t.risks[1].risk == "A discount trains waiting");
    CHECK(t.risks[1].mitigation == "Test on one in ten");
    CHECK(t.risks[1].path == "tactics[0].risks[1]");
    CHECK(file.roadmap->tactics[1].risks.empty());
}

TEST_CASE("a risk without its mitigation, and the reverse, is an error with a fix") {
    load::RoadmapFile file = parse(roadmap("    risks:\n"
                                           "      - risk: Mail reaches people who opted out\n"
                                           "      - mitigation: Check consent the day before\n"));
    CHECK(in_full(file.diagnostics) ==
          "28:9: [E102 missing-field] risk is missing the required key `mitigation` | "
          "tactics[0].risks[0] | add `mitigation:` (What the team does to prevent or catch it.)\n"
          "29:9: [E102 missing-field] risk is missing the required key `risk` | "
          "tactics[0].risks[1] | add `risk:` (What goes wrong, concretely.)\n");
}

TEST_CASE("a risk or mitigation that is empty or blank is an error at the text") {
    load::RoadmapFile file = parse(roadmap("    risks:\n"
                                           "      - risk: \"\"\n"
                                           "        mitigation: Check consent\n"
                                           "      - risk: Opted-out mail\n"
                                           "        mitigation: \"   \"\n"
                                           "      - risk:\n"
                                           "        mitigation: Check\n"));
    CHECK(in_full(file.diagnostics) ==
          "28:15: [E102 missing-field] `risk` is empty | tactics[0].risks[0].risk | say what "
          "goes wrong, concretely\n"
          "31:21: [E102 missing-field] `mitigation` is empty | tactics[0].risks[1].mitigation | "
          "say what the team does to prevent or catch it\n"
          "32:9: [E102 missing-field] `risk` has no value | tactics[0].risks[2].risk | give "
          "`risk` a value (What goes wrong, concretely.)\n");
}

TEST_CASE("risks, when given, list at least one; a risk is a mapping") {
    CHECK(brief(parse(roadmap("    risks: []\n")).diagnostics) ==
          "27:12: [E108 empty-list] `risks` needs at least one entry\n");
    CHECK(brief(parse(roadmap("    risks: [Mail to opted-out people]\n")).diagnostics) ==
          "27:13: [E101 wrong-type] a risk must be a mapping of `key: value` lines, found `Mail "
          "to opted-out people`\n");
}

TEST_CASE("W312: a tactic without risks is a warning once risks are required") {
    CHECK(checked(roadmap(two_risks), true) ==
          "31:5: [W312 tactic-without-risks] tactic `t2` names no risks\n");
    CHECK(checked(roadmap(""), true) ==
          "20:5: [W312 tactic-without-risks] tactic `t1` names no risks\n"
          "27:5: [W312 tactic-without-risks] tactic `t2` names no risks\n");
    CHECK(checked(roadmap(two_risks), false) == "");
    // Every shipped tactic names its risks, so the default reports a tactic without them.
    CHECK(validate::risks_required);
    load::RoadmapFile file = parse(roadmap(two_risks));
    REQUIRE(file.roadmap);
    model::Diagnostics diagnostics;
    validate::check_roadmap(*file.roadmap, nullptr, diagnostics);
    CHECK(in_full(diagnostics) ==
          "31:5: [W312 tactic-without-risks] tactic `t2` names no risks | tactics[1] | add "
          "`risks:` with what can go wrong when it runs, each as `- risk: ...` with "
          "`mitigation: ...`, what the team does to prevent or catch it\n");
    CHECK(model::rule("tactic-without-risks").code == "W312");
    CHECK(model::rule("tactic-without-risks").severity == model::Severity::warning);
}

namespace {

const char* translated_head = R"(strat_translation: {of: demo, lang: de}
tactics:
  t1:
)";

/// The diagnostics of a translation of the roadmap with two risks on `t1`: E224 and, when
/// `untranslated`, W311 for the risks' texts only (the other texts are left out on purpose).
std::string translation_findings(const std::string& tactic_lines, bool untranslated = true) {
    load::RoadmapFile road = parse(roadmap(two_risks));
    REQUIRE(road.diagnostics.items().empty());
    load::RoadmapFile file =
        load::parse_roadmap_text("de/demo.yaml", std::string(translated_head) + tactic_lines);
    REQUIRE(file.translation);
    model::Diagnostics found = file.diagnostics;
    validate::check_translation(*file.translation, &*road.roadmap, {"demo"}, found);
    found.sort();
    std::string out;
    for (const model::Diagnostic& d : found.items())
        if (d.rule->code != "W311" ||
            (untranslated && d.message.find(" of risk ") != std::string::npos))
            out += fmt::format("{}:{}: [{} {}] {}\n", d.where.line, d.where.column, d.rule->code,
                               d.rule->name, d.message);
    return out;
}

} // namespace

TEST_CASE("translated risks replace the roadmap's, item by item") {
    load::RoadmapFile road = parse(roadmap(two_risks));
    load::RoadmapFile file = load::parse_roadmap_text(
        "de/demo.yaml", std::string(translated_head) +
                            "    risks:\n"
                            "      - risk: Post an Abgemeldete\n"
                            "        mitigation: Einwilligung am Vortag prüfen\n"
                            "      - {risk: Rabatte lehren Warten, mitigation: An jedem Zehnten "
                            "testen}\n");
    REQUIRE(file.diagnostics.items().empty());
    CHECK(model::apply(*file.translation, *road.roadmap) == 4);
    const model::Tactic& t = road.roadmap->tactics[0];
    CHECK(t.risks[0].risk == "Post an Abgemeldete");
    CHECK(t.risks[0].mitigation == "Einwilligung am Vortag prüfen");
    CHECK(t.risks[1].risk == "Rabatte lehren Warten");
    CHECK(t.risks[1].mitigation == "An jedem Zehnten testen");
    CHECK(model::describe_address("tactics/t1/risks/2/mitigation") ==
          "the `mitigation` of risk 2 of tactic `t1`");
}

TEST_CASE("a translated list of risks longer or shorter than the roadmap's is an error") {
    CHECK(translation_findings("    risks:\n"
                               "      - {risk: Eins, mitigation: Eins}\n"
                               "      - {risk: Zwei, mitigation: Zwei}\n"
                               "      - {risk: Drei, mitigation: Drei}\n",
                               false) ==
          "7:9: [E224 unknown-translation] tactic `t1` has 2 risks; the translation lists 3\n");
    CHECK(translation_findings("    risks:\n"
                               "      - {risk: Eins, mitigation: Eins}\n") ==
          "4:5: [E224 unknown-translation] tactic `t1` has 2 risks; the translation lists 1\n"
          "30:9: [W311 untranslated-text] the `mitigation` of risk 2 of tactic `t1` has no "
          "translation in de/demo.yaml\n"
          "30:9: [W311 untranslated-text] the `risk` of risk 2 of tactic `t1` has no "
          "translation in de/demo.yaml\n");
}

TEST_CASE("a risk left untranslated is W311; risks of a tactic without any are E224") {
    CHECK(translation_findings("    risks:\n"
                               "      - {risk: Eins, mitigation: Eins}\n"
                               "      - {risk: Zwei}\n") ==
          "30:9: [W311 untranslated-text] the `mitigation` of risk 2 of tactic `t1` has no "
          "translation in de/demo.yaml\n");
    CHECK(translation_findings("    risks:\n"
                               "      - {risk: Eins, mitigation: Eins, note: x}\n"
                               "      - {risk: Zwei, mitigation: Zwei}\n"
                               "  t2:\n"
                               "    risks: [{risk: Eins, mitigation: Eins}]\n",
                               false) ==
          "5:40: [E103 unknown-key] unknown key `note` in the translation of risk 1\n"
          "8:5: [E224 unknown-translation] tactic `t2` has no `risks` to translate\n");
    CHECK(translation_findings("    risks: {risk: Eins}\n", false) ==
          "4:12: [E101 wrong-type] `risks` must be a list, found a mapping\n");
}

TEST_CASE("strat schema describes risks and refuses blank texts") {
    std::ostringstream out;
    output::print_json_schema(out, load::schema::roadmap(), "t", "i");
    std::string schema = out.str();
    CHECK(schema.find(R"("risks": {
          "description": "What can go wrong when it runs, each with its mitigation.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/risk"
          },
          "minItems": 1
        })") != std::string::npos);
    CHECK(schema.find(R"("required": [
        "risk",
        "mitigation"
      ],
      "additionalProperties": false,
      "allOf": [
        {
          "properties": {
            "risk": {
              "pattern": "\\S"
            },
            "mitigation": {
              "pattern": "\\S"
            }
          }
        }
      ]
    },)") != std::string::npos);
}

TEST_CASE("every shipped tactic names its risks, so W312 can be turned on for them") {
    load::Catalog catalog = load::load_catalog({}, {}).catalog;
    std::string without;
    std::size_t tactics = 0;
    for (const std::string& id : catalog.industry_ids()) {
        model::Diagnostics diagnostics;
        auto merged = catalog.resolve(*catalog.find(id), diagnostics);
        REQUIRE(merged);
        tactics += merged->tactics.size();
        validate::check_roadmap(*merged, nullptr, diagnostics, true);
        for (const model::Diagnostic& d : diagnostics.items())
            if (d.rule->name == "tactic-without-risks")
                without += fmt::format("{}: {}\n", id, d.message);
    }
    CHECK(tactics > 0);
    CHECK(without == "");
}
