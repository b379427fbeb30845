// strat's own words in German (issue 14): the brief (Markdown, HTML), the skeleton's
// comments and hints and the figures in them, for a run with --lang de; English runs keep
// their bytes. Also: strat's generic checklist items fit the market (no GDPR terms where
// the market's rules do not cite the GDPR).

#include "engine/campaign.hpp"
#include "engine/plan.hpp"
#include "load/catalog.hpp"
#include "output/campaign.hpp"
#include "output/figures.hpp"
#include "util/message_parts.hpp"
#include "util/messages.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>

using namespace strat;

namespace {

/// Sets the run's language for one test and puts English back.
struct Language {
    explicit Language(std::string_view lang) { util::set_language(lang); }
    ~Language() { util::set_language("en"); }
};

model::Target target(model::TargetRule rule, std::string change) {
    model::Target t;
    t.rule = rule;
    t.change = std::move(change);
    return t;
}

engine::FillIn fill(std::string hint) {
    return {std::move(hint), std::nullopt};
}

/// A small document as the engine builds it in a German run: its hints and its checklist
/// item are German already (the engine looks them up), the renderers add the rest.
struct SmallDocument {
    model::Kpi kpi;
    engine::CampaignDocument doc;

    SmallDocument() {
        kpi.id = "click_rate";
        kpi.name = "Klickrate";
        kpi.unit = model::Unit::percent;
        kpi.cadence = model::Cadence::monthly;
        kpi.target = target(model::TargetRule::relative, "12.5");
        kpi.no_benchmark = "nicht veröffentlicht";
        engine::CampaignDocument& d = doc;
        d.name = "Shop: Bindung";
        d.market = engine::MarketName{"de", "Deutschland"};
        d.owner = fill("die Person, die für die Kampagne verantwortlich ist");
        d.created = {"JJJJ-MM-TT", "2026-03-01"};
        d.start = fill("JJJJ-MM-TT");
        d.end = fill("JJJJ-MM-TT");
        d.reviews = {{30, "Zwischenbilanz", fill("Start + 30 Tage")}};
        d.goal_name = "Bindung";
        d.goal_description = "Käufer zurückholen.";
        d.objective = fill("ein messbarer Satz");
        d.segments = fill("wer");
        d.message = fill("das Angebot");
        engine::TacticEntry t;
        t.id = "winback";
        t.strategy = "reactivate";
        t.name = "Rückgewinnung";
        t.description = "Inaktive Käufer anschreiben.";
        t.channels = {model::Channel::email, model::Channel::direct_mail};
        t.effort = model::Level::medium;
        t.steps = {{0, model::Channel::direct_mail, model::StepKind::marketing, "Karte senden", "",
                    std::nullopt}};
        t.phases = {fill("Anteil"), fill("Kontrollgruppe"), fill("Kriterium"), 30, fill("Plan")};
        engine::StrategyEntry s;
        s.rank = 1;
        s.id = "reactivate";
        s.name = "Reaktivieren";
        s.description = "Inaktive zurückholen.";
        s.chosen = true;
        d.strategies = {s};
        d.chosen = {0};
        d.tactics = {t};
        engine::KpiEntry k;
        k.kpi = &kpi;
        k.primary = true;
        k.baseline = fill("Ihr aktueller Wert");
        k.target = fill("sobald der Ausgangswert bekannt ist");
        d.kpis = {k};
        d.budget_total = fill("Betrag");
        d.budget_by_channel = {{model::Channel::direct_mail, fill("Betrag")}};
        d.privacy = {{"email", "Werbung per E-Mail braucht eine Einwilligung.", false,
                      "UWG § 7 Abs. 2 Nr. 2", "https://example.org/uwg"},
                     {"data", "Daten löschen, die Sie nicht mehr brauchen.", false}};
        d.strat_version = "test";
        d.roadmaps = {{"shop.yaml", "ab12cd34ef56aa"}};
    }
};

std::string markdown(const engine::CampaignDocument& doc) {
    std::ostringstream out;
    output::write_campaign_markdown(out, doc);
    return out.str();
}

std::string html(const engine::CampaignDocument& doc) {
    std::ostringstream out;
    output::write_campaign_html(out, doc);
    return out.str();
}

std::string yaml(const engine::CampaignDocument& doc) {
    std::ostringstream out;
    output::write_campaign_yaml(out, doc);
    return out.str();
}

bool has(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

/// Every shipped industry x goal with the default answers, planned for `market` in the
/// run's language (roadmap texts from the shipped translations too), each handed to `use`
/// while its roadmap lives (the document points into it).
template <typename Use> std::size_t plan_all(std::string_view market, Use use) {
    std::string lang(util::language());
    load::Catalog catalog = load::load_catalog({}, {}, lang).catalog;
    std::size_t planned = 0;
    for (const std::string& id : catalog.industry_ids()) {
        std::optional<model::Roadmap> roadmap = catalog.resolve_verified(id);
        REQUIRE(roadmap);
        model::Index index(*roadmap);
        for (const model::Goal& goal : roadmap->goals) {
            engine::PlanRequest request;
            request.goal = &goal;
            request.walk = engine::walk_tree(index, goal, {}, nullptr);
            request.market = model::find_market(roadmap->markets, market);
            REQUIRE(request.market);
            engine::Plan plan = engine::make_plan(index, request);
            REQUIRE(engine::choose(plan, {}, 1).problem == engine::Choice::Problem::none);
            use(engine::make_campaign_document(plan, "2026-03-01", "test"));
            ++planned;
        }
    }
    return planned;
}

/// The lines of a Markdown text that are strat's structure: headings and table headers.
std::vector<std::string> structure(const std::string& md) {
    std::vector<std::string> out;
    std::istringstream in(md);
    std::string line, previous;
    while (std::getline(in, line)) {
        if (line.starts_with("## ") || (line.starts_with("|---") && !previous.empty()))
            out.push_back(line.starts_with("## ") ? line : previous);
        previous = line;
    }
    return out;
}

} // namespace

TEST_CASE("figures read in German forms where people read them, in machine form otherwise") {
    Language german("de");
    CHECK(output::figure("1.4", "de") == "1,4");
    CHECK(output::figure("12500.25", "de") == "12.500,25");
    CHECK(output::figure("1.4", "en") == "1.4");
    CHECK(output::figure("10.0", "en") == "10.0"); // English keeps the roadmap's spelling
    CHECK(output::figure("n/a", "de") == "n/a");
    CHECK(output::with_unit("1.4", model::Unit::percent, "de") == "1,4 %");
    CHECK(output::with_unit("1.4", model::Unit::percent, "en") == "1.4%");
    CHECK(output::with_unit("14", model::Unit::days, "de") == "14 Tage");
    CHECK(output::with_unit("1", model::Unit::days, "de") == "1 Tag");
    CHECK(output::with_unit("3.65", model::Unit::currency, "de") == "3,65 (Währung)");
    model::Kpi kpi;
    kpi.unit = model::Unit::percent;
    CHECK(output::target_rule_text(target(model::TargetRule::relative, "12.5"), kpi, "de") ==
          "Ausgangswert +12,5 % des Ausgangswerts");
    CHECK(output::target_rule_text(target(model::TargetRule::absolute, "2.5"), kpi, "de") ==
          "Ausgangswert +2,5 Prozentpunkte");
    // A YAML or JSON value keeps the machine form of its figure; its words follow the run.
    CHECK(output::target_rule_text(target(model::TargetRule::relative, "12.5"), kpi) ==
          "Ausgangswert +12.5% des Ausgangswerts");
    kpi.direction = model::Direction::down;
    kpi.unit = model::Unit::days;
    CHECK(output::target_rule_text(target(model::TargetRule::absolute, "3"), kpi, "de") ==
          "Ausgangswert -3 Tage");
    CHECK(output::target_rule_text(target(model::TargetRule::benchmark, ""), kpi, "de") ==
          "den Benchmark erreichen");
}

TEST_CASE("a regional benchmark names its region, in German in a German run") {
    model::Source inxmail;
    inxmail.publisher = "Inxmail";
    model::Kpi kpi;
    kpi.unit = model::Unit::percent;
    kpi.benchmark = model::Benchmark{};
    kpi.benchmark->value = "26.8";
    kpi.benchmark->year = 2022;
    kpi.benchmark->source = {"getresponse-2023", {}};
    model::Benchmark dach;
    dach.value = "30.1";
    dach.year = 2021;
    dach.region = model::Region::dach;
    kpi.regional_benchmarks.push_back(dach);
    const model::Benchmark* regional = &kpi.regional_benchmarks.front();
    CHECK(output::benchmark_text(kpi, regional, &inxmail, "en") ==
          "30.1% (DACH: Inxmail, 2021 data)");
    kpi.regional_benchmarks.front().region = model::Region::de;
    {
        Language german("de");
        CHECK(output::benchmark_text(kpi, regional, &inxmail, "de") ==
              "30,1 % (Deutschland: Inxmail, Daten von 2021)");
        // The general figure reads as it always has, without a region.
        CHECK(output::benchmark_text(kpi, &*kpi.benchmark, nullptr, "de") ==
              "26,8 % (getresponse-2023, Daten von 2022)");
    }
}

TEST_CASE("the German Markdown brief: strat's headings, labels and markers in German") {
    Language german("de");
    SmallDocument small;
    std::string md = markdown(small.doc);
    CHECK(md.starts_with(R"(# Shop: Bindung

- **Verantwortlich:** _ausfüllen_
- **Erstellt am:** 1.3.2026
- **Laufzeit:** _ausfüllen_ bis _ausfüllen_
- **Ziel:** Bindung (Käufer zurückholen.)
- **Markt:** Deutschland (de): Seine Regeln für die genutzten Kanäle stehen in der Checkliste zu Einwilligung und Datenschutz
- **Zielsetzung:** _ausfüllen_ (ein messbarer Satz)
- **Haupt-KPI:** Klickrate
- **Zielgruppe:** _ausfüllen_ (Segmente, Größe, Datenquelle)
- **Botschaft und Angebot:** _ausfüllen_

## Ausgangslage

| Frage | Antwort | Woher |
|---|---|---|

## Strategien, die beste zuerst

| Rang | Strategie | Punkte | Warum |
|---|---|---|---|
)"));
    CHECK(has(md, R"(
### Rückgewinnung

Inaktive Käufer anschreiben.

- **Kanäle:** E-Mail, Postmailing
- **Aufwand / Kosten:** mittel / niedrig
- **Verantwortlich:** _ausfüllen_

| Tag | Kanal | Art | Aktion | Wann |
|---|---|---|---|---|
| 0 | Postmailing | Marketing | Karte senden |  |

- **Hypothese:** _ausfüllen_
- **Kontrollgruppe (Vorher/Nachher):** _ausfüllen_
- **Entscheidung:** _ausfüllen_

Pilot mit _ausfüllen_ der Zielgruppe, gemessen wie im Test beschrieben; Go/No-Go nach 30 Tagen; dann ausweiten.
)"));
    CHECK(has(md, R"(
## KPIs

| KPI | Besser ist | Benchmark | Ausgangswert | Zielwert | Rhythmus |
|---|---|---|---|---|---|
| Klickrate | höher | keiner veröffentlicht (siehe unten) | _ausfüllen_ | _ausfüllen_ (Ausgangswert +12,5 % des Ausgangswerts) | monatlich |

Zu den Benchmarks:

- Klickrate: kein veröffentlichter Benchmark: nicht veröffentlicht
)"));
    CHECK(has(md, R"(
## Budget

Gesamt: _ausfüllen_

| Kanal | Betrag |
|---|---|
| Postmailing | _ausfüllen_ |
)"));
    CHECK(has(md, R"(
## Einwilligung und Datenschutz

Die Regeln des Marktes Deutschland (de) für die Kanäle dieses Plans, jede mit ihrer Rechtsquelle, danach die Punkte von strat. Diese Checkliste ist keine Rechtsberatung: Prüfen Sie jeden Punkt vor dem ersten Versand, im Zweifel mit anwaltlicher Hilfe.

- [ ] **E-Mail:** Werbung per E-Mail braucht eine Einwilligung. ([UWG § 7 Abs. 2 Nr. 2](https://example.org/uwg))
- [ ] **Daten:** Daten löschen, die Sie nicht mehr brauchen.
)"));
    CHECK(has(md, R"(
## Review-Termine

- Tag 30: Zwischenbilanz (_ausfüllen_)
)"));
    CHECK(md.ends_with("\n---\nErstellt mit strat test aus `shop.yaml` (sha256 ab12cd34ef56).\n"));
}

TEST_CASE("the German HTML brief: lang, headings, labels and the fill-in marker in German") {
    Language german("de");
    SmallDocument small;
    std::string page = html(small.doc);
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"de\">\n"));
    CHECK(has(page, "<p class=\"meta\"> &middot; Bindung &middot; Markt Deutschland &middot; "
                    "verantwortlich: <span class=\"blank\">ausfüllen</span> &middot; erstellt am "
                    "1.3.2026 &middot; Laufzeit <span class=\"blank\">ausfüllen</span> bis <span "
                    "class=\"blank\">ausfüllen</span></p>\n"));
    CHECK(has(page, "<p class=\"figure\">Tag 30</p><p>1 Taktik läuft als Pilot, gemessen wie "
                    "in ihrem Test beschrieben, und wird dann ausgeweitet.</p>"));
    CHECK(has(page, "<p>Zielwert: <span class=\"blank\">ausfüllen</span> (Ausgangswert +12,5 % "
                    "des Ausgangswerts) (höher ist besser)</p></div>\n"));
    CHECK(has(page, "<thead><tr><th>Tag</th><th>Kanal</th><th>Art</th><th>Aktion</th>"
                    "<th>Wann</th></tr></thead>"));
    CHECK(has(page, "<li><strong>E-Mail:</strong> Werbung per E-Mail braucht eine "
                    "Einwilligung."));
    CHECK(has(page, "<h2>Einwilligung und Datenschutz</h2>\n<p>Die Regeln des Marktes "
                    "Deutschland (<code>de</code>)"));
    CHECK(has(page, "<footer>Erstellt mit strat test aus <code>shop.yaml</code>"));
    for (std::string english : {"fill in", "Summary", "Situation</h2>", "Tactics</h2>",
                                "not legal advice", "Generated by", "lang=\"en\""})
        CHECK_MESSAGE(!has(page, english), english);
}

TEST_CASE("the German skeleton: comments and hints German, keys and machine values as in English") {
    SmallDocument small;
    std::string english = yaml(small.doc);
    Language german("de");
    std::string skeleton = yaml(small.doc);
    CHECK(skeleton.starts_with(
        "# strat-Kampagnenvorlage. Füllen Sie jeden Wert aus, der mit „ausfüllen“ markiert "
        "ist,\n# und verfolgen Sie die Kampagne dann mit `strat review`. Format: "
        "strat-campaign(5).\nstrat_campaign: 1\nname: \"Shop: Bindung\"\nmarket:  # dessen "
        "Regeln `privacy` aufführt\n  id: de\n  name: \"Deutschland\"\nowner: null  # "
        "ausfüllen: die Person, die für die Kampagne verantwortlich ist\nversion: 1\ndates:\n"
        "  created: 2026-03-01\n"));
    CHECK(has(skeleton, "    target: null  # ausfüllen: Ausgangswert +12,5 % des "
                        "Ausgangswerts, sobald der Ausgangswert bekannt ist\n    target_rule: "
                        "\"Ausgangswert +12.5% des Ausgangswerts\"\n"));
    CHECK(has(skeleton, "    actuals: []  # strat review liest die Istwerte aus einer "
                        "CSV-Datei\n"));
    CHECK(has(skeleton, "\n# Die Regeln des Marktes Deutschland (de) für die genutzten Kanäle, "
                        "jede mit\n# ihrer Rechtsquelle, danach die Punkte von strat. Prüfen Sie "
                        "jeden Punkt vor dem\n# ersten Versand; dies ist eine Checkliste, keine "
                        "Rechtsberatung.\nprivacy:\n  - topic: email\n"));
    // The keys of both skeletons, line by line, are the same.
    auto keys = [](const std::string& text) {
        std::vector<std::string> out;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);)
            if (!line.starts_with("#") && line.find(':') != std::string::npos)
                out.push_back(line.substr(0, line.find(':')));
        return out;
    };
    CHECK(keys(skeleton) == keys(english));
}

TEST_CASE("English runs keep their words and figures") {
    SmallDocument small;
    std::string md = markdown(small.doc);
    CHECK(has(md, "- **Created:** 2026-03-01\n"));
    CHECK(has(md, "| Klickrate | up | none published (see below) | _fill in_ | _fill in_ "
                  "(baseline +12.5% of the baseline) | monthly |\n"));
    CHECK(has(md, "- [ ] **email:** Werbung per E-Mail"));
    CHECK(has(html(small.doc), "<html lang=\"en\">"));
}

TEST_CASE("every industry x goal: the German brief holds none of the English brief's "
          "headings and no English text of the brief's catalogue part") {
    std::vector<std::string> english_structure;
    plan_all("de", [&](const engine::CampaignDocument& doc) {
        for (const std::string& line : structure(markdown(doc)))
            english_structure.push_back(line);
    });
    // Headings that read the same in German (and the tactics' headings, which name a
    // strategy from the roadmap) are not strat's English.
    std::erase_if(english_structure, [](const std::string& line) {
        return line == "## KPIs" || line == "## Budget" || line.starts_with("## Tactics: ") ||
               line == "| KPI | Besser ist | Benchmark | Ausgangswert | Zielwert | Rhythmus |";
    });
    REQUIRE(english_structure.size() > 500);
    // The English of every entry of the brief's catalogue part, cut at its placeholders and
    // line breaks, in pieces long enough to be strat's own phrase.
    std::vector<std::string> phrases;
    for (const auto& [english, german] : util::brief_messages()) {
        // Built char by char: std::string::replace here trips GCC 12's -Wrestrict false
        // positive at -O3.
        std::string text;
        for (std::size_t i = 0; i < english.size(); ++i)
            if (english.substr(i, 2) == "{}")
                text += '\x01', ++i;
            else
                text += english[i] == '\n' ? '\x01' : english[i];
        std::istringstream pieces(text);
        for (std::string piece; std::getline(pieces, piece, '\x01');)
            if (piece.size() >= 12 && !has(std::string(german), piece))
                phrases.push_back(piece);
    }
    REQUIRE(phrases.size() > 50);
    Language german("de");
    std::size_t planned = plan_all("de", [&](const engine::CampaignDocument& doc) {
        CAPTURE(doc.name);
        std::string md = markdown(doc);
        for (const std::string& line : structure(md))
            CHECK_MESSAGE(std::find(english_structure.begin(), english_structure.end(), line) ==
                              english_structure.end(),
                          line);
        for (const std::string& phrase : phrases)
            CHECK_MESSAGE(!has(md, phrase), phrase);
        CHECK(has(md, "keine Rechtsberatung"));
        CHECK_FALSE(has(md, "_fill in_"));
    });
    CHECK(planned > 50);
}

TEST_CASE("strat's generic checklist items name GDPR terms only where the market's rules cite "
          "the GDPR") {
    auto data_items = [](const engine::CampaignDocument& doc) {
        std::string out;
        for (const engine::PrivacyItem& item : doc.privacy)
            if (item.source.empty())
                out += item.text + "\n";
        return out;
    };
    for (std::string market : {"us", "ch"}) {
        CAPTURE(market);
        plan_all(market, [&](const engine::CampaignDocument& doc) {
            CAPTURE(doc.name);
            std::string items = data_items(doc);
            for (std::string gdpr : {"lawful basis", "legitimate interest", "impact assessment",
                                     "need cookie consent", "needs cookie", "Robinson"})
                CHECK_MESSAGE(!has(items, gdpr), gdpr);
            CHECK(has(items, "Name each use of personal data in the privacy notice.\n"));
        });
    }
    for (std::string market : {"eu", "de", "at", "uk"}) {
        CAPTURE(market);
        plan_all(market, [&](const engine::CampaignDocument& doc) {
            CHECK(has(data_items(doc), "Record the lawful basis for each use of personal data and "
                                       "name these uses in the privacy notice.\n"));
        });
    }
}
