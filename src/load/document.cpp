#include "load/document.hpp"

#include "load/syntax_errors.hpp"
#include "load/text_checks.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <new>
#include <type_traits>
#include <unordered_map>
#include <yaml.h>

namespace strat::load {

static_assert(std::is_trivially_destructible_v<Node>,
              "nodes live in an arena and are never destroyed one by one");

Document::Document(std::size_t size_hint)
    // A parsed document takes about three times the bytes of its YAML.
    : arena_(std::make_unique<std::pmr::monotonic_buffer_resource>(
          std::max<std::size_t>(4096, size_hint * 3))) {}

std::string_view Document::add_text(std::string_view text) {
    if (text.empty())
        return {};
    char* out = static_cast<char*>(allocate(text.size(), 1));
    std::copy(text.begin(), text.end(), out);
    return {out, text.size()};
}

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

/// libyaml marks count characters (index, line, column from 0); diagnostics need
/// positions in strat's terms and some checks need byte offsets into the text.
class Positions {
public:
    Positions(const model::SourceFile& file, std::size_t offset)
        : file_(file), text_(file.text().substr(offset)), offset_(offset) {
        ascii_ = std::all_of(text_.begin(), text_.end(),
                             [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        // NEL, LS and PS end a line for libyaml but not for editors (nor SourceFile).
        direct_ = ascii_ || (text_.find("\xC2\x85") == std::string_view::npos &&
                             text_.find("\xE2\x80\xA8") == std::string_view::npos &&
                             text_.find("\xE2\x80\xA9") == std::string_view::npos);
    }

    Origin origin(const yaml_mark_t& mark) {
        if (direct_)
            return Origin{&file_, static_cast<int>(mark.line) + 1,
                          static_cast<int>(mark.column) + 1};
        return position_of(file_, byte(mark));
    }

    /// Byte offset of `mark` in the whole file (after any byte order mark).
    std::size_t byte(const yaml_mark_t& mark) {
        std::size_t index = mark.index;
        if (ascii_)
            return offset_ + std::min(index, text_.size());
        // Marks mostly move forward, so walking from the last one keeps this linear.
        while (char_ < index && byte_ < text_.size()) {
            ++byte_;
            while (byte_ < text_.size() && util::is_continuation(text_[byte_]))
                ++byte_;
            ++char_;
        }
        while (char_ > index) {
            --byte_;
            while (byte_ > 0 && util::is_continuation(text_[byte_]))
                --byte_;
            --char_;
        }
        return offset_ + byte_;
    }

private:
    const model::SourceFile& file_;
    std::string_view text_;
    std::size_t offset_;
    bool ascii_ = true;
    bool direct_ = true;
    std::size_t char_ = 0;
    std::size_t byte_ = 0;
};

std::string_view text_of(const unsigned char* text, std::size_t length) {
    return text ? std::string_view(reinterpret_cast<const char*>(text), length)
                : std::string_view();
}

std::string_view text_of(const yaml_char_t* text) {
    return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

/// The null spellings of YAML's core schema (as a plain, untagged scalar).
bool is_null_text(std::string_view text) {
    return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

/// Builds strat's tree from libyaml events.
class Builder {
public:
    Builder(Positions& positions, const Limits& limits, model::Diagnostics& diagnostics,
            Document& document)
        : positions_(positions), limits_(limits), diagnostics_(diagnostics), document_(document) {}

    void on(const yaml_event_t& event) {
        switch (event.type) {
        case YAML_DOCUMENT_START_EVENT:
            document_start(event.start_mark);
            break;
        case YAML_ALIAS_EVENT:
            alias(event.start_mark, text_of(event.data.alias.anchor));
            break;
        case YAML_SCALAR_EVENT:
            scalar(event);
            break;
        case YAML_SEQUENCE_START_EVENT:
            open(make(event.start_mark, Node::Kind::sequence),
                 text_of(event.data.sequence_start.anchor));
            break;
        case YAML_MAPPING_START_EVENT:
            open(make(event.start_mark, Node::Kind::mapping),
                 text_of(event.data.mapping_start.anchor));
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            close();
            break;
        default:
            break; // stream start and end, document end
        }
    }

private:
    struct Frame {
        Node* node;
        std::string_view anchor;
        std::size_t expanded_at_open;
        std::size_t first; ///< where this container's children start in items_ or entries_
        const Node* pending_key = nullptr;
        std::unordered_map<std::string_view, const Node*> keys; // index of large mappings
        std::size_t indexed = 0;                                // entries in `keys`
    };

    /// Only anchored nodes can be aliased, so only they need their expanded size and
    /// whether they are still open (an alias to an open node is a cycle).
    struct Anchored {
        const Node* node;
        std::size_t size;
        bool open;
    };

    void document_start(const yaml_mark_t& mark) {
        if (documents_++ == 0)
            return;
        diagnostics_.add("multiple-documents", positions_.origin(mark),
                         "a second YAML document starts here; a roadmap file holds one",
                         "put each roadmap in a file of its own, or remove the `---` line");
        throw Stop{};
    }

    void alias(const yaml_mark_t& mark, std::string_view name) {
        auto it = anchors_.find(name);
        if (it == anchors_.end()) {
            diagnostics_.add("yaml-syntax", positions_.origin(mark),
                             fmt::format("alias `*{}` refers to no anchor defined above it", name),
                             fmt::format("define `&{}` on a value before this line, or quote "
                                         "the value if `*` is meant literally",
                                         name));
            throw Stop{};
        }
        const Anchored& target = it->second;
        if (target.open) {
            diagnostics_.add("alias-cycle", positions_.origin(mark),
                             "this alias refers to a node that contains it, which never ends",
                             "write the value out instead of referring to its own ancestor");
            throw Stop{};
        }
        expanded_ += target.size;
        if (expanded_ > nodes_ + limits_.max_alias_expansion) {
            diagnostics_.add("alias-expansion", positions_.origin(mark),
                             fmt::format("aliases here expand to more than {} extra nodes",
                                         limits_.max_alias_expansion),
                             "a roadmap has no need for nested aliases; write values out");
            throw Stop{};
        }
        attach(target.node);
    }

    void scalar(const yaml_event_t& event) {
        const auto& data = event.data.scalar;
        std::string_view value = text_of(data.value, data.length);
        // Quoted, block and tagged scalars are always text; only a plain one can be null.
        bool quoted = data.style != YAML_PLAIN_SCALAR_STYLE || data.tag != nullptr;
        bool null = !quoted && is_null_text(value);
        Node& node = make(event.start_mark, null ? Node::Kind::null : Node::Kind::scalar);
        if (!null) {
            node.quoted = quoted;
            node.text = document_.add_text(value);
        }
        std::string_view anchor = text_of(data.anchor);
        if (!anchor.empty())
            remember(anchor, Anchored{&node, 1, false});
        attach(&node);
    }

    Node& make(const yaml_mark_t& mark, Node::Kind kind) {
        if (++nodes_ > limits_.max_nodes) {
            diagnostics_.add("too-many-nodes", positions_.origin(mark),
                             fmt::format("the document has more than {} nodes", limits_.max_nodes),
                             "split the roadmap into several files");
            throw Stop{};
        }
        ++expanded_;
        Node& node = document_.add_node();
        node.kind = kind;
        node.where = positions_.origin(mark);
        return node;
    }

    void open(Node& node, std::string_view anchor) {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            diagnostics_.add("nesting-too-deep", node.where,
                             fmt::format("nesting is deeper than {} levels", limits_.max_depth),
                             "a roadmap needs fewer than ten levels; flatten the structure");
            throw Stop{};
        }
        if (!anchor.empty())
            anchor = remember(anchor, Anchored{&node, 0, true});
        std::size_t first = node.kind == Node::Kind::sequence ? items_.size() : entries_.size();
        stack_.push_back(Frame{&node, anchor, expanded_ - 1, first, nullptr, {}, 0});
    }

    /// The container is complete: its children move from the scratch stack to the arena.
    void close() {
        Frame frame = std::move(stack_.back());
        stack_.pop_back();
        Node& node = *frame.node;
        if (node.kind == Node::Kind::sequence) {
            node.items = document_.add_list<const Node*>(std::span(items_).subspan(frame.first));
            items_.resize(frame.first);
        } else {
            node.entries =
                document_.add_list<Node::Entry>(std::span(entries_).subspan(frame.first));
            entries_.resize(frame.first);
        }
        if (!frame.anchor.empty()) {
            Anchored& anchored = anchors_.find(frame.anchor)->second;
            anchored.size = expanded_ - frame.expanded_at_open;
            anchored.open = false;
        }
        attach(frame.node);
    }

    /// Record an anchor (a later one of the same name replaces it, as YAML says) and
    /// return its name as stored in the document, which outlives the event it came from.
    std::string_view remember(std::string_view name, Anchored anchored) {
        auto it = anchors_.find(name);
        if (it == anchors_.end())
            it = anchors_.emplace(document_.add_text(name), anchored).first;
        else
            it->second = anchored;
        return it->first;
    }

    /// Hang a finished node (or an alias target) under the open container.
    void attach(const Node* node) {
        if (stack_.empty()) {
            document_.root = node;
            return;
        }
        Frame& frame = stack_.back();
        if (frame.node->kind == Node::Kind::sequence) {
            items_.push_back(node);
        } else if (frame.pending_key == nullptr) {
            check_key(frame, *node);
            frame.pending_key = node;
        } else {
            entries_.emplace_back(frame.pending_key, node);
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
    const Node* find_key(Frame& frame, std::string_view text) {
        auto entries = std::span(entries_).subspan(frame.first);
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

    Positions& positions_;
    const Limits& limits_;
    model::Diagnostics& diagnostics_;
    Document& document_;
    std::vector<Frame> stack_;
    /// Children of the open containers, innermost last; moved to the arena on close.
    std::vector<const Node*> items_;
    std::vector<Node::Entry> entries_;
    std::unordered_map<std::string_view, Anchored> anchors_;
    std::size_t nodes_ = 0;
    std::size_t expanded_ = 0;
    int documents_ = 0;
};

void report_parse_error(const model::SourceFile& file, Positions& positions,
                        const yaml_parser_t& parser, model::Diagnostics& diagnostics) {
    if (parser.error == YAML_MEMORY_ERROR)
        throw std::bad_alloc();
    SyntaxProblem p;
    p.what = text_of(reinterpret_cast<const yaml_char_t*>(parser.problem));
    p.context = text_of(reinterpret_cast<const yaml_char_t*>(parser.context));
    if (parser.error == YAML_READER_ERROR) {
        // The text checks catch invalid UTF-8 and control characters first; what is left
        // (such as U+FFFE) is a character YAML does not allow.
        yaml_mark_t mark{};
        diagnostics.add("control-character",
                        position_of(file, positions.byte(mark) + parser.problem_offset),
                        "a character that YAML does not allow in a file",
                        "remove it, or write it as a `\\u` escape in a double-quoted string");
        return;
    }
    p.where = positions.origin(parser.problem_mark);
    p.at = positions.byte(parser.problem_mark);
    p.context_where = p.context.empty() ? p.where : positions.origin(parser.context_mark);
    // A tab in the indentation of an earlier line is the usual cause of a confusing error.
    if (Origin tab = first_tab_indentation(file, p.where.line); tab.known()) {
        diagnostics.add("tab-indentation", tab, "a tab is used for indentation",
                        "YAML allows spaces only; replace the tab with spaces");
        return;
    }
    explain_syntax_problem(file, p, diagnostics);
}

/// Owns a libyaml parser reading `text`.
class Parser {
public:
    explicit Parser(std::string_view text) {
        if (yaml_parser_initialize(&parser_) == 0)
            throw std::bad_alloc();
        yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                     text.size());
    }
    ~Parser() { yaml_parser_delete(&parser_); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;

    /// The next event into `event`; false on a YAML error.
    bool next(yaml_event_t& event) { return yaml_parser_parse(&parser_, &event) != 0; }
    const yaml_parser_t& state() const { return parser_; }

private:
    yaml_parser_t parser_{};
};

/// Owns one event: libyaml allocates its strings.
struct Event {
    yaml_event_t event{};
    Event() = default;
    Event(const Event&) = delete;
    Event& operator=(const Event&) = delete;
    ~Event() { yaml_event_delete(&event); }
};

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
    std::string_view text = file.text();
    if (text.size() > limits.max_bytes) {
        report_too_large(file, text.size(), limits, diagnostics);
        return std::nullopt;
    }
    if (!check_text(file, diagnostics))
        return std::nullopt;

    std::size_t offset = has_bom(text) ? 3 : 0;
    Document document(text.size());
    Positions positions(file, offset);
    Parser parser(text.substr(offset));
    Builder builder(positions, limits, diagnostics, document);
    try {
        for (;;) {
            Event event;
            if (!parser.next(event.event)) {
                report_parse_error(file, positions, parser.state(), diagnostics);
                return std::nullopt;
            }
            if (event.event.type == YAML_STREAM_END_EVENT)
                break;
            builder.on(event.event);
        }
    } catch (const Stop&) {
        return std::nullopt;
    }
    if (document.root == nullptr || document.root->is_null()) {
        diagnostics.add("empty-file", Origin{&file, 1, 1}, "the file holds no roadmap",
                        "start the file with `strat: 1` and the roadmap's `id`");
        return std::nullopt;
    }
    return document;
}

} // namespace strat::load
