#include "load/csv.hpp"

namespace strat::load {
namespace {

std::string_view trim(std::string_view s, std::size_t& offset) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
        --e;
    offset += b;
    return s.substr(b, e - b);
}

} // namespace

void split_csv_line(std::string_view text, CsvLine& line, char separator) {
    line.fields.clear();
    line.offsets.clear();
    line.unclosed_quote = std::string_view::npos;
    if (text.find('"') == std::string_view::npos) {
        // The common line: fields are views into it, nothing is copied.
        std::size_t start = 0;
        for (;;) {
            std::size_t comma = text.find(separator, start);
            std::size_t end = comma == std::string_view::npos ? text.size() : comma;
            std::size_t offset = start;
            line.fields.push_back(trim(text.substr(start, end - start), offset));
            line.offsets.push_back(offset);
            if (comma == std::string_view::npos)
                return;
            start = comma + 1;
        }
    }
    // The rare line with quotes: unquoted into owned strings.
    std::vector<std::string>& unquoted = line.unquoted;
    unquoted.assign(1, std::string());
    std::vector<std::size_t> starts{0};
    bool quoted = false;
    std::size_t opened = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
                unquoted.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                unquoted.back() += c;
        } else if (c == '"') {
            quoted = true;
            opened = i;
        } else if (c == separator) {
            unquoted.emplace_back();
            starts.push_back(i + 1);
        } else {
            unquoted.back() += c;
        }
    }
    if (quoted)
        line.unclosed_quote = opened;
    for (std::size_t i = 0; i < unquoted.size(); ++i) {
        std::size_t ignored = 0;
        line.fields.push_back(trim(unquoted[i], ignored));
        std::size_t offset = starts[i];
        trim(text.substr(starts[i]), offset);
        line.offsets.push_back(offset);
    }
}

CsvDialect dialect_of(std::string_view header) {
    bool semicolon = false;
    bool quoted = false;
    for (char c : header) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            return CsvDialect::plain;
        else if (!quoted && c == ';')
            semicolon = true;
    }
    return semicolon ? CsvDialect::german : CsvDialect::plain;
}

std::optional<std::string> number_from_german(std::string_view text) {
    std::size_t comma = text.find(',');
    std::string_view whole = text.substr(0, comma);
    std::string out;
    out.reserve(text.size());
    // Points may only group the whole part's digits in threes: 1.234.567
    std::size_t point = whole.find('.');
    if (point != std::string_view::npos) {
        std::size_t first = whole.find_first_of("0123456789");
        if (first == std::string_view::npos || point == first || point - first > 3)
            return std::nullopt;
        for (std::size_t i = point; i < whole.size(); i += 4)
            if (whole[i] != '.' || i + 4 > whole.size() ||
                whole.substr(i + 1, 3).find_first_not_of("0123456789") != std::string_view::npos)
                return std::nullopt;
    }
    for (char c : whole)
        if (c != '.')
            out += c;
    if (comma != std::string_view::npos) {
        out += '.';
        out += text.substr(comma + 1); // a second comma stays, and the number reader says so
    }
    return out;
}

std::string date_from_german(std::string_view text) {
    // D.M.YYYY with one or two digits for day and month
    auto digits = [](std::string_view s) {
        return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
    };
    std::size_t p1 = text.find('.');
    std::size_t p2 = p1 == std::string_view::npos ? p1 : text.find('.', p1 + 1);
    if (p2 == std::string_view::npos)
        return std::string(text);
    std::string_view day = text.substr(0, p1), month = text.substr(p1 + 1, p2 - p1 - 1),
                     year = text.substr(p2 + 1);
    if (!digits(day) || !digits(month) || !digits(year) || day.size() > 2 || month.size() > 2 ||
        year.size() != 4)
        return std::string(text);
    std::string out(year);
    out.reserve(10);
    for (std::string_view part : {month, day}) {
        out += '-';
        if (part.size() == 1)
            out += '0';
        out += part;
    }
    return out;
}

} // namespace strat::load
