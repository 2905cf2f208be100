// Finite-difference gradient checks (double-precision engine) for the basic blocks and for every
// architecture template. See GradCheck.h for the tolerance argument.
#include <QtTest>

#include "GradCheck.h"
#include "graph/Templates.h"

using namespace mtl;
using mtl::test::gradCheck;
using mtl::test::randomDataset;

namespace {
constexpr double kTol = 1e-5;

std::unique_ptr<Model> compile(Graph& g, const Dataset& d, unsigned long long seed = 3) {
    Model::bindInputs(g, d.schema);
    return Model::compile(g, d.schema, seed);
}

NodeId addInput(Graph& g, const std::string& encoding = "onehot") {
    NodeId in = g.addNode("input.features", "input");
    g.setParam(in, "encoding", ParamValue::ofString(encoding));
    g.setParam(in, "embedding_dim", ParamValue::ofInt(3));
    return in;
}

NodeId addDense(Graph& g, NodeId from, const std::string& port, const std::string& name,
                std::vector<int> units) {
    NodeId n = g.addNode("layer.dense", name);
    g.setParam(n, "units", ParamValue::ofList(std::move(units)));
    g.connect(from, port, n, "x");
    return n;
}

NodeId addHead(Graph& g, NodeId from, const std::string& port, const std::string& task,
               bool binary = true) {
    NodeId t = addDense(g, from, port, "tower_" + task, {3, 1});
    g.setParam(t, "output_activation", ParamValue::ofString("identity"));
    NodeId h = g.addNode(binary ? "task.binary" : "task.regression", task);
    g.setParam(h, "task", ParamValue::ofString(task));
    g.connect(t, "y", h, "x");
    return h;
}

// A softmax gate reading gateInput mixes the expert groups (experts0, experts1, ...) of
// `experts` experts in all; returns the mixture.
NodeId addSoftmaxMixture(Graph& g, NodeId gateInput, const std::vector<NodeId>& groups,
                         int experts) {
    NodeId gt = g.addNode("gate.softmax", "gate");
    g.setParam(gt, "num_experts", ParamValue::ofInt(experts));
    g.connect(gateInput, "x", gt, "x");
    NodeId mx = g.addNode("mixture", "mix");
    if (groups.size() > 1) g.setParam(mx, "inputs", ParamValue::ofInt(int(groups.size())));
    for (size_t k = 0; k < groups.size(); ++k)
        g.connect(groups[k], "experts", mx, "experts" + std::to_string(k));
    g.connect(gt, "weights", mx, "gate");
    return mx;
}

std::vector<TaskInfo> tasks2(bool binary = true) {
    const TaskKind k = binary ? TaskKind::Binary : TaskKind::Regression;
    return {{"a", k}, {"b", k}};
}

#define CHECK_GRADS(model, data, batch)                        \
    do {                                                       \
        auto rep = gradCheck(*(model), (data), (batch));       \
        QVERIFY2(rep.checked > 0, "nothing was checked");      \
        QVERIFY2(rep.maxRelErr < kTol, rep.summary().c_str()); \
    } while (0)
}  // namespace

class TestGradcheckLayers : public QObject {
    Q_OBJECT
private slots:
    void denseActivations_data() {
        QTest::addColumn<QString>("act");
        for (const char* a : {"relu", "tanh", "sigmoid", "identity"}) QTest::newRow(a) << a;
    }
    void denseActivations() {
        QFETCH(QString, act);
        Dataset d = randomDataset(5, {}, tasks2(), 16, 1);
        Graph g;
        NodeId in = addInput(g);
        NodeId dn = addDense(g, in, "x", "mlp", {6, 4});
        g.setParam(dn, "activation", ParamValue::ofString(act.toStdString()));
        g.setParam(dn, "output_activation", ParamValue::ofString(act.toStdString()));
        addHead(g, dn, "y", "a");
        addHead(g, dn, "y", "b");
        auto m = compile(g, d);
        CHECK_GRADS(m, d, 16);
    }
    void denseWithDropout() {
        Dataset d = randomDataset(5, {}, tasks2(), 16, 2);
        Graph g;
        NodeId in = addInput(g);
        NodeId dn = addDense(g, in, "x", "mlp", {8, 6});
        g.setParam(dn, "dropout", ParamValue::ofReal(0.3));
        addHead(g, dn, "y", "a");
        addHead(g, dn, "y", "b");
        auto m = compile(g, d);
        CHECK_GRADS(m, d, 16);
    }
    // Three towers of different widths on one hidden layer (one with dropout, one tanh) run their
    // first products as one (SiblingProducts); the hidden layer's gradient is their fused sum.
    void siblingTowers() {
        Dataset d = randomDataset(
            5, {}, {{"a", TaskKind::Binary}, {"b", TaskKind::Binary}, {"c", TaskKind::Regression}},
            16, 4);
        Graph g;
        NodeId in = addInput(g);
        NodeId dn = addDense(g, in, "x", "bottom", {7});
        addHead(g, dn, "y", "a");
        addHead(g, dn, "y", "b");
        addHead(g, dn, "y", "c", false);
        g.setParam(g.findByName("tower_b")->id, "units", ParamValue::ofList({5, 2, 1}));
        g.setParam(g.findByName("tower_b")->id, "dropout", ParamValue::ofReal(0.25));
        g.setParam(g.findByName("tower_c")->id, "units", ParamValue::ofList({2, 1}));
        g.setParam(g.findByName("tower_c")->id, "activation", ParamValue::ofString("tanh"));
        auto m = compile(g, d);
        const std::vector<std::vector<std::string>> groups = m->siblingGroups();
        QCOMPARE(groups.size(), size_t(1));
        QCOMPARE(groups[0].size(), size_t(3));
        CHECK_GRADS(m, d, 16);
    }
    // An expert group (deep experts, dropout) and a dense layer reading one hidden layer are
    // siblings too: the experts' fused first layer and the dense layer's run as one product.
    void expertGroupAndDenseSiblings() {
        Dataset d = randomDataset(5, {}, tasks2(), 16, 6);
        Graph g;
        NodeId in = addInput(g);
        NodeId dn = addDense(g, in, "x", "bottom", {6});
        NodeId ex = g.addNode("experts.group", "experts");
        g.setParam(ex, "num_experts", ParamValue::ofInt(3));
        g.setParam(ex, "units", ParamValue::ofList({4, 2}));
        g.setParam(ex, "dropout", ParamValue::ofReal(0.2));
        g.connect(dn, "y", ex, "x");
        NodeId side = addDense(g, dn, "y", "side", {3});
        g.setParam(side, "activation", ParamValue::ofString("sigmoid"));
        NodeId mx = addSoftmaxMixture(g, in, {ex}, 3);  // the gate reads the input
        addHead(g, mx, "y", "a");
        addHead(g, side, "y", "b");
        auto m = compile(g, d);
        bool found = false;
        for (const auto& grp : m->siblingGroups())
            found = found || grp == std::vector<std::string>{"experts", "side"};
        QVERIFY2(found, "the expert group and the dense layer do not share their first product");
        CHECK_GRADS(m, d, 16);
    }
    void sparseOneHotAndEmbeddingInputs_data() {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("onehot") << "onehot";
        QTest::newRow("embedding") << "embedding";
    }
    void sparseOneHotAndEmbeddingInputs() {
        QFETCH(QString, encoding);
        Dataset d = randomDataset(2, {3, 4, 5}, tasks2(), 20, 3);
        Graph g;
        NodeId in = addInput(g, encoding.toStdString());
        NodeId ex = g.addNode("experts.group", "experts");
        g.setParam(ex, "num_experts", ParamValue::ofInt(3));
        g.setParam(ex, "units", ParamValue::ofList({4}));
        g.setParam(ex, "activation", ParamValue::ofString("tanh"));
        g.connect(in, "x", ex, "x");
        NodeId mx = addSoftmaxMixture(g, in, {ex}, 3);
        addHead(g, mx, "y", "a");
        addHead(g, mx, "y", "b");
        auto m = compile(g, d);
        CHECK_GRADS(m, d, 20);
    }
    void deepExpertsAndTwoExpertGroups() {
        Dataset d = randomDataset(6, {}, tasks2(), 12, 4);
        Graph g;
        NodeId in = addInput(g);
        NodeId e1 = g.addNode("experts.group", "deep");
        g.setParam(e1, "num_experts", ParamValue::ofInt(3));
        g.setParam(e1, "units", ParamValue::ofList({5, 4}));
        g.setParam(e1, "activation", ParamValue::ofString("sigmoid"));
        g.connect(in, "x", e1, "x");
        NodeId e2 = g.addNode("experts.group", "shallow");
        g.setParam(e2, "num_experts", ParamValue::ofInt(2));
        g.setParam(e2, "units", ParamValue::ofList({4}));
        g.connect(in, "x", e2, "x");
        NodeId mx = addSoftmaxMixture(g, in, {e1, e2}, 5);
        addHead(g, mx, "y", "a");
        addHead(g, mx, "y", "b");
        auto m = compile(g, d);
        CHECK_GRADS(m, d, 12);
    }
    void elementwiseOps_data() {
        QTest::addColumn<QString>("op");
        for (const char* o : {"op.concat", "op.add", "op.multiply"}) QTest::newRow(o) << o;
    }
    void elementwiseOps() {
        QFETCH(QString, op);
        Dataset d = randomDataset(4, {}, tasks2(false), 10, 5);
        Graph g;
        NodeId in = addInput(g);
        NodeId o = g.addNode(op.toStdString(), "op");
        g.setParam(o, "inputs", ParamValue::ofInt(3));
        for (int i = 0; i < 3; ++i) {
            NodeId dn = addDense(g, in, "x", "branch" + std::to_string(i), {4});
            g.setParam(dn, "activation", ParamValue::ofString("tanh"));
            g.setParam(dn, "output_activation", ParamValue::ofString("tanh"));
            g.connect(dn, "y", o, "in" + std::to_string(i));
        }
        addHead(g, o, "y", "a", false);
        addHead(g, o, "y", "b", false);
        auto m = compile(g, d);
        CHECK_GRADS(m, d, 10);
    }
    void headsWithMasksAndProbabilityInput() {
        // ESMM-style: p_a * p_c -> head b (from probability); head c has no loss of its own;
        // 30% of labels are missing (per-task sample masks).
        Dataset d = randomDataset(4, {}, tasks2(), 24, 6, 0.3);
        Graph g;
        NodeId in = addInput(g);
        NodeId bottom = g.addNode("layer.dense", "bottom");
        g.setParam(bottom, "units", ParamValue::ofList({6}));
        g.connect(in, "x", bottom, "x");
        NodeId ha = addHead(g, bottom, "y", "a");
        NodeId hc = addHead(g, bottom, "y", "c");
        g.setParam(hc, "loss_weight", ParamValue::ofReal(0.0));
        NodeId mul = g.addNode("op.multiply", "product");
        g.connect(ha, "p", mul, "in0");
        g.connect(hc, "p", mul, "in1");
        NodeId hb = g.addNode("task.binary", "b");
        g.setParam(hb, "task", ParamValue::ofString("b"));
        g.setParam(hb, "from_probability", ParamValue::ofBool(true));
        g.setParam(hb, "loss_weight", ParamValue::ofReal(0.7));
        g.connect(mul, "y", hb, "x");
        auto m = compile(g, d);
        CHECK_GRADS(m, d, 24);
    }
    void regressionHead() {
        Dataset d = randomDataset(4, {}, tasks2(false), 16, 7, 0.2);
        Graph g;
        NodeId in = addInput(g);
        addHead(g, in, "x", "a", false);
        addHead(g, in, "x", "b", false);
        auto m = compile(g, d);
        CHECK_GRADS(m, d, 16);
    }
    void everyTemplate_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("binary");
        QTest::addColumn<QString>("encoding");
        for (const TemplateInfo& t : templateList()) {
            QTest::newRow((t.key + "/binary/onehot").c_str())
                << QString::fromStdString(t.key) << true << "onehot";
            QTest::newRow((t.key + "/binary/embedding").c_str())
                << QString::fromStdString(t.key) << true << "embedding";
            if (t.key != "esmm")
                QTest::newRow((t.key + "/regression").c_str())
                    << QString::fromStdString(t.key) << false << "onehot";
        }
    }
    void everyTemplate() {
        QFETCH(QString, key);
        QFETCH(bool, binary);
        QFETCH(QString, encoding);
        Dataset d = randomDataset(3, {3, 4}, tasks2(binary), 12, 8);
        TemplateOptions o;
        o.schema = d.schema;
        o.encoding = encoding.toStdString();
        o.experts = 4;
        o.expertUnits = {4};
        o.towerUnits = {3};
        o.bottomUnits = {5, 4};
        o.pleSpecific = 1;
        o.pleShared = 2;
        o.topK = 2;
        o.dselectK = 2;
        o.l2Alpha = 0.1;  // large enough that the penalty's gradient matters
        Graph g = makeTemplate(key.toStdString(), o);
        auto m = compile(g, d);
        CHECK_GRADS(m, d, 12);
    }
};

QTEST_APPLESS_MAIN(TestGradcheckLayers)
#include "tst_gradcheck_layers.moc"
