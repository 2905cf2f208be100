#include "AllocCounter.h"

#include <atomic>
#include <cstddef>
#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || defined(__SANITIZE_MEMORY__)
#define MTL_CLI_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
#define MTL_CLI_SANITIZED 1
#endif
#endif

#if !defined(MTL_CLI_SANITIZED) && defined(__GLIBC__)
#define MTL_CLI_COUNT_ALLOCS 1
#endif

#ifdef MTL_CLI_COUNT_ALLOCS
namespace {
std::atomic<bool> g_counting{false};
std::atomic<long long> g_mallocs{0};
}  // namespace

// glibc's own allocator does the work; free() is untouched.
extern "C" void* __libc_malloc(std::size_t);
extern "C" void* malloc(std::size_t n) {
    if (g_counting.load(std::memory_order_relaxed))
        g_mallocs.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(n);
}
#endif

namespace mtl::cli::alloc {

#ifdef MTL_CLI_COUNT_ALLOCS
bool available() { return true; }
void startCounting() {
    g_mallocs.store(0);
    g_counting.store(true);
}
long long count() { return g_mallocs.load(); }
#else
bool available() { return false; }
void startCounting() {}
long long count() { return 0; }
#endif

}  // namespace mtl::cli::alloc
