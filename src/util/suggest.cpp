#include "util/suggest.hpp"

#include <algorithm>

namespace strat::util {

int edit_distance(std::string_view a, std::string_view b, int max) {
    if (static_cast<int>(a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > max)
        return max + 1;
    std::vector<int> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        int best = row[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (best > max)
            return max + 1;
    }
    return std::min(row[b.size()], max + 1);
}

namespace {

template <typename S> std::string closest_in(std::string_view word, std::span<const S> candidates) {
    int allowed = std::clamp(static_cast<int>(word.size()) / 3, 1, 3);
    std::string best;
    int best_distance = allowed + 1;
    for (const S& candidate : candidates) {
        int d = edit_distance(word, candidate, allowed);
        if (d < best_distance && d > 0) {
            best_distance = d;
            best = std::string(candidate);
        }
    }
    return best;
}

template <typename S> std::string did_you_mean_in(std::string_view word, std::span<const S> c) {
    std::string best = closest_in(word, c);
    return best.empty() ? std::string() : " (did you mean `" + best + "`?)";
}

template <typename S> std::string join_in(std::span<const S> words, std::string_view separator) {
    std::string out;
    for (const S& w : words) {
        if (!out.empty())
            out += separator;
        out += w;
    }
    return out;
}

} // namespace

std::string closest(std::string_view word, std::span<const std::string> candidates) {
    return closest_in(word, candidates);
}
std::string closest(std::string_view word, std::span<const std::string_view> candidates) {
    return closest_in(word, candidates);
}
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates) {
    return did_you_mean_in(word, candidates);
}
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
    return did_you_mean_in(word, candidates);
}
std::string join(std::span<const std::string> words, std::string_view separator) {
    return join_in(words, separator);
}
std::string join(std::span<const std::string_view> words, std::string_view separator) {
    return join_in(words, separator);
}

} // namespace strat::util
