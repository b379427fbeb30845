#pragma once
/// Run independent jobs on several threads. Results go into slots chosen by index, so the
/// output order never depends on scheduling.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace strat::util {

/// Worker threads for `jobs` (0 = one per core), never more than there is work.
inline std::size_t thread_count(std::size_t jobs, std::size_t work) {
    std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min(jobs == 0 ? cores : jobs, work));
}

/// Calls `job(i)` for every i in [0, count) on `threads` threads (the caller's included).
/// `job` must only write state owned by index i. When a job throws (std::bad_alloc on a
/// huge input, say), no further job starts and the first exception is rethrown on the
/// caller's thread once every worker has stopped: it never ends the process from a worker.
template <typename Job> void parallel_for(std::size_t count, std::size_t threads, Job job) {
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto work = [&] {
        try {
            for (std::size_t i = next++; i < count; i = next++)
                job(i);
        } catch (...) {
            next = count; // no new jobs
            std::lock_guard<std::mutex> lock(failure_mutex);
            if (!failure)
                failure = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace strat::util
