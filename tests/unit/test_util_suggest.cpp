#include "util/suggest.hpp"

#include <doctest/doctest.h>

#include <array>

using namespace strat::util;

TEST_CASE("edit distance counts insertions, deletions and substitutions") {
    CHECK(edit_distance("tactic", "tactic", 3) == 0);
    CHECK(edit_distance("tactc", "tactic", 3) == 1);
    CHECK(edit_distance("email_winback", "email_win_back", 3) == 1);
    CHECK(edit_distance("abc", "xyz", 3) == 3);
    CHECK(edit_distance("a", "abcdefgh", 3) == 4); // capped at max + 1
}

TEST_CASE("did you mean picks the closest plausible candidate") {
    std::array<std::string_view, 3> words{"retention", "acquisition", "awareness"};
    CHECK(did_you_mean("retension", words) == " (did you mean `retention`?)");
    CHECK(did_you_mean("awarenes", words) == " (did you mean `awareness`?)");
    CHECK(did_you_mean("pricing", words).empty());
    CHECK(did_you_mean("retention", words).empty()); // an exact match is not a typo
}

TEST_CASE("join lists words") {
    std::array<std::string_view, 3> words{"a", "b", "c"};
    CHECK(join(words) == "a, b, c");
    CHECK(join(words, "|") == "a|b|c");
}
