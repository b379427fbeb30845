#pragma once
/// The renderers of the campaign document (engine/campaign.hpp): the skeleton as YAML and
/// JSON, the Markdown brief, and the plan summary `strat plan` prints. Each takes every
/// value from the document; none walks the plan.

#include "engine/campaign.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace strat::output {

/// The YAML skeleton (format in strat-campaign(5)), written by yaml-cpp's emitter; fields
/// to fill are `null  # fill in: ...`.
void write_campaign_yaml(std::ostream& out, const engine::CampaignDocument& doc);
/// A brief for people: headings, tables, checklists.
void write_campaign_markdown(std::ostream& out, const engine::CampaignDocument& doc);
/// The same content as the YAML skeleton, as JSON (fields to fill are null).
void write_campaign_json(std::ostream& out, const engine::CampaignDocument& doc);
/// One self-contained HTML page (inline CSS and SVG, no script) that prints to PDF.
void write_campaign_html(std::ostream& out, const engine::CampaignDocument& doc);

/// What `strat plan` prints when the skeleton goes to a file: the path taken, the ranked
/// strategies, the chosen tactics; with `explain`, every reason and every dropped tactic.
void print_plan_summary(std::ostream& out, const engine::CampaignDocument& doc, bool explain);

// Words the renderers share (output/plan_words.cpp).

/// "+3" / "-2" / "0"
std::string signed_points(int points);
/// How an answer was given: "default", "--answer", "answers file", "prompt", or for an
/// answer the stated facts decided, what decided it ("--budget low").
std::string source_label(model::AnswerSource source, const std::string& origin);
/// The word the skeleton records: default, asked, given or stated.
std::string_view answer_source_word(model::AnswerSource source);
/// "only contacts with recorded consent for email": a step's consent gate.
std::string consent_gate_text(model::Channel channel);
/// "cannot be planned: no tactic fits what you said"
inline constexpr std::string_view cannot_be_planned =
    "cannot be planned: no tactic fits what you said";

} // namespace strat::output
