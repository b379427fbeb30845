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

void split_csv_line(std::string_view text, CsvLine& line) {
    line.fields.clear();
    line.offsets.clear();
    line.unclosed_quote = std::string_view::npos;
    if (text.find('"') == std::string_view::npos) {
        // The common line: fields are views into it, nothing is copied.
        std::size_t start = 0;
        for (;;) {
            std::size_t comma = text.find(',', start);
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
        } else if (c == ',') {
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

} // namespace strat::load
