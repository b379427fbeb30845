// libFuzzer target: any bytes as an answers file (`strat plan --answers`), read and its
// diagnostics printed. Build and run: see tests/fuzz/README.

#include "fuzz_common.hpp"
#include "load/answers_file.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    strat::load::LoadedAnswers answers =
        strat::load::parse_answers_text("answers.yaml", std::move(text));
    strat::fuzz::print_diagnostics(answers.diagnostics);
    return 0;
}
