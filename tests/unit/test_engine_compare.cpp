// strat compare's engine: the difference of two campaign documents, with exact values;
// and the text renderer on the same pair, whole.

#include "engine/compare.hpp"
#include "output/compare.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace strat;
using engine::CampaignDocument;

namespace {

model::Kpi kpi(std::string id, std::string name) {
    model::Kpi k;
    k.id = std::move(id);
    k.name = std::move(name);
    return k;
}

engine::AnsweredQuestion answer(std::string q, std::string option, std::string label) {
    engine::AnsweredQuestion a;
    a.question = std::move(q);
    a.text = "Consent?";
    a.answer = std::move(option);
    a.label = std::move(label);
    a.source = model::AnswerSource::file;
    return a;
}

engine::StrategyEntry strategy(int rank, std::string id, int score, bool chosen,
                               std::vector<engine::ScoreReason> reasons) {
    engine::StrategyEntry s;
    s.rank = rank;
    s.id = id;
    s.name = "S " + id;
    s.score = score;
    s.chosen = chosen;
    s.reasons = std::move(reasons);
    return s;
}

engine::TacticEntry tactic(std::string id, std::string strategy,
                           std::vector<std::string> removed = {}) {
    engine::TacticEntry t;
    t.id = id;
    t.name = "T " + id;
    t.strategy = std::move(strategy);
    t.removed_steps = std::move(removed);
    return t;
}

engine::KpiEntry kpi_entry(const model::Kpi& k, std::optional<std::string> target) {
    engine::KpiEntry e;
    e.kpi = &k;
    e.target.value = std::move(target);
    return e;
}

struct Pair {
    model::Kpi rate = kpi("rate", "Rate");
    model::Kpi opens = kpi("opens", "Opens");
    CampaignDocument a, b;

    Pair() {
        for (CampaignDocument* d : {&a, &b}) {
            d->industry_id = "travel";
            d->industry_name = "Travel";
            d->goal_id = "retention";
            d->goal_name = "Retention";
        }
        a.answers = {answer("consent", "most", "Most"), answer("team", "small", "Small")};
        b.answers = {answer("consent", "none", "Hardly any"), answer("team", "small", "Small"),
                     answer("owned", "yes", "Yes")};
        a.strategies = {
            strategy(1, "email", 3, true, {{3, "you can email most", "consent", "most"}}),
            strategy(2, "site", 1, false, {{1, "a site", "team", "small"}})};
        b.strategies = {
            strategy(1, "site", 1, true, {{1, "a site", "team", "small"}}),
            strategy(2, "email", -1, false, {{-1, "few can be emailed", "consent", "none"}}),
            strategy(3, "ads", 0, false, {})};
        a.tactics = {tactic("newsletter", "email"), tactic("popup", "site", {"day 3: email"})};
        b.tactics = {tactic("popup", "site"), tactic("optin", "site")};
        a.kpis = {kpi_entry(rate, "30"), kpi_entry(opens, "20")};
        b.kpis = {kpi_entry(rate, "30"), kpi_entry(opens, "25")};
    }
};

} // namespace

TEST_CASE("compare: answers differ, in B's order, then questions only A asked") {
    Pair p;
    auto c = engine::compare_campaigns(p.a, "a.yaml", p.b, "b.yaml");
    CHECK(c.a.label == "a.yaml");
    CHECK(c.b.label == "b.yaml");
    CHECK(c.same_goal());
    CHECK(c.answers_same == 1);
    REQUIRE(c.answers.size() == 2);
    CHECK(c.answers[0].question == "consent");
    CHECK(c.answers[0].a->answer == "most");
    CHECK(c.answers[0].b->answer == "none");
    CHECK(c.answers[1].question == "owned");
    CHECK_FALSE(c.answers[1].a);
    CHECK(output::answer_text(c.answers[1].a) == "not asked");
    CHECK(output::answer_text(c.answers[0].b) == "none: Hardly any (answers file)");
}

TEST_CASE("compare: the same answer decided another way differs; where it was written not") {
    Pair p;
    p.b.answers[1].source = model::AnswerSource::constraint;
    p.b.answers[1].origin = "--maturity basic";
    p.a.answers[0].origin = "a.yaml:7:24";
    p.b.answers[0].origin = "b.yaml:7:24";
    auto c = engine::compare_campaigns(p.a, "a.yaml", p.b, "b.yaml");
    CHECK(c.answers_same == 0);
    REQUIRE(c.answers.size() == 3);
    CHECK(c.answers[1].question == "team");
    CHECK(output::answer_text(c.answers[1].a) == "small: Small (answers file)");
    CHECK(output::answer_text(c.answers[1].b) == "small: Small (--maturity basic)");
    p.b.answers[1] = p.a.answers[1];
    p.b.answers[1].origin = "b.yaml:8:9";
    CHECK(engine::compare_campaigns(p.a, "a", p.b, "b").answers_same == 1);
}

TEST_CASE("compare: the ranking with score changes and reasons gained and lost") {
    Pair p;
    auto c = engine::compare_campaigns(p.a, "a.yaml", p.b, "b.yaml");
    REQUIRE(c.ranking.size() == 3);
    const auto& email = c.ranking[1];
    CHECK(email.id == "email");
    CHECK(email.changed());
    REQUIRE(email.gained.size() == 1);
    CHECK(email.gained[0].text == "few can be emailed");
    REQUIRE(email.lost.size() == 1);
    CHECK(email.lost[0].points == 3);
    CHECK(email.a->reasons.empty()); // reasons live in gained and lost only
    CHECK(output::ranking_change_text(email) == "score +3 → -1 (-4), rank 1 → 2, chosen in A only");
    CHECK(output::ranking_change_text(c.ranking[2]) == "ranked in B only");
    CHECK(output::ranking_text(c.ranking[2].a) == "not ranked");
    CHECK(output::ranking_text(c.ranking[0].b) == "#1, +1, chosen");
}

TEST_CASE("compare: tactics added and dropped, steps left out, KPI targets") {
    Pair p;
    auto c = engine::compare_campaigns(p.a, "a.yaml", p.b, "b.yaml");
    REQUIRE(c.tactics_added.size() == 1);
    CHECK(c.tactics_added[0].id == "optin");
    REQUIRE(c.tactics_dropped.size() == 1);
    CHECK(c.tactics_dropped[0].id == "newsletter");
    REQUIRE(c.left_out.size() == 1);
    CHECK(c.left_out[0].id == "popup");
    CHECK(c.left_out[0].a_only == std::vector<std::string>{"day 3: email"});
    CHECK(c.left_out[0].b_only.empty());
    REQUIRE(c.kpis.size() == 1); // the rate's target is the same
    CHECK(c.kpis[0].id == "opens");
    CHECK(output::kpi_text(c.kpis[0].a) == "target 20%");
    CHECK(output::kpi_text(c.kpis[0].b) == "target 25%");
    CHECK_FALSE(c.identical());
}

TEST_CASE("compare: a document with itself is identical; different goals are said") {
    Pair p;
    CHECK(engine::compare_campaigns(p.a, "a", p.a, "a").identical());
    p.b.goal_id = "acquisition";
    auto c = engine::compare_campaigns(p.a, "a", p.b, "b");
    CHECK_FALSE(c.same_goal());
    CHECK(output::different_goals_text(c) ==
          "Different goals: A plans retention of travel, B plans acquisition of travel; "
          "strategies, tactics and KPIs are matched by id.");
}

TEST_CASE("compare: the text view, wrapped at its width") {
    Pair p;
    auto c = engine::compare_campaigns(p.a, "a.yaml", p.b, "b.yaml");
    std::ostringstream out;
    output::CompareView view;
    view.width = 60;
    output::print_compare_text(out, c, view);
    CHECK(out.str() == R"(Compare A: a.yaml with B: b.yaml
  A: Travel (travel), goal Retention (retention)
  B: Travel (travel), goal Retention (retention)

Answers: 2 differ, 1 the same
  consent: Consent?
    A: most: Most (answers file)
    B: none: Hardly any (answers file)
  owned: Consent?
    A: not asked
    B: yes: Yes (answers file)

Ranking: 3 of 3 strategies changed
  S site (site)
    A: #2, +1; B: #1, +1, chosen
    rank 2 → 1, chosen in B only
  S email (email)
    A: #1, +3, chosen; B: #2, -1
    score +3 → -1 (-4), rank 1 → 2, chosen in A only
    new in B: -1 few can be emailed
    gone in B: +3 you can email most
  S ads (ads)
    A: not ranked; B: #3, 0
    ranked in B only

Tactics: 1 added in B, 1 dropped in B
  + T optin (optin), for strategy site
  - T newsletter (newsletter), for strategy email
  Steps left out (no consent, or the channel is not
    available):
    T popup (popup)
      A only: day 3: email

KPI targets: 1 differs
  Opens (opens)
    A: target 20%
    B: target 25%
)");
}

TEST_CASE("compare: colour only when the view has it, around headings and changes") {
    Pair p;
    auto c = engine::compare_campaigns(p.a, "a.yaml", p.b, "b.yaml");
    std::ostringstream plain, coloured;
    output::CompareView view;
    output::print_compare_text(plain, c, view);
    CHECK(plain.str().find('\x1b') == std::string::npos);
    view.color = true;
    output::print_compare_text(coloured, c, view);
    CHECK(coloured.str().starts_with("\x1b[1mCompare A: a.yaml with B: b.yaml\x1b[0m\n"));
    CHECK(coloured.str().find("  \x1b[32m+ T optin (optin), for strategy site\x1b[0m\n") !=
          std::string::npos);
    CHECK(
        coloured.str().find("  \x1b[31m- T newsletter (newsletter), for strategy email\x1b[0m\n") !=
        std::string::npos);
}
