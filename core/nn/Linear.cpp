#include "nn/Linear.h"

#include <omp.h>

#if defined(__SSE2__) || defined(__x86_64__)
#include <xmmintrin.h>
#endif

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <type_traits>

#include "nn/EnvChoice.h"
#include "nn/Parallel.h"

#ifdef MTL_USE_DNNL
#include <dnnl.h>
#endif

#ifdef MTL_USE_OPENBLAS
// OpenBLAS's CBLAS entry points, declared here so that no BLAS header is needed (CBLAS enum values:
// column-major 102, no transpose 111, transpose 112).
extern "C" {
void cblas_sgemm(int order, int transA, int transB, int m, int n, int k, float alpha,
                 const float* A, int lda, const float* B, int ldb, float beta, float* C, int ldc);
void cblas_dgemm(int order, int transA, int transB, int m, int n, int k, double alpha,
                 const double* A, int lda, const double* B, int ldb, double beta, double* C,
                 int ldc);
void openblas_set_num_threads(int n);
char* openblas_get_corename(void);
}
#endif

namespace mtl {

void initWeights(Mat& w, int fanIn, int fanOut, Activation act, Rng& rng) {
    // He-uniform keeps ReLU activations' variance; Glorot-uniform for the others.
    double limit = act == Activation::ReLU ? std::sqrt(6.0 / std::max(1, fanIn))
                                           : std::sqrt(6.0 / std::max(1, fanIn + fanOut));
    std::uniform_real_distribution<double> u(-limit, limit);
    for (Eigen::Index j = 0; j < w.cols(); ++j)
        for (Eigen::Index i = 0; i < w.rows(); ++i) w(i, j) = static_cast<Real>(u(rng));
}

void Linear::init(const std::string& prefix, int in, int out, Activation act, Rng& rng) {
    W.name = prefix + ".W";
    b.name = prefix + ".b";
    W.init(out, in);
    b.init(out, 1);
    b.decay = false;
    W.readsThroughValues = b.readsThroughValues = true;
    initWeights(W.value, in, out, act, rng);
}

namespace {
// Work big enough to be worth a second thread.
bool worthThreads(long long flops) { return flops > 200000 && omp_get_max_threads() > 1; }
}  // namespace

namespace {

// Sparse kernels, register-blocked: rows of the output are processed in fixed-size blocks so the
// accumulators stay in vector registers while the example's non-zeros stream past.
template <int BS>
void sparseForwardBlock(const Mat& W, const Mat& b, const SparseBatch& s, Mat& y, int r0, int j) {
    using Block = Eigen::Matrix<Real, BS, 1>;
    Block acc = b.col(0).template segment<BS>(r0);
    for (int k = s.start[j]; k < s.start[j + 1]; ++k) {
        const Real v = s.value[k];
        if (v == Real(1))
            acc += W.col(s.index[k]).template segment<BS>(r0);
        else
            acc += v * W.col(s.index[k]).template segment<BS>(r0);
    }
    y.col(j).template segment<BS>(r0) = acc;
}

// The same for four examples j .. j+3 at once, for narrow outputs (gates): one example's sum is a
// chain of dependent additions, four independent chains keep the adder busy. Each example's
// non-zeros are added in the same order as above, so the result is bit-identical.
template <int BS>
void sparseForwardBlock4(const Mat& W, const Mat& b, const SparseBatch& s, Mat& y, int r0, int j) {
    using Block = Eigen::Matrix<Real, BS, 1>;
    Block acc[4];
    int k[4], end[4];
    int common = INT_MAX;
    for (int c = 0; c < 4; ++c) {
        acc[c] = b.col(0).template segment<BS>(r0);
        k[c] = s.start[j + c];
        end[c] = s.start[j + c + 1];
        common = std::min(common, end[c] - k[c]);
    }
    auto add = [&](int c, int q) {
        const Real v = s.value[q];
        if (v == Real(1))
            acc[c] += W.col(s.index[q]).template segment<BS>(r0);
        else
            acc[c] += v * W.col(s.index[q]).template segment<BS>(r0);
    };
    for (int t = 0; t < common; ++t)
        for (int c = 0; c < 4; ++c) add(c, k[c] + t);
    for (int c = 0; c < 4; ++c) {
        for (int q = k[c] + common; q < end[c]; ++q) add(c, q);
        y.col(j + c).template segment<BS>(r0) = acc[c];
    }
}

// Rows [r0, r1) of a sparse product, in blocks of 64, 16 and 8, then single rows.
template <typename F64, typename F16, typename F8, typename F1>
void forRowBlocks(int r0, int r1, F64 f64, F16 f16, F8 f8, F1 f1) {
    int r = r0;
    for (; r + 64 <= r1; r += 64) f64(r);
    for (; r + 16 <= r1; r += 16) f16(r);
    for (; r + 8 <= r1; r += 8) f8(r);
    for (; r < r1; ++r) f1(r);
}

// Big dense products are split into one independent GEMM per thread (by batch columns, or by
// output rows for weight gradients): no synchronisation inside the product, unlike Eigen's own
// threading, which spends a fifth of the time spin-waiting on this 2-core class of machine.
bool splitGemm(Eigen::Index m, Eigen::Index n, Eigen::Index k, Eigen::Index side) {
    // From 2 MFLOP when each thread still gets 256 or more columns of the side it splits (census
    // Shared-Bottom's fused towers, 16 x 113 at batch 1024: +4 %); the small config's products
    // of that size, split into 64 columns each, ran 18 % slower, so below 10 MFLOP a short side
    // stays whole.
    const double flops = 2.0 * m * n * k;
    return omp_get_max_threads() > 1 && !omp_in_parallel() &&
           (flops > 1e7 || (flops > 2e6 && side >= 256 * omp_get_max_threads()));
}

// [begin, end) of part t of T over n items, aligned to 16.
std::pair<Eigen::Index, Eigen::Index> part(Eigen::Index n, int t, int T) {
    const Eigen::Index b = (n * t / T) & ~Eigen::Index(15);
    const Eigen::Index e = t == T - 1 ? n : (n * (t + 1) / T) & ~Eigen::Index(15);
    return {b, e};
}

// MTL_GEMM from the environment, read once: "onednn", "openblas", "eigen", or "" (unset: the
// build's best). Another value is reported once on stderr and treated as unset, so a typo does
// not silently pick a backend.
[[maybe_unused]] const std::string& gemmChoice() {
    static const std::string choice = envChoice("MTL_GEMM", {"onednn", "openblas", "eigen"});
    return choice;
}

#ifdef MTL_USE_OPENBLAS
// Products at least this big (2mnk FLOPs) go to OpenBLAS, whose AVX-512 kernels beat Eigen's on
// the large config's fused expert GEMMs; smaller ones stay with Eigen (call overhead, and Eigen is
// as fast there). OpenBLAS runs one thread per call: the split above provides the parallelism,
// so results depend on the thread count only, as with Eigen.
constexpr double kBlasFlops = 1e6;
bool blasEnabled();
enum { kColMajor = 102, kNoTrans = 111, kTrans = 112 };

// C (m x n, leading dimension ldc) = alpha op(A) op(B) + beta C, column-major.
template <typename A, typename B, typename C>
bool blasGemm(bool ta, bool tb, const A& a, const B& b, C& c, Real beta) {
    const Eigen::Index m = c.rows(), n = c.cols(), k = ta ? a.rows() : a.cols();
    if (2.0 * m * n * k < kBlasFlops || !blasEnabled()) return false;
    const int lda = static_cast<int>(a.outerStride()), ldb = static_cast<int>(b.outerStride());
    const int ldc = static_cast<int>(c.outerStride());
    if constexpr (std::is_same_v<Real, float>)
        cblas_sgemm(kColMajor, ta ? kTrans : kNoTrans, tb ? kTrans : kNoTrans, int(m), int(n),
                    int(k), 1.0f, a.data(), lda, b.data(), ldb, beta, c.data(), ldc);
    else
        cblas_dgemm(kColMajor, ta ? kTrans : kNoTrans, tb ? kTrans : kNoTrans, int(m), int(n),
                    int(k), 1.0, a.data(), lda, b.data(), ldb, beta, c.data(), ldc);
    return true;
}
bool blasEnabled() {
    // MTL_GEMM=eigen in the environment keeps every product on Eigen, MTL_GEMM=openblas sends the
    // large ones to OpenBLAS whatever its kernel. Otherwise OpenBLAS is used unless Eigen has
    // AVX-512 and OpenBLAS does not: OpenBLAS picks its kernel at load time, from the CPU or from
    // OPENBLAS_CORETYPE, and its AVX2 kernels (Haswell) ran 25-30 % slower than Eigen's AVX-512
    // code on the large config's products, where its AVX-512 ones (SkylakeX) ran 0-10 % faster.
    static const bool enabled = [] {
        const std::string& choice = gemmChoice();
        if (choice == "eigen") return false;
        openblas_set_num_threads(1);
        if (choice == "openblas") return true;
#ifdef EIGEN_VECTORIZE_AVX512
        const std::string core = openblas_get_corename();
        return core == "SkylakeX" || core == "Cooperlake" || core == "SapphireRapids";
#else
        return true;
#endif
    }();
    return enabled;
}

#endif

}  // namespace

namespace {
#ifdef MTL_USE_DNNL
// Float products of at least 10 MFLOP (2mnk) run on oneDNN's sgemm: one single-threaded call per
// engine thread, on the same split as OpenBLAS's calls (inside the engine's parallel region oneDNN
// does not start threads of its own), so results depend on the thread count only. Against
// OpenBLAS's kernels in that split it measured 3-13 % faster end to end on the large config.
// Letting oneDNN thread whole products itself was as fast on Shared-Bottom but ran the experts'
// input-gradient shape (2048 x 512, transposed) at 320 GFLOP/s against 450, and allocated twice
// as often. oneDNN takes its packing buffers with posix_memalign on every call (the bench counts
// them): negligible at this size. From 0.25 MFLOP (whole products, oneDNN's threads) it made the
// small config up to 20 % faster, but the heap then grew by about 100 kB over the first epochs
// of a small run (buffers of many sizes): not taken.
constexpr double kDnnlFlops = 1e7;

bool dnnlEnabled() {
    // Unless MTL_GEMM asks for another backend (eigen, openblas); MTL_GEMM=onednn is the default.
    return gemmChoice().empty() || gemmChoice() == "onednn";
}

const char* dnnlIsaName() {
    switch (dnnl_get_effective_cpu_isa()) {
        case dnnl_cpu_isa_avx2:
            return "avx2";
        case dnnl_cpu_isa_avx2_vnni:
            return "avx2_vnni";
        case dnnl_cpu_isa_avx512_core:
            return "avx512_core";
        case dnnl_cpu_isa_avx512_core_vnni:
            return "avx512_core_vnni";
        case dnnl_cpu_isa_avx512_core_bf16:
            return "avx512_core_bf16";
        case dnnl_cpu_isa_avx512_core_amx:
            return "avx512_core_amx";
        default:
            return "other ISA";
    }
}

// C (m x n, column-major) = op(A) op(B) + beta C. oneDNN's sgemm is row-major: the column-major
// C is the row-major C^T = op(B)^T op(A)^T. False (nothing done) when the engine is built for
// double, oneDNN is switched off, or it refuses the arguments; the callers pass only products of
// kDnnlFlops or more.
template <typename A, typename B, typename C>
bool dnnlGemm(bool ta, bool tb, const A& a, const B& b, C& c, Real beta) {
    if constexpr (!std::is_same_v<Real, float>) {
        return false;
    } else {
        const Eigen::Index m = c.rows(), n = c.cols(), k = ta ? a.rows() : a.cols();
        if (!dnnlEnabled()) return false;
        return dnnl_sgemm(tb ? 'T' : 'N', ta ? 'T' : 'N', n, m, k, 1.0f, b.data(), b.outerStride(),
                          a.data(), a.outerStride(), beta, c.data(),
                          c.outerStride()) == dnnl_success;
    }
}
#else
constexpr double kDnnlFlops = 1e7;
#endif

// One product (or one thread's part of a split product) on a library kernel: oneDNN when the
// whole product is `big` (kDnnlFlops or more), else OpenBLAS (from kBlasFlops). False when
// neither is built in, enabled or taking it: the caller then computes it with Eigen.
template <typename A, typename B, typename C>
bool libraryGemm([[maybe_unused]] bool big, [[maybe_unused]] bool ta, [[maybe_unused]] bool tb,
                 [[maybe_unused]] const A& a, [[maybe_unused]] const B& b, [[maybe_unused]] C& c,
                 [[maybe_unused]] Real beta) {
#ifdef MTL_USE_DNNL
    if (big && dnnlGemm(ta, tb, a, b, c, beta)) return true;
#endif
#ifdef MTL_USE_OPENBLAS
    if (blasGemm(ta, tb, a, b, c, beta)) return true;
#endif
    return false;
}

std::atomic<bool> gCounting{false};
std::atomic<long long> gFlops{0};
void addFlops(double mulAdds) {
    if (gCounting.load(std::memory_order_relaxed))
        gFlops.fetch_add(static_cast<long long>(2 * mulAdds), std::memory_order_relaxed);
}
}  // namespace

void countProductFlops(bool on) {
    gFlops = 0;
    gCounting = on;
}

double productFlops() { return static_cast<double>(gFlops.load()); }

void setEngineThreads(int n) {
    omp_set_num_threads(std::max(1, n));
    if (Eigen::nbThreads() != 1) Eigen::setNbThreads(1);
    flushDenormals();
}

void flushDenormals() {
#if defined(__SSE2__) || defined(__x86_64__)
    // MXCSR bit 15: flush-to-zero, bit 6: denormals-are-zero (any x86-64 CPU; set directly, so
    // the baseline SSE2 build of the sanitizer presets gets it too).
#pragma omp parallel
    _mm_setcsr(_mm_getcsr() | 0x8040);
#endif
}

std::string gemmBackendName() {
#ifdef MTL_USE_DNNL
    if (std::is_same_v<Real, float> && dnnlEnabled())
        return std::string("oneDNN (") + dnnlIsaName() + ")";
#endif
#ifdef MTL_USE_OPENBLAS
    if (blasEnabled()) return std::string("OpenBLAS (") + openblas_get_corename() + ")";
#endif
    return "Eigen";
}

void gemmNN(const Mat& A, const Mat& X, Mat& Y, bool accumulate) {
    addFlops(double(A.rows()) * A.cols() * X.cols());
    const bool big = 2.0 * A.rows() * A.cols() * X.cols() >= kDnnlFlops;
    if (!accumulate) Y.resize(A.rows(), X.cols());
    auto one = [&](const auto& Xs, auto&& Ys) {
        if (libraryGemm(big, false, false, A, Xs, Ys, accumulate ? 1 : 0)) return;
        if (accumulate)
            Ys.noalias() += A * Xs;
        else
            Ys.noalias() = A * Xs;
    };
    if (!splitGemm(A.rows(), X.cols(), A.cols(), X.cols())) {
        one(X, Y);
        return;
    }
#pragma omp parallel
    {
        const auto [b, e] = part(X.cols(), omp_get_thread_num(), omp_get_num_threads());
        if (e > b) one(X.middleCols(b, e - b), Y.middleCols(b, e - b));
    }
}

void gemmTN(const Mat& A, const Mat& X, Mat& Y, bool accumulate) {
    addFlops(double(A.rows()) * A.cols() * X.cols());
    const bool big = 2.0 * A.rows() * A.cols() * X.cols() >= kDnnlFlops;
    if (!accumulate) Y.resize(A.cols(), X.cols());
    auto one = [&](const auto& Xs, auto&& Ys) {
        if (libraryGemm(big, true, false, A, Xs, Ys, accumulate ? 1 : 0)) return;
        if (accumulate)
            Ys.noalias() += A.transpose() * Xs;
        else
            Ys.noalias() = A.transpose() * Xs;
    };
    if (!splitGemm(A.cols(), X.cols(), A.rows(), X.cols())) {
        one(X, Y);
        return;
    }
#pragma omp parallel
    {
        const auto [b, e] = part(X.cols(), omp_get_thread_num(), omp_get_num_threads());
        if (e > b) one(X.middleCols(b, e - b), Y.middleCols(b, e - b));
    }
}

namespace {
// dst = src^T, in 16 x 16 tiles (a plain transposed copy of a 2048 x 128 matrix took 0.41 ms, the
// tiles 0.09).
template <typename S, typename D>
void transposeInto(const S& src, D&& dst) {
    constexpr Eigen::Index kT = 16;
    const Eigen::Index r = dst.rows(), c = dst.cols();
    for (Eigen::Index c0 = 0; c0 < c; c0 += kT)
        for (Eigen::Index r0 = 0; r0 < r; r0 += kT) {
            const Eigen::Index h = std::min(kT, r - r0), w = std::min(kT, c - c0);
            if (h == kT && w == kT)
                dst.template block<kT, kT>(r0, c0) = src.template block<kT, kT>(c0, r0).transpose();
            else
                dst.block(r0, c0, h, w) = src.block(c0, r0, w, h).transpose();
        }
}

// Y = A B^T for an output much wider than tall (a weight gradient of a narrow layer: the towers
// of large Shared-Bottom, 128 x 2048 from 512 examples) on oneDNN: computed as (B A^T)^T, which
// oneDNN runs faster (one core, 512 examples: 64 x 2048 at 218 GFLOP/s against 174, 128 x 2048
// at 234 against 203; 32 x 1024 was not faster), then transposed from a per-thread scratch
// matrix that keeps its size. False when the product is not of that kind.
template <typename As, typename Bs>
bool transposedNTPays([[maybe_unused]] bool big, [[maybe_unused]] const As& a,
                      [[maybe_unused]] const Bs& b) {
#ifdef MTL_USE_DNNL
    return big && dnnlEnabled() && a.rows() <= 128 && 4 * a.rows() <= b.rows();
#else
    return false;
#endif
}

template <typename As, typename Bs, typename Ys>
bool gemmNTTransposed(bool big, const As& a, const Bs& b, Ys&& y) {
    if (!transposedNTPays(big, a, b)) return false;
    thread_local Mat t;
    t.resize(b.rows(), a.rows());
    if (!libraryGemm(big, false, true, b, a, t, 0)) return false;
    transposeInto(t, y);
    return true;
}
}  // namespace

void gemmNT(const Mat& A, const Mat& B, Mat& Y) {
    addFlops(double(A.rows()) * A.cols() * B.rows());
    const bool big = 2.0 * A.rows() * A.cols() * B.rows() >= kDnnlFlops;
    Y.resize(A.rows(), B.rows());
    auto one = [&](const auto& As, auto&& Ys) {
        if (gemmNTTransposed(big, As, B, Ys)) return;
        if (libraryGemm(big, false, true, As, B, Ys, 0)) return;
        Ys.noalias() = As * B.transpose();
    };
    if (!splitGemm(A.rows(), B.rows(), A.cols(), std::max(A.rows(), B.rows()))) {
        one(A, Y);
        return;
    }
    auto byCols = [&](const auto& Bs, auto&& Ys) {
        if (gemmNTTransposed(big, A, Bs, Ys)) return;
        if (libraryGemm(big, false, true, A, Bs, Ys, 0)) return;
        Ys.noalias() = A * Bs.transpose();
    };
    // Split the longer side of Y: a weight gradient of a narrow layer (64 x 2048) split by its 64
    // rows ran at 136 GFLOP/s, by its columns at 170.
    if (A.rows() >= B.rows()) {
#pragma omp parallel
        {
            const auto [b, e] = part(A.rows(), omp_get_thread_num(), omp_get_num_threads());
            if (e > b) one(A.middleRows(b, e - b), Y.middleRows(b, e - b));
        }
        return;
    }
#pragma omp parallel
    {
        const auto [b, e] = part(B.rows(), omp_get_thread_num(), omp_get_num_threads());
        if (e > b) byCols(B.middleRows(b, e - b), Y.middleCols(b, e - b));
    }
}

void Linear::forward(const Value& x, Mat& y, Activation f) const {
    const int out = static_cast<int>(W.values().rows());
    if (!x.isSparse) {
        y.resize(out, x.m.cols());
        gemmNN(W.values(), x.m, y, false);
        addBias(y, b.values(), f);
        return;
    }
    const SparseBatch& s = x.sparse;
    y.resize(out, s.cols);
    addFlops(double(s.index.size()) * out);
    const long long work = static_cast<long long>(s.index.size()) * out;
    const Mat& Wv = W.values();
    const Mat& bv = b.values();
    const int quads = out < 64 ? s.cols / 4 : 0;  // narrow outputs: four examples at a time
    parallelFor(int(0), int(quads), worthThreads(work), [&](int q) {
        const int j = 4 * q;
        forRowBlocks(
            0, out, [&](int) {}, [&](int r) { sparseForwardBlock4<16>(Wv, bv, s, y, r, j); },
            [&](int r) { sparseForwardBlock4<8>(Wv, bv, s, y, r, j); },
            [&](int r) {
                for (int c = j; c < j + 4; ++c) {
                    Real acc = bv(r, 0);
                    for (int k = s.start[c]; k < s.start[c + 1]; ++k)
                        acc += s.value[k] * Wv(r, s.index[k]);
                    y(r, c) = acc;
                }
            });
    });
    parallelFor(int(4 * quads), int(s.cols), worthThreads(work) && quads == 0, [&](int j) {
        forRowBlocks(
            0, out, [&](int r) { sparseForwardBlock<64>(Wv, bv, s, y, r, j); },
            [&](int r) { sparseForwardBlock<16>(Wv, bv, s, y, r, j); },
            [&](int r) { sparseForwardBlock<8>(Wv, bv, s, y, r, j); },
            [&](int r) {
                Real acc = bv(r, 0);
                for (int k = s.start[j]; k < s.start[j + 1]; ++k)
                    acc += s.value[k] * Wv(r, s.index[k]);
                y(r, j) = acc;
            });
    });
    applyActivation(f, y);
}

void Linear::backward(const Value& x, const Mat& dy, Mat* dx, bool dxFresh, bool biasDone) {
    if (!biasDone) rowSums(dy, b.grad);
    if (!x.isSparse) {
        gemmNT(dy, x.m, W.grad);
        if (dx) gemmTN(W.values(), dy, *dx, !dxFresh);
        return;
    }
    // dW(:, i) = sum over the examples j with a non-zero at feature i of dy(:, j) * value: the
    // non-zeros are grouped by feature first (a counting sort, in example order), then each
    // feature's column is accumulated in registers and stored once. Threads take features with
    // about equal numbers of non-zeros; each column is summed in example order whatever the
    // thread count, so the result is deterministic.
    const SparseBatch& s = x.sparse;
    const int out = static_cast<int>(W.values().rows());
    const int features = s.rows;
    const int nnz = static_cast<int>(s.index.size());
    const SparseBatch::ByFeature& t = s.byFeature();
    addFlops(double(nnz) * out);
    const std::vector<int>& start = t.start;
    const long long work = static_cast<long long>(nnz) * out;
    const int* ex = t.example.data();
    const Real* val = t.value.data();
    Mat& dW = W.grad;
    auto column = [&](int f) {
        const int p0 = start[f], p1 = start[f + 1];
        auto block = [&](auto bs, int r0) {
            constexpr int BS = decltype(bs)::value;
            Eigen::Matrix<Real, BS, 1> acc = Eigen::Matrix<Real, BS, 1>::Zero();
            for (int p = p0; p < p1; ++p) {
                if (val[p] == Real(1))
                    acc += dy.col(ex[p]).template segment<BS>(r0);
                else
                    acc += val[p] * dy.col(ex[p]).template segment<BS>(r0);
            }
            dW.col(f).template segment<BS>(r0) = acc;
        };
        forRowBlocks(
            0, out, [&](int r) { block(std::integral_constant<int, 64>(), r); },
            [&](int r) { block(std::integral_constant<int, 16>(), r); },
            [&](int r) { block(std::integral_constant<int, 8>(), r); },
            [&](int r) {
                Real acc = 0;
                for (int p = p0; p < p1; ++p) acc += val[p] * dy(r, ex[p]);
                dW(r, f) = acc;
            });
    };
    // The same for features f .. f+3, each summed in the same order as above (bit-identical).
    auto columns4 = [&](auto bs, int f, int r0) {
        constexpr int BS = decltype(bs)::value;
        using Block = Eigen::Matrix<Real, BS, 1>;
        Block acc[4];
        int common = INT_MAX;
        for (int c = 0; c < 4; ++c) {
            acc[c].setZero();
            common = std::min(common, start[f + c + 1] - start[f + c]);
        }
        auto add = [&](int c, int p) {
            if (val[p] == Real(1))
                acc[c] += dy.col(ex[p]).template segment<BS>(r0);
            else
                acc[c] += val[p] * dy.col(ex[p]).template segment<BS>(r0);
        };
        for (int t = 0; t < common; ++t)
            for (int c = 0; c < 4; ++c) add(c, start[f + c] + t);
        for (int c = 0; c < 4; ++c) {
            for (int p = start[f + c] + common; p < start[f + c + 1]; ++p) add(c, p);
            dW.col(f + c).template segment<BS>(r0) = acc[c];
        }
    };
    parallelRegion(worthThreads(work) ? omp_get_max_threads() : 1, [&](int me, int T) {
        // Features [f0, f1): where the running count of non-zeros crosses t/T and (t+1)/T.
        auto cut = [&](int i) {
            if (i == T) return features;
            const long long target = static_cast<long long>(nnz) * i / T;
            return static_cast<int>(std::lower_bound(start.begin(), start.end() - 1, target) -
                                    start.begin());
        };
        const int f0 = cut(me), f1 = cut(me + 1);
        int f = f0;
        if (out < 64)  // narrow outputs (gates): four features' chains of additions at a time
            for (; f + 4 <= f1; f += 4)
                forRowBlocks(
                    0, out, [&](int) {},
                    [&](int r) { columns4(std::integral_constant<int, 16>(), f, r); },
                    [&](int r) { columns4(std::integral_constant<int, 8>(), f, r); },
                    [&](int r) {
                        for (int c = f; c < f + 4; ++c) {
                            Real acc = 0;
                            for (int p = start[c]; p < start[c + 1]; ++p)
                                acc += val[p] * dy(r, ex[p]);
                            dW(r, c) = acc;
                        }
                    });
        for (; f < f1; ++f) column(f);
    });
}

void SiblingProducts::add(Linear* member) {
    row0_.push_back(members_.empty() ? 0 : row0_.back() + int(members_.back()->W.values().rows()));
    members_.push_back(member);
}

void SiblingProducts::forward(int k, const Mat& x, Mat& y, Activation f) {
    if (k == 0) {
        // The members' current weights, stacked (on the engine's threads: one thread copying
        // them while the other waited was 1.4 % of large Shared-Bottom's step).
        W_.resize(row0_.back() + members_.back()->W.values().rows(), x.rows());
        for (size_t m = 0; m < members_.size(); ++m)
            copyBlock(members_[m]->W.values(),
                      W_.middleRows(row0_[m], members_[m]->W.values().rows()));
        gemmNN(W_, x, Z_, false);
    }
    const Linear& l = *members_[static_cast<size_t>(k)];
    addBiasTo(Z_.middleRows(row0_[static_cast<size_t>(k)], l.W.values().rows()), l.b.values(), y,
              f);
}

bool SiblingProducts::weightGradientsTransposed(const Mat& x) {
    // One thread's whole product (a split step's share, or a small one).
    const bool big = 2.0 * G_.rows() * G_.cols() * x.rows() >= kDnnlFlops;
    if (!transposedNTPays(big, G_, x) || splitGemm(G_.rows(), x.rows(), G_.cols(), x.rows()))
        return false;
    dWT_.resize(x.rows(), G_.rows());
    if (!libraryGemm(big, false, true, x, G_, dWT_, 0)) return false;
    addFlops(double(G_.rows()) * G_.cols() * x.rows());
    for (size_t m = 0; m < members_.size(); ++m) {
        Mat& g = members_[m]->W.grad;
        g.resize(members_[m]->W.values().rows(), x.rows());
        transposeInto(dWT_.middleCols(row0_[m], g.rows()), g);
    }
    return true;
}

void SiblingProducts::backward(int k, const Mat& x, const Mat& dy, Mat* dx, bool dxFresh,
                               bool biasDone) {
    Linear& l = *members_[static_cast<size_t>(k)];
    if (!biasDone) rowSums(dy, l.b.grad);
    G_.resize(W_.rows(), dy.cols());
    copyBlock(dy, G_.middleRows(row0_[static_cast<size_t>(k)], dy.rows()));
    dxFresh_ = dxFresh_ || dxFresh;
    if (k != 0) return;
    if (!weightGradientsTransposed(x)) {
        gemmNT(G_, x, dW_);
        for (size_t m = 0; m < members_.size(); ++m) {
            Mat& g = members_[m]->W.grad;
            g.resize(members_[m]->W.values().rows(), dW_.cols());
            copyBlock(dW_.middleRows(row0_[m], g.rows()), g);
        }
    }
    if (dx) gemmTN(W_, G_, *dx, !dxFresh_);
    dxFresh_ = false;
}

void FcStack::init(const std::string& prefix, int in, int groups, const std::vector<int>& units,
                   Activation hidden, Activation last, double dropout, bool dropoutLast, Rng& rng) {
    groups_ = groups;
    units_ = units;
    dropout_ = dropout;
    dropoutLast_ = dropoutLast;
    const size_t L = units.size();
    layers_.assign(L, Linear());
    acts_.assign(L, hidden);
    acts_[L - 1] = last;
    for (size_t l = 0; l < L; ++l) {
        const int fanIn = l == 0 ? in : units[l - 1];
        layers_[l].init(prefix + ".fc" + std::to_string(l), fanIn, groups * units[l], acts_[l],
                        rng);
        if (l > 0 && groups > 1) {
            // Each expert's block gets its own fan-out.
            Mat blk(units[l], fanIn);
            for (int g = 0; g < groups; ++g) {
                initWeights(blk, fanIn, units[l], acts_[l], rng);
                layers_[l].W.value.middleRows(g * units[l], units[l]) = blk;
            }
        }
    }
    a_.assign(L, Mat());
    o_.assign(L, Mat());
    mask_.assign(L, Mat());
    actPtr_.assign(L, nullptr);
    outPtr_.assign(L, nullptr);
}

void FcStack::forward(const Value& x, Mat& y, RunContext& ctx) {
    const size_t L = layers_.size();
    for (size_t l = 0; l < L; ++l) {
        const bool last = l + 1 == L;
        const bool drop = ctx.training && dropout_ > 0 && (!last || dropoutLast_);
        Mat& a = (last && !drop) ? y : a_[l];
        if (l == 0) {
            if (siblings_ && !x.isSparse)
                siblings_->forward(member_, x.m, a, acts_[l]);
            else
                layers_[0].forward(x, a, acts_[l]);
        } else {
            const Mat& prev = *outPtr_[l - 1];
            const int u = units_[l], up = units_[l - 1];
            a.resize(groups_ * u, prev.cols());
            if (groups_ == 1) {
                gemmNN(layers_[l].W.values(), prev, a, false);
            } else {
                addFlops(double(groups_) * u * up * prev.cols());
                for (int g = 0; g < groups_; ++g)
                    a.middleRows(g * u, u).noalias() =
                        layers_[l].W.values().middleRows(g * u, u) * prev.middleRows(g * up, up);
            }
            addBias(a, layers_[l].b.values(), acts_[l]);  // f(W x + b) in one pass
        }
        actPtr_[l] = &a;
        if (drop) {
            // Inverted dropout: mask holds 0 or 1/keep.
            Mat& m = mask_[l];
            m.resize(a.rows(), a.cols());
            const Real scale = Real(1.0 / (1.0 - dropout_));
            std::bernoulli_distribution keepDist(1.0 - dropout_);
            for (Eigen::Index k = 0; k < m.size(); ++k)
                m.data()[k] = keepDist(*ctx.rng) ? scale : Real(0);
            Mat& o = last ? y : o_[l];
            o = a.cwiseProduct(m);
            outPtr_[l] = &o;
        } else {
            mask_[l].resize(0, 0);
            outPtr_[l] = &a;
        }
    }
}

void FcStack::backward(const Value& x, const Mat& dy, Mat* dx, bool dxFresh, Mat* dyScratch) {
    const int L = static_cast<int>(layers_.size());
    Mat* g = &gA_;
    Mat* gPrev = &gB_;
    for (int l = L - 1; l >= 0; --l) {
        // The activation's gradient and the bias gradient in one pass.
        Linear& lin = layers_[l];
        if (l == L - 1 && !mask_[l].size()) {
            if (dyScratch) {
                g = dyScratch;  // in place; the layer below (if any) continues in gB_, gA_
                activationBackward(acts_[l], *actPtr_[l], *g, *g, lin.b.grad);
            } else {
                activationBackward(acts_[l], *actPtr_[l], dy, *g, lin.b.grad);  // no copy of dy
            }
        } else {
            if (l == L - 1)
                *g = dy.cwiseProduct(mask_[l]);
            else if (mask_[l].size())
                g->array() *= mask_[l].array();
            activationBackward(acts_[l], *actPtr_[l], *g, *g, lin.b.grad);
        }
        if (l == 0) {
            if (siblings_ && siblings_->active() && !x.isSparse)
                siblings_->backward(member_, x.m, *g, dx, dxFresh, true);
            else
                layers_[0].backward(x, *g, dx, dxFresh, true);
            break;
        }
        const Mat& in = *outPtr_[l - 1];
        const int u = units_[l], up = units_[l - 1];
        gPrev->resize(groups_ * up, g->cols());
        if (groups_ == 1) {
            gemmNT(*g, in, lin.W.grad);
            gemmTN(lin.W.values(), *g, *gPrev, false);
        } else {
            addFlops(2.0 * groups_ * u * up * g->cols());
            for (int k = 0; k < groups_; ++k) {
                lin.W.grad.middleRows(k * u, u).noalias() =
                    g->middleRows(k * u, u) * in.middleRows(k * up, up).transpose();
                gPrev->middleRows(k * up, up).noalias() =
                    lin.W.values().middleRows(k * u, u).transpose() * g->middleRows(k * u, u);
            }
        }
        std::swap(g, gPrev);
        if (gPrev == dyScratch) gPrev = &gA_;  // dy's buffer is not this stack's to resize
    }
}

void FcStack::collect(std::vector<Param*>& out) {
    for (Linear& l : layers_) l.collect(out);
}

}  // namespace mtl
