#pragma once
/// Answers and constraints a user gives up front (flags or an answers file), before the
/// engine walks a decision tree. Plain data; the answers file is read by the load layer.

#include "model/origin.hpp"
#include "model/roadmap.hpp"

#include <map>
#include <string>
#include <vector>

namespace strat::model {

/// Where an answer came from; shown in the campaign so a reader knows what was chosen.
enum class AnswerSource { flag, file, prompt, fallback_default };

struct GivenAnswer {
    Ref question;
    Ref option;
    AnswerSource source = AnswerSource::flag;
};

/// One scope of an answers file (top level, an industry, or a goal within an industry).
struct AnswerScope {
    std::vector<GivenAnswer> answers;
    Facts constraints;
};

/// An answers file: answers for any goal, refined per industry and per goal.
struct AnswersFile {
    const SourceFile* file = nullptr;
    AnswerScope everywhere;
    std::map<std::string, AnswerScope> industries;                   ///< by industry id
    std::map<std::string, std::map<std::string, AnswerScope>> goals; ///< industry → goal
};

/// Later facts override earlier ones, key by key.
void overlay(Facts& base, const Facts& over);

} // namespace strat::model
