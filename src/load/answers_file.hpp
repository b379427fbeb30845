#pragma once
/// Reading an answers file for `strat plan --answers` (format in strat(1)).

#include "load/document.hpp"
#include "model/answers.hpp"
#include "model/diagnostic.hpp"

#include <memory>
#include <optional>
#include <string>

namespace strat::load {

struct LoadedAnswers {
    std::unique_ptr<model::SourceFile> file;
    std::optional<model::AnswersFile> answers; ///< absent when unreadable
    model::Diagnostics diagnostics;
};

LoadedAnswers read_answers_file(const std::string& path);
LoadedAnswers parse_answers_text(std::string path, std::string text);

} // namespace strat::load
