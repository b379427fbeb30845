#include "output/json.hpp"

#include "util/utf8.hpp"

#include <fmt/format.h>

#include <cctype>

namespace strat::output {

JsonWriter::~JsonWriter() {
    if (levels_.empty())
        out_ << '\n';
}

void JsonWriter::newline() {
    out_ << '\n';
    for (std::size_t i = 0; i < levels_.size(); ++i)
        out_ << "  ";
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!levels_.empty()) {
        if (!levels_.back().empty)
            out_ << ',';
        levels_.back().empty = false;
        newline();
    }
}

JsonWriter& JsonWriter::begin_object() {
    before_value();
    out_ << '{';
    levels_.push_back({false});
    return *this;
}

JsonWriter& JsonWriter::close(char bracket) {
    bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty)
        newline();
    out_ << bracket;
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    return close('}');
}

JsonWriter& JsonWriter::begin_array() {
    before_value();
    out_ << '[';
    levels_.push_back({true});
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    return close(']');
}

JsonWriter& JsonWriter::key(std::string_view name) {
    if (!levels_.back().empty)
        out_ << ',';
    levels_.back().empty = false;
    newline();
    escape(out_, name);
    out_ << ": ";
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    before_value();
    escape(out_, text);
    return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number) {
    before_value();
    out_ << number;
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    before_value();
    out_ << (flag ? "true" : "false");
    return *this;
}

JsonWriter& JsonWriter::null() {
    before_value();
    out_ << "null";
    return *this;
}

JsonWriter& JsonWriter::raw_number(std::string_view digits) {
    before_value();
    // YAML allows "+5" and ".5"; JSON does not.
    if (!digits.empty() && digits[0] == '+')
        digits.remove_prefix(1);
    // inf and nan (a double printed with {:g}) have no JSON spelling: null, so the
    // document still parses.
    std::string_view magnitude = digits.substr(digits.starts_with('-') ? 1 : 0);
    if (magnitude.empty() ||
        !(std::isdigit(static_cast<unsigned char>(magnitude[0])) || magnitude[0] == '.')) {
        out_ << "null";
        return *this;
    }
    bool negative = !digits.empty() && digits[0] == '-';
    if (negative) {
        out_ << '-';
        digits.remove_prefix(1);
    }
    if (!digits.empty() && digits[0] == '.')
        out_ << '0';
    out_ << digits;
    if (!digits.empty() && digits.back() == '.')
        out_ << '0';
    return *this;
}

void JsonWriter::escape(std::ostream& out, std::string_view text) {
    out << '"';
    for (std::size_t i = 0; i < text.size();) {
        char c = text[i];
        std::size_t n = static_cast<unsigned char>(c) < 0x80 ? 1 : util::sequence_length(text, i);
        if (n > 1) {
            out << text.substr(i, n);
            i += n;
            continue;
        }
        ++i;
        switch (c) {
        case '"':
            out << "\\\"";
            break;
        case '\\':
            out << "\\\\";
            break;
        case '\n':
            out << "\\n";
            break;
        case '\r':
            out << "\\r";
            break;
        case '\t':
            out << "\\t";
            break;
        default:
            // Control characters as \u escapes; a byte that is not UTF-8 (a file name in
            // Latin-1, say) as the Latin-1 character it would be, so the document stays
            // valid JSON and the byte can still be told.
            if (n == 0 || static_cast<unsigned char>(c) < 0x20)
                out << fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
            else
                out << c;
        }
    }
    out << '"';
}

} // namespace strat::output
