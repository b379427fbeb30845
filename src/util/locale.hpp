#pragma once
/// The language people read strat in, and how numbers and dates are written in it:
/// `17,5 %` and `1.12.2026` in German, `17.5%` and `2026-12-01` in English.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace strat::util {

/// The language the environment asks for, as POSIX orders it: LC_ALL, else LC_MESSAGES,
/// else LANG, the first one set and not empty; `de_DE.UTF-8` means "de". "en" when none is
/// set or it names a language not in `spoken` (C and POSIX included).
std::string language_from_environment(const std::optional<std::string>& lc_all,
                                      const std::optional<std::string>& lc_messages,
                                      const std::optional<std::string>& lang,
                                      std::span<const std::string_view> spoken);

/// `value` with at most `decimals` decimals, trailing zeros dropped: "17.5" in English,
/// "17,5" in German, where whole parts of five digits or more are grouped ("12.500").
std::string decimal(double value, int decimals, std::string_view language);

/// A percentage as people write it: "17.5%" in English, "17,5 %" in German (DIN 5008).
std::string percent(double value, int decimals, std::string_view language);

/// An ISO date (YYYY-MM-DD) as people read it: unchanged in English, "1.12.2026" in German.
/// Text that is not an ISO date is returned as it is.
std::string date(std::string_view iso, std::string_view language);

} // namespace strat::util
