#include "output/figures.hpp"

#include <fmt/format.h>

namespace strat::output {

std::string with_unit(std::string_view value, model::Unit unit) {
    switch (unit) {
    case model::Unit::percent:
        return fmt::format("{}%", value);
    case model::Unit::days:
        return fmt::format("{} {}", value, value == "1" ? "day" : "days");
    case model::Unit::currency:
        return fmt::format("{} (currency)", value);
    case model::Unit::ratio:
    case model::Unit::count:
    case model::Unit::score:
        break;
    }
    return std::string(value);
}

std::string benchmark_text(const model::Kpi& kpi, const model::Source* source) {
    if (!kpi.benchmark)
        return {};
    const model::Benchmark& b = *kpi.benchmark;
    return fmt::format("{} ({}, {} data)", with_unit(b.value, kpi.unit),
                       source ? source->publisher : b.source.id, b.year);
}

std::string source_text(const model::Source& s) {
    std::string text = fmt::format("{}: {} ({})", s.publisher, s.title, s.year);
    if (!s.url.empty())
        text += ", " + s.url;
    if (!s.citation.empty())
        text += ", " + s.citation;
    if (!s.note.empty())
        text += "; " + s.note;
    return text;
}

std::string target_rule_text(const model::Target& t, const model::Kpi& kpi) {
    std::string_view sign = kpi.direction == model::Direction::up ? "+" : "-";
    switch (t.rule) {
    case model::TargetRule::benchmark:
        return "reach the benchmark";
    case model::TargetRule::relative:
        return fmt::format("baseline {}{}% of the baseline", sign, t.change);
    case model::TargetRule::absolute:
        if (kpi.unit == model::Unit::percent) // not to be read as a share of the baseline
            return fmt::format("baseline {}{} percentage points", sign, t.change);
        return fmt::format("baseline {}{}", sign, with_unit(t.change, kpi.unit));
    }
    return {};
}

} // namespace strat::output
