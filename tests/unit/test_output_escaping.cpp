// Text from files in strat's output formats: JSON strings escape what JSON requires (and
// keep bytes that are not UTF-8 valid JSON); the dashboard's HTML escapes the characters
// that could open a tag, an attribute or an entity; its Markdown escapes markup.
// Terminal text has its own tests (test_util_terminal_text.cpp).

#include "dashboard_fixture.hpp"
#include "output/dashboard.hpp"
#include "output/json.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <string_view>

using namespace strat;
using namespace strat::test::dashboard;

namespace {

std::string json(std::string_view text) {
    std::ostringstream out;
    output::JsonWriter::escape(out, text);
    return out.str();
}

/// The dashboard of a campaign named `name`, in HTML or Markdown.
std::string dashboard(std::string_view name, bool html) {
    Fixture f(campaign_text(name));
    engine::Dashboard d = f.builder().finish();
    std::ostringstream out;
    if (html)
        output::print_dashboard_html(out, d);
    else
        output::print_dashboard_markdown(out, d);
    return out.str();
}

} // namespace

TEST_CASE("json: quote, backslash and the short escapes") {
    CHECK(json("say \"hi\"") == R"("say \"hi\"")");
    CHECK(json("C:\\path") == R"("C:\\path")");
    CHECK(json("a\nb\rc\td") == R"("a\nb\rc\td")");
}

TEST_CASE("json: other control characters as \\u, DEL and UTF-8 as they are") {
    CHECK(json(std::string("\x00\x1f", 2)) == R"("\u0000\u001f")");
    CHECK(json("\x7f") == "\"\x7f\"");
    CHECK(json("caf\xc3\xa9 \xe2\x80\xa8") == "\"caf\xc3\xa9 \xe2\x80\xa8\"");
}

TEST_CASE("json: a byte that is not UTF-8 is the Latin-1 character it would be") {
    CHECK(json("\xff") == R"("\u00ff")");
    CHECK(json("caf\xc3") == R"("caf\u00c3")"); // a sequence cut short
}

TEST_CASE("dashboard html: &, <, >, quotes and apostrophes are entities") {
    std::string html = dashboard(R"(Q&A <b> \"x\" 'y')", true);
    CHECK(html.find("shop: Q&amp;A &lt;b&gt; &quot;x&quot; &#39;y&#39; <span") !=
          std::string::npos);
}

TEST_CASE("dashboard markdown: markup characters and backslashes get a backslash") {
    std::string md = dashboard(R"(*a* [c] `d` |e| ~f~ <g> \\ \"h\")", false);
    CHECK(md.find(R"(### shop: \*a\* \[c\] \`d\` \|e\| \~f\~ \<g\> \\ "h")") != std::string::npos);
}
