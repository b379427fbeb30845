#pragma once
/// How figures read in text: "20.2%", "3 days", and where a figure comes from. Words are
/// in the run's language (util/messages.hpp); numbers are in the form of `numbers`, a
/// language: people's text passes the run's ("20,2 %" in German), YAML and JSON values
/// pass "en" so that a figure a program may read keeps its machine form ("20.2%").

#include "model/roadmap.hpp"

#include <string>
#include <string_view>

namespace strat::output {

/// A value as written in the roadmap, with its unit: "20.2%", "14 days", "3.65 (currency)";
/// in German numbers "20,2 %", "14 Tage", "3,65 (Währung)".
std::string with_unit(std::string_view value, model::Unit unit, std::string_view numbers = "en");

/// A number as written in the roadmap ("20.2") in the number form of `numbers`: unchanged
/// in English, "20,2" in German. Text that is not a plain number is returned as it is.
std::string figure(std::string_view value, std::string_view numbers);

/// "20.2% (Campaign Monitor, 2022 data)" — the KPI's benchmark with its source, or "" when
/// it has none; `source` may be null.
std::string benchmark_text(const model::Kpi& kpi, const model::Source* source,
                           std::string_view numbers = "en");

/// The same for `benchmark`, one of the KPI's figures (null: none): a regional figure names
/// its region, "30.1% (DACH: Inxmail, 2021 data)"; the general one reads as above.
std::string benchmark_text(const model::Kpi& kpi, const model::Benchmark* benchmark,
                           const model::Source* source, std::string_view numbers = "en");

/// Whether `benchmark` is one of the KPI's regional figures rather than its general one.
bool is_regional(const model::Kpi& kpi, const model::Benchmark* benchmark);

/// "Campaign Monitor: Email marketing benchmarks (2022), <url or citation>; <note>"
std::string source_text(const model::Source& s);

/// "relative: +10% on the baseline" etc.
std::string target_rule_text(const model::Target& t, const model::Kpi& kpi,
                             std::string_view numbers = "en");

} // namespace strat::output
