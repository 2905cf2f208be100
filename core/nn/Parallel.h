#pragma once
// The engine's two shapes of OpenMP work, entered only when they run on more than one thread.
//
// libgomp allocates (and frees) a team for every parallel region that runs on one thread: a
// region whose `if` clause is false, one inside another region, or any region when the engine
// has one thread. A region on two or more threads reuses the previous team. So a loop that is not
// worth threading runs here as a plain loop, and a body meant for a team runs as a plain call;
// the work is split over the threads exactly as `#pragma omp parallel for schedule(static)` /
// `#pragma omp parallel num_threads(T)` split it, so results do not change.
#include <omp.h>

namespace mtl {

// f(i) for i in [begin, end): statically scheduled over the engine's threads when `threaded`
// (and there are threads, and no region is running), else in order on the calling thread.
template <typename I, typename F>
void parallelFor(I begin, I end, bool threaded, F&& f) {
    if (threaded && omp_get_max_threads() > 1 && !omp_in_parallel()) {
#pragma omp parallel for schedule(static)
        for (I i = begin; i < end; ++i) f(i);
        return;
    }
    for (I i = begin; i < end; ++i) f(i);
}

// body() on a team of `threads` threads, or called once on this thread when threads <= 1 (then
// omp_get_thread_num() is 0, omp_get_num_threads() 1, and a barrier or single inside is a no-op
// or runs once, as OpenMP defines for code outside any region).
template <typename F>
void parallelRegion(int threads, F&& body) {
    if (threads > 1 && !omp_in_parallel()) {
#pragma omp parallel num_threads(threads)
        body();
        return;
    }
    body();
}

}  // namespace mtl
