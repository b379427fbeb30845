#pragma once
/// KPI actuals read as a stream, for `strat dashboard`: a CSV file is read in blocks and
/// handed over one line at a time, so memory does not grow with the number of rows.
///
/// The first line is the header: `kpi,date,value` (review's format: the file belongs to
/// one campaign) or with a `campaign` column as well, in any order. A spend row (its `kpi`
/// is `spend:TACTIC[:CHANNEL]`, load/spend_rows.hpp) reaches the callback as written, in a
/// German export too: its amount has a currency code that only SpendRows reads. Fields are trimmed
/// of spaces and tabs; a field in double quotes may hold commas (`""` is a quote). Lines end in LF,
/// CR LF or CR. Problems carry `file:line:col`; reading stops after `max_errors`.

#include "load/csv.hpp"
#include "load/file_reader.hpp"
#include "model/diagnostic.hpp"
#include "model/source_file.hpp"

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace strat::load {

enum class ActualsColumn { campaign, kpi, date, value };

/// One data line, its fields trimmed. The views live until the callback returns.
struct ActualsRow {
    int line = 0;
    std::string_view text;                   ///< the whole line, for positions
    std::array<std::string_view, 4> fields;  ///< by ActualsColumn; campaign empty if absent
    std::array<std::size_t, 4> offsets = {}; ///< byte offset of each field in `text`

    std::string_view operator[](ActualsColumn c) const {
        return fields[static_cast<std::size_t>(c)];
    }
};

class ActualsStream {
public:
    static constexpr std::size_t max_errors = 50;
    static constexpr std::size_t max_line = 64 * 1024; ///< longer lines are errors

    explicit ActualsStream(std::string path);

    /// Reads the whole file, calling `row` for every data line. False when the file
    /// cannot be read (its unreadable-file diagnostic) or its header is wrong.
    bool read(const std::function<void(const ActualsRow&)>& row);

    const std::string& path() const { return file_->path(); }
    bool has_campaign_column() const { return has_campaign_; }
    /// German when the header is `;`-separated: rows then reach the callback with their
    /// value and date in strat's form (17.5, 2026-03-01).
    CsvDialect dialect() const { return dialect_; }
    /// The unreadable-file diagnostic when the file could not be read, else null.
    const model::Diagnostic* unreadable() const { return diagnostics_.unreadable(); }
    const model::Diagnostics& diagnostics() const { return diagnostics_; }
    /// Errors found after max_errors were kept (reading stopped there).
    bool truncated() const { return truncated_; }

    /// An error about `column` of `row`.
    void error(const ActualsRow& row, ActualsColumn column, std::string_view rule,
               std::string message, std::string hint = {});
    /// An error about the file as a whole (line 1, column 1).
    void file_error(std::string_view rule, std::string message, std::string hint = {});
    /// Where `column` of `row` starts, for checks that report on their own (SpendRows).
    model::Origin origin(const ActualsRow& row, ActualsColumn column) const;
    /// Takes the problems such a check found, up to max_errors as the others.
    void report(const model::Diagnostics& found);

    /// Reads the file again up to the last line a diagnostic points at (at most 64 MiB),
    /// so the diagnostics can quote their lines.
    void quote_lines();

private:
    bool header(std::string_view text, int line);
    void data_line(std::string_view text, int line,
                   const std::function<void(const ActualsRow&)>& row);
    /// Splits a data line without quotes or a CR into `r`, counting its fields (and
    /// whether it is blank); false for any other line, which logical_lines and
    /// split_csv_line read.
    bool split_plain(std::string_view text, ActualsRow& r, std::size_t& fields,
                     bool& blank_line) const;
    void wrong_columns(int line, std::size_t found);
    void add(std::string_view rule, int line, int column, std::string message, std::string hint);
    /// Reads one line between newlines, which a lone CR may split further.
    void logical_lines(std::string_view segment, const std::function<void(const ActualsRow&)>& row);
    void line_too_long();
    /// Reports that the file cannot be read; false, for read() to return.
    bool fail_read(ReadFailure::Reason reason, std::string message);
    /// A German export's value and date in strat's form; false (and an error) when the
    /// value is ambiguous.
    bool from_german(ActualsRow& r);

    std::unique_ptr<model::SourceFile> file_; ///< path only, until quote_lines
    model::Diagnostics diagnostics_;
    bool header_seen_ = false;
    bool header_ok_ = false;
    bool has_campaign_ = false;
    bool truncated_ = false;
    bool stop_ = false;      ///< the header is wrong or the error limit was reached
    int line_ = 0;           ///< lines read so far
    std::vector<int> order_; ///< header position -> ActualsColumn, -1: none
    CsvLine csv_;            ///< the line being read, split
    CsvDialect dialect_ = CsvDialect::plain;
    std::string german_value_, german_date_; ///< the row's fields in strat's form
};

} // namespace strat::load
