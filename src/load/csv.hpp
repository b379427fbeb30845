#pragma once
/// One line of a CSV file as strat reads actuals (review and dashboard): fields split at
/// commas and trimmed of spaces and tabs; a field in double quotes may hold commas, and
/// `""` inside it is a quote.

#include <cstddef>
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

void split_csv_line(std::string_view text, CsvLine& line);

/// The message and hint for a quote never closed, the same in review and dashboard.
inline constexpr std::string_view unclosed_quote_message =
    "the quoted field is not closed: the line ends inside double quotes";
inline constexpr std::string_view unclosed_quote_hint =
    "close the quote with `\"` before the comma or line end (a quote inside quotes is "
    "written `\"\"`)";

} // namespace strat::load
