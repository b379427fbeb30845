// The YAML layer: strat's own tree from libyaml events, and every guard around it.

#include "helpers.hpp"
#include "load/document.hpp"

#include <doctest/doctest.h>

using strat::test::brief;
using strat::test::parse;

namespace {

/// A document with the file it points into.
struct Parsed {
    strat::model::SourceFile file;
    strat::model::Diagnostics diagnostics;
    std::optional<strat::load::Document> document;

    explicit Parsed(std::string text) : file("test.yaml", std::move(text)) {
        document = strat::load::parse_document(file, strat::load::Limits{}, diagnostics);
    }
};

} // namespace

TEST_CASE("duplicate keys are reported at the second key") {
    auto file = parse("strat: 1\nid: a\nid: b\n");
    CHECK(brief(file.diagnostics) ==
          "1:1: [E102 missing-field] roadmap is missing the required key `description`\n"
          "1:1: [E102 missing-field] roadmap is missing the required key `name`\n"
          "3:1: [E008 duplicate-key] key `id` appears twice in this mapping (first at line 2)\n");
}

TEST_CASE("duplicate keys in large mappings are found too") {
    std::string text = "strat: 1\nsources:\n  - id: s\n";
    for (int i = 0; i < 40; ++i)
        text += fmt::format("    k{}: 1\n", i);
    text += "    k7: 2\n";
    auto file = parse(text);
    CHECK(brief(file.diagnostics)
              .find("44:5: [E008 duplicate-key] key `k7` appears twice in this "
                    "mapping (first at line 11)") != std::string::npos);
}

TEST_CASE("nesting deeper than the limit stops at the position where it goes too deep") {
    std::string text = "a: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
    auto file = parse(text);
    CHECK(brief(file.diagnostics) ==
          "1:67: [E002 nesting-too-deep] nesting is deeper than 64 levels\n");
    CHECK_FALSE(file.roadmap.has_value());
}

TEST_CASE("an alias that contains itself is a cycle, not a crash") {
    auto file = parse("a: &a [*a]\n");
    CHECK(brief(file.diagnostics) ==
          "1:8: [E009 alias-cycle] this alias refers to a node that contains it, which never "
          "ends\n");
}

TEST_CASE("nested aliases cannot expand without bound") {
    std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 25; ++i) {
        text += fmt::format("a{}: &a{} [", i, i);
        for (int k = 0; k < 10; ++k)
            text += fmt::format("{}*a{}", k ? ", " : "", i - 1);
        text += "]\n";
    }
    auto file = parse(text);
    CHECK(brief(file.diagnostics) == "5:45: [E010 alias-expansion] aliases here expand to more "
                                     "than 100000 extra nodes\n");
}

TEST_CASE("merge keys are refused with a plain explanation") {
    auto file = parse("strat: 1\nx: &b {a: 1}\ny:\n  <<: *b\n");
    CHECK(brief(file.diagnostics)
              .find("4:3: [E011 merge-key] merge keys (`<<`) are not supported in roadmaps\n") !=
          std::string::npos);
}

TEST_CASE("a second document is refused") {
    auto file = parse("strat: 1\n---\nstrat: 1\n");
    CHECK(brief(file.diagnostics) == "2:1: [E007 multiple-documents] a second YAML document "
                                     "starts here; a roadmap file holds one\n");
}

TEST_CASE("stray text is a syntax error, and does not hang") {
    CHECK(brief(parse(" ,").diagnostics) ==
          "1:2: [E001 yaml-syntax] a value cannot start with `,`\n");
    CHECK(brief(parse("{a: 1}}\n").diagnostics) ==
          "1:7: [E001 yaml-syntax] unexpected text after the end of the document\n");
}

TEST_CASE("an empty file holds no roadmap") {
    CHECK(brief(parse("").diagnostics) == "1:1: [E012 empty-file] the file holds no roadmap\n");
    CHECK(brief(parse("# only a comment\n").diagnostics) ==
          "1:1: [E012 empty-file] the file holds no roadmap\n");
}

TEST_CASE("bytes YAML cannot hold are reported with their position") {
    CHECK(brief(parse(std::string("strat: 1\nid: a\0b\n", 17)).diagnostics) ==
          "2:6: [E005 control-character] the file holds a NUL byte; YAML text cannot contain "
          "it\n");
    CHECK(brief(parse("strat: 1\nname: caf\xe9\n").diagnostics) ==
          "2:10: [E004 invalid-utf8] byte 0xE9 is not valid UTF-8\n");
}

TEST_CASE("control characters are found at every position of a long line") {
    // Plain ASCII is checked eight bytes at a time: try every offset within a word.
    for (char bad : {'\x01', '\x1f', '\x7f'}) {
        for (int at = 0; at < 17; ++at) {
            std::string line = "name: " + std::string(40, 'x');
            line[static_cast<std::size_t>(6 + at)] = bad;
            INFO("byte ", static_cast<int>(bad), " at column ", 7 + at);
            CHECK(brief(parse("strat: 1\n" + line + "\n").diagnostics) ==
                  fmt::format("2:{}: [E005 control-character] the file holds control character "
                              "0x{:02X}; YAML text cannot contain it\n",
                              7 + at, static_cast<int>(bad)));
        }
    }
}

TEST_CASE("columns count characters, not bytes") {
    auto file = parse("strat: 1\nname: \xc3\xa9t\xc3\xa9\nid: [x]\n");
    CHECK(brief(file.diagnostics).find("3:5: [E101 wrong-type] `id` must be an id, found a list") !=
          std::string::npos);
}

TEST_CASE("a byte order mark and CRLF line ends are accepted") {
    auto file = parse("\xef\xbb\xbfstrat: 1\r\nid: demo\r\nname: Demo\r\ndescription: x\r\n");
    CHECK(brief(file.diagnostics) == "");
    REQUIRE(file.roadmap);
    CHECK(file.roadmap->name == "Demo");
}

TEST_CASE("a tab used for indentation is named as such") {
    auto file = parse("strat: 1\nsources:\n\t- id: x\n");
    CHECK(brief(file.diagnostics) == "3:1: [E006 tab-indentation] a tab is used for indentation\n");
}

TEST_CASE("a quoted string that never closes is an error") {
    auto file = parse("strat: 1\nname: \"unterminated\nid: x\n");
    CHECK(brief(file.diagnostics)
              .find("2:7: [E013 unterminated-string] this quoted string has no "
                    "closing quote before the end of the file") != std::string::npos);
}

TEST_CASE("the parser's messages are said in plain words, where the fix goes") {
    auto syntax = [](const char* text) { return brief(parse(text).diagnostics); };
    CHECK(syntax("strat: 1\nid: [a, b\n") ==
          "2:5: [E001 yaml-syntax] this `[` list is not closed\n");
    CHECK(syntax("a: {b: 1\nc: 2\n") == "1:4: [E001 yaml-syntax] this `{` mapping is not closed\n");
    CHECK(syntax("a: [1, \"b\" c]\n") == "1:12: [E001 yaml-syntax] expected `,` or `]` here\n");
    CHECK(syntax("strat: 1\nid\nname: x\n") ==
          "2:1: [E001 yaml-syntax] this key has no `:` after it\n");
    CHECK(syntax("a: \"x\" y\n") ==
          "1:8: [E001 yaml-syntax] unexpected text after the value on this line\n");
    CHECK(syntax("a:\n  b: 1\n c: 2\n") ==
          "3:2: [E001 yaml-syntax] this line's indentation does not fit the mapping above it\n");
    CHECK(syntax("a: 1\n- b\n") ==
          "2:1: [E001 yaml-syntax] a `- ` list item where the mapping expects a key\n");
    CHECK(syntax("a: b: c\n") ==
          "1:5: [E001 yaml-syntax] a `:` appears where no mapping value can start\n");
    CHECK(syntax("a: @x\n") == "1:4: [E001 yaml-syntax] a value cannot start with `@`\n");
    CHECK(syntax("a: ]\n") == "1:4: [E001 yaml-syntax] a value cannot start with `]`\n");
    CHECK(syntax("a: &\n") ==
          "1:4: [E001 yaml-syntax] `&` is not followed by a name of letters, digits, `-` or `_`\n");
    CHECK(syntax("a: *\n") ==
          "1:4: [E001 yaml-syntax] `*` is not followed by a name of letters, digits, `-` or `_`\n");
    CHECK(syntax("a: *nowhere\n") ==
          "1:4: [E001 yaml-syntax] alias `*nowhere` refers to no anchor defined above it\n");
    CHECK(syntax("a: |0\n  x\n") ==
          "1:5: [E001 yaml-syntax] a block scalar's indentation indicator is 0\n");
    CHECK(syntax("a: | x\n  y\n") == "1:6: [E001 yaml-syntax] unexpected text after `|` or `>`\n");
    CHECK(syntax("a: \"\\q\"\n") ==
          "1:5: [E001 yaml-syntax] an unknown `\\` escape in a double-quoted string\n");
    CHECK(syntax("a: \"\\xZZ\"\n") ==
          "1:7: [E001 yaml-syntax] a `\\x`, `\\u` or `\\U` escape is malformed\n");
    CHECK(syntax("%YAML 2.0\n---\na: 1\n") ==
          "1:1: [E001 yaml-syntax] this `%` directive cannot be read\n");
    CHECK(syntax("a: !x!y z\n") == "1:4: [E001 yaml-syntax] this `!` tag cannot be read\n");
    CHECK(syntax("a: \"x\n---\n\"\n") ==
          "2:1: [E001 yaml-syntax] a `---` or `...` line inside a quoted string\n");
    CHECK(syntax("a: 1\n...\nb: 2\n") ==
          "3:1: [E001 yaml-syntax] unexpected text after the end of the document\n");
}

TEST_CASE("plain null spellings are null; quoted or tagged ones are text") {
    Parsed parsed("a: ~\nb: null\nc:\nd: 'null'\ne: !!str NULL\nf: Null\n");
    REQUIRE(parsed.document);
    const auto& entries = parsed.document->root->entries;
    REQUIRE(entries.size() == 6);
    CHECK(entries[0].second->is_null());
    CHECK(entries[1].second->is_null());
    CHECK(entries[2].second->is_null());
    CHECK(entries[3].second->text == "null");
    CHECK(entries[3].second->quoted);
    CHECK(entries[4].second->text == "NULL");
    CHECK(entries[4].second->quoted);
    CHECK(entries[5].second->is_null());
}

TEST_CASE("positions count characters after non-ASCII text and editors' line ends") {
    // U+2028 ends a line for the YAML parser but not in an editor: positions follow the editor.
    auto file = parse("strat: 1\nname: \"a\xe2\x80\xa8"
                      "b\"\nid: [x]\n");
    CHECK(brief(file.diagnostics).find("3:5: [E101 wrong-type] `id` must be an id, found a list") !=
          std::string::npos);
    CHECK(brief(parse("n: \"\xc3\xa9\xe2\x80\xa8\" x\n").diagnostics) ==
          "1:9: [E001 yaml-syntax] unexpected text after the value on this line\n");
}

TEST_CASE("a file larger than the cap is refused before parsing") {
    strat::load::Limits limits;
    limits.max_bytes = 10;
    auto file = strat::load::parse_roadmap_text("big.yaml", "strat: 1\nid: x\n", limits);
    CHECK(brief(file.diagnostics) == "1:1: [E003 file-too-large] the file is 15 bytes; strat "
                                     "reads roadmaps up to 10 bytes\n");
}

TEST_CASE("a file's text can be released when nothing points into it, and put back") {
    strat::model::SourceFile file("f.yaml", "a: 1\nb: 2\n");
    CHECK(file.release_text());
    CHECK(file.text_released());
    CHECK(file.text().empty());
    file.restore_text("a: 1\nb: 2\n");
    CHECK_FALSE(file.text_released());
    CHECK(file.line(2) == "b: 2");
    // Once a line was shown, the text stays: a diagnostic may still quote it.
    CHECK_FALSE(file.release_text());
    CHECK(file.line(1) == "a: 1");
}
