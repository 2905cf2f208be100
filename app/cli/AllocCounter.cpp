#include "AllocCounter.h"

#include <atomic>
#include <cerrno>
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

void counted() {
    if (g_counting.load(std::memory_order_relaxed))
        g_mallocs.fetch_add(1, std::memory_order_relaxed);
}
}  // namespace

// glibc's own allocator does the work; free() is untouched. Every way of taking a new block is
// counted: libraries allocate aligned buffers (oneDNN's sgemm takes its packing buffers with
// posix_memalign on each call) as well as plain ones.
extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* __libc_memalign(std::size_t, std::size_t);

void* malloc(std::size_t n) {
    counted();
    return __libc_malloc(n);
}
void* calloc(std::size_t k, std::size_t n) {
    counted();
    return __libc_calloc(k, n);
}
void* realloc(void* p, std::size_t n) {
    counted();
    return __libc_realloc(p, n);
}
int posix_memalign(void** out, std::size_t align, std::size_t n) {
    if (align == 0 || (align & (align - 1)) != 0 || align % sizeof(void*) != 0) return EINVAL;
    counted();
    void* p = __libc_memalign(align, n);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}
void* aligned_alloc(std::size_t align, std::size_t n) {
    counted();
    return __libc_memalign(align, n);
}
void* memalign(std::size_t align, std::size_t n) {
    counted();
    return __libc_memalign(align, n);
}
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
