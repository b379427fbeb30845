#include "validate/translations.hpp"

#include "util/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace strat::validate {
namespace {

std::string file_name(const model::Translation& t) {
    return t.file ? t.file->path() : std::string("the translation");
}

/// What a roadmap has to translate: each text's address, and each prefix of one with the
/// parts that may follow it (for "did you mean").
struct Inventory {
    std::unordered_map<std::string, model::Origin> texts;
    std::unordered_map<std::string, std::vector<std::string>> children;
    std::unordered_set<std::string> prefixes; ///< every address and its leading parts
    std::vector<std::string> order;           ///< text addresses in file order

    explicit Inventory(const model::Roadmap& roadmap) {
        model::for_each_text(roadmap, [&](const std::string& address, const std::string&,
                                          const model::Origin& where) {
            texts.emplace(address, where);
            order.push_back(address);
            std::size_t begin = 0;
            std::string parent;
            for (;;) {
                std::size_t end = address.find('/', begin);
                std::string part = address.substr(begin, end - begin);
                if (prefixes.insert(address.substr(0, end)).second)
                    children[parent].push_back(part);
                if (end == std::string::npos)
                    break;
                parent = address.substr(0, end);
                begin = end + 1;
            }
        });
    }
};

void check_steps(const model::Translation& t, const model::Roadmap& roadmap,
                 model::Diagnostics& diagnostics) {
    for (const model::TranslatedStep& step : t.steps) {
        auto tactic = std::find_if(roadmap.tactics.begin(), roadmap.tactics.end(),
                                   [&](const model::Tactic& x) { return x.id == step.tactic; });
        if (tactic == roadmap.tactics.end())
            continue; // reported with the tactic's texts
        if (step.number > tactic->steps.size()) {
            diagnostics.add("unknown-translation", step.where,
                            fmt::format("tactic `{}` has {} step{}; this is step {}", step.tactic,
                                        tactic->steps.size(), tactic->steps.size() == 1 ? "" : "s",
                                        step.number),
                            "list one item per step of the tactic, in the roadmap's order");
            continue;
        }
        int day = tactic->steps[step.number - 1].day;
        if (day != step.day)
            diagnostics.add(
                "unknown-translation", step.where,
                fmt::format("step {} of tactic `{}` is on day {} in the roadmap, not day {}: its "
                            "steps changed since this was translated",
                            step.number, step.tactic, day, step.day),
                "check the translated steps against the roadmap's, then correct the days");
    }
}

/// A translated list of risks is matched to the roadmap's by position, so one of another
/// length no longer says which translation is which risk's. (A tactic without risks is
/// reported with the `risks` key, as any text the roadmap does not write.)
void check_risks(const model::Translation& t, const model::Roadmap& roadmap,
                 model::Diagnostics& diagnostics) {
    std::unordered_map<std::string_view, const model::Tactic*> tactics;
    for (const model::Tactic& tactic : roadmap.tactics)
        tactics.emplace(tactic.id, &tactic);
    for (const model::TranslatedRisks& risks : t.risks) {
        auto it = tactics.find(risks.tactic);
        const model::Tactic* tactic = it == tactics.end() ? nullptr : it->second;
        if (tactic == nullptr || tactic->risks.empty())
            continue;
        std::size_t has = tactic->risks.size(), lists = risks.items.size();
        if (has == lists)
            continue;
        diagnostics.add("unknown-translation", lists > has ? risks.items[has] : risks.where,
                        fmt::format("tactic `{}` has {} risk{}; the translation lists {}",
                                    risks.tactic, has, has == 1 ? "" : "s", lists),
                        fmt::format("list its {} risk{} in the roadmap's order, one item each: a "
                                    "translation is matched to a risk by its position",
                                    has, has == 1 ? "" : "s"));
    }
}

/// The first part of `text`'s address the roadmap does not have, reported where it is written.
void report_unknown(const model::TranslatedText& text, const Inventory& inventory,
                    const std::string& roadmap_id, model::Diagnostics& diagnostics) {
    std::string parent, previous;
    std::size_t begin = 0;
    bool previous_id = false;
    for (std::size_t i = 0; i < text.parts.size(); ++i) {
        std::size_t end = text.address.find('/', begin);
        std::string part = text.address.substr(begin, end - begin);
        std::string prefix = text.address.substr(0, end);
        auto kids = inventory.children.find(parent);
        bool known = inventory.prefixes.count(prefix) != 0;
        // An id follows each section, except a KPI's one `benchmark`, which holds fields.
        bool id_part = i > 0 && !previous_id && previous != "benchmark";
        if (!known) {
            if (id_part && (parent.ends_with("/steps") || parent.ends_with("/risks")) &&
                parent.rfind("tactics/", 0) == 0)
                return; // a step or risk beyond the tactic's: check_steps or check_risks says
            std::vector<std::string> none;
            const auto& candidates = kids != inventory.children.end() ? kids->second : none;
            // What holds the missing part: the entity the address names before it.
            std::size_t cut = id_part ? parent.rfind('/') : parent.size();
            std::string holder = cut == std::string::npos || cut == 0
                                     ? fmt::format("roadmap `{}`", roadmap_id)
                                     : model::describe_address(parent.substr(0, cut));
            std::string section =
                id_part ? parent.substr(cut == std::string::npos ? 0 : cut + 1) : std::string();
            std::string message = id_part
                                      ? fmt::format("{} has no {}{}", holder,
                                                    model::describe_address(section + "/" + part),
                                                    util::did_you_mean(part, candidates))
                                      : fmt::format("{} has no `{}` to translate{}", holder, part,
                                                    util::did_you_mean(part, candidates));
            diagnostics.add("unknown-translation", text.parts[i], std::move(message),
                            candidates.empty()
                                ? std::string("remove it: only texts the roadmap writes are "
                                              "translated")
                                : fmt::format("translate only what the roadmap writes here: {}",
                                              util::join(candidates)));
            return;
        }
        parent = prefix;
        previous = part;
        previous_id = id_part;
        begin = end + 1;
    }
}

/// A reason given as one text for a strategy the option weighs several times, or as a
/// list for one it weighs once (or a list too long): said in those words, since the
/// address alone would read as an unknown id. False when `text` is no such case.
bool report_reason_count(const model::TranslatedText& text, const Inventory& inventory,
                         model::Diagnostics& diagnostics) {
    std::size_t at = text.address.find("/reasons/");
    if (at == std::string::npos || text.parts.size() < 6)
        return false;
    std::string option = text.address.substr(0, at);
    std::string rest = text.address.substr(at + 9);
    std::size_t slash = rest.find('/');
    std::string strategy = rest.substr(0, slash);
    std::string base = option + "/reasons/" + strategy;
    auto listed = inventory.children.find(base);
    std::size_t weights = inventory.texts.count(base) != 0     ? 1
                          : listed != inventory.children.end() ? listed->second.size()
                                                               : 0;
    if (weights == 0)
        return false; // no weight for this strategy at all: an unknown id
    std::string holder = model::describe_address(option);
    if (slash == std::string::npos) // one text for several weights
        diagnostics.add(
            "unknown-translation", text.parts[5],
            fmt::format("{} weighs strategy `{}` {} times: its reasons are a list of {}, one "
                        "per weight",
                        holder, strategy, weights, weights),
            fmt::format("write `{}: [..., ...]`, the reasons in the order of the weights",
                        strategy));
    else if (weights == 1)
        diagnostics.add("unknown-translation", text.parts[5],
                        fmt::format("{} weighs strategy `{}` once: its reason is one text, not a "
                                    "list",
                                    holder, strategy),
                        fmt::format("write `{}: ...`", strategy));
    else
        diagnostics.add("unknown-translation", text.parts[6],
                        fmt::format("{} weighs strategy `{}` {} times; this is reason {}", holder,
                                    strategy, weights, rest.substr(slash + 1)),
                        fmt::format("give {} reasons, in the order of the weights", weights));
    return true;
}

} // namespace

void check_translation(const model::Translation& t, const model::Roadmap* roadmap,
                       const std::vector<std::string>& roadmaps, model::Diagnostics& diagnostics) {
    if (t.of.empty())
        return; // the header was reported while reading
    if (roadmap == nullptr) {
        diagnostics.add(
            "unknown-translation", t.of_where,
            fmt::format("roadmap `{}` was not found{}", t.of, util::did_you_mean(t.of, roadmaps)),
            fmt::format("roadmaps: {}", util::join(roadmaps)));
        return;
    }
    Inventory inventory(*roadmap);
    std::unordered_set<std::string_view> translated;
    for (const model::TranslatedText& text : t.texts) {
        if (inventory.texts.count(text.address) != 0)
            translated.insert(text.address);
        else if (!report_reason_count(text, inventory, diagnostics))
            report_unknown(text, inventory, roadmap->id, diagnostics);
    }
    check_steps(t, *roadmap, diagnostics);
    check_risks(t, *roadmap, diagnostics);
    if (t.lang == "en")
        return; // the roadmap's own language: nothing is missing
    for (const std::string& address : inventory.order)
        if (translated.count(address) == 0)
            diagnostics.add("untranslated-text", inventory.texts.at(address),
                            fmt::format("{} has no translation in {}",
                                        model::describe_address(address), file_name(t)),
                            fmt::format("add it to {} (lang {})", file_name(t), t.lang));
}

void check_translation_file(const load::Catalog& catalog, const model::Translation& translation,
                            model::Diagnostics& diagnostics) {
    const load::RoadmapFile* file = translation.of.empty() ? nullptr : catalog.find(translation.of);
    std::vector<std::string> ids;
    for (const load::RoadmapFile* f : catalog.in_force())
        ids.push_back(f->roadmap->id);
    check_translation(translation, file && file->roadmap ? &*file->roadmap : nullptr, ids,
                      diagnostics);
}

Coverage coverage(const model::Translation& translation, const model::Roadmap& roadmap) {
    Inventory inventory(roadmap);
    std::unordered_set<std::string_view> translated;
    for (const model::TranslatedText& text : translation.texts)
        if (inventory.texts.count(text.address) != 0)
            translated.insert(text.address);
    return {translated.size(), inventory.order.size()};
}

} // namespace strat::validate
