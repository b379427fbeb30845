#pragma once
/// The message catalogue: strat's own words for people (the plan summary, --explain, the
/// prompts, the brief, the review, and the texts the engine builds) in the language of
/// the run. It sits in util so that every layer that writes words for people can use it. English is the key: a message is written in the
/// code in English, and `tr` looks up its German; a message not in the catalogue stays
/// English. Format messages keep their `{}` placeholders, in the same order.

#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace strat::util {

/// The language of this run's text for people ("en" or "de"): set once, when the command
/// line is read (cli/app.cpp), before anything is printed.
void set_language(std::string_view language);
std::string_view language();

/// `english` in the run's language.
std::string_view tr(std::string_view english);

/// `english` in `language`, whatever the run's language is.
std::string_view tr(std::string_view english, std::string_view language);

/// Every entry of the catalogue: English, German (for tests and translators).
std::span<const std::pair<std::string_view, std::string_view>> catalogue();

/// `count` with the singular or plural noun in the run's language: tr_n(1, "tactic",
/// "tactics") is "tactic"; German entries translate each form.
std::string_view tr_n(std::size_t count, std::string_view singular, std::string_view plural);

} // namespace strat::util
