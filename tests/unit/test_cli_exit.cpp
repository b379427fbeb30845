// How a command's end becomes an exit code (cli/app.hpp): the one place strat catches.

#include "cli/app.hpp"

#include <doctest/doctest.h>

#include <new>
#include <sstream>
#include <stdexcept>

using namespace strat;

namespace {

template <class E> std::pair<int, std::string> ended_by(E e) {
    std::ostringstream err;
    int code = cli::exit_for(std::make_exception_ptr(e), err);
    return {code, err.str()};
}

} // namespace

TEST_CASE("an ExitRequest ends the command with its code; its message was printed before") {
    CHECK(ended_by(cli::ExitRequest{1}) == std::pair<int, std::string>{1, ""});
    CHECK(ended_by(cli::ExitRequest{2}) == std::pair<int, std::string>{2, ""});
}

TEST_CASE("any other exception is a bug in strat: exit 3, said as one, never as a usage error") {
    CHECK(ended_by(std::runtime_error("vector::_M_range_check: __n (which is 3)\n>= size")) ==
          std::pair<int, std::string>{
              3, "strat: internal error: vector::_M_range_check: __n (which is 3)\\n>= size\n"
                 "  this is a bug in strat; please report it with the command that led to it\n"});
    CHECK(ended_by(42) ==
          std::pair<int, std::string>{
              3, "strat: internal error: an unknown exception\n"
                 "  this is a bug in strat; please report it with the command that led to it\n"});
}

TEST_CASE("running out of memory is exit 2 with a plain message") {
    CHECK(ended_by(std::bad_alloc()) ==
          std::pair<int, std::string>{2, "strat: error: out of memory\n"});
}
