#pragma once
/// A small streaming JSON writer: deterministic (keys in the order written), pretty-printed
/// with two spaces, strings escaped per RFC 8259. A byte that is not UTF-8 (a file name in
/// Latin-1) is written as the \u00XX of its Latin-1 reading, so the output is always valid
/// JSON. Misuse is a programming error.

#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

namespace strat::output {

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out) : out_(out) {}
    ~JsonWriter();

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(std::int64_t number);
    JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(std::size_t number) { return value(static_cast<std::int64_t>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();
    /// A number already written as text (e.g. "20.2" from a roadmap), emitted verbatim.
    JsonWriter& raw_number(std::string_view digits);

    /// `"name": text` — convenience for the common case.
    template <typename T> JsonWriter& field(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }

    static void escape(std::ostream& out, std::string_view text);

private:
    void before_value();
    JsonWriter& close(char bracket);
    void newline();

    struct Level {
        bool array;
        bool empty = true;
    };
    std::ostream& out_;
    std::vector<Level> levels_;
    bool after_key_ = false;
};

} // namespace strat::output
