#pragma once
/// The campaign skeleton in its three formats, and the short summary `strat plan` prints.

#include "engine/campaign.hpp"

#include <ostream>

namespace strat::output {

/// The YAML skeleton (format in strat-campaign(5)); fields to fill are `null  # fill in: ...`.
void write_campaign_yaml(std::ostream& out, const engine::Campaign& campaign);
/// A brief for people: headings, tables, checklists.
void write_campaign_markdown(std::ostream& out, const engine::Campaign& campaign);
/// The same content as the YAML skeleton, as JSON (fields to fill are null).
void write_campaign_json(std::ostream& out, const engine::Campaign& campaign);

/// What `strat plan` prints when the skeleton goes to a file: the path taken, the ranked
/// strategies, the chosen tactics; with `explain`, every reason and every dropped tactic.
void print_plan_summary(std::ostream& out, const engine::Campaign& campaign, bool explain);

/// "+3" / "-2" / "0"
std::string signed_points(int points);
/// How an answer was given: "default", "--answer", "answers file", "prompt", or for an
/// answer the stated facts decided, what decided it ("--budget low").
std::string source_label(const engine::Answer& answer);
/// The word the skeleton records: default, asked, given or stated.
std::string_view answer_source_word(model::AnswerSource source);

} // namespace strat::output
