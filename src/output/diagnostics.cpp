#include "output/diagnostics.hpp"

#include "output/json.hpp"
#include "util/terminal_text.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

namespace strat::output {
namespace {

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

/// `text` in colour `code` when the style has colour. The colour goes out as markup, past
/// the terminal filter (util/terminal_text.hpp), so no input can forge it.
void paint(std::ostream& out, const Style& style, std::string_view code, std::string_view text) {
    if (style.color)
        util::write_markup(out, fmt::format("\x1b[{}m", code));
    out << text;
    if (style.color)
        util::write_markup(out, "\x1b[0m");
}

/// A very long line (a minified file, a 1 MB scalar) is shown as a window of bytes
/// around the column, so a diagnostic stays a few lines long. Finding the column's byte
/// starts where the cursor stopped for the previous diagnostic on the same line, so many
/// diagnostics on one line cost its length once (they come sorted by column).
std::string_view window_of(std::string_view line, int& column, LineCursor& cursor,
                           std::string& clipped) {
    constexpr std::size_t window = 60;
    if (line.size() <= 2 * window + 40)
        return line;
    if (cursor.line != line.data() || cursor.character > column)
        cursor = LineCursor{line.data(), 0, 1};
    std::size_t at = cursor.at;
    int c = cursor.character;
    for (; at < line.size() && c < column; ++at)
        if (!util::is_continuation(line[at]))
            ++c;
    cursor.at = at;
    cursor.character = c;
    std::size_t begin = at > window ? at - window : 0;
    std::size_t end = std::min(line.size(), at + window);
    while (begin > 0 && util::is_continuation(line[begin]))
        --begin;
    while (end < line.size() && util::is_continuation(line[end]))
        ++end;
    clipped = (begin > 0 ? "..." : "") + std::string(line.substr(begin, end - begin)) +
              (end < line.size() ? "..." : "");
    // Characters before `begin`: those before `at` (c - 1) less those from begin to at.
    auto skipped = c - 1 - static_cast<int>(util::code_points(line.substr(begin, at - begin)));
    column = column - skipped + (begin > 0 ? 3 : 0);
    return clipped;
}

/// The source line as shown under a diagnostic: tabs widened so the caret lines up, and
/// nothing that could upset a terminal (control characters, invalid UTF-8, a BOM).
std::string shown_line(std::string_view line, int column, int& caret, LineCursor& cursor) {
    if (line.substr(0, 3) == "\xEF\xBB\xBF")
        line.remove_prefix(3);
    std::string clipped;
    line = window_of(line, column, cursor, clipped);
    std::string sanitized;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t n = util::sequence_length(line, i);
        // A character the terminal would act on (C1, bidi) is one column too: `?`.
        bool shown = n == 1 || (n > 1 && util::is_terminal_safe(line.substr(i, n)));
        sanitized += shown ? line.substr(i, n) : std::string_view("?");
        i += n == 0 ? 1 : n;
    }
    line = sanitized;
    std::string out;
    caret = 0;
    int character = 1;
    for (std::size_t i = 0; i < line.size(); ++i) {
        auto c = static_cast<unsigned char>(line[i]);
        bool starts_character = !util::is_continuation(line[i]);
        if (starts_character && character == column)
            caret = static_cast<int>(out.size());
        if (c == '\t')
            out += "    ";
        else if (c < 0x20 || c == 0x7F)
            out += '?'; // never echo control characters to a terminal
        else
            out += static_cast<char>(c);
        if (starts_character)
            ++character;
    }
    if (character <= column)
        caret = static_cast<int>(out.size()) + (column - character);
    // Width in columns: count characters, not bytes, before the caret.
    auto width = static_cast<int>(
        util::code_points(std::string_view(out).substr(0, static_cast<std::size_t>(caret))));
    if (caret > static_cast<int>(out.size()))
        width += caret - static_cast<int>(out.size());
    caret = width;
    return out;
}

} // namespace

std::string summary_line(std::size_t files, std::size_t errors, std::size_t warnings) {
    return fmt::format("{}, {}, {}", plural(files, "file", "files"),
                       plural(errors, "error", "errors"), plural(warnings, "warning", "warnings"));
}

void print_diagnostic(std::ostream& out, const model::Diagnostic& d, const Style& style) {
    DiagnosticPrinter(out, style).print(d);
}

DiagnosticPrinter::DiagnosticPrinter(std::ostream& out, Style style) : out_(out), style_(style) {}

void DiagnosticPrinter::print(const model::Diagnostic& d) {
    std::ostream& out = out_;
    const Style& style = style_;
    // Every text that can quote input (a path, a decoded value) is shown on one line:
    // nothing from input can start a line of its own in a terminal or a CI log.
    bool error = d.severity() == model::Severity::error;
    std::string location = util::one_line(d.where.file ? d.where.file->path() : "strat");
    if (d.where.line > 0)
        location += fmt::format(":{}:{}", d.where.line, d.where.column);
    paint(out, style, "1", location + ":");
    out << ' ';
    paint(out, style, error ? "1;31" : "1;35", error ? "error:" : "warning:");
    out << fmt::format(" [{} {}] {}\n", d.rule->code, d.rule->name, util::one_line(d.message));
    if (d.where.known()) {
        int caret = 0;
        std::string line =
            shown_line(d.where.file->line(d.where.line), d.where.column, caret, cursor_);
        std::string number = std::to_string(d.where.line);
        std::string gutter(number.size(), ' ');
        out << fmt::format(" {} | {}\n", number, line);
        out << fmt::format(" {} | {}", gutter, std::string(static_cast<std::size_t>(caret), ' '));
        paint(out, style, "1;32", "^");
        out << '\n';
    }
    if (!d.data_path.empty()) {
        out << "  ";
        paint(out, style, "1;36", "path:");
        out << ' ' << util::one_line(d.data_path) << '\n';
    }
    if (!d.hint.empty()) {
        out << "  ";
        paint(out, style, "1;36", "hint:");
        out << ' ' << util::one_line(d.hint) << '\n';
    }
}

std::size_t print_diagnostics_text(std::ostream& out, std::span<const model::Diagnostic> items,
                                   const Style& style, const TextLimit& limit) {
    // Without colour, diagnostics are written in blocks: standard error is unbuffered, and
    // a write per piece made 100,000 diagnostics cost seconds. Colour goes to `out` itself,
    // as its markup must reach the terminal filter unchanged.
    std::ostringstream block;
    std::ostream& sink = style.color ? out : block;
    auto flush = [&] {
        if (&sink == &block && block.tellp() > 0) {
            out << std::move(block).str();
            block.str({});
        }
    };
    DiagnosticPrinter printer(sink, style);
    // Per file, in the order files first appear: how many were printed and held back.
    std::vector<std::pair<const model::SourceFile*, std::size_t>> printed, held;
    auto count = [](auto& counts, const model::SourceFile* file) -> std::size_t& {
        if (counts.empty() || counts.back().first != file) {
            auto it = std::find_if(counts.begin(), counts.end(),
                                   [&](const auto& c) { return c.first == file; });
            if (it != counts.end())
                return it->second;
            counts.emplace_back(file, 0);
        }
        return counts.back().second;
    };
    std::size_t not_shown = 0;
    for (const model::Diagnostic& d : items) {
        if (limit.errors_only && d.severity() != model::Severity::error)
            continue;
        std::size_t& shown = count(printed, d.where.file);
        if (limit.per_file != 0 && shown >= limit.per_file) {
            ++count(held, d.where.file);
            ++not_shown;
            continue;
        }
        ++shown;
        printer.print(d);
        if (block.tellp() > (1 << 16))
            flush();
    }
    flush();
    for (const auto& [file, n] : held)
        out << fmt::format("strat: {}: {} more {} not shown (--max-errors 0 shows all)\n",
                           util::one_line(file ? file->path() : "strat"), n,
                           limit.errors_only ? (n == 1 ? "error" : "errors")
                                             : (n == 1 ? "diagnostic" : "diagnostics"));
    return not_shown;
}

void print_diagnostics_json(std::ostream& out, std::size_t files,
                            const std::vector<const model::Diagnostic*>& diagnostics) {
    std::size_t errors = 0;
    for (const model::Diagnostic* d : diagnostics)
        errors += d->severity() == model::Severity::error;
    JsonWriter json(out);
    json.begin_object();
    json.field("files", files);
    json.field("errors", errors);
    json.field("warnings", diagnostics.size() - errors);
    json.key("diagnostics").begin_array();
    for (const model::Diagnostic* d : diagnostics) {
        json.begin_object();
        json.field("file", d->where.file ? std::string_view(d->where.file->path()) : "");
        json.field("line", d->where.line);
        json.field("column", d->where.column);
        json.field("severity", d->severity() == model::Severity::error ? "error" : "warning");
        json.field("code", d->rule->code);
        json.field("rule", d->rule->name);
        json.field("message", std::string_view(d->message));
        json.field("hint", std::string_view(d->hint));
        json.field("path", std::string_view(d->data_path));
        json.end_object();
    }
    json.end_array();
    json.end_object();
}

} // namespace strat::output
