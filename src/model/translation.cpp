#include "model/translation.hpp"

#include <fmt/format.h>

#include <array>
#include <unordered_map>

namespace strat::model {

std::span<const std::string_view> languages() {
    static constexpr std::array<std::string_view, 2> all{"en", "de"};
    return all;
}

std::size_t apply(const Translation& translation, Roadmap& roadmap) {
    std::unordered_map<std::string_view, const std::string*> texts;
    texts.reserve(translation.texts.size());
    for (const TranslatedText& t : translation.texts)
        texts.emplace(t.address, &t.text);
    std::size_t replaced = 0;
    for_each_text(roadmap, [&](const std::string& address, std::string& text, const Origin&) {
        if (auto it = texts.find(address); it != texts.end()) {
            text = *it->second;
            ++replaced;
        }
    });
    return replaced;
}

namespace {

/// The singular noun of a section of the format, as messages name what it holds.
std::string_view noun(std::string_view section) {
    if (section == "goals")
        return "goal";
    if (section == "questions")
        return "question";
    if (section == "options")
        return "option";
    if (section == "reasons")
        return "reason for strategy";
    if (section == "strategies")
        return "strategy";
    if (section == "tactics")
        return "tactic";
    if (section == "steps")
        return "step";
    if (section == "risks")
        return "risk";
    if (section == "kpis")
        return "KPI";
    if (section == "sources")
        return "source";
    if (section == "markets")
        return "market";
    if (section == "tooling")
        return "tool";
    if (section == "data")
        return "data";
    if (section == "rules")
        return "rule";
    if (section == "conditions")
        return "condition";
    return section;
}

} // namespace

std::string describe_address(std::string_view address) {
    std::vector<std::string_view> parts;
    for (std::size_t begin = 0;;) {
        std::size_t end = address.find('/', begin);
        parts.push_back(address.substr(begin, end - begin));
        if (end == std::string_view::npos)
            break;
        begin = end + 1;
    }
    if (parts.size() == 1)
        return fmt::format("the roadmap's `{}`", parts[0]);
    // Sections come with the id of the entity in them, except a KPI's one `benchmark`.
    std::vector<std::string> holders;
    std::size_t i = 0;
    while (i < parts.size()) {
        std::string_view section = parts[i];
        if (section == "benchmark") {
            holders.emplace_back("the benchmark");
            i += 1;
            continue;
        }
        if (i + 1 == parts.size())
            break; // the field
        std::string_view id = parts[i + 1];
        if (section == "regional_benchmarks") {
            // "the `dach` regional benchmark of KPI `x`"; alone (as validate names a region
            // a KPI lacks), "regional benchmark `dach`" like the other entities.
            holders.push_back(i == 0 ? fmt::format("regional benchmark `{}`", id)
                                     : fmt::format("the `{}` regional benchmark", id));
            i += 2;
        } else {
            bool numbered = section == "steps" || section == "risks" || section == "conditions";
            holders.push_back(numbered ? fmt::format("{} {}", noun(section), id)
                                       : fmt::format("{} `{}`", noun(section), id));
            i += 2;
        }
    }
    std::string out;
    if (i < parts.size())
        out = fmt::format("the `{}` of ", parts[i]);
    for (auto it = holders.rbegin(); it != holders.rend(); ++it)
        out += *it + (it + 1 == holders.rend() ? "" : " of ");
    return out;
}

} // namespace strat::model
