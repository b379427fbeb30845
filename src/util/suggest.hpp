#pragma once
/// "Did you mean": the closest known word to a misspelt one.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace strat::util {

/// Levenshtein distance, capped: returns `max + 1` once the distance exceeds `max`.
int edit_distance(std::string_view a, std::string_view b, int max);

/// The candidate closest to `word` if it is close enough to be a plausible typo
/// (distance at most a third of the word's length, at least 1, at most 3), else "".
/// Ties go to the earliest candidate, so the answer is deterministic.
std::string closest(std::string_view word, std::span<const std::string> candidates);
std::string closest(std::string_view word, std::span<const std::string_view> candidates);

/// " (did you mean `x`?)" for the closest candidate, or "" when none is close.
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);

/// "a, b, c" — for listing valid choices in a message.
std::string join(std::span<const std::string> words, std::string_view separator = ", ");
std::string join(std::span<const std::string_view> words, std::string_view separator = ", ");

} // namespace strat::util
