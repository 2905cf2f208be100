// gate.topk: the noisy top-k gate of Shazeer et al., "Outrageously Large Neural Networks: The
// Sparsely-Gated Mixture-of-Experts Layer", ICLR 2017, Sec. 2.1:
//
//   H(x)_i = (W_g x + b_g)_i + eps_i * (softplus((W_n x + b_n)_i) + noise_epsilon),  eps ~ N(0, 1)
//   G(x)   = softmax(KeepTopK(H(x), k)),  KeepTopK sets all but the k largest entries to -inf,
//
// so each example's weight column has exactly k non-zeros summing to 1. The noise term is only
// drawn while training (from RunContext::rng); evaluation uses the clean logits. noise_epsilon
// (as in the authors' reference implementation) keeps the noise from vanishing entirely.
// The selection is piecewise constant, so gradients flow through the kept entries only.
//
// Optional (importance_weight > 0): the paper's importance loss (Sec. 4), w_imp * CV(I)^2 with
// I_i = sum over the batch of G(x)_i and CV^2 = variance / mean^2 (population variance), added to
// RunContext::regLoss while training. The paper's second (load) loss is not implemented.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "graph/Registry.h"
#include "nn/Gates.h"
#include "nn/Linear.h"

namespace mtl {

namespace {

Real softplus(Real x) { return std::max(x, Real(0)) + std::log1p(std::exp(-std::abs(x))); }
Real sigmoid(Real x) { return Real(1) / (Real(1) + std::exp(-x)); }

class TopKGate : public Layer {
public:
    explicit TopKGate(const LayerInit& li) {
        const Node& n = li.node;
        n_ = static_cast<int>(n.getInt("num_experts"));
        k_ = static_cast<int>(n.getInt("k"));
        noisy_ = n.getBool("noisy");
        noiseEps_ = static_cast<Real>(n.getReal("noise_epsilon"));
        impW_ = n.getReal("importance_weight");
        const int in = li.in[0]->dim;
        gate_.init(n.name, in, n_, Activation::Identity, li.rng);
        gate_.W.value *= Real(0.1);  // start near uniform mixing (as gate.softmax)
        if (noisy_) {
            noise_.init(n.name + ".noise", in, n_, Activation::Identity, li.rng);
            noise_.W.value *= Real(0.1);
        }
    }

    void forward(RunContext& ctx) override {
        const Value& x = *in[0];
        gate_.forward(x, h_);
        const int B = static_cast<int>(h_.cols());
        noiseActive_ = noisy_ && ctx.training && ctx.rng;
        if (noiseActive_) {
            noise_.forward(x, raw_);
            eps_.resize(n_, B);
            std::normal_distribution<double> nd;
            for (Eigen::Index i = 0; i < eps_.size(); ++i)
                eps_.data()[i] = static_cast<Real>(nd(*ctx.rng));
            for (Eigen::Index i = 0; i < h_.size(); ++i)
                h_.data()[i] += eps_.data()[i] * (softplus(raw_.data()[i]) + noiseEps_);
        }
        Mat& w = out[0]->m;
        w.setZero(n_, B);
        sel_.resize(static_cast<size_t>(k_) * B);
        std::vector<int> idx(n_);
        for (int b = 0; b < B; ++b) {
            std::iota(idx.begin(), idx.end(), 0);
            const Real* hc = h_.col(b).data();
            // Largest first; ties go to the lower index (deterministic).
            std::partial_sort(idx.begin(), idx.begin() + k_, idx.end(), [hc](int a, int c) {
                return hc[a] > hc[c] || (hc[a] == hc[c] && a < c);
            });
            int* s = &sel_[static_cast<size_t>(b) * k_];
            const Real mx = hc[idx[0]];
            Real sum = 0;
            for (int j = 0; j < k_; ++j) {
                s[j] = idx[j];
                const Real e = std::exp(hc[idx[j]] - mx);
                w(idx[j], b) = e;
                sum += e;
            }
            for (int j = 0; j < k_; ++j) w(s[j], b) /= sum;
        }
        impActive_ = ctx.training && impW_ > 0;
        if (impActive_) {
            imp_ = w.rowwise().sum();
            const double mean = imp_.sum() / n_;
            const double var = (imp_.array() - Real(mean)).square().sum() / n_;
            ctx.regLoss += impW_ * var / (mean * mean + 1e-10);
        }
    }

    bool couplesExamples() const override { return impW_ > 0; }

    void backward(RunContext&) override {
        const Mat& w = out[0]->m;
        const int B = static_cast<int>(w.cols());
        gw_ = *outGrad[0];
        if (impActive_) {
            // d(var / (mean^2 + e)) / dI_i with dvar/dI_i = 2 (I_i - mean) / n, dmean/dI_i = 1 / n.
            const double mean = imp_.sum() / n_;
            const double var = (imp_.array() - Real(mean)).square().sum() / n_;
            const double den = mean * mean + 1e-10;
            for (int i = 0; i < n_; ++i) {
                const double d =
                    (2.0 * (imp_(i) - mean) / n_ * den - var * 2.0 * mean / n_) / (den * den);
                gw_.row(i).array() += static_cast<Real>(impW_ * d);
            }
        }
        dh_.setZero(n_, B);
        for (int b = 0; b < B; ++b) {
            const int* s = &sel_[static_cast<size_t>(b) * k_];
            Real dot = 0;
            for (int j = 0; j < k_; ++j) dot += w(s[j], b) * gw_(s[j], b);
            for (int j = 0; j < k_; ++j) dh_(s[j], b) = w(s[j], b) * (gw_(s[j], b) - dot);
        }
        Mat* dx = in[0]->isSparse ? nullptr : inGrad[0];
        gate_.backward(*in[0], dh_, dx);
        if (noisy_) {
            if (noiseActive_) {
                // dH/draw = eps * softplus'(raw) = eps * sigmoid(raw).
                draw_.resize(n_, B);
                for (Eigen::Index i = 0; i < draw_.size(); ++i)
                    draw_.data()[i] = dh_.data()[i] * eps_.data()[i] * sigmoid(raw_.data()[i]);
                noise_.backward(*in[0], draw_, dx);
            } else {
                noise_.W.grad.setZero();
                noise_.b.grad.setZero();
            }
        }
    }

    void collectParams(std::vector<Param*>& p) override {
        gate_.collect(p);
        if (noisy_) noise_.collect(p);
    }
    void collectGates(std::vector<GateView>& g) override {
        g.push_back(makeGateView(name, &out[0]->m));
    }

private:
    int n_ = 0, k_ = 1;
    bool noisy_ = false, noiseActive_ = false, impActive_ = false;
    Real noiseEps_ = 0;
    double impW_ = 0;
    Linear gate_, noise_;
    Mat h_, raw_, eps_, gw_, dh_, draw_;
    Vec imp_;
    std::vector<int> sel_;  // k per example: the kept experts
};

}  // namespace

void registerTopKTypes(Registry& r) {
    NodeType t;
    t.key = "gate.topk";
    t.category = "Gates";
    t.displayName = "Top-k gate";
    t.description =
        "Sparse gate (Shazeer et al. 2017): softmax over the k largest of W x (+ trained "
        "Gaussian noise while training); the other experts get weight 0.";
    t.params = {
        intParam("num_experts", 8, 1, 1024, "Experts", "Number of experts this gate weighs."),
        intParam("k", 2, 1, 1024, "k",
                 "Number of experts kept per example (at most the number of experts)."),
        boolParam("noisy", false, "Noisy",
                  "Add trained, input-dependent Gaussian noise to the logits while training."),
        realParam(
            "noise_epsilon", 0.01, 0.0, 1e3, "Noise floor",
            "Added to the noise standard deviation softplus(W_noise x) so it never vanishes."),
        realParam(
            "importance_weight", 0.0, 0.0, 1e6, "Importance loss",
            "Weight of the load-balancing loss CV(sum of gate weights over the batch)^2 (0: off)."),
    };
    t.ports = [](const Node&) {
        PortList p;
        p.inputs = {{"x", PortKind::Features, true, "what the gate looks at"}};
        p.outputs = {
            {"weights", PortKind::Gate, true, "k non-zero weights per example, summing to 1"}};
        return p;
    };
    t.infer = [](InferContext& c) {
        const long long n = c.node.getInt("num_experts"), k = c.node.getInt("k");
        if (k < 1 || k > n) {
            c.error(Issue::Kind::BadParam, "",
                    Text("k = %1 must be between 1 and the number of experts (%2)",
                         {std::to_string(k), std::to_string(n)}));
            return;
        }
        if (!c.allInputs()) return;
        Shape s;
        s.kind = PortKind::Gate;
        s.count = static_cast<int>(n);
        c.out = {s};
    };
    t.create = [](const LayerInit& li) -> std::unique_ptr<Layer> {
        return std::make_unique<TopKGate>(li);
    };
    r.add(std::move(t));
}

}  // namespace mtl
