// strat reads YAML with libyaml's event parser; yaml-cpp is the reference it must agree
// with. Every YAML file in the repository, and snippets of each YAML construct, must give
// the same tree: kinds, scalar text, quoting, key order and list order.

#include "load/document.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using strat::load::Node;

/// The first difference between the two trees, as "path: what", or "" when they agree.
std::string difference(const Node& ours, const YAML::Node& reference, const std::string& path) {
    auto differ = [&](std::string what) { return fmt::format("{}: {}", path, what); };
    switch (reference.Type()) {
    case YAML::NodeType::Null:
        return ours.is_null() ? "" : differ("yaml-cpp reads null");
    case YAML::NodeType::Scalar:
        if (!ours.is_scalar())
            return differ("yaml-cpp reads a scalar");
        if (ours.text != reference.Scalar())
            return differ(
                fmt::format("text `{}` against yaml-cpp's `{}`", ours.text, reference.Scalar()));
        // yaml-cpp tags a plain untagged scalar "?"; anything else is quoted, block or tagged.
        if (ours.quoted != (reference.Tag() != "?"))
            return differ("quoted differs");
        return "";
    case YAML::NodeType::Sequence: {
        if (!ours.is_sequence() || ours.items.size() != reference.size())
            return differ("yaml-cpp reads a list of another length");
        for (std::size_t i = 0; i < ours.items.size(); ++i)
            if (auto d = difference(*ours.items[i], reference[i], fmt::format("{}[{}]", path, i));
                !d.empty())
                return d;
        return "";
    }
    case YAML::NodeType::Map: {
        if (!ours.is_mapping() || ours.entries.size() != reference.size())
            return differ("yaml-cpp reads a mapping of another size");
        std::size_t i = 0;
        for (const auto& entry : reference) {
            const auto& [key, value] = ours.entries[i++];
            if (auto d = difference(*key, entry.first, path + "{key}"); !d.empty())
                return d;
            if (auto d = difference(*value, entry.second, fmt::format("{}.{}", path, key->text));
                !d.empty())
                return d;
        }
        return "";
    }
    case YAML::NodeType::Undefined:
        break;
    }
    return differ("yaml-cpp reads nothing");
}

/// Parse `text` both ways; "" when both read the same tree.
std::string compare(const std::string& name, const std::string& text) {
    strat::model::SourceFile file(name, text);
    strat::model::Diagnostics diagnostics;
    auto ours = strat::load::parse_document(file, strat::load::Limits{}, diagnostics);
    YAML::Node reference;
    try {
        reference = YAML::Load(text);
    } catch (const YAML::Exception& e) {
        return ours ? fmt::format("{}: yaml-cpp refuses it ({}), strat reads it", name, e.what())
                    : "";
    }
    if (!ours)
        return fmt::format("{}: strat refuses it, yaml-cpp reads it", name);
    return difference(*ours->root, reference, name);
}

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

} // namespace

TEST_CASE("every YAML file in the repository reads as yaml-cpp reads it") {
    int compared = 0;
    for (const char* dir : {"roadmaps", "examples", "tests/data"}) {
        for (const auto& entry :
             fs::recursive_directory_iterator(fs::path(STRAT_SOURCE_DIR) / dir)) {
            if (entry.path().extension() != ".yaml")
                continue;
            std::string text = read(entry.path());
            // Files that exist to be refused for reasons below YAML (bad bytes, limits,
            // duplicate keys) are checked elsewhere; here both parsers must agree.
            strat::model::SourceFile file(entry.path().string(), text);
            strat::model::Diagnostics diagnostics;
            if (!strat::load::parse_document(file, strat::load::Limits{}, diagnostics) &&
                diagnostics.items().front().rule->name != std::string_view("yaml-syntax"))
                continue;
            INFO(entry.path().string());
            CHECK(compare(entry.path().string(), text) == "");
            ++compared;
        }
    }
    CHECK(compared > 60);
}

TEST_CASE("each YAML construct reads as yaml-cpp reads it") {
    const char* snippets[] = {
        "plain: text with spaces\nnumber: 12\nfloat: 1.5e3\nbool: true\n",
        "nulls: [~, null, Null, NULL, '', \"\"]\nempty:\n",
        "single: 'it''s'\ndouble: \"tab\\tnew\\nline \\u00e9 \\x41 \\\\ \\\"\"\n",
        "literal: |\n  line one\n   indented\n\n  after blank\nkeep: |+\n  x\n\nstrip: |-\n  y\n",
        "folded: >\n  one\n  two\n\n  three\nfolded_indent: >2\n   lead\n",
        "multi: a plain\n  scalar over\n\n  lines\n",
        "flow: {a: 1, b: [x, y, {c: d}], 'e': \"f\"}\nlist: [ ]\nmap: { }\n",
        "anchors:\n  base: &b {x: 1, y: [a, b]}\n  copy: *b\n  list: &l [1, 2]\n  again: *l\n",
        "redefined: [&a one, *a, &a two, *a]\n",
        "tagged: !!str 2024\nlocal: !thing value\nseq: !!seq [a]\n",
        "- top\n- - nested\n  - list\n- key: value\n  other: x\n",
        "# comment\nkey: value # trailing\n\"quoted key\": 1\n'single key': 2\n",
        "unicode: \xc3\xa9t\xc3\xa9 \xe2\x82\xac \xf0\x9f\x9a\x80\n\xc3\xa9: key\n",
        "crlf: yes\r\nnext: no\r\n",
        "---\nexplicit: start\n...\n",
        "? explicit key\n: explicit value\n",
        "colon: a:b\nurl: https://example.org/x?y=1#z\ndash: -1\ntime: 12:30\n",
        "indent:\n    - four\n    - spaces\nsame:\n- zero\n- indent\n",
    };
    for (const char* snippet : snippets) {
        INFO(snippet);
        CHECK(compare("snippet.yaml", snippet) == "");
    }
}
