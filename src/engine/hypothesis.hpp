#pragma once
/// Each planned tactic's test: what it should change (its first KPI the campaign measures,
/// by its target's change), how the pilot tells it from chance (the design its main channel
/// allows), and the decision at its go/no-go review. Derived from what the plan knows,
/// never invented: a tactic whose KPIs the campaign does not measure gets no KPI, and the
/// team names one. Service messages are never withheld from a control group, and a KPI the
/// tactic only watches is never claimed to rise.

#include "model/roadmap.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace strat::engine {

/// How a pilot's effect is told apart from what would have happened anyway.
enum class TestDesign {
    /// Addressable channels (email, SMS, push, messaging, phone, post, in-app): a random
    /// share of the eligible contacts (accounts in B2B) gets nothing from the tactic.
    holdout,
    /// The website: visitors split at random between the change and the current pages.
    ab_split,
    /// Paid search, paid social, display, video: regions left without the ads, or the ad
    /// platform's own conversion-lift study.
    geo_lift,
    /// Point of sale, events, sales, partners: pilot sites or teams against matched ones.
    matched_pilot,
    /// Channels that reach everyone at once (content, SEO, PR, social, TV, ...): the same
    /// period before, which is weaker evidence (seasons and other changes are not separated).
    before_after,
};

/// The machine word the skeleton records: holdout, ab_split, geo_lift, matched_pilot,
/// before_after.
std::string_view design_word(TestDesign design);

/// The design the channel allows.
TestDesign design_for(model::Channel channel);

/// One of the tactic's remaining steps, as far as a test is concerned: a control group may be
/// kept from its marketing steps, never from its service messages (notices the law requires,
/// confirmations, dunning).
struct TestStep {
    std::optional<model::Channel> channel;
    model::StepKind kind = model::StepKind::marketing;
};

/// A tactic's test, with its texts in the run's language.
struct Hypothesis {
    TestDesign design = TestDesign::before_after;
    const model::Kpi* kpi = nullptr; ///< none: no KPI of the tactic is measured
    /// "“Next-season inspiration emails” raises Returning-guest share by at least 10% of the
    /// control group's value." (the tactic is the subject: KPI names are often plural);
    /// empty without a KPI.
    std::string statement;
    std::string control; ///< who or what the test group is compared with
    /// Nobody is held out and no pilot share is drawn: its service messages reach everyone
    /// they concern from the start (a required notice cannot be piloted on 10% of trials).
    bool everyone = false;
    std::string criterion; ///< the decision rule at the go/no-go; empty without a KPI
};

/// What a tactic's test is built from.
struct TestInput {
    std::string tactic_name;
    std::vector<model::Channel> channels; ///< the channels it still uses, main one first
    const model::Kpi* kpi = nullptr;      ///< of its KPIs, the one the campaign lists first
    bool b2b = false;                     ///< a hold-out of accounts rather than contacts
    int go_no_go_day = 30;
    /// It builds consent: nobody whose consent is unclear may be held out of being asked,
    /// so it is measured against the period before.
    bool builds_consent = false;
    /// That KPI's figure for the plan's market (model::benchmark_for); null: the general one.
    const model::Benchmark* benchmark = nullptr;
    /// The tactic lists `kpi` under `watches`: it is not meant to improve it (a required notice
    /// with a one-click cancel lowers conversion), so the test watches that it does not worsen
    /// by more than the team accepts, and claims no rise. With service steps, against the
    /// period before: the notices reach any control group too.
    bool watches_kpi = false;
    /// Its remaining steps. With service steps, the test runs on its first channel that has a
    /// marketing step (or no step); with service steps only, nobody is held out.
    std::vector<TestStep> steps = {};
};

Hypothesis make_hypothesis(const TestInput& input);

/// "10% of the control group's value", "2 percentage points", "the gap between the
/// baseline and the benchmark (1.4%)": by how much the test group must beat the control
/// for the tactic to scale; empty when the KPI has no target. `benchmark` is the figure of
/// the plan's market; null means the KPI's general one.
std::string target_change_text(const model::Kpi& kpi, bool before_after = false,
                               const model::Benchmark* benchmark = nullptr);

} // namespace strat::engine
