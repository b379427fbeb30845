#include "output/figures.hpp"

#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace strat::output {

using util::tr;

std::string figure(std::string_view value, std::string_view numbers) {
    // English keeps the roadmap's own spelling ("10.0" stays "10.0").
    if (numbers != "de" || value.empty())
        return std::string(value);
    double number = 0;
    auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size())
        return std::string(value);
    std::size_t point = value.find('.');
    int decimals = point == std::string_view::npos ? 0 : static_cast<int>(value.size() - point - 1);
    return util::decimal(number, decimals, numbers);
}

std::string with_unit(std::string_view value, model::Unit unit, std::string_view numbers) {
    std::string number = figure(value, numbers);
    switch (unit) {
    case model::Unit::percent:
        return number + (numbers == "de" ? " %" : "%"); // DIN 5008: a space before %
    case model::Unit::days:
        return fmt::format(fmt::runtime(value == "1" ? tr("{} day") : tr("{} days")), number);
    case model::Unit::currency:
        return fmt::format(fmt::runtime(tr("{} (currency)")), number);
    case model::Unit::ratio:
    case model::Unit::count:
    case model::Unit::score:
        break;
    }
    return number;
}

std::string benchmark_text(const model::Kpi& kpi, const model::Source* source,
                           std::string_view numbers) {
    return benchmark_text(kpi, kpi.benchmark ? &*kpi.benchmark : nullptr, source, numbers);
}

bool is_regional(const model::Kpi& kpi, const model::Benchmark* benchmark) {
    return benchmark && !(kpi.benchmark && benchmark == &*kpi.benchmark) && benchmark->region;
}

std::string benchmark_text(const model::Kpi& kpi, const model::Benchmark* benchmark,
                           const model::Source* source, std::string_view numbers) {
    if (!benchmark)
        return {};
    const model::Benchmark& b = *benchmark;
    std::string publisher = source ? source->publisher : b.source.id;
    // Only a regional figure names its region: the general one reads as it always has.
    if (is_regional(kpi, benchmark))
        publisher = fmt::format("{}: {}", model::spoken_name(*b.region, numbers), publisher);
    return fmt::format(fmt::runtime(tr("{} ({}, {} data)")), with_unit(b.value, kpi.unit, numbers),
                       publisher, b.year);
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

std::string target_rule_text(const model::Target& t, const model::Kpi& kpi,
                             std::string_view numbers) {
    std::string_view sign = kpi.direction == model::Direction::up ? "+" : "-";
    switch (t.rule) {
    case model::TargetRule::benchmark:
        return std::string(tr("reach the benchmark"));
    case model::TargetRule::relative:
        return fmt::format(fmt::runtime(tr("baseline {}{} of the baseline")), sign,
                           with_unit(t.change, model::Unit::percent, numbers));
    case model::TargetRule::absolute:
        if (kpi.unit == model::Unit::percent) // not to be read as a share of the baseline
            return fmt::format(fmt::runtime(tr("baseline {}{} percentage points")), sign,
                               figure(t.change, numbers));
        return fmt::format(fmt::runtime(tr("baseline {}{}")), sign,
                           with_unit(t.change, kpi.unit, numbers));
    }
    return {};
}

} // namespace strat::output
