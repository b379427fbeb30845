#include "output/yaml_writer.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace strat::output {
namespace {

/// yaml-cpp writes any string plain that its grammar allows, even "yes", "12" or "1e3"; its
/// own decoders tell what such a plain scalar means. Only a short word of letters (true, No,
/// off) or one that starts like a number (12, -1, .5, .inf) can mean anything but text:
/// the decoders, which cost more than the emitter, are asked about those alone (booleans and
/// null start with one of y, n, t, f, o).
bool reads_as_other_than_text(const std::string& s) {
    constexpr auto npos = std::string_view::npos;
    if (s.empty() || s.size() > 32 || s.find(' ') != std::string::npos)
        return false;
    bool letters = s.size() <= 5 && std::string_view("yYnNtTfFoO").find(s.front()) != npos &&
                   std::all_of(s.begin(), s.end(), [](char c) {
                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                   });
    bool numeric = std::string_view("0123456789+-.").find(s.front()) != npos;
    if (!letters && !numeric)
        return false;
    YAML::Node node(s);
    bool b = false;
    long long n = 0;
    double d = 0;
    return YAML::convert<bool>::decode(node, b) || YAML::convert<long long>::decode(node, n) ||
           YAML::convert<double>::decode(node, d);
}

/// A word of strat's own grammar, as ids and keys are: a lower-case letter or `_`, then
/// lower-case letters, digits and `_`, and none of the few such words YAML reads as a
/// boolean or null. The emitter writes each of these plain; its own test of that runs
/// several regular expressions on every character and was a third of a batch's time.
bool plain_by_grammar(std::string_view s) {
    if (s.empty() || s.size() > 64 || !((s[0] >= 'a' && s[0] <= 'z') || s[0] == '_'))
        return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    if (s.size() > 5)
        return true;
    for (std::string_view reserved : {"y", "n", "yes", "no", "true", "false", "on", "off", "null"})
        if (s == reserved)
            return false;
    return true;
}

/// Streams a word the grammar above has shown plain; see YamlWriter::word.
struct PlainWord {
    std::string_view text;
};
std::ostream& operator<<(std::ostream& out, PlainWord w) {
    return out.write(w.text.data(), static_cast<std::streamsize>(w.text.size()));
}

} // namespace

// The emitter writes to its own buffer: writing each piece to a std::ostream cost more.
YamlWriter::YamlWriter(std::ostream& out) : out_(out), e_(std::make_unique<YAML::Emitter>()) {
    e_->SetNullFormat(YAML::LowerNull);
}

YamlWriter::~YamlWriter() = default;

YamlWriter& YamlWriter::begin_map(bool flow) {
    *e_ << (flow ? YAML::Flow : YAML::Block) << YAML::BeginMap;
    return *this;
}

YamlWriter& YamlWriter::end_map() {
    *e_ << YAML::EndMap;
    return *this;
}

YamlWriter& YamlWriter::begin_list(bool flow) {
    *e_ << (flow ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
    return *this;
}

YamlWriter& YamlWriter::end_list() {
    *e_ << YAML::EndSeq;
    return *this;
}

YamlWriter& YamlWriter::key(std::string_view key) {
    *e_ << YAML::Key;
    word(key);
    *e_ << YAML::Value;
    return *this;
}

YamlWriter& YamlWriter::text(std::string_view text) {
    *e_ << YAML::DoubleQuoted << std::string(text);
    return *this;
}

YamlWriter& YamlWriter::word(std::string_view word) {
    // The emitter still places the word (indentation, flow or block, the key's colon); only
    // its plain-scalar test is skipped, for words whose grammar already answers it. A unit
    // test holds both ways of writing to the same bytes.
    if (plain_by_grammar(word)) {
        e_->WriteIntegralType(PlainWord{word});
        return *this;
    }
    std::string s(word);
    if (reads_as_other_than_text(s))
        *e_ << YAML::DoubleQuoted;
    *e_ << s;
    return *this;
}

YamlWriter& YamlWriter::figure(std::string_view digits) {
    *e_ << std::string(digits);
    return *this;
}

YamlWriter& YamlWriter::number(long long n) {
    *e_ << n;
    return *this;
}

YamlWriter& YamlWriter::flag(bool b) {
    *e_ << b;
    return *this;
}

YamlWriter& YamlWriter::null(std::string_view comment) {
    *e_ << YAML::Null;
    return comment.empty() ? *this : this->comment(comment);
}

YamlWriter& YamlWriter::comment(std::string_view text) {
    *e_ << YAML::Comment(std::string(text));
    return *this;
}

YamlWriter& YamlWriter::words(const std::vector<std::string_view>& words) {
    begin_list(true);
    for (std::string_view w : words)
        word(w);
    return end_list();
}

YamlWriter& YamlWriter::lines(const std::vector<std::string>& lines) {
    if (lines.empty())
        return words({});
    begin_list();
    for (const std::string& line : lines)
        text(line);
    return end_list();
}

YamlWriter& YamlWriter::section(std::string_view comment) {
    // yaml-cpp 0.7: the first line break ends the line just written, the second leaves it
    // blank.
    *e_ << YAML::Newline << YAML::Newline;
    return comment.empty() ? *this : this->comment(comment);
}

void YamlWriter::end() {
    out_.write(e_->c_str(), static_cast<std::streamsize>(e_->size()));
    out_ << '\n';
}

} // namespace strat::output
