#pragma once
/// Parts of the HTML brief (campaign_html*.cpp) shared between its files.

#include "engine/campaign.hpp"

#include <optional>
#include <string>

namespace strat::output::brief_html {

/// The decision path as an inline SVG drawn by Graphviz: the goal, each question as walked
/// with its answer, the strategies best first (the chosen ones marked) and the chosen
/// strategies' tactics. Nothing when Graphviz cannot draw it.
std::optional<std::string> decision_path_svg(const engine::CampaignDocument& doc);

} // namespace strat::output::brief_html
