#include "nn/Optimizer.h"

#include <omp.h>

#include <cmath>

namespace mtl {

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
    ++t_;
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
            break;
        }
        case OptimizerKind::Adam: {
            const double b1 = cfg_.beta1, b2 = cfg_.beta2;
            const double c1 = 1.0 - std::pow(b1, static_cast<double>(t_));
            const double c2 = 1.0 - std::pow(b2, static_cast<double>(t_));
            const Real rb1 = static_cast<Real>(b1), rb2 = static_cast<Real>(b2);
            for (size_t i = 0; i < params_.size(); ++i) {
                Param& p = *params_[i];
                // Bias-corrected step folded into the scalar: lr * sqrt(c2) / c1.
                const Real a = static_cast<Real>(lr * std::sqrt(c2) / c1) * p.lrScale;
                const Real epsHat = static_cast<Real>(cfg_.eps * std::sqrt(c2));
                const Eigen::Index n = p.value.size();
                Real* w = p.value.data();
                const Real* g = p.grad.data();
                Real* m = s0_[i].data();
                Real* v = s1_[i].data();
                const bool decay = wd != 0 && p.decay;
#pragma omp parallel for schedule(static) if (n > 200000 && !omp_in_parallel())
                for (Eigen::Index k = 0; k < n; ++k) {
                    const Real gk = decay ? g[k] + wd * w[k] : g[k];
                    m[k] = rb1 * m[k] + (Real(1) - rb1) * gk;
                    v[k] = rb2 * v[k] + (Real(1) - rb2) * gk * gk;
                    w[k] -= a * m[k] / (std::sqrt(v[k]) + epsHat);
                }
            }
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
            break;
        }
    }
}

}  // namespace mtl
