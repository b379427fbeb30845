// Issue 12 item 6: a job that throws on a worker thread (std::bad_alloc on a huge input)
// reaches the caller instead of ending the process with std::terminate.

#include "util/parallel.hpp"

#include <doctest/doctest.h>

#include <new>
#include <stdexcept>
#include <vector>

TEST_CASE("hardening-unbounded-reads: bad_alloc in a worker thread reaches the caller") {
    for (std::size_t threads : {1u, 2u, 4u}) {
        CAPTURE(threads);
        CHECK_THROWS_AS(strat::util::parallel_for(100, threads,
                                                  [](std::size_t i) {
                                                      if (i == 50)
                                                          throw std::bad_alloc();
                                                  }),
                        std::bad_alloc);
    }
}

TEST_CASE("parallel_for runs every job once when none throws") {
    std::vector<int> done(1000, 0);
    strat::util::parallel_for(done.size(), 4, [&](std::size_t i) { ++done[i]; });
    CHECK(std::count(done.begin(), done.end(), 1) == 1000);
}
