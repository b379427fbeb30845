#pragma once
/// Run independent jobs on several threads. Results go into slots chosen by index, so the
/// output order never depends on scheduling.

#include <algorithm>
#include <atomic>
#include <condition_variable>
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

/// Calls `produce(i)` for i = 0, 1, ... count - 1 in order on the caller's thread while the
/// other `threads - 1` threads call `consume(i)` for each i already produced; when producing
/// is done the caller consumes too. For work whose first part must run in order (it reads
/// shared state, reports in input order) and whose second part is independent per item.
/// `consume(i)` may read what `produce(i)` wrote and write only state owned by index i.
/// When either throws, no further job starts and the first exception (a producer's first)
/// is rethrown on the caller's thread once every worker has stopped.
template <typename Produce, typename Consume>
void pipeline_for(std::size_t count, std::size_t threads, Produce produce, Consume consume) {
    std::mutex mutex;
    std::condition_variable ready;
    std::size_t produced = 0; // guarded by `mutex`
    bool stop = false;        // guarded by `mutex`
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure; // guarded by `mutex`
    auto halt = [&](std::exception_ptr error) {
        std::lock_guard<std::mutex> lock(mutex);
        if (!failure)
            failure = error;
        stop = true;
        ready.notify_all();
    };
    auto work = [&] {
        try {
            for (std::size_t i = next++; i < count; i = next++) {
                {
                    std::unique_lock<std::mutex> lock(mutex);
                    ready.wait(lock, [&] { return produced > i || stop; });
                    if (stop)
                        return;
                }
                consume(i);
            }
        } catch (...) {
            halt(std::current_exception());
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work);
    try {
        for (std::size_t i = 0; i < count; ++i) {
            {
                std::lock_guard<std::mutex> lock(mutex);
                if (stop)
                    break;
            }
            produce(i);
            std::lock_guard<std::mutex> lock(mutex);
            produced = i + 1;
            ready.notify_all();
        }
    } catch (...) {
        // The producer's failure is the one to report: it comes first in input order.
        std::lock_guard<std::mutex> lock(mutex);
        failure = std::current_exception();
        stop = true;
        ready.notify_all();
    }
    bool stopped = false;
    {
        std::lock_guard<std::mutex> lock(mutex);
        stopped = stop;
    }
    if (!stopped)
        work();
    for (std::thread& t : pool)
        t.join();
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace strat::util
