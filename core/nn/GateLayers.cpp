// gate.softmax (the MMoE / OMoE gate) and mixture (weighted sum of experts by a gate).
#include <omp.h>

#include <type_traits>

#include "graph/Registry.h"
#include "nn/Gates.h"
#include "nn/Linear.h"
#include "nn/Parallel.h"

namespace mtl {

namespace {
// The mixing loops with the expert width H known at compile time (Eigen::Dynamic: any width):
// a width-16 expert is one AVX-512 register, and the runtime-size loop around it cost more than
// the arithmetic at census sizes. Threads share the batch's columns from 64k multiply-adds (census
// MMoE's mixing, 8 experts x 16 x 1024, ran on one thread below the former 400k).
template <int H>
void mixForwardT(const std::vector<const Mat*>& sources, int h, const Mat& w, Mat& y) {
    const Eigen::Index B = w.cols();
    const long long work = static_cast<long long>(w.rows()) * h * B;
    parallelFor(Eigen::Index(0), Eigen::Index(B), work > 65536 && !omp_in_parallel(),
                [&](Eigen::Index j) {
                    auto yj = y.col(j).template segment<H>(0, h);
                    yj.setZero();
                    int e = 0;
                    for (const Mat* s : sources) {
                        const int n = static_cast<int>(s->rows() / h);
                        for (int i = 0; i < n; ++i, ++e)
                            yj += w(e, j) * s->col(j).template segment<H>(i * h, h);
                    }
                });
}

template <int H>
void mixBackwardT(const std::vector<const Mat*>& sources, int h, const Mat& w, const Mat& dy,
                  const std::vector<Mat*>& dSources, Mat& dw) {
    const Eigen::Index B = w.cols();
    const long long work = static_cast<long long>(w.rows()) * h * B;
    parallelFor(Eigen::Index(0), Eigen::Index(B), work > 65536 && !omp_in_parallel(),
                [&](Eigen::Index j) {
                    const auto g = dy.col(j).template segment<H>(0, h);
                    int e = 0;
                    for (size_t k = 0; k < sources.size(); ++k) {
                        const Mat& s = *sources[k];
                        const int n = static_cast<int>(s.rows() / h);
                        for (int i = 0; i < n; ++i, ++e) {
                            dw(e, j) = s.col(j).template segment<H>(i * h, h).dot(g);
                            if (dSources[k])
                                dSources[k]->col(j).template segment<H>(i * h, h) += w(e, j) * g;
                        }
                    }
                });
}

// Calls f(std::integral_constant<int, H>) with H = h for the widths 8, 16, 32 and 64, else with
// H = Eigen::Dynamic.
template <class F>
void withWidth(int h, F&& f) {
    switch (h) {
        case 8:
            return f(std::integral_constant<int, 8>());
        case 16:
            return f(std::integral_constant<int, 16>());
        case 32:
            return f(std::integral_constant<int, 32>());
        case 64:
            return f(std::integral_constant<int, 64>());
        default:
            return f(std::integral_constant<int, Eigen::Dynamic>());
    }
}

// A softmax column per example, its length (the gate's experts) known at compile time for 8, 16,
// 32 and 64 experts: the maximum, the sum and the exponentials of a column are then unrolled
// vector code. Census's 8-expert gates over 1024 columns took about 20 microseconds each through
// Eigen's run-time-sized reductions (a twentieth of the training step, on one thread).
template <int R>
void softmaxColumnsT(const Mat& z, Mat& w) {
    const int r = static_cast<int>(z.rows());
    for (Eigen::Index j = 0; j < z.cols(); ++j) {
        const auto zj = z.col(j).template segment<R>(0, r);
        auto wj = w.col(j).template segment<R>(0, r);
        wj.array() = (zj.array() - zj.maxCoeff()).exp();
        wj /= wj.sum();
    }
}

template <int R>
void softmaxBackwardT(const Mat& w, const Mat& dw, Mat& dz) {
    const int r = static_cast<int>(w.rows());
    for (Eigen::Index j = 0; j < w.cols(); ++j) {
        const auto wj = w.col(j).template segment<R>(0, r);
        const auto gj = dw.col(j).template segment<R>(0, r);
        const Real dot = wj.dot(gj);
        dz.col(j).template segment<R>(0, r).array() = wj.array() * (gj.array() - dot);
    }
}
}  // namespace

// 8, 16, 32 or 64 experts: column by column at a compile-time length (above). Other lengths: the
// exponentials as one array expression over the whole matrix (a gate's column is only a few
// experts long, too short for a vector register, but the batch's columns together are one
// contiguous array); the per-column maxima and sums in place.
void softmaxColumns(const Mat& z, Mat& w) {
    withWidth(static_cast<int>(z.rows()), [&](auto R) {
        if constexpr (decltype(R)::value != Eigen::Dynamic) {
            w.resize(z.rows(), z.cols());
            softmaxColumnsT<decltype(R)::value>(z, w);
        } else {
            w = z;
            for (Eigen::Index j = 0; j < w.cols(); ++j) w.col(j).array() -= w.col(j).maxCoeff();
            w.array() = w.array().exp();
            for (Eigen::Index j = 0; j < w.cols(); ++j) w.col(j) /= w.col(j).sum();
        }
    });
}

void softmaxBackward(const Mat& w, const Mat& dw, Mat& dz) {
    dz.resize(w.rows(), w.cols());
    withWidth(static_cast<int>(w.rows()),
              [&](auto R) { softmaxBackwardT<decltype(R)::value>(w, dw, dz); });
}

// Column by column (one example at a time) so each example's experts stay in cache; threads
// split the batch when it is large.
void mixForward(const std::vector<const Mat*>& sources, int h, const Mat& w, Mat& y) {
    y.resize(h, w.cols());
    withWidth(h, [&](auto H) { mixForwardT<decltype(H)::value>(sources, h, w, y); });
}

void mixBackward(const std::vector<const Mat*>& sources, int h, const Mat& w, const Mat& dy,
                 const std::vector<Mat*>& dSources, Mat& dw) {
    dw.resize(w.rows(), w.cols());
    withWidth(h,
              [&](auto H) { mixBackwardT<decltype(H)::value>(sources, h, w, dy, dSources, dw); });
}

namespace {

class SoftmaxGate : public Layer {
public:
    SoftmaxGate(const LayerInit& li) {
        n_ = static_cast<int>(li.node.getInt("num_experts"));
        lin_.init(li.node.name, li.in[0]->dim, n_, Activation::Identity, li.rng);
        lin_.W.value *= Real(0.1);  // start near uniform mixing
    }
    void forward(RunContext&) override {
        lin_.forward(*in[0], z_);
        softmaxColumns(z_, out[0]->m);
    }
    void backward(RunContext&) override {
        softmaxBackward(out[0]->m, *outGrad[0], dz_);
        lin_.backward(*in[0], dz_, in[0]->isSparse ? nullptr : inGrad[0]);
    }
    void collectParams(std::vector<Param*>& p) override { lin_.collect(p); }
    void collectGates(std::vector<GateView>& g) override {
        g.push_back(makeGateView(name, &out[0]->m));
    }

private:
    int n_ = 0;
    Linear lin_;
    Mat z_, dz_;
};

class MixtureLayer : public Layer {
public:
    MixtureLayer(const LayerInit& li) : h_(li.out[0].dim) {}
    void forward(RunContext&) override {
        const size_t k = in.size() - 1;  // last input is the gate
        src_.resize(k);
        for (size_t i = 0; i < k; ++i) src_[i] = &in[i]->m;
        mixForward(src_, h_, in[k]->m, out[0]->m);
    }
    void backward(RunContext&) override {
        const size_t k = in.size() - 1;
        dsrc_.assign(inGrad.begin(), inGrad.begin() + k);
        mixBackward(src_, h_, in[k]->m, *outGrad[0], dsrc_, dw_);
        if (inGrad[k]) *inGrad[k] += dw_;
    }

private:
    int h_;
    std::vector<const Mat*> src_;
    std::vector<Mat*> dsrc_;
    Mat dw_;
};

}  // namespace

void registerGateTypes(Registry& r) {
    {
        NodeType t;
        t.key = "gate.softmax";
        t.category = "Gates";
        t.displayName = "Softmax gate";
        t.description =
            "Weights the experts by softmax(W x): one per task in MMoE, one shared in OMoE.";
        t.params = {
            intParam("num_experts", 8, 1, 1024, "Experts", "Number of experts this gate weighs.")};
        t.ports = [](const Node&) {
            PortList p;
            p.inputs = {{"x", PortKind::Features, true, "what the gate looks at"}};
            p.outputs = {{"weights", PortKind::Gate, true, "one weight per expert, summing to 1"}};
            return p;
        };
        t.infer = [](InferContext& c) {
            if (!c.allInputs()) return;
            Shape s;
            s.kind = PortKind::Gate;
            s.count = static_cast<int>(c.node.getInt("num_experts"));
            c.out = {s};
        };
        t.create = [](const LayerInit& li) -> std::unique_ptr<Layer> {
            return std::make_unique<SoftmaxGate>(li);
        };
        r.add(std::move(t));
    }
    {
        NodeType t;
        t.key = "mixture";
        t.category = "Gates";
        t.displayName = "Mixture";
        t.description = "Sums the experts weighted by a gate's weights.";
        t.params = {intParam("inputs", 1, 1, 16, "Expert inputs",
                             "Number of expert groups mixed (their experts are taken in order).")};
        t.ports = [](const Node& n) {
            PortList p;
            addNumberedPorts(p.inputs, "experts", n.getInt("inputs"), PortKind::Experts,
                             "experts to mix");
            p.inputs.push_back({"gate", PortKind::Gate, true, "mixing weights"});
            p.outputs = {{"y", PortKind::Features, true, "mixed expert output"}};
            return p;
        };
        t.infer = [](InferContext& c) {
            if (!c.allInputs()) return;
            const size_t k = c.in.size() - 1;
            int total = 0, h = c.in[0]->dim;
            for (size_t i = 0; i < k; ++i) {
                if (c.in[i]->dim != h) {
                    c.error(Issue::Kind::DimensionMismatch, c.ports.inputs[i].name,
                            Text("experts of width %1 cannot be mixed with experts of width %2",
                                 {std::to_string(c.in[i]->dim), std::to_string(h)}));
                    return;
                }
                total += c.in[i]->count;
            }
            if (c.in[k]->count != total) {
                c.error(Issue::Kind::GateExpertCount, "gate",
                        Text("the gate weighs %1 experts but %2 experts are connected",
                             {std::to_string(c.in[k]->count), std::to_string(total)}));
                return;
            }
            Shape s;
            s.dim = h;
            c.out = {s};
        };
        t.create = [](const LayerInit& li) -> std::unique_ptr<Layer> {
            return std::make_unique<MixtureLayer>(li);
        };
        r.add(std::move(t));
    }
}

}  // namespace mtl
