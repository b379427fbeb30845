#include "load/roadmap_bytes.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>
#include <type_traits>

namespace strat::load {
namespace {

using namespace model;

constexpr std::string_view magic = "strat-roadmap-2";

/// Integers are unsigned LEB128: 7 bits per byte, the high bit set while more follow.
void put_varint(std::string& out, std::uint64_t n) {
    do {
        auto byte = static_cast<unsigned char>(n & 0x7F);
        n >>= 7;
        out += static_cast<char>(n ? byte | 0x80 : byte);
    } while (n);
}

/// The number at `at` in `bytes`, moving `at` past it; nullopt when the bytes end first.
std::optional<std::uint64_t> get_varint(std::string_view bytes, std::size_t& at) {
    std::uint64_t n = 0;
    for (int shift = 0; shift < 64 && at < bytes.size(); shift += 7) {
        auto byte = static_cast<unsigned char>(bytes[at++]);
        n |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return n;
    }
    return std::nullopt;
}

/// Counts the members of an aggregate, so a member added to the model without being
/// added to `describe` below stops the build instead of vanishing from built-ins.
struct AnyMember {
    template <typename T> operator T() const; // NOLINT: converts to any member type
};
template <typename T, typename... Members> constexpr std::size_t member_count() {
    if constexpr (requires { T{Members{}..., AnyMember{}}; })
        return member_count<T, Members..., AnyMember>();
    else
        return sizeof...(Members);
}

/// Hands `io` the members of a `T`, and stops the build when they are not all of them.
template <typename T, typename Io, typename... M> void members(Io& io, M&... m) {
    static_assert(sizeof...(M) == member_count<T>(), "list every member of the struct");
    io(m...);
}

/// Every member of every model struct, in one list that both directions walk: `io` is a
/// Writer (with const structs) or a Reader.
template <typename Io, typename S> void describe(Io& io, S& s) {
    using T = std::remove_const_t<S>;
    if constexpr (std::is_same_v<T, Origin>) {
        members<T>(io, s.file, s.line, s.column);
    } else if constexpr (std::is_same_v<T, Ref>) {
        members<T>(io, s.id, s.where);
    } else if constexpr (std::is_same_v<T, Source>) {
        members<T>(io, s.id, s.where, s.path, s.publisher, s.title, s.year, s.url, s.citation,
                   s.note);
    } else if constexpr (std::is_same_v<T, Goal>) {
        members<T>(io, s.id, s.where, s.path, s.name, s.description, s.aliases, s.start,
                   s.primary_kpi);
    } else if constexpr (std::is_same_v<T, Facts>) {
        members<T>(io, s.consent, s.channels, s.data, s.tooling, s.budget, s.maturity, s.audience);
    } else if constexpr (std::is_same_v<T, Weight>) {
        members<T>(io, s.strategy, s.points, s.reason, s.requirements);
    } else if constexpr (std::is_same_v<T, Option>) {
        members<T>(io, s.id, s.where, s.path, s.label, s.next, s.weights, s.facts);
    } else if constexpr (std::is_same_v<T, Question>) {
        members<T>(io, s.id, s.where, s.path, s.text, s.help, s.default_option, s.options);
    } else if constexpr (std::is_same_v<T, Strategy>) {
        members<T>(io, s.id, s.where, s.path, s.name, s.description, s.goals, s.tactics, s.kpis);
    } else if constexpr (std::is_same_v<T, Requirements>) {
        members<T>(io, s.channels, s.consent, s.data, s.tooling, s.budget, s.maturity, s.audience);
    } else if constexpr (std::is_same_v<T, Step>) {
        members<T>(io, s.where, s.path, s.day, s.action, s.channel, s.channel_where, s.condition,
                   s.kind, s.markets, s.practices);
    } else if constexpr (std::is_same_v<T, Risk>) {
        members<T>(io, s.where, s.path, s.risk, s.mitigation);
    } else if constexpr (std::is_same_v<T, Tactic>) {
        members<T>(io, s.id, s.where, s.path, s.name, s.description, s.channels, s.effort, s.cost,
                   s.requirements, s.collects, s.trigger, s.steps, s.risks, s.kpis, s.watches,
                   s.markets, s.practices);
    } else if constexpr (std::is_same_v<T, Benchmark>) {
        members<T>(io, s.where, s.path, s.value, s.number, s.source, s.year, s.segment, s.note,
                   s.region, s.region_where);
    } else if constexpr (std::is_same_v<T, Target>) {
        members<T>(io, s.where, s.path, s.rule, s.change, s.change_number);
    } else if constexpr (std::is_same_v<T, Kpi>) {
        members<T>(io, s.id, s.where, s.path, s.name, s.description, s.unit, s.direction, s.cadence,
                   s.reading, s.benchmark, s.regional_benchmarks, s.no_benchmark, s.target);
    } else if constexpr (std::is_same_v<T, Resource>) {
        members<T>(io, s.id, s.where, s.path, s.name, s.description);
    } else if constexpr (std::is_same_v<T, Roadmap>) {
        members<T>(io, s.file, s.where, s.id_where, s.format, s.id, s.kind, s.name, s.description,
                   s.extends, s.audience, s.sources, s.goals, s.questions, s.strategies, s.tactics,
                   s.kpis, s.drops, s.markets, s.budget, s.tooling, s.data, s.chain);
    } else if constexpr (std::is_same_v<T, model::BudgetRule>) {
        members<T>(io, s.where, s.path, s.weights, s.reserve, s.pilot, s.scale, s.reserve_where,
                   s.phases_where);
    } else if constexpr (std::is_same_v<T, MarketRule>) {
        members<T>(io, s.id, s.where, s.path, s.topic, s.channels, s.audience, s.needs, s.element,
                   s.conditions, s.hours, s.forbids, s.text, s.source, s.url, s.source_note);
    } else if constexpr (std::is_same_v<T, Market>) {
        members<T>(io, s.id, s.where, s.path, s.name, s.description, s.rules);
    } else if constexpr (std::is_same_v<T, Drops>) {
        members<T>(io, s.goals, s.questions, s.strategies, s.tactics, s.kpis);
    } else {
        static_assert(sizeof(T) == 0, "describe the members of this type");
    }
}

template <typename T> struct is_optional : std::false_type {};
template <typename T> struct is_optional<std::optional<T>> : std::true_type {};
template <typename T> struct is_vector : std::false_type {};
template <typename T> struct is_vector<std::vector<T>> : std::true_type {};
template <typename T> struct is_map : std::false_type {};
template <typename K, typename V> struct is_map<std::map<K, V>> : std::true_type {};

std::uint64_t zigzag(std::int64_t n) {
    return (static_cast<std::uint64_t>(n) << 1) ^ static_cast<std::uint64_t>(n >> 63);
}

std::int64_t unzigzag(std::uint64_t n) {
    return static_cast<std::int64_t>(n >> 1) ^ -static_cast<std::int64_t>(n & 1);
}

class Writer {
public:
    explicit Writer(std::span<const SourceFile* const> files) : files_(files) {}

    template <typename... T> void operator()(const T&... values) { (put(values), ...); }

    std::string out{magic};

private:
    void number(std::uint64_t n) { put_varint(out, n); }

    template <typename T> void put(const T& value) {
        if constexpr (std::is_enum_v<T>) {
            number(static_cast<std::uint64_t>(value));
        } else if constexpr (std::is_same_v<T, bool>) {
            number(value ? 1 : 0);
        } else if constexpr (std::is_same_v<T, int>) {
            number(zigzag(value));
        } else if constexpr (std::is_same_v<T, double>) {
            auto bits = std::bit_cast<std::uint64_t>(value);
            for (int i = 0; i < 8; ++i)
                out += static_cast<char>((bits >> (8 * i)) & 0xFF);
        } else if constexpr (std::is_same_v<T, std::string>) {
            number(value.size());
            out += value;
        } else if constexpr (std::is_same_v<T, const SourceFile*>) {
            number(file_index(value));
        } else if constexpr (is_optional<T>::value) {
            number(value ? 1 : 0);
            if (value)
                put(*value);
        } else if constexpr (is_vector<T>::value) {
            number(value.size());
            for (const auto& item : value)
                put(item);
        } else if constexpr (is_map<T>::value) {
            number(value.size());
            for (const auto& [key, item] : value) {
                put(key);
                put(item);
            }
        } else {
            describe(*this, value);
        }
    }

    /// 0 for no file, else 1 + its index in `files_`.
    std::uint64_t file_index(const SourceFile* file) const {
        if (file == nullptr)
            return 0;
        auto it = std::find(files_.begin(), files_.end(), file);
        if (it == files_.end())
            throw std::invalid_argument("serialize_roadmap: a position's file is not listed");
        return static_cast<std::uint64_t>(it - files_.begin()) + 1;
    }

    std::span<const SourceFile* const> files_;
};

/// Reads what Writer wrote. Every read is bounds-checked; the first failure makes the
/// rest no-ops and `ok` false.
class Reader {
public:
    Reader(std::string_view bytes, std::span<const SourceFile* const> files)
        : bytes_(bytes), files_(files) {}

    template <typename... T> void operator()(T&... values) { (get(values), ...); }

    bool ok = true;
    bool done() const { return at_ == bytes_.size(); }

private:
    std::uint64_t number() {
        if (auto n = get_varint(bytes_, at_))
            return *n;
        ok = false;
        return 0;
    }

    /// A count of items, each at least one byte long: larger counts are damage.
    std::size_t count() {
        std::uint64_t n = number();
        if (n > bytes_.size() - at_) {
            ok = false;
            return 0;
        }
        return static_cast<std::size_t>(n);
    }

    template <typename T> void get(T& value) {
        if (!ok)
            return;
        if constexpr (std::is_enum_v<T>) {
            value = static_cast<T>(number());
        } else if constexpr (std::is_same_v<T, bool>) {
            value = number() != 0;
        } else if constexpr (std::is_same_v<T, int>) {
            value = static_cast<int>(unzigzag(number()));
        } else if constexpr (std::is_same_v<T, double>) {
            if (bytes_.size() - at_ < 8) {
                ok = false;
                return;
            }
            std::uint64_t bits = 0;
            for (int i = 0; i < 8; ++i)
                bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes_[at_++]))
                        << (8 * i);
            value = std::bit_cast<double>(bits);
        } else if constexpr (std::is_same_v<T, std::string>) {
            std::size_t size = count();
            value.assign(bytes_.data() + at_, size);
            at_ += size;
        } else if constexpr (std::is_same_v<T, const SourceFile*>) {
            std::uint64_t index = number();
            if (index > files_.size())
                ok = false;
            else
                value = index == 0 ? nullptr : files_[index - 1];
        } else if constexpr (is_optional<T>::value) {
            if (number() != 0)
                get(value.emplace());
        } else if constexpr (is_vector<T>::value) {
            std::size_t size = count();
            value.resize(size);
            for (auto& item : value)
                get(item);
        } else if constexpr (is_map<T>::value) {
            std::size_t size = count();
            for (std::size_t i = 0; i < size && ok; ++i) {
                typename T::key_type key{};
                get(key);
                get(value[key]);
            }
        } else {
            describe(*this, value);
        }
    }

    std::string_view bytes_;
    std::size_t at_ = 0;
    std::span<const SourceFile* const> files_;
};

} // namespace

std::string serialize_roadmap(const Roadmap& roadmap, std::span<const SourceFile* const> files) {
    Writer writer(files);
    writer(roadmap);
    return std::move(writer.out);
}

std::optional<Roadmap> deserialize_roadmap(std::string_view bytes,
                                           std::span<const SourceFile* const> files) {
    if (bytes.substr(0, magic.size()) != magic)
        return std::nullopt;
    Reader reader(bytes.substr(magic.size()), files);
    Roadmap roadmap;
    reader(roadmap);
    if (!reader.ok || !reader.done())
        return std::nullopt;
    return roadmap;
}

} // namespace strat::load
