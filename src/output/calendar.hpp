#pragma once
/// Renderers of the campaign's calendar (engine/calendar.hpp), one per format; the
/// campaign renderers call them for their calendar section, `strat graph --calendar`
/// prints the Mermaid gantt.

#include "engine/campaign.hpp"

#include <ostream>

namespace strat::output {

class YamlWriter;
class JsonWriter;

/// `## Calendar`: the phases per tactic, every step by day (and date), the weeks over the
/// contact cap.
void write_calendar_markdown(std::ostream& out, const engine::CampaignDocument& doc);
/// `<section id="calendar">`: the timeline drawn as inline SVG, then the over-cap weeks.
void write_calendar_html(std::ostream& out, const engine::CampaignDocument& doc);
/// The calendar at a glance, for the brief's one-page summary: when pilots start, the
/// first go/no-go, the close and the weeks over the contact cap, linked to the section.
void write_calendar_glance(std::ostream& out, const engine::CampaignDocument& doc);
/// The CSS the timeline needs, for the brief's style sheet.
const char* calendar_style();
/// The skeleton's `calendar:` section (a key of the top-level map).
void write_calendar_yaml(YamlWriter& y, const engine::CampaignDocument& doc);
/// The JSON `calendar` object (a key of the top-level object).
void write_calendar_json(JsonWriter& json, const engine::CampaignDocument& doc);
/// A Mermaid `gantt` chart: a section per tactic with its pilot, go/no-go and scale, and
/// the message days; needs a start date, so without one it starts on the day the
/// document's dates are filled in (see strat(1)).
void print_calendar_gantt(std::ostream& out, const engine::CampaignDocument& doc);

/// "day 0 to 29" / "day 30", with the dates when the calendar has a start.
std::string day_span(const engine::Calendar& c, int from, int to);
/// What the cap is, where it comes from and what counts against it.
std::string cap_text(const engine::Calendar& c);
/// How the calendar reads: from which date, or in days until the start is known.
std::string intro_text(const engine::Calendar& c);

} // namespace strat::output
