// The campaign document as one self-contained HTML page: a one-page summary first, then
// the situation, the strategies, the tactics, the KPIs, the budget, the reviews and the
// checklists. Inline CSS and SVG, no script, nothing fetched; prints to PDF from a browser.
// Every text from roadmaps and answers goes through html_text (output/html.hpp).

#include "output/campaign_html.hpp"

#include "model/vocabulary_labels.hpp"
#include "output/budget.hpp"
#include "output/calendar.hpp"
#include "output/campaign.hpp"
#include "output/figures.hpp"
#include "output/html.hpp"
#include "output/roles.hpp"
#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>

namespace strat::output {
namespace {

using namespace model;
using util::tr;
using util::tr_n;
constexpr auto& h = html_text;

/// `english` in the run's language, formatted. The arguments are HTML already.
template <typename... Args> std::string say(std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...);
}

/// A word of the roadmap format (a channel, a level) as people read it in this run.
template <typename Enum> std::string_view word(Enum value) {
    return spoken_name(value, util::language());
}

std::string fill(const engine::FillIn& f) {
    return f.value ? h(*f.value) : say("<span class=\"blank\">fill in</span>");
}

/// A date to fill in, or the date known already as people read it ("1.3.2026" in German).
std::string fill_date(const engine::FillIn& f) {
    return f.value ? h(util::date(*f.value, util::language())) : fill(f);
}

/// A fragment id made of the id's letters and digits only.
std::string anchor(std::string_view prefix, std::string_view id) {
    std::string out(prefix);
    for (char c : id)
        out += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
    return out;
}

/// A link only to a web address: any other scheme (javascript:, data:) stays text.
std::string link(std::string_view text, std::string_view url) {
    if (!url.starts_with("https://") && !url.starts_with("http://"))
        return h(text);
    return fmt::format("<a href=\"{}\" rel=\"noreferrer\">{}</a>", h(url), h(text));
}

std::string channel_list(const std::vector<Channel>& channels) {
    std::string out;
    for (Channel ch : channels)
        out += fmt::format("{}<span class=\"chip\">{}</span>", out.empty() ? "" : " ", word(ch));
    return out;
}

constexpr std::string_view style = R"(
:root{--ok:#1a7f37;--warn:#9a6700;--line:#d0d7de;--muted:#57606a;--soft:#f6f8fa}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif;color:#1f2328;background:#fff;margin:0 auto;max-width:1040px;padding:24px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
h3{font-size:16px;margin:18px 0 4px}
h1,h2,h3,p,li,td,th,dd,dt,figcaption,code,a{overflow-wrap:anywhere}
code{font:12px/1.3 ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted)}
a{color:#0969da}
.meta{color:var(--muted);margin:0 0 8px}
.blank{color:var(--warn);font-style:italic}
.blank::before{content:"["}.blank::after{content:"]"}
.suggested{color:var(--muted);font-style:italic}
.chip{padding:0 5px;border:1px solid var(--line);border-radius:9px;font-size:12px;overflow-wrap:anywhere}
.gate{display:inline-block;padding:0 6px;border-radius:9px;font-size:12px;background:#fff8c5;color:#6c4a00;border:1px solid #d4a72c}
.chosen{color:var(--ok);font-weight:600}
dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:8px 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
.numbers{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:12px;margin:12px 0}
.number{border:1px solid var(--line);border-radius:6px;padding:8px 12px;break-inside:avoid}
.number .label{color:var(--muted);font-size:12px;margin:0}
.number .figure{font-size:22px;font-weight:600;margin:2px 0;overflow-wrap:anywhere}
.number p{margin:2px 0;font-size:12px}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:6px 0 10px}
th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600}
td ul{margin:0;padding-left:16px}
col.narrow{width:9%}col.mid{width:18%}col.day{width:6%}col.channel{width:13%}col.action{width:48%}
tr.chosen td{background:#dafbe1}
article.tactic{border:1px solid var(--line);border-radius:6px;padding:4px 14px 8px;margin:12px 0}
article.tactic h3{margin-top:10px}
p.note{color:var(--muted);font-style:italic}
figure.path{margin:8px 0;text-align:center}
figure.path svg{max-width:100%;height:auto}
figure.path svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
figure.path figcaption{color:var(--muted);font-size:12px}
ul.checklist{list-style:none;padding-left:0}
ul.checklist li{margin:4px 0;padding-left:24px;text-indent:-24px}
ul.checklist li::before{content:"\2610";display:inline-block;width:24px;text-indent:0}
ul.checklist li.done::before{content:"\2611"}
.source{color:var(--muted);font-size:12px}
footer{margin-top:32px;color:var(--muted);font-size:12px}
@media (max-width:640px){.numbers{grid-template-columns:minmax(0,1fr)}body{padding:12px}}
@media print{body{padding:0;max-width:none;font-size:11px}#summary{break-after:page}
article.tactic,.number,tr,figure.path{break-inside:avoid}h2,h3{break-after:avoid}a{color:inherit}}
@page{size:A4;margin:14mm}
)";

const engine::StrategyEntry* first_chosen(const engine::CampaignDocument& d) {
    std::vector<const engine::StrategyEntry*> chosen = d.chosen_strategies();
    return chosen.empty() ? nullptr : chosen.front();
}

/// The primary KPI with its benchmark, baseline and target.
void write_kpi_number(std::ostream& out, const engine::CampaignDocument& d) {
    std::string_view numbers = util::language();
    out << say("<div class=\"number\" id=\"number-kpi\"><p class=\"label\">Primary KPI</p>");
    if (d.kpis.empty()) {
        out << say("<p class=\"figure\">none</p><p>No chosen strategy measures a KPI.</p></div>\n");
        return;
    }
    const engine::KpiEntry& k = d.kpis.front();
    const Kpi& kpi = *k.kpi;
    std::string bench = benchmark_text(kpi, k.benchmark, k.cited, numbers);
    out << fmt::format("<p class=\"figure\">{}</p>", h(kpi.name));
    out << fmt::format("<p>Benchmark: {}</p>",
                       bench.empty() ? std::string(tr("none published")) : h(bench));
    out << say("<p>Baseline: {}</p>", fill(k.baseline));
    std::string target =
        k.target.value ? h(with_unit(*k.target.value, kpi.unit, numbers)) : fill(k.target);
    if (!k.target.value && kpi.target)
        target += " (" + h(target_rule_text(*kpi.target, kpi, numbers)) + ")";
    out << say("<p>Target: {} ({} is better)</p></div>\n", target, word(kpi.direction));
}

/// When the pilots are decided: the first go/no-go review.
void write_decision_number(std::ostream& out, const engine::CampaignDocument& d) {
    out << say("<div class=\"number\" id=\"number-decision\"><p class=\"label\">First "
               "go/no-go</p>");
    if (d.tactics.empty()) {
        out << say("<p class=\"figure\">none</p><p>No tactic is planned.</p></div>\n");
        return;
    }
    int first = d.tactics.front().phases.after_days;
    for (const engine::TacticEntry& t : d.tactics)
        first = std::min(first, t.phases.after_days);
    out << say("<p class=\"figure\">day {}</p>", first);
    out << fmt::format(
        fmt::runtime(
            tr_n(d.tactics.size(),
                 "<p>{} tactic runs as a pilot, measured as its test says, then scales.</p>",
                 "<p>{} tactics run as pilots, each measured as its test says, then "
                 "scale.</p>")),
        d.tactics.size());
    out << say("<p>Campaign start: {}</p></div>\n", fill_date(d.start));
}

void write_budget_number(std::ostream& out, const engine::CampaignDocument& d) {
    out << "<div class=\"number\" id=\"number-budget\"><p class=\"label\">Budget</p>";
    out << fmt::format("<p class=\"figure\">{}</p>", fill(d.budget_total));
    out << say("<p>Currency: {}</p>", fill(d.currency));
    out << fmt::format(
        fmt::runtime(tr_n(d.budget_by_channel.size(), "<p>Split across {} channel.</p></div>\n",
                          "<p>Split across {} channels.</p></div>\n")),
        d.budget_by_channel.size());
}

void write_summary(std::ostream& out, const engine::CampaignDocument& d) {
    out << tr("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"facts\">\n");
    out << say("<dt>Goal</dt><dd>{}: {}</dd>\n", h(d.goal_name), h(d.goal_description));
    out << say("<dt>Objective</dt><dd>{} (one measurable sentence)</dd>\n", fill(d.objective));
    const engine::StrategyEntry* s = first_chosen(d);
    if (s) {
        out << say("<dt>Strategy</dt><dd><span class=\"chosen\">{}</span> (rank {}, score {})",
                   h(s->name), s->rank, signed_points(s->score));
        for (const engine::StrategyEntry* other : d.chosen_strategies())
            if (other != s)
                out << say("; also {}", h(other->name));
        out << tr("</dd>\n<dt>Why</dt><dd>");
        if (s->reasons.empty())
            out << tr("no answer weighs it; it ranks first for this goal");
        else {
            out << "<ul>";
            for (const engine::ScoreReason& r : s->reasons)
                out << fmt::format("<li>{} {}</li>", signed_points(r.points), h(r.text));
            out << "</ul>";
        }
        out << "</dd>\n";
    }
    out << say("<dt>Audience</dt><dd>{}</dd>\n", fill(d.segments));
    if (!d.assumptions.empty())
        write_assumptions_glance_html(out, d);
    out << "</dl>\n<div class=\"numbers\">\n";
    write_kpi_number(out, d);
    write_decision_number(out, d);
    write_budget_number(out, d);
    out << tr("</div>\n<h3>Tactics at a glance</h3>\n");
    out << "<table class=\"glance\"><colgroup><col><col class=\"mid\"><col class=\"mid\">"
           "<col class=\"narrow\"><col class=\"mid\"><col class=\"narrow\"></colgroup>\n";
    out << tr("<thead><tr><th>Tactic</th><th>Channels</th><th>Effort / cost</th><th>Steps</th>"
              "<th>Test</th><th>Go/no-go</th></tr></thead><tbody>\n");
    for (const engine::TacticEntry& t : d.tactics)
        out << fmt::format("<tr><td><a href=\"#{}\">{}</a>{}</td><td>{}</td><td>{} / {}</td>"
                           "<td>{}</td><td>{}</td><td>{}</td></tr>\n",
                           anchor("tactic-", t.id), h(t.name),
                           t.builds_consent() ? say(" <span class=\"gate\">first</span>") : "",
                           channel_list(t.channels), word(t.effort), word(t.cost), t.steps.size(),
                           h(design_label(t.test)), say("day {}", t.phases.after_days));
    out << "</tbody></table>\n";
    write_calendar_glance(out, d);
    out << "</section>\n";
}

void write_path(std::ostream& out, const engine::CampaignDocument& d) {
    out << tr("<section id=\"decision-path\">\n<h2>Decision path</h2>\n");
    if (std::optional<std::string> svg = brief_html::decision_path_svg(d))
        out << "<figure class=\"path\">\n"
            << *svg
            << tr("<figcaption>The questions as answered, the strategies best first (chosen in "
                  "green) and the tactics planned. Drawn by Graphviz.</figcaption>\n</figure>\n");
    else
        out << tr("<p class=\"note\">The decision path could not be drawn (Graphviz failed); "
                  "the situation and the strategies below say the same in words.</p>\n");
    out << "</section>\n";
}

void write_situation(std::ostream& out, const engine::CampaignDocument& d) {
    out << tr("<section id=\"situation\">\n<h2>Situation</h2>\n");
    out << "<table><colgroup><col><col><col class=\"mid\"></colgroup>\n";
    out << tr("<thead><tr><th>Question</th><th>Answer</th><th>How</th></tr></thead><tbody>\n");
    for (const engine::AnsweredQuestion& a : d.answers)
        out << fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", h(a.text), h(a.label),
                           h(source_label(a.source, a.origin)));
    out << "</tbody></table>\n</section>\n";
}

void write_strategies(std::ostream& out, const engine::CampaignDocument& d) {
    out << tr("<section id=\"strategies\">\n<h2>Strategies, best first</h2>\n");
    out << "<table><colgroup><col class=\"narrow\"><col class=\"mid\"><col class=\"narrow\">"
           "<col></colgroup>\n";
    out << tr("<thead><tr><th>Rank</th><th>Strategy</th><th>Score</th><th>Why</th></tr></thead>"
              "<tbody>\n");
    for (const engine::StrategyEntry& s : d.strategies) {
        std::string why;
        for (const engine::ScoreReason& r : s.reasons)
            why += fmt::format("<li>{} {}</li>", signed_points(r.points), h(r.text));
        for (const engine::IgnoredReason& ig : s.not_counted)
            why += say("<li>not counted: {} {} ({})</li>", signed_points(ig.points), h(ig.text),
                       h(ig.why));
        if (!s.feasible)
            why += fmt::format("<li>{}</li>", h(tr(cannot_be_planned)));
        out << fmt::format(
            "<tr{}><td>{}</td><td>{}{}</td><td>{}</td><td>{}</td></tr>\n",
            s.chosen ? " class=\"chosen\"" : "", s.rank, h(s.name),
            s.chosen ? fmt::format(" <span class=\"chosen\">{}</span>", h(tr("(chosen)"))) : "",
            signed_points(s.score),
            why.empty() ? h(tr("no answer weighs it")) : "<ul>" + why + "</ul>");
    }
    out << "</tbody></table>\n</section>\n";
}

void write_tactic(std::ostream& out, const engine::TacticEntry& t) {
    out << fmt::format("<article class=\"tactic\" id=\"{}\">\n<h3>{}</h3>\n<p>{}</p>\n",
                       anchor("tactic-", t.id), h(t.name), h(t.description));
    out << "<dl class=\"facts\">\n";
    out << say("<dt>Channels</dt><dd>{}</dd>\n", channel_list(t.channels));
    out << say("<dt>Effort / cost</dt><dd>{} / {}</dd>\n", word(t.effort), word(t.cost));
    out << say("<dt>Owner</dt><dd>{}</dd>\n", fill(t.owner));
    if (!t.trigger.empty())
        out << say("<dt>Trigger</dt><dd>{}</dd>\n", h(t.trigger));
    for (const std::string& c : t.unsettled)
        out << say("<dt>Confirm</dt><dd>{}</dd>\n", h(c));
    write_tactic_test_facts_html(out, t);
    out << "</dl>\n<table class=\"steps\"><colgroup><col class=\"day\"><col class=\"channel\">"
           "<col class=\"channel\"><col class=\"action\"><col></colgroup>\n";
    out << tr("<thead><tr><th>Day</th><th>Channel</th><th>Kind</th><th>Action</th><th>When</th>"
              "</tr></thead><tbody>\n");
    for (const engine::StepEntry& step : t.steps) {
        std::string when = h(step.condition);
        if (step.consent_gate)
            when += fmt::format("{}<span class=\"gate\">{}</span>", when.empty() ? "" : " ",
                                h(consent_gate_text(*step.consent_gate)));
        out << fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                           step.day, step.channel ? word(*step.channel) : "",
                           step.channel ? word(step.kind) : "", h(step.action), when);
    }
    out << "</tbody></table>\n";
    for (const std::string& removed : t.removed_steps)
        out << fmt::format("<p class=\"note\">{}</p>\n", h(removed));
    write_tactic_risks_html(out, t);
    if (t.phases.whole_audience)
        out << say("<p>Runs for everyone it concerns from the start: service messages are not "
                   "piloted on a share of the audience; go/no-go after {} days, to keep or change "
                   "it.</p>\n</article>\n",
                   t.phases.after_days);
    else
        out << say("<p>Pilot on {} of the audience, measured as its test says; go/no-go after {} "
                   "days; then scale.</p>\n</article>\n",
                   fill(t.phases.audience_share), t.phases.after_days);
}

void write_tactics(std::ostream& out, const engine::CampaignDocument& d) {
    out << tr("<section id=\"tactics\">\n<h2>Tactics</h2>\n");
    bool first = true;
    for (const engine::TacticEntry& t : d.tactics) {
        if (!t.builds_consent())
            continue;
        if (first)
            out << tr("<h3>First: build or confirm consent</h3>\n<p>Your answers leave consent "
                      "partial or unknown on channels this plan uses for marketing: until this "
                      "runs, marketing steps on them go only to contacts with recorded consent "
                      "(marked <span class=\"gate\">only contacts with recorded "
                      "consent</span>).</p>\n");
        first = false;
        write_tactic(out, t);
    }
    for (const engine::StrategyEntry* s : d.chosen_strategies()) {
        out << say("<h3>For {}</h3>\n<p>{}</p>\n", h(s->name), h(s->description));
        for (const engine::TacticEntry& t : d.tactics)
            if (t.strategy == s->id)
                write_tactic(out, t);
        for (const engine::TacticName& t : s->shares)
            out << say("<p class=\"note\">{} is planned above, under a better-ranked "
                       "strategy.</p>\n",
                       h(t.name));
        for (const engine::DroppedEntry& t : d.dropped_tactics)
            if (t.strategy == s->id)
                out << say("<p class=\"note\">Not proposed: {}, because {}.</p>\n", h(t.name),
                           h(t.reason));
    }
    out << "</section>\n";
}

void write_kpis(std::ostream& out, const engine::CampaignDocument& d) {
    std::string_view numbers = util::language();
    out << "<section id=\"kpis\">\n<h2>KPIs</h2>\n<table><colgroup><col class=\"mid\">"
           "<col class=\"narrow\"><col><col class=\"mid\"><col class=\"mid\">"
           "<col class=\"narrow\"></colgroup>\n";
    out << tr("<thead><tr><th>KPI</th><th>Better</th><th>Benchmark and source</th>"
              "<th>Baseline</th><th>Target</th><th>Cadence</th></tr></thead><tbody>\n");
    for (const engine::KpiEntry& k : d.kpis) {
        const Kpi& kpi = *k.kpi;
        std::string bench = h(benchmark_text(kpi, k.benchmark, k.cited, numbers));
        if (bench.empty())
            bench = kpi.no_benchmark.empty() ? h(tr("none known"))
                                             : say("none published: {}", h(kpi.no_benchmark));
        if (k.benchmark) {
            std::vector<std::string> about;
            if (!k.benchmark->segment.empty())
                about.push_back(h(k.benchmark->segment));
            if (!k.benchmark->note.empty())
                about.push_back(h(k.benchmark->note));
            if (!about.empty())
                bench +=
                    fmt::format("<br><span class=\"source\">{}</span>", fmt::join(about, "; "));
        }
        std::string target =
            k.target.value ? h(with_unit(*k.target.value, kpi.unit, numbers)) : fill(k.target);
        if (!k.target.value && kpi.target)
            target += " (" + h(target_rule_text(*kpi.target, kpi, numbers)) + ")";
        out << fmt::format("<tr><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
                           "<td>{}</td></tr>\n",
                           h(kpi.name),
                           k.primary ? say(" <span class=\"chosen\">(primary)</span>") : "",
                           word(kpi.direction), bench, fill(k.baseline), target, word(kpi.cadence));
    }
    out << "</tbody></table>\n";
    if (!d.sources.empty()) {
        out << tr("<h3 id=\"sources\">Sources</h3>\n<ul class=\"sources\">\n");
        for (const Source* s : d.sources)
            out << fmt::format("<li><code>{}</code> {}</li>\n", h(s->id),
                               s->url.empty() ? h(source_text(*s)) : link(source_text(*s), s->url));
        out << "</ul>\n";
    }
    out << "</section>\n";
}

void write_budget(std::ostream& out, const engine::CampaignDocument& d) {
    std::string total = budget_total_text(d);
    if (total.empty())
        out << say("<section id=\"budget\">\n<h2>Budget</h2>\n<p>Total: {} {}</p>\n",
                   fill(d.budget_total), fill(d.currency));
    else
        out << say("<section id=\"budget\">\n<h2>Budget</h2>\n<p>Total: {}</p>\n", h(total));
    out << tr("<table><thead><tr><th>Channel</th><th>Amount</th></tr></thead><tbody>\n");
    std::vector<ChannelBudgetRow> rows = channel_budget_rows(d);
    for (const ChannelBudgetRow& row : rows)
        out << fmt::format(fmt::runtime(row.total ? "<tr><th>{}</th><th>{}</th></tr>\n"
                                                  : "<tr><td>{}</td><td>{}</td></tr>\n"),
                           h(row.label), h(row.amount));
    if (rows.empty())
        for (const engine::BudgetLine& line : d.budget_by_channel)
            out << fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", word(line.channel),
                               fill(line.amount));
    out << "</tbody></table>\n";
    write_budget_html(out, d);
    out << "</section>\n";
}

void write_reviews(std::ostream& out, const engine::CampaignDocument& d) {
    out << say("<section id=\"reviews\">\n<h2>Reviews</h2>\n<p>From the start ({}) to the end "
               "({}):</p>\n",
               fill_date(d.start), fill_date(d.end));
    out << "<table><colgroup><col class=\"narrow\"><col><col class=\"mid\"></colgroup>\n";
    out << tr("<thead><tr><th>Day</th><th>Purpose</th><th>Date</th></tr></thead><tbody>\n");
    for (const engine::ReviewPoint& r : d.reviews)
        out << fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", r.after_days,
                           h(r.purpose), fill_date(r.date));
    out << "</tbody></table>\n</section>\n";
}

void write_privacy(std::ostream& out, const engine::CampaignDocument& d) {
    out << tr("<section id=\"privacy\">\n<h2>Consent and data privacy</h2>\n<p>");
    if (d.market)
        out << say("The rules of the market {} (<code>{}</code>) for the channels this plan "
                   "uses, each with its legal source, then strat's own items. ",
                   h(d.market->name), h(d.market->id));
    out << tr("This checklist is not legal advice: confirm each item, with a lawyer where in "
              "doubt, before the first send.</p>\n<ul class=\"checklist\">\n");
    for (const engine::PrivacyItem& item : d.privacy) {
        out << fmt::format("<li{}><strong>{}:</strong> {}", item.done ? " class=\"done\"" : "",
                           h(topic_label(item.topic, util::language())), h(item.text));
        if (!item.source.empty())
            out << fmt::format(" <span class=\"source\">({})</span>", link(item.source, item.url));
        out << "</li>\n";
    }
    out << "</ul>\n</section>\n";
}

void write_lead_stages(std::ostream& out, const engine::CampaignDocument& d) {
    if (!d.b2b() && !d.lead_feedback)
        return;
    out << tr("<section id=\"lead-stages\">\n<h2>Lead stages to agree with sales</h2>\n");
    if (d.b2b()) {
        out << tr("<table><thead><tr><th>Stage</th><th>Owner</th><th>Definition</th><th>SLA</th>"
                  "</tr></thead><tbody>\n");
        for (const engine::LeadStage& stage : d.lead_stages)
            out << fmt::format("<tr><td>{}</td><td>{}</td><td>{} ({})</td><td>{}</td></tr>\n",
                               h(stage.name), h(topic_label(stage.owner, util::language())),
                               fill(stage.definition), h(stage.definition.hint), fill(stage.sla));
        out << "</tbody></table>\n";
    }
    if (d.lead_feedback)
        out << say("<p>Sales records a reason for every lead it rejects or sends back; sales and "
                   "marketing review lead quality together every {}.</p>\n",
                   fill(d.lead_feedback->cadence));
    out << "</section>\n";
}

} // namespace

void write_campaign_html(std::ostream& out, const engine::CampaignDocument& d) {
    out << fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, "
                       "initial-scale=1\">\n",
                       h(util::language()));
    out << fmt::format("<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n", h(d.name),
                       style, calendar_style());
    out << fmt::format("<header id=\"top\">\n<h1>{}</h1>\n<p class=\"meta\">{} &middot; {}{} "
                       "&middot; {} &middot; {} &middot; {}</p>\n</header>\n",
                       h(d.name), h(d.industry_name), h(d.goal_name),
                       d.market ? " &middot; " + say("market {}", h(d.market->name))
                                : std::string(),
                       say("owner {}", fill(d.owner)), say("created {}", fill_date(d.created)),
                       say("runs {} to {}", fill_date(d.start), fill_date(d.end)));
    write_summary(out, d);
    write_path(out, d);
    write_situation(out, d);
    write_strategies(out, d);
    if (!d.assumptions.empty())
        write_assumptions_html(out, d);
    write_tactics(out, d);
    if (!d.tactics.empty())
        write_roles_html(out, d);
    write_kpis(out, d);
    write_calendar_html(out, d);
    write_budget(out, d);
    write_reviews(out, d);
    write_privacy(out, d);
    write_lead_stages(out, d);
    out << say("<footer>Generated by strat {} from ", h(d.strat_version));
    for (std::size_t i = 0; i < d.roadmaps.size(); ++i)
        out << fmt::format("{}<code>{}</code> (sha256 {})", i ? ", " : "", h(d.roadmaps[i].path),
                           h(d.roadmaps[i].sha256.substr(0, 12)));
    out << ".</footer>\n</body>\n</html>\n";
}

} // namespace strat::output
