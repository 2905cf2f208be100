// gate.dselect: the DSelect-k gate of Hazimeh et al., "DSelect-k: Differentiable Selection in the
// Mixture of Experts with Applications to Multi-Task Learning", NeurIPS 2021.
//
// n experts are addressed by m = ceil(log2 n) binary digits. A single-expert selector with m
// logits z puts weight
//     r(z)_i = prod_j ( S(z_j) if bit j of i is 1 else 1 - S(z_j) ),   i = 0 .. 2^m - 1,
// on code i, with the smooth-step
//     S(t) = 0 (t <= -g/2),  1 (t >= g/2),  -2/g^3 t^3 + 3/(2g) t + 1/2 otherwise   (g = gamma),
// which reaches exactly 0 and 1, so a selector converges to an exact one-hot choice. k selectors
// are combined by softmax weights:  q = sum_l softmax(alpha)_l r(z^(l)).
//   static       (per_example = false): z^(l) and alpha are free parameters; the node has no input.
//   per-example  (per_example = true):  z^(l) = W_l x + b_l and alpha = W_a x + b_a (one fused
//                Linear, rows [l*m, (l+1)*m) hold selector l, the last k rows hold alpha).
//
// n not a power of two: 2^m > n codes, the 2^m - n codes >= n name no expert. We do two things:
//   * each selector is renormalised over the real experts, r~_i = r_i / M with M = sum_{i<n} r_i,
//     so the gate output always sums to exactly 1 over the real experts (if a selector has put
//     all its mass, M < 1e-12, on non-existent codes - only possible when its bits are
//     saturated - it falls back to uniform weights 1/n with no gradient);
//   * the paper's penalty against selecting non-existent experts (as in the authors' code: the
//     barrier 1/M per selector, which is flat once M = 1, i.e. no mass on non-existent codes),
//     here reported as 1/M - 1 so it is 0 in that case, with weight 1, averaged over the batch
//     for per-example gates, while training. This keeps M away from 0 so the renormalisation
//     stays well conditioned.
// For n a power of two neither applies (M = 1 identically).
//
// Entropy regulariser (paper Sec. 3.3): entropy_weight * sum_l H(r~^(l)), H(p) = -sum_i p_i log
// p_i, pushes every selector towards a one-hot choice; averaged over the batch for per-example
// gates, added to RunContext::regLoss while training, and differentiated in backward().
//
// Initialisation: static z ~ U[-z_init * g/2, z_init * g/2] (the paper: z_init = 1), alpha = 0.
// Per-example: the bias of z ~ the same uniform, W_z Glorot-uniform scaled by 0.1 * g (so the
// initial z stay mostly inside the smooth region), W_alpha Glorot-uniform scaled by 0.1, b_alpha =
// 0.
#include <cmath>

#include "graph/Registry.h"
#include "nn/Gates.h"
#include "nn/Linear.h"

namespace mtl {

namespace {

constexpr double kTinyMass = 1e-12;

int bitsFor(int n) {
    int m = 0;
    while ((1LL << m) < n) ++m;
    return m;
}

class DSelectGate : public Layer {
public:
    explicit DSelectGate(const LayerInit& li) {
        const Node& nd = li.node;
        n_ = static_cast<int>(nd.getInt("num_experts"));
        k_ = static_cast<int>(nd.getInt("k"));
        gamma_ = static_cast<Real>(nd.getReal("gamma"));
        perExample_ = nd.getBool("per_example");
        entW_ = nd.getReal("entropy_weight");
        m_ = bitsFor(n_);
        P_ = 1 << m_;
        reach_ = P_ > n_;
        const double half = 0.5 * nd.getReal("z_init") * gamma_;
        std::uniform_real_distribution<double> u(-half, half);
        if (perExample_) {
            const int rows = k_ * m_ + k_;
            lin_.init(nd.name, li.in[0]->dim, rows, Activation::Identity, li.rng);
            lin_.W.value.topRows(k_ * m_) *= Real(0.1) * gamma_;
            lin_.W.value.bottomRows(k_) *= Real(0.1);
            for (int i = 0; i < k_ * m_; ++i) lin_.b.value(i, 0) = static_cast<Real>(u(li.rng));
        } else {
            z_.name = nd.name + ".z";
            z_.init(m_, k_);  // column l: selector l's m logits
            for (Eigen::Index i = 0; i < z_.value.size(); ++i)
                z_.value.data()[i] = static_cast<Real>(u(li.rng));
            alpha_.name = nd.name + ".alpha";
            alpha_.init(k_, 1);
            alpha_.decay = false;
            z_.decay = false;
        }
    }

    void forward(RunContext& ctx) override {
        const int B = ctx.batch;
        Mat& q = out[0]->m;
        q.resize(n_, B);
        regActive_ = ctx.training;
        const int cols = perExample_ ? B : 1;
        s_.resize(k_ * m_, cols);
        r_.resize(k_ * P_, cols);
        mass_.resize(k_, cols);
        beta_.resize(k_, cols);
        double reg = 0;
        if (perExample_) {
            lin_.forward(*in[0], logits_);
            for (int b = 0; b < B; ++b) {
                const Real* z = logits_.col(b).data();
                reg += columnForward(z, z + k_ * m_, b, q.col(b).data());
            }
            reg /= std::max(1, B);
        } else {
            reg = columnForward(z_.value.data(), alpha_.value.data(), 0, q.col(0).data());
            for (int b = 1; b < B; ++b) q.col(b) = q.col(0);
        }
        if (regActive_) ctx.regLoss += reg;
    }

    // Its regularisers (entropy, reach): a mean over the batch, or over its parameters.
    bool couplesExamples() const override { return entW_ > 0 || reach_; }

    void backward(RunContext&) override {
        const Mat& g = *outGrad[0];
        const int B = static_cast<int>(g.cols());
        if (perExample_) {
            dlogits_.resize(k_ * m_ + k_, B);
            const Real scale = Real(1) / Real(std::max(1, B));
            for (int b = 0; b < B; ++b) {
                Real* dz = dlogits_.col(b).data();
                columnBackward(g.col(b).data(), logits_.col(b).data(), b, scale, dz, dz + k_ * m_);
            }
            lin_.backward(*in[0], dlogits_, in[0]->isSparse ? nullptr : inGrad[0]);
        } else {
            gsum_ = g.rowwise().sum();
            columnBackward(gsum_.data(), z_.value.data(), 0, Real(1), z_.grad.data(),
                           alpha_.grad.data());
        }
    }

    void collectParams(std::vector<Param*>& p) override {
        if (perExample_) {
            lin_.collect(p);
        } else {
            p.push_back(&z_);
            p.push_back(&alpha_);
        }
    }
    void collectGates(std::vector<GateView>& g) override {
        g.push_back(makeGateView(name, &out[0]->m));
    }

private:
    Real smoothStep(Real t) const {
        if (t <= -gamma_ / 2) return 0;
        if (t >= gamma_ / 2) return 1;
        return Real(-2) / (gamma_ * gamma_ * gamma_) * t * t * t + Real(1.5) / gamma_ * t +
               Real(0.5);
    }
    Real smoothStepGrad(Real t) const {
        if (t <= -gamma_ / 2 || t >= gamma_ / 2) return 0;
        return Real(-6) / (gamma_ * gamma_ * gamma_) * t * t + Real(1.5) / gamma_;
    }
    // Weight of selector l on real expert i (r~), from the cached r and M of column c.
    Real rt(int l, int i, int c) const {
        if (!reach_) return r_(l * P_ + i, c);
        const Real M = mass_(l, c);
        return M < Real(kTinyMass) ? Real(1) / Real(n_) : r_(l * P_ + i, c) / M;
    }

    // Computes q (n values) of column c from logits z (k*m) and alpha (k); caches s, r, M, beta.
    // Returns the column's regulariser value (0 unless training).
    double columnForward(const Real* z, const Real* a, int c, Real* q) {
        for (int l = 0; l < k_; ++l) {
            Real* s = s_.data() + static_cast<Eigen::Index>(c) * s_.rows() + l * m_;
            Real* r = r_.data() + static_cast<Eigen::Index>(c) * r_.rows() + l * P_;
            r[0] = 1;
            // Doubling: after digit j, r holds the 2^(j+1) products of digits 0..j (bit j of i set
            // <=> factor S(z_j)).
            for (int j = 0; j < m_; ++j) {
                s[j] = smoothStep(z[l * m_ + j]);
                const int half = 1 << j;
                for (int i = 0; i < half; ++i) {
                    r[i + half] = r[i] * s[j];
                    r[i] = r[i] * (1 - s[j]);
                }
            }
            Real M = 0;
            for (int i = 0; i < n_; ++i) M += r[i];
            mass_(l, c) = reach_ ? M : Real(1);
        }
        // beta = softmax(alpha)
        Real mx = a[0];
        for (int l = 1; l < k_; ++l) mx = std::max(mx, a[l]);
        Real sum = 0;
        for (int l = 0; l < k_; ++l) sum += (beta_(l, c) = std::exp(a[l] - mx));
        for (int l = 0; l < k_; ++l) beta_(l, c) /= sum;
        for (int i = 0; i < n_; ++i) q[i] = 0;
        double reg = 0;
        for (int l = 0; l < k_; ++l) {
            const Real bl = beta_(l, c);
            double H = 0;
            for (int i = 0; i < n_; ++i) {
                const Real p = rt(l, i, c);
                q[i] += bl * p;
                if (p > 0) H -= static_cast<double>(p) * std::log(static_cast<double>(p));
            }
            if (!regActive_) continue;
            reg += entW_ * H;
            if (reach_) {
                const double M = mass_(l, c);
                reg += (M < kTinyMass ? 1.0 / kTinyMass : 1.0 / M) - 1.0;
            }
        }
        return reg;
    }

    // From g = dL/dq (n values) of column c: dz (k*m) and dalpha (k), overwritten. `regScale`
    // scales the regularisers' gradients (1/B for per-example gates, whose penalty is a mean).
    void columnBackward(const Real* g, const Real* z, int c, Real regScale, Real* dz, Real* da) {
        // alpha: dbeta_l = sum_i g_i r~_i^(l), then softmax backward.
        dbeta_.resize(k_);
        Real dot = 0;
        for (int l = 0; l < k_; ++l) {
            Real d = 0;
            for (int i = 0; i < n_; ++i) d += g[i] * rt(l, i, c);
            dbeta_[l] = d;
            dot += beta_(l, c) * d;
        }
        for (int l = 0; l < k_; ++l) da[l] = beta_(l, c) * (dbeta_[l] - dot);

        drt_.resize(n_);
        dr_.resize(P_);
        pre_.resize(m_ + 1);
        suf_.resize(m_ + 1);
        const Real entW = regActive_ ? Real(entW_) * regScale : Real(0);
        const Real barW = regActive_ && reach_ ? regScale : Real(0);
        for (int l = 0; l < k_; ++l) {
            Real* dzl = dz + l * m_;
            for (int j = 0; j < m_; ++j) dzl[j] = 0;
            const Real M = mass_(l, c);
            if (reach_ && M < Real(kTinyMass)) continue;  // degenerate: constant output
            const Real bl = beta_(l, c);
            // dL/dr~_i: mixing, plus the entropy term d(-p log p)/dp = -(log p + 1) (p > 0; where
            // p = 0 the selector is saturated and dp/dz = 0 as well).
            for (int i = 0; i < n_; ++i) {
                const Real p = rt(l, i, c);
                drt_[i] = bl * g[i];
                if (entW != 0 && p > 0) drt_[i] -= entW * (std::log(p) + 1);
            }
            // Through the renormalisation r~ = r / M and the barrier 1/M (codes >= n: no weight).
            if (reach_) {
                Real d = 0;
                for (int i = 0; i < n_; ++i) d += drt_[i] * rt(l, i, c);
                for (int i = 0; i < n_; ++i) dr_[i] = (drt_[i] - d) / M - barW / (M * M);
                for (int i = n_; i < P_; ++i) dr_[i] = 0;
            } else {
                for (int i = 0; i < n_; ++i) dr_[i] = drt_[i];
            }
            // r_i = prod_j f_j(i), f_j = s_j or 1 - s_j: dr_i/ds_j = +-prod_{j' != j} f_j'(i).
            const Real* s = s_.data() + static_cast<Eigen::Index>(c) * s_.rows() + l * m_;
            for (int i = 0; i < P_; ++i) {
                if (dr_[i] == 0) continue;
                pre_[0] = 1;
                for (int j = 0; j < m_; ++j)
                    pre_[j + 1] = pre_[j] * (((i >> j) & 1) ? s[j] : 1 - s[j]);
                suf_[m_] = 1;
                for (int j = m_ - 1; j >= 0; --j)
                    suf_[j] = suf_[j + 1] * (((i >> j) & 1) ? s[j] : 1 - s[j]);
                for (int j = 0; j < m_; ++j) {
                    const Real other = pre_[j] * suf_[j + 1];
                    dzl[j] += ((i >> j) & 1) ? dr_[i] * other : -dr_[i] * other;
                }
            }
            for (int j = 0; j < m_; ++j) dzl[j] *= smoothStepGrad(z[l * m_ + j]);
        }
    }

    int n_ = 0, m_ = 0, P_ = 1, k_ = 1;
    Real gamma_ = 1;
    bool perExample_ = true, reach_ = false, regActive_ = false;
    double entW_ = 0;
    Linear lin_;       // per-example
    Param z_, alpha_;  // static
    Mat logits_, dlogits_;
    Mat s_, r_, mass_, beta_;  // caches, one column per example (static: one column)
    Vec gsum_;
    std::vector<Real> dbeta_, drt_, dr_, pre_, suf_;
};

}  // namespace

void registerDSelectTypes(Registry& r) {
    NodeType t;
    t.key = "gate.dselect";
    t.category = "Gates";
    t.displayName = "DSelect-k gate";
    t.description =
        "Differentiable sparse gate (Hazimeh et al. 2021): k binary-encoded selectors "
        "with a smooth-step converge to at most k experts; static or per example.";
    t.params = {
        intParam("num_experts", 8, 1, 1024, "Experts", "Number of experts this gate weighs."),
        intParam("k", 2, 1, 1024, "k",
                 "Number of single-expert selectors (at most k experts get weight)."),
        realParam("gamma", 1.0, 0.0, 1e6, "Gamma",
                  "Width of the smooth-step's transition: logits beyond +-gamma/2 select exactly."),
        boolParam("per_example", true, "Per example",
                  "Selectors computed from the input (x port); off: one learned selection for all "
                  "examples."),
        realParam(
            "entropy_weight", 0.1, 0.0, 1e6, "Entropy weight",
            "Weight of the entropy regulariser that pushes each selector to a single expert."),
        realParam("z_init", 1.0, 0.0, 1.0, "Init range",
                  "Selector logits start uniform in +-z_init * gamma / 2 (the paper: 1)."),
    };
    t.ports = [](const Node& n) {
        PortList p;
        if (n.getBool("per_example"))
            p.inputs = {{"x", PortKind::Features, true, "what the gate looks at"}};
        p.outputs = {{"weights", PortKind::Gate, true, "one weight per expert, summing to 1"}};
        return p;
    };
    t.infer = [](InferContext& c) {
        const long long n = c.node.getInt("num_experts"), k = c.node.getInt("k");
        const double gamma = c.node.getReal("gamma");
        bool ok = true;
        if (k < 1 || k > n) {
            c.error(Issue::Kind::BadParam, "",
                    Text("k = %1 must be between 1 and the number of experts (%2)",
                         {std::to_string(k), std::to_string(n)}));
            ok = false;
        }
        if (!(gamma > 0)) {
            c.error(Issue::Kind::BadParam, "",
                    "gamma must be positive (it is the smooth-step's width)");
            ok = false;
        }
        if (!ok || !c.allInputs()) return;
        Shape s;
        s.kind = PortKind::Gate;
        s.count = static_cast<int>(n);
        c.out = {s};
    };
    t.create = [](const LayerInit& li) -> std::unique_ptr<Layer> {
        return std::make_unique<DSelectGate>(li);
    };
    r.add(std::move(t));
}

}  // namespace mtl
