#pragma once
/// The roadmap format as data: every object, its keys, their types and whether they are
/// required. The reader checks files against these tables, and `strat schema` prints
/// them as JSON Schema, so the two cannot drift apart.

#include <span>
#include <string_view>

namespace strat::load::schema {

enum class Type {
    string,  ///< any scalar, kept as text
    integer, ///< plain scalar of digits
    number,  ///< plain scalar, decimal
    boolean, ///< plain `true` or `false`
    slug,    ///< an id: lower case letters, digits, `_`/`-` between them
    choice,  ///< one word of `choices`
    object,  ///< a mapping described by `object`
    list,    ///< a sequence whose items are `item` (and `choices`/`object` for them)
    dict,    ///< a mapping from `choices` words (or slugs when none) to `item` values
};

struct Object;

struct Field {
    std::string_view key;
    Type type;
    bool required;
    std::string_view doc;
    Type item = Type::string;                             ///< list and dict: type of the values
    std::span<const std::string_view> choices = {};       ///< choice, or list/dict of choices
    const Object* object = nullptr;                       ///< object, or list of objects
    std::size_t min_items = 0;                            ///< list: fewest items allowed
    long long min = 0, max = 0;                           ///< integer: range when min < max
    std::span<const std::string_view> value_choices = {}; ///< dict of choice words: the words
};

struct Object {
    std::string_view name; ///< e.g. "tactic"; used in messages
    std::string_view doc;
    std::span<const Field> fields;

    const Field* field(std::string_view key) const;
};

/// The top level of a roadmap file.
const Object& roadmap();

/// The top level of an answers file (`strat plan --answers`).
const Object& answers_file();

/// The slug rule, as a regular expression (for documentation and JSON Schema).
inline constexpr std::string_view slug_pattern = "^[a-z][a-z0-9]*([_-][a-z0-9]+)*$";
inline constexpr std::size_t slug_max_length = 64;
bool is_slug(std::string_view text);

} // namespace strat::load::schema
