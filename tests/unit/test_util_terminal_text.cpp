// Issue 12 item 1: text from input is shown safely on a terminal, in one notation.

#include "util/terminal_text.hpp"

#include <doctest/doctest.h>

#include <sstream>

using strat::util::one_line;
using strat::util::terminal_safe;

TEST_CASE("hardening-terminal-escapes: control characters are shown, not sent") {
    CHECK(terminal_safe("a\x1b]52;c;aGk=\x07z") == "a\\e]52;c;aGk=\\x07z");
    CHECK(terminal_safe("\x1b[1A\x1b[2Kok\r") == "\\e[1A\\e[2Kok\\r");
    CHECK(terminal_safe("del\x7f nul") == "del\\x7f nul");
    CHECK(terminal_safe("csi\xc2\x9b"
                        "2J") == "csi\\u{9b}2J");
    CHECK(terminal_safe("rtl \xe2\x80\xae"
                        "gnp.exe") == "rtl \\u{202e}gnp.exe");
    CHECK(terminal_safe("bad \xff\xc3 end") == "bad \\xff\\xc3 end");
    CHECK(terminal_safe("nonchar \xef\xbf\xbe") == "nonchar \\u{fffe}");
}

TEST_CASE("hardening-terminal-escapes: text for people keeps its lines and characters") {
    CHECK(terminal_safe("two\nlines\tand tab, caf\xc3\xa9, \xe2\x82\xac, \xf0\x9f\x98\x80") ==
          "two\nlines\tand tab, caf\xc3\xa9, \xe2\x82\xac, \xf0\x9f\x98\x80");
    CHECK(strat::util::is_terminal_safe("plain text\n"));
    CHECK_FALSE(strat::util::is_terminal_safe("\x1b"));
}

TEST_CASE("hardening-ci-log-injection: one_line keeps input on its line") {
    CHECK(one_line("value\n::add-mask::secret") == "value\\n::add-mask::secret");
    CHECK(one_line("a\tb\r\nc") == "a\\tb\\r\\nc");
}

TEST_CASE("hardening-terminal-escapes: the stream filter escapes input but not markup") {
    std::ostringstream target;
    {
        strat::util::TerminalSafeBuf filter(target.rdbuf());
        std::ostream out(&filter);
        out << "name: \x1b[31mred\n";
        strat::util::write_markup(out, "\x1b[1m");
        out << "bold";
        strat::util::write_markup(out, "\x1b[0m");
        // A character split over two writes is joined again, not escaped byte by byte.
        out << "caf\xc3";
        out.flush();
        out << "\xa9 \xe2\x80";
        out << "\xae!\n";
        out << "cut \xe2\x80";
    }
    CHECK(target.str() ==
          "name: \\e[31mred\n\x1b[1mbold\x1b[0mcaf\xc3\xa9 \\u{202e}!\ncut \\xe2\\x80");
}

TEST_CASE("hardening-terminal-escapes: markup goes straight to a stream without a filter") {
    std::ostringstream out;
    strat::util::write_markup(out, "\x1b[1m");
    CHECK(out.str() == "\x1b[1m");
}
