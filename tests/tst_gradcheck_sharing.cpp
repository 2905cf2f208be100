// Finite-difference gradient checks (double precision) of ple.cgc, sharing.cross_stitch and
// sharing.l2 inside small compiled graphs.
#include <QtTest>

#include "GradCheck.h"
#include "graph/Graph.h"
#include "nn/Model.h"

using namespace mtl;

namespace {

enum class In { Dense, OneHot, Embedding };

struct Built {
    Dataset data;
    std::unique_ptr<Model> model;
};

std::vector<TaskInfo> tasksFor(int n) {
    std::vector<TaskInfo> t;
    for (int i = 0; i < n; ++i)
        t.push_back({"t" + std::to_string(i), i % 2 ? TaskKind::Regression : TaskKind::Binary});
    return t;
}

NodeId addInput(Graph& g, In kind) {
    NodeId id = g.addNode("input.features", "input");
    g.setParam(id, "encoding",
               ParamValue::ofString(kind == In::Embedding ? "embedding" : "onehot"));
    g.setParam(id, "embedding_dim", ParamValue::ofInt(2));
    return id;
}

NodeId addDense(Graph& g, const std::string& name, std::vector<int> units, const std::string& act,
                const std::string& outAct) {
    NodeId id = g.addNode("layer.dense", name);
    g.setParam(id, "units", ParamValue::ofList(std::move(units)));
    g.setParam(id, "activation", ParamValue::ofString(act));
    g.setParam(id, "output_activation", ParamValue::ofString(outAct));
    return id;
}

// A width-1 tower (identity logit) and the head of task `k` reading node `from`.`port`.
void addHead(Graph& g, NodeId from, const std::string& port, int k) {
    const std::string s = std::to_string(k);
    NodeId tower = addDense(g, "tower" + s, {1}, "identity", "identity");
    g.connect(from, port, tower, "x");
    NodeId head = g.addNode(k % 2 ? "task.regression" : "task.binary", "head" + s);
    g.setParam(head, "task", ParamValue::ofString("t" + s));
    g.connect(tower, "y", head, "x");
}

NodeId addCgc(Graph& g, const std::string& name, int tasks, int specific, int shared,
              std::vector<int> units, const std::string& act, bool sharedOut) {
    NodeId id = g.addNode("ple.cgc", name);
    g.setParam(id, "tasks", ParamValue::ofInt(tasks));
    g.setParam(id, "specific", ParamValue::ofInt(specific));
    g.setParam(id, "shared", ParamValue::ofInt(shared));
    g.setParam(id, "units", ParamValue::ofList(std::move(units)));
    g.setParam(id, "activation", ParamValue::ofString(act));
    g.setParam(id, "shared_output", ParamValue::ofBool(sharedOut));
    return id;
}

Built compile(Graph& g, In kind, int tasks, unsigned seed = 5) {
    Built b;
    const std::vector<int> cards =
        kind == In::Dense ? std::vector<int>{} : std::vector<int>{3, 4, 5};
    b.data = test::randomDataset(kind == In::Dense ? 5 : 3, cards, tasksFor(tasks), 24, seed);
    Model::bindInputs(g, b.data.schema);
    b.model = Model::compile(g, b.data.schema, seed);
    return b;
}

void check(Built& b, const char* what) {
    // Gates start near uniform (weights x0.1) and towers small, so their gradients would sit
    // under the harness's 1e-4 denominator floor; sharpen them so the check has teeth.
    for (Param* p : b.model->params()) {
        if (p->name.find(".gate.") != std::string::npos) p->value *= 10;
        if (p->name.rfind("tower", 0) == 0) p->value *= 3;
    }
    test::GradCheckReport rep = test::gradCheck(*b.model, b.data, 12);
    qInfo("%s: %s", what, rep.summary().c_str());
    QVERIFY2(rep.checked > 0, what);
    QVERIFY2(rep.maxRelErr < 1e-5, (std::string(what) + ": " + rep.summary()).c_str());
}

bool hasParam(Model& m, const std::string& name) {
    for (Param* p : m.params())
        if (p->name == name) return true;
    return false;
}

}  // namespace

class TestGradcheckSharing : public QObject {
    Q_OBJECT
private slots:
    // One CGC level, every input from the same port: the fused path (one expert stack).
    void cgcFused_data() {
        QTest::addColumn<int>("input");
        QTest::addColumn<bool>("sharedOut");
        QTest::addColumn<bool>("bottom");
        QTest::newRow("dense") << int(In::Dense) << false << false;
        QTest::newRow("dense+bottom") << int(In::Dense) << false << true;
        QTest::newRow("dense+bottom,shared_out") << int(In::Dense) << true << true;
        QTest::newRow("onehot") << int(In::OneHot) << false << false;
        QTest::newRow("onehot,shared_out") << int(In::OneHot) << true << false;
        QTest::newRow("embedding") << int(In::Embedding) << false << false;
        QTest::newRow("embedding,shared_out") << int(In::Embedding) << true << false;
    }
    void cgcFused() {
        QFETCH(int, input);
        QFETCH(bool, sharedOut);
        QFETCH(bool, bottom);
        Graph g;
        NodeId src = addInput(g, In(input));
        std::string port = "x";
        if (bottom) {
            NodeId b = addDense(g, "bottom", {6}, "tanh", "tanh");
            g.connect(src, "x", b, "x");
            src = b;
            port = "y";
        }
        NodeId c = addCgc(g, "cgc", 2, 2, 3, {4, 3}, "tanh", sharedOut);
        for (const char* p : {"in0", "in1", "shared"}) g.connect(src, port, c, p);
        addHead(g, c, "out0", 0);
        addHead(g, c, "out1", 1);
        if (sharedOut) addHead(g, c, "shared_out", 2);
        Built b = compile(g, In(input), sharedOut ? 3 : 2);
        QVERIFY(hasParam(*b.model, "cgc.all.experts.fc0.W"));
        QVERIFY(hasParam(*b.model, "cgc.all.gate.W"));
        check(b, "cgc fused");
    }

    // Two PLE levels: level 1 (shared output) is fused, level 2 reads three different ports.
    void ple2_data() {
        QTest::addColumn<int>("input");
        QTest::addColumn<QString>("act");
        QTest::newRow("dense,tanh") << int(In::Dense) << "tanh";
        QTest::newRow("dense,relu") << int(In::Dense) << "relu";
        QTest::newRow("onehot,tanh") << int(In::OneHot) << "tanh";
        QTest::newRow("embedding,tanh") << int(In::Embedding) << "tanh";
        QTest::newRow("dense,sigmoid") << int(In::Dense) << "sigmoid";
    }
    void ple2() {
        QFETCH(int, input);
        QFETCH(QString, act);
        Graph g;
        NodeId x = addInput(g, In(input));
        NodeId l1 = addCgc(g, "l1", 2, 2, 2, {5}, act.toStdString(), true);
        for (const char* p : {"in0", "in1", "shared"}) g.connect(x, "x", l1, p);
        NodeId l2 = addCgc(g, "l2", 2, 1, 2, {4, 3}, act.toStdString(), false);
        g.connect(l1, "out0", l2, "in0");
        g.connect(l1, "out1", l2, "in1");
        g.connect(l1, "shared_out", l2, "shared");
        addHead(g, l2, "out0", 0);
        addHead(g, l2, "out1", 1);
        Built b = compile(g, In(input), 2);
        QVERIFY(hasParam(*b.model, "l2.task0.experts.fc0.W"));
        QVERIFY(hasParam(*b.model, "l2.shared.experts.fc0.W"));
        QVERIFY(hasParam(*b.model, "l2.task1.gate.W"));
        QVERIFY(!hasParam(*b.model, "l2.shared.gate.W"));  // no shared gate on the last level
        check(b, "ple2");
    }

    // Partly shared sources (in0 and shared from one port) and three tasks, with shared output.
    void cgcPartlyShared() {
        Graph g;
        NodeId x = addInput(g, In::Dense);
        NodeId a = addDense(g, "a", {4}, "tanh", "tanh");
        NodeId b2 = addDense(g, "b", {3}, "tanh", "tanh");
        g.connect(x, "x", a, "x");
        g.connect(x, "x", b2, "x");
        NodeId c = addCgc(g, "cgc", 3, 1, 2, {3}, "tanh", true);
        g.connect(a, "y", c, "in0");
        g.connect(a, "y", c, "shared");
        g.connect(b2, "y", c, "in1");
        g.connect(x, "x", c, "in2");
        for (int k = 0; k < 3; ++k) addHead(g, c, "out" + std::to_string(k), k);
        addHead(g, c, "shared_out", 3);
        Built m = compile(g, In::Dense, 4);
        QVERIFY(hasParam(*m.model, "cgc.task0_shared.experts.fc0.W"));
        QVERIFY(hasParam(*m.model, "cgc.task2.gate.W"));
        check(m, "cgc partly shared");
    }

    // Only specific experts / only shared experts.
    void cgcDegenerate_data() {
        QTest::addColumn<int>("specific");
        QTest::addColumn<int>("shared");
        QTest::newRow("no shared experts") << 2 << 0;
        QTest::newRow("no specific experts") << 0 << 3;
    }
    void cgcDegenerate() {
        QFETCH(int, specific);
        QFETCH(int, shared);
        Graph g;
        NodeId x = addInput(g, In::Dense);
        NodeId a = addDense(g, "a", {4}, "tanh", "tanh");
        g.connect(x, "x", a, "x");
        NodeId c = addCgc(g, "cgc", 2, specific, shared, {3}, "tanh", true);
        g.connect(a, "y", c, "in0");
        g.connect(x, "x", c, "in1");
        g.connect(a, "y", c, "shared");
        addHead(g, c, "out0", 0);
        addHead(g, c, "out1", 1);
        addHead(g, c, "shared_out", 2);
        Built m = compile(g, In::Dense, 3);
        check(m, "cgc degenerate");
    }

    void crossStitch_data() {
        QTest::addColumn<int>("tasks");
        QTest::addColumn<int>("input");
        QTest::newRow("2 tasks") << 2 << int(In::Dense);
        QTest::newRow("3 tasks") << 3 << int(In::Dense);
        QTest::newRow("3 tasks, embedding") << 3 << int(In::Embedding);
    }
    void crossStitch() {
        QFETCH(int, tasks);
        QFETCH(int, input);
        Graph g;
        NodeId x = addInput(g, In(input));
        NodeId cs = g.addNode("sharing.cross_stitch", "stitch");
        g.setParam(cs, "tasks", ParamValue::ofInt(tasks));
        g.setParam(cs, "self_weight", ParamValue::ofReal(0.6));
        for (int k = 0; k < tasks; ++k) {
            NodeId d = addDense(g, "net" + std::to_string(k), {4}, "tanh", "tanh");
            g.connect(x, "x", d, "x");
            g.connect(d, "y", cs, "in" + std::to_string(k));
            NodeId d2 = addDense(g, "post" + std::to_string(k), {3}, "tanh", "tanh");
            g.connect(cs, "out" + std::to_string(k), d2, "x");
            addHead(g, d2, "y", k);
        }
        Built m = compile(g, In(input), tasks);
        check(m, "cross-stitch");
    }

    // Cross-stitch fed straight from the sparse one-hot input (no input gradient) and with two
    // of its inputs bound to the same port (their gradients accumulate in one buffer).
    void crossStitchSparseAndSameSource() {
        Graph g;
        NodeId x = addInput(g, In::OneHot);
        NodeId cs = g.addNode("sharing.cross_stitch", "stitch");
        g.setParam(cs, "tasks", ParamValue::ofInt(3));
        NodeId d = addDense(g, "d", {15}, "tanh", "tanh");  // 3 numeric + 3+4+5 one-hot = 15
        g.connect(x, "x", d, "x");
        g.connect(x, "x", cs, "in0");
        g.connect(d, "y", cs, "in1");
        g.connect(d, "y", cs, "in2");
        for (int k = 0; k < 3; ++k) addHead(g, cs, "out" + std::to_string(k), k);
        Built m = compile(g, In::OneHot, 3);
        check(m, "cross-stitch sparse/same source");
    }

    void l2Sharing_data() {
        QTest::addColumn<int>("input");
        QTest::newRow("dense") << int(In::Dense);
        QTest::newRow("onehot") << int(In::OneHot);
    }
    void l2Sharing() {
        QFETCH(int, input);
        Graph g;
        NodeId x = addInput(g, In(input));
        NodeId a = addDense(g, "netA", {4, 3}, "tanh", "tanh");
        NodeId b = addDense(g, "netB", {4, 3}, "tanh", "tanh");
        g.connect(x, "x", a, "x");
        g.connect(x, "x", b, "x");
        addHead(g, a, "y", 0);
        addHead(g, b, "y", 1);
        NodeId l2 = g.addNode("sharing.l2", "tie");
        g.setParam(l2, "alpha", ParamValue::ofReal(0.3));
        g.connect(a, "y", l2, "a");
        g.connect(b, "y", l2, "b");
        Built m = compile(g, In(input), 2);
        std::vector<int> rows(12);
        for (int i = 0; i < 12; ++i) rows[i] = i;
        Rng rng(1);
        m.model->forward(m.data, rows.data(), 12, true, rng);
        QVERIFY(m.model->lastRegLoss() > 1e-3);  // the penalty is a real part of the loss
        check(m, "l2 sharing");
    }

    // The regulariser tying two CGC levels' parameters (built in link(), before the L2 node's).
    void l2SharingCgc() {
        Graph g;
        NodeId x = addInput(g, In::Dense);
        NodeId c1 = addCgc(g, "c1", 2, 1, 1, {3}, "tanh", false);
        NodeId c2 = addCgc(g, "c2", 2, 1, 1, {3}, "tanh", false);
        for (const char* p : {"in0", "in1", "shared"}) {
            g.connect(x, "x", c1, p);
            g.connect(x, "x", c2, p);
        }
        NodeId add0 = g.addNode("op.add", "add0");
        NodeId add1 = g.addNode("op.add", "add1");
        g.connect(c1, "out0", add0, "in0");
        g.connect(c2, "out0", add0, "in1");
        g.connect(c1, "out1", add1, "in0");
        g.connect(c2, "out1", add1, "in1");
        addHead(g, add0, "y", 0);
        addHead(g, add1, "y", 1);
        NodeId l2 = g.addNode("sharing.l2", "tie");
        g.setParam(l2, "alpha", ParamValue::ofReal(0.5));
        g.connect(c1, "out0", l2, "a");
        g.connect(c2, "out1", l2, "b");
        Built m = compile(g, In::Dense, 2);
        check(m, "l2 sharing of cgc");
    }
};

QTEST_APPLESS_MAIN(TestGradcheckSharing)
#include "tst_gradcheck_sharing.moc"
