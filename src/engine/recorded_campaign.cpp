#include "engine/recorded_campaign.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace strat::engine {
namespace {

/// The record keeps the words the skeleton wrote; "given" does not say whether by flag or
/// by file, so it is shown as the word itself.
void set_source(AnsweredQuestion& a, const RecordedSource* recorded) {
    if (!recorded || recorded->word == "default") {
        a.source = model::AnswerSource::fallback_default;
    } else if (recorded->word == "asked") {
        a.source = model::AnswerSource::prompt;
    } else {
        a.source = model::AnswerSource::constraint;
        a.origin =
            recorded->word == "stated" && !recorded->from.empty() ? recorded->from : recorded->word;
    }
}

AnsweredQuestion answer_of(const std::string& question, const std::string& option,
                           const model::Index& index,
                           const std::map<std::string, RecordedSource>& sources) {
    AnsweredQuestion a;
    a.question = question;
    a.answer = option;
    if (const model::Question* q = index.question(question)) {
        a.text = q->text;
        for (const model::Option& o : q->options)
            if (o.id == option)
                a.label = o.label;
    }
    auto it = sources.find(question);
    set_source(a, it == sources.end() ? nullptr : &it->second);
    return a;
}

/// "+2 a good share of guests ..." as points and text; a line without points counts 0.
ScoreReason reason_of(const std::string& line) {
    ScoreReason r;
    std::size_t space = line.find(' ');
    std::string_view head = std::string_view(line).substr(0, space);
    if (!head.empty() && head.front() == '+')
        head.remove_prefix(1);
    int points = 0;
    auto [end, ec] = std::from_chars(head.data(), head.data() + head.size(), points);
    if (ec == std::errc() && end == head.data() + head.size() && space != std::string::npos) {
        r.points = points;
        r.text = line.substr(space + 1);
    } else {
        r.text = line;
    }
    return r;
}

/// The chosen strategy whose tactics list `tactic`, or "" (a tactic planned first to
/// build consent, or one the roadmap no longer lists).
std::string strategy_of(const std::string& tactic, const model::CampaignRecord& record,
                        const model::Index& index) {
    for (const std::string& id : record.chosen_strategies)
        if (const model::Strategy* s = index.strategy(id))
            for (const model::Ref& t : s->tactics)
                if (t.id == tactic)
                    return id;
    return {};
}

/// A figure as the campaign file holds it: shortest form, "35" not "35.000000".
std::string figure(double value) {
    return fmt::format("{}", value);
}

} // namespace

CampaignDocument document_of_record(const model::CampaignRecord& record, const model::Index& index,
                                    const std::map<std::string, RecordedSource>& sources) {
    CampaignDocument doc;
    doc.name = record.name;
    doc.industry_id = record.industry;
    doc.industry_name = index.roadmap().name;
    doc.goal_id = record.goal;
    if (const model::Goal* goal = index.goal(record.goal))
        doc.goal_name = goal->name;
    for (const auto& [question, option] : record.answers)
        doc.answers.push_back(answer_of(question, option, index, sources));
    for (const model::RecordedStrategy& s : record.strategies) {
        StrategyEntry entry;
        entry.rank = s.rank;
        entry.id = s.id;
        if (const model::Strategy* known = index.strategy(s.id))
            entry.name = known->name;
        entry.score = s.score.value_or(0);
        entry.chosen = s.chosen;
        for (const std::string& line : s.reasons)
            entry.reasons.push_back(reason_of(line));
        if (entry.chosen)
            doc.chosen.push_back(doc.strategies.size());
        doc.strategies.push_back(std::move(entry));
    }
    for (const std::string& id : record.tactics) {
        TacticEntry t;
        t.id = id;
        if (const model::Tactic* known = index.tactic(id))
            t.name = known->name;
        t.strategy = strategy_of(id, record, index);
        doc.tactics.push_back(std::move(t));
    }
    for (const model::CampaignKpi& k : record.kpis) {
        const model::Kpi* kpi = index.kpi(k.id);
        if (!kpi) // a KPI the roadmap no longer has cannot be described; review says so
            continue;
        KpiEntry entry;
        entry.kpi = kpi;
        // The record does not say its market, so it shows the general figure.
        entry.benchmark = kpi->benchmark ? &*kpi->benchmark : nullptr;
        if (k.baseline)
            entry.baseline.value = figure(*k.baseline);
        if (k.target)
            entry.target.value = figure(*k.target);
        doc.kpis.push_back(std::move(entry));
    }
    return doc;
}

} // namespace strat::engine
