// The catalogue's part for: The Markdown and HTML brief (util/message_parts.hpp).

#include "util/message_parts.hpp"

#include <array>

namespace strat::util {
namespace {

// English, then German: the German as a German marketer reads it, not word for word.
constexpr std::array entries{
    // The Markdown brief (output/campaign_md.cpp).
    Entry{"_fill in_", "_ausfüllen_"},
    Entry{"- **Owner:** {}\n", "- **Verantwortlich:** {}\n"},
    Entry{"- **Created:** {}\n", "- **Erstellt am:** {}\n"},
    Entry{"- **Runs:** {} to {}\n", "- **Laufzeit:** {} bis {}\n"},
    Entry{"- **Goal:** {} ({})\n", "- **Ziel:** {} ({})\n"},
    Entry{"- **Market:** {} ({}): its rules for the channels used are in the consent and privacy "
          "checklist\n",
          "- **Markt:** {} ({}): Seine Regeln für die genutzten Kanäle stehen in der Checkliste "
          "zu Einwilligung und Datenschutz\n"},
    Entry{"- **Objective:** {} (one measurable sentence)\n",
          "- **Zielsetzung:** {} (ein messbarer Satz)\n"},
    Entry{"- **Primary KPI:** {}\n", "- **Haupt-KPI:** {}\n"},
    Entry{"- **Audience:** {} (segments, size, data source)\n",
          "- **Zielgruppe:** {} (Segmente, Größe, Datenquelle)\n"},
    Entry{"- **Message and offer:** {}\n", "- **Botschaft und Angebot:** {}\n"},
    Entry{"\n## Situation\n\n| Question | Answer | How |\n|---|---|---|\n",
          "\n## Ausgangslage\n\n| Frage | Antwort | Woher |\n|---|---|---|\n"},
    Entry{"\n## Strategies, best first\n\n| Rank | Strategy | Score | Why |\n|---|---|---|---|\n",
          "\n## Strategien, die beste zuerst\n\n| Rang | Strategie | Punkte | Warum "
          "|\n|---|---|---|---|\n"},
    Entry{"not counted: {} {} ({})", "nicht gezählt: {} {} ({})"},
    Entry{"(chosen)", "(gewählt)"},
    Entry{"no answer weighs it", "keine Antwort gewichtet sie"},
    Entry{"cannot be planned: no tactic fits what you said",
          "nicht planbar: keine Taktik passt zu Ihren Angaben"},
    Entry{"- **Channels:** {}\n", "- **Kanäle:** {}\n"},
    Entry{"- **Effort / cost:** {} / {}\n", "- **Aufwand / Kosten:** {} / {}\n"},
    Entry{"- **Trigger:** {}\n", "- **Auslöser:** {}\n"},
    Entry{"- **Confirm:** {}\n", "- **Zu klären:** {}\n"},
    Entry{"\n| Day | Channel | Kind | Action | When |\n|---|---|---|---|---|\n",
          "\n| Tag | Kanal | Art | Aktion | Wann |\n|---|---|---|---|---|\n"},
    Entry{"\nRuns for everyone it concerns from the start: service messages are not piloted on a "
          "share of the audience; go/no-go after {} days, to keep or change it.\n",
          "\nLäuft von Anfang an für alle Betroffenen: Servicenachrichten werden nicht an einem "
          "Teil der Zielgruppe erprobt; Go/No-Go nach {} Tagen, um sie beizubehalten oder "
          "anzupassen.\n"},
    Entry{"\nPilot on {} of the audience, measured as its test says; go/no-go after {} days; "
          "then scale.\n",
          "\nPilot mit {} der Zielgruppe, gemessen wie im Test beschrieben; Go/No-Go nach {} "
          "Tagen; dann ausweiten.\n"},
    Entry{"\n## First: build or confirm consent\n\nYour answers leave consent partial or unknown "
          "on channels this plan uses for marketing: until this runs, marketing steps on them go "
          "only to contacts with recorded consent.\n",
          "\n## Zuerst: Einwilligungen einholen oder bestätigen\n\nNach Ihren Antworten liegen "
          "Einwilligungen für Kanäle, die dieser Plan für Werbung nutzt, nur teilweise vor oder "
          "sind unklar: Bis diese Taktik gelaufen ist, gehen Werbeschritte in diesen Kanälen nur "
          "an Kontakte mit dokumentierter Einwilligung.\n"},
    Entry{"\n## Tactics: {}\n\n{}\n", "\n## Taktiken: {}\n\n{}\n"},
    Entry{"\n_{} is planned above, under a better-ranked strategy._\n",
          "\n_{} ist schon weiter oben eingeplant, unter einer besser platzierten Strategie._\n"},
    Entry{"\n_Not proposed: {}, because {}._\n", "\n_Nicht vorgeschlagen: {}; Grund: {}._\n"},
    Entry{"\n## KPIs\n\n| KPI | Better | Benchmark | Baseline | Target | Cadence |\n"
          "|---|---|---|---|---|---|\n",
          "\n## KPIs\n\n| KPI | Besser ist | Benchmark | Ausgangswert | Zielwert | Rhythmus |\n"
          "|---|---|---|---|---|---|\n"},
    Entry{"none known", "keiner bekannt"},
    Entry{"none published (see below)", "keiner veröffentlicht (siehe unten)"},
    Entry{"- {}: no published benchmark: {}\n", "- {}: kein veröffentlichter Benchmark: {}\n"},
    Entry{"\nAbout the benchmarks:\n\n{}", "\nZu den Benchmarks:\n\n{}"},
    Entry{"\n## Consent and data privacy\n\n", "\n## Einwilligung und Datenschutz\n\n"},
    Entry{"The rules of the market {} ({}) for the channels this plan uses, each with its legal "
          "source, then strat's own items. ",
          "Die Regeln des Marktes {} ({}) für die Kanäle dieses Plans, jede mit ihrer "
          "Rechtsquelle, danach die Punkte von strat. "},
    Entry{"This checklist is not legal advice: confirm each item, with a lawyer where in doubt, "
          "before the first send.\n\n",
          "Diese Checkliste ist keine Rechtsberatung: Prüfen Sie jeden Punkt vor dem ersten "
          "Versand, im Zweifel mit anwaltlicher Hilfe.\n\n"},
    Entry{"\n## Budget\n\nTotal: {}\n\n| Channel | Amount |\n|---|---|\n",
          "\n## Budget\n\nGesamt: {}\n\n| Kanal | Betrag |\n|---|---|\n"},
    Entry{"\n## Lead stages to agree with sales\n\n| Stage | Owner | Definition | SLA "
          "|\n|---|---|---|---|\n",
          "\n## Lead-Stufen, mit dem Vertrieb abzustimmen\n\n| Stufe | Verantwortlich | "
          "Definition | SLA |\n|---|---|---|---|\n"},
    Entry{"\nSales records a reason for every lead it rejects or sends back; sales and marketing "
          "review lead quality together every {}.\n",
          "\nDer Vertrieb nennt für jeden Lead, den er ablehnt oder zurückgibt, einen Grund; "
          "Vertrieb und Marketing prüfen die Lead-Qualität gemeinsam, Rhythmus: {}.\n"},
    Entry{"\n## Reviews\n\n", "\n## Review-Termine\n\n"},
    Entry{"- Day {}: {} ({})\n", "- Tag {}: {} ({})\n"},
    Entry{"\n## Sources\n\n", "\n## Quellen\n\n"},
    Entry{"\n---\nGenerated by strat {} from ", "\n---\nErstellt mit strat {} aus "},

    // The HTML brief (output/campaign_html.cpp, campaign_html_path.cpp).
    Entry{"<span class=\"blank\">fill in</span>", "<span class=\"blank\">ausfüllen</span>"},
    Entry{"<div class=\"number\" id=\"number-kpi\"><p class=\"label\">Primary KPI</p>",
          "<div class=\"number\" id=\"number-kpi\"><p class=\"label\">Haupt-KPI</p>"},
    Entry{"<p class=\"figure\">none</p><p>No chosen strategy measures a KPI.</p></div>\n",
          "<p class=\"figure\">keine</p><p>Keine gewählte Strategie misst eine KPI.</p></div>\n"},
    Entry{"none published", "keiner veröffentlicht"},
    Entry{"<p>Baseline: {}</p>", "<p>Ausgangswert: {}</p>"},
    Entry{"<p>Target: {} ({} is better)</p></div>\n",
          "<p>Zielwert: {} ({} ist besser)</p></div>\n"},
    Entry{"<div class=\"number\" id=\"number-decision\"><p class=\"label\">First go/no-go</p>",
          "<div class=\"number\" id=\"number-decision\"><p class=\"label\">Erstes Go/No-Go</p>"},
    Entry{"<p class=\"figure\">none</p><p>No tactic is planned.</p></div>\n",
          "<p class=\"figure\">keins</p><p>Es ist keine Taktik geplant.</p></div>\n"},
    Entry{"<p class=\"figure\">day {}</p>", "<p class=\"figure\">Tag {}</p>"},
    Entry{"<p>{} tactic runs as a pilot, measured as its test says, then scales.</p>",
          "<p>{} Taktik läuft als Pilot, gemessen wie in ihrem Test beschrieben, und wird dann "
          "ausgeweitet.</p>"},
    Entry{"<p>{} tactics run as pilots, each measured as its test says, then scale.</p>",
          "<p>{} Taktiken laufen als Pilot, jede gemessen wie in ihrem Test beschrieben, und "
          "werden dann ausgeweitet.</p>"},
    Entry{"<p>Campaign start: {}</p></div>\n", "<p>Kampagnenstart: {}</p></div>\n"},
    Entry{"<p>Currency: {}</p>", "<p>Währung: {}</p>"},
    Entry{"<p>Split across {} channel.</p></div>\n", "<p>Verteilt auf {} Kanal.</p></div>\n"},
    Entry{"<p>Split across {} channels.</p></div>\n", "<p>Verteilt auf {} Kanäle.</p></div>\n"},
    Entry{"<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"facts\">\n",
          "<section id=\"summary\">\n<h2>Überblick</h2>\n<dl class=\"facts\">\n"},
    Entry{"<dt>Goal</dt><dd>{}: {}</dd>\n", "<dt>Ziel</dt><dd>{}: {}</dd>\n"},
    Entry{"<dt>Objective</dt><dd>{} (one measurable sentence)</dd>\n",
          "<dt>Zielsetzung</dt><dd>{} (ein messbarer Satz)</dd>\n"},
    Entry{"<dt>Strategy</dt><dd><span class=\"chosen\">{}</span> (rank {}, score {})",
          "<dt>Strategie</dt><dd><span class=\"chosen\">{}</span> (Rang {}, Punkte {})"},
    Entry{"; also {}", "; außerdem {}"},
    Entry{"</dd>\n<dt>Why</dt><dd>", "</dd>\n<dt>Warum</dt><dd>"},
    Entry{"no answer weighs it; it ranks first for this goal",
          "keine Antwort gewichtet sie; sie steht für dieses Ziel an erster Stelle"},
    Entry{"<dt>Audience</dt><dd>{}</dd>\n", "<dt>Zielgruppe</dt><dd>{}</dd>\n"},
    Entry{"</div>\n<h3>Tactics at a glance</h3>\n", "</div>\n<h3>Taktiken im Überblick</h3>\n"},
    Entry{"<thead><tr><th>Tactic</th><th>Channels</th><th>Effort / cost</th><th>Steps</th>"
          "<th>Test</th><th>Go/no-go</th></tr></thead><tbody>\n",
          "<thead><tr><th>Taktik</th><th>Kanäle</th><th>Aufwand / Kosten</th><th>Schritte</th>"
          "<th>Test</th><th>Go/No-Go</th></tr></thead><tbody>\n"},
    Entry{" <span class=\"gate\">first</span>", " <span class=\"gate\">zuerst</span>"},
    Entry{"day {}", "Tag {}"},
    Entry{"<section id=\"decision-path\">\n<h2>Decision path</h2>\n",
          "<section id=\"decision-path\">\n<h2>Entscheidungspfad</h2>\n"},
    Entry{"<figcaption>The questions as answered, the strategies best first (chosen in green) "
          "and the tactics planned. Drawn by Graphviz.</figcaption>\n</figure>\n",
          "<figcaption>Die Fragen mit Ihren Antworten, die Strategien, die beste zuerst "
          "(gewählte in Grün), und die geplanten Taktiken. Gezeichnet mit "
          "Graphviz.</figcaption>\n</figure>\n"},
    Entry{"<p class=\"note\">The decision path could not be drawn (Graphviz failed); the "
          "situation and the strategies below say the same in words.</p>\n",
          "<p class=\"note\">Der Entscheidungspfad ließ sich nicht zeichnen (Graphviz ist "
          "gescheitert); Ausgangslage und Strategien unten sagen dasselbe in Worten.</p>\n"},
    Entry{"<section id=\"situation\">\n<h2>Situation</h2>\n",
          "<section id=\"situation\">\n<h2>Ausgangslage</h2>\n"},
    Entry{"<thead><tr><th>Question</th><th>Answer</th><th>How</th></tr></thead><tbody>\n",
          "<thead><tr><th>Frage</th><th>Antwort</th><th>Woher</th></tr></thead><tbody>\n"},
    Entry{"<section id=\"strategies\">\n<h2>Strategies, best first</h2>\n",
          "<section id=\"strategies\">\n<h2>Strategien, die beste zuerst</h2>\n"},
    Entry{"<thead><tr><th>Rank</th><th>Strategy</th><th>Score</th><th>Why</th></tr></thead>"
          "<tbody>\n",
          "<thead><tr><th>Rang</th><th>Strategie</th><th>Punkte</th><th>Warum</th></tr></thead>"
          "<tbody>\n"},
    Entry{"<li>not counted: {} {} ({})</li>", "<li>nicht gezählt: {} {} ({})</li>"},
    Entry{"<dt>Channels</dt><dd>{}</dd>\n", "<dt>Kanäle</dt><dd>{}</dd>\n"},
    Entry{"<dt>Effort / cost</dt><dd>{} / {}</dd>\n",
          "<dt>Aufwand / Kosten</dt><dd>{} / {}</dd>\n"},
    Entry{"<dt>Owner</dt><dd>{}</dd>\n", "<dt>Verantwortlich</dt><dd>{}</dd>\n"},
    Entry{"<dt>Trigger</dt><dd>{}</dd>\n", "<dt>Auslöser</dt><dd>{}</dd>\n"},
    Entry{"<dt>Confirm</dt><dd>{}</dd>\n", "<dt>Zu klären</dt><dd>{}</dd>\n"},
    Entry{"<thead><tr><th>Day</th><th>Channel</th><th>Kind</th><th>Action</th><th>When</th>"
          "</tr></thead><tbody>\n",
          "<thead><tr><th>Tag</th><th>Kanal</th><th>Art</th><th>Aktion</th><th>Wann</th>"
          "</tr></thead><tbody>\n"},
    Entry{"<p>Runs for everyone it concerns from the start: service messages are not piloted "
          "on a share of the audience; go/no-go after {} days, to keep or change it.</p>\n"
          "</article>\n",
          "<p>Läuft von Anfang an für alle Betroffenen: Servicenachrichten werden nicht an einem "
          "Teil der Zielgruppe erprobt; Go/No-Go nach {} Tagen, um sie beizubehalten oder "
          "anzupassen.</p>\n</article>\n"},
    Entry{"<p>Pilot on {} of the audience, measured as its test says; go/no-go after {} days; "
          "then scale.</p>\n</article>\n",
          "<p>Pilot mit {} der Zielgruppe, gemessen wie im Test beschrieben; Go/No-Go nach {} "
          "Tagen; dann ausweiten.</p>\n</article>\n"},
    Entry{"<section id=\"tactics\">\n<h2>Tactics</h2>\n",
          "<section id=\"tactics\">\n<h2>Taktiken</h2>\n"},
    Entry{"<h3>First: build or confirm consent</h3>\n<p>Your answers leave consent partial or "
          "unknown on channels this plan uses for marketing: until this runs, marketing steps on "
          "them go only to contacts with recorded consent (marked <span class=\"gate\">only "
          "contacts with recorded consent</span>).</p>\n",
          "<h3>Zuerst: Einwilligungen einholen oder bestätigen</h3>\n<p>Nach Ihren Antworten "
          "liegen Einwilligungen für Kanäle, die dieser Plan für Werbung nutzt, nur teilweise vor "
          "oder sind unklar: Bis diese Taktik gelaufen ist, gehen Werbeschritte in diesen "
          "Kanälen nur an Kontakte mit dokumentierter Einwilligung (markiert mit <span "
          "class=\"gate\">nur Kontakte mit dokumentierter Einwilligung</span>).</p>\n"},
    Entry{"<h3>For {}</h3>\n<p>{}</p>\n", "<h3>Für {}</h3>\n<p>{}</p>\n"},
    Entry{"<p class=\"note\">{} is planned above, under a better-ranked strategy.</p>\n",
          "<p class=\"note\">{} ist schon weiter oben eingeplant, unter einer besser platzierten "
          "Strategie.</p>\n"},
    Entry{"<p class=\"note\">Not proposed: {}, because {}.</p>\n",
          "<p class=\"note\">Nicht vorgeschlagen: {}; Grund: {}.</p>\n"},
    Entry{"<thead><tr><th>KPI</th><th>Better</th><th>Benchmark and source</th><th>Baseline</th>"
          "<th>Target</th><th>Cadence</th></tr></thead><tbody>\n",
          "<thead><tr><th>KPI</th><th>Besser ist</th><th>Benchmark und Quelle</th>"
          "<th>Ausgangswert</th><th>Zielwert</th><th>Rhythmus</th></tr></thead><tbody>\n"},
    Entry{"none published: {}", "keiner veröffentlicht: {}"},
    Entry{" <span class=\"chosen\">(primary)</span>", " <span class=\"chosen\">(Haupt-KPI)</span>"},
    Entry{"<h3 id=\"sources\">Sources</h3>\n<ul class=\"sources\">\n",
          "<h3 id=\"sources\">Quellen</h3>\n<ul class=\"sources\">\n"},
    Entry{"<section id=\"budget\">\n<h2>Budget</h2>\n<p>Total: {} {}</p>\n",
          "<section id=\"budget\">\n<h2>Budget</h2>\n<p>Gesamt: {} {}</p>\n"},
    Entry{"<section id=\"budget\">\n<h2>Budget</h2>\n<p>Total: {}</p>\n",
          "<section id=\"budget\">\n<h2>Budget</h2>\n<p>Gesamt: {}</p>\n"},
    Entry{"<table><thead><tr><th>Channel</th><th>Amount</th></tr></thead><tbody>\n",
          "<table><thead><tr><th>Kanal</th><th>Betrag</th></tr></thead><tbody>\n"},
    Entry{"<section id=\"reviews\">\n<h2>Reviews</h2>\n<p>From the start ({}) to the end "
          "({}):</p>\n",
          "<section id=\"reviews\">\n<h2>Review-Termine</h2>\n<p>Vom Start ({}) bis zum Ende "
          "({}):</p>\n"},
    Entry{"<thead><tr><th>Day</th><th>Purpose</th><th>Date</th></tr></thead><tbody>\n",
          "<thead><tr><th>Tag</th><th>Zweck</th><th>Datum</th></tr></thead><tbody>\n"},
    Entry{"<section id=\"privacy\">\n<h2>Consent and data privacy</h2>\n<p>",
          "<section id=\"privacy\">\n<h2>Einwilligung und Datenschutz</h2>\n<p>"},
    Entry{"The rules of the market {} (<code>{}</code>) for the channels this plan uses, each "
          "with its legal source, then strat's own items. ",
          "Die Regeln des Marktes {} (<code>{}</code>) für die Kanäle dieses Plans, jede mit "
          "ihrer Rechtsquelle, danach die Punkte von strat. "},
    Entry{"This checklist is not legal advice: confirm each item, with a lawyer where in doubt, "
          "before the first send.</p>\n<ul class=\"checklist\">\n",
          "Diese Checkliste ist keine Rechtsberatung: Prüfen Sie jeden Punkt vor dem ersten "
          "Versand, im Zweifel mit anwaltlicher Hilfe.</p>\n<ul class=\"checklist\">\n"},
    Entry{"<section id=\"lead-stages\">\n<h2>Lead stages to agree with sales</h2>\n",
          "<section id=\"lead-stages\">\n<h2>Lead-Stufen, mit dem Vertrieb abzustimmen</h2>\n"},
    Entry{"<table><thead><tr><th>Stage</th><th>Owner</th><th>Definition</th><th>SLA</th>"
          "</tr></thead><tbody>\n",
          "<table><thead><tr><th>Stufe</th><th>Verantwortlich</th><th>Definition</th>"
          "<th>SLA</th></tr></thead><tbody>\n"},
    Entry{"<p>Sales records a reason for every lead it rejects or sends back; sales and "
          "marketing review lead quality together every {}.</p>\n",
          "<p>Der Vertrieb nennt für jeden Lead, den er ablehnt oder zurückgibt, einen Grund; "
          "Vertrieb und Marketing prüfen die Lead-Qualität gemeinsam, Rhythmus: {}.</p>\n"},
    Entry{"market {}", "Markt {}"},
    Entry{"owner {}", "verantwortlich: {}"},
    Entry{"created {}", "erstellt am {}"},
    Entry{"runs {} to {}", "Laufzeit {} bis {}"},
    Entry{"<footer>Generated by strat {} from ", "<footer>Erstellt mit strat {} aus "},
    Entry{"Goal: {}", "Ziel: {}"},
    Entry{"{}. {}\nscore {}, chosen", "{}. {}\nPunkte {}, gewählt"},
    Entry{"{}. {}\nscore {}", "{}. {}\nPunkte {}"},
    Entry{"first", "zuerst"},

    // Roles, risks, tests and assumptions in the brief (output/campaign_roles.cpp).
    Entry{"{} _(suggested)_", "{} _(Vorschlag)_"},
    Entry{"{} <span class=\"suggested\">(suggested)</span>",
          "{} <span class=\"suggested\">(Vorschlag)</span>"},
    Entry{" (suggested: {})", " (Vorschlag: {})"},
    Entry{"data protection", "Datenschutz"},
    Entry{"Answer ({})", "Antwort ({})"},
    Entry{"Consent ({})", "Einwilligung ({})"},
    Entry{"Baseline", "Ausgangswert"},
    Entry{"{} {} (chosen strategies resting on it: {})",
          "{} {} (gewählte Strategien, die darauf beruhen: {})"},
    Entry{"hold-out", "Holdout"},
    Entry{"A/B split", "A/B-Test"},
    Entry{"geo hold-out or lift study", "Geo-Holdout oder Lift-Studie"},
    Entry{"matched pilot", "Pilot gegen Vergleichsstandorte"},
    Entry{"before/after", "Vorher/Nachher"},
    Entry{"\n| Risk | Mitigation |\n|---|---|\n", "\n| Risiko | Gegenmaßnahme |\n|---|---|\n"},
    Entry{"- **Hypothesis:** {}\n", "- **Hypothese:** {}\n"},
    Entry{"- **Control group ({}):** {}\n", "- **Kontrollgruppe ({}):** {}\n"},
    Entry{"- **Decision:** {}\n", "- **Entscheidung:** {}\n"},
    Entry{"\n## Roles (RACI)\n\nWho does what for each tactic: fill in a name or a team for each "
          "role before the pilot starts.\n\n| Tactic | Responsible (owner) | Accountable "
          "(approver) | Consulted (contributors) | Informed |\n|---|---|---|---|---|\n",
          "\n## Rollen (RACI)\n\nWer was für jede Taktik tut: Tragen Sie vor dem Pilotstart für "
          "jede Rolle eine Person oder ein Team ein.\n\n| Taktik | Durchführung (owner) | "
          "Verantwortung (approver) | Zu konsultieren (contributors) | Zu informieren |\n"
          "|---|---|---|---|---|\n"},
    Entry{"\n## Assumptions\n\nWhat this plan rests on. Confirm each open item before launch; "
          "where one is not so, plan again with what is.\n\n",
          "\n## Annahmen\n\nWorauf dieser Plan beruht. Bestätigen Sie jeden offenen Punkt vor "
          "dem Start; trifft einer nicht zu, planen Sie mit den tatsächlichen Angaben neu.\n\n"},
    Entry{"<dt>Hypothesis</dt><dd>{}</dd>\n", "<dt>Hypothese</dt><dd>{}</dd>\n"},
    Entry{"<dt>Control group</dt><dd>{}: {}</dd>\n", "<dt>Kontrollgruppe</dt><dd>{}: {}</dd>\n"},
    Entry{"<dt>Decision</dt><dd>{}</dd>\n", "<dt>Entscheidung</dt><dd>{}</dd>\n"},
    Entry{"<table class=\"risks\"><thead><tr><th>Risk</th><th>Mitigation</th></tr></thead>"
          "<tbody>\n",
          "<table class=\"risks\"><thead><tr><th>Risiko</th><th>Gegenmaßnahme</th></tr></thead>"
          "<tbody>\n"},
    Entry{"<section id=\"roles\">\n<h2>Roles (RACI)</h2>\n<p>Who does what for each tactic: "
          "fill in a name or a team for each role before the pilot starts.</p>\n",
          "<section id=\"roles\">\n<h2>Rollen (RACI)</h2>\n<p>Wer was für jede Taktik tut: "
          "Tragen Sie vor dem Pilotstart für jede Rolle eine Person oder ein Team ein.</p>\n"},
    Entry{"<table><thead><tr><th>Tactic</th><th>Responsible (owner)</th><th>Accountable "
          "(approver)</th><th>Consulted (contributors)</th><th>Informed</th></tr></thead>"
          "<tbody>\n",
          "<table><thead><tr><th>Taktik</th><th>Durchführung (owner)</th><th>Verantwortung "
          "(approver)</th><th>Zu konsultieren (contributors)</th><th>Zu informieren</th></tr>"
          "</thead><tbody>\n"},
    Entry{"<section id=\"assumptions\">\n<h2>Assumptions</h2>\n<p>What this plan rests on. "
          "Confirm each open item before launch; where one is not so, plan again with what "
          "is.</p>\n<ul class=\"checklist\">\n",
          "<section id=\"assumptions\">\n<h2>Annahmen</h2>\n<p>Worauf dieser Plan beruht. "
          "Bestätigen Sie jeden offenen Punkt vor dem Start; trifft einer nicht zu, planen Sie "
          "mit den tatsächlichen Angaben neu.</p>\n<ul class=\"checklist\">\n"},
    Entry{"<dt>Rests on</dt><dd><a href=\"#assumptions\">{} assumption</a>, {} of them to "
          "confirm before launch</dd>\n",
          "<dt>Beruht auf</dt><dd><a href=\"#assumptions\">{} Annahme</a>, davon {} vor dem "
          "Start zu bestätigen</dd>\n"},
    Entry{"<dt>Rests on</dt><dd><a href=\"#assumptions\">{} assumptions</a>, {} of them to "
          "confirm before launch</dd>\n",
          "<dt>Beruht auf</dt><dd><a href=\"#assumptions\">{} Annahmen</a>, davon {} vor dem "
          "Start zu bestätigen</dd>\n"},

    // Figures in the brief (output/figures.cpp).
    Entry{"{} day", "{} Tag"},
    Entry{"{} days", "{} Tage"},
    Entry{"{} (currency)", "{} (Währung)"},
    Entry{"{} ({}, {} data)", "{} ({}, Daten von {})"},
    // With --explain, the figures of the market's region (output/plan_summary.cpp).
    Entry{"\nBenchmarks for market {}:\n", "\nBenchmarks für den Markt {}:\n"},
    Entry{"  {}: {}, instead of the general {}\n", "  {}: {} statt des allgemeinen Werts {}\n"},
    Entry{"  {}: {}; no general figure\n", "  {}: {}; kein allgemeiner Wert\n"},
    Entry{"reach the benchmark", "den Benchmark erreichen"},
    Entry{"baseline {}{} of the baseline", "Ausgangswert {}{} des Ausgangswerts"},
    Entry{"baseline {}{} percentage points", "Ausgangswert {}{} Prozentpunkte"},
    Entry{"baseline {}{}", "Ausgangswert {}{}"},

    // The texts engine/campaign.cpp builds for the brief and the skeleton: strat's own
    // consent and privacy items, the reviews, the lead stages.
    Entry{"Email marketing needs recorded opt-in consent per person (when, where, wording), "
          "unless your market's law makes an exception for your own customers; offer an opt-out "
          "when collecting the address and in every message.",
          "E-Mail-Werbung braucht die dokumentierte Einwilligung jeder Person (wann, wo, mit "
          "welchem Wortlaut), außer das Recht Ihres Marktes macht eine Ausnahme für "
          "Bestandskunden; bieten Sie schon bei der Erhebung der Adresse und in jeder Nachricht "
          "eine Abmeldemöglichkeit an."},
    Entry{"SMS marketing needs its own recorded opt-in, separate from email; every message says "
          "how to stop.",
          "SMS-Werbung braucht eine eigene dokumentierte Einwilligung, getrennt von der für "
          "E-Mail; jede Nachricht sagt, wie man sich abmeldet."},
    Entry{"Push needs the device's opt-in; say what you will send before the system prompt and "
          "honour opt-outs in the app's settings.",
          "Push-Nachrichten brauchen die Zustimmung auf dem Gerät; sagen Sie vor der "
          "Systemabfrage, was Sie senden werden, und beachten Sie Abmeldungen in den "
          "Einstellungen der App."},
    Entry{"Messaging apps (e.g. WhatsApp) also have the platform's business messaging policy to "
          "follow, with its own opt-in.",
          "Für Messenger (z. B. WhatsApp) gelten zusätzlich die Regeln der Plattform für "
          "Unternehmensnachrichten, mit einer eigenen Einwilligung."},
    Entry{"Messaging apps (e.g. WhatsApp) need an explicit opt-in for that app; follow the "
          "platform's business messaging policy.",
          "Messenger (z. B. WhatsApp) brauchen eine ausdrückliche Einwilligung für genau diesen "
          "Dienst; halten Sie sich an die Regeln der Plattform für Unternehmensnachrichten."},
    Entry{"Marketing calls: check whether your market's law asks for prior consent or only that "
          "the person has not objected, and keep your own suppression list.",
          "Werbeanrufe: Prüfen Sie, ob das Recht Ihres Marktes eine vorherige Einwilligung "
          "verlangt oder nur, dass die Person nicht widersprochen hat, und führen Sie eine "
          "eigene Sperrliste."},
    Entry{"Post usually rests on legitimate interest: record it, honour objections and screen "
          "against mail preference (Robinson) lists.",
          "Briefwerbung stützt sich meist auf das berechtigte Interesse: Dokumentieren Sie es, "
          "beachten Sie Widersprüche und gleichen Sie mit der Robinsonliste ab."},
    Entry{"Post: honour requests to stop and screen against mail preference lists where your "
          "market has them.",
          "Briefwerbung: Beachten Sie jede Bitte, keine Werbepost mehr zu senden, und gleichen "
          "Sie mit Sperrlisten für Werbepost ab, wo Ihr Markt solche hat."},
    Entry{"Name the upload of customer lists to ad platforms in the privacy notice.",
          "Nennen Sie das Hochladen von Kundenlisten zu Werbeplattformen in der "
          "Datenschutzerklärung."},
    Entry{"Check what your market's law asks of retargeting and conversion tracking; name the "
          "upload of customer lists to ad platforms in the privacy notice.",
          "Prüfen Sie, was das Recht Ihres Marktes für Retargeting und Conversion-Tracking "
          "verlangt; nennen Sie das Hochladen von Kundenlisten zu Werbeplattformen in der "
          "Datenschutzerklärung."},
    Entry{"Uploading customer lists to ad platforms needs a lawful basis and a mention in the "
          "privacy notice.",
          "Kundenlisten zu Werbeplattformen hochzuladen braucht eine Rechtsgrundlage und einen "
          "Hinweis in der Datenschutzerklärung."},
    Entry{"Retargeting and conversion tracking need cookie consent; uploading customer lists to "
          "ad platforms needs a lawful basis and a mention in the privacy notice.",
          "Retargeting und Conversion-Tracking brauchen eine Cookie-Einwilligung; Kundenlisten "
          "zu Werbeplattformen hochzuladen braucht eine Rechtsgrundlage und einen Hinweis in der "
          "Datenschutzerklärung."},
    Entry{"Personalisation on site or in the app from tracked behaviour needs cookie or tracking "
          "consent where it reads or stores data on the device.",
          "Personalisierung auf der Website oder in der App anhand des erfassten Verhaltens "
          "braucht eine Cookie- oder Tracking-Einwilligung, wo sie Daten auf dem Gerät speichert "
          "oder ausliest."},
    Entry{"Personalisation on site or in the app from tracked behaviour: check what your "
          "market's law asks of tracking.",
          "Personalisierung auf der Website oder in der App anhand des erfassten Verhaltens: "
          "Prüfen Sie, was das Recht Ihres Marktes für das Tracking verlangt."},
    Entry{"Record the lawful basis for each use of personal data and name these uses in the "
          "privacy notice.",
          "Halten Sie für jede Nutzung personenbezogener Daten die Rechtsgrundlage fest und "
          "nennen Sie diese Nutzungen in der Datenschutzerklärung."},
    Entry{"Name each use of personal data in the privacy notice.",
          "Nennen Sie jede Nutzung personenbezogener Daten in der Datenschutzerklärung."},
    Entry{"Profiling (churn prediction, lead scoring, segmentation) is named in the privacy "
          "notice; check whether it needs a data protection impact assessment.",
          "Profiling (Abwanderungsprognose, Lead-Scoring, Segmentierung) steht in der "
          "Datenschutzerklärung; prüfen Sie, ob es eine Datenschutz-Folgenabschätzung braucht."},
    Entry{"Profiling (churn prediction, lead scoring, segmentation) is named in the privacy "
          "notice.",
          "Profiling (Abwanderungsprognose, Lead-Scoring, Segmentierung) steht in der "
          "Datenschutzerklärung."},
    Entry{"Suppress people who opted out or objected in every channel before each send, and "
          "delete data you no longer need.",
          "Schließen Sie vor jedem Versand in jedem Kanal alle aus, die sich abgemeldet oder "
          "widersprochen haben, und löschen Sie Daten, die Sie nicht mehr brauchen."},
    Entry{"not known", "nicht bekannt"},
    Entry{"held for some contacts", "nur für einen Teil der Kontakte vorhanden"},
    Entry{"Consent for {} is {}: send marketing on {} only to contacts with recorded consent "
          "(when, where, wording), and build or confirm consent first.",
          "Die Einwilligung für {} ist {}: Senden Sie Werbung über {} nur an Kontakte mit "
          "dokumentierter Einwilligung (wann, wo, mit welchem Wortlaut), und holen Sie zuerst "
          "Einwilligungen ein oder bestätigen Sie sie."},
    Entry{"pilot go/no-go: keep, change or stop each tactic",
          "Go/No-Go nach dem Pilot: jede Taktik beibehalten, ändern oder stoppen"},
    Entry{"mid-campaign review of KPIs against targets",
          "Zwischenbilanz: die KPIs gegen ihre Zielwerte"},
    Entry{"close: results, lessons, next plan",
          "Abschluss: Ergebnisse, Erkenntnisse, nächster Plan"},
    Entry{"Inquiry", "Anfrage"},
    Entry{"Marketing qualified lead (MQL)", "Marketing Qualified Lead (MQL)"},
    Entry{"Sales accepted lead (SAL)", "Sales Accepted Lead (SAL)"},
    Entry{"Sales qualified lead (SQL)", "Sales Qualified Lead (SQL)"},
    Entry{"Closed won", "Auftrag gewonnen"},
    Entry{"sales records a reason for every lead it rejects or sends back",
          "der Vertrieb nennt für jeden Lead, den er ablehnt oder zurückgibt, einen Grund"},
};

} // namespace

std::span<const Entry> brief_messages() {
    return entries;
}

} // namespace strat::util
