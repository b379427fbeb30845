#pragma once
// Reading a written YAML skeleton back with yaml-cpp and comparing it value by value with
// the campaign document it was written from (test_output_campaign_roundtrip.cpp).

#include "engine/campaign.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

namespace strat::test {

/// A plain scalar YAML would read as a boolean, number or null rather than text.
inline bool reads_as_other_type(const YAML::Node& n) {
    bool b = false;
    double d = 0;
    return n.Tag() == "?" &&
           (YAML::convert<bool>::decode(n, b) || YAML::convert<double>::decode(n, d) || n.IsNull());
}

/// A mapping whose keys are all looked at: `done` fails on a key the document lacks.
class Map {
public:
    Map(const YAML::Node& node) : node_(node) { REQUIRE(node.IsMap()); }
    YAML::Node operator[](const char* key) {
        ++seen_;
        YAML::Node value = node_[key];
        INFO("key ", key);
        CHECK(value.IsDefined());
        return value;
    }
    void done() const { CHECK(node_.size() == seen_); }

private:
    YAML::Node node_;
    std::size_t seen_ = 0;
};

/// Compares YAML values with the document's, keeping the text for the fill-in comments.
struct Compare {
    std::vector<std::string> lines;

    void text(const YAML::Node& n, std::string_view want) const {
        REQUIRE(n.IsScalar());
        CHECK(n.as<std::string>() == want);
        CHECK_FALSE(reads_as_other_type(n));
    }
    void number(const YAML::Node& n, long long want) const {
        REQUIRE(n.IsScalar());
        CHECK(n.Tag() == "?");
        CHECK(n.as<long long>() == want);
    }
    void figure(const YAML::Node& n, std::string_view want) const {
        REQUIRE(n.IsScalar());
        CHECK(n.Tag() == "?");
        CHECK(n.as<std::string>() == want);
        CHECK(n.as<double>() == doctest::Approx(std::stod(std::string(want))));
    }
    void flag(const YAML::Node& n, bool want) const {
        REQUIRE(n.IsScalar());
        CHECK(n.Tag() == "?");
        CHECK(n.as<bool>() == want);
    }
    /// A value strat knows, or null with `# fill in: <hint>` on its line.
    void fill(const YAML::Node& n, const engine::FillIn& f, std::string rule = {}) const {
        if (f.value)
            return text(n, *f.value);
        CHECK(n.IsNull());
        std::string_view line = lines.at(static_cast<std::size_t>(n.Mark().line));
        std::string hint = rule.empty() ? f.hint : rule + ", " + f.hint;
        CHECK(line.ends_with("null  # fill in: " + hint));
    }
    void words(const YAML::Node& n, const std::vector<std::string_view>& want) const {
        REQUIRE(n.IsSequence());
        REQUIRE(n.size() == want.size());
        for (std::size_t i = 0; i < want.size(); ++i)
            text(n[i], want[i]);
    }
    void channels(const YAML::Node& n, const std::vector<model::Channel>& want) const {
        std::vector<std::string_view> names;
        for (model::Channel ch : want)
            names.push_back(model::name(ch));
        words(n, names);
    }
};

} // namespace strat::test
