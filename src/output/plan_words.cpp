// Words the campaign renderers share, so each format says them the same way.

#include "output/campaign.hpp"
#include "util/messages.hpp"

#include <fmt/format.h>

namespace strat::output {

using util::tr;

std::string signed_points(int points) {
    return points > 0 ? fmt::format("+{}", points) : std::to_string(points);
}

std::string source_label(model::AnswerSource source, const std::string& origin) {
    switch (source) {
    case model::AnswerSource::flag:
        return "--answer";
    case model::AnswerSource::file:
        return std::string(tr("answers file"));
    case model::AnswerSource::prompt:
        return std::string(tr("prompt"));
    case model::AnswerSource::fallback_default:
        return std::string(tr("default"));
    case model::AnswerSource::constraint:
        return origin;
    }
    return std::string(tr("default"));
}

std::string_view answer_source_word(model::AnswerSource source) {
    switch (source) {
    case model::AnswerSource::flag:
    case model::AnswerSource::file:
        return "given";
    case model::AnswerSource::prompt:
        return "asked";
    case model::AnswerSource::constraint:
        return "stated";
    case model::AnswerSource::fallback_default:
        return "default";
    }
    return "default";
}

std::string consent_gate_text(model::Channel channel) {
    return fmt::format(fmt::runtime(tr("only contacts with recorded consent for {}")),
                       model::spoken_name(channel, util::language()));
}

} // namespace strat::output
