#include "model/vocabulary_labels.hpp"

#include <optional>
#include <utility>

namespace strat::model {

std::string_view spoken_name(StepKind kind, std::string_view language) {
    if (language != "de")
        return name(kind);
    return kind == StepKind::marketing ? "Marketing" : "Service";
}

std::string_view spoken_name(Direction direction, std::string_view language) {
    if (language != "de")
        return name(direction);
    return direction == Direction::up ? "höher" : "niedriger";
}

std::string_view topic_label(std::string_view topic, std::string_view language) {
    if (language != "de")
        return topic;
    if (std::optional<Channel> channel = parse<Channel>(topic))
        return spoken_name(*channel, language);
    constexpr std::pair<std::string_view, std::string_view> words[] = {{"all", "alle Kanäle"},
                                                                       {"contacts", "Kontakte"},
                                                                       {"data", "Daten"},
                                                                       {"marketing", "Marketing"},
                                                                       {"sales", "Vertrieb"}};
    for (const auto& [english, german] : words)
        if (topic == english)
            return german;
    return topic;
}

} // namespace strat::model
