// The command line in-process: argument errors, exit codes, the search path.

#include "cli/app.hpp"

#include <doctest/doctest.h>

#include <map>
#include <sstream>

namespace {

struct Run {
    int code;
    std::string out;
    std::string err;
};

Run run(std::vector<std::string> args, std::map<std::string, std::string> env = {}) {
    std::istringstream in;
    std::ostringstream out, err;
    strat::cli::Io io{in,
                      out,
                      err,
                      false,
                      false,
                      false,
                      [env](const std::string& name) -> std::optional<std::string> {
                          auto it = env.find(name);
                          return it == env.end() ? std::nullopt
                                                 : std::optional<std::string>(it->second);
                      }};
    int code = strat::cli::run(args, io);
    return {code, out.str(), err.str()};
}

} // namespace

TEST_CASE("no command is a usage error") {
    Run r = run({});
    CHECK(r.code == 2);
    CHECK(r.err == "strat: error: no command given\n"
                   "  hint: run `strat --help` for the commands and options\n");
}

TEST_CASE("an unknown flag is a usage error") {
    Run r = run({"validate", "--bogus"});
    CHECK(r.code == 2);
    CHECK(r.err.rfind("strat: error: ", 0) == 0);
}

TEST_CASE("--version prints the version") {
    Run r = run({"--version"});
    CHECK(r.code == 0);
    CHECK(r.out.rfind("strat ", 0) == 0);
}

TEST_CASE("a missing roadmap directory is a usage error") {
    Run r = run({"--roadmaps", "/nonexistent/dir", "list", "industries"});
    CHECK(r.code == 2);
    CHECK(r.err == "strat: error: /nonexistent/dir: roadmap directory not found (--roadmaps)\n"
                   "  hint: check --roadmaps and STRAT_ROADMAPS\n");
}

TEST_CASE("the built-in roadmaps validate") {
    Run r = run({"validate", "--strict"});
    CHECK(r.err == "");
    CHECK(r.code == 0);
}

TEST_CASE("unknown industries get the valid choices") {
    Run r = run({"list", "goals", "--industry", "travle"});
    CHECK(r.code == 2);
    CHECK(r.err.rfind("strat: error: unknown industry `travle` (did you mean `travel`?)\n", 0) ==
          0);
}
