// A tactic's test from its main channel and its first measured KPI.

#include "engine/hypothesis.hpp"

#include "util/locale.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

#include <charconv>

namespace strat::engine {

using namespace model;
using util::tr;

namespace {

template <typename... Args> std::string say(std::string_view english, Args&&... args) {
    return fmt::format(fmt::runtime(tr(english)), std::forward<Args>(args)...);
}

/// A roadmap figure ("10", "1.4") in the run's number form, with as many decimals as
/// written.
std::string number(std::string_view written) {
    double value = 0;
    auto [end, error] = std::from_chars(written.data(), written.data() + written.size(), value);
    if (error != std::errc() || end != written.data() + written.size())
        return std::string(written);
    std::size_t point = written.find('.');
    int decimals =
        point == std::string_view::npos ? 0 : static_cast<int>(written.size() - point - 1);
    return util::decimal(value, decimals, util::language());
}

/// A figure with the KPI's unit, as people read it.
std::string with_unit(std::string_view written, Unit unit) {
    std::string n = number(written);
    switch (unit) {
    case Unit::percent:
        return n + (util::language() == "de" ? " %" : "%");
    case Unit::days:
        return say(written == "1" ? "{} day" : "{} days", n);
    case Unit::currency:
        return say("{} (currency)", n);
    case Unit::count:
    case Unit::ratio:
    case Unit::score:
        break;
    }
    return n;
}

std::string control_text(TestDesign design, bool b2b) {
    switch (design) {
    case TestDesign::holdout:
        return std::string(b2b ? tr("a random hold-out of eligible accounts that get nothing "
                                    "from this tactic")
                               : tr("a random hold-out of eligible contacts who get nothing "
                                    "from this tactic"));
    case TestDesign::ab_split:
        return std::string(tr("an A/B split of visitors: a random half keeps seeing the current "
                              "pages"));
    case TestDesign::geo_lift:
        return std::string(tr("a geo hold-out (regions without these ads) or the ad platform's "
                              "conversion-lift study"));
    case TestDesign::matched_pilot:
        return std::string(tr("pilot sites or teams against matched ones that carry on as "
                              "before"));
    case TestDesign::before_after:
        return std::string(tr("the same period before the tactic; weaker evidence, since "
                              "seasons and other changes are not separated"));
    }
    return {};
}

/// The control group of a tactic with service steps: it is kept from the marketing only.
std::string control_text_with_service(TestDesign design, bool b2b) {
    switch (design) {
    case TestDesign::holdout:
        return std::string(b2b ? tr("a random hold-out of eligible accounts that get none of "
                                    "this tactic's marketing messages; its service messages "
                                    "still go to everyone")
                               : tr("a random hold-out of eligible contacts who get none of "
                                    "this tactic's marketing messages; its service messages "
                                    "still go to everyone"));
    case TestDesign::ab_split:
        return std::string(tr("an A/B split of visitors: a random half keeps seeing the current "
                              "pages; the tactic's service messages still go to everyone"));
    case TestDesign::geo_lift:
        return std::string(tr("a geo hold-out (regions without these ads) or the ad platform's "
                              "conversion-lift study; the tactic's service messages still go "
                              "to everyone"));
    case TestDesign::matched_pilot:
        return std::string(tr("pilot sites or teams against matched ones that carry on as "
                              "before; the tactic's service messages still go to everyone"));
    case TestDesign::before_after:
        return control_text(design, b2b); // nobody is held out
    }
    return {};
}

/// What the tactic's service steps mean for its test.
struct ServiceSteps {
    bool any = false;  ///< it has service steps, which every eligible contact gets
    bool only = false; ///< every channel it uses carries service messages only
    /// Its first channel with a marketing step or no step at all: the one a test may withhold.
    std::optional<Channel> test_channel;
};

ServiceSteps service_steps(const TestInput& in) {
    ServiceSteps out;
    for (const TestStep& s : in.steps)
        out.any = out.any || s.kind == StepKind::service;
    if (!out.any) {
        if (!in.channels.empty())
            out.test_channel = in.channels.front();
        return out;
    }
    for (Channel ch : in.channels) {
        bool service_only = false;
        for (const TestStep& s : in.steps)
            if (s.channel == ch) {
                service_only = s.kind == StepKind::service;
                if (!service_only)
                    break;
            }
        if (!service_only) {
            out.test_channel = ch;
            break;
        }
    }
    out.only = !out.test_channel;
    return out;
}

/// "“X” raises KPI by at least 10% of the control group's value against the control group.":
/// the tactic is the subject, so the sentence reads right whatever the KPI's name (many are
/// plural: "Marketing-qualified leads").
std::string claim(const TestInput& in, const Kpi& kpi, bool before_after,
                  const std::string& change) {
    bool up = kpi.direction == Direction::up;
    const std::string& t = in.tactic_name;
    if (in.watches_kpi) {
        if (before_after)
            return up ? say("“{}” is not meant to raise {}: watch that the KPI does not fall by "
                            "more than you accept against the same period before.",
                            t, kpi.name)
                      : say("“{}” is not meant to lower {}: watch that the KPI does not rise by "
                            "more than you accept against the same period before.",
                            t, kpi.name);
        return up ? say("“{}” is not meant to raise {}: watch that the KPI does not fall by more "
                        "than you accept against the control group.",
                        t, kpi.name)
                  : say("“{}” is not meant to lower {}: watch that the KPI does not rise by more "
                        "than you accept against the control group.",
                        t, kpi.name);
    }
    if (before_after && change.empty())
        return up ? say("“{}” raises {} against the same period before.", t, kpi.name)
                  : say("“{}” lowers {} against the same period before.", t, kpi.name);
    if (before_after)
        return up ? say("“{}” raises {} by at least {} against the same period before.", t,
                        kpi.name, change)
                  : say("“{}” lowers {} by at least {} against the same period before.", t,
                        kpi.name, change);
    if (change.empty())
        return up ? say("“{}” raises {} against the control group.", t, kpi.name)
                  : say("“{}” lowers {} against the control group.", t, kpi.name);
    return up ? say("“{}” raises {} by at least {} against the control group.", t, kpi.name, change)
              : say("“{}” lowers {} by at least {} against the control group.", t, kpi.name,
                    change);
}

/// The decision at the go/no-go. A watched KPI is kept within what the team accepts; a
/// tactic of service messages only is kept or changed, never stopped (they go out anyway).
std::string decision(const TestInput& in, const Kpi& kpi, bool before_after,
                     const std::string& change, bool service_only) {
    int day = in.go_no_go_day;
    if (in.watches_kpi)
        return before_after
                   ? say("At the go/no-go on day {}: keep it if the tactic's period trails the "
                         "same period before on {} by no more than the margin you accept; "
                         "otherwise change it and retest.",
                         day, kpi.name)
                   : say("At the go/no-go on day {}: keep it if the test group trails the control "
                         "group on {} by no more than the margin you accept; otherwise change it "
                         "and retest.",
                         day, kpi.name);
    if (service_only) // always before/after: nobody is held out of service messages
        return change.empty()
                   ? say("At the go/no-go on day {}: keep it if the tactic's period beats the "
                         "same period before on {} by the margin you set; otherwise change it "
                         "and retest.",
                         day, kpi.name)
                   : say("At the go/no-go on day {}: keep it if the tactic's period beats the "
                         "same period before on {} by at least {}; otherwise change it and "
                         "retest.",
                         day, kpi.name, change);
    if (before_after)
        return change.empty()
                   ? say("At the go/no-go on day {}: scale if the tactic's period beats the same "
                         "period before on {} by the margin you set; change and retest if it "
                         "beats it by less; stop if it does not beat it.",
                         day, kpi.name)
                   : say("At the go/no-go on day {}: scale if the tactic's period beats the same "
                         "period before on {} by at least {}; change and retest if it beats it "
                         "by less; stop if it does not beat it.",
                         day, kpi.name, change);
    return change.empty()
               ? say("At the go/no-go on day {}: scale if the test group beats the control group "
                     "on {} by the margin you set; change and retest if it beats it by less; "
                     "stop if it does not beat it.",
                     day, kpi.name)
               : say("At the go/no-go on day {}: scale if the test group beats the control group "
                     "on {} by at least {}; change and retest if it beats it by less; stop if it "
                     "does not beat it.",
                     day, kpi.name, change);
}

} // namespace

std::string_view design_word(TestDesign design) {
    switch (design) {
    case TestDesign::holdout:
        return "holdout";
    case TestDesign::ab_split:
        return "ab_split";
    case TestDesign::geo_lift:
        return "geo_lift";
    case TestDesign::matched_pilot:
        return "matched_pilot";
    case TestDesign::before_after:
        return "before_after";
    }
    return "before_after";
}

TestDesign design_for(Channel channel) {
    // No default: a channel added to the vocabulary must be placed here (-Wswitch).
    switch (channel) {
    case Channel::email:
    case Channel::sms:
    case Channel::push:
    case Channel::messaging:
    case Channel::phone:
    case Channel::direct_mail:
    case Channel::in_app:
        return TestDesign::holdout;
    case Channel::web:
        return TestDesign::ab_split;
    case Channel::paid_search:
    case Channel::paid_social:
    case Channel::display:
    case Channel::video:
        return TestDesign::geo_lift;
    case Channel::point_of_sale:
    case Channel::events:
    case Channel::sales:
    case Channel::partners:
        return TestDesign::matched_pilot;
    case Channel::content:
    case Channel::seo:
    case Channel::pr:
    case Channel::social:
    case Channel::community:
    case Channel::tv:
    case Channel::radio:
    case Channel::print:
    case Channel::out_of_home:
    case Channel::referral:
    case Channel::affiliates:
    case Channel::webinar:
        return TestDesign::before_after;
    }
    return TestDesign::before_after;
}

std::string target_change_text(const Kpi& kpi, bool before_after,
                               const model::Benchmark* benchmark) {
    if (!kpi.target)
        return {};
    if (!benchmark && kpi.benchmark)
        benchmark = &*kpi.benchmark;
    const Target& t = *kpi.target;
    switch (t.rule) {
    case TargetRule::benchmark:
        return benchmark ? say("the gap between the baseline and the benchmark ({})",
                               with_unit(benchmark->value, kpi.unit))
                         : std::string(tr("the gap between the baseline and the benchmark"));
    case TargetRule::relative:
        // In a test the control group's value is the baseline the change is measured from.
        return before_after
                   ? say("{} of its value", with_unit(t.change, Unit::percent))
                   : say("{} of the control group's value", with_unit(t.change, Unit::percent));
    case TargetRule::absolute:
        if (kpi.unit == Unit::percent) // points, not a share of the control group's value
            return say("{} percentage points", number(t.change));
        return with_unit(t.change, kpi.unit);
    }
    return {};
}

Hypothesis make_hypothesis(const TestInput& in) {
    ServiceSteps service = service_steps(in);
    // A KPI the tactic only watches moves with its service messages too (a one-click cancel
    // in a required notice), which reach the control group as well: only the period before
    // shows how far it falls.
    bool everyone = service.only || (service.any && in.kpi && in.watches_kpi);
    Hypothesis h;
    h.everyone = everyone;
    h.design = everyone || !service.test_channel || in.builds_consent
                   ? TestDesign::before_after
                   : design_for(*service.test_channel);
    h.kpi = in.kpi;
    if (in.builds_consent)
        h.control = tr("no hold-out: every contact whose consent is unclear is asked; compare "
                       "with the same period before");
    else if (everyone)
        h.control = tr("no hold-out: service messages go to everyone they concern, so the "
                       "tactic is compared with the same period before; weaker evidence, since "
                       "seasons and other changes are not separated");
    else if (service.any)
        h.control = control_text_with_service(h.design, in.b2b);
    else
        h.control = control_text(h.design, in.b2b);
    if (!in.kpi)
        return h;
    const Kpi& kpi = *in.kpi;
    // Before/after has no control group: the tactic's period is compared with the one before.
    bool before_after = h.design == TestDesign::before_after;
    // A watched KPI has no change to reach, only a margin the team accepts.
    std::string change =
        in.watches_kpi ? std::string() : target_change_text(kpi, before_after, in.benchmark);
    h.statement = claim(in, kpi, before_after, change);
    h.criterion = decision(in, kpi, before_after, change, service.only);
    if (kpi.direction != Direction::up)
        h.criterion += say(" Lower is better for {}.", kpi.name);
    if (service.any && !service.only && !in.watches_kpi)
        h.criterion += tr(" If it stops, only its marketing steps stop: its service messages "
                          "keep going to everyone.");
    else if (service.any)
        h.criterion += tr(" Its service messages keep going to everyone, whatever the result.");
    return h;
}

} // namespace strat::engine
