#include "output/html.hpp"

#include "util/terminal_text.hpp"

namespace strat::output {
namespace {

/// Safe text (no controls left) with the characters that start markup replaced.
std::string references(std::string_view safe) {
    std::string out;
    out.reserve(safe.size());
    for (char c : safe) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

std::string html_text(std::string_view text) {
    return references(util::one_line(text));
}

} // namespace strat::output
