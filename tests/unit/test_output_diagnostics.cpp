#include "helpers.hpp"
#include "output/diagnostics.hpp"

#include <doctest/doctest.h>

#include <sstream>

TEST_CASE("a diagnostic shows the source line and a caret under the column") {
    auto file = strat::test::parse("strat: 1\nid: demo\nname: Démo\ndescription: d\nkind: industy\n");
    REQUIRE(file.diagnostics.items().size() == 1);
    std::ostringstream out;
    strat::output::print_diagnostic(out, file.diagnostics.items()[0], {});
    CHECK(out.str() ==
          "test.yaml:5:7: error: [E104 invalid-value] `kind` cannot be `industy` (did you mean "
          "`industry`?)\n"
          " 5 | kind: industy\n"
          "   |       ^\n"
          "  hint: use one of: industry, base\n");
}

TEST_CASE("colour only when asked") {
    auto file = strat::test::parse("strat: 1\nid: demo\nname: x\ndescription: d\nkind: b\n");
    std::ostringstream out;
    strat::output::print_diagnostic(out, file.diagnostics.items()[0], {true});
    CHECK(out.str().find("\x1b[1;31merror:\x1b[0m") != std::string::npos);
}

TEST_CASE("summary line pluralises") {
    CHECK(strat::output::summary_line(1, 0, 1) == "1 file, 0 errors, 1 warning");
    CHECK(strat::output::summary_line(3, 2, 0) == "3 files, 2 errors, 0 warnings");
}
