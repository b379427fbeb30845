#include "load/document.hpp"

#include "load/text_checks.hpp"
#include "model/suggest.hpp"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace strat::load {

const Node* Node::get(std::string_view key) const {
    for (const auto& [k, v] : entries)
        if (k->text == key)
            return v;
    return nullptr;
}

namespace {

using model::Origin;

/// Thrown by the builder to stop parsing once a fatal problem has been recorded.
struct Stop {};

/// Builds strat's tree from yaml-cpp events.
class Builder final : public YAML::EventHandler {
public:
    Builder(const model::SourceFile& file, std::size_t offset, const Limits& limits,
            model::Diagnostics& diagnostics, Document& document)
        : file_(file), offset_(offset), limits_(limits), diagnostics_(diagnostics),
          document_(document) {}

    Origin origin(const YAML::Mark& mark) const {
        return position_of(file_, offset_ + static_cast<std::size_t>(std::max(mark.pos, 0)));
    }

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (documents_++ == 0)
            return;
        std::size_t at = offset_ + static_cast<std::size_t>(std::max(mark.pos, 0));
        if (file_.text().compare(at, 3, "---") == 0)
            diagnostics_.add("multiple-documents", origin(mark),
                             "a second YAML document starts here; a roadmap file holds one",
                             "put each roadmap in a file of its own, or remove the `---` line");
        else // yaml-cpp starts a new document after stray text such as ` ,`
            diagnostics_.add("yaml-syntax", origin(mark),
                             "unexpected text after the end of the document",
                             "remove it, or check the indentation of the lines above");
        throw Stop{};
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        Node& node = make(mark, Node::Kind::null);
        finish(node, anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto it = anchors_.find(anchor);
        if (it == anchors_.end())
            return; // yaml-cpp itself reports undefined anchors
        const Anchored& target = it->second;
        if (target.open) {
            diagnostics_.add("alias-cycle", origin(mark),
                             "this alias refers to a node that contains it, which never ends",
                             "write the value out instead of referring to its own ancestor");
            throw Stop{};
        }
        expanded_ += target.size;
        if (expanded_ > nodes_ + limits_.max_alias_expansion) {
            diagnostics_.add("alias-expansion", origin(mark),
                             fmt::format("aliases here expand to more than {} extra nodes",
                                         limits_.max_alias_expansion),
                             "a roadmap has no need for nested aliases; write values out");
            throw Stop{};
        }
        attach(target.node);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        Node& node = make(mark, Node::Kind::scalar);
        node.quoted = tag != "?";
        node.text = value;
        if (node.quoted)
            check_closing_quote(mark);
        finish(node, anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(make(mark, Node::Kind::sequence), anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(make(mark, Node::Kind::mapping), anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        Node* node;
        YAML::anchor_t anchor;
        std::size_t expanded_at_open;
        const Node* pending_key = nullptr;
        std::unordered_map<std::string_view, const Node*> keys; // index of large mappings
        std::size_t indexed = 0;                                // entries in `keys`
    };

    Node& make(const YAML::Mark& mark, Node::Kind kind) {
        if (++nodes_ > limits_.max_nodes) {
            diagnostics_.add("too-many-nodes", origin(mark),
                             fmt::format("the document has more than {} nodes", limits_.max_nodes),
                             "split the roadmap into several files");
            throw Stop{};
        }
        ++expanded_;
        Node& node = document_.nodes.emplace_back();
        node.kind = kind;
        node.where = origin(mark);
        return node;
    }

    void open(Node& node, YAML::anchor_t anchor) {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            diagnostics_.add("nesting-too-deep", node.where,
                             fmt::format("nesting is deeper than {} levels", limits_.max_depth),
                             "a roadmap needs fewer than ten levels; flatten the structure");
            throw Stop{};
        }
        if (anchor != YAML::NullAnchor)
            anchors_[anchor] = Anchored{&node, 0, true};
        stack_.push_back(Frame{&node, anchor, expanded_ - 1, nullptr, {}, 0});
    }

    void close() {
        Frame frame = std::move(stack_.back());
        stack_.pop_back();
        if (frame.anchor != YAML::NullAnchor) {
            Anchored& anchored = anchors_[frame.anchor];
            anchored.size = expanded_ - frame.expanded_at_open;
            anchored.open = false;
        }
        attach(frame.node);
    }

    void finish(Node& node, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor)
            anchors_[anchor] = Anchored{&node, 1, false};
        attach(&node);
    }

    /// Hang a finished node (or an alias target) under the open container.
    void attach(const Node* node) {
        if (stack_.empty()) {
            document_.root = node;
            return;
        }
        Frame& frame = stack_.back();
        Node& parent = *frame.node;
        if (parent.kind == Node::Kind::sequence) {
            parent.items.push_back(node);
        } else if (frame.pending_key == nullptr) {
            check_key(frame, *node);
            frame.pending_key = node;
        } else {
            parent.entries.emplace_back(frame.pending_key, node);
            frame.pending_key = nullptr;
        }
    }

    void check_key(Frame& frame, const Node& key) {
        if (key.kind != Node::Kind::scalar) {
            diagnostics_.add("complex-key", key.where,
                             "a mapping key must be a plain word, not a list, mapping or null",
                             "write the key as a plain string");
            return;
        }
        if (key.text == "<<" && !key.quoted) {
            diagnostics_.add("merge-key", key.where,
                             "merge keys (`<<`) are not supported in roadmaps",
                             "repeat the keys, or use an alias (`*name`) for the whole value");
            return;
        }
        const Node* first = find_key(frame, key.text);
        if (first) {
            diagnostics_.add(
                "duplicate-key", key.where,
                fmt::format("key `{}` appears twice in this mapping (first at line {})", key.text,
                            first->where.line),
                "remove one of them; YAML keeps only one value per key");
        }
    }

    /// The earlier key with this text. Small mappings are searched directly; large ones
    /// (generated roadmaps) get an index so the check stays linear.
    static const Node* find_key(Frame& frame, std::string_view text) {
        const auto& entries = frame.node->entries;
        if (entries.size() >= 16) {
            for (; frame.indexed < entries.size(); ++frame.indexed)
                frame.keys.emplace(entries[frame.indexed].first->text,
                                   entries[frame.indexed].first);
            auto it = frame.keys.find(text);
            return it == frame.keys.end() ? nullptr : it->second;
        }
        for (const auto& [k, v] : entries)
            if (k->text == text)
                return k;
        return nullptr;
    }

    /// yaml-cpp accepts a quoted scalar that runs to the end of the file; we do not.
    void check_closing_quote(const YAML::Mark& mark) {
        std::size_t at = offset_ + static_cast<std::size_t>(std::max(mark.pos, 0));
        if (!has_closing_quote(file_.text(), at)) {
            diagnostics_.add("unterminated-string", origin(mark),
                             "this quoted string has no closing quote before the end of the file",
                             "add the closing quote");
            throw Stop{}; // the rest of the file was read as part of the string: stop here
        }
    }

    const model::SourceFile& file_;
    std::size_t offset_;
    const Limits& limits_;
    model::Diagnostics& diagnostics_;
    Document& document_;
    std::vector<Frame> stack_;
    /// Only anchored nodes can be aliased, so only they need their expanded size and
    /// whether they are still open (an alias to an open node is a cycle).
    struct Anchored {
        const Node* node;
        std::size_t size;
        bool open;
    };
    std::unordered_map<YAML::anchor_t, Anchored> anchors_;
    std::size_t nodes_ = 0;
    std::size_t expanded_ = 0;
    int documents_ = 0;
};

struct Translation {
    std::string_view yaml_cpp; ///< prefix of yaml-cpp's message
    std::string_view message;
    std::string_view hint;
};

// yaml-cpp's messages are terse and sometimes misleading; say what they mean.
constexpr Translation translations[] = {
    {"illegal map value", "a `:` appears where no mapping value can start",
     "check the indentation of this line and the one before; quote text that contains `: `"},
    {"end of map not found", "this line's indentation does not fit the mapping above it",
     "indent keys of one mapping by the same number of spaces"},
    {"end of map flow not found", "a `{` mapping is not closed", "add the closing `}`"},
    {"end of sequence not found", "this line's indentation does not fit the list above it",
     "indent the `- ` items of one list by the same number of spaces"},
    {"end of sequence flow not found", "a `[` list is not closed", "add the closing `]`"},
    {"illegal flow end", "a `]` or `}` closes nothing", "remove it or add the opening bracket"},
    {"illegal block entry", "a `- ` list item appears where no list can start",
     "check the indentation of this line"},
    {"illegal map key", "a mapping key appears where none can start",
     "check the indentation of this line"},
    {"unknown token", "this text cannot start a YAML value", "quote the value"},
    {"illegal EOF in scalar", "the file ends inside a quoted string", "add the closing quote"},
    {"illegal character in scalar", "a character that YAML does not allow here", "quote the value"},
    {"illegal tab when looking for indentation", "a tab is used for indentation",
     "indent with spaces"},
    {"illegal document indicator in scalar", "a `---` or `...` line inside a string",
     "indent the line or quote the string"},
    {"unknown escape character", "an unknown `\\` escape in a double-quoted string",
     "write `\\\\` for a backslash, or use single quotes"},
    {"the referenced anchor is not defined", "this alias refers to an anchor that is not defined",
     "define `&name` before using `*name`"},
    {"alias not found after *", "a `*` is not followed by an alias name",
     "quote the value if `*` is meant literally"},
    {"anchor not found after &", "a `&` is not followed by an anchor name",
     "quote the value if `&` is meant literally"},
    {"cannot assign multiple", "a node has more than one anchor, tag or alias", "keep one"},
    {"aliases can't have any content", "an alias cannot have a tag or content of its own",
     "remove what follows the alias"},
    {"invalid character in single-quoted string",
     "a character that YAML does not allow in a single-quoted string", "remove it"},
    {"bad character found while scanning hex number", "a `\\x`, `\\u` or `\\U` escape is malformed",
     "give the right number of hex digits"},
    {"invalid unicode", "a `\\u` escape names no valid character", "fix the escape"},
    {"cannot set zero indentation for a block scalar", "a block scalar indicator of 0",
     "use an indentation indicator from 1 to 9"},
    {"unexpected character in block scalar", "unexpected text after `|` or `>`",
     "put the text on the following lines"},
    {"bad YAML version", "the %YAML directive names an unknown version", "use `%YAML 1.2`"},
    {"YAML major version too large", "the %YAML directive names a version strat cannot read",
     "use `%YAML 1.2`"},
    {"repeated", "a directive is repeated", "keep one"},
    {"YAML directives must have", "a %YAML directive needs exactly one version",
     "write `%YAML 1.2`"},
    {"TAG directives must have", "a %TAG directive needs a handle and a prefix",
     "remove the directive; roadmaps need no tags"},
    {"illegal character found while scanning", "an anchor, alias or tag has an illegal character",
     "use letters, digits, `-` and `_`"},
    {"tag handle with no suffix", "a tag has no name", "remove the tag"},
    {"end of verbatim tag not found", "a `!<` tag is not closed", "remove the tag"},
};

void report_parse_error(const model::SourceFile& file, std::size_t offset, const YAML::Exception& e,
                        model::Diagnostics& diagnostics) {
    Origin where = position_of(file, offset + static_cast<std::size_t>(std::max(e.mark.pos, 0)));
    // A tab in the indentation of an earlier line is the usual cause of a confusing error.
    if (Origin tab = first_tab_indentation(file, where.line); tab.known()) {
        diagnostics.add("tab-indentation", tab, "a tab is used for indentation",
                        "YAML allows spaces only; replace the tab with spaces");
        return;
    }
    // yaml-cpp notices an unclosed `[` or `{` only at a later token: point at the opener.
    if (e.msg.rfind("end of sequence flow", 0) == 0 || e.msg.rfind("end of map flow", 0) == 0) {
        std::size_t end = offset + static_cast<std::size_t>(std::max(e.mark.pos, 0));
        if (auto opener = unclosed_bracket(file.text(), end)) {
            bool list = file.text()[*opener] == '[';
            diagnostics.add("yaml-syntax", position_of(file, *opener),
                            list ? "this `[` list is not closed" : "this `{` mapping is not closed",
                            list ? "add the closing `]`" : "add the closing `}`");
            return;
        }
    }
    if (e.msg == "bad file") { // yaml-cpp's text for its own recursion limit
        diagnostics.add("nesting-too-deep", where, "nesting is too deep to read",
                        "a roadmap needs fewer than ten levels; flatten the structure");
        return;
    }
    for (const Translation& t : translations) {
        if (e.msg.rfind(t.yaml_cpp, 0) == 0) {
            diagnostics.add("yaml-syntax", where, std::string(t.message), std::string(t.hint));
            return;
        }
    }
    diagnostics.add("yaml-syntax", where, "this is not valid YAML",
                    "check the syntax around this position");
}

} // namespace

void report_too_large(const model::SourceFile& file, std::uintmax_t size, const Limits& limits,
                      model::Diagnostics& diagnostics) {
    diagnostics.add("file-too-large", Origin{&file, 1, 1},
                    fmt::format("the file is {} bytes; strat reads roadmaps up to {} bytes", size,
                                limits.max_bytes),
                    "split the roadmap into several files");
}

std::optional<Document> parse_document(const model::SourceFile& file, const Limits& limits,
                                       model::Diagnostics& diagnostics) {
    const std::string& text = file.text();
    if (text.size() > limits.max_bytes) {
        report_too_large(file, text.size(), limits, diagnostics);
        return std::nullopt;
    }
    if (!check_text(file, diagnostics))
        return std::nullopt;

    std::size_t offset = has_bom(text) ? 3 : 0;
    Document document;
    {
        std::istringstream in(text.substr(offset));
        Builder builder(file, offset, limits, diagnostics, document);
        try {
            YAML::Parser parser(in);
            if (parser.HandleNextDocument(builder))
                parser.HandleNextDocument(builder); // only to detect a second document
        } catch (const Stop&) {
            return std::nullopt;
        } catch (const YAML::Exception& e) {
            report_parse_error(file, offset, e, diagnostics);
            return std::nullopt;
        }
    }
    if (document.root == nullptr || document.root->is_null()) {
        diagnostics.add("empty-file", Origin{&file, 1, 1}, "the file holds no roadmap",
                        "start the file with `strat: 1` and the roadmap's `id`");
        return std::nullopt;
    }
    return document;
}

} // namespace strat::load
