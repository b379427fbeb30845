#include "output/review.hpp"

#include "output/json.hpp"
#include "output/review_spend.hpp"
#include "output/table.hpp"
#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace strat::output {
namespace {

using engine::KpiReview;
using util::tr;

/// `english` in the run's language, its placeholders filled in.
template <typename... Args> std::string say(std::string_view english, const Args&... args) {
    return fmt::format(fmt::runtime(tr(english)), args...);
}

/// A figure as people read it: "17.5" in English, "17,5" in German.
std::string figure(double v) {
    return util::language() == "de" ? util::decimal(v, 6, "de") : fmt::format("{:g}", v);
}

std::string number(std::optional<double> v) {
    return v ? figure(*v) : std::string("-");
}

/// A date as people read it in the run's language.
std::string shown(const model::Day& day) {
    return util::date(day.text, util::language());
}

/// The reading as it was written in the actuals in English; in German with a decimal comma.
std::string latest_text(const KpiReview& r) {
    if (!r.latest)
        return "-";
    return fmt::format("{} ({})",
                       util::language() == "de" ? figure(r.latest->value) : r.latest->value_text,
                       shown(r.latest->date));
}

std::string period_text(const engine::Review& review) {
    const model::CampaignRecord& c = *review.campaign;
    if (!review.elapsed || !review.as_of || !c.start || !c.end)
        return std::string(
            tr("campaign dates not filled in: every KPI is judged against its full target"));
    const model::Day& as_of = *review.as_of;
    // Before the start or after the end, "day 719 of 364" says nothing: say when instead.
    if (as_of.days > c.end->days) {
        long long ago = as_of.days - c.end->days;
        return fmt::format(
            fmt::runtime(util::tr_n(static_cast<std::size_t>(ago),
                                    "the campaign ended {} day ago (on {}, as of {})",
                                    "the campaign ended {} days ago (on {}, as of {})")),
            ago, shown(*c.end), shown(as_of));
    }
    if (as_of.days < c.start->days) {
        long long until = c.start->days - as_of.days;
        return fmt::format(
            fmt::runtime(util::tr_n(static_cast<std::size_t>(until),
                                    "the campaign starts in {} day (on {}, as of {})",
                                    "the campaign starts in {} days (on {}, as of {})")),
            until, shown(*c.start), shown(as_of));
    }
    return say("{} of the campaign period gone (day {} of {}, as of {})",
               util::percent(*review.elapsed * 100, 0, util::language()),
               as_of.days - c.start->days, c.end->days - c.start->days, shown(as_of));
}

std::string step_text(const engine::NextStep& s) {
    if (s.kind == engine::NextStep::Kind::add_tactic)
        return say("add tactic \"{}\" ({}): {}", s.tactic->name, s.tactic->id, s.reason);
    return say("switch to strategy \"{}\" ({}): {}", s.strategy->name, s.strategy->id, s.reason);
}

/// A status or trend word for people: "off-track" is "nicht im Plan" in German.
std::string status_text(engine::KpiStatus status) {
    return std::string(tr(engine::status_name(status)));
}

std::string trend_text(engine::Trend trend) {
    return std::string(tr(engine::trend_name(trend)));
}

std::string kpi_name(const KpiReview& r) {
    return r.kpi->name.empty() ? r.kpi->id : r.kpi->name;
}

/// Text and Markdown list the tactics only when the team records their state: a campaign
/// file without any `status` reads as it did before.
bool any_status(const Tactics& tactics) {
    return std::any_of(tactics.begin(), tactics.end(),
                       [](const load::CampaignTactic& t) { return t.state.has_value(); });
}

std::string state_text(const load::CampaignTactic& t) {
    return t.state ? std::string(tr(load::state_name(*t.state))) : std::string("-");
}

std::string since_text(const load::CampaignTactic& t) {
    return t.since ? shown(*t.since) : std::string("-");
}

/// A role as filled in: its names, or that nobody is named yet.
std::string names_text(const std::vector<std::string>& names) {
    if (names.empty())
        return std::string(tr("not named yet"));
    std::string out;
    for (const std::string& n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

/// A Markdown cell: a `|` or a line break from the file would end the cell or the row.
std::string md_cell(std::string_view text) {
    std::string out;
    for (char c : text)
        out += c == '|' ? std::string("\\|") : c == '\n' ? std::string(" ") : std::string(1, c);
    return out;
}

std::string nothing_text(const KpiReview& r) {
    return say("no unused tactic or strategy in the roadmap that fits your answers measures {}; "
               "revisit the target, or look beyond the roadmap",
               kpi_name(r));
}

} // namespace

void print_review_text(std::ostream& out, const engine::Review& review, const Tactics& tactics,
                       const engine::SpendReview* spend) {
    out << say("Review of {}\n{}\n\n", review.campaign->name, period_text(review));
    Table table({"KPI", std::string(tr("BASELINE")), std::string(tr("LATEST")),
                 std::string(tr("TARGET")), std::string(tr("TREND")), std::string(tr("STATUS"))});
    for (const KpiReview& r : review.kpis)
        table.add({r.kpi->id, number(r.kpi->baseline), latest_text(r), number(r.kpi->target),
                   trend_text(r.trend), status_text(r.status)});
    table.print(out);
    out << '\n';
    for (const KpiReview& r : review.kpis)
        out << fmt::format("{}: {}: {}\n", r.kpi->id, status_text(r.status), r.why);
    if (!tactics.empty()) {
        out << tr("\nTactics:\n");
        bool states = any_status(tactics);
        std::vector<std::string> header{std::string(tr("TACTIC"))};
        if (states)
            for (std::string_view h : {"STRATEGY", "STATUS", "SINCE"})
                header.emplace_back(tr(h));
        header.emplace_back(tr("OWNER"));
        header.emplace_back(tr("APPROVER"));
        Table roles(std::move(header));
        for (const load::CampaignTactic& t : tactics) {
            std::vector<std::string> row{t.id};
            if (states)
                row.insert(row.end(), {t.strategy.empty() ? std::string("-") : t.strategy,
                                       state_text(t), since_text(t)});
            row.push_back(names_text(t.owner));
            row.push_back(names_text(t.approver));
            roles.add(std::move(row));
        }
        roles.print(out);
    }
    if (spend)
        write_spend_text(out, *spend);
    for (const engine::KpiAdvice& a : review.advice) {
        out << say("\nWhat to do next for {} ({}):\n", kpi_name(*a.review), a.review->kpi->id);
        if (a.steps.empty())
            out << "  - " << nothing_text(*a.review) << '\n';
        for (const engine::NextStep& s : a.steps)
            out << "  - " << step_text(s) << '\n';
    }
    for (const std::string& note : review.notes)
        out << tr("\nnote: ") << note << '\n';
}

void print_review_markdown(std::ostream& out, const engine::Review& review, const Tactics& tactics,
                           const engine::SpendReview* spend) {
    out << say("# Review: {}\n\n{}.\n\n", review.campaign->name, period_text(review));
    out << tr("| KPI | Baseline | Latest | Target | Trend | Status |\n")
        << "|---|---|---|---|---|---|\n";
    for (const KpiReview& r : review.kpis)
        out << fmt::format("| {} | {} | {} | {} | {} | **{}** |\n", kpi_name(r),
                           number(r.kpi->baseline), latest_text(r), number(r.kpi->target),
                           trend_text(r.trend), status_text(r.status));
    out << '\n';
    for (const KpiReview& r : review.kpis)
        out << fmt::format("- **{}**: {}\n", kpi_name(r), r.why);
    if (!tactics.empty()) {
        bool states = any_status(tactics);
        out << (states ? tr("\n## Tactics\n\n| Tactic | Strategy | Status | Since | Owner | "
                            "Approver |\n")
                       : tr("\n## Tactics\n\n| Tactic | Owner | Approver |\n"))
            << (states ? "|---|---|---|---|---|---|\n" : "|---|---|---|\n");
        for (const load::CampaignTactic& t : tactics) {
            out << fmt::format("| {} (`{}`) |", md_cell(t.name.empty() ? t.id : t.name), t.id);
            if (states)
                out << fmt::format(" {} | {} | {} |",
                                   t.strategy.empty() ? "-" : fmt::format("`{}`", t.strategy),
                                   state_text(t), since_text(t));
            out << fmt::format(" {} | {} |\n", md_cell(names_text(t.owner)),
                               md_cell(names_text(t.approver)));
        }
    }
    if (spend)
        write_spend_markdown(out, *spend);
    for (const engine::KpiAdvice& a : review.advice) {
        out << say("\n## Next steps for {}\n\n", kpi_name(*a.review));
        if (a.steps.empty())
            out << "- " << nothing_text(*a.review) << '\n';
        for (const engine::NextStep& s : a.steps)
            out << "- " << step_text(s) << '\n';
    }
    for (const std::string& note : review.notes)
        out << tr("\n> Note: ") << note << '\n';
}

namespace {

void optional_number(JsonWriter& json, std::string_view key, std::optional<double> v) {
    json.key(key);
    if (v)
        json.raw_number(fmt::format("{:g}", *v));
    else
        json.null();
}

void optional_text(JsonWriter& json, std::string_view key, std::optional<std::string_view> v) {
    json.key(key);
    if (v)
        json.value(*v);
    else
        json.null();
}

std::optional<std::string_view> day_text(const std::optional<model::Day>& day) {
    return day ? std::optional<std::string_view>(day->text) : std::nullopt;
}

void kpi_json(JsonWriter& json, const KpiReview& r) {
    json.begin_object();
    json.field("id", std::string_view(r.kpi->id));
    json.field("name", std::string_view(r.kpi->name));
    optional_number(json, "baseline", r.kpi->baseline);
    optional_number(json, "target", r.kpi->target);
    json.key("latest");
    if (r.latest) {
        json.begin_object();
        json.field("date", std::string_view(r.latest->date.text));
        json.key("value").raw_number(fmt::format("{:g}", r.latest->value));
        json.end_object();
    } else {
        json.null();
    }
    optional_text(json, "cadence",
                  r.kpi->cadence ? std::optional(model::name(*r.kpi->cadence)) : std::nullopt);
    optional_text(json, "due", day_text(r.due.last_due));
    optional_text(json, "next_due", day_text(r.due.next_due));
    json.field("overdue", r.overdue);
    optional_number(json, "progress", r.progress);
    optional_number(json, "expected", r.expected);
    json.field("trend", engine::trend_name(r.trend));
    json.field("status", engine::status_name(r.status));
    json.field("why", std::string_view(r.why));
    json.end_object();
}

void step_json(JsonWriter& json, const KpiReview& r, const engine::NextStep& s) {
    json.begin_object();
    json.field("kpi", std::string_view(r.kpi->id));
    json.field("action",
               s.kind == engine::NextStep::Kind::add_tactic ? "add-tactic" : "switch-strategy");
    json.field("strategy", std::string_view(s.strategy->id));
    optional_text(json, "tactic",
                  s.tactic ? std::optional<std::string_view>(s.tactic->id) : std::nullopt);
    json.field("reason", std::string_view(s.reason));
    json.end_object();
}

void tactic_json(JsonWriter& json, const load::CampaignTactic& t) {
    json.begin_object();
    json.field("id", std::string_view(t.id));
    json.field("name", std::string_view(t.name));
    optional_text(json, "strategy",
                  t.strategy.empty() ? std::nullopt : std::optional<std::string_view>(t.strategy));
    optional_text(json, "status",
                  t.state ? std::optional(load::state_name(*t.state)) : std::nullopt);
    optional_text(json, "since", day_text(t.since));
    for (auto [key, names] :
         {std::pair{"owner", &t.owner}, std::pair{"approver", &t.approver},
          std::pair{"contributors", &t.contributors}, std::pair{"informed", &t.informed}}) {
        json.key(key).begin_array();
        for (const std::string& n : *names)
            json.value(std::string_view(n));
        json.end_array();
    }
    json.end_object();
}

} // namespace

void print_review_json(std::ostream& out, const engine::Review& review, const Tactics& tactics,
                       const engine::SpendReview* spend) {
    JsonWriter json(out);
    json.begin_object();
    json.field("campaign", std::string_view(review.campaign->name));
    optional_text(json, "as_of", day_text(review.as_of));
    json.key("elapsed");
    if (review.elapsed)
        json.raw_number(fmt::format("{:.4g}", *review.elapsed));
    else
        json.null();
    json.key("kpis").begin_array();
    for (const KpiReview& r : review.kpis)
        kpi_json(json, r);
    json.end_array();
    json.key("tactics").begin_array();
    for (const load::CampaignTactic& t : tactics)
        tactic_json(json, t);
    json.end_array();
    write_spend_json(json, spend);
    json.key("next_steps").begin_array();
    for (const engine::KpiAdvice& a : review.advice)
        for (const engine::NextStep& s : a.steps)
            step_json(json, *a.review, s);
    json.end_array();
    // A KPI whose advice is empty: nothing unused in the roadmap measures it.
    json.key("unmeasured").begin_array();
    for (const engine::KpiAdvice& a : review.advice)
        if (a.steps.empty())
            json.value(std::string_view(a.review->kpi->id));
    json.end_array();
    json.key("notes").begin_array();
    for (const std::string& n : review.notes)
        json.value(std::string_view(n));
    json.end_array();
    json.end_object();
}

} // namespace strat::output
