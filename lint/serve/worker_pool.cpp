#include "serve/worker_pool.hpp"

#include <algorithm>

namespace soat::serve {

WorkerPool::WorkerPool(unsigned threads, std::size_t max_jobs)
    : max_jobs_(std::max<std::size_t>(1, max_jobs)) {
    for (unsigned i = 0; i < std::max(1u, threads); ++i) threads_.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& t : threads_) t.join();
}

bool WorkerPool::submit(std::function<void()> job) {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ || held_ >= max_jobs_) return false;
        ++held_;
        waiting_.push_back(std::move(job));
    }
    wake_.notify_one();
    return true;
}

void WorkerPool::run() {
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
            if (waiting_.empty()) return;
            job = std::move(waiting_.front());
            waiting_.pop_front();
        }
        job();
        std::lock_guard lock(mutex_);
        --held_;
    }
}

}  // namespace soat::serve
