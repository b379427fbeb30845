#pragma once
/// Writes a YAML document through yaml-cpp's emitter, so every YAML document strat writes
/// is quoted and escaped by the library: block style, flow style for short lists, `null`
/// with a comment beside it, blank lines between sections.

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace YAML {
class Emitter;
}

namespace strat::output {

class YamlWriter {
public:
    explicit YamlWriter(std::ostream& out);
    ~YamlWriter();
    YamlWriter(const YamlWriter&) = delete;
    YamlWriter& operator=(const YamlWriter&) = delete;

    /// `flow`: `{}` on the key's line for an empty map.
    YamlWriter& begin_map(bool flow = false);
    YamlWriter& end_map();
    /// `flow`: `[a, b]` on the key's line rather than one entry a line.
    YamlWriter& begin_list(bool flow = false);
    YamlWriter& end_list();
    YamlWriter& key(std::string_view key);

    /// Text people read (names, descriptions, reasons): double-quoted, escaped by the
    /// emitter. Quoting it outright spares the emitter's plain-scalar test, which costs
    /// more than the rest of `strat plan`, and keeps it text for every YAML reader.
    YamlWriter& text(std::string_view text);
    /// An id, a word of the vocabulary, a date or a hash: plain where the emitter allows and
    /// YAML reads it back as the same text; double-quoted where a plain scalar would turn it
    /// into a boolean, number or null (yaml-cpp writes "yes" and "12" plain).
    YamlWriter& word(std::string_view word);
    /// A number as written in a roadmap ("20.2"): plain, so it reads back as a number.
    YamlWriter& figure(std::string_view digits);
    YamlWriter& number(long long n);
    YamlWriter& flag(bool b);
    /// `null`, with `comment` beside it unless empty.
    YamlWriter& null(std::string_view comment = {});
    /// `# text` after the value or key just written; a line break in `text` continues the
    /// comment on the next line, aligned with this one.
    YamlWriter& comment(std::string_view text);
    /// Words in flow style: `[email, web]`, or `[]`.
    YamlWriter& words(const std::vector<std::string_view>& words);
    /// Text in block style, one a line; an empty list as `[]`.
    YamlWriter& lines(const std::vector<std::string>& lines);
    /// A blank line, then `comment` on lines of its own unless empty (at the top level).
    YamlWriter& section(std::string_view comment = {});
    /// Writes the document to the stream, with its last line ended.
    void end();

private:
    std::ostream& out_;
    std::unique_ptr<YAML::Emitter> e_;
};

} // namespace strat::output
