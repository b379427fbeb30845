#pragma once
/// One line of a CSV file as strat reads actuals (review and dashboard): fields split at
/// commas (semicolons in a German export) and trimmed of spaces and tabs; a field in double
/// quotes may hold the separator, and `""` inside it is a quote.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strat::load {

/// The fields of the last line split. Views point into the line, or into `unquoted` for
/// a line with quotes; they live until the next split.
struct CsvLine {
    std::vector<std::string_view> fields;
    std::vector<std::size_t> offsets; ///< byte offset of each field in the line
    /// Byte offset of a quote that the line never closes, npos when every quote closes.
    std::size_t unclosed_quote = std::string_view::npos;
    std::vector<std::string> unquoted;
};

void split_csv_line(std::string_view text, CsvLine& line, char separator = ',');

/// How a CSV file writes its fields and figures: strat's own form (`kpi,date,value`,
/// `17.5`, `2026-03-01`), or the CSV export of a spreadsheet set to German, which puts
/// `;` between fields because the comma is the decimal mark (`kpi;date;value`, `17,5`,
/// `1.3.2026`).
enum class CsvDialect { plain, german };

/// The dialect a header line shows: semicolons between fields and no comma is German.
CsvDialect dialect_of(std::string_view header);

inline char separator_of(CsvDialect dialect) {
    return dialect == CsvDialect::german ? ';' : ',';
}

/// A German export's number in strat's form: "17,5" is "17.5", "1.234,5" is "1234.5",
/// "-3" stays. Nullopt when the text has a point that is not a thousands separator
/// ("17.5"): a German export never writes that, so the value is ambiguous.
std::optional<std::string> number_from_german(std::string_view text);

/// A German export's date in strat's form: "1.3.2026" and "01.03.2026" are "2026-03-01";
/// any other text is returned as it is (an ISO date stays, a wrong one is reported as
/// one by the date reader).
std::string date_from_german(std::string_view text);

/// What strat says when it reads a German export, so the user knows how it was read.
inline constexpr std::string_view german_csv_note =
    "read as a German spreadsheet export: `;` between fields, decimal comma, dates as "
    "1.3.2026";

/// The message and hint for a quote never closed, the same in review and dashboard.
inline constexpr std::string_view unclosed_quote_message =
    "the quoted field is not closed: the line ends inside double quotes";
inline constexpr std::string_view unclosed_quote_hint =
    "close the quote with `\"` before the comma or line end (a quote inside quotes is "
    "written `\"\"`)";

} // namespace strat::load
