#include "model/suggest.hpp"

#include <doctest/doctest.h>

#include <array>

using namespace strat::model;

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

#include "model/sha256.hpp"

TEST_CASE("sha256 matches the FIPS 180-4 test vectors") {
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}
