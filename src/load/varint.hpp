#pragma once
/// Unsigned LEB128 numbers, the integers of the byte format strat embeds its read
/// roadmaps in at build time (roadmap_cache): 7 bits per byte, high bit set while more follow.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace strat::load {

inline void put_varint(std::string& out, std::uint64_t n) {
    do {
        auto byte = static_cast<unsigned char>(n & 0x7F);
        n >>= 7;
        out += static_cast<char>(n ? byte | 0x80 : byte);
    } while (n);
}

/// The number at `at` in `bytes`, moving `at` past it; nullopt when the bytes end first.
inline std::optional<std::uint64_t> get_varint(std::string_view bytes, std::size_t& at) {
    std::uint64_t n = 0;
    for (int shift = 0; shift < 64 && at < bytes.size(); shift += 7) {
        auto byte = static_cast<unsigned char>(bytes[at++]);
        n |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return n;
    }
    return std::nullopt;
}

} // namespace strat::load
