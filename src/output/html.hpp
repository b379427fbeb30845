#pragma once
/// Text from files as HTML: the one escaper of every HTML page strat writes (the dashboard,
/// the campaign brief). Roadmaps, answers and campaigns are hostile input: after escaping,
/// no text can open a tag, end an attribute or a <style>, or reorder what follows it.

#include <string>
#include <string_view>

namespace strat::output {

/// `text` as HTML text or attribute value: control, bidi and invalid bytes shown in
/// util's visible notation (util/terminal_text.hpp), on one line (a line break reads
/// `\n`), then `& < > " '` as character references.
std::string html_text(std::string_view text);

} // namespace strat::output
