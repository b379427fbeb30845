#pragma once
/// The one reading of a number written by a user, in every file strat reads: roadmaps,
/// answers files, campaign files and actuals (CSV and YAML).
///
/// A number is written as JSON writes it: an optional minus, digits (no leading zero),
/// an optional fraction `.digits` and an optional exponent `e[+-]digits`. So `nan`,
/// `inf`, `Infinity`, `0x12`, `+5`, `.5` and `12,5` are not numbers, and one that does not
/// fit a double (`1e999`, `1e-999`) is out of range: every number read is finite, and
/// its text may go into JSON as it was written.

#include <optional>
#include <string_view>

namespace strat::load {

enum class NumberProblem { none, not_a_number, out_of_range };

struct ParsedNumber {
    double value = 0;
    NumberProblem problem = NumberProblem::not_a_number;
    explicit operator bool() const { return problem == NumberProblem::none; }
};

ParsedNumber parse_number(std::string_view text);

/// A whole number as roadmaps and answers files write it: an optional sign and at most
/// 18 digits, so it always fits; nullopt for anything else.
std::optional<long long> parse_integer(std::string_view text);

/// "`1e999` is not a number" or "`1e999` is out of range for a number", for messages.
std::string_view number_problem_words(NumberProblem problem);

} // namespace strat::load
