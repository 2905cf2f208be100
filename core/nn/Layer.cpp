#include "nn/Layer.h"

#include <omp.h>

#include <stdexcept>

#include "nn/Parallel.h"

namespace mtl {

const SparseBatch::ByFeature& SparseBatch::byFeature() const {
    ByFeature& t = byFeature_;
    const int nnz = static_cast<int>(index.size());
    if (t.valid && static_cast<int>(t.start.size()) == rows + 1 && t.start[rows] == nnz) return t;
    // Counting sort by feature. Thread k counts, then places, the non-zeros of its share of the
    // examples; within a feature thread 0's come first, so each feature's list is in example
    // order whatever the thread count.
    const int T = nnz > 16384 && !omp_in_parallel() ? omp_get_max_threads() : 1;
    const size_t R = static_cast<size_t>(rows);
    t.fill.assign(R * T, 0);
    t.start.assign(R + 1, 0);
    t.example.resize(nnz);
    t.value.resize(nnz);
    parallelRegion(T, [&](int k, int n) {
        const int j0 = static_cast<int>(static_cast<long long>(cols) * k / n);
        const int j1 = static_cast<int>(static_cast<long long>(cols) * (k + 1) / n);
        int* count = t.fill.data() + R * k;
        for (int p = start[j0]; p < start[j1]; ++p) ++count[index[p]];
        teamBarrier(n);
        if (k == 0) {
            int run = 0;
            for (size_t f = 0; f < R; ++f) {
                t.start[f] = run;
                for (int q = 0; q < n; ++q) {
                    const int c = t.fill[R * q + f];
                    t.fill[R * q + f] = run;
                    run += c;
                }
            }
            t.start[R] = run;
        }
        teamBarrier(n);
        int* next = t.fill.data() + R * k;
        for (int j = j0; j < j1; ++j)
            for (int p = start[j]; p < start[j + 1]; ++p) {
                const int q = next[index[p]]++;
                t.example[q] = j;
                t.value[q] = value[p];
            }
    });
    t.valid = true;
    return t;
}

void SparseBatch::toDense(Mat& out) const {
    out.setZero(rows, cols);
    for (int j = 0; j < cols; ++j)
        for (int k = start[j]; k < start[j + 1]; ++k) out(index[k], j) += value[k];
}

Activation activationFromString(const std::string& s) {
    if (s == "relu") return Activation::ReLU;
    if (s == "tanh") return Activation::Tanh;
    if (s == "sigmoid") return Activation::Sigmoid;
    if (s == "identity" || s == "linear" || s == "none") return Activation::Identity;
    throw std::invalid_argument("unknown activation '" + s + "'");
}

namespace {
// Coefficient-wise passes and row sums run on the engine's threads from this many coefficients:
// census's expert layers (128 x 1024) were below the former 2^18 and ran on one thread while the
// other waited; at 2^15 census MMoE trained 6-13 % faster (interleaved A/B, 2 threads) and the
// hand-off (a few microseconds) stays well below the pass it splits.
constexpr Eigen::Index kThreadedCoefficients = Eigen::Index(1) << 15;
// Passes fused over a matrix (bias and activation; activation gradient and row sums) run column
// by column from this many coefficients, where the matrix no longer fits in a core's L2 cache
// and a second pass would read it from L3 again (large Shared-Bottom's 2048 x 512 hidden
// layer). Smaller matrices take whole-block expressions: per-column loops over census's 8-row
// towers cost more than the second pass they save (census and small ran 2-4 % slower).
constexpr Eigen::Index kColumnwiseCoefficients = Eigen::Index(1) << 18;

// f(block) over column blocks of m: on the engine's threads when m is large, else in one call.
template <typename M, typename F>
void byColumns(const M& m, F f) {
    const Eigen::Index n = m.cols();
    if (m.size() < kThreadedCoefficients || omp_get_max_threads() < 2 || omp_in_parallel()) {
        f(0, n);
        return;
    }
#pragma omp parallel
    {
        const int T = omp_get_num_threads(), t = omp_get_thread_num();
        const Eigen::Index b = n * t / T, e = n * (t + 1) / T;
        if (e > b) f(b, e - b);
    }
}

// f applied in place to one column (or a few): short enough to stay in L1 between the passes a
// caller fuses around it.
template <typename B>
void activate(Activation a, B&& b) {
    switch (a) {
        case Activation::Identity:
            break;
        case Activation::ReLU:
            b = b.cwiseMax(Real(0));
            break;
        case Activation::Tanh:
            b = b.array().tanh();
            break;
        case Activation::Sigmoid:
            // Column by column: over a block of whole columns Eigen's exp takes its scalar or
            // its vector path by where the block starts, so a thread's share would change bits.
            for (Eigen::Index j = 0; j < b.cols(); ++j)
                b.col(j) = (Real(1) + (-b.col(j).array()).exp()).inverse();
            break;
    }
}

// g = f'(y) * dy for one column (or a few); g may be dy.
template <typename G, typename Y, typename D>
void activateBackward(Activation a, G&& g, const Y& y, const D& dy) {
    switch (a) {
        case Activation::Identity:
            g = dy;
            break;
        case Activation::ReLU:
            g = (y.array() > Real(0)).select(dy.array(), Real(0));
            break;
        case Activation::Tanh:
            g.array() = dy.array() * (Real(1) - y.array().square());
            break;
        case Activation::Sigmoid:
            g.array() = dy.array() * y.array() * (Real(1) - y.array());
            break;
    }
}

// f(r0, n) over blocks of m's rows (multiples of 16 but the last): on the engine's threads when m
// is large, else in one call. Each row's arithmetic is the same whatever the split.
template <typename F>
void byRows(const Mat& m, F f) {
    const Eigen::Index r = m.rows();
    if (m.size() < kThreadedCoefficients || omp_get_max_threads() < 2 || omp_in_parallel() ||
        r < 32) {
        f(0, r);
        return;
    }
#pragma omp parallel
    {
        const int T = omp_get_num_threads(), t = omp_get_thread_num();
        const Eigen::Index b = (r * t / T) & ~Eigen::Index(15);
        const Eigen::Index e = t == T - 1 ? r : (r * (t + 1) / T) & ~Eigen::Index(15);
        if (e > b) f(b, e - b);
    }
}
}  // namespace

void applyActivation(Activation a, Mat& z) {
    if (a == Activation::Identity) return;
    byColumns(z, [&](Eigen::Index c, Eigen::Index n) { activate(a, z.middleCols(c, n)); });
}

void activationBackward(Activation a, const Mat& y, const Mat& dy, Mat& g) {
    g.resize(dy.rows(), dy.cols());
    byColumns(g, [&](Eigen::Index c, Eigen::Index n) {
        activateBackward(a, g.middleCols(c, n), y.middleCols(c, n), dy.middleCols(c, n));
    });
}

void activationBackward(Activation a, const Mat& y, const Mat& dy, Mat& g, Mat& sums) {
    g.resize(dy.rows(), dy.cols());
    sums.resize(dy.rows(), 1);
    if (g.size() < kColumnwiseCoefficients) {
        activationBackward(a, y, dy, g);
        rowSums(g, sums);
        return;
    }
    byRows(g, [&](Eigen::Index r0, Eigen::Index n) {
        auto acc = sums.col(0).segment(r0, n);
        acc.setZero();
        for (Eigen::Index j = 0; j < g.cols(); ++j) {
            auto gj = g.col(j).segment(r0, n);
            activateBackward(a, gj, y.col(j).segment(r0, n), dy.col(j).segment(r0, n));
            acc += gj;
        }
    });
}

void rowSums(const Mat& m, Mat& out) {
    out.resize(m.rows(), 1);
    byRows(m, [&](Eigen::Index r0, Eigen::Index n) {
        out.col(0).segment(r0, n) = m.middleRows(r0, n).rowwise().sum();
    });
}

void activationBackward(Activation a, const Mat& y, Mat& g) {
    if (a != Activation::Identity) activationBackward(a, y, g, g);  // coefficient-wise: g may be dy
}

void addBiasTo(const Eigen::Ref<const Mat>& src, const Mat& b, Mat& y, Activation a) {
    y.resize(src.rows(), src.cols());
    byColumns(y, [&](Eigen::Index c, Eigen::Index n) {
        if (y.size() < kColumnwiseCoefficients) {
            y.middleCols(c, n) = src.middleCols(c, n).colwise() + b.col(0);
            activate(a, y.middleCols(c, n));
            return;
        }
        for (Eigen::Index j = c; j < c + n; ++j) {
            y.col(j) = src.col(j) + b.col(0);
            activate(a, y.col(j));
        }
    });
}

void copyBlock(const Eigen::Ref<const Mat>& src, Eigen::Ref<Mat> dst) {
    byColumns(dst,
              [&](Eigen::Index c, Eigen::Index n) { dst.middleCols(c, n) = src.middleCols(c, n); });
}

void addBias(Mat& y, const Mat& b, Activation a) {
    addBiasTo(y, b, y, a);  // coefficient-wise: src may be y
}

}  // namespace mtl
