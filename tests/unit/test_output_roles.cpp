// Roles, risks, tests and assumptions in each format of the campaign document
// (output/roles.hpp), on a small document; and the campaign reader reading the roles a
// team filled in (load/campaign_tactics.hpp).

#include "load/campaign_tactics.hpp"
#include "load/document.hpp"
#include "output/campaign.hpp"
#include "output/json.hpp"
#include "output/roles.hpp"
#include "output/yaml_writer.hpp"
#include "util/messages.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <sstream>

using namespace strat;

namespace {

struct Language {
    explicit Language(std::string_view lang) { util::set_language(lang); }
    ~Language() { util::set_language("en"); }
};

engine::FillIn fill(std::string hint) {
    return {std::move(hint), std::nullopt};
}

engine::FillIn suggested(std::string value) {
    return {"hint", std::move(value), true};
}

struct Small {
    model::Kpi kpi;
    engine::CampaignDocument doc;

    Small() {
        kpi.id = "repeat_rate";
        kpi.name = "Repeat rate";
        engine::TacticEntry t;
        t.id = "winback";
        t.strategy = "reactivate";
        t.name = "Win-back | series";
        t.channels = {model::Channel::email};
        t.owner = fill("who runs this tactic (responsible)");
        t.approver = {"who signs it off", std::string("Mara Keller")};
        t.contributors = fill("who is consulted");
        t.informed = fill("who is kept up to date");
        t.consult_data_protection = true;
        t.risks = {{"Lapsed buyers mark it as spam", "Send to the last 18 months only"}};
        t.test = engine::TestDesign::holdout;
        t.test_kpi = &kpi;
        t.hypothesis = suggested("With “Win-back”, Repeat rate rises.");
        t.phases = {fill("share"), suggested("a random hold-out"), suggested("scale if it wins"),
                    30, fill("plan")};
        engine::TacticEntry u;
        u.id = "seo";
        u.strategy = "reactivate";
        u.name = "Guides";
        u.owner = fill("o");
        u.approver = fill("a");
        u.contributors = fill("c");
        u.informed = fill("i");
        u.test = engine::TestDesign::before_after;
        u.hypothesis = fill("what the tactic should change");
        u.phases = {fill("share"), suggested("the same period before"), fill("criterion"), 45,
                    fill("plan")};
        doc.tactics = {t, u};
        engine::Assumption a;
        a.kind = engine::AssumptionKind::answer;
        a.text = "Stores?";
        a.question = "q2";
        a.answer = "many";
        a.label = "Many";
        a.source = model::AnswerSource::fallback_default;
        a.supports = {{"reactivate", "Reactivate"}, {"grow", "Grow"}};
        a.check = "not confirmed: confirm before launch";
        engine::Assumption c;
        c.kind = engine::AssumptionKind::consent;
        c.channel = model::Channel::sms;
        c.text = "Marketing consent for SMS is not known";
        c.check = "not known: find out";
        engine::Assumption g;
        g.kind = engine::AssumptionKind::answer;
        g.text = "Budget?";
        g.question = "budget";
        g.answer = "low";
        g.label = "Low";
        g.source = model::AnswerSource::constraint;
        g.origin = "--budget low";
        g.supports = {{"reactivate", "Reactivate"}};
        doc.assumptions = {a, c, g};
    }
};

template <typename F> std::string text(F f) {
    std::ostringstream out;
    f(out);
    return out.str();
}

std::string yaml_of(const std::function<void(output::YamlWriter&)>& f) {
    std::ostringstream out;
    {
        output::YamlWriter y(out);
        y.begin_map();
        f(y);
        y.end_map();
        y.end();
    }
    return out.str();
}

} // namespace

TEST_CASE("Markdown: a tactic's risks, hypothesis, control group and decision") {
    Small s;
    CHECK(text([&](std::ostream& o) { output::write_tactic_test_markdown(o, s.doc.tactics[0]); }) ==
          R"(
| Risk | Mitigation |
|---|---|
| Lapsed buyers mark it as spam | Send to the last 18 months only |

- **Hypothesis:** With “Win-back”, Repeat rate rises. _(suggested)_
- **Control group (hold-out):** a random hold-out _(suggested)_
- **Decision:** scale if it wins _(suggested)_
)");
    CHECK(text([&](std::ostream& o) { output::write_tactic_test_markdown(o, s.doc.tactics[1]); }) ==
          R"(
- **Hypothesis:** _fill in_
- **Control group (before/after):** the same period before _(suggested)_
- **Decision:** _fill in_
)");
}

TEST_CASE("Markdown: the RACI table, blanks to fill in, data protection suggested") {
    Small s;
    CHECK(text([&](std::ostream& o) { output::write_roles_markdown(o, s.doc); }) == R"(
## Roles (RACI)

Who does what for each tactic: fill in a name or a team for each role before the pilot starts.

| Tactic | Responsible (owner) | Accountable (approver) | Consulted (contributors) | Informed |
|---|---|---|---|---|
| Win-back \| series | _fill in_ | Mara Keller | _fill in_ (suggested: data protection) | _fill in_ |
| Guides | _fill in_ | _fill in_ | _fill in_ | _fill in_ |
)");
}

TEST_CASE("Markdown: the assumptions as a checklist, the confirmed ones ticked") {
    Small s;
    CHECK(text([&](std::ostream& o) { output::write_assumptions_markdown(o, s.doc); }) == R"(
## Assumptions

What this plan rests on. Confirm each open item before launch; where one is not so, plan again with what is.

- [ ] **Answer (default):** Stores? Many (chosen strategies resting on it: Reactivate; Grow) _(not confirmed: confirm before launch)_
- [ ] **Consent (sms):** Marketing consent for SMS is not known _(not known: find out)_
- [x] **Answer (--budget low):** Budget? Low (chosen strategies resting on it: Reactivate)
)");
}

TEST_CASE("YAML: roles beside the owner, risks and the hypothesis before the phases") {
    Small s;
    CHECK(yaml_of([&](output::YamlWriter& y) {
              output::write_tactic_roles_yaml(y, s.doc.tactics[0]);
              output::write_tactic_test_yaml(y, s.doc.tactics[0]);
          }) == R"(approver: Mara Keller
contributors: null  # fill in: who is consulted
informed: null  # fill in: who is kept up to date
risks:
  - risk: "Lapsed buyers mark it as spam"
    mitigation: "Send to the last 18 months only"
hypothesis:
  statement: "With “Win-back”, Repeat rate rises."  # suggested: keep or change it
  kpi: repeat_rate
  test: holdout
)");
    CHECK(yaml_of([&](output::YamlWriter& y) {
              output::write_tactic_test_yaml(y, s.doc.tactics[1]);
          }) == R"(risks: []
hypothesis:
  statement: null  # fill in: what the tactic should change
  kpi: null  # none of the tactic's KPIs is measured: name the one that decides
  test: before_after
)");
}

TEST_CASE("YAML: the assumptions, machine words as in English, `confirmed` to flip") {
    Small s;
    std::string english =
        yaml_of([&](output::YamlWriter& y) { output::write_assumptions_yaml(y, s.doc); });
    CHECK(english == R"(

# What the plan rests on: the answers that decided the chosen strategies, the
# consent on each channel used, the baselines still to measure. Confirm what
# says `confirmed: false` before launch.
assumptions:
  - about: answer
    question: q2
    text: "Stores?"
    answer: many
    label: "Many"
    source: default
    supports: [reactivate, grow]
    confirmed: false  # not confirmed: confirm before launch
  - about: consent
    channel: sms
    consent: unknown
    text: "Marketing consent for SMS is not known"
    confirmed: false  # not known: find out
  - about: answer
    question: budget
    text: "Budget?"
    answer: low
    label: "Low"
    source: stated
    from: "--budget low"
    supports: [reactivate]
    confirmed: true
)");
}

TEST_CASE("JSON: every key in every assumption, null where it does not apply") {
    Small s;
    s.doc.assumptions.resize(2);
    std::ostringstream out;
    {
        output::JsonWriter json(out);
        json.begin_object();
        output::write_assumptions_json(json, s.doc);
        output::write_tactic_roles_json(json, s.doc.tactics[0]);
        json.end_object();
    }
    CHECK(out.str() == R"({
  "assumptions": [
    {
      "about": "answer",
      "text": "Stores?",
      "question": "q2",
      "answer": "many",
      "label": "Many",
      "source": "default",
      "from": null,
      "supports": [
        "reactivate",
        "grow"
      ],
      "channel": null,
      "consent": null,
      "kpi": null,
      "confirmed": false,
      "check": "not confirmed: confirm before launch"
    },
    {
      "about": "consent",
      "text": "Marketing consent for SMS is not known",
      "question": null,
      "answer": null,
      "label": null,
      "source": null,
      "from": null,
      "supports": [],
      "channel": "sms",
      "consent": "unknown",
      "kpi": null,
      "confirmed": false,
      "check": "not known: find out"
    }
  ],
  "approver": "Mara Keller",
  "contributors": null,
  "informed": null,
  "consult": [
    "data_protection"
  ]
}
)");
}

TEST_CASE("HTML: the RACI table and the assumptions escape the team's and roadmap's text") {
    Small s;
    s.doc.tactics[0].name = "<b>Win-back</b>";
    std::string roles = text([&](std::ostream& o) { output::write_roles_html(o, s.doc); });
    CHECK(roles.find("<tr><td>&lt;b&gt;Win-back&lt;/b&gt;</td><td><span class=\"blank\">fill "
                     "in</span></td><td>Mara Keller</td><td><span class=\"blank\">fill "
                     "in</span> (suggested: data protection)</td><td><span class=\"blank\">fill "
                     "in</span></td></tr>\n") != std::string::npos);
    std::string assumptions =
        text([&](std::ostream& o) { output::write_assumptions_html(o, s.doc); });
    CHECK(assumptions.find("<li class=\"done\"><strong>Answer (--budget low):</strong> Budget? "
                           "Low (chosen strategies resting on it: Reactivate)</li>\n") !=
          std::string::npos);
    CHECK(text([&](std::ostream& o) { output::write_assumptions_glance_html(o, s.doc); }) ==
          "<dt>Rests on</dt><dd><a href=\"#assumptions\">3 assumptions</a>, 2 of them to "
          "confirm before launch</dd>\n");
    CHECK(text([&](std::ostream& o) {
              output::write_tactic_risks_html(o, s.doc.tactics[1]);
          }).empty());
}

TEST_CASE("German: the brief's words for roles, tests and assumptions") {
    Language german("de");
    Small s;
    std::string md =
        text([&](std::ostream& o) { output::write_tactic_test_markdown(o, s.doc.tactics[0]); });
    CHECK(md.find("| Risiko | Gegenmaßnahme |") != std::string::npos);
    CHECK(md.find("- **Kontrollgruppe (Holdout):** a random hold-out _(Vorschlag)_\n") !=
          std::string::npos);
    std::string roles = text([&](std::ostream& o) { output::write_roles_markdown(o, s.doc); });
    CHECK(roles.find("| _ausfüllen_ (Vorschlag: Datenschutz) |") != std::string::npos);
    CHECK(roles.find("\n## Rollen (RACI)\n") == 0);
    std::string assumptions =
        text([&](std::ostream& o) { output::write_assumptions_markdown(o, s.doc); });
    CHECK(assumptions.find("- [ ] **Antwort (Vorgabe):** Stores? Many (gewählte Strategien, die "
                           "darauf beruhen: Reactivate; Grow)") != std::string::npos);
    CHECK(assumptions.find("**Einwilligung (SMS):**") != std::string::npos);
}

TEST_CASE("the campaign reader reads the roles a team filled in: a name, a list, or null") {
    model::SourceFile file("campaign.yaml", R"(tactics:
  - id: winback
    owner: Mara Keller
    approver: null
    contributors: [data protection, legal]
    informed: sales
  - id: guides
    owner: {name: Tom}
    informed: [[nested]]
)");
    model::Diagnostics diagnostics;
    auto document = load::parse_document(file, load::Limits{}, diagnostics);
    REQUIRE(document);
    load::CampaignExtras extras = load::read_campaign_extras(*document->root, diagnostics);
    REQUIRE(extras.tactics.size() == 2);
    const load::CampaignTactic& t = extras.tactics[0];
    CHECK(t.owner == std::vector<std::string>{"Mara Keller"});
    CHECK(t.approver.empty());
    CHECK(t.contributors == std::vector<std::string>{"data protection", "legal"});
    CHECK(t.informed == std::vector<std::string>{"sales"});
    REQUIRE(diagnostics.items().size() == 2);
    CHECK(diagnostics.items()[0].where.line == 8);
    CHECK(diagnostics.items()[0].where.column == 12);
    CHECK(diagnostics.items()[0].message == "`owner` must be a name, a list of names, or null");
    CHECK(diagnostics.items()[1].message == "`informed` must be a name, a list of names, or null");
    CHECK(diagnostics.items()[1].hint == "write e.g. `informed: [data protection, legal]`");
}
