// Soft parameter sharing between task networks:
//   sharing.cross_stitch  cross-stitch unit (Misra et al., CVPR 2016): out_i = sum_j alpha_ij in_j
//                         with a trained T x T matrix alpha;
//   sharing.l2            L2 soft sharing (Duong et al., ACL 2015): a regulariser
//                         alpha * sum ||P_a - P_b||^2 over the parameters of the two layers that
//                         produce its inputs "a" and "b" (a sink: it has no outputs).
#include <algorithm>
#include <set>

#include "graph/Registry.h"
#include "nn/Gates.h"
#include "nn/Model.h"

namespace mtl {

namespace {

class CrossStitchLayer : public Layer {
public:
    explicit CrossStitchLayer(const LayerInit& li) {
        const Node& n = li.node;
        tasks_ = static_cast<int>(n.getInt("tasks"));
        const Real self = static_cast<Real>(n.getReal("self_weight"));
        const Real other = tasks_ > 1 ? (Real(1) - self) / Real(tasks_ - 1) : Real(0);
        alpha_.name = n.name + ".alpha";
        alpha_.init(tasks_, tasks_);
        alpha_.value.setConstant(other);
        alpha_.value.diagonal().setConstant(self);
        alpha_.lrScale = static_cast<Real>(n.getReal("lr_scale"));
        // Weight decay would pull alpha towards 0 (shrinking every activation), not towards a
        // meaningful prior; alpha is left undecayed.
        alpha_.decay = false;
        scratch_.resize(tasks_);
        x_.assign(tasks_, nullptr);
    }

    void forward(RunContext&) override {
        for (int j = 0; j < tasks_; ++j) x_[j] = &denseOf(*in[j], scratch_[j]);
        const Mat& a = alpha_.value;
        for (int i = 0; i < tasks_; ++i) {
            Mat& y = out[i]->m;
            y.resize(x_[0]->rows(), x_[0]->cols());
            y.noalias() = a(i, 0) * *x_[0];
            for (int j = 1; j < tasks_; ++j) y.noalias() += a(i, j) * *x_[j];
        }
    }

    void backward(RunContext&) override {
        const Mat& a = alpha_.value;
        for (int i = 0; i < tasks_; ++i) {
            const Mat& dy = *outGrad[i];
            for (int j = 0; j < tasks_; ++j) {
                alpha_.grad(i, j) = (dy.array() * x_[j]->array()).sum();
                if (inGrad[j] && !in[j]->isSparse) inGrad[j]->noalias() += a(i, j) * dy;
            }
        }
    }

    void collectParams(std::vector<Param*>& p) override { p.push_back(&alpha_); }

private:
    int tasks_ = 2;
    Param alpha_;
    std::vector<Mat> scratch_;   // dense copies of sparse inputs
    std::vector<const Mat*> x_;  // the inputs of the last forward
};

class L2SharingLayer : public Layer {
public:
    explicit L2SharingLayer(const LayerInit& li)
        : alpha_(li.node.getReal("alpha")), nodeId_(li.node.id) {}

    void link(const std::vector<Layer*>& producers) override {
        Layer* la = producers.size() > 0 ? producers[0] : nullptr;
        Layer* lb = producers.size() > 1 ? producers[1] : nullptr;
        if (!la || !lb) fail("both inputs 'a' and 'b' must be connected", "");
        if (la == lb)
            fail("inputs 'a' and 'b' both come from '" + la->name +
                     "'; connect the outputs of two different layers",
                 "b");
        pa_.clear();
        pb_.clear();
        la->collectParams(pa_);
        lb->collectParams(pb_);
        const std::string both = "'" + la->name + "' and '" + lb->name + "'";
        if (pa_.empty() || pb_.empty())
            fail("ties the parameters of " + both + ", but '" +
                     (pa_.empty() ? la->name : lb->name) + "' has no parameters",
                 pa_.empty() ? "a" : "b");
        if (pa_.size() != pb_.size())
            fail("cannot tie the parameters of " + both + ": they have " +
                     std::to_string(pa_.size()) + " and " + std::to_string(pb_.size()) +
                     " parameter tensors",
                 "b");
        for (size_t k = 0; k < pa_.size(); ++k) {
            const Mat& A = pa_[k]->value;
            const Mat& B = pb_[k]->value;
            if (A.rows() != B.rows() || A.cols() != B.cols())
                fail("cannot tie the parameters of " + both + ": '" + pa_[k]->name + "' is " +
                         dims(A) + " but '" + pb_[k]->name + "' is " + dims(B) +
                         " (give both layers the same input width and units)",
                     "b");
        }
        std::set<const Param*> seen(pa_.begin(), pa_.end());
        for (const Param* p : pb_)
            if (seen.count(p)) fail("'a' and 'b' share parameters; nothing to tie", "b");
    }

    void forward(RunContext& ctx) override {
        lastPenalty_ = 0;
        if (!ctx.training) return;
        double s = 0;
        for (size_t k = 0; k < pa_.size(); ++k) s += (pa_[k]->value - pb_[k]->value).squaredNorm();
        lastPenalty_ = alpha_ * s;
        ctx.regLoss += lastPenalty_;
    }

    // Nothing flows back through the inputs; the penalty's gradient is added to the producers'
    // parameter gradients after they have been (over)written by their own backward().
    void backward(RunContext&) override {}

    void afterBackward(RunContext& ctx) override {
        if (!ctx.training) return;
        const Real c = static_cast<Real>(2 * alpha_);
        for (size_t k = 0; k < pa_.size(); ++k) {
            Param& A = *pa_[k];
            Param& B = *pb_[k];
            A.grad.noalias() += c * (A.value - B.value);
            B.grad.noalias() -= c * (A.value - B.value);
        }
    }

    bool couplesExamples() const override { return true; }
    double lastPenalty() const { return lastPenalty_; }

private:
    static std::string dims(const Mat& m) {
        return std::to_string(m.rows()) + "x" + std::to_string(m.cols());
    }
    [[noreturn]] void fail(const std::string& msg, const std::string& port) const {
        Issue i;
        i.kind = Issue::Kind::DimensionMismatch;
        i.node = nodeId_;
        i.port = port;
        i.message = "node '" + name + "' (sharing.l2)" +
                    (port.empty() ? "" : ", port '" + port + "'") + ": " + msg;
        throw CompileError(i.message, {i});
    }

    double alpha_;
    NodeId nodeId_;
    std::vector<Param*> pa_, pb_;
    double lastPenalty_ = 0;
};

}  // namespace

void registerSharingTypes(Registry& r) {
    {
        NodeType t;
        t.key = "sharing.cross_stitch";
        t.category = "Sharing";
        t.displayName = "Cross-stitch unit";
        t.description =
            "Mixes the tasks' hidden layers with a learned matrix: out_i = sum_j a_ij in_j.";
        t.params = {
            intParam("tasks", 2, 2, 64, "Tasks", "Number of task networks stitched together."),
            realParam("self_weight", 0.9, 0.0, 1.0, "Self weight",
                      "Initial a_ii; the rest of each row is split evenly so that rows sum to 1."),
            // Misra et al. scale the alphas' learning rate by 10^2..10^3 under plain SGD, where
            // the alphas' gradients are small next to the weights'. Adam (the default here)
            // normalises each gradient, so the step is about lr * scale: 10 lets alpha move by
            // ~0.01 per step at lr 1e-3, fast enough to adapt within an epoch without jumping.
            realParam("lr_scale", 10.0, 0.0, 1e6, "Learning-rate scale",
                      "Multiplier of the learning rate for the stitch weights."),
        };
        t.ports = [](const Node& n) {
            PortList p;
            const long long k = std::max<long long>(1, n.getInt("tasks"));
            addNumberedPorts(p.inputs, "in", k, PortKind::Features, "activations", true);
            addNumberedPorts(p.outputs, "out", k, PortKind::Features, "stitched activations", true);
            return p;
        };
        t.infer = [](InferContext& c) {
            if (!c.allInputs()) return;
            const int d = c.in[0]->dim;
            for (size_t i = 1; i < c.in.size(); ++i)
                if (c.in[i]->dim != d) {
                    c.error(Issue::Kind::DimensionMismatch, c.ports.inputs[i].name,
                            Text("width %1 differs from in0's width %2 (a cross-stitch unit mixes "
                                 "layers of equal width)",
                                 {std::to_string(c.in[i]->dim), std::to_string(d)}));
                    return;
                }
            Shape s;
            s.dim = d;
            c.out.assign(c.ports.outputs.size(), s);
        };
        t.create = [](const LayerInit& li) -> std::unique_ptr<Layer> {
            return std::make_unique<CrossStitchLayer>(li);
        };
        r.add(std::move(t));
    }
    {
        NodeType t;
        t.key = "sharing.l2";
        t.category = "Sharing";
        t.displayName = "L2 soft sharing";
        t.description =
            "Pulls the parameters of two identically shaped layers together: adds "
            "alpha * ||P_a - P_b||^2 to the loss.";
        t.role = NodeRole::Sink;
        t.params = {
            realParam("alpha", 1e-3, 0.0, 1e6, "Strength",
                      "Weight of the squared distance between the two layers' parameters.")};
        t.ports = [](const Node&) {
            PortList p;
            p.inputs = {
                {"a", PortKind::Features, true, "output of the first tied layer"},
                {"b", PortKind::Features, true, "output of the second tied layer (same shapes)"}};
            return p;
        };
        t.infer = [](InferContext& c) {
            if (!c.allInputs()) return;
            if (c.in[0]->dim != c.in[1]->dim) {
                c.error(Issue::Kind::DimensionMismatch, "b",
                        Text("width %1 differs from a's width %2 (tied layers must have the same "
                             "shapes)",
                             {std::to_string(c.in[1]->dim), std::to_string(c.in[0]->dim)}));
                return;
            }
            c.out.clear();
        };
        t.create = [](const LayerInit& li) -> std::unique_ptr<Layer> {
            return std::make_unique<L2SharingLayer>(li);
        };
        r.add(std::move(t));
    }
}

}  // namespace mtl
