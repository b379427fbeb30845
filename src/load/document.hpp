#pragma once
/// strat's own YAML document tree, read from libyaml's event parser. Every node keeps
/// its position; duplicate keys, aliases, depth and size are checked while it is built,
/// so nothing downstream can be made to loop or blow up.

#include "model/diagnostic.hpp"
#include "model/source_file.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace strat::load {

struct Node {
    enum class Kind : std::uint8_t { null, scalar, sequence, mapping };

    Kind kind = Kind::null;
    bool quoted = false; ///< quoted or block scalar: always a string, never a number
    model::Origin where;
    std::string text;                                         ///< scalars only
    std::vector<const Node*> items;                           ///< sequences
    std::vector<std::pair<const Node*, const Node*>> entries; ///< mappings: key, value

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

struct Document {
    std::deque<Node> nodes; ///< owns every node; deque keeps addresses stable
    const Node* root = nullptr;
};

/// Parse one YAML document. Problems go to `diagnostics`; returns nullopt when the file
/// cannot be read as YAML at all (then at least one error was added).
std::optional<Document> parse_document(const model::SourceFile& file, const Limits& limits,
                                       model::Diagnostics& diagnostics);

void report_too_large(const model::SourceFile& file, std::uintmax_t size, const Limits& limits,
                      model::Diagnostics& diagnostics);

} // namespace strat::load
