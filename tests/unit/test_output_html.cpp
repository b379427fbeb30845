// The one HTML escaper (output/html.hpp) and the Graphviz drawing (output/graphviz.hpp):
// hostile text comes out as text.

#include "output/graphviz.hpp"
#include "output/html.hpp"

#include <doctest/doctest.h>

using namespace strat;

TEST_CASE("html: markup characters become references") {
    CHECK(output::html_text(R"(<script>alert("x") & 'y'</script>)") ==
          "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
    CHECK(output::html_text("</style>") == "&lt;/style&gt;");
}

TEST_CASE("html: control and bidi characters are shown, not passed") {
    CHECK(output::html_text("a\x1b[2Jb\x07") == "a\\e[2Jb\\x07");
    CHECK(output::html_text("gnp\u202e.exe \u2066x\u2069") ==
          "gnp\\u{202e}.exe \\u{2066}x\\u{2069}");
    CHECK(output::html_text("one\ntwo") == "one\\ntwo");
}

TEST_CASE("graphviz: a drawing is one <svg> with escaped labels and no titles") {
    output::Drawing d;
    d.nodes.push_back({"a <b> & \"c\"", {}});
    d.nodes.push_back({"back\\slash \\N", {{"shape", "box"}}});
    d.edges.push_back({0, 1, "</text>", {}});
    std::optional<std::string> svg = output::draw_svg(d);
    REQUIRE(svg);
    CHECK(svg->starts_with("<svg "));
    CHECK(svg->find("viewBox=") != std::string::npos);
    CHECK(svg->find(" width=\"") == std::string::npos);
    CHECK(svg->find("<title>") == std::string::npos);
    CHECK(svg->find("<!--") == std::string::npos);
    CHECK(svg->find(">a &lt;b&gt; &amp; &quot;c&quot;</text>") != std::string::npos);
    CHECK(svg->find(">back\\slash \\N</text>") != std::string::npos);
    CHECK(svg->find(">&lt;/text&gt;</text>") != std::string::npos);
    CHECK(svg->find("<b>") == std::string::npos);
}
