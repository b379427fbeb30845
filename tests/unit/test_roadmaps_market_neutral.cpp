// Regression (issue 14, UK wording in German and EU plans): a text every market reads, one
// not bound to a market by `markets:`, names no UK or US authority or statute, in English
// and in German. Such a rule belongs in markets.yaml, where the checklist cites it.

#include "load/catalog.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace strat;

namespace {

/// Names that only the UK's or the US's rules use.
const std::vector<std::string> kForeignRules = {"ICO",
                                                "Ofcom",
                                                "FCA",
                                                "PECR",
                                                "TCPA",
                                                "CAN-SPAM",
                                                "TPS",
                                                "in the UK",
                                                "UK rules",
                                                "the UK's",
                                                "im Vereinigten Königreich",
                                                "britisch"};

/// The word `name` in `text`, not as part of a longer word.
bool names(const std::string& text, const std::string& name) {
    auto word = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    };
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        bool starts = at == 0 || !word(text[at - 1]);
        std::size_t end = at + name.size();
        bool ends = end == text.size() || !word(text[end]);
        if (starts && ends)
            return true;
    }
    return false;
}

/// Every text of `roadmap` that a plan shows in any market, with where it is.
std::vector<std::pair<std::string, std::string>>
texts_for_every_market(const model::Roadmap& roadmap) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const model::Goal& g : roadmap.goals)
        out.push_back({g.path, g.name + "\n" + g.description});
    for (const model::Question& q : roadmap.questions) {
        out.push_back({q.path, q.text + "\n" + q.help});
        for (const model::Option& o : q.options) {
            out.push_back({o.path, o.label});
            for (const model::Weight& w : o.weights)
                out.push_back({o.path, w.reason});
        }
    }
    for (const model::Strategy& s : roadmap.strategies)
        out.push_back({s.path, s.name + "\n" + s.description});
    for (const model::Tactic& t : roadmap.tactics) {
        if (!t.markets.empty())
            continue;
        out.push_back({t.path, t.name + "\n" + t.description + "\n" + t.trigger});
        for (const model::Step& s : t.steps)
            if (s.markets.empty())
                out.push_back({s.path, s.action + "\n" + s.condition});
        for (const model::Risk& r : t.risks)
            out.push_back({r.path, r.risk + "\n" + r.mitigation});
    }
    for (const model::Kpi& k : roadmap.kpis)
        out.push_back({k.path, k.name + "\n" + k.description});
    return out;
}

} // namespace

TEST_CASE("issue14-uk-wording-in-eu-plans: no text outside a market names a UK or US rule") {
    for (const char* language : {"en", "de"}) {
        CAPTURE(language);
        load::Catalog catalog = load::load_catalog({}, {}, language).catalog;
        for (const std::string& id : catalog.industry_ids()) {
            CAPTURE(id);
            model::Diagnostics d;
            auto merged = catalog.resolve(*catalog.find(id), d);
            REQUIRE(merged);
            for (const auto& [path, text] : texts_for_every_market(*merged))
                for (const std::string& rule : kForeignRules) {
                    CAPTURE(path);
                    CHECK_MESSAGE(!names(text, rule), rule);
                }
        }
    }
}

TEST_CASE("issue14-uk-wording-in-eu-plans: the consent-building tactic points to the market's "
          "rules") {
    load::Catalog en = load::load_catalog({}, {}, "en").catalog;
    model::Diagnostics d;
    auto base = en.resolve(*en.find("travel"), d);
    REQUIRE(base);
    const model::Tactic* tactic = nullptr;
    for (const model::Tactic& t : base->tactics)
        if (t.id == "consent_repermission")
            tactic = &t;
    REQUIRE(tactic);
    CHECK(tactic->description.find(
              "An email asking for consent is itself marketing and needs what any marketing "
              "email needs in your market (consent or the existing-customer exception, see the "
              "checklist)") != std::string::npos);

    load::Catalog de = load::load_catalog({}, {}, "de").catalog;
    auto german = de.resolve(*de.find("travel"), d);
    REQUIRE(german);
    for (const model::Tactic& t : german->tactics)
        if (t.id == "consent_repermission")
            CHECK(t.description.find(
                      "Eine E-Mail, die um Einwilligung bittet, ist selbst Werbung und braucht, "
                      "was jede Werbe-E-Mail in Ihrem Markt braucht (eine Einwilligung oder die "
                      "Bestandskundenausnahme, siehe Checkliste)") != std::string::npos);
}
