// Built-in roadmaps as the build embeds them: the read model (roadmap_cache.hpp) rebuilt
// from bytes, and the catalogue skipping checks only for chains the build verified.

#include "helpers.hpp"
#include "load/catalog.hpp"
#include "load/roadmap_cache.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace strat;

namespace {

const load::BuiltinRoadmap& builtin(std::string_view name) {
    for (const load::BuiltinRoadmap& b : load::builtin_roadmaps())
        if (b.name == name)
            return b;
    throw std::logic_error("no such built-in");
}

load::RoadmapFile parsed(const load::BuiltinRoadmap& b) {
    return load::parse_roadmap_text(load::builtin_path(b.name), std::string(b.text));
}

const char* base_yaml = R"(strat: 1
id: base
kind: base
name: Base
description: A base.
)";

} // namespace

TEST_CASE("each embedded model is exactly the roadmap its text reads to") {
    for (const load::BuiltinRoadmap& b : load::builtin_roadmaps()) {
        CAPTURE(b.name);
        load::RoadmapFile file = parsed(b);
        REQUIRE(file.roadmap);
        const model::SourceFile* files[] = {file.file.get()};
        CHECK(load::serialize_roadmap(*file.roadmap, files) == b.model);
    }
}

TEST_CASE("a roadmap read back from bytes has every member, pointing into the given file") {
    load::RoadmapFile file = parsed(builtin("travel.yaml"));
    REQUIRE(file.roadmap);
    const model::SourceFile* from[] = {file.file.get()};
    std::string bytes = load::serialize_roadmap(*file.roadmap, from);

    model::SourceFile other("elsewhere.yaml", "");
    const model::SourceFile* to[] = {&other};
    auto back = load::deserialize_roadmap(bytes, to);
    REQUIRE(back);
    CHECK(load::serialize_roadmap(*back, to) == bytes);

    CHECK(back->file == &other);
    CHECK(back->id == "travel");
    CHECK(back->extends->id == "base");
    CHECK(back->extends->where.line == 11);
    CHECK(back->extends->where.column == 10);
    CHECK(back->audience == model::Reach::b2c);
    const model::Source& source = back->sources.at(0);
    CHECK(source.id == "getresponse-2017");
    CHECK(source.path == "sources[0]");
    CHECK(source.where.file == &other);
    CHECK(source.where.line == 15);
    CHECK(source.where.column == 5);
    CHECK(source.year == 2017);
    CHECK(source.title == "Email Marketing & Beyond: Global Industry Benchmarks 2017");
    CHECK(back->sources.at(1).citation.starts_with("Exploding Topics, customer retention"));
    CHECK(back->goals.at(0).aliases.at(2).id == "repeat-booking");

    const model::Option& most = back->questions.at(0).options.at(0);
    CHECK(most.path == "questions[0].options[0]");
    CHECK(most.next->id == "booking_frequency");
    CHECK(most.facts.consent.at(model::Channel::email) == true);
    CHECK(most.weights.at(3).points == -6);
    CHECK(back->questions.at(0).options.at(2).facts.consent.at(model::Channel::email) == false);

    const model::Kpi& click = back->kpis.at(0);
    CHECK(click.id == "email_click_rate");
    CHECK(click.benchmark->value == "1.4");
    CHECK(click.benchmark->number == 1.4);
    CHECK(click.benchmark->source.id == "campaign-monitor-2022");
    CHECK(click.target->rule == model::TargetRule::benchmark);
    const model::Kpi& retention = back->kpis.at(2);
    CHECK(retention.id == "customer_retention_rate");
    CHECK(retention.target->rule == model::TargetRule::relative);
    CHECK(retention.target->change == "5");
    CHECK(retention.target->change_number == 5.0);
    const model::Kpi& repeat = back->kpis.at(3);
    CHECK(repeat.id == "repeat_purchase_rate");
    CHECK_FALSE(repeat.benchmark.has_value());
    CHECK(repeat.target->change_number == 10.0);
}

TEST_CASE("bytes that are not a roadmap this version wrote are refused") {
    load::RoadmapFile small = load::parse_roadmap_text("small.yaml", base_yaml);
    REQUIRE(small.roadmap);
    const model::SourceFile* files[] = {small.file.get()};
    std::string bytes = load::serialize_roadmap(*small.roadmap, files);
    REQUIRE(load::deserialize_roadmap(bytes, files));

    CHECK_FALSE(load::deserialize_roadmap("", files));
    CHECK_FALSE(load::deserialize_roadmap("strat-doc-1", files));
    CHECK_FALSE(load::deserialize_roadmap(bytes.substr(0, bytes.size() - 1), files));
    CHECK_FALSE(load::deserialize_roadmap(bytes + "x", files));
    // The positions name file 1 of 1; with no files listed, that index is damage.
    CHECK_FALSE(load::deserialize_roadmap(bytes, {}));
}

TEST_CASE("a roadmap whose positions name an unlisted file cannot be written") {
    load::RoadmapFile small = load::parse_roadmap_text("small.yaml", base_yaml);
    REQUIRE(small.roadmap);
    model::SourceFile other("other.yaml", "");
    const model::SourceFile* files[] = {&other};
    CHECK_THROWS_AS(load::serialize_roadmap(*small.roadmap, files), std::invalid_argument);
}

TEST_CASE("built-ins come from their embedded model, as verified, with no diagnostics") {
    std::vector<std::string> errors;
    load::Catalog catalog = load::load_catalog({}, {}, errors);
    REQUIRE(errors.empty());
    const load::RoadmapFile* travel = catalog.find("travel");
    REQUIRE(travel);
    CHECK(travel->origin == "built-in");
    CHECK(travel->file->path() == "<built-in>/travel.yaml");
    CHECK(travel->file->sha256() == builtin("travel.yaml").sha256);
    CHECK(travel->diagnostics.items().empty());
    CHECK(travel->roadmap->tactics.at(0).where.file == travel->file.get());
    CHECK(catalog.verified_builtin(*travel));
    CHECK(catalog.verified_builtin(*catalog.find("base")));
}

TEST_CASE("verified built-ins resolve from their models to what reading their texts gives") {
    std::vector<std::string> errors;
    load::Catalog embedded = load::load_catalog({}, {}, errors);
    load::Catalog read;
    for (const load::BuiltinRoadmap& b : load::builtin_roadmaps())
        read.add(parsed(b));
    REQUIRE(embedded.industry_ids().size() == 8);
    for (const std::string& id : embedded.industry_ids()) {
        CAPTURE(id);
        model::Diagnostics da, db;
        auto a = embedded.resolve(*embedded.find(id), da);
        auto b = read.resolve(*read.find(id), db);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(da.items().empty());
        CHECK(db.items().empty());
        REQUIRE(a->chain.size() == 2);
        CHECK(a->chain[0] == embedded.find(id)->file.get());
        CHECK(a->chain[1] == embedded.find("base")->file.get()); // one source file per file
        CHECK(a->chain[1]->path() == "<built-in>/base.yaml");
        const model::SourceFile* files_a[] = {a->chain[0], a->chain[1]};
        const model::SourceFile* files_b[] = {b->chain[0], b->chain[1]};
        CHECK(load::serialize_roadmap(*a, files_a) == load::serialize_roadmap(*b, files_b));

        auto by_id = embedded.resolve_verified(id);
        REQUIRE(by_id);
        CHECK(by_id->chain == a->chain);
        CHECK(load::serialize_roadmap(*by_id, files_a) == load::serialize_roadmap(*a, files_a));
    }
    auto base = embedded.resolve_verified("base");
    REQUIRE(base);
    CHECK(base->kind == model::RoadmapKind::base);
    REQUIRE(base->chain.size() == 1);
    CHECK(base->chain[0] == embedded.find("base")->file.get());
    CHECK_FALSE(embedded.resolve_verified("nonesuch"));
}

TEST_CASE("a chain that reaches a roadmap from outside the build is not verified") {
    std::vector<std::string> errors;
    load::Catalog builtins = load::load_catalog({}, {}, errors);

    SUBCASE("a user file shadows the base a built-in extends") {
        load::Catalog user(&builtins);
        user.add(load::parse_roadmap_text("base.yaml", base_yaml));
        const load::RoadmapFile* travel = user.find("travel");
        REQUIRE(travel);
        CHECK(travel->origin == "built-in");
        CHECK_FALSE(user.verified_builtin(*travel));
        CHECK_FALSE(user.resolve_verified("travel"));
        CHECK(builtins.verified_builtin(*travel)); // without the user's base it is
        CHECK(builtins.resolve_verified("travel"));
    }
    SUBCASE("a user industry extends a built-in base") {
        load::Catalog user(&builtins);
        const load::RoadmapFile& mine = user.add(load::parse_roadmap_text(
            "mine.yaml", "strat: 1\nid: mine\nname: Mine\ndescription: d\nextends: base\n"));
        CHECK_FALSE(user.verified_builtin(mine));
    }
    SUBCASE("a user file shadows a built-in industry") {
        load::Catalog user(&builtins);
        const load::RoadmapFile& mine = user.add(load::parse_roadmap_text(
            "travel.yaml", "strat: 1\nid: travel\nname: T\ndescription: d\nextends: base\n"));
        CHECK(user.find("travel") == &mine);
        CHECK_FALSE(user.verified_builtin(mine));
        CHECK_FALSE(user.resolve_verified("travel"));
    }
    SUBCASE("a roadmap added as a file, not as a built-in, even with a built-in's text") {
        load::Catalog plain;
        const load::RoadmapFile& base = plain.add(parsed(builtin("base.yaml")));
        CHECK_FALSE(plain.verified_builtin(base));
    }
}
