#pragma once
// The cases of the export tests (tst_export_torch, tst_export_onnx): every template and variants
// with embeddings, static and 8-expert DSelect-k gates, Top-k with the importance loss, dropout,
// regression heads and a hand-built graph; a small data set of the template schema's layout; and
// a model trained briefly on it, captured with its optimizer state.
#include <QString>
#include <cmath>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "graph/Registry.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "train/Trainer.h"

namespace export_test {

using namespace mtl;

// 6 numeric columns, two categorical fields (3 and 5 values), the schema's tasks; about a tenth
// of the labels missing.
inline Dataset makeData(const DataSchema& schema, int rows, unsigned long long seed) {
    Dataset d;
    d.schema = schema;
    Rng rng(seed);
    std::normal_distribution<double> nd;
    std::uniform_real_distribution<double> u;
    d.numeric.resize(schema.numeric(), rows);
    d.categorical.resize(schema.fields(), rows);
    d.labels.resize(static_cast<Eigen::Index>(schema.tasks.size()), rows);
    for (int r = 0; r < rows; ++r) {
        double s = 0;
        for (int i = 0; i < schema.numeric(); ++i) {
            d.numeric(i, r) = static_cast<float>(nd(rng));
            s += d.numeric(i, r) * (i % 2 ? 1 : -0.5);
        }
        for (int f = 0; f < schema.fields(); ++f) {
            d.categorical(f, r) = static_cast<int32_t>(rng() % schema.cardinalities[f]);
            s += d.categorical(f, r) == 1 ? 0.8 : 0.0;
        }
        for (size_t t = 0; t < schema.tasks.size(); ++t) {
            const double v = s * (t ? -0.7 : 1.0) + 0.5 * nd(rng);
            float label = schema.tasks[t].kind == TaskKind::Binary ? (v > 0 ? 1.f : 0.f)
                                                                   : static_cast<float>(v);
            if (u(rng) < 0.1) label = std::nanf("");
            d.labels(static_cast<Eigen::Index>(t), r) = label;
        }
    }
    d.check();
    return d;
}

inline DataSchema baseSchema(TaskKind kind) {
    DataSchema s;
    for (int i = 0; i < 6; ++i) s.numericNames.push_back("x" + std::to_string(i));
    s.categoricalNames = {"colour", "shape"};
    s.cardinalities = {3, 5};
    s.tasks = {{"task1", kind}, {"task2", kind}};
    return s;
}

struct Case {
    std::string name, key;
    TemplateOptions options;
    // Parameters that templates do not set: (node kind, parameter, value).
    std::vector<std::tuple<std::string, std::string, ParamValue>> set = {};
    bool randomInTraining = false;  // noise or dropout: training-mode predictions not compared
    Graph (*build)(const DataSchema&) = nullptr;  // a hand-built graph instead of the template
};

// A graph no template makes: concatenation and sum of two layers, a mixture of two expert
// groups of different sizes, and a CGC level whose task-0 and shared inputs share a source (so
// its experts are grouped "task0_shared" and "task1").
inline Graph handBuilt(const DataSchema& schema) {
    Graph g;
    auto add = [&](const char* type, const char* name) { return g.addNode(type, name); };
    auto list = [](std::vector<int> v) { return ParamValue::ofList(std::move(v)); };
    const NodeId in = add("input.features", "input");
    g.setParam(in, "numeric", ParamValue::ofInt(schema.numeric()));
    g.setParam(in, "categories", list(schema.cardinalities));
    const NodeId d1 = add("layer.dense", "left"), d2 = add("layer.dense", "right");
    for (NodeId d : {d1, d2}) {
        g.setParam(d, "units", list({6}));
        g.connect(in, "x", d, "x");
    }
    const NodeId cat = add("op.concat", "joined"), sum = add("op.add", "summed");
    for (NodeId n : {cat, sum}) {
        g.connect(d1, "y", n, "in0");
        g.connect(d2, "y", n, "in1");
    }
    const NodeId e1 = add("experts.group", "experts_a"), e2 = add("experts.group", "experts_b");
    g.setParam(e1, "num_experts", ParamValue::ofInt(2));
    g.setParam(e2, "num_experts", ParamValue::ofInt(3));
    for (NodeId e : {e1, e2}) g.setParam(e, "units", list({4}));
    g.connect(cat, "y", e1, "x");
    g.connect(sum, "y", e2, "x");
    const NodeId gate = add("gate.softmax", "gate");
    g.setParam(gate, "num_experts", ParamValue::ofInt(5));
    g.connect(in, "x", gate, "x");
    const NodeId mix = add("mixture", "mix");
    g.setParam(mix, "inputs", ParamValue::ofInt(2));
    g.connect(e1, "experts", mix, "experts0");
    g.connect(e2, "experts", mix, "experts1");
    g.connect(gate, "weights", mix, "gate");
    const NodeId cgc = add("ple.cgc", "cgc");
    g.setParam(cgc, "specific", ParamValue::ofInt(1));
    g.setParam(cgc, "shared", ParamValue::ofInt(2));
    g.setParam(cgc, "units", list({4}));
    g.connect(mix, "y", cgc, "in0");
    g.connect(sum, "y", cgc, "in1");
    g.connect(mix, "y", cgc, "shared");
    for (int t = 0; t < 2; ++t) {
        const std::string task = schema.tasks[static_cast<size_t>(t)].name;
        const NodeId tower = g.addNode("layer.dense", "tower_" + task);
        g.setParam(tower, "units", list({1}));
        g.setParam(tower, "output_activation", ParamValue::ofString("identity"));
        g.connect(cgc, "out" + std::to_string(t), tower, "x");
        const NodeId head = g.addNode("task.binary", task);
        g.setParam(head, "task", ParamValue::ofString(task));
        g.connect(tower, "y", head, "x");
    }
    return g;
}

inline std::vector<Case> cases() {
    std::vector<Case> out;
    auto base = [](const std::string& key, TaskKind kind = TaskKind::Binary) {
        TemplateOptions o;
        o.schema = templateSchema(key, baseSchema(kind));
        o.experts = 5;  // not a power of two: DSelect-k renormalises over the real experts
        o.expertUnits = {8, 6};
        o.towerUnits = {4};
        o.bottomUnits = {10, 6};
        o.pleSpecific = 2;
        o.pleShared = 3;
        o.pleLevels = 2;
        o.topK = 2;
        o.dselectK = 2;
        return o;
    };
    for (const TemplateInfo& t : templateList()) {
        out.push_back({t.key, t.key, base(t.key)});
        out.back().randomInTraining = t.key == "mmoe_topk";  // noisy gates
    }
    Case c{"mmoe_embedding", "mmoe", base("mmoe")};
    c.options.encoding = "embedding";
    c.options.embeddingDim = 3;
    out.push_back(c);
    c = {"ple_embedding", "ple", base("ple")};
    c.options.encoding = "embedding";
    out.push_back(c);
    c = {"mmoe_dselect_static", "mmoe_dselect", base("mmoe_dselect")};
    c.options.dselectPerExample = false;
    out.push_back(c);
    c = {"mmoe_dselect_8", "mmoe_dselect", base("mmoe_dselect")};
    c.options.experts = 8;
    out.push_back(c);
    c = {"hand_built", "", base("mmoe")};
    c.build = handBuilt;
    out.push_back(c);
    c = {"mmoe_topk_importance", "mmoe_topk", base("mmoe_topk")};
    c.options.noisyTopK = false;
    c.set = {{"gate.topk", "importance_weight", ParamValue::ofReal(0.5)}};
    out.push_back(c);
    c = {"mmoe_dropout", "mmoe", base("mmoe")};
    c.set = {{"experts.group", "dropout", ParamValue::ofReal(0.3)},
             {"layer.dense", "dropout", ParamValue::ofReal(0.2)}};
    c.randomInTraining = true;
    out.push_back(c);
    out.push_back(
        {"shared_bottom_regression", "shared_bottom", base("shared_bottom", TaskKind::Regression)});
    out.push_back({"mmoe_regression", "mmoe", base("mmoe", TaskKind::Regression)});
    return out;
}

// A model trained for two short epochs (so that no weight keeps its initial value).
inline ModelFile trainBriefly(const Case& c, Dataset& test) {
    const DataSchema& schema = c.options.schema;
    Dataset train = makeData(schema, 400, 11), valid = makeData(schema, 100, 12);
    test = makeData(schema, 256, 13);
    Graph g = c.build ? c.build(schema) : makeTemplate(c.key, c.options);
    if (!g.validate().ok()) throw std::runtime_error(c.name + ": " + g.validate().summary());
    for (const auto& [kind, key, value] : c.set)
        for (const Node& n : g.nodes())
            if (n.type == kind && !g.setParam(n.id, key, value))
                throw std::runtime_error(c.name + ": cannot set " + key);
    auto model = Model::compile(g, schema, 7);
    TrainConfig cfg;
    cfg.epochs = 2;
    cfg.batchSize = 32;
    cfg.optimizer.lr = 1e-2;
    cfg.seed = 7;
    Trainer trainer(*model, cfg);
    TrainResult r = trainer.train(train, valid);
    if (!r.ok) throw std::runtime_error(c.name + ": training failed: " + r.reason);
    return captureModel(*model, &trainer.optimizer(), cfg);
}

inline void writeRaw(const QString& path, const char* data, size_t bytes) {
    std::ofstream f(path.toStdString(), std::ios::binary);
    f.write(data, static_cast<std::streamsize>(bytes));
}

// The rows of `test` for Python, in `dir`: test_numeric.bin (row-major float32) and
// test_categorical.bin (row-major int64 codes).
inline void writeTestRows(const Dataset& test, const QString& dir) {
    std::vector<float> num;
    std::vector<long long> cat;
    for (int r = 0; r < test.rows(); ++r) {
        for (int i = 0; i < test.schema.numeric(); ++i) num.push_back(test.numeric(i, r));
        for (int f = 0; f < test.schema.fields(); ++f) cat.push_back(test.categorical(f, r));
    }
    writeRaw(dir + "/test_numeric.bin", reinterpret_cast<const char*>(num.data()), num.size() * 4);
    writeRaw(dir + "/test_categorical.bin", reinterpret_cast<const char*>(cat.data()),
             cat.size() * 8);
}

}  // namespace export_test
