// ple.cgc: one Customized Gate Control extraction level of PLE (Tang et al., RecSys 2020).
//
// Task k owns `specific` experts reading its input in_k; `shared` experts read the input "shared".
// Task k's gate reads in_k and mixes (its specific experts, then the shared experts); the optional
// shared gate reads "shared" and mixes every expert (task 0's, ..., task T-1's, then the shared
// ones), giving the shared representation that the next level's shared experts read.
//
// Execution groups the T+1 inputs by the Value they are bound to: every distinct source gets ONE
// FcStack holding all experts that read it, and ONE Linear holding the logits of all gates that
// read it. On the first level of a PLE every input is the same port, so all experts are one GEMM
// and all gate logits another (as the fused PyTorch reference does); on deeper levels each task
// and the shared branch are their own groups. The grouping (and so the parameter layout) is
// fixed when the parameters are first asked for (collectParams or link): the Model wires the input
// Values before either and never rebinds them; forward() verifies it. Parameter names follow the
// grouping: "<node>.all.experts.fc0.W" when fused,
// "<node>.task0.experts.fc0.W", "<node>.shared.gate.W", ... otherwise.
#include <omp.h>

#include <algorithm>
#include <stdexcept>

#include "graph/Registry.h"
#include "nn/Gates.h"
#include "nn/Linear.h"
#include "nn/Parallel.h"

namespace mtl {

namespace {

bool worthThreads(long long flops) { return flops > 200000 && omp_get_max_threads() > 1; }

class CgcLayer : public Layer {
public:
    explicit CgcLayer(const LayerInit& li) {
        const Node& n = li.node;
        nodeName_ = n.name;
        tasks_ = static_cast<int>(n.getInt("tasks"));
        specific_ = static_cast<int>(n.getInt("specific"));
        shared_ = static_cast<int>(n.getInt("shared"));
        units_ = n.getList("units");
        h_ = units_.back();
        act_ = activationFromString(n.getString("activation"));
        sharedOut_ = n.getBool("shared_output");
        for (const auto& s : li.in) inDim_.push_back(s ? s->dim : 0);
        // The parameter layout depends on which inputs share a source, which is only known once
        // the Model has wired `in`; the parameters are built then (see ensureBuilt), drawn from a
        // generator seeded here so that initialisation stays a function of the model seed.
        seed_ = li.rng();
    }

    void link(const std::vector<Layer*>&) override { ensureBuilt(); }

    void forward(RunContext& ctx) override {
        ensureBuilt();
        for (size_t p = 0; p < in.size(); ++p)
            if (in[p] != in[groups_[groupOfPort_[p]].port])
                throw std::logic_error("ple.cgc '" + name + "': inputs were rebound after compile");
        const int B = ctx.batch;
        for (Group& g : groups_) {
            const Value& x = *in[g.port];
            if (g.experts) g.stack.forward(x, g.E, ctx);
            if (g.gateRows) g.gate.forward(x, g.Z);
        }
        long long work = 0;
        for (size_t q = 0; q < gates_.size(); ++q) {
            gates_[q].w.resize(gates_[q].size(), B);
            out[q]->m.resize(h_, B);
            work += 2LL * gates_[q].size() * (h_ + 4) * B;
        }
        const int h = h_;
        parallelFor(int(0), int(B), worthThreads(work), [&](int j) {
            for (size_t q = 0; q < gates_.size(); ++q) {
                GateSpec& G = gates_[q];
                const int n = G.size();
                auto z = groups_[G.group].Z.col(j).segment(G.zRow, n);
                auto w = G.w.col(j);
                const Real mx = z.maxCoeff();
                w = (z.array() - mx).exp().matrix();
                w /= w.sum();
                auto y = out[q]->m.col(j);
                y.setZero();
                for (int e = 0; e < n; ++e)
                    y +=
                        w(e) * groups_[G.experts[e].first].E.col(j).segment(G.experts[e].second, h);
            }
        });
    }

    void backward(RunContext& ctx) override {
        const int B = ctx.batch;
        for (Group& g : groups_) {
            if (g.experts) g.dE.resize(g.E.rows(), B);
            if (g.gateRows) g.dZ.resize(g.Z.rows(), B);
        }
        long long work = 0;
        for (GateSpec& G : gates_) {
            G.dw.resize(G.size(), B);
            work += 4LL * G.size() * (h_ + 4) * B;
        }
        const int h = h_;
        parallelFor(int(0), int(B), worthThreads(work), [&](int j) {
            for (Group& g : groups_)
                if (g.experts) g.dE.col(j).setZero();
            for (size_t q = 0; q < gates_.size(); ++q) {
                GateSpec& G = gates_[q];
                const int n = G.size();
                auto dy = outGrad[q]->col(j);
                auto w = G.w.col(j);
                auto dw = G.dw.col(j);
                for (int e = 0; e < n; ++e) {
                    Group& src = groups_[G.experts[e].first];
                    const int off = G.experts[e].second;
                    dw(e) = src.E.col(j).segment(off, h).dot(dy);
                    src.dE.col(j).segment(off, h) += w(e) * dy;
                }
                // Softmax backward: dz = w .* (dw - <w, dw>).
                const Real dot = w.dot(dw);
                groups_[G.group].dZ.col(j).segment(G.zRow, n) =
                    (w.array() * (dw.array() - dot)).matrix();
            }
        });
        for (Group& g : groups_) {
            const Value& x = *in[g.port];
            Mat* dx = x.isSparse ? nullptr : inGrad[g.port];
            if (g.experts) g.stack.backward(x, g.dE, dx);
            if (g.gateRows) g.gate.backward(x, g.dZ, dx);
        }
    }

    void collectParams(std::vector<Param*>& p) override {
        ensureBuilt();
        for (Group& g : groups_) {
            if (g.experts) g.stack.collect(p);
            if (g.gateRows) g.gate.collect(p);
        }
    }

    void collectGates(std::vector<GateView>& out) override {
        for (size_t q = 0; q < gates_.size(); ++q) {
            GateSpec& G = gates_[q];
            GateView v = makeGateView(name + "." + G.label, &G.w);
            v.expertLabels = G.expertLabels;
            v.slot = static_cast<int>(q);
            v.expertIndex = G.expertIndex;
            out.push_back(std::move(v));
        }
    }

    // Task k's experts reach output k (and the shared output, whose gate mixes every expert);
    // the shared experts reach every output; gate q's logit rows reach output q.
    void paramReach(std::vector<ParamReach>& out) override {
        ensureBuilt();
        const int outputs = tasks_ + (sharedOut_ ? 1 : 0);
        for (size_t g = 0; g < groups_.size(); ++g) {
            Group& G = groups_[g];
            if (G.experts) {
                for (int p = 0; p <= tasks_; ++p) {
                    if (groupOfPort_[p] != static_cast<int>(g)) continue;
                    const int n = p < tasks_ ? specific_ : shared_;
                    if (n == 0) continue;
                    std::vector<int> reach;
                    if (p < tasks_) {
                        reach.push_back(p);
                        if (sharedOut_) reach.push_back(tasks_);
                    } else {
                        for (int q = 0; q < outputs; ++q) reach.push_back(q);
                    }
                    const int first = ownerRow_[p] / h_;  // index of the owner's first expert
                    auto& layers = G.stack.layers();
                    for (size_t l = 0; l < layers.size(); ++l) {
                        const int u = units_[l];
                        out.push_back({&layers[l].W, first * u, n * u, reach});
                        out.push_back({&layers[l].b, first * u, n * u, reach});
                    }
                }
            }
            if (G.gateRows)
                for (int q = 0; q < static_cast<int>(gates_.size()); ++q)
                    if (gates_[q].group == static_cast<int>(g)) {
                        out.push_back({&G.gate.W, gates_[q].zRow, gates_[q].size(), {q}});
                        out.push_back({&G.gate.b, gates_[q].zRow, gates_[q].size(), {q}});
                    }
        }
    }
    // Task gate q reads input q (its gate and experts) and the shared input (shared experts);
    // the shared gate reads every input.
    std::vector<int> inputsOfOutput(int output) const override {
        std::vector<int> r;
        if (output < tasks_) return {output, tasks_};
        for (int p = 0; p <= tasks_; ++p) r.push_back(p);
        return r;
    }

    // One view per owner of experts (task k's specific ones, then the shared ones); their index
    // in this block is k * specific + e, then tasks * specific + e (as GateSpec::expertIndex).
    void collectExperts(std::vector<ExpertView>& out) override {
        ensureBuilt();
        for (int p = 0; p <= tasks_; ++p) {
            ExpertView v;
            v.layer = name;
            v.firstIndex = p * specific_;
            v.count = p < tasks_ ? specific_ : shared_;
            v.width = h_;
            v.firstRow = ownerRow_[p];
            v.values = &groups_[groupOfPort_[p]].E;
            if (v.count) out.push_back(v);
        }
    }

private:
    // The experts and gate logits computed from one distinct input source.
    struct Group {
        int port = 0;       // first input port bound to this source
        std::string label;  // "all", "task0", "shared", "task0_shared", ...
        int experts = 0;    // experts computed here (stacked h rows each, in port order)
        FcStack stack;
        Mat E, dE;         // experts*h x batch
        int gateRows = 0;  // logits of the gates reading this source (in gate order)
        Linear gate;
        Mat Z, dZ;  // gateRows x batch
    };
    // One softmax gate and the output it produces (out[q] for gate q).
    struct GateSpec {
        std::string label;                         // "task<k>" or "shared"
        int group = 0, zRow = 0;                   // where its logits are
        std::vector<std::pair<int, int>> experts;  // (group, first row) of each mixed expert
        std::vector<std::string> expertLabels;
        std::vector<int> expertIndex;  // each mixed expert's index in this block
        Mat w, dw;                     // experts x batch
        int size() const { return static_cast<int>(experts.size()); }
    };

    // Builds the groups and parameters on first use (Model: collectParams or link, both after
    // the inputs are wired). Throws if the inputs are not wired yet: the layout would be a guess.
    void ensureBuilt() {
        if (built_) return;
        const size_t P = static_cast<size_t>(tasks_) + 1;
        bool wired = in.size() == P;
        for (size_t p = 0; wired && p < P; ++p) wired = in[p] != nullptr;
        if (!wired)
            throw std::logic_error("ple.cgc '" + name +
                                   "': parameters requested before its inputs were wired");
        build();
        built_ = true;
    }

    void build() {
        const int P = tasks_ + 1;  // ports: in0..in{T-1}, shared
        groups_.clear();
        gates_.clear();
        groupOfPort_.assign(P, -1);
        std::vector<std::vector<int>> members;
        for (int p = 0; p < P; ++p) {
            for (size_t g = 0; g < members.size(); ++g)
                if (in[members[g][0]] == in[p]) {
                    groupOfPort_[p] = static_cast<int>(g);
                    members[g].push_back(p);
                    break;
                }
            if (groupOfPort_[p] < 0) {
                groupOfPort_[p] = static_cast<int>(members.size());
                members.push_back({p});
            }
        }
        // Experts: each owner's block (task k: port k, shared: port T) in port order per group.
        std::vector<int>& ownerRow = ownerRow_;  // first row of the owner's experts in its group
        ownerRow.assign(P, 0);
        std::vector<int> expertsIn(members.size(), 0);
        for (int p = 0; p < P; ++p) {
            const int g = groupOfPort_[p];
            ownerRow[p] = expertsIn[g] * h_;
            expertsIn[g] += p < tasks_ ? specific_ : shared_;
        }
        // Gates: task gates then the shared gate; logits stacked per group in that order.
        std::vector<int> gateRowsIn(members.size(), 0);
        auto ownerLabels = [&](int p, std::vector<std::string>& labels) {
            const int n = p < tasks_ ? specific_ : shared_;
            for (int e = 0; e < n; ++e)
                labels.push_back(p < tasks_ ? "t" + std::to_string(p) + "e" + std::to_string(e)
                                            : "s" + std::to_string(e));
        };
        auto addOwner = [&](GateSpec& G, int p) {
            const int n = p < tasks_ ? specific_ : shared_;
            for (int e = 0; e < n; ++e) {
                G.experts.push_back({groupOfPort_[p], ownerRow[p] + e * h_});
                G.expertIndex.push_back(p * specific_ + e);
            }
            ownerLabels(p, G.expertLabels);
        };
        const int gateCount = tasks_ + (sharedOut_ ? 1 : 0);
        gates_.resize(gateCount);
        for (int q = 0; q < gateCount; ++q) {
            GateSpec& G = gates_[q];
            const int p = q < tasks_ ? q : tasks_;  // the port the gate reads
            G.label = q < tasks_ ? "task" + std::to_string(q) : "shared";
            if (q < tasks_) {
                addOwner(G, q);
                addOwner(G, tasks_);
            } else {
                for (int o = 0; o < P; ++o) addOwner(G, o);
            }
            G.group = groupOfPort_[p];
            G.zRow = gateRowsIn[G.group];
            gateRowsIn[G.group] += G.size();
        }
        Rng rng(seed_);
        groups_.resize(members.size());
        for (size_t g = 0; g < members.size(); ++g) {
            Group& G = groups_[g];
            G.port = members[g][0];
            if (static_cast<int>(members[g].size()) == P) {
                G.label = "all";
            } else {
                for (int p : members[g])
                    G.label += (G.label.empty() ? "" : "_") +
                               (p < tasks_ ? "task" + std::to_string(p) : std::string("shared"));
            }
            const std::string prefix = nodeName_ + "." + G.label;
            const int inDim = inDim_[G.port];
            G.experts = expertsIn[g];
            if (G.experts)
                G.stack.init(prefix + ".experts", inDim, G.experts, units_, act_, act_, 0.0, false,
                             rng);
            G.gateRows = gateRowsIn[g];
            if (G.gateRows) {
                G.gate.init(prefix + ".gate", inDim, G.gateRows, Activation::Identity, rng);
                G.gate.W.value *= Real(0.1);  // start near uniform mixing
            }
        }
    }

    std::string nodeName_;  // parameter names' prefix
    int tasks_ = 2, specific_ = 2, shared_ = 4, h_ = 16;
    std::vector<int> units_;
    Activation act_ = Activation::ReLU;
    bool sharedOut_ = false;
    std::vector<int> inDim_;
    unsigned long long seed_ = 0;
    bool built_ = false;
    std::vector<Group> groups_;
    std::vector<int> groupOfPort_;
    std::vector<int> ownerRow_;  // per owner of experts: first row of its experts in its group
    std::vector<GateSpec> gates_;
};

}  // namespace

void registerCgcTypes(Registry& r) {
    NodeType t;
    t.key = "ple.cgc";
    t.category = "Experts";
    t.displayName = "CGC / PLE level";
    t.description =
        "Customized Gate Control: per-task and shared experts, one gate per task over its own and "
        "the shared experts. Stack levels (shared output on) for Progressive Layered Extraction.";
    t.params = {
        intParam("tasks", 2, 1, 64, "Tasks", "Number of tasks (one input and one output each)."),
        intParam("specific", 2, 0, 256, "Experts per task", "Task-specific experts of each task."),
        intParam("shared", 4, 0, 256, "Shared experts", "Experts shared by all tasks."),
        listParam("units", {16}, 1, 65536, "Units", "Width of each expert's layers, e.g. 16."),
        choiceParam("activation", "relu", activationChoices(), "Activation",
                    "Activation of every expert layer."),
        boolParam("shared_output", false, "Shared output",
                  "Also output a shared representation (a gate over all experts) for the next "
                  "PLE level; on for every level but the last."),
    };
    t.ports = [](const Node& n) {
        PortList p;
        const long long k = std::max<long long>(1, n.getInt("tasks"));
        addNumberedPorts(p.inputs, "in", k, PortKind::Features, "input", true);
        p.inputs.push_back({"shared", PortKind::Features, true, "input of the shared experts"});
        addNumberedPorts(p.outputs, "out", k, PortKind::Features, "mixed experts", true);
        if (n.getBool("shared_output"))
            p.outputs.push_back(
                {"shared_out", PortKind::Features, true,
                 "all experts mixed by the shared gate (next level's shared input)"});
        return p;
    };
    t.infer = [](InferContext& c) {
        const Node& n = c.node;
        const long long tasks = n.getInt("tasks"), specific = n.getInt("specific"),
                        shared = n.getInt("shared");
        if (tasks < 1) {
            c.error(Issue::Kind::BadParam, "", "needs at least one task");
            return;
        }
        if (specific < 0 || shared < 0 || specific + shared < 1) {
            c.error(
                Issue::Kind::BadParam, "",
                "each task's gate needs at least one expert: set 'specific' or 'shared' above 0");
            return;
        }
        if (n.getList("units").empty()) {
            c.error(Issue::Kind::BadParam, "", "parameter 'units' needs at least one value");
            return;
        }
        if (!c.allInputs()) return;
        Shape s;
        s.dim = n.getList("units").back();
        c.out.assign(c.ports.outputs.size(), s);
    };
    t.create = [](const LayerInit& li) -> std::unique_ptr<Layer> {
        return std::make_unique<CgcLayer>(li);
    };
    r.add(std::move(t));
}

}  // namespace mtl
