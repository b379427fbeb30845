#pragma once
/// Where a model element was written: file, 1-based line and 1-based column
/// (in characters, as editors count them).

#include "model/source_file.hpp"

#include <string>
#include <string_view>

namespace strat::model {

struct Origin {
    const SourceFile* file = nullptr;
    int line = 0;
    int column = 0;

    bool known() const { return file != nullptr && line > 0; }
};

/// A reference to another element by id, kept with where the reference was written.
struct Ref {
    std::string id;
    Origin where;
};

/// Whether `ref` refers to `id`: lists of references are searched by id.
inline bool operator==(const Ref& ref, std::string_view id) {
    return ref.id == id;
}

} // namespace strat::model
