#pragma once
/// strat's own YAML document tree, read from libyaml's event parser. Every node keeps
/// its position; duplicate keys, aliases, depth and size are checked while it is built,
/// so nothing downstream can be made to loop or blow up.

#include "model/diagnostic.hpp"
#include "model/source_file.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <memory_resource>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

namespace strat::load {

/// A node and everything it refers to live in its Document's arena: nodes are trivially
/// destructible and a document is freed at once, without a call per node.
struct Node {
    enum class Kind : std::uint8_t { null, scalar, sequence, mapping };
    using Entry = std::pair<const Node*, const Node*>; ///< key, value

    Kind kind = Kind::null;
    bool quoted = false; ///< quoted or block scalar: always a string, never a number
    model::Origin where;
    std::string_view text;              ///< scalars only
    std::span<const Node* const> items; ///< sequences
    std::span<const Entry> entries;     ///< mappings

    /// The value of `key` in a mapping, or nullptr.
    const Node* get(std::string_view key) const;
    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_sequence() const { return kind == Kind::sequence; }
    bool is_mapping() const { return kind == Kind::mapping; }
    bool is_null() const { return kind == Kind::null; }
};

struct Limits {
    std::size_t max_bytes = 16u << 20; ///< a shipped roadmap is ~100 KB; 16 MiB is generous
    int max_depth = 64;                ///< a roadmap needs about 8 levels
    std::size_t max_nodes = 4'000'000;
    std::size_t max_alias_expansion = 100'000; ///< nodes that aliases may add beyond the file's own
};

/// Owns every node, text and list of one document in one arena.
class Document {
public:
    /// `size_hint`: bytes of YAML the document is built from (sizes the first block).
    explicit Document(std::size_t size_hint = 0);

    const Node* root = nullptr;

    Node& add_node() { return *new (allocate(sizeof(Node), alignof(Node))) Node(); }
    std::string_view add_text(std::string_view text);
    template <typename T> std::span<const T> add_list(std::span<const T> items) {
        if (items.empty())
            return {};
        T* out = static_cast<T*>(allocate(items.size_bytes(), alignof(T)));
        std::uninitialized_copy(items.begin(), items.end(), out);
        return {out, items.size()};
    }

private:
    void* allocate(std::size_t bytes, std::size_t alignment) {
        return arena_->allocate(bytes, alignment);
    }
    /// Behind a pointer so a Document can move without moving the nodes' storage.
    std::unique_ptr<std::pmr::monotonic_buffer_resource> arena_;
};

/// Parse one YAML document. Problems go to `diagnostics`; returns nullopt when the file
/// cannot be read as YAML at all (then at least one error was added).
std::optional<Document> parse_document(const model::SourceFile& file, const Limits& limits,
                                       model::Diagnostics& diagnostics);

void report_too_large(const model::SourceFile& file, std::uintmax_t size, const Limits& limits,
                      model::Diagnostics& diagnostics);

} // namespace strat::load
