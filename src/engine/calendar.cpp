// Builds the calendar and the contact policy from the campaign document: the phases come
// from what the document already says (each tactic's go/no-go day, the campaign's last
// review), the steps' days from the roadmap, the cap from --contact-cap or the default.

#include "engine/calendar.hpp"

#include "engine/campaign.hpp"
#include "util/date.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>

namespace strat::engine {

using namespace model;
using util::tr;

namespace {

/// Channels whose message lands with one person: what a contact counts as "a message to
/// me". Ads, web pages, content, events and the till reach no one's inbox.
bool reaches_one_contact(Channel c) {
    switch (c) {
    case Channel::email:
    case Channel::sms:
    case Channel::push:
    case Channel::messaging:
    case Channel::phone:
    case Channel::direct_mail:
        return true;
    default:
        return false;
    }
}

struct Step {
    const CalendarTactic* tactic;
    const StepEntry* step;
};

CalendarTactic calendar_tactic(const TacticEntry& t, int close_day) {
    CalendarTactic c;
    c.id = t.id;
    c.name = t.name;
    c.builds_consent = t.builds_consent();
    c.triggered = !t.trigger.empty();
    // Every pilot starts on the campaign's first day: the consent-first tactic does not
    // hold the others back, their steps go to contacts with recorded consent meanwhile.
    c.pilot_from = 0;
    c.go_no_go = t.phases.after_days;
    // A tactic that passes its go/no-go scales until the campaign closes.
    c.scale_to = std::max(close_day, c.go_no_go);
    for (const StepEntry& s : t.steps)
        c.steps.push_back(
            {s.day, s.channel, s.kind, s.action, s.condition, s.consent_gate,
             s.kind == StepKind::marketing && s.channel && reaches_one_contact(*s.channel)});
    return c;
}

/// Whether a counted step of `t` lands in `audience`'s inbox (see CapAudience).
bool reaches(const CalendarTactic& t, const CalendarStep& s, CapAudience audience) {
    if (audience == CapAudience::every_contact)
        return true;
    if (t.builds_consent)
        return audience == CapAudience::confirming;
    if (s.consent_gate)
        return audience == CapAudience::consented;
    return true;
}

/// The order in which journeys get a contact's week: consent first, then journeys the
/// contact's own action started, then plan order. Indices into `tactics`.
std::vector<std::size_t> precedence(const std::vector<CalendarTactic>& tactics) {
    std::vector<std::size_t> order(tactics.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const CalendarTactic &x = tactics[a], &y = tactics[b];
        if (x.builds_consent != y.builds_consent)
            return x.builds_consent;
        return x.triggered && !y.triggered;
    });
    return order;
}

Precedence why_first(const CalendarTactic& a, const CalendarTactic& b) {
    if (a.builds_consent && !b.builds_consent)
        return Precedence::consent_first;
    if (a.triggered && !b.triggered)
        return Precedence::triggered;
    return Precedence::plan_order;
}

/// Per week, the messages each tactic sends to one contact of `audience`.
std::map<int, std::map<std::size_t, int>> weekly(const std::vector<CalendarTactic>& tactics,
                                                 CapAudience audience) {
    std::map<int, std::map<std::size_t, int>> weeks;
    for (std::size_t i = 0; i < tactics.size(); ++i)
        for (const CalendarStep& s : tactics[i].steps)
            if (s.counted && reaches(tactics[i], s, audience))
                ++weeks[s.day / 7 + 1][i];
    return weeks;
}

void find_over_cap(Calendar& c) {
    bool split = std::any_of(c.tactics.begin(), c.tactics.end(), [](const CalendarTactic& t) {
        return t.builds_consent ||
               std::any_of(t.steps.begin(), t.steps.end(),
                           [](const CalendarStep& s) { return s.consent_gate; });
    });
    std::vector<CapAudience> audiences = {CapAudience::every_contact};
    if (split)
        audiences = {CapAudience::consented, CapAudience::confirming};
    std::vector<std::size_t> order = precedence(c.tactics);
    for (CapAudience audience : audiences) {
        for (const auto& [week, sends] : weekly(c.tactics, audience)) {
            int total = 0;
            for (const auto& [tactic, n] : sends)
                total += n;
            if (total <= c.contact_cap)
                continue;
            OverCapWeek w{week, audience, total, {}};
            for (const auto& [tactic, n] : sends)
                w.tactics.push_back(c.tactics[tactic].id);
            c.over_cap.push_back(std::move(w));
            // The first journey by precedence keeps its messages; each later one whose
            // messages would take the week past the cap holds them back.
            std::vector<std::size_t> sending;
            for (std::size_t i : order)
                if (sends.contains(i))
                    sending.push_back(i);
            int running = 0;
            for (std::size_t i : sending) {
                running += sends.at(i);
                if (i == sending.front() || running <= c.contact_cap)
                    continue;
                const CalendarTactic &keep = c.tactics[sending.front()], &hold = c.tactics[i];
                auto same = [&](const Suppression& s) {
                    return s.journey == keep.id && s.suppressed == hold.id;
                };
                auto it = std::find_if(c.suppressions.begin(), c.suppressions.end(), same);
                if (it == c.suppressions.end())
                    it = c.suppressions.insert(
                        c.suppressions.end(),
                        {keep.id, keep.name, hold.id, hold.name, why_first(keep, hold), {}});
                if (std::find(it->weeks.begin(), it->weeks.end(), week) == it->weeks.end())
                    it->weeks.push_back(week);
            }
        }
    }
    std::stable_sort(c.over_cap.begin(), c.over_cap.end(),
                     [](const OverCapWeek& a, const OverCapWeek& b) { return a.week < b.week; });
    for (Suppression& s : c.suppressions)
        std::sort(s.weeks.begin(), s.weeks.end());
}

/// "week 3" or "weeks 1, 2"
std::string week_list(const std::vector<int>& weeks) {
    return fmt::format("{} {}", util::tr_n(weeks.size(), "week", "weeks"), fmt::join(weeks, ", "));
}

std::string precedence_text(const Suppression& s) {
    switch (s.why) {
    case Precedence::consent_first:
        return std::string(tr("asking for consent comes before any other marketing"));
    case Precedence::triggered:
        return std::string(
            tr("a journey the contact's own action started goes before a scheduled send"));
    case Precedence::plan_order:
        break;
    }
    return std::string(tr("it comes first in the plan"));
}

/// The contact policy as checklist items: the cap and whether the plan keeps it, the order
/// of precedence, then each journey that holds back another.
std::vector<PrivacyItem> policy_items(const Calendar& c) {
    std::vector<PrivacyItem> items;
    std::string cap = fmt::format(
        fmt::runtime(tr("At most {} {} per contact per week across all tactics ({}); service "
                        "messages do not count.")),
        c.contact_cap,
        util::tr_n(static_cast<std::size_t>(c.contact_cap), "marketing message",
                   "marketing messages"),
        c.cap_given ? std::string_view("--contact-cap") : tr("strat's default"));
    std::vector<int> weeks;
    for (const OverCapWeek& w : c.over_cap)
        if (std::find(weeks.begin(), weeks.end(), w.week) == weeks.end())
            weeks.push_back(w.week);
    if (weeks.empty())
        cap += fmt::format(" {}", tr("The plan's own steps stay within it."));
    else
        cap += fmt::format(
            " {}", fmt::format(fmt::runtime(tr("The plan's own steps exceed it in {} (see the "
                                               "calendar).")),
                               week_list(weeks)));
    items.push_back({"contacts", std::move(cap)});
    std::vector<std::string> names;
    for (std::size_t i : precedence(c.tactics))
        if (sends_messages(c.tactics[i]))
            names.push_back(c.tactics[i].name);
    if (names.size() > 1)
        items.push_back(
            {"contacts",
             fmt::format(fmt::runtime(tr("Where journeys meet in one contact's week beyond the "
                                         "cap, the earlier in this order sends and the later "
                                         "holds back: {}.")),
                         fmt::join(names, "; "))});
    for (const Suppression& s : c.suppressions)
        items.push_back(
            {"contacts",
             fmt::format(fmt::runtime(tr("{} suppresses {} to the same contact in {}: {}.")),
                         s.journey_name, s.suppressed_name, week_list(s.weeks),
                         precedence_text(s))});
    return items;
}

} // namespace

std::optional<std::string> Calendar::date(int day) const {
    if (!start)
        return std::nullopt;
    return util::format_date(
        std::chrono::year_month_day{std::chrono::sys_days{*start} + std::chrono::days{day}});
}

Calendar make_calendar(const CampaignDocument& doc, const CalendarOptions& options) {
    Calendar c;
    c.start = options.start;
    c.contact_cap = options.contact_cap.value_or(default_contact_cap);
    c.cap_given = options.contact_cap.has_value();
    // The campaign closes at its last review (day 90 of the 90-day rhythm, campaign.cpp).
    c.close_day = doc.reviews.empty() ? 0 : doc.reviews.back().after_days;
    c.last_day = c.close_day;
    for (const TacticEntry& t : doc.tactics) {
        c.tactics.push_back(calendar_tactic(t, c.close_day));
        for (const CalendarStep& s : c.tactics.back().steps)
            c.last_day = std::max(c.last_day, s.day);
        c.last_day = std::max(c.last_day, c.tactics.back().scale_to);
    }
    find_over_cap(c);
    return c;
}

void add_calendar(CampaignDocument& doc, const CalendarOptions& options) {
    doc.calendar = make_calendar(doc, options);
    const Calendar& c = doc.calendar;
    if (c.start) {
        doc.start.value = c.date(0);
        doc.end.value = c.date(c.close_day);
        for (ReviewPoint& r : doc.reviews)
            r.date.value = c.date(r.after_days);
    }
    for (PrivacyItem& item : policy_items(c))
        doc.privacy.push_back(std::move(item));
}

bool sends_messages(const CalendarTactic& t) {
    return std::any_of(t.steps.begin(), t.steps.end(),
                       [](const CalendarStep& s) { return s.counted; });
}

std::string_view audience_id(CapAudience audience) {
    switch (audience) {
    case CapAudience::consented:
        return "consented";
    case CapAudience::confirming:
        return "confirming";
    case CapAudience::every_contact:
        break;
    }
    return "every_contact";
}

std::string_view precedence_id(Precedence why) {
    switch (why) {
    case Precedence::consent_first:
        return "consent_first";
    case Precedence::triggered:
        return "triggered";
    case Precedence::plan_order:
        break;
    }
    return "plan_order";
}

std::string_view audience_text(CapAudience audience) {
    switch (audience) {
    case CapAudience::consented:
        return tr("contacts with recorded consent");
    case CapAudience::confirming:
        return tr("contacts asked to confirm consent");
    case CapAudience::every_contact:
        break;
    }
    return tr("every contact");
}

} // namespace strat::engine
