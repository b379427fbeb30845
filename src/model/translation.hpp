#pragma once
/// A roadmap's texts in another language, held apart from the roadmap: each text under the
/// address of the English text it replaces (the ids of what holds it), so a translation
/// cannot drift onto another entity unnoticed. Plain structs, no YAML, no I/O; read from a
/// translation file (strat-roadmap(5), TRANSLATIONS) by the load layer.

#include "model/origin.hpp"
#include "model/roadmap.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace strat::model {

/// The languages strat speaks, English first (roadmaps are written in it).
std::span<const std::string_view> languages();

/// One translated text. Its address names the English text it replaces by the ids of what
/// holds it, parts separated by `/`, e.g. "tactics/post_purchase_journey/steps/2/action"
/// (steps, risks and conditions counted from 1), "kpis/email_open_rate/benchmark/note" or
/// "kpis/email_open_rate/regional_benchmarks/dach/note" (by the region's id) or
/// "sources/getresponse-2023/note" (by the source's id). `parts` holds
/// where each part is written.
struct TranslatedText {
    std::string address;
    std::vector<Origin> parts;
    std::string text;
    Origin where;
};

/// A step as a translation lists it: which, and the day it says the step is on (so a step
/// inserted into the roadmap later is noticed instead of shifting the translations).
struct TranslatedStep {
    std::string tactic;
    std::size_t number = 0; ///< 1-based position in the tactic's steps
    int day = 0;
    Origin where;
};

/// A tactic's risks as a translation lists them: how many, since a risk is matched by its
/// position and has no other mark (a list that no longer matches the roadmap's is noticed
/// instead of pairing a risk with another's translation).
struct TranslatedRisks {
    std::string tactic;
    Origin where;              ///< the `risks` key
    std::vector<Origin> items; ///< where each risk is written
};

struct Translation {
    const SourceFile* file = nullptr;
    Origin where;
    std::string of; ///< the id of the roadmap translated
    Origin of_where;
    std::string lang; ///< one of languages()
    Origin lang_where;
    std::vector<TranslatedText> texts;
    std::vector<TranslatedStep> steps;
    std::vector<TranslatedRisks> risks;
};

/// Calls `visit(address, text, where)` for every non-empty text of `roadmap` (as read from
/// its file, not merged) that a translation can replace, in file order; `where` is the
/// position of the entity holding the text. `Road` is Roadmap or const Roadmap.
template <typename Road, typename Visit> void for_each_text(Road& roadmap, Visit&& visit) {
    auto field = [&](const std::string& at, std::string_view key, auto& text, const Origin& where) {
        if (!text.empty())
            visit(at + std::string(key), text, where);
    };
    field("", "name", roadmap.name, roadmap.where);
    field("", "description", roadmap.description, roadmap.where);
    // A source's note is prose (caveats about a study); its title, publisher and citation
    // name the study and stay as published.
    for (auto& source : roadmap.sources)
        field("sources/" + source.id + "/", "note", source.note, source.where);
    for (auto& goal : roadmap.goals) {
        std::string at = "goals/" + goal.id + "/";
        field(at, "name", goal.name, goal.where);
        field(at, "description", goal.description, goal.where);
    }
    for (auto& question : roadmap.questions) {
        std::string at = "questions/" + question.id + "/";
        field(at, "text", question.text, question.where);
        field(at, "help", question.help, question.where);
        for (auto& option : question.options) {
            std::string on = at + "options/" + option.id + "/";
            field(on, "label", option.label, option.where);
            // reasons/<strategy>, or reasons/<strategy>/<n> (from 1, in the order of the
            // weights) when the option weighs that strategy more than once.
            for (auto& weight : option.weights) {
                std::size_t count = 0, nth = 0;
                for (auto& other : option.weights)
                    if (other.strategy.id == weight.strategy.id) {
                        ++count;
                        if (&other == &weight)
                            nth = count;
                    }
                field(on + "reasons/",
                      count == 1 ? weight.strategy.id
                                 : weight.strategy.id + "/" + std::to_string(nth),
                      weight.reason, weight.strategy.where);
            }
        }
    }
    for (auto& strategy : roadmap.strategies) {
        std::string at = "strategies/" + strategy.id + "/";
        field(at, "name", strategy.name, strategy.where);
        field(at, "description", strategy.description, strategy.where);
    }
    for (auto& tactic : roadmap.tactics) {
        std::string at = "tactics/" + tactic.id + "/";
        field(at, "name", tactic.name, tactic.where);
        field(at, "description", tactic.description, tactic.where);
        field(at, "trigger", tactic.trigger, tactic.where);
        for (std::size_t i = 0; i < tactic.steps.size(); ++i) {
            auto& step = tactic.steps[i];
            std::string on = at + "steps/" + std::to_string(i + 1) + "/";
            field(on, "action", step.action, step.where);
            field(on, "condition", step.condition, step.where);
        }
        for (std::size_t i = 0; i < tactic.risks.size(); ++i) {
            auto& risk = tactic.risks[i];
            std::string on = at + "risks/" + std::to_string(i + 1) + "/";
            field(on, "risk", risk.risk, risk.where);
            field(on, "mitigation", risk.mitigation, risk.where);
        }
    }
    for (auto& kpi : roadmap.kpis) {
        std::string at = "kpis/" + kpi.id + "/";
        field(at, "name", kpi.name, kpi.where);
        field(at, "description", kpi.description, kpi.where);
        if (kpi.benchmark) {
            auto& b = *kpi.benchmark;
            field(at + "benchmark/", "segment", b.segment, b.where);
            field(at + "benchmark/", "note", b.note, b.where);
        }
        // regional_benchmarks/<region>: a region is given at most once per KPI (E226).
        for (auto& b : kpi.regional_benchmarks) {
            if (!b.region)
                continue; // reported by the reader; no address without its region
            std::string on = at + "regional_benchmarks/" + std::string(name(*b.region)) + "/";
            field(on, "segment", b.segment, b.where);
            field(on, "note", b.note, b.where);
        }
        field(at, "no_benchmark", kpi.no_benchmark, kpi.where);
    }
    for (auto& tool : roadmap.tooling) {
        std::string at = "tooling/" + tool.id + "/";
        field(at, "name", tool.name, tool.where);
        field(at, "description", tool.description, tool.where);
    }
    for (auto& data : roadmap.data) {
        std::string at = "data/" + data.id + "/";
        field(at, "name", data.name, data.where);
        field(at, "description", data.description, data.where);
    }
    for (auto& market : roadmap.markets) {
        std::string at = "markets/" + market.id + "/";
        field(at, "name", market.name, market.where);
        field(at, "description", market.description, market.where);
        for (auto& rule : market.rules) {
            std::string on = at + "rules/" + rule.id + "/";
            field(on, "text", rule.text, rule.where);
            for (std::size_t i = 0; i < rule.conditions.size(); ++i)
                field(on + "conditions/", std::to_string(i + 1), rule.conditions[i], rule.where);
        }
    }
}

/// Replace the texts of `roadmap` (the one `translation` is of, as read from its file) that
/// `translation` translates. Returns how many were replaced.
std::size_t apply(const Translation& translation, Roadmap& roadmap);

/// "the `action` of step 2 of tactic `x`": what a text address names, for messages.
std::string describe_address(std::string_view address);

} // namespace strat::model
