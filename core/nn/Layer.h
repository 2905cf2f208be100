#pragma once
// Executable layers. The Model (Model.h) compiles each graph node into one Layer, wires its input
// and output Values, and runs forward() in topological order and backward() in reverse.
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "data/Dataset.h"
#include "graph/Graph.h"
#include "nn/Tensor.h"

namespace mtl {

// Per-step state shared by all layers.
struct RunContext {
    int batch = 0;
    bool training = false;          // dropout, noise, losses and regularisers active
    bool computeLoss = true;        // task heads compute losses (needs labels)
    Rng* rng = nullptr;             // dropout masks, gate noise
    const Dataset* data = nullptr;  // source of the batch
    const int* rows = nullptr;      // batch row indices into data (batch of them)
    const Mat* labels = nullptr;    // data-task x batch (NaN = masked), gathered by the model
    double regLoss = 0;             // regularisers add their (weighted) penalty here
    // True only inside Model::backward() (the full pass): a layer's inGradFresh marks hold.
    bool freshInGrads = false;
    // Per data task, the labelled examples a head's mean loss divides by, when this batch is a
    // share of a larger one (DataParallel); nullptr: this batch's own count.
    const int* lossCounts = nullptr;
};

// Everything a layer factory needs.
struct LayerInit {
    const Node& node;
    std::vector<std::optional<Shape>> in;  // aligned with the node's input ports
    std::vector<Shape> out;                // aligned with the node's output ports
    Rng& rng;                              // parameter initialisation (seeded)
};

// A gate's recorded weights for statistics (MMoE Fig. 6 / PLE Fig. 8).
struct GateView {
    std::string label;                      // e.g. "gate_income" or "cgc1.gate0"
    const Mat* weights = nullptr;           // experts x batch of the last forward
    std::vector<std::string> expertLabels;  // one per row
    // Composite layers (ple.cgc): the gate's index in the layer and, per row, the expert's index
    // in the layer's own experts. Empty / -1 for a gate block (its experts come from the graph).
    int slot = -1;
    std::vector<int> expertIndex;
    // Filled by Model::gates() from the graph: see GateStats.
    int node = -1;
    std::vector<std::string> tasks;
    bool shared = false;
    std::vector<std::pair<int, int>> experts;  // (node id, index) per row
};

inline GateView makeGateView(std::string label, const Mat* weights) {
    GateView v;
    v.label = std::move(label);
    v.weights = weights;
    return v;
}

// The outputs of a block's experts in the last forward, for comparing experts: `count` experts
// of `width` rows each, stacked in `values` from row `firstRow` (expert i: rows firstRow + i *
// width ...). `node` is filled by the Model.
struct ExpertView {
    std::string layer;  // the block's name
    int node = -1;
    int firstIndex = 0;  // index in the block of the first expert here
    int count = 0, width = 0, firstRow = 0;
    const Mat* values = nullptr;
};

// Which rows of a parameter reach which outputs of its layer (Layer::paramReach): rows
// [row0, row0 + rows) of `param` (rows < 0: all rows) influence the outputs listed (empty: all).
struct ParamReach {
    const Param* param = nullptr;
    int row0 = 0, rows = -1;
    std::vector<int> outputs;
};

class Layer {
public:
    virtual ~Layer() = default;
    std::string name;              // node name
    std::vector<const Value*> in;  // aligned with input ports (nullptr: unconnected optional)
    std::vector<Value*> out;       // aligned with output ports
    std::vector<Mat*>
        inGrad;  // dL/d input, ACCUMULATE with += (see inGradFresh); nullptr: not needed
    std::vector<const Mat*> outGrad;  // dL/d output (zero if nobody consumes it)
    // outGrad's buffers, writable, when the model lets backward use them as scratch
    // (Model::setOutputGradsScratch); else empty.
    std::vector<Mat*> scratchOutGrad;
    // Aligned with inGrad, set by the Model for layers whose overwritesInGrad() is true: when
    // ctx.freshInGrads and inGradFresh[i], this layer is the first to write inGrad[i] in the pass
    // and the buffer still holds the last step's values: it must be overwritten, not added to
    // (saves zeroing it: the large Shared-Bottom's 8 MB hidden gradient, 5 % of a step).
    std::vector<bool> inGradFresh;
    virtual bool overwritesInGrad() const { return false; }

    virtual void forward(RunContext& ctx) = 0;
    // Computes parameter gradients (overwrite) and adds input gradients into inGrad.
    virtual void backward(RunContext& ctx) = 0;
    virtual void collectParams(std::vector<Param*>& out) { (void)out; }
    virtual void collectGates(std::vector<GateView>& out) { (void)out; }
    // Appends views of the expert outputs this layer computes (experts.group, ple.cgc).
    virtual void collectExperts(std::vector<ExpertView>& out) { (void)out; }
    // After all layers exist: lets a layer find others (L2 soft sharing). Default: nothing.
    virtual void link(const std::vector<Layer*>& producersOfInputs) { (void)producersOfInputs; }
    // Called by Model::backward() after every layer's backward(): for gradients that must be
    // added to other layers' parameter gradients (L2 soft sharing). Default: nothing.
    virtual void afterBackward(RunContext& ctx) { (void)ctx; }
    // True when a training forward couples the batch's examples beyond per-example losses: a
    // regulariser over the whole batch or over parameters (RunContext::regLoss). DataParallel
    // does not split such a model's batches. Default: false.
    virtual bool couplesExamples() const { return false; }
    // Dependency structure, for deciding which task heads each parameter serves (Model::
    // paramSegments): which parameter rows reach which outputs, and which inputs an output
    // reads. Default: every parameter reaches every output, every output reads every input.
    // Layers holding several tasks' parts in one node (ple.cgc) override both.
    virtual void paramReach(std::vector<ParamReach>& out) {
        std::vector<Param*> own;
        collectParams(own);
        for (const Param* p : own) out.push_back({p, 0, -1, {}});
    }
    virtual std::vector<int> inputsOfOutput(int output) const {
        (void)output;
        std::vector<int> all(in.size());
        for (size_t i = 0; i < in.size(); ++i) all[i] = static_cast<int>(i);
        return all;
    }
};

// Task heads own the loss of one task.
class TaskHead : public Layer {
public:
    std::string task;  // task name (matches the data's task)
    TaskKind kind = TaskKind::Binary;
    double lossWeight = 1.0;  // 0: no loss (e.g. ESMM's CVR, trained only through CTCVR)
    int labelRow = -1;        // row in RunContext::labels (set when the model binds data)
    double lastLoss = 0;      // mean loss over labelled examples of the last forward
    int lastCount = 0;  // labelled examples in the last batch (RunContext::lossCounts if given)
    const Mat& prediction() const { return pred_; }  // 1 x batch: probability or value
protected:
    Mat pred_;
};

// Dense activation functions shared by layers.
enum class Activation { Identity, ReLU, Tanh, Sigmoid };
Activation activationFromString(const std::string& s);
void applyActivation(Activation a, Mat& z);  // in place
// grad *= f'(z) expressed through y = f(z) (all four admit that).
void activationBackward(Activation a, const Mat& y, Mat& grad);
// grad = f'(y) * dy, without the copy of dy the in-place form needs.
void activationBackward(Activation a, const Mat& y, const Mat& dy, Mat& grad);
// The same, and sums = rowSums(grad) (a bias gradient) in the same pass: threaded by rows, each
// row summed in column order, so the same bits on any thread count.
void activationBackward(Activation a, const Mat& y, const Mat& dy, Mat& grad, Mat& sums);
// out (rows x 1) = the sums of m's rows; on the engine's threads when m is large, each thread
// summing whole rows (the same bits on any thread count).
void rowSums(const Mat& m, Mat& out);
// y = f(y + b) for every column (b: rows x 1), in one pass, on the engine's threads when y is
// large.
void addBias(Mat& y, const Mat& b, Activation f = Activation::Identity);
// y = f(src + b) for every column (y resized to src's shape), in one pass, threaded as above.
void addBiasTo(const Eigen::Ref<const Mat>& src, const Mat& b, Mat& y,
               Activation f = Activation::Identity);
// dst = src (same shape; blocks of larger matrices allowed), threaded as above.
void copyBlock(const Eigen::Ref<const Mat>& src, Eigen::Ref<Mat> dst);

}  // namespace mtl
