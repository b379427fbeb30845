#include "helpers.hpp"
#include "output/diagnostics.hpp"

#include <doctest/doctest.h>

#include <sstream>

TEST_CASE("a diagnostic shows the source line and a caret under the column") {
    auto file =
        strat::test::parse("strat: 1\nid: demo\nname: Démo\ndescription: d\nkind: industy\n");
    REQUIRE(file.diagnostics.items().size() == 1);
    std::ostringstream out;
    strat::output::print_diagnostic(out, file.diagnostics.items()[0], {});
    CHECK(out.str() ==
          "test.yaml:5:7: error: [E104 invalid-value] `kind` cannot be `industy` (did you mean "
          "`industry`?)\n"
          " 5 | kind: industy\n"
          "   |       ^\n"
          "  path: kind\n"
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

#include "output/ci_formats.hpp"

namespace {

strat::load::RoadmapFile broken() {
    return strat::test::parse(
        "strat: 1\nid: demo\nname: \"A, b: c\"\ndescription: d\nkind: industy\nsource: 1\n");
}

} // namespace

TEST_CASE("github workflow commands escape data and properties") {
    CHECK(strat::output::github_escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext");
    CHECK(strat::output::github_escape_property("a:b,c%") == "a%3Ab%2Cc%25");
    auto file = broken();
    std::ostringstream out;
    strat::output::print_github(out, {{"dir/a,b.yaml", &file.diagnostics}});
    CHECK(out.str() ==
          "::group::dir/a,b.yaml\n"
          "::error file=dir/a%2Cb.yaml,line=5,col=7,endColumn=14,title=E104 invalid-value::`kind` "
          "cannot be `industy` (did you mean `industry`?)%0Ahint: use one of: industry, base\n"
          "::error file=dir/a%2Cb.yaml,line=6,col=1,endColumn=7,title=E103 unknown-key::unknown "
          "key `source` in roadmap (did you mean `sources`?)%0Ahint: a roadmap has the keys: "
          "strat, id, kind, name, description, extends, audience, sources, goals, questions, "
          "strategies, tactics, kpis, drops, budget, markets, tooling, data\n"
          "::endgroup::\n");
}

TEST_CASE("junit has one testcase per file and escapes XML") {
    auto file = broken();
    strat::model::Diagnostics clean;
    std::ostringstream out;
    strat::output::print_junit(out, {{"a<b>.yaml", &file.diagnostics}, {"ok.yaml", &clean}}, false);
    CHECK(out.str().find("<testsuite name=\"strat validate\" tests=\"2\" failures=\"1\"") !=
          std::string::npos);
    CHECK(out.str().find("<testcase classname=\"strat.validate\" name=\"a&lt;b&gt;.yaml\"") !=
          std::string::npos);
    CHECK(out.str().find("<failure message=\"2 errors, 0 warnings\" type=\"invalid-value\">") !=
          std::string::npos);
    CHECK(out.str().find("name=\"ok.yaml\" file=\"ok.yaml\"/>") != std::string::npos);
}

TEST_CASE("sarif results carry rule, level, region and fingerprint; uris are relative") {
    auto file = broken();
    std::ostringstream out;
    strat::output::print_sarif(out, {{"/work/x/roadmaps/a b.yaml", &file.diagnostics}}, "9.9",
                               "/work/x");
    std::string s = out.str();
    CHECK(s.find("\"version\": \"2.1.0\"") != std::string::npos);
    CHECK(s.find("\"uri\": \"roadmaps/a%20b.yaml\"") != std::string::npos);
    CHECK(s.find("\"ruleId\": \"E104\",\n" + std::string(10, ' ') + "\"ruleIndex\": 19,") !=
          std::string::npos);
    std::string indent(18, ' ');
    CHECK(s.find("\"startLine\": 5,\n" + indent + "\"startColumn\": 7,\n" + indent +
                 "\"endLine\": 5,\n" + indent + "\"endColumn\": 14") != std::string::npos);
    CHECK(s.find("\"primaryLocationLineHash\": ") != std::string::npos);
}

TEST_CASE("sarif uris outside the working directory are file uris") {
    auto file = broken();
    std::ostringstream out;
    strat::output::print_sarif(out, {{"/elsewhere/a.yaml", &file.diagnostics}}, "9.9", "/work/x");
    CHECK(out.str().find("\"uri\": \"file:///elsewhere/a.yaml\"") != std::string::npos);
}
