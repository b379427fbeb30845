#include "load/document_cache.hpp"

#include "load/varint.hpp"

#include <cstdint>
#include <vector>

namespace strat::load {
namespace {

constexpr std::string_view magic = "strat-doc-1";

void put_node(std::string& out, const Node& node) {
    out += static_cast<char>(static_cast<int>(node.kind) | (node.quoted ? 0x10 : 0));
    put_varint(out, static_cast<std::uint64_t>(node.where.line));
    put_varint(out, static_cast<std::uint64_t>(node.where.column));
    switch (node.kind) {
    case Node::Kind::null:
        break;
    case Node::Kind::scalar:
        put_varint(out, node.text.size());
        out += node.text;
        break;
    case Node::Kind::sequence:
        put_varint(out, node.items.size());
        for (const Node* item : node.items)
            put_node(out, *item);
        break;
    case Node::Kind::mapping:
        put_varint(out, node.entries.size());
        for (const auto& [key, value] : node.entries) {
            put_node(out, *key);
            put_node(out, *value);
        }
        break;
    }
}

class Reader {
public:
    Reader(std::string_view bytes, const model::SourceFile& file, Document& document)
        : bytes_(bytes), file_(file), document_(document) {}

    std::optional<std::uint64_t> number() { return get_varint(bytes_, at_); }

    /// Recursion is bounded: the bytes come from documents within the loader's depth limit.
    const Node* node(int depth) {
        if (at_ >= bytes_.size() || depth > Limits{}.max_depth + 1)
            return nullptr;
        auto tag = static_cast<unsigned char>(bytes_[at_++]);
        Node& n = document_.add_node();
        n.kind = static_cast<Node::Kind>(tag & 0x0F);
        n.quoted = (tag & 0x10) != 0;
        auto line = number(), column = number();
        if (!line || !column || (tag & 0x0F) > 3)
            return nullptr;
        n.where = model::Origin{&file_, static_cast<int>(*line), static_cast<int>(*column)};
        if (n.kind == Node::Kind::null)
            return &n;
        auto count = number();
        if (!count)
            return nullptr;
        if (n.kind == Node::Kind::scalar) {
            if (*count > bytes_.size() - at_)
                return nullptr;
            n.text = document_.add_text(bytes_.substr(at_, *count));
            at_ += *count;
            return &n;
        }
        if (*count > bytes_.size() - at_) // every child takes at least one byte
            return nullptr;
        if (n.kind == Node::Kind::sequence) {
            std::vector<const Node*> items;
            items.reserve(*count);
            for (std::uint64_t i = 0; i < *count; ++i) {
                const Node* item = node(depth + 1);
                if (!item)
                    return nullptr;
                items.push_back(item);
            }
            n.items = document_.add_list<const Node*>(items);
        } else {
            std::vector<Node::Entry> entries;
            entries.reserve(*count);
            for (std::uint64_t i = 0; i < *count; ++i) {
                const Node* key = node(depth + 1);
                const Node* value = key ? node(depth + 1) : nullptr;
                if (!value)
                    return nullptr;
                entries.emplace_back(key, value);
            }
            n.entries = document_.add_list<Node::Entry>(entries);
        }
        return &n;
    }

    bool done() const { return at_ == bytes_.size(); }

private:
    std::string_view bytes_;
    std::size_t at_ = 0;
    const model::SourceFile& file_;
    Document& document_;
};

} // namespace

std::string serialize_document(const Document& document) {
    std::string out(magic);
    if (document.root)
        put_node(out, *document.root);
    return out;
}

std::optional<Document> deserialize_document(std::string_view bytes,
                                             const model::SourceFile& file) {
    if (bytes.substr(0, magic.size()) != magic)
        return std::nullopt;
    Document document(bytes.size());
    Reader reader(bytes.substr(magic.size()), file, document);
    document.root = reader.node(0);
    if (document.root == nullptr || !reader.done())
        return std::nullopt;
    return document;
}

} // namespace strat::load
