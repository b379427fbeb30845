#include "util/locale.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace strat::util {

std::string language_from_environment(const std::optional<std::string>& lc_all,
                                      const std::optional<std::string>& lc_messages,
                                      const std::optional<std::string>& lang,
                                      std::span<const std::string_view> spoken) {
    const std::optional<std::string>* chosen = nullptr;
    for (const auto* v : {&lc_all, &lc_messages, &lang})
        if (v->has_value() && !(*v)->empty()) {
            chosen = v;
            break;
        }
    if (chosen == nullptr)
        return "en";
    const std::string& value = **chosen;
    std::string code = value.substr(0, value.find_first_of("_.@"));
    std::transform(code.begin(), code.end(), code.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::find(spoken.begin(), spoken.end(), code) != spoken.end())
        return code;
    return "en";
}

std::string decimal(double value, int decimals, std::string_view language) {
    std::string text = fmt::format("{:.{}f}", value, std::max(decimals, 0));
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.')
            text.pop_back();
    }
    if (text == "-0")
        text = "0";
    if (language != "de")
        return text;
    // Built char by char: GCC 12 warns (-Wrestrict) on std::string::insert here.
    std::size_t point = std::min(text.find('.'), text.size());
    std::size_t sign = text.front() == '-' ? 1 : 0;
    std::size_t digits = point - sign;
    bool group = digits >= 5; // Duden: four-digit numbers stay ungrouped
    std::string out;
    out.reserve(text.size() + digits / 3 + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == point) {
            out.push_back(',');
            continue;
        }
        if (group && i > sign && i < point && (point - i) % 3 == 0)
            out.push_back('.');
        out.push_back(text[i]);
    }
    return out;
}

std::string percent(double value, int decimals, std::string_view language) {
    return decimal(value, decimals, language) + (language == "de" ? " %" : "%");
}

std::string date(std::string_view iso, std::string_view language) {
    bool shaped = iso.size() == 10 && iso[4] == '-' && iso[7] == '-' &&
                  std::all_of(iso.begin(), iso.end(),
                              [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (language != "de" || !shaped)
        return std::string(iso);
    auto number = [&](std::size_t at, std::size_t n) {
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i)
            v = v * 10 + (iso[i] - '0');
        return v;
    };
    return fmt::format("{}.{}.{}", number(8, 2), number(5, 2), iso.substr(0, 4));
}

} // namespace strat::util
