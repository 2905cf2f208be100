#pragma once
// A compiled, executable model: the layers of a validated graph in topological order, with
// every buffer allocated once per batch size (steps allocate nothing).
#include <cstdint>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "graph/Graph.h"
#include "nn/Layer.h"

namespace mtl {

class SiblingProducts;

class CompileError : public std::runtime_error {
public:
    CompileError(const std::string& msg, std::vector<Issue> issues = {})
        : std::runtime_error(msg), issues(std::move(issues)) {}
    std::vector<Issue> issues;
};

// Rows [row0, row0 + rows) of a parameter and the task heads that depend on them: bit k of
// `heads` is set when heads()[k] is reached from these rows through the compiled graph (heads
// beyond the 64th are not tracked). Rows reaching two or more heads are shared.
struct ParamSegment {
    Param* param = nullptr;
    int row0 = 0, rows = 0;
    std::uint64_t heads = 0;
};

// An output port of a layer (Model::layers() index, output index).
struct PortId {
    int layer = 0, output = 0;
};

class Model {
public:
    // Validates `graph` against `schema` (input node widths, task names) and builds the layers.
    // Parameters are initialised from `seed`. Throws CompileError with a readable message.
    static std::unique_ptr<Model> compile(const Graph& graph, const DataSchema& schema,
                                          unsigned long long seed);
    // Makes `graph`'s input nodes match `schema` (numeric width, categorical cardinalities).
    static void bindInputs(Graph& graph, const DataSchema& schema);

    // Runs the layers on rows `rows[0..batch)` of `data`. In training mode also computes the
    // losses; returns the total weighted loss (tasks + regularisers), or 0 if !computeLoss.
    // `lossCounts` (per data task): what each head's mean loss divides by instead of the
    // batch's own labelled examples (RunContext::lossCounts; DataParallel's shares).
    double forward(const Dataset& data, const int* rows, int batch, bool training, Rng& rng,
                   bool computeLoss = true, const int* lossCounts = nullptr);
    // Gradients of the last forward's total loss (must have been a training forward).
    void backward();
    // The same, running only the layers that the task heads in `headMask` (bit k: heads()[k])
    // depend on; every other layer's parameter gradients are set to zero. Equal to backward() up
    // to float rounding (a full pass fuses sibling towers' products, SiblingProducts) when the
    // other heads' loss weights are 0 and no regulariser is active (their gradients are zero
    // then): the trainer's per-task passes.
    void backward(std::uint64_t headMask);
    // Lets the backward passes use the output gradients' buffers as scratch (outputGrad() then
    // holds nothing meaningful after one): for a DataParallel replica, whose output gradients
    // nobody reads. Off by default.
    void setOutputGradsScratch(bool on);

    std::vector<Param*>& params() { return params_; }
    size_t parameterCount() const;
    const std::vector<TaskHead*>& heads() const { return heads_; }
    // The gates' views with their identity (GateView::node, tasks, shared, experts) from the
    // graph; weights point at buffers refilled by every forward.
    std::vector<GateView> gates() const;
    // Views of every block's expert outputs of the last forward (node ids filled), in layer
    // order: the experts the gates' GateView::experts refer to.
    std::vector<ExpertView> experts() const;
    const std::vector<std::unique_ptr<Layer>>& layers() const { return layers_; }
    Layer* layer(const std::string& nodeName) const;
    double lastRegLoss() const { return ctx_.regLoss; }
    const Graph& graph() const { return graph_; }
    // Every parameter split into row runs by the task heads that depend on them, derived from
    // the graph when compiled (walking from each head back to the inputs, through the layers'
    // paramReach / inputsOfOutput): in params() order, rows ascending, covering every row.
    const std::vector<ParamSegment>& paramSegments() const { return segments_; }
    // The names of the parameters with at least one row shared by two or more of `headMask`'s
    // heads (all heads by default), in params() order: for tests and reports.
    std::vector<std::string> sharedParamNames(std::uint64_t headMask = ~std::uint64_t(0)) const;
    // The shared representation (MGDA-UB): the output ports through which the shared part of
    // the network feeds the task-specific parts, derived from the graph when compiled. Every
    // layer at or below a parameter with shared rows must be either fully shared (each output
    // reached by two or more heads) or task-specific (reached by at most one); the
    // representation is then every output of a fully shared layer (below a shared parameter)
    // that a task-specific layer reads, and no fully shared layer may read it too, so each path
    // from a shared parameter to a head crosses it exactly once. Empty when the graph has no
    // such cut: no shared parameter, or a layer mixing shared and task-specific parts (the
    // fused ple.cgc layer of CGC / PLE, cross-stitch units).
    // MMoE: the experts' outputs; Shared-Bottom: the bottom's output.
    const std::vector<PortId>& sharedRepresentation() const { return representation_; }
    // dL/d(output) of the last backward() for a port (the buffer every consumer adds into).
    const Mat& outputGrad(const PortId& p) const { return *layers_[p.layer]->outGrad[p.output]; }
    // MGDA-UB's schedule (only with a shared representation and no active regulariser): after a
    // training forward, backwardTaskSide(mask) runs the backward of the task-specific layers of
    // the heads in `mask` only, down to the representation (outputGrad() then holds the heads'
    // gradient on it); other layers' parameter gradients are left as they are, so one call per
    // task leaves every task-specific parameter with its own task's gradient. Then
    // backwardSharedSide(g) runs the shared layers' backward from the representation gradient
    // `g` (one matrix per port, its shape): the shared parameters get that combination, without
    // a backward pass of the shared part per task.
    void backwardTaskSide(std::uint64_t headMask);
    void backwardSharedSide(const std::vector<Mat>& representationGrad);
    const DataSchema& schema() const { return schema_; }
    // The groups of dense layers whose first products run as one (SiblingProducts, Linear.h):
    // their layer names, in layer order.
    std::vector<std::vector<std::string>> siblingGroups() const;
    // How many of them the last backward ran as one (all members running in it).
    int fusedSiblingGroups() const;

    ~Model();

private:
    Model() = default;
    void resize(int batch);
    void deriveSegments(const std::vector<std::pair<int, int>>& producer,
                        const std::vector<std::vector<int>>& inputValues);

    Graph graph_;
    DataSchema schema_;
    std::vector<std::unique_ptr<Layer>> layers_;  // topological order
    std::vector<std::unique_ptr<Value>> values_;  // one per output port
    std::vector<std::unique_ptr<Mat>> grads_;     // one per output port (same shape as value)
    std::vector<int> gradRows_;                   // rows of each gradient (0: sparse, none)
    // Per gradient: backward() lets its first writer overwrite it (or no layer writes it).
    std::vector<bool> freshGrad_;
    std::vector<bool> unwrittenGrad_;  // per gradient: no layer writes it (zero since resize())
    std::vector<Param*> params_;
    std::vector<TaskHead*> heads_;
    std::vector<GateView> gateIds_;  // identity of each gate (gates() order), set by compile
    std::vector<int> headTaskRow_;
    Mat labels_;
    std::vector<ParamSegment> segments_;
    std::vector<PortId> representation_;
    std::vector<int> representationValue_;   // its ports' indices in values_ / grads_
    std::vector<bool> sharedSide_;           // per layer: fully shared, below a shared parameter
    std::vector<std::uint64_t> layerHeads_;  // per layer: the heads depending on it
    std::vector<std::vector<Param*>> layerParams_;  // per layer: its parameters
    // Fused first products of dense layers reading the same value, with their layers' indices;
    // fuseSiblings(mask) activates a group when every member runs in a backward for `mask`.
    struct SiblingGroup {
        std::unique_ptr<SiblingProducts> products;
        std::vector<int> layers;
    };
    std::vector<SiblingGroup> siblings_;
    void fuseSiblings(std::uint64_t headMask);
    RunContext ctx_;
    int batch_ = -1;
};

}  // namespace mtl
