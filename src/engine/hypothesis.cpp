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
    Hypothesis h;
    h.design = in.channels.empty() || in.builds_consent ? TestDesign::before_after
                                                        : design_for(in.channels.front());
    h.kpi = in.kpi;
    h.control = in.builds_consent
                    ? std::string(tr("no hold-out: every contact whose consent is unclear is "
                                     "asked; compare with the same period before"))
                    : control_text(h.design, in.b2b);
    if (!in.kpi)
        return h;
    const Kpi& kpi = *in.kpi;
    bool up = kpi.direction == Direction::up;
    std::string change =
        target_change_text(kpi, h.design == TestDesign::before_after, in.benchmark);
    // Before/after has no control group: the tactic's period is compared with the one before.
    if (h.design == TestDesign::before_after && change.empty()) {
        h.statement = up ? say("With “{}”, {} rises against the same period before.",
                               in.tactic_name, kpi.name)
                         : say("With “{}”, {} falls against the same period before.",
                               in.tactic_name, kpi.name);
        h.criterion = say("At the go/no-go on day {}: scale if {} beats the same period before "
                          "by the margin you set; change and retest if it beats it by less; stop "
                          "if it does not beat it.",
                          in.go_no_go_day, kpi.name);
    } else if (h.design == TestDesign::before_after) {
        h.statement = up ? say("With “{}”, {} rises by at least {} against the same period "
                               "before.",
                               in.tactic_name, kpi.name, change)
                         : say("With “{}”, {} falls by at least {} against the same period "
                               "before.",
                               in.tactic_name, kpi.name, change);
        h.criterion = say("At the go/no-go on day {}: scale if {} beats the same period before "
                          "by at least {}; change and retest if it beats it by less; stop if it "
                          "does not beat it.",
                          in.go_no_go_day, kpi.name, change);
    } else if (change.empty()) {
        h.statement =
            up ? say("With “{}”, {} rises against the control group.", in.tactic_name, kpi.name)
               : say("With “{}”, {} falls against the control group.", in.tactic_name, kpi.name);
        h.criterion = say("At the go/no-go on day {}: scale if the test group beats the control "
                          "group on {} by the margin you set; change and retest if it beats it "
                          "by less; stop if it does not beat it.",
                          in.go_no_go_day, kpi.name);
    } else {
        h.statement = up ? say("With “{}”, {} rises by at least {} against the control group.",
                               in.tactic_name, kpi.name, change)
                         : say("With “{}”, {} falls by at least {} against the control group.",
                               in.tactic_name, kpi.name, change);
        h.criterion = say("At the go/no-go on day {}: scale if the test group beats the control "
                          "group on {} by at least {}; change and retest if it beats it by less; "
                          "stop if it does not beat it.",
                          in.go_no_go_day, kpi.name, change);
    }
    if (!up)
        h.criterion += say(" Lower is better for {}.", kpi.name);
    return h;
}

} // namespace strat::engine
