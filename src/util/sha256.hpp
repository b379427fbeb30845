#pragma once
/// SHA-256 of a byte string, as lower-case hex: the content hash recorded in campaign
/// files so a later run can tell whether the roadmap changed.

#include <string>
#include <string_view>

namespace strat::util {

std::string sha256_hex(std::string_view bytes);

} // namespace strat::util
