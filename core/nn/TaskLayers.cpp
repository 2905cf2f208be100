// Task heads: task.binary (sigmoid + binary cross-entropy on a logit, or BCE on a probability for
// ESMM's product head) and task.regression (mean squared error). Examples whose label is NaN are
// outside the task's sample space and contribute no loss (per-task sample masks).
#include <cmath>

#include "graph/Registry.h"
#include "nn/Layer.h"

namespace mtl {

namespace {

constexpr Real kEps = Real(1e-7);

class BinaryHead : public TaskHead {
public:
    explicit BinaryHead(const Node& n) : fromProb_(n.getBool("from_probability")) {}
    void forward(RunContext& ctx) override {
        const Mat& x = in[0]->m;
        if (fromProb_)
            pred_ = x.cwiseMax(kEps).cwiseMin(Real(1) - kEps);
        else
            pred_ = (Real(1) + (-x.array()).exp()).inverse().matrix();
        out[0]->m = pred_;
        lastLoss = 0;
        lastCount = 0;
        if (!ctx.computeLoss || !ctx.labels || labelRow < 0) return;
        const auto y = ctx.labels->row(labelRow);
        double loss = 0;
        int count = 0;
        for (int j = 0; j < ctx.batch; ++j) {
            const Real t = y(j);
            if (std::isnan(t)) continue;
            ++count;
            if (fromProb_) {
                const double p = pred_(0, j);
                loss -= t * std::log(p) + (1 - t) * std::log(1 - p);
            } else {
                const double z = x(0, j);
                loss += std::max(z, 0.0) - z * t + std::log1p(std::exp(-std::abs(z)));
            }
        }
        lastCount = ctx.lossCounts ? ctx.lossCounts[labelRow] : count;
        lastLoss = lastCount ? loss / lastCount : 0.0;
    }
    void backward(RunContext& ctx) override {
        if (!inGrad[0]) return;
        Mat& g = *inGrad[0];
        const Mat& up = *outGrad[0];  // from consumers of p (ESMM)
        const bool hasLoss = ctx.labels && labelRow >= 0 && lastCount > 0 && lossWeight != 0;
        const Real scale = hasLoss ? Real(lossWeight / lastCount) : Real(0);
        for (int j = 0; j < ctx.batch; ++j) {
            const Real p = pred_(0, j);
            Real d = 0;
            if (hasLoss) {
                const Real t = (*ctx.labels)(labelRow, j);
                if (!std::isnan(t))
                    d = fromProb_ ? scale * (p - t) / (p * (1 - p)) : scale * (p - t);
            }
            d += fromProb_ ? up(0, j) : up(0, j) * p * (1 - p);
            g(0, j) += d;
        }
    }

private:
    bool fromProb_;
};

class RegressionHead : public TaskHead {
public:
    void forward(RunContext& ctx) override {
        const Mat& x = in[0]->m;
        pred_ = x;
        out[0]->m = x;
        lastLoss = 0;
        lastCount = 0;
        if (!ctx.computeLoss || !ctx.labels || labelRow < 0) return;
        double loss = 0;
        int count = 0;
        for (int j = 0; j < ctx.batch; ++j) {
            const Real t = (*ctx.labels)(labelRow, j);
            if (std::isnan(t)) continue;
            ++count;
            const double e = x(0, j) - t;
            loss += e * e;
        }
        lastCount = ctx.lossCounts ? ctx.lossCounts[labelRow] : count;
        lastLoss = lastCount ? loss / lastCount : 0.0;
    }
    void backward(RunContext& ctx) override {
        if (!inGrad[0]) return;
        Mat& g = *inGrad[0];
        const Mat& up = *outGrad[0];
        const bool hasLoss = ctx.labels && labelRow >= 0 && lastCount > 0 && lossWeight != 0;
        const Real scale = hasLoss ? Real(2 * lossWeight / lastCount) : Real(0);
        for (int j = 0; j < ctx.batch; ++j) {
            Real d = up(0, j);
            if (hasLoss) {
                const Real t = (*ctx.labels)(labelRow, j);
                if (!std::isnan(t)) d += scale * (pred_(0, j) - t);
            }
            g(0, j) += d;
        }
    }
};

NodeType headType(const std::string& key, TaskKind kind) {
    NodeType t;
    t.key = key;
    t.category = "Tasks";
    t.role = NodeRole::Task;
    const bool bin = kind == TaskKind::Binary;
    t.displayName = bin ? "Binary task" : "Regression task";
    t.description =
        bin ? "A yes/no task: sigmoid of a logit, trained with binary cross-entropy; reports AUC."
            : "A numeric task trained with mean squared error.";
    t.params = {
        stringParam("task", "task", "Task name",
                    "The label column this head predicts (must match the data)."),
        realParam("loss_weight", 1.0, 0.0, 1e6, "Loss weight",
                  "Weight of this task's loss in the total (0: no direct loss, e.g. ESMM's CVR)."),
    };
    if (bin)
        t.params.push_back(
            boolParam("from_probability", false, "Input is a probability",
                      "The input is already a probability (e.g. pCTR x pCVR), not a logit."));
    t.ports = [bin](const Node&) {
        PortList p;
        p.inputs = {
            {"x", PortKind::Features, true, bin ? "logit (width 1)" : "prediction (width 1)"}};
        p.outputs = {
            {bin ? "p" : "y", PortKind::Features, true, bin ? "probability" : "prediction"}};
        return p;
    };
    t.infer = [](InferContext& c) {
        if (!c.allInputs()) return;
        if (c.in[0]->dim != 1) {
            c.error(Issue::Kind::DimensionMismatch, "x",
                    Text("a task head takes width 1 but gets width %1 (end the tower with a layer "
                         "of 1 unit)",
                         {std::to_string(c.in[0]->dim)}));
            return;
        }
        Shape s;
        s.dim = 1;
        c.out = {s};
    };
    t.create = [kind](const LayerInit& li) -> std::unique_ptr<Layer> {
        std::unique_ptr<TaskHead> h;
        if (kind == TaskKind::Binary)
            h = std::make_unique<BinaryHead>(li.node);
        else
            h = std::make_unique<RegressionHead>();
        h->task = li.node.getString("task");
        h->kind = kind;
        h->lossWeight = li.node.getReal("loss_weight");
        return h;
    };
    return t;
}

}  // namespace

void registerTaskTypes(Registry& r) {
    r.add(headType("task.binary", TaskKind::Binary));
    r.add(headType("task.regression", TaskKind::Regression));
}

}  // namespace mtl
