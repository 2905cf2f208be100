// layer.dense (an MLP), experts.group (n expert MLPs fused), and the element-wise operators
// op.concat / op.add / op.multiply (ESMM's pCTCVR = pCTR x pCVR).
#include "graph/Registry.h"
#include "nn/Linear.h"

namespace mtl {

const std::vector<std::string>& activationChoices() {
    static const std::vector<std::string> c = {"relu", "tanh", "sigmoid", "identity"};
    return c;
}

const Mat& denseOf(const Value& v, Mat& scratch) {
    if (!v.isSparse) return v.m;
    v.sparse.toDense(scratch);
    return scratch;
}

namespace {

class MlpLayer : public Layer, public StackLayer {
public:
    MlpLayer(const LayerInit& li, int groups) {
        const Node& n = li.node;
        experts_ = n.type == "experts.group" ? groups : 0;
        width_ = n.getList("units").back();
        std::string lastAct = n.params.count("output_activation") ? n.getString("output_activation")
                                                                  : n.getString("activation");
        stack_.init(n.name, li.in[0]->dim, groups, n.getList("units"),
                    activationFromString(n.getString("activation")), activationFromString(lastAct),
                    n.getReal("dropout"), groups > 1, li.rng);
    }
    void forward(RunContext& ctx) override { stack_.forward(*in[0], out[0]->m, ctx); }
    void backward(RunContext& ctx) override {
        stack_.backward(*in[0], *outGrad[0], in[0]->isSparse ? nullptr : inGrad[0],
                        ctx.freshInGrads && inGradFresh[0],
                        scratchOutGrad.empty() ? nullptr : scratchOutGrad[0]);
    }
    bool overwritesInGrad() const override { return true; }
    void collectParams(std::vector<Param*>& p) override { stack_.collect(p); }
    void collectExperts(std::vector<ExpertView>& v) override {
        if (!experts_) return;
        ExpertView e;
        e.layer = name;
        e.count = experts_;
        e.width = width_;
        e.values = &out[0]->m;
        v.push_back(e);
    }
    FcStack& stack() override { return stack_; }

private:
    FcStack stack_;
    int experts_ = 0, width_ = 0;  // experts.group: its experts and their width
};

PortList singleIn(PortKind outKind, const std::string& outName) {
    PortList p;
    p.inputs = {{"x", PortKind::Features, true, "input features"}};
    p.outputs = {{outName, outKind, true, ""}};
    return p;
}

// Ports in0..in{n-1} for the n-ary operators.
PortList naryPorts(const Node& n) {
    PortList p;
    addNumberedPorts(p.inputs, "in", n.getInt("inputs"), PortKind::Features, "input");
    p.outputs = {{"y", PortKind::Features, true, ""}};
    return p;
}

enum class Op { Concat, Add, Multiply };

class NaryLayer : public Layer {
public:
    explicit NaryLayer(Op op, size_t n) : op_(op), scratch_(n) {}
    void forward(RunContext& ctx) override {
        Mat& y = out[0]->m;
        const size_t n = in.size();
        if (op_ == Op::Concat) {
            int rows = 0;
            for (size_t i = 0; i < n; ++i)
                rows += static_cast<int>(denseOf(*in[i], scratch_[i]).rows());
            y.resize(rows, ctx.batch);
            int r = 0;
            for (size_t i = 0; i < n; ++i) {
                const Mat& x = denseOf(*in[i], scratch_[i]);
                y.middleRows(r, x.rows()) = x;
                r += static_cast<int>(x.rows());
            }
            return;
        }
        y = denseOf(*in[0], scratch_[0]);
        for (size_t i = 1; i < n; ++i) {
            const Mat& x = denseOf(*in[i], scratch_[i]);
            if (op_ == Op::Add)
                y += x;
            else
                y.array() *= x.array();
        }
    }
    void backward(RunContext&) override {
        const Mat& g = *outGrad[0];
        const size_t n = in.size();
        int r = 0;
        for (size_t i = 0; i < n; ++i) {
            const int rows =
                static_cast<int>(in[i]->isSparse ? in[i]->sparse.rows : in[i]->m.rows());
            if (inGrad[i] && !in[i]->isSparse) {
                if (op_ == Op::Concat) {
                    *inGrad[i] += g.middleRows(r, rows);
                } else if (op_ == Op::Add) {
                    *inGrad[i] += g;
                } else {
                    // d(prod)/d(x_i) = product of the others (computed directly: no division).
                    prod_ = g;
                    for (size_t k = 0; k < n; ++k)
                        if (k != i) prod_.array() *= denseOf(*in[k], scratch_[k]).array();
                    *inGrad[i] += prod_;
                }
            }
            r += rows;
        }
    }

private:
    Op op_;
    std::vector<Mat> scratch_;
    Mat prod_;
};

NodeType naryType(const std::string& key, const std::string& display, const std::string& desc,
                  Op op) {
    NodeType t;
    t.key = key;
    t.category = "Layers";
    t.displayName = display;
    t.description = desc;
    t.params = {intParam("inputs", 2, 2, 16, "Inputs", "Number of inputs.")};
    t.ports = naryPorts;
    t.infer = [op](InferContext& c) {
        if (!c.allInputs()) return;
        Shape s;
        s.dim = 0;
        for (size_t i = 0; i < c.in.size(); ++i) {
            const int d = c.in[i]->dim;
            if (op == Op::Concat) {
                s.dim += d;
            } else if (i == 0) {
                s.dim = d;
            } else if (d != s.dim) {
                c.error(Issue::Kind::DimensionMismatch, c.ports.inputs[i].name,
                        Text("width %1 differs from in0's width %2",
                             {std::to_string(d), std::to_string(s.dim)}));
                return;
            }
        }
        c.out = {s};
    };
    t.create = [op](const LayerInit& li) -> std::unique_ptr<Layer> {
        return std::make_unique<NaryLayer>(op, li.in.size());
    };
    return t;
}

}  // namespace

void registerDenseTypes(Registry& r) {
    {
        NodeType t;
        t.key = "layer.dense";
        t.category = "Layers";
        t.displayName = "Dense (MLP)";
        t.description =
            "Fully connected layers: a shared bottom, a tower, or a task's own network.";
        t.params = {
            listParam("units", {64}, 1, 65536, "Units", "Width of each layer, e.g. 64,32."),
            choiceParam("activation", "relu", activationChoices(), "Activation",
                        "Activation of the hidden layers."),
            choiceParam(
                "output_activation", "relu", activationChoices(), "Output activation",
                "Activation of the last layer (identity for a tower that ends in a logit)."),
            realParam("dropout", 0.0, 0.0, 0.95, "Dropout",
                      "Probability of dropping a hidden unit while training."),
        };
        t.ports = [](const Node&) { return singleIn(PortKind::Features, "y"); };
        t.infer = [](InferContext& c) {
            if (!c.allInputs()) return;
            Shape s;
            s.dim = c.node.getList("units").back();
            c.out = {s};
        };
        t.create = [](const LayerInit& li) -> std::unique_ptr<Layer> {
            return std::make_unique<MlpLayer>(li, 1);
        };
        r.add(std::move(t));
    }
    {
        NodeType t;
        t.key = "experts.group";
        t.category = "Experts";
        t.displayName = "Expert group";
        t.description =
            "n expert networks reading the same input, computed as one fused matrix product.";
        t.params = {
            intParam("num_experts", 8, 1, 1024, "Experts", "Number of experts in the group."),
            listParam("units", {16}, 1, 65536, "Units", "Width of each expert's layers, e.g. 16."),
            choiceParam("activation", "relu", activationChoices(), "Activation",
                        "Activation of every expert layer."),
            realParam("dropout", 0.0, 0.0, 0.95, "Dropout",
                      "Probability of dropping an expert unit while training."),
        };
        t.ports = [](const Node&) { return singleIn(PortKind::Experts, "experts"); };
        t.infer = [](InferContext& c) {
            if (!c.allInputs()) return;
            Shape s;
            s.kind = PortKind::Experts;
            s.dim = c.node.getList("units").back();
            s.count = static_cast<int>(c.node.getInt("num_experts"));
            c.out = {s};
        };
        t.create = [](const LayerInit& li) -> std::unique_ptr<Layer> {
            return std::make_unique<MlpLayer>(li, static_cast<int>(li.node.getInt("num_experts")));
        };
        r.add(std::move(t));
    }
    r.add(naryType("op.concat", "Concatenate", "Joins its inputs into one wider vector.",
                   Op::Concat));
    r.add(naryType("op.add", "Add", "Element-wise sum of inputs of equal width.", Op::Add));
    r.add(naryType("op.multiply", "Multiply",
                   "Element-wise product of inputs of equal width (ESMM: pCTCVR = pCTR x pCVR).",
                   Op::Multiply));
}

}  // namespace mtl
