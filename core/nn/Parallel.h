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

// body(t, n) on a team of n = `threads` threads (t = 0 .. n-1), or body(0, 1) once on this
// thread when threads <= 1 or a region is already running. The body must take its place in the
// team from (t, n), never from omp_get_thread_num(): inside another region (the data-parallel
// step, Model.h) those name the outer team. For the same reason it synchronises with
// teamBarrier(n), never with a bare `omp barrier` or `omp single`.
template <typename F>
void parallelRegion(int threads, F&& body) {
    if (threads > 1 && !omp_in_parallel()) {
#pragma omp parallel num_threads(threads)
        body(omp_get_thread_num(), omp_get_num_threads());
        return;
    }
    body(0, 1);
}

// A barrier among the n threads of parallelRegion's team; nothing when n == 1.
inline void teamBarrier(int n) {
    if (n > 1) {
#pragma omp barrier
    }
}

}  // namespace mtl
