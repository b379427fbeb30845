#include "load/syntax_errors.hpp"

#include "util/utf8.hpp"

#include <fmt/format.h>

#include <string>
#include <utility>

namespace strat::load {
namespace {

using Problem = SyntaxProblem;

/// The character at byte `at`, for messages ("a value cannot start with `@`").
std::string_view character_at(std::string_view text, std::size_t at) {
    if (at >= text.size() || text[at] == '\n' || text[at] == '\r')
        return {};
    std::size_t n = util::sequence_length(text, at);
    return text.substr(at, n ? n : 1);
}

void add_syntax(model::Diagnostics& diagnostics, model::Origin where, std::string message,
                std::string hint) {
    diagnostics.add("yaml-syntax", where, std::move(message), std::move(hint));
}

/// libyaml problems that need nothing but plain words (the rest have a function below).
struct Wording {
    std::string_view problem;
    std::string_view message;
    std::string_view hint;
};

constexpr Wording wordings[] = {
    {"did not find expected '-' indicator",
     "this line's indentation does not fit the list above it",
     "indent the `- ` items of one list by the same number of spaces"},
    {"mapping values are not allowed in this context",
     "a `:` appears where no mapping value can start",
     "check the indentation of this line and the one before; quote text that contains `: `"},
    {"block sequence entries are not allowed in this context",
     "a `- ` list item appears where no list can start", "check the indentation of this line"},
    {"mapping keys are not allowed in this context",
     "a `? ` key appears where no mapping key can start", "check the indentation of this line"},
    {"did not find expected <document start>", "unexpected text after the end of the document",
     "remove it, or check the brackets and indentation above"},
    {"found unknown escape character", "an unknown `\\` escape in a double-quoted string",
     "write `\\\\` for a backslash, or use single quotes"},
    {"did not find expected hexdecimal number", "a `\\x`, `\\u` or `\\U` escape is malformed",
     "give the right number of hex digits for a valid character"},
    {"found invalid Unicode character escape code", "a `\\x`, `\\u` or `\\U` escape is malformed",
     "give the right number of hex digits for a valid character"},
};

// Each explain_* function below recognises one family of problems: it adds the diagnostic
// and returns true, or returns false for a problem of another family.

bool explain_by_wording(const Problem& p, model::Diagnostics& diagnostics) {
    for (const Wording& w : wordings) {
        if (p.what == w.problem) {
            add_syntax(diagnostics, p.where, std::string(w.message), std::string(w.hint));
            return true;
        }
    }
    return false;
}

bool explain_quoted_scalar(const Problem& p, model::Diagnostics& diagnostics) {
    if (p.context != "while scanning a quoted scalar")
        return false;
    if (p.what.starts_with("found unexpected end of stream"))
        diagnostics.add("unterminated-string", p.context_where,
                        "this quoted string has no closing quote before the end of the file",
                        "add the closing quote");
    else // a `---` or `...` line
        add_syntax(diagnostics, p.where, "a `---` or `...` line inside a quoted string",
                   "close the quote before this line, or indent the line");
    return true;
}

/// A `[` list or `{` mapping written on one line (a flow collection).
bool explain_flow_collection(const Problem& p, model::Diagnostics& diagnostics) {
    if (p.what != "did not find expected ',' or ']'" &&
        p.what != "did not find expected ',' or '}'")
        return false;
    bool list = p.what.find(']') != std::string_view::npos;
    // Running into a later line means the bracket was never closed; on its own line,
    // something inside it is malformed.
    if (p.where.line > p.context_where.line)
        add_syntax(diagnostics, p.context_where,
                   list ? "this `[` list is not closed" : "this `{` mapping is not closed",
                   list ? "add the closing `]`" : "add the closing `}`");
    else
        add_syntax(diagnostics, p.where,
                   list ? "expected `,` or `]` here" : "expected `,` or `}` here",
                   "separate the items with `, `, and quote an item that contains spaces "
                   "and quotes");
    return true;
}

bool explain_mapping_key(const model::SourceFile& file, const Problem& p,
                         model::Diagnostics& diagnostics) {
    if (p.what == "could not find expected ':'") {
        add_syntax(diagnostics, p.context_where, "this key has no `:` after it",
                   "write `key: value`, or indent the line further to continue the value above");
        return true;
    }
    if (p.what != "did not find expected key")
        return false;
    std::string_view text = file.text();
    bool first_on_line = text.find_first_not_of(' ', file.line_start(p.where.line)) == p.at;
    if (!first_on_line)
        add_syntax(diagnostics, p.where, "unexpected text after the value on this line",
                   "quote the whole value, or move this text to a line of its own");
    else if (character_at(text, p.at) == "-")
        add_syntax(diagnostics, p.where, "a `- ` list item where the mapping expects a key",
                   "indent the list under the key it belongs to");
    else
        add_syntax(diagnostics, p.where,
                   "this line's indentation does not fit the mapping above it",
                   "indent keys of one mapping by the same number of spaces");
    return true;
}

bool explain_value_start(const model::SourceFile& file, const Problem& p,
                         model::Diagnostics& diagnostics) {
    if (p.what != "found character that cannot start any token" &&
        p.what != "did not find expected node content")
        return false;
    std::string_view c = character_at(file.text(), p.at);
    if (c.empty())
        add_syntax(diagnostics, p.where, "a value is missing here", "add the value");
    else
        add_syntax(diagnostics, p.where, fmt::format("a value cannot start with `{}`", c),
                   "quote the value");
    return true;
}

/// `&anchor`, `*alias`, and the header of a `|` or `>` block scalar.
bool explain_scalar_marker(const Problem& p, model::Diagnostics& diagnostics) {
    if (p.context == "while scanning an anchor" || p.context == "while scanning an alias") {
        char sigil = p.context.back() == 'r' ? '&' : '*';
        add_syntax(
            diagnostics, p.context_where,
            fmt::format("`{}` is not followed by a name of letters, digits, `-` or `_`", sigil),
            fmt::format("quote the value if `{}` is meant literally", sigil));
        return true;
    }
    if (p.context != "while scanning a block scalar")
        return false;
    if (p.what.starts_with("found an indentation indicator equal to 0"))
        add_syntax(diagnostics, p.where, "a block scalar's indentation indicator is 0",
                   "use an indentation indicator from 1 to 9, or none");
    else
        add_syntax(diagnostics, p.where, "unexpected text after `|` or `>`",
                   "put the text on the following lines");
    return true;
}

/// YAML that a roadmap has no use for: tabs for indentation, `%` directives, `!` tags.
bool explain_unwanted_feature(const Problem& p, model::Diagnostics& diagnostics) {
    if (p.what.starts_with("found a tab character")) {
        diagnostics.add("tab-indentation", p.where, "a tab is used for indentation",
                        "YAML allows spaces only; replace the tab with spaces");
        return true;
    }
    if (p.context.find("directive") != std::string_view::npos ||
        p.what.find("directive") != std::string_view::npos ||
        p.what == "found incompatible YAML document") {
        add_syntax(diagnostics, p.where, "this `%` directive cannot be read",
                   "remove it; a roadmap needs no directives");
        return true;
    }
    if (p.context.find("tag") != std::string_view::npos ||
        p.what.find("tag") != std::string_view::npos) {
        add_syntax(diagnostics, p.context_where, "this `!` tag cannot be read",
                   "remove the tag, or quote the value if `!` is meant literally");
        return true;
    }
    return false;
}

} // namespace

void explain_syntax_problem(const model::SourceFile& file, const SyntaxProblem& p,
                            model::Diagnostics& diagnostics) {
    if (explain_by_wording(p, diagnostics) || explain_quoted_scalar(p, diagnostics) ||
        explain_flow_collection(p, diagnostics) || explain_mapping_key(file, p, diagnostics) ||
        explain_value_start(file, p, diagnostics) || explain_scalar_marker(p, diagnostics) ||
        explain_unwanted_feature(p, diagnostics))
        return;
    add_syntax(diagnostics, p.where, fmt::format("this is not valid YAML ({})", p.what),
               "check the syntax around this position");
}

} // namespace strat::load
