#pragma once
/// The campaign's calendar: every planned tactic's steps on one timeline with its pilot,
/// go/no-go and scale phases, from the campaign's start date (`--start`) or in days from
/// the start when it is filled in later; and the contact policy: a cap of marketing
/// messages per contact per week across all tactics, the weeks where the plan's own steps
/// would exceed it for one audience, and which journey holds back which in those weeks.
///
/// Built from the campaign document alone (its tactics, their steps and phases, and its
/// reviews), so every format renders the same calendar.

#include "model/vocabulary.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace strat::engine {

struct CampaignDocument;

/// A cap of 2 marketing messages per contact per week: room for one regular send (a
/// newsletter) and one message of a journey the contact is in. A third in the same week is
/// where "not pushy" (seed 000) ends for most audiences; a team that has agreed on more
/// with its audience says so with --contact-cap.
inline constexpr int default_contact_cap = 2;

struct CalendarOptions {
    std::optional<std::chrono::year_month_day> start; ///< none: dates are filled in later
    std::optional<int> contact_cap;                   ///< none: default_contact_cap
};

/// Whose inbox a message lands in. With consent partial or unknown, steps behind a consent
/// gate reach only contacts with recorded consent, and the tactic that builds consent
/// writes only to contacts whose consent is being confirmed: two audiences no contact is
/// in at once. Without either, every message reaches every contact.
enum class CapAudience { every_contact, consented, confirming };

struct CalendarStep {
    int day = 0; ///< days from the campaign start
    std::optional<model::Channel> channel;
    model::StepKind kind = model::StepKind::marketing;
    std::string action;
    std::string condition;
    std::optional<model::Channel> consent_gate; ///< only contacts with recorded consent
    /// A marketing message that lands with one contact (email, SMS, push, messaging,
    /// phone, post): it counts against the cap. Ads, web pages and in-store steps reach no
    /// one's inbox, service messages carry no advertising.
    bool counted = false;
};

struct CalendarTactic {
    std::string id;
    std::string name;
    bool builds_consent = false;
    bool triggered = false; ///< the contact's own action starts it (the tactic has a trigger)
    int pilot_from = 0;     ///< the pilot runs from this day up to the go/no-go
    int go_no_go = 0;       ///< the day of the go/no-go review
    int scale_to = 0;       ///< the scale phase runs from the go/no-go to this day
    std::vector<CalendarStep> steps;
};

/// A week in which one contact would get more marketing messages than the cap.
struct OverCapWeek {
    int week = 1; ///< 1 is days 0 to 6
    CapAudience audience = CapAudience::every_contact;
    int messages = 0;
    std::vector<std::string> tactics; ///< ids of the tactics sending that week, plan order
};

/// Why one journey goes before another for a contact in both.
enum class Precedence {
    consent_first, ///< asking for consent comes before any other marketing
    triggered,     ///< a journey the contact's own action started beats a scheduled send
    plan_order     ///< the tactic planned earlier (better-ranked strategy) goes first
};

/// In the weeks named, a contact in both journeys gets `journey`'s messages and not
/// `suppressed`'s, so the week stays within the cap.
struct Suppression {
    std::string journey; ///< tactic id
    std::string journey_name;
    std::string suppressed; ///< tactic id
    std::string suppressed_name;
    Precedence why = Precedence::plan_order;
    std::vector<int> weeks;
};

struct Calendar {
    std::optional<std::chrono::year_month_day> start;
    int close_day = 0; ///< the campaign closes at its last review
    int last_day = 0;  ///< the last day shown: the close, or a later step
    int contact_cap = default_contact_cap;
    bool cap_given = false; ///< --contact-cap, not the default
    std::vector<CalendarTactic> tactics;
    std::vector<OverCapWeek> over_cap;
    std::vector<Suppression> suppressions;

    /// "YYYY-MM-DD" of a day from the start, or nullopt without a start date.
    std::optional<std::string> date(int day) const;
    int weeks() const { return last_day / 7 + 1; }
};

/// The calendar of `doc`'s tactics (their steps, phases and the document's reviews).
Calendar make_calendar(const CampaignDocument& doc, const CalendarOptions& options);

/// Sets `doc.calendar`; with a start date also the campaign's start, end and review dates;
/// and adds the contact policy to the checklist (the cap, then who suppresses whom).
void add_calendar(CampaignDocument& doc, const CalendarOptions& options);

/// Whether `t` has a step that counts against the cap.
bool sends_messages(const CalendarTactic& t);

/// The word machine formats write for an audience and a precedence.
std::string_view audience_id(CapAudience audience);
std::string_view precedence_id(Precedence why);
/// The same for people, in the run's language: "contacts with recorded consent".
std::string_view audience_text(CapAudience audience);

/// Days the calendar may run past its start: a step's day is at most 3650
/// (strat-roadmap(5)), so a start date leaves room for that many days before 9999-12-31.
inline constexpr int max_calendar_days = 3650;

} // namespace strat::engine
