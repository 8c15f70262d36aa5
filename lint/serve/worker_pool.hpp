// A fixed set of threads running lint jobs, with a bound on the jobs it holds (running and
// waiting): past it, submit() refuses and the server answers 503 instead of queueing forever.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace soat::serve {

class WorkerPool {
public:
    WorkerPool(unsigned threads, std::size_t max_jobs);
    ~WorkerPool();  // runs the jobs already accepted, then joins
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // Queues `job`; false when `max_jobs` jobs are already running or waiting.
    bool submit(std::function<void()> job);

private:
    void run();

    std::size_t max_jobs_;
    std::size_t held_ = 0;  // running + waiting
    bool stopping_ = false;
    std::deque<std::function<void()>> waiting_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::vector<std::thread> threads_;
};

}  // namespace soat::serve
