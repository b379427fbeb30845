#pragma once
/// How figures read in text: "20.2%", "3 days", and where a figure comes from.

#include "model/roadmap.hpp"

#include <string>
#include <string_view>

namespace strat::output {

/// A value as written in the roadmap, with its unit: "20.2%", "14 days", "3.65 (currency)".
std::string with_unit(std::string_view value, model::Unit unit);

/// "20.2% (Campaign Monitor, 2022 data)" — the KPI's benchmark with its source, or "" when
/// it has none; `source` may be null.
std::string benchmark_text(const model::Kpi& kpi, const model::Source* source);

/// "Campaign Monitor: Email marketing benchmarks (2022), <url or citation>; <note>"
std::string source_text(const model::Source& s);

/// "relative: +10% on the baseline" etc.
std::string target_rule_text(const model::Target& t, const model::Kpi& kpi);

} // namespace strat::output
