#pragma once
// Work over several buffers taken as one long array, split into stretches [lo, hi) of all their
// elements in order (one stretch per thread): what Model's zeroing of gradient buffers and the
// optimizer's Adam update share.
#include <algorithm>
#include <cstddef>

namespace mtl {

// Calls f(k, k0, k1) for each buffer k (of `count`, buffer k holding length(k) elements) that
// overlaps the stretch [lo, hi), with [k0, k1) the overlap in the buffer's own indices.
template <class Length, class F>
void forStretch(std::size_t count, Length&& length, long long lo, long long hi, F&& f) {
    long long off = 0;
    for (std::size_t k = 0; k < count && off < hi; ++k) {
        const long long n = length(k);
        const long long k0 = std::max(lo, off) - off, k1 = std::min(hi, off + n) - off;
        off += n;
        if (k0 < k1) f(k, k0, k1);
    }
}

}  // namespace mtl
