#include "nn/Linear.h"

#include <omp.h>

#include <cmath>

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

template <int BS>
void sparseBackwardBlock(const Mat& dy, const SparseBatch& s, Mat& dW, int r0) {
    using Block = Eigen::Matrix<Real, BS, 1>;
    for (int j = 0; j < s.cols; ++j) {
        const Block g = dy.col(j).template segment<BS>(r0);
        for (int k = s.start[j]; k < s.start[j + 1]; ++k) {
            const Real v = s.value[k];
            if (v == Real(1))
                dW.col(s.index[k]).template segment<BS>(r0) += g;
            else
                dW.col(s.index[k]).template segment<BS>(r0) += v * g;
        }
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
bool splitGemm(Eigen::Index m, Eigen::Index n, Eigen::Index k) {
    return omp_get_max_threads() > 1 && 2.0 * m * n * k > 4e7 && !omp_in_parallel();
}

// [begin, end) of part t of T over n items, aligned to 16.
std::pair<Eigen::Index, Eigen::Index> part(Eigen::Index n, int t, int T) {
    const Eigen::Index b = (n * t / T) & ~Eigen::Index(15);
    const Eigen::Index e = t == T - 1 ? n : (n * (t + 1) / T) & ~Eigen::Index(15);
    return {b, e};
}

}  // namespace

void gemmNN(const Mat& A, const Mat& X, Mat& Y, bool accumulate) {
    if (!splitGemm(A.rows(), X.cols(), A.cols())) {
        if (accumulate)
            Y.noalias() += A * X;
        else
            Y.noalias() = A * X;
        return;
    }
#pragma omp parallel
    {
        const auto [b, e] = part(X.cols(), omp_get_thread_num(), omp_get_num_threads());
        if (e > b) {
            if (accumulate)
                Y.middleCols(b, e - b).noalias() += A * X.middleCols(b, e - b);
            else
                Y.middleCols(b, e - b).noalias() = A * X.middleCols(b, e - b);
        }
    }
}

void gemmTN(const Mat& A, const Mat& X, Mat& Y, bool accumulate) {
    if (!splitGemm(A.cols(), X.cols(), A.rows())) {
        if (accumulate)
            Y.noalias() += A.transpose() * X;
        else
            Y.noalias() = A.transpose() * X;
        return;
    }
#pragma omp parallel
    {
        const auto [b, e] = part(X.cols(), omp_get_thread_num(), omp_get_num_threads());
        if (e > b) {
            if (accumulate)
                Y.middleCols(b, e - b).noalias() += A.transpose() * X.middleCols(b, e - b);
            else
                Y.middleCols(b, e - b).noalias() = A.transpose() * X.middleCols(b, e - b);
        }
    }
}

void gemmNT(const Mat& A, const Mat& B, Mat& Y) {
    if (!splitGemm(A.rows(), B.rows(), A.cols())) {
        Y.noalias() = A * B.transpose();
        return;
    }
#pragma omp parallel
    {
        const auto [b, e] = part(A.rows(), omp_get_thread_num(), omp_get_num_threads());
        if (e > b) Y.middleRows(b, e - b).noalias() = A.middleRows(b, e - b) * B.transpose();
    }
}

void Linear::forward(const Value& x, Mat& y) const {
    const int out = static_cast<int>(W.value.rows());
    if (!x.isSparse) {
        y.resize(out, x.m.cols());
        gemmNN(W.value, x.m, y, false);
        y.colwise() += b.value.col(0);
        return;
    }
    const SparseBatch& s = x.sparse;
    y.resize(out, s.cols);
    const long long work = static_cast<long long>(s.index.size()) * out;
    const Mat& Wv = W.value;
    const Mat& bv = b.value;
#pragma omp parallel for schedule(static) if (worthThreads(work))
    for (int j = 0; j < s.cols; ++j) {
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
    }
}

void Linear::backward(const Value& x, const Mat& dy, Mat* dx) {
    b.grad.col(0) = dy.rowwise().sum();
    if (!x.isSparse) {
        gemmNT(dy, x.m, W.grad);
        if (dx) gemmTN(W.value, dy, *dx, true);
        return;
    }
    // dW(:, i) = sum over examples j with entry i of dy(:, j) * value. Threads split the rows of
    // dW so that no two threads write the same memory (and the result is deterministic).
    const SparseBatch& s = x.sparse;
    const int out = static_cast<int>(W.value.rows());
    const long long work = static_cast<long long>(s.index.size()) * out;
    const bool par = worthThreads(work) && out >= 32;
    Mat& dW = W.grad;
#pragma omp parallel if (par)
    {
        const int T = omp_get_num_threads(), t = omp_get_thread_num();
        const int r0 = static_cast<int>((static_cast<long long>(out) * t / T) & ~15LL);
        const int r1 = t == T - 1
                           ? out
                           : static_cast<int>((static_cast<long long>(out) * (t + 1) / T) & ~15LL);
        if (r1 > r0) {
            dW.middleRows(r0, r1 - r0).setZero();
            forRowBlocks(
                r0, r1, [&](int r) { sparseBackwardBlock<64>(dy, s, dW, r); },
                [&](int r) { sparseBackwardBlock<16>(dy, s, dW, r); },
                [&](int r) { sparseBackwardBlock<8>(dy, s, dW, r); },
                [&](int r) {
                    for (int j = 0; j < s.cols; ++j)
                        for (int k = s.start[j]; k < s.start[j + 1]; ++k)
                            dW(r, s.index[k]) += s.value[k] * dy(r, j);
                });
        }
    }
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
            layers_[0].forward(x, a);
        } else {
            const Mat& prev = *outPtr_[l - 1];
            const int u = units_[l], up = units_[l - 1];
            a.resize(groups_ * u, prev.cols());
            if (groups_ == 1) {
                gemmNN(layers_[l].W.value, prev, a, false);
            } else {
                for (int g = 0; g < groups_; ++g)
                    a.middleRows(g * u, u).noalias() =
                        layers_[l].W.value.middleRows(g * u, u) * prev.middleRows(g * up, up);
            }
            a.colwise() += layers_[l].b.value.col(0);
        }
        applyActivation(acts_[l], a);
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

void FcStack::backward(const Value& x, const Mat& dy, Mat* dx) {
    const int L = static_cast<int>(layers_.size());
    Mat* g = &gA_;
    Mat* gPrev = &gB_;
    *g = dy;
    for (int l = L - 1; l >= 0; --l) {
        if (mask_[l].size()) g->array() *= mask_[l].array();
        activationBackward(acts_[l], *actPtr_[l], *g);
        if (l == 0) {
            layers_[0].backward(x, *g, dx);
            break;
        }
        const Mat& in = *outPtr_[l - 1];
        Linear& lin = layers_[l];
        const int u = units_[l], up = units_[l - 1];
        lin.b.grad.col(0) = g->rowwise().sum();
        gPrev->resize(groups_ * up, g->cols());
        if (groups_ == 1) {
            gemmNT(*g, in, lin.W.grad);
            gemmTN(lin.W.value, *g, *gPrev, false);
        } else {
            for (int k = 0; k < groups_; ++k) {
                lin.W.grad.middleRows(k * u, u).noalias() =
                    g->middleRows(k * u, u) * in.middleRows(k * up, up).transpose();
                gPrev->middleRows(k * up, up).noalias() =
                    lin.W.value.middleRows(k * u, u).transpose() * g->middleRows(k * u, u);
            }
        }
        std::swap(g, gPrev);
    }
}

void FcStack::collect(std::vector<Param*>& out) {
    for (Linear& l : layers_) l.collect(out);
}

}  // namespace mtl
