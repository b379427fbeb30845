#pragma once
/// Renderers of what the campaign document says about roles and risks: each tactic's RACI
/// roles, risks and test (hypothesis, control group, decision), and the assumptions the
/// plan rests on. The campaign renderers call them in their own sections.

#include "engine/campaign.hpp"

#include <ostream>
#include <string_view>

namespace strat::output {

class YamlWriter;
class JsonWriter;

/// A test design as people read it: "hold-out", "A/B split", "before/after", ...
std::string_view design_label(engine::TestDesign design);

/// Markdown: the tactic's risks (a table), then its hypothesis, control group and decision.
void write_tactic_test_markdown(std::ostream& out, const engine::TacticEntry& t);
/// Markdown: "## Roles (RACI)", one row per tactic, blanks to fill in.
void write_roles_markdown(std::ostream& out, const engine::CampaignDocument& doc);
/// Markdown: "## Assumptions", a checklist; the confirmed ones ticked.
void write_assumptions_markdown(std::ostream& out, const engine::CampaignDocument& doc);

/// HTML: the tactic's hypothesis, control group and decision as `dt`/`dd` pairs, for the
/// tactic's facts list.
void write_tactic_test_facts_html(std::ostream& out, const engine::TacticEntry& t);
/// HTML: the tactic's risks as a table; nothing without risks.
void write_tactic_risks_html(std::ostream& out, const engine::TacticEntry& t);
/// HTML: the section `#roles`.
void write_roles_html(std::ostream& out, const engine::CampaignDocument& doc);
/// HTML: the section `#assumptions`.
void write_assumptions_html(std::ostream& out, const engine::CampaignDocument& doc);
/// HTML: the summary's line on the assumptions to confirm, linked to the section.
void write_assumptions_glance_html(std::ostream& out, const engine::CampaignDocument& doc);

/// YAML: a tactic's `approver`, `contributors` and `informed` (after `owner`).
void write_tactic_roles_yaml(YamlWriter& y, const engine::TacticEntry& t);
/// YAML: a tactic's `risks` and `hypothesis` (before `phases`).
void write_tactic_test_yaml(YamlWriter& y, const engine::TacticEntry& t);
/// YAML: the top-level `assumptions` section.
void write_assumptions_yaml(YamlWriter& y, const engine::CampaignDocument& doc);

/// JSON: the same keys as the YAML writers, every key in every entry.
void write_tactic_roles_json(JsonWriter& json, const engine::TacticEntry& t);
void write_tactic_test_json(JsonWriter& json, const engine::TacticEntry& t);
void write_assumptions_json(JsonWriter& json, const engine::CampaignDocument& doc);

} // namespace strat::output
