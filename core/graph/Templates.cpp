#include "graph/Templates.h"

#include <stdexcept>

namespace mtl {

const std::vector<TemplateInfo>& templateList() {
    static const std::vector<TemplateInfo> list = {
        {"single", "Single-task",
         "One independent network per task: the baseline without sharing."},
        {"shared_bottom", "Shared-Bottom",
         "One shared bottom network feeding a tower per task (hard sharing)."},
        {"omoe", "OMoE", "One-gate mixture of experts: all tasks share one gated mixture."},
        {"mmoe", "MMoE",
         "Multi-gate mixture of experts (Ma et al. 2018): one gate per task over shared experts."},
        {"cgc", "CGC",
         "Customized Gate Control (Tang et al. 2020): task-specific plus shared experts."},
        {"ple", "PLE",
         "Progressive Layered Extraction: stacked CGC levels with a shared gate between levels."},
        {"esmm", "ESMM",
         "Entire Space Multi-task Model: pCTCVR = pCTR x pCVR, trained over all examples."},
        {"cross_stitch", "Cross-Stitch",
         "Per-task networks linked by cross-stitch units that learn how much to share."},
        {"l2", "L2-constrained",
         "Per-task networks whose weights are pulled together by an L2 penalty (soft sharing)."},
        {"mmoe_dselect", "MMoE + DSelect-k",
         "MMoE whose gates are DSelect-k: each task selects k experts smoothly."},
        {"mmoe_topk", "MMoE + Top-k",
         "MMoE with noisy Top-k gates: each example uses only k experts."},
    };
    return list;
}

DataSchema defaultSchema() {
    DataSchema s;
    for (int i = 0; i < 100; ++i) s.numericNames.push_back("x" + std::to_string(i));
    s.tasks = {{"task1", TaskKind::Regression}, {"task2", TaskKind::Regression}};
    return s;
}

DataSchema templateSchema(const std::string& key, DataSchema base) {
    if (key == "esmm" && (base.tasks.size() != 2 || base.tasks[0].kind != TaskKind::Binary ||
                          base.tasks[1].kind != TaskKind::Binary))
        base.tasks = {{"click", TaskKind::Binary}, {"click_and_conversion", TaskKind::Binary}};
    return base;
}

namespace {

constexpr double kCol = 240.0;  // horizontal spacing between stages
constexpr double kRow = 150.0;  // vertical spacing between parallel blocks

struct Builder {
    Graph g;
    const TemplateOptions& o;
    NodeId input = -1;
    int T = 0;
    double midY = 0;

    explicit Builder(const TemplateOptions& opt) : o(opt) {
        T = static_cast<int>(o.schema.tasks.size());
        if (T < 1) throw std::invalid_argument("a template needs at least one task");
        midY = (T - 1) * kRow;
        input = g.addNode("input.features", "input", 0, midY);
        g.setParam(input, "numeric", ParamValue::ofInt(o.schema.numeric()));
        g.setParam(input, "categories", ParamValue::ofList(o.schema.cardinalities));
        g.setParam(input, "encoding", ParamValue::ofString(o.encoding));
        g.setParam(input, "embedding_dim", ParamValue::ofInt(o.embeddingDim));
    }
    double rowY(int t) const { return 2.0 * t * kRow; }
    const std::string& task(int t) const { return o.schema.tasks[t].name; }

    NodeId dense(const std::string& name, const std::vector<int>& units, double x, double y,
                 const std::string& lastAct = "relu") {
        NodeId id = g.addNode("layer.dense", name, x, y);
        g.setParam(id, "units", ParamValue::ofList(units));
        g.setParam(id, "output_activation", ParamValue::ofString(lastAct));
        return id;
    }
    NodeId experts(const std::string& name, int n, double x, double y) {
        NodeId id = g.addNode("experts.group", name, x, y);
        g.setParam(id, "num_experts", ParamValue::ofInt(n));
        g.setParam(id, "units", ParamValue::ofList(o.expertUnits));
        g.connect(input, "x", id, "x");
        return id;
    }
    // A gate of the given type over n experts reading `from`.
    NodeId gate(const std::string& type, const std::string& name, int n, NodeId from, double x,
                double y) {
        NodeId id = g.addNode(type, name, x, y);
        g.setParam(id, "num_experts", ParamValue::ofInt(n));
        if (type == "gate.topk") {
            g.setParam(id, "k", ParamValue::ofInt(o.topK));
            g.setParam(id, "noisy", ParamValue::ofBool(o.noisyTopK));
        } else if (type == "gate.dselect") {
            g.setParam(id, "k", ParamValue::ofInt(o.dselectK));
            g.setParam(id, "gamma", ParamValue::ofReal(o.dselectGamma));
            g.setParam(id, "per_example", ParamValue::ofBool(o.dselectPerExample));
        }
        const bool needsInput = !(type == "gate.dselect" && !o.dselectPerExample);
        if (needsInput) g.connect(from, "x", id, "x");
        return id;
    }
    NodeId mixture(const std::string& name, NodeId ex, NodeId gt, double x, double y) {
        NodeId id = g.addNode("mixture", name, x, y);
        g.connect(ex, "experts", id, "experts0");
        g.connect(gt, "weights", id, "gate");
        return id;
    }
    // Tower (hidden layers + a 1-unit logit/value layer) and the task head, reading `from.port`.
    NodeId towerAndHead(int t, NodeId from, const std::string& port, double x, double y) {
        std::vector<int> units = o.towerUnits;
        units.push_back(1);
        NodeId tw = dense("tower_" + task(t), units, x, y, "identity");
        g.connect(from, port, tw, "x");
        return head(t, tw, x + kCol, y);
    }
    NodeId head(int t, NodeId from, double x, double y) {
        const bool bin = o.schema.tasks[t].kind == TaskKind::Binary;
        NodeId h = g.addNode(bin ? "task.binary" : "task.regression", task(t), x, y);
        g.setParam(h, "task", ParamValue::ofString(task(t)));
        g.connect(from, "y", h, "x");
        return h;
    }
};

void mmoeLike(Builder& b, const std::string& gateType) {
    const int n = b.o.experts;
    NodeId ex = b.experts("experts", n, kCol, b.midY);
    for (int t = 0; t < b.T; ++t) {
        NodeId gt = b.gate(gateType, "gate_" + b.task(t), n, b.input, kCol,
                           b.rowY(t) + (t == 0 ? -kRow : kRow));
        NodeId mx = b.mixture("mix_" + b.task(t), ex, gt, 2 * kCol, b.rowY(t));
        b.towerAndHead(t, mx, "y", 3 * kCol, b.rowY(t));
    }
}

}  // namespace

Graph makeTemplate(const std::string& key, const TemplateOptions& o) {
    Builder b(o);
    Graph& g = b.g;
    const int T = b.T;
    if (key == "single") {
        for (int t = 0; t < T; ++t) {
            NodeId d = b.dense("net_" + b.task(t), o.bottomUnits, kCol, b.rowY(t));
            g.connect(b.input, "x", d, "x");
            b.towerAndHead(t, d, "y", 2 * kCol, b.rowY(t));
        }
    } else if (key == "shared_bottom") {
        NodeId d = b.dense("bottom", o.bottomUnits, kCol, b.midY);
        g.connect(b.input, "x", d, "x");
        for (int t = 0; t < T; ++t) b.towerAndHead(t, d, "y", 2 * kCol, b.rowY(t));
    } else if (key == "omoe") {
        NodeId ex = b.experts("experts", o.experts, kCol, b.midY - kRow / 2);
        NodeId gt =
            b.gate("gate.softmax", "gate", o.experts, b.input, kCol, b.midY + kRow / 2 + 40);
        NodeId mx = b.mixture("mix", ex, gt, 2 * kCol, b.midY);
        for (int t = 0; t < T; ++t) b.towerAndHead(t, mx, "y", 3 * kCol, b.rowY(t));
    } else if (key == "mmoe") {
        mmoeLike(b, "gate.softmax");
    } else if (key == "mmoe_dselect") {
        mmoeLike(b, "gate.dselect");
    } else if (key == "mmoe_topk") {
        mmoeLike(b, "gate.topk");
    } else if (key == "cgc" || key == "ple") {
        const int levels = key == "cgc" ? 1 : std::max(1, o.pleLevels);
        NodeId prev = -1;
        for (int l = 0; l < levels; ++l) {
            NodeId c = g.addNode("ple.cgc", levels == 1 ? "cgc" : "level" + std::to_string(l + 1),
                                 (1 + l) * kCol, b.midY);
            g.setParam(c, "tasks", ParamValue::ofInt(T));
            g.setParam(c, "specific", ParamValue::ofInt(o.pleSpecific));
            g.setParam(c, "shared", ParamValue::ofInt(o.pleShared));
            g.setParam(c, "units", ParamValue::ofList(o.expertUnits));
            g.setParam(c, "shared_output", ParamValue::ofBool(l + 1 < levels));
            for (int t = 0; t < T; ++t)
                g.connect(prev < 0 ? b.input : prev, prev < 0 ? "x" : "out" + std::to_string(t), c,
                          "in" + std::to_string(t));
            g.connect(prev < 0 ? b.input : prev, prev < 0 ? "x" : "shared_out", c, "shared");
            prev = c;
        }
        for (int t = 0; t < T; ++t)
            b.towerAndHead(t, prev, "out" + std::to_string(t), (1 + levels) * kCol, b.rowY(t));
    } else if (key == "esmm") {
        if (T != 2 || o.schema.tasks[0].kind != TaskKind::Binary ||
            o.schema.tasks[1].kind != TaskKind::Binary)
            throw std::invalid_argument(
                "ESMM needs two binary tasks: a first-stage task (e.g. click) and "
                "the joint task (e.g. click and conversion)");
        std::vector<int> units = o.towerUnits;
        units.push_back(1);
        NodeId bottom = b.dense("bottom", o.bottomUnits, kCol, b.midY);
        g.connect(b.input, "x", bottom, "x");
        NodeId ctrTower = b.dense("tower_" + b.task(0), units, 2 * kCol, b.rowY(0), "identity");
        g.connect(bottom, "y", ctrTower, "x");
        NodeId ctr = b.head(0, ctrTower, 3 * kCol, b.rowY(0));
        NodeId cvrTower = b.dense("tower_cvr", units, 2 * kCol, b.rowY(1), "identity");
        g.connect(bottom, "y", cvrTower, "x");
        NodeId cvr = g.addNode("task.binary", "cvr", 3 * kCol, b.rowY(1));
        g.setParam(cvr, "task", ParamValue::ofString(b.task(1) + "_given_" + b.task(0)));
        g.setParam(cvr, "loss_weight", ParamValue::ofReal(0.0));
        g.connect(cvrTower, "y", cvr, "x");
        NodeId mul = g.addNode("op.multiply", "ctcvr_product", 4 * kCol, b.midY);
        g.connect(ctr, "p", mul, "in0");
        g.connect(cvr, "p", mul, "in1");
        NodeId joint = g.addNode("task.binary", b.task(1), 5 * kCol, b.midY);
        g.setParam(joint, "task", ParamValue::ofString(b.task(1)));
        g.setParam(joint, "from_probability", ParamValue::ofBool(true));
        g.connect(mul, "y", joint, "x");
    } else if (key == "cross_stitch" || key == "l2") {
        // Two hidden layers per task (columns 1 and 3); cross-stitch units (or L2 penalties)
        // between the tasks' corresponding layers (columns 2 and 4).
        const int h1 = o.bottomUnits.front();
        const int h2 = o.bottomUnits.size() > 1 ? o.bottomUnits[1] : std::max(1, h1 / 2);
        std::vector<NodeId> l1(T), l2(T);
        const bool cs = key == "cross_stitch";
        NodeId cs1 = -1, cs2 = -1;
        for (int t = 0; t < T; ++t) {
            l1[t] = b.dense("layer1_" + b.task(t), {h1}, kCol, b.rowY(t));
            g.connect(b.input, "x", l1[t], "x");
            l2[t] = b.dense("layer2_" + b.task(t), {h2}, 3 * kCol, b.rowY(t));
        }
        if (cs && T > 1) {
            cs1 = g.addNode("sharing.cross_stitch", "stitch1", 2 * kCol, b.midY);
            cs2 = g.addNode("sharing.cross_stitch", "stitch2", 4 * kCol, b.midY);
            for (NodeId c : {cs1, cs2}) {
                g.setParam(c, "tasks", ParamValue::ofInt(T));
                g.setParam(c, "self_weight", ParamValue::ofReal(o.crossStitchSelf));
            }
        }
        for (int t = 0; t < T; ++t) {
            const std::string k = std::to_string(t);
            if (cs1 >= 0) {
                g.connect(l1[t], "y", cs1, "in" + k);
                g.connect(cs1, "out" + k, l2[t], "x");
                g.connect(l2[t], "y", cs2, "in" + k);
                b.towerAndHead(t, cs2, "out" + k, 5 * kCol, b.rowY(t));
            } else {
                g.connect(l1[t], "y", l2[t], "x");
                b.towerAndHead(t, l2[t], "y", 5 * kCol, b.rowY(t));
            }
        }
        if (!cs) {
            for (int t = 0; t + 1 < T; ++t) {
                const std::string k = std::to_string(t + 1);
                for (int layer = 0; layer < 2; ++layer) {
                    const auto& nodes = layer == 0 ? l1 : l2;
                    NodeId pen =
                        g.addNode("sharing.l2", "l2_layer" + std::to_string(layer + 1) + "_" + k,
                                  (2 + 2 * layer) * kCol, (t + 0.5) * 2 * kRow);
                    g.setParam(pen, "alpha", ParamValue::ofReal(o.l2Alpha));
                    g.connect(nodes[t], "y", pen, "a");
                    g.connect(nodes[t + 1], "y", pen, "b");
                }
            }
        }
    } else {
        throw std::invalid_argument("unknown template '" + key + "'");
    }
    return g;
}

}  // namespace mtl
