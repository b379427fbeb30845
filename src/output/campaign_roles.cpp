// Roles, risks, tests and assumptions in every format of the campaign document. Machine
// formats keep ids and words (holdout, answer, partial); text for people goes through the
// catalogue. Every text from roadmaps and answers goes through html_text in HTML.

#include "model/vocabulary_labels.hpp"
#include "output/campaign.hpp"
#include "output/html.hpp"
#include "output/json.hpp"
#include "output/roles.hpp"
#include "output/yaml_writer.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace strat::output {
namespace {

using namespace model;
using util::tr;
using util::tr_n;
constexpr auto& h = html_text;

template <typename... Args> std::string say(std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...);
}

/// Table cells must not break the table: escape pipes, flatten line breaks.
std::string cell(std::string_view text) {
    std::string out;
    for (char c : text)
        out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
    return out;
}

/// Markdown: a value, marked when strat suggested it, or the blank to fill in.
std::string md_fill(const engine::FillIn& f) {
    if (!f.value)
        return std::string(tr("_fill in_"));
    return f.suggested ? say("{} _(suggested)_", cell(*f.value)) : cell(*f.value);
}

std::string html_fill(const engine::FillIn& f) {
    if (!f.value)
        return say("<span class=\"blank\">fill in</span>");
    return f.suggested ? say("{} <span class=\"suggested\">(suggested)</span>", h(*f.value))
                       : h(*f.value);
}

/// The RACI cell of `contributors`: the suggestion of a role to consult beside the blank.
std::string md_consulted(const engine::TacticEntry& t) {
    std::string out = md_fill(t.contributors);
    if (!t.contributors.value && t.consult_data_protection)
        out += say(" (suggested: {})", tr("data protection"));
    return out;
}

std::string html_consulted(const engine::TacticEntry& t) {
    std::string out = html_fill(t.contributors);
    if (!t.contributors.value && t.consult_data_protection)
        out += say(" (suggested: {})", h(tr("data protection")));
    return out;
}

/// "Answer (default)", "Consent (email)", "Baseline": what kind of assumption, from where.
std::string assumption_label(const engine::Assumption& a) {
    switch (a.kind) {
    case engine::AssumptionKind::answer:
        return say("Answer ({})", source_label(a.source, a.origin));
    case engine::AssumptionKind::consent:
        return say("Consent ({})", spoken_name(*a.channel, util::language()));
    case engine::AssumptionKind::baseline:
        return std::string(tr("Baseline"));
    }
    return {};
}

/// The assumption's words: an answer as its question and the answer given, with the chosen
/// strategies resting on it.
std::string assumption_text(const engine::Assumption& a, std::string (*escape)(std::string_view)) {
    if (a.kind != engine::AssumptionKind::answer)
        return escape(a.text);
    std::vector<std::string> names;
    for (const engine::StrategyName& s : a.supports)
        names.push_back(escape(s.name));
    return say("{} {} (chosen strategies resting on it: {})", escape(a.text), escape(a.label),
               fmt::join(names, "; "));
}

std::string md_escape(std::string_view text) {
    return cell(text);
}

std::string html_escape(std::string_view text) {
    return h(text);
}

/// `consent` as the skeleton records it: held, partial, none or unknown.
std::string_view consent_word(const std::optional<Consent>& c) {
    return c ? name(*c) : "unknown";
}

void yaml_fill(YamlWriter& y, const engine::FillIn& f) {
    if (!f.value)
        y.null(say("fill in: {}", f.hint));
    else if (f.suggested)
        y.text(*f.value).comment(tr("suggested: keep or change it"));
    else
        y.word(*f.value);
}

void json_fill(JsonWriter& json, std::string_view key, const engine::FillIn& f) {
    json.key(key);
    if (f.value)
        json.value(std::string_view(*f.value));
    else
        json.null();
}

} // namespace

std::string_view design_label(engine::TestDesign design) {
    switch (design) {
    case engine::TestDesign::holdout:
        return tr("hold-out");
    case engine::TestDesign::ab_split:
        return tr("A/B split");
    case engine::TestDesign::geo_lift:
        return tr("geo hold-out or lift study");
    case engine::TestDesign::matched_pilot:
        return tr("matched pilot");
    case engine::TestDesign::before_after:
        return tr("before/after");
    }
    return {};
}

// ---- Markdown ----------------------------------------------------------------------------

void write_tactic_test_markdown(std::ostream& out, const engine::TacticEntry& t) {
    if (!t.risks.empty()) {
        out << tr("\n| Risk | Mitigation |\n|---|---|\n");
        for (const engine::RiskEntry& r : t.risks)
            out << fmt::format("| {} | {} |\n", cell(r.risk), cell(r.mitigation));
    }
    out << "\n";
    out << say("- **Hypothesis:** {}\n", md_fill(t.hypothesis));
    out << say("- **Control group ({}):** {}\n", design_label(t.test),
               md_fill(t.phases.control_group));
    out << say("- **Decision:** {}\n", md_fill(t.phases.criterion));
}

void write_roles_markdown(std::ostream& out, const engine::CampaignDocument& d) {
    if (d.tactics.empty())
        return;
    out << tr("\n## Roles (RACI)\n\nWho does what for each tactic: fill in a name or a team for "
              "each role before the pilot starts.\n\n| Tactic | Responsible (owner) | "
              "Accountable (approver) | Consulted (contributors) | Informed |\n"
              "|---|---|---|---|---|\n");
    for (const engine::TacticEntry& t : d.tactics)
        out << fmt::format("| {} | {} | {} | {} | {} |\n", cell(t.name), md_fill(t.owner),
                           md_fill(t.approver), md_consulted(t), md_fill(t.informed));
}

void write_assumptions_markdown(std::ostream& out, const engine::CampaignDocument& d) {
    if (d.assumptions.empty())
        return;
    out << tr("\n## Assumptions\n\nWhat this plan rests on. Confirm each open item before "
              "launch; where one is not so, plan again with what is.\n\n");
    for (const engine::Assumption& a : d.assumptions) {
        out << fmt::format("- [{}] **{}:** {}", a.check.empty() ? "x" : " ", assumption_label(a),
                           assumption_text(a, md_escape));
        if (!a.check.empty())
            out << fmt::format(" _({})_", a.check);
        out << "\n";
    }
}

// ---- HTML --------------------------------------------------------------------------------

void write_tactic_test_facts_html(std::ostream& out, const engine::TacticEntry& t) {
    out << say("<dt>Hypothesis</dt><dd>{}</dd>\n", html_fill(t.hypothesis));
    out << say("<dt>Control group</dt><dd>{}: {}</dd>\n", h(design_label(t.test)),
               html_fill(t.phases.control_group));
    out << say("<dt>Decision</dt><dd>{}</dd>\n", html_fill(t.phases.criterion));
}

void write_tactic_risks_html(std::ostream& out, const engine::TacticEntry& t) {
    if (t.risks.empty())
        return;
    out << tr("<table class=\"risks\"><thead><tr><th>Risk</th><th>Mitigation</th></tr></thead>"
              "<tbody>\n");
    for (const engine::RiskEntry& r : t.risks)
        out << fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", h(r.risk), h(r.mitigation));
    out << "</tbody></table>\n";
}

void write_roles_html(std::ostream& out, const engine::CampaignDocument& d) {
    out << tr("<section id=\"roles\">\n<h2>Roles (RACI)</h2>\n<p>Who does what for each tactic: "
              "fill in a name or a team for each role before the pilot starts.</p>\n");
    out << tr("<table><thead><tr><th>Tactic</th><th>Responsible (owner)</th><th>Accountable "
              "(approver)</th><th>Consulted (contributors)</th><th>Informed</th></tr></thead>"
              "<tbody>\n");
    for (const engine::TacticEntry& t : d.tactics)
        out << fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                           h(t.name), html_fill(t.owner), html_fill(t.approver), html_consulted(t),
                           html_fill(t.informed));
    out << "</tbody></table>\n</section>\n";
}

void write_assumptions_html(std::ostream& out, const engine::CampaignDocument& d) {
    out << tr("<section id=\"assumptions\">\n<h2>Assumptions</h2>\n<p>What this plan rests on. "
              "Confirm each open item before launch; where one is not so, plan again with what "
              "is.</p>\n<ul class=\"checklist\">\n");
    for (const engine::Assumption& a : d.assumptions) {
        out << fmt::format("<li{}><strong>{}:</strong> {}",
                           a.check.empty() ? " class=\"done\"" : "", h(assumption_label(a)),
                           assumption_text(a, html_escape));
        if (!a.check.empty())
            out << fmt::format(" <span class=\"blank\">{}</span>", h(a.check));
        out << "</li>\n";
    }
    out << "</ul>\n</section>\n";
}

void write_assumptions_glance_html(std::ostream& out, const engine::CampaignDocument& d) {
    std::size_t open = static_cast<std::size_t>(
        std::count_if(d.assumptions.begin(), d.assumptions.end(),
                      [](const engine::Assumption& a) { return !a.check.empty(); }));
    out << fmt::format(
        fmt::runtime(tr_n(d.assumptions.size(),
                          "<dt>Rests on</dt><dd><a href=\"#assumptions\">{} assumption</a>, {} "
                          "of them to confirm before launch</dd>\n",
                          "<dt>Rests on</dt><dd><a href=\"#assumptions\">{} assumptions</a>, {} "
                          "of them to confirm before launch</dd>\n")),
        d.assumptions.size(), open);
}

// ---- YAML --------------------------------------------------------------------------------

void write_tactic_roles_yaml(YamlWriter& y, const engine::TacticEntry& t) {
    yaml_fill(y.key("approver"), t.approver);
    yaml_fill(y.key("contributors"), t.contributors);
    yaml_fill(y.key("informed"), t.informed);
}

void write_tactic_test_yaml(YamlWriter& y, const engine::TacticEntry& t) {
    y.key("risks");
    if (t.risks.empty()) {
        y.words({});
    } else {
        y.begin_list();
        for (const engine::RiskEntry& r : t.risks) {
            y.begin_map();
            y.key("risk").text(r.risk);
            y.key("mitigation").text(r.mitigation);
            y.end_map();
        }
        y.end_list();
    }
    y.key("hypothesis").begin_map();
    yaml_fill(y.key("statement"), t.hypothesis);
    if (t.test_kpi)
        y.key("kpi").word(t.test_kpi->id);
    else
        y.key("kpi").null(tr("none of the tactic's KPIs is measured: name the one that decides"));
    y.key("test").word(engine::design_word(t.test));
    y.end_map();
}

void write_assumptions_yaml(YamlWriter& y, const engine::CampaignDocument& d) {
    y.section(tr("What the plan rests on: the answers that decided the chosen strategies, the\n"
                 "consent on each channel used, the baselines still to measure. Confirm what\n"
                 "says `confirmed: false` before launch."));
    y.key("assumptions").begin_list(d.assumptions.empty());
    for (const engine::Assumption& a : d.assumptions) {
        y.begin_map();
        y.key("about").word(engine::assumption_word(a.kind));
        switch (a.kind) {
        case engine::AssumptionKind::answer: {
            y.key("question").word(a.question);
            y.key("text").text(a.text);
            y.key("answer").word(a.answer);
            y.key("label").text(a.label);
            y.key("source").word(answer_source_word(a.source));
            if (!a.origin.empty())
                y.key("from").text(a.origin);
            std::vector<std::string_view> ids;
            for (const engine::StrategyName& s : a.supports)
                ids.push_back(s.id);
            y.key("supports").words(ids);
            break;
        }
        case engine::AssumptionKind::consent:
            y.key("channel").word(name(*a.channel));
            y.key("consent").word(consent_word(a.consent));
            y.key("text").text(a.text);
            break;
        case engine::AssumptionKind::baseline:
            y.key("kpi").word(a.kpi);
            y.key("text").text(a.text);
            break;
        }
        y.key("confirmed").flag(a.check.empty());
        if (!a.check.empty())
            y.comment(a.check);
        y.end_map();
    }
    y.end_list();
}

// ---- JSON --------------------------------------------------------------------------------

void write_tactic_roles_json(JsonWriter& json, const engine::TacticEntry& t) {
    json_fill(json, "approver", t.approver);
    json_fill(json, "contributors", t.contributors);
    json_fill(json, "informed", t.informed);
    json.key("consult").begin_array();
    if (t.consult_data_protection)
        json.value("data_protection");
    json.end_array();
}

void write_tactic_test_json(JsonWriter& json, const engine::TacticEntry& t) {
    json.key("risks").begin_array();
    for (const engine::RiskEntry& r : t.risks) {
        json.begin_object();
        json.field("risk", std::string_view(r.risk));
        json.field("mitigation", std::string_view(r.mitigation));
        json.end_object();
    }
    json.end_array();
    json.key("hypothesis").begin_object();
    json_fill(json, "statement", t.hypothesis);
    json.key("kpi");
    if (t.test_kpi)
        json.value(std::string_view(t.test_kpi->id));
    else
        json.null();
    json.field("test", engine::design_word(t.test));
    json.end_object();
}

void write_assumptions_json(JsonWriter& json, const engine::CampaignDocument& d) {
    json.key("assumptions").begin_array();
    for (const engine::Assumption& a : d.assumptions) {
        bool answer = a.kind == engine::AssumptionKind::answer;
        auto text_or_null = [&](std::string_view key, std::string_view text) {
            json.key(key);
            if (text.empty())
                json.null();
            else
                json.value(text);
        };
        json.begin_object();
        json.field("about", engine::assumption_word(a.kind));
        json.field("text", std::string_view(a.text));
        text_or_null("question", a.question);
        text_or_null("answer", a.answer);
        text_or_null("label", a.label);
        text_or_null("source", answer ? answer_source_word(a.source) : std::string_view());
        text_or_null("from", a.origin);
        json.key("supports").begin_array();
        for (const engine::StrategyName& s : a.supports)
            json.value(std::string_view(s.id));
        json.end_array();
        text_or_null("channel", a.channel ? name(*a.channel) : std::string_view());
        text_or_null("consent", a.channel ? consent_word(a.consent) : std::string_view());
        text_or_null("kpi", a.kpi);
        json.field("confirmed", a.check.empty());
        text_or_null("check", a.check);
        json.end_object();
    }
    json.end_array();
}

} // namespace strat::output
