#include "load/actuals_stream.hpp"

#include "load/csv.hpp"
#include "load/file_reader.hpp"
#include "load/spend_rows.hpp"
#include "model/campaign_record.hpp"
#include "util/suggest.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <unistd.h>

namespace strat::load {
namespace {

constexpr std::size_t block = 1 << 20;
constexpr std::size_t max_quoted_prefix = 64u << 20;
constexpr std::array<std::string_view, 4> column_names = {"campaign", "kpi", "date", "value"};

bool blank(std::string_view s) {
    return s.find_first_not_of(" \t") == std::string_view::npos;
}

/// Closes a file descriptor when it goes out of scope.
struct Fd {
    int fd;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

ActualsStream::ActualsStream(std::string path)
    : file_(std::make_unique<model::SourceFile>(std::move(path), std::string())) {}

void ActualsStream::add(std::string_view rule, int line, int column, std::string message,
                        std::string hint) {
    if (diagnostics_.items().size() >= max_errors) {
        truncated_ = true;
        return;
    }
    diagnostics_.add(rule, model::Origin{file_.get(), line, column}, std::move(message),
                     std::move(hint));
}

model::Origin ActualsStream::origin(const ActualsRow& row, ActualsColumn column) const {
    std::size_t offset = row.offsets[static_cast<std::size_t>(column)];
    auto col = static_cast<int>(util::code_points(row.text.substr(0, offset))) + 1;
    return model::Origin{file_.get(), row.line, col};
}

void ActualsStream::error(const ActualsRow& row, ActualsColumn column, std::string_view rule,
                          std::string message, std::string hint) {
    model::Origin at = origin(row, column);
    add(rule, at.line, at.column, std::move(message), std::move(hint));
}

void ActualsStream::report(const model::Diagnostics& found) {
    for (const model::Diagnostic& d : found.items())
        add(d.rule->name, d.where.line, d.where.column, d.message, d.hint);
}

void ActualsStream::file_error(std::string_view rule, std::string message, std::string hint) {
    add(rule, 1, 1, std::move(message), std::move(hint));
}

bool ActualsStream::from_german(ActualsRow& r) {
    if (is_spend_key(r[ActualsColumn::kpi]))
        return true; // SpendRows reads its German amount (2.500,50 EUR) and date itself
    auto value = static_cast<std::size_t>(ActualsColumn::value);
    auto date = static_cast<std::size_t>(ActualsColumn::date);
    std::optional<std::string> number = number_from_german(r.fields[value]);
    if (!number) {
        error(r, ActualsColumn::value, "wrong-type",
              fmt::format("`{}` has a decimal point; a German export writes 17,5", r.fields[value]),
              "write the decimal with a comma, or the whole file with `,` between fields");
        return false;
    }
    german_value_ = std::move(*number);
    german_date_ = date_from_german(r.fields[date]);
    r.fields[value] = german_value_;
    if (model::parse_day(german_date_)) // else the error quotes the date as written
        r.fields[date] = german_date_;
    return true;
}

bool ActualsStream::header(std::string_view text, int line) {
    dialect_ = dialect_of(text);
    split_csv_line(text, csv_, separator_of(dialect_));
    order_.assign(csv_.fields.size(), -1);
    bool any_known = false;
    for (std::string_view name : csv_.fields)
        any_known |=
            std::find(column_names.begin(), column_names.end(), name) != column_names.end();
    if (!any_known) {
        add("missing-field", line, 1,
            "the first line must be the header `kpi,date,value` (or "
            "`campaign,kpi,date,value` for a file of several campaigns)",
            "add the header line; it names the columns in their order");
        return false;
    }
    std::array<bool, 4> seen = {};
    bool ok = true;
    for (std::size_t i = 0; i < csv_.fields.size(); ++i) {
        auto it = std::find(column_names.begin(), column_names.end(), csv_.fields[i]);
        int column = static_cast<int>(util::code_points(text.substr(0, csv_.offsets[i]))) + 1;
        if (it == column_names.end()) {
            add("unknown-key", line, column,
                fmt::format("unknown column `{}`{}", csv_.fields[i],
                            util::did_you_mean(csv_.fields[i],
                                               std::span<const std::string_view>(column_names))),
                "the columns are kpi, date, value and, for several campaigns, campaign");
            ok = false;
            continue;
        }
        auto index = static_cast<std::size_t>(it - column_names.begin());
        if (seen[index]) {
            add("duplicate-key", line, column, fmt::format("column `{}` appears twice", *it), {});
            ok = false;
        }
        seen[index] = true;
        order_[i] = static_cast<int>(index);
    }
    for (std::size_t c = 1; c < 4; ++c)
        if (!seen[c]) {
            add("missing-field", line, 1,
                fmt::format("the header has no `{}` column", column_names[c]),
                "the header is `kpi,date,value` or `campaign,kpi,date,value`");
            ok = false;
        }
    has_campaign_ = seen[0];
    return ok;
}

/// A word with every byte `c`.
constexpr std::uint64_t bytes_of(char c) {
    return 0x0101010101010101ull * static_cast<unsigned char>(c);
}

/// The high bit of each byte of `w` that equals the byte of `pattern` (bytes_of), exactly:
/// no carry crosses from one byte into the next.
inline std::uint64_t equal_bytes(std::uint64_t w, std::uint64_t pattern) {
    constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7Full;
    std::uint64_t x = w ^ pattern;
    return ~(((x & low7) + low7) | x) & ~low7;
}

bool ActualsStream::split_plain(std::string_view text, ActualsRow& r, std::size_t& fields,
                                bool& blank_line) const {
    // The common line, without quotes or a CR: eight bytes at a time, it finds the
    // separators; the fields are views into the line, placed by the header's order,
    // with no copy and no allocation.
    const std::uint64_t separator = bytes_of(separator_of(dialect_));
    const std::uint64_t quote = bytes_of('"'), cr = bytes_of('\r');
    const char* const begin = text.data();
    const std::size_t size = text.size();
    std::size_t start = 0; // of the field being read
    fields = 0;
    auto field_ends = [&](std::size_t stop) {
        if (fields < order_.size()) {
            const char* b = begin + start;
            const char* e = begin + stop;
            while (b < e && (*b == ' ' || *b == '\t'))
                ++b;
            while (e > b && (e[-1] == ' ' || e[-1] == '\t'))
                --e;
            auto c = static_cast<std::size_t>(order_[fields]);
            r.fields[c] = std::string_view(b, static_cast<std::size_t>(e - b));
            r.offsets[c] = static_cast<std::size_t>(b - begin);
        }
        ++fields;
        start = stop + 1;
    };
    for (std::size_t at = 0; at < size; at += 8) {
        std::uint64_t w = 0; // the last word is padded with zero bytes
        if (at + 8 <= size) {
            std::memcpy(&w, begin + at, 8); // one load; byte i of the line is byte i of w
            if constexpr (std::endian::native == std::endian::big)
                w = __builtin_bswap64(w);
        } else {
            for (std::size_t i = at; i < size; ++i)
                w |= static_cast<std::uint64_t>(static_cast<unsigned char>(begin[i]))
                     << (8 * (i - at));
        }
        if ((equal_bytes(w, quote) | equal_bytes(w, cr)) != 0)
            return false;
        for (std::uint64_t found = equal_bytes(w, separator); found != 0; found &= found - 1)
            field_ends(at + static_cast<std::size_t>(std::countr_zero(found)) / 8);
    }
    field_ends(size);
    blank_line = fields == 1 && r.fields[static_cast<std::size_t>(order_[0])].empty();
    return true;
}

void ActualsStream::data_line(std::string_view text, int line,
                              const std::function<void(const ActualsRow&)>& row) {
    ActualsRow r;
    r.line = line;
    r.text = text;
    split_csv_line(text, csv_, separator_of(dialect_));
    if (csv_.unclosed_quote != std::string_view::npos) {
        auto column = static_cast<int>(util::code_points(text.substr(0, csv_.unclosed_quote))) + 1;
        add("unterminated-string", line, column, std::string(unclosed_quote_message),
            std::string(unclosed_quote_hint));
        return;
    }
    if (csv_.fields.size() != order_.size()) {
        wrong_columns(line, csv_.fields.size());
        return;
    }
    for (std::size_t i = 0; i < csv_.fields.size(); ++i) {
        auto c = static_cast<std::size_t>(order_[i]);
        r.fields[c] = csv_.fields[i];
        r.offsets[c] = csv_.offsets[i];
    }
    if (dialect_ == CsvDialect::german && !from_german(r))
        return;
    row(r);
}

void ActualsStream::wrong_columns(int line, std::size_t found) {
    add("wrong-type", line, 1,
        fmt::format("expected {} columns ({}), found {}", order_.size(),
                    has_campaign_ ? "campaign, kpi, date, value" : "kpi, date, value", found),
        dialect_ == CsvDialect::german ? "quote a field that contains a semicolon"
                                       : "quote a field that contains a comma");
}

// One line as SourceFile counts lines: a CR LF pair or a lone CR also ends a line.
void ActualsStream::logical_lines(std::string_view segment,
                                  const std::function<void(const ActualsRow&)>& row) {
    if (!segment.empty() && segment.back() == '\r')
        segment.remove_suffix(1);
    if (header_ok_) {
        ActualsRow r;
        std::size_t fields = 0;
        bool blank_line = false;
        if (split_plain(segment, r, fields, blank_line)) {
            ++line_;
            if (blank_line)
                return;
            r.line = line_;
            r.text = segment;
            if (fields != order_.size())
                wrong_columns(line_, fields);
            else if (dialect_ != CsvDialect::german || from_german(r))
                row(r);
            if (truncated_)
                stop_ = true;
            return;
        }
    }
    for (;;) {
        std::size_t cr = segment.find('\r');
        std::string_view text = segment.substr(0, cr);
        ++line_;
        if (line_ == 1 && text.substr(0, 3) == "\xEF\xBB\xBF")
            text.remove_prefix(3);
        if (!blank(text)) {
            if (!header_seen_) {
                header_seen_ = true;
                header_ok_ = header(text, line_);
                stop_ = !header_ok_;
            } else {
                data_line(text, line_, row);
            }
        }
        if (truncated_)
            stop_ = true;
        if (cr == std::string_view::npos || stop_)
            return;
        segment.remove_prefix(cr + 1);
    }
}

void ActualsStream::line_too_long() {
    ++line_;
    add("file-too-large", line_, 1, fmt::format("line {} is longer than {} bytes", line_, max_line),
        "an actuals line holds a KPI, a date and a value");
    stop_ = truncated_;
}

bool ActualsStream::fail_read(ReadFailure::Reason reason, std::string message) {
    report_unreadable(ReadFailure{reason, std::move(message)}, *file_, diagnostics_);
    return false;
}

bool ActualsStream::read(const std::function<void(const ActualsRow&)>& row) {
    std::error_code ec;
    if (std::filesystem::is_directory(path(), ec))
        return fail_read(ReadFailure::Reason::directory, "cannot read: it is a directory");
    Fd in{::open(path().c_str(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0) {
        int error_number = errno;
        return fail_read(error_number == ENOENT ? ReadFailure::Reason::missing
                                                : ReadFailure::Reason::system,
                         fmt::format("cannot read: {}", std::strerror(error_number)));
    }
    std::vector<char> buffer(block + max_line);
    std::size_t filled = 0;
    bool skipping = false; // inside a line longer than max_line

    // The limit every actuals file has (load/file_reader.hpp), counted as the bytes come:
    // a device or pipe may never end (/dev/zero), and one long line is skipped, not kept.
    const std::size_t limit = max_bytes(FileKind::actuals);
    std::size_t total = 0;
    for (bool eof = false; !eof && !stop_;) {
        ssize_t n = ::read(in.fd, buffer.data() + filled, buffer.size() - filled);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail_read(ReadFailure::Reason::system,
                             fmt::format("cannot read: {}", std::strerror(errno)));
        eof = n == 0;
        total += static_cast<std::size_t>(n);
        if (total > limit)
            return fail_read(ReadFailure::Reason::too_large,
                             too_large_message(FileKind::actuals, limit));
        filled += static_cast<std::size_t>(n);
        std::size_t start = 0;
        while (!stop_) {
            const void* found = std::memchr(buffer.data() + start, '\n', filled - start);
            if (found == nullptr)
                break;
            auto end = static_cast<std::size_t>(static_cast<const char*>(found) - buffer.data());
            if (skipping)
                skipping = false;
            else if (end - start > max_line)
                line_too_long();
            else
                logical_lines(std::string_view(buffer.data() + start, end - start), row);
            start = end + 1;
        }
        std::size_t rest = filled - start;
        if (eof && rest > max_line && !skipping && !stop_)
            line_too_long();
        else if (eof && rest > 0 && !skipping && !stop_)
            logical_lines(std::string_view(buffer.data() + start, rest), row);
        if (!eof && rest >= max_line) {
            if (!skipping)
                line_too_long();
            skipping = true;
            rest = 0;
        }
        std::memmove(buffer.data(), buffer.data() + start, rest);
        filled = rest;
    }
    if (!header_seen_ && diagnostics_.items().empty())
        add("empty-file", 1, 1, "the actuals file is empty",
            "write the header kpi,date,value and one line per measurement");
    return header_ok_;
}

void ActualsStream::quote_lines() {
    int last = 0;
    for (const model::Diagnostic& d : diagnostics_.items())
        last = std::max(last, d.where.line);
    if (last == 0)
        return;
    Fd in{::open(path().c_str(), O_RDONLY | O_CLOEXEC)};
    if (in.fd < 0)
        return;
    std::string text;
    std::vector<char> buffer(block);
    int line = 1;
    bool after_cr = false;
    while (line <= last && text.size() < max_quoted_prefix) {
        ssize_t n = ::read(in.fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        std::size_t keep = 0;
        for (; keep < static_cast<std::size_t>(n) && line <= last; ++keep) {
            char c = buffer[keep];
            if (c == '\n' && !after_cr)
                ++line;
            else if (c == '\r')
                ++line;
            after_cr = c == '\r';
        }
        text.append(buffer.data(), keep);
    }
    file_->restore_text(std::move(text));
}

} // namespace strat::load
