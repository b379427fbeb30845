// Issue 12 item 6: a job that throws on a worker thread (std::bad_alloc on a huge input)
// reaches the caller instead of ending the process with std::terminate.

#include "util/parallel.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
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

// Issue 15's batch: planning in file order on one thread while other threads render.
TEST_CASE("pipeline_for produces in order and consumes each item after it is produced") {
    for (std::size_t threads : {1u, 2u, 4u}) {
        CAPTURE(threads);
        std::vector<int> made(500, 0), seen(500, -1);
        std::vector<std::size_t> order;
        strat::util::pipeline_for(
            made.size(), threads,
            [&](std::size_t i) {
                order.push_back(i);
                made[i] = static_cast<int>(i) + 1;
            },
            [&](std::size_t i) { seen[i] = made[i]; });
        std::vector<std::size_t> expected(500);
        for (std::size_t i = 0; i < expected.size(); ++i)
            expected[i] = i;
        CHECK(order == expected);
        for (std::size_t i = 0; i < seen.size(); ++i)
            CHECK(seen[i] == static_cast<int>(i) + 1);
    }
}

TEST_CASE("pipeline_for: a producer's failure stops it, and nothing unproduced is consumed") {
    for (std::size_t threads : {1u, 2u, 4u}) {
        CAPTURE(threads);
        std::vector<int> made(100, 0);
        std::atomic<bool> unproduced{false};
        CHECK_THROWS_AS(strat::util::pipeline_for(
                            made.size(), threads,
                            [&](std::size_t i) {
                                if (i == 40)
                                    throw std::runtime_error("client 40");
                                made[i] = 1;
                            },
                            [&](std::size_t i) {
                                if (made[i] != 1)
                                    unproduced = true;
                            }),
                        std::runtime_error);
        CHECK_FALSE(unproduced);
    }
}

TEST_CASE("pipeline_for: a consumer's failure reaches the caller") {
    for (std::size_t threads : {1u, 2u, 4u}) {
        CAPTURE(threads);
        CHECK_THROWS_AS(strat::util::pipeline_for(
                            100, threads, [](std::size_t) {},
                            [](std::size_t i) {
                                if (i == 50)
                                    throw std::bad_alloc();
                            }),
                        std::bad_alloc);
    }
}
