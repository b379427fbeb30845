#pragma once
/// Text from input made safe to show on a terminal or in a CI log. One notation, used
/// everywhere strat prints text for people:
///
///   ESC -> \e    CR -> \r    other C0 controls and DEL -> \xNN (e.g. \x07, \x7f)
///   C1 controls (U+0080..U+009F), bidi controls (U+061C, U+200E, U+200F,
///   U+202A..U+202E, U+2066..U+2069), line/paragraph separators (U+2028, U+2029) and
///   noncharacters (U+FDD0..U+FDEF, U+xxFFFE, U+xxFFFF) -> \u{NNNN} (e.g. \u{9b}, \u{202e})
///   a byte that is not valid UTF-8 -> \xNN
///   LF and TAB are kept (Lines::keep) or shown as \n and \t (Lines::escape).
///
/// A backslash from input is shown as it is: the notation is for people, not a quoting
/// that can be undone.

#include <streambuf>
#include <string>
#include <string_view>

namespace strat::util {

enum class Lines {
    keep,  ///< LF and TAB pass: multi-line text printed for people
    escape ///< LF and TAB shown as \n and \t: a message that must stay on one line
};

/// Appends `text` to `out` in the notation above. Returns the bytes consumed: all of
/// `text`, except (when `final` is false) an incomplete UTF-8 sequence at its end, which
/// the caller passes again with the bytes that follow.
std::size_t append_safe(std::string& out, std::string_view text, Lines lines, bool final = true);

/// `text` safe for a terminal, keeping its line breaks and tabs.
std::string terminal_safe(std::string_view text);

/// `text` safe for a terminal and on one line: for diagnostics, warnings and anything a CI
/// log reads line by line (no input can start a line of its own, e.g. `::add-mask::`).
std::string one_line(std::string_view text);

/// True when `text` needs no escaping in either notation other than LF and TAB.
bool is_terminal_safe(std::string_view text);

/// A stream buffer that shows everything written through it in the notation above
/// (Lines::keep) before passing it on to `target`: the one place where text meant for
/// people is made safe on its way out. Terminal markup strat itself emits (colour) goes
/// around the filter with write_markup, so input can never produce it.
class TerminalSafeBuf : public std::streambuf {
public:
    explicit TerminalSafeBuf(std::streambuf* target);
    ~TerminalSafeBuf() override;
    TerminalSafeBuf(const TerminalSafeBuf&) = delete;
    TerminalSafeBuf& operator=(const TerminalSafeBuf&) = delete;

    std::streambuf* target() const { return target_; }
    /// Writes `markup` as it is, after everything written so far.
    bool write_markup(std::string_view markup);
    /// Passes on everything held, an incomplete UTF-8 sequence at the end as \xNN.
    bool finish();

protected:
    int_type overflow(int_type c) override;
    int sync() override;

private:
    bool drain(bool final);

    std::streambuf* target_;
    char buffer_[4096];
    std::string held_; ///< an incomplete UTF-8 sequence, waiting for its next bytes
    std::string out_;  ///< reused between drains
    bool failed_ = false;
};

/// Writes terminal markup (an SGR colour sequence) to `out`: around the filter when `out`
/// writes through a TerminalSafeBuf, else as it is.
void write_markup(std::ostream& out, std::string_view markup);

} // namespace strat::util
