#include "nn/Optimizer.h"

#include <omp.h>

#include <algorithm>
#include <cmath>

#include "nn/Parallel.h"
#include "nn/Stretch.h"

namespace mtl {

namespace {
// One Adam step over n parameters, as Eigen array expressions (vectorised, sqrt included), in
// pieces that stay in cache across the three passes.
template <bool Decay>
void adamUpdate(Real* w, const Real* g, Real* m, Real* v, Eigen::Index n, Real b1, Real b2, Real a,
                Real eps, Real wd) {
    using Arr = Eigen::Array<Real, Eigen::Dynamic, 1>;
    constexpr Eigen::Index kPiece = 4096;
    for (Eigen::Index k = 0; k < n; k += kPiece) {
        const Eigen::Index len = std::min(kPiece, n - k);
        Eigen::Map<Arr> W(w + k, len), M(m + k, len), V(v + k, len);
        Eigen::Map<const Arr> G(g + k, len);
        if constexpr (Decay) {
            M = b1 * M + (Real(1) - b1) * (G + wd * W);
            V = b2 * V + (Real(1) - b2) * (G + wd * W).square();
        } else {
            M = b1 * M + (Real(1) - b1) * G;
            V = b2 * V + (Real(1) - b2) * G.square();
        }
        W -= a * M / (V.sqrt() + eps);
    }
}

}  // namespace

long long Optimizer::stretchStart(long long at) const {
    long long off = 0;
    for (const Param* p : params_) {
        const long long n = p->value.size();
        if (at < off + n) return off + (at - off) / 16 * 16;
        off += n;
    }
    return off;
}

Optimizer::AdamStep Optimizer::adamStep(double lr) const {
    AdamStep st;
    const double b1 = cfg_.beta1, b2 = cfg_.beta2;
    const double t = static_cast<double>(t_ + 1);
    const double c1 = 1.0 - std::pow(b1, t), c2 = 1.0 - std::pow(b2, t);
    st.b1 = static_cast<Real>(b1);
    st.b2 = static_cast<Real>(b2);
    st.epsHat = static_cast<Real>(cfg_.eps * std::sqrt(c2));
    // Bias-corrected step folded into the scalar: lr * sqrt(c2) / c1.
    st.a0 = lr * std::sqrt(c2) / c1;
    st.wd = static_cast<Real>(cfg_.weightDecay);
    return st;
}

void Optimizer::adamUpdateStretch(const AdamStep& st, long long lo, long long hi,
                                  const PieceFn* before, const std::vector<Param*>* on,
                                  long long piece) {
    forStretch(
        params_.size(), [&](size_t i) { return static_cast<long long>(params_[i]->value.size()); },
        lo, hi,
        [&](size_t i, long long k0, long long k1) {
            const Param& p = *params_[i];
            Param& m = on ? *(*on)[i] : *params_[i];
            const Real a = static_cast<Real>(st.a0) * p.lrScale;
            auto update = st.wd != 0 && p.decay ? adamUpdate<true> : adamUpdate<false>;
            for (long long q0 = k0; q0 < k1; q0 += piece) {
                const long long q1 = std::min(k1, q0 + piece);
                if (before) (*before)(i, q0, q1);
                update(m.value.data() + q0, m.grad.data() + q0, s0_[i].data() + q0,
                       s1_[i].data() + q0, q1 - q0, st.b1, st.b2, a, st.epsHat, st.wd);
            }
        });
}

const char* optimizerName(OptimizerKind k) {
    switch (k) {
        case OptimizerKind::SGD:
            return "sgd";
        case OptimizerKind::Adam:
            return "adam";
        case OptimizerKind::Adagrad:
            return "adagrad";
    }
    return "?";
}

bool optimizerFromString(const std::string& s, OptimizerKind& out) {
    if (s == "sgd")
        out = OptimizerKind::SGD;
    else if (s == "adam")
        out = OptimizerKind::Adam;
    else if (s == "adagrad")
        out = OptimizerKind::Adagrad;
    else
        return false;
    return true;
}

void Optimizer::attach(const std::vector<Param*>& params) {
    params_ = params;
    const bool keepState = s0_.size() == params.size();  // e.g. state loaded from a file
    if (!keepState) {
        s0_.assign(params.size(), Mat());
        s1_.assign(params.size(), Mat());
        t_ = 0;
    }
    for (size_t i = 0; i < params.size(); ++i) {
        const Mat& v = params[i]->value;
        if (s0_[i].rows() != v.rows() || s0_[i].cols() != v.cols())
            s0_[i].setZero(v.rows(), v.cols());
        if (cfg_.kind == OptimizerKind::Adam) {
            if (s1_[i].rows() != v.rows() || s1_[i].cols() != v.cols())
                s1_[i].setZero(v.rows(), v.cols());
        } else {
            s1_[i].resize(0, 0);
        }
    }
}

void Optimizer::step(double lr) {
    const Real wd = static_cast<Real>(cfg_.weightDecay);
    switch (cfg_.kind) {
        case OptimizerKind::SGD: {
            const Real mu = static_cast<Real>(cfg_.momentum);
            for (size_t i = 0; i < params_.size(); ++i) {
                Param& p = *params_[i];
                const Real a = static_cast<Real>(lr) * p.lrScale;
                auto v = s0_[i].array();
                if (wd != 0 && p.decay)
                    v = mu * v + p.grad.array() + wd * p.value.array();
                else
                    v = mu * v + p.grad.array();
                p.value.array() -= a * v;
            }
            commit();
            break;
        }
        case OptimizerKind::Adam: {
            const AdamStep st = adamStep(lr);
            long long total = 0;
            for (const Param* p : params_) total += p->value.size();
            const int T = total > 16384 && !omp_in_parallel() ? omp_get_max_threads() : 1;
            // Every thread keeps the same stretch from step to step (its moments stay in its
            // core's cache).
            parallelRegion(T, [&](int t, int nt) {
                adamUpdateStretch(st, stretchStart(total * t / nt),
                                  stretchStart(total * (t + 1) / nt), nullptr, nullptr);
            });
            commit();
            break;
        }
        case OptimizerKind::Adagrad: {
            const Real eps = static_cast<Real>(cfg_.adagradEps);
            for (size_t i = 0; i < params_.size(); ++i) {
                Param& p = *params_[i];
                const Real a = static_cast<Real>(lr) * p.lrScale;
                auto s = s0_[i].array();
                if (wd != 0 && p.decay) p.grad.array() += wd * p.value.array();
                s += p.grad.array().square();
                p.value.array() -= a * p.grad.array() / (s.sqrt() + eps);
            }
            commit();
            break;
        }
    }
}

}  // namespace mtl
