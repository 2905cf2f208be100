#include "data/Dataset.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <sstream>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace mtl {

int DataSchema::oneHotWidth() const {
    long long w = numeric();
    for (int c : cardinalities) w += c;
    return static_cast<int>(w);
}

int DataSchema::taskIndex(const std::string& name) const {
    for (size_t t = 0; t < tasks.size(); ++t)
        if (tasks[t].name == name) return static_cast<int>(t);
    return -1;
}

bool DataSchema::sameFeatures(const DataSchema& o) const {
    return numericNames == o.numericNames && categoricalNames == o.categoricalNames &&
           cardinalities == o.cardinalities;
}

Dataset Dataset::subset(const std::vector<int>& rowIdx) const {
    const int n = rows();
    const int k = static_cast<int>(rowIdx.size());
    Dataset out;
    out.schema = schema;
    out.numeric.resize(numeric.rows(), k);
    out.categorical.resize(categorical.rows(), k);
    out.labels.resize(labels.rows(), k);
    for (int j = 0; j < k; ++j) {
        const int r = rowIdx[j];
        if (r < 0 || r >= n) {
            std::ostringstream os;
            os << "Dataset::subset: row " << r << " out of range (0.." << n - 1 << ")";
            throw std::out_of_range(os.str());
        }
        if (numeric.rows() > 0) out.numeric.col(j) = numeric.col(r);
        if (categorical.rows() > 0) out.categorical.col(j) = categorical.col(r);
        out.labels.col(j) = labels.col(r);
    }
    return out;
}

void Dataset::check() const {
    auto fail = [](const std::string& what) {
        throw std::runtime_error("Dataset::check: " + what);
    };
    std::ostringstream os;
    const int n = rows();
    if (labels.rows() != static_cast<Eigen::Index>(schema.tasks.size())) {
        os << "labels has " << labels.rows() << " rows but the schema has " << schema.tasks.size()
           << " tasks";
        fail(os.str());
    }
    if (schema.cardinalities.size() != schema.categoricalNames.size()) {
        os << schema.categoricalNames.size() << " categorical names but "
           << schema.cardinalities.size() << " cardinalities";
        fail(os.str());
    }
    // A matrix with no feature rows may be stored as 0 x 0.
    const bool numOk = numeric.rows() == schema.numeric() &&
                       (numeric.cols() == n || (schema.numeric() == 0 && numeric.size() == 0));
    if (!numOk) {
        os << "numeric is " << numeric.rows() << " x " << numeric.cols() << ", expected "
           << schema.numeric() << " x " << n;
        fail(os.str());
    }
    const bool catOk =
        categorical.rows() == schema.fields() &&
        (categorical.cols() == n || (schema.fields() == 0 && categorical.size() == 0));
    if (!catOk) {
        os << "categorical is " << categorical.rows() << " x " << categorical.cols()
           << ", expected " << schema.fields() << " x " << n;
        fail(os.str());
    }
    for (int f = 0; f < schema.fields(); ++f) {
        const int card = schema.cardinalities[f];
        if (card < 1) {
            os << "field " << f << " ('" << schema.categoricalNames[f] << "') has cardinality "
               << card;
            fail(os.str());
        }
        for (int r = 0; r < n; ++r) {
            const int32_t c = categorical(f, r);
            if (c < 0 || c >= card) {
                os << "field " << f << " ('" << schema.categoricalNames[f] << "'), row " << r
                   << ": code " << c << " outside 0.." << card - 1;
                fail(os.str());
            }
        }
    }
    for (int i = 0; i < schema.numeric(); ++i)
        for (int r = 0; r < n; ++r)
            if (!std::isfinite(numeric(i, r))) {
                os << "numeric feature " << i << " ('" << schema.numericNames[i] << "'), row " << r
                   << " is not finite";
                fail(os.str());
            }
    for (size_t t = 0; t < schema.tasks.size(); ++t) {
        const bool binary = schema.tasks[t].kind == TaskKind::Binary;
        for (int r = 0; r < n; ++r) {
            const float y = labels(static_cast<Eigen::Index>(t), r);
            if (std::isnan(y)) continue;
            if (!std::isfinite(y) || (binary && y != 0.0f && y != 1.0f)) {
                os << "task '" << schema.tasks[t].name << "', row " << r << ": label " << y
                   << (binary ? " is not 0 or 1" : " is not finite");
                fail(os.str());
            }
        }
    }
}

double labelCorrelation(const Dataset& data, int a, int b) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (a < 0 || b < 0 || a >= data.labels.rows() || b >= data.labels.rows()) return nan;
    double sa = 0, sb = 0;
    long long n = 0;
    for (int r = 0; r < data.rows(); ++r) {
        const float x = data.labels(a, r), y = data.labels(b, r);
        if (std::isnan(x) || std::isnan(y)) continue;
        sa += x;
        sb += y;
        ++n;
    }
    if (n < 2) return nan;
    const double ma = sa / n, mb = sb / n;
    double sab = 0, saa = 0, sbb = 0;
    for (int r = 0; r < data.rows(); ++r) {
        const float x = data.labels(a, r), y = data.labels(b, r);
        if (std::isnan(x) || std::isnan(y)) continue;
        const double dx = x - ma, dy = y - mb;
        sab += dx * dy;
        saa += dx * dx;
        sbb += dy * dy;
    }
    if (saa <= 0 || sbb <= 0) return nan;
    return sab / std::sqrt(saa * sbb);
}

std::vector<int> seededPermutation(int n, unsigned long long seed) {
    std::vector<int> idx(n > 0 ? n : 0);
    for (int i = 0; i < n; ++i) idx[i] = i;
    std::mt19937_64 rng(seed);
    for (int i = n - 1; i > 0; --i) {
        // Uniform in 0..i by rejection (no modulo bias).
        const unsigned long long range = static_cast<unsigned long long>(i) + 1;
        const unsigned long long limit = std::mt19937_64::max() - std::mt19937_64::max() % range;
        unsigned long long v;
        do v = rng();
        while (v >= limit);
        std::swap(idx[i], idx[static_cast<int>(v % range)]);
    }
    return idx;
}

namespace {
void adviseRange(const void* data, size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr uintptr_t kHuge = uintptr_t(2) << 20;
    const uintptr_t lo = (reinterpret_cast<uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const uintptr_t hi = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (hi <= lo) return;  // smaller than one whole 2 MB page
    void* p = reinterpret_cast<void*>(lo);
    if (madvise(p, hi - lo, MADV_HUGEPAGE) != 0) return;
#ifndef MADV_COLLAPSE
    constexpr int MADV_COLLAPSE = 25;  // Linux 6.1; older kernels refuse it (EINVAL)
#endif
    madvise(p, hi - lo, MADV_COLLAPSE);  // now rather than when the kernel gets round to it
#else
    (void)data;
    (void)bytes;
#endif
}
}  // namespace

void adviseHugePages(const Dataset& d) {
    adviseRange(d.numeric.data(), sizeof(float) * d.numeric.size());
    adviseRange(d.categorical.data(), sizeof(int32_t) * d.categorical.size());
    adviseRange(d.labels.data(), sizeof(float) * d.labels.size());
}

}  // namespace mtl
