#pragma once
// Counting heap allocations for `bench` (allocations per training step).
//
// The counter replaces malloc() (and calloc, realloc, posix_memalign, aligned_alloc, memalign) in
// this executable and forwards to glibc's allocator; it counts
// only between startCounting() and the end of the process (bench calls it), so every other
// command pays a relaxed load per allocation and nothing else. A sanitizer (ASan, TSan, MSan)
// provides its own malloc and must see every allocation from its start, before main(): in a
// sanitized build the replacement is not compiled at all and available() is false (bench then
// reports no allocation count).
namespace mtl::cli::alloc {

bool available();
void startCounting();
long long count();  // allocations since startCounting() (0 when not available)

}  // namespace mtl::cli::alloc
