// Issue 15's batch target: YamlWriter hands words of strat's own grammar (ids, keys) to the
// emitter without its plain-scalar test, which was a third of a batch's time. The emitter
// still places them; these tests hold the bytes to what its own test would have chosen.

#include "load/catalog.hpp"
#include "output/yaml_writer.hpp"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace strat;

namespace {

/// Each word as a key, as a value, and all of them in one flow list, through YamlWriter.
std::string through_writer(const std::vector<std::string>& words) {
    std::ostringstream out;
    output::YamlWriter w(out);
    w.begin_map();
    for (const std::string& word : words)
        w.key(word).word(word);
    w.key("all");
    std::vector<std::string_view> views(words.begin(), words.end());
    w.words(views);
    w.end_map();
    w.end();
    return out.str();
}

/// The same document through the emitter alone, which tests every scalar.
std::string through_emitter(const std::vector<std::string>& words) {
    YAML::Emitter e;
    e.SetNullFormat(YAML::LowerNull);
    e << YAML::BeginMap;
    for (const std::string& word : words)
        e << YAML::Key << word << YAML::Value << word;
    e << YAML::Key << "all" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const std::string& word : words)
        e << word;
    e << YAML::EndSeq << YAML::EndMap;
    return std::string(e.c_str()) + "\n";
}

} // namespace

TEST_CASE("batch-emitter-check: every id of the shipped roadmaps is written as the emitter "
          "would write it") {
    load::Catalog catalog = load::load_catalog({}, {}).catalog;
    std::set<std::string> ids;
    for (const std::string& industry : catalog.industry_ids()) {
        model::Diagnostics diagnostics;
        auto merged = catalog.resolve(*catalog.find(industry), diagnostics);
        REQUIRE(merged);
        ids.insert(merged->id);
        for (const auto& goal : merged->goals)
            ids.insert(goal.id);
        for (const auto& question : merged->questions) {
            ids.insert(question.id);
            for (const auto& option : question.options)
                ids.insert(option.id);
        }
        for (const auto& strategy : merged->strategies)
            ids.insert(strategy.id);
        for (const auto& tactic : merged->tactics)
            ids.insert(tactic.id);
        for (const auto& kpi : merged->kpis)
            ids.insert(kpi.id);
    }
    std::vector<std::string> words(ids.begin(), ids.end());
    CHECK(words.size() > 500);
    CHECK(through_writer(words) == through_emitter(words));
}

TEST_CASE("batch-emitter-check: words at the edge of the grammar") {
    // Plain by the grammar: the emitter agrees.
    std::vector<std::string> plain = {"_",       "_x", "a1",    "nulls",    "yess", "offer", "no_x",
                                      "on_time", "ny", "true_", "off_peak", "n1",   "y_"};
    CHECK(through_writer(plain) == through_emitter(plain));
    // Outside the grammar, the emitter's test decides, and words YAML reads as other than
    // text are quoted.
    CHECK(through_writer({"yes", "null", "on", "y", "2026-01-05", "Email", "a b"}) ==
          "\"yes\": \"yes\"\n"
          "\"null\": \"null\"\n"
          "\"on\": \"on\"\n"
          "\"y\": \"y\"\n"
          "2026-01-05: 2026-01-05\n"
          "Email: Email\n"
          "a b: a b\n"
          "all: [\"yes\", \"null\", \"on\", \"y\", 2026-01-05, Email, a b]\n");
}
