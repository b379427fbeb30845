#include "output/json.hpp"

#include <doctest/doctest.h>

#include <sstream>

using strat::output::JsonWriter;

TEST_CASE("json writer nests, escapes and indents deterministically") {
    std::ostringstream out;
    {
        JsonWriter json(out);
        json.begin_object();
        json.field("name", "a \"quoted\"\tline\n");
        json.field("count", 3);
        json.key("empty").begin_array().end_array();
        json.key("list").begin_array().value("x").raw_number(".5").null().end_array();
        json.field("ok", true);
        json.end_object();
    }
    CHECK(out.str() == "{\n"
                       "  \"name\": \"a \\\"quoted\\\"\\tline\\n\",\n"
                       "  \"count\": 3,\n"
                       "  \"empty\": [],\n"
                       "  \"list\": [\n"
                       "    \"x\",\n"
                       "    0.5,\n"
                       "    null\n"
                       "  ],\n"
                       "  \"ok\": true\n"
                       "}\n");
}

TEST_CASE("control characters are escaped as \\u") {
    std::ostringstream out;
    JsonWriter::escape(out, std::string("a\x01z", 3));
    CHECK(out.str() == "\"a\\u0001z\"");
}
