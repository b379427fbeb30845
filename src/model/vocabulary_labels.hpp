#pragma once
/// More of the roadmap format's fixed words as people read them, beside `spoken_name` in
/// model/vocabulary.hpp (channels, levels, maturity, audiences, cadences): in English the
/// word as the roadmap writes it, as strat's English output always showed it; in German a
/// German word. Machine formats (YAML and JSON values, ids) keep `name`.

#include "model/vocabulary.hpp"

#include <string_view>

namespace strat::model {

/// A step's kind: "marketing" / "service"; in German "Marketing" / "Service".
std::string_view spoken_name(StepKind kind, std::string_view language);
/// Which way is better: "up" / "down"; in German "höher" / "niedriger".
std::string_view spoken_name(Direction direction, std::string_view language);

/// A checklist topic (engine::PrivacyItem::topic) or a lead stage's owner: a channel, "all",
/// "contacts", "data", "marketing" or "sales"; a word it does not know is returned as it is.
std::string_view topic_label(std::string_view topic, std::string_view language);

} // namespace strat::model
