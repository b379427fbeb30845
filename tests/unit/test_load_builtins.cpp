// Built-in roadmaps as the build embeds them: the read model (roadmap_bytes.hpp) rebuilt
// from bytes, and the catalogue skipping checks only for chains the build verified.

#include "helpers.hpp"
#include "load/catalog.hpp"
#include "load/roadmap_bytes.hpp"

#include <doctest/doctest.h>

#include <algorithm>
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
    // Every key of the format, so a member the serializer forgot shows up here.
    load::RoadmapFile file = load::parse_roadmap_text("full.yaml", R"(strat: 1
id: full
name: Full
description: d
extends: base
audience: b2c
sources:
  - {id: src, publisher: P, title: T, year: 2020, url: u, citation: c, note: n}
goals:
  - {id: retention, name: R, description: d, aliases: [loyalty], start: q1, primary_kpi: k}
questions:
  - id: q1
    text: Q?
    help: h
    default: a
    options:
      - {id: a, label: A, facts: {consent: {email: partial}, channels: {sms: false},
         data: {orders: true}, tooling: {crm: false}, budget: low, maturity: basic,
         audience: b2c},
         weights: [{strategy: s, points: -2, reason: r, requires: {channels: [email],
                    consent: [sms], data: [orders], tooling: [crm], budget: high,
                    maturity: advanced, audience: b2b}}]}
      - {id: b, label: B}
strategies:
  - {id: s, name: S, description: d, goals: [retention], tactics: [t], kpis: [k]}
tactics:
  - id: t
    name: T
    description: d
    channels: [email, web]
    effort: medium
    cost: high
    requires: {consent: [email], budget: medium}
    collects: [sms]
    trigger: tr
    steps: [{day: 3, action: A, channel: email, condition: c, kind: service}]
    kpis: [k]
kpis:
  - {id: k, name: K, description: d, unit: days, direction: down, cadence: weekly,
     benchmark: {value: 1.5, source: src, year: 2019, segment: sg, note: n},
     target: {rule: relative, change: 5}}
  - {id: k2, name: K2, description: d, unit: count, direction: up, no_benchmark: why}
drops: {goals: [g], questions: [q], strategies: [s2], tactics: [t2], kpis: [k3]}
)");
    REQUIRE(file.roadmap);
    const model::SourceFile* from[] = {file.file.get()};
    std::string bytes = load::serialize_roadmap(*file.roadmap, from);

    model::SourceFile other("elsewhere.yaml", "");
    const model::SourceFile* to[] = {&other};
    auto back = load::deserialize_roadmap(bytes, to);
    REQUIRE(back);
    CHECK(load::serialize_roadmap(*back, to) == bytes);
    CHECK(back->file == &other);
    CHECK(back->extends->where.line == 5);
    CHECK(back->goals.at(0).primary_kpi.id == "k");
    const model::Option& a = back->questions.at(0).options.at(0);
    CHECK(a.facts.consent.at(model::Channel::email) == model::Consent::partial);
    CHECK(a.weights.at(0).requirements.channels.at(0) == model::Channel::email);
    const model::Tactic& t = back->tactics.at(0);
    CHECK(t.collects.at(0) == model::Channel::sms);
    CHECK(t.steps.at(0).kind == model::StepKind::service);
    CHECK(t.steps.at(0).where.file == &other);
    CHECK(back->kpis.at(0).benchmark->number == 1.5);
    CHECK(back->kpis.at(1).no_benchmark == "why");
    CHECK(back->drops.kpis.at(0).id == "k3");
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
    load::LoadedCatalog loaded = load::load_catalog({}, {});
    REQUIRE(loaded.errors.empty());
    CHECK(loaded.warnings.empty());
    load::Catalog& catalog = loaded.catalog;
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
    load::Catalog embedded = load::load_catalog({}, {}).catalog;
    load::Catalog read;
    for (const load::BuiltinRoadmap& b : load::builtin_roadmaps())
        read.add(parsed(b));
    const std::vector<const load::RoadmapFile*> in_force = embedded.in_force();
    REQUIRE_FALSE(in_force.empty());
    // Every roadmap, bases too, whatever each extends.
    for (const load::RoadmapFile* file : in_force) {
        const std::string& id = file->roadmap->id;
        CAPTURE(id);
        model::Diagnostics da, db;
        auto a = embedded.resolve(*file, da);
        auto b = read.resolve(*read.find(id), db);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(da.items().empty());
        CHECK(db.items().empty());
        // The same chain of files, each the catalogue's own source file (one per file).
        REQUIRE(a->chain.size() == b->chain.size());
        CHECK(a->chain.front() == file->file.get());
        for (const model::SourceFile* in_chain : a->chain) {
            CAPTURE(in_chain->path());
            CHECK(std::any_of(in_force.begin(), in_force.end(),
                              [&](auto* f) { return f->file.get() == in_chain; }));
        }
        const std::vector<const model::SourceFile*>& files_a = a->chain;
        const std::vector<const model::SourceFile*>& files_b = b->chain;
        CHECK(load::serialize_roadmap(*a, files_a) == load::serialize_roadmap(*b, files_b));

        auto by_id = embedded.resolve_verified(id);
        REQUIRE(by_id);
        CHECK(by_id->chain == a->chain);
        CHECK(load::serialize_roadmap(*by_id, files_a) == load::serialize_roadmap(*a, files_a));
    }
    CHECK_FALSE(embedded.resolve_verified("nonesuch"));
}

TEST_CASE(
    "a built-in is read only when its id is asked for, and bytes that do not read are a bug") {
    load::BuiltinRoadmap damaged{"fake.yaml", "strat: 1\n", "", "not a model", ""};
    load::Catalog catalog;
    catalog.add_builtin(damaged);
    CHECK(catalog.find("other") == nullptr); // never read
    CHECK_THROWS_AS(catalog.find("fake"), std::logic_error);
}

TEST_CASE("a chain that reaches a roadmap from outside the build is not verified") {
    load::Catalog builtins = load::load_catalog({}, {}).catalog;

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
