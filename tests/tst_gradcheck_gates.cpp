// Finite-difference gradient checks (double precision) of gate.topk and gate.dselect inside small
// compiled graphs (input -> experts -> mixture <- gate <- input; mixture -> tower -> task), and
// exact-value checks of their outputs (one-hot DSelect selection, sums, k non-zeros for top-k).
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <map>

#include "GradCheck.h"
#include "graph/Graph.h"
#include "graph/Registry.h"
#include "nn/Model.h"

using namespace mtl;

namespace {

enum class In { Dense, OneHot, Embedding };

struct Built {
    Dataset data;
    std::unique_ptr<Model> model;
};

using Params = std::map<std::string, ParamValue>;

// input -> experts.group(n, tanh) -> mixture <- gate <- input; mixture -> tower(4,1) ->
// task.binary.
Built build(const std::string& gateType, int experts, const Params& gateParams, In input,
            unsigned seed = 5, int rows = 24) {
    Graph g;
    NodeId in = g.addNode("input.features", "input");
    g.setParam(in, "encoding",
               ParamValue::ofString(input == In::Embedding ? "embedding" : "onehot"));
    g.setParam(in, "embedding_dim", ParamValue::ofInt(2));
    NodeId ex = g.addNode("experts.group", "experts");
    g.setParam(ex, "num_experts", ParamValue::ofInt(experts));
    g.setParam(ex, "units", ParamValue::ofList({3}));
    g.setParam(ex, "activation", ParamValue::ofString("tanh"));
    NodeId gate = g.addNode(gateType, "gate");
    g.setParam(gate, "num_experts", ParamValue::ofInt(experts));
    for (const auto& [k, v] : gateParams) g.setParam(gate, k, v);
    NodeId mix = g.addNode("mixture", "mix");
    NodeId tower = g.addNode("layer.dense", "tower");
    g.setParam(tower, "units", ParamValue::ofList({4, 1}));
    g.setParam(tower, "activation", ParamValue::ofString("tanh"));
    g.setParam(tower, "output_activation", ParamValue::ofString("identity"));
    NodeId head = g.addNode("task.binary", "head");
    g.setParam(head, "task", ParamValue::ofString("t0"));
    g.connect(in, "x", ex, "x");
    const PortList pl = Registry::instance().find(gateType)->ports(*g.node(gate));
    if (pl.inputIndex("x") >= 0) g.connect(in, "x", gate, "x");
    g.connect(ex, "experts", mix, "experts0");
    g.connect(gate, "weights", mix, "gate");
    g.connect(mix, "y", tower, "x");
    g.connect(tower, "y", head, "x");

    Built b;
    const std::vector<int> cards = input == In::Dense ? std::vector<int>{} : std::vector<int>{3, 4};
    b.data = test::randomDataset(input == In::Dense ? 5 : 3, cards, {{"t0", TaskKind::Binary}},
                                 rows, seed);
    Model::bindInputs(g, b.data.schema);
    b.model = Model::compile(g, b.data.schema, seed);
    return b;
}

Param* findParam(Model& m, const std::string& name) {
    for (Param* p : m.params())
        if (p->name == name) return p;
    return nullptr;
}

const Mat* gateWeights(Model& m) {
    for (const GateView& v : m.gates())
        if (v.label == "gate") return v.weights;
    return nullptr;
}

// Largest |analytic gradient| over the gate's parameters (so a check whose gate gradients all sit
// under the harness's 1e-4 relative-error floor is noticed).
double maxGateGrad(Model& m, const Dataset& d, int batch) {
    std::vector<int> rows(batch);
    for (int i = 0; i < batch; ++i) rows[i] = i % d.rows();
    Rng rng(7);
    m.forward(d, rows.data(), batch, true, rng);
    m.backward();
    double mx = 0;
    for (Param* p : m.params())
        if (p->name.rfind("gate.", 0) == 0 && p->grad.size())
            mx = std::max(mx, double(p->grad.cwiseAbs().maxCoeff()));
    return mx;
}

void check(Built& b, const std::string& what, double* worst = nullptr) {
    // Towers start small; sharpen them so the gate's gradients are well above the 1e-4 floor.
    for (Param* p : b.model->params())
        if (p->name.rfind("tower", 0) == 0) p->value *= 3;
    const int batch = 12;
    const double gmax = maxGateGrad(*b.model, b.data, batch);
    test::GradCheckReport rep = test::gradCheck(*b.model, b.data, batch);
    qInfo("%s: %s (max |gate grad| %.3g, reg loss %.4g)", what.c_str(), rep.summary().c_str(), gmax,
          b.model->lastRegLoss());
    if (worst) *worst = std::max(*worst, rep.maxRelErr);
    QVERIFY2(rep.checked > 0, what.c_str());
    QVERIFY2(gmax > 1e-3, (what + ": gate gradients are too small to be checked").c_str());
    QVERIFY2(rep.maxRelErr < 1e-5, (what + ": " + rep.summary()).c_str());
}

// Smooth-step logit that gives S = 1 (bit set) or S = 0 (bit clear), well beyond +-gamma/2.
double bitLogit(bool bit, double gamma) { return bit ? gamma : -gamma; }

}  // namespace

class TestGradcheckGates : public QObject {
    Q_OBJECT
private slots:
    void topk_data() {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("experts");
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("noisy");
        QTest::addColumn<double>("importance");
        QTest::newRow("dense,k2of4") << int(In::Dense) << 4 << 2 << false << 0.0;
        QTest::newRow("dense,k2of4,noisy") << int(In::Dense) << 4 << 2 << true << 0.0;
        QTest::newRow("onehot,k2of4,noisy") << int(In::OneHot) << 4 << 2 << true << 0.0;
        QTest::newRow("embedding,k2of4") << int(In::Embedding) << 4 << 2 << false << 0.0;
        QTest::newRow("embedding,k2of4,noisy") << int(In::Embedding) << 4 << 2 << true << 0.0;
        QTest::newRow("dense,k3of8,noisy,importance") << int(In::Dense) << 8 << 3 << true << 0.5;
        QTest::newRow("embedding,k2of4,importance") << int(In::Embedding) << 4 << 2 << false << 0.5;
    }
    void topk() {
        QFETCH(int, input);
        QFETCH(int, experts);
        QFETCH(int, k);
        QFETCH(bool, noisy);
        QFETCH(double, importance);
        Built b = build("gate.topk", experts,
                        {{"k", ParamValue::ofInt(k)},
                         {"noisy", ParamValue::ofBool(noisy)},
                         {"importance_weight", ParamValue::ofReal(importance)}},
                        In(input));
        QVERIFY(findParam(*b.model, "gate.W"));
        QCOMPARE(findParam(*b.model, "gate.noise.W") != nullptr, noisy);
        // Gates start near uniform (x0.1): sharpen so the softmax over the kept entries matters.
        for (Param* p : b.model->params())
            if (p->name.rfind("gate.", 0) == 0) p->value *= 10;
        check(b, std::string("topk ") + QTest::currentDataTag(), &worstTopK_);
    }

    // The softmax gate, its column length fixed at compile time (8 and 16 experts) or not (3),
    // on each input kind.
    void softmax_data() {
        QTest::addColumn<int>("input");
        QTest::addColumn<int>("experts");
        QTest::newRow("dense,n3") << int(In::Dense) << 3;
        QTest::newRow("dense,n8") << int(In::Dense) << 8;
        QTest::newRow("onehot,n8") << int(In::OneHot) << 8;
        QTest::newRow("embedding,n16") << int(In::Embedding) << 16;
    }
    void softmax() {
        QFETCH(int, input);
        QFETCH(int, experts);
        Built b = build("gate.softmax", experts, {}, In(input));
        for (Param* p : b.model->params())
            if (p->name.rfind("gate.", 0) == 0) p->value *= 10;
        check(b, std::string("softmax ") + QTest::currentDataTag());
    }

    void dselect_data() {
        QTest::addColumn<int>("input");
        QTest::addColumn<bool>("perExample");
        QTest::addColumn<int>("experts");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("gamma");
        QTest::addColumn<double>("entropy");
        for (bool pe : {true, false}) {
            const std::string v = pe ? "per-example" : "static";
            for (int n : {8, 5}) {
                for (double gamma : {0.2, 1.0, 10.0}) {
                    const std::string tag = v + ",n" + std::to_string(n) + ",gamma" +
                                            QByteArray::number(gamma).toStdString();
                    QTest::newRow((tag + ",dense").c_str())
                        << int(In::Dense) << pe << n << 2 << gamma << 0.05;
                    if (pe)
                        QTest::newRow((tag + ",embedding").c_str())
                            << int(In::Embedding) << pe << n << 2 << gamma << 0.05;
                }
            }
            QTest::newRow((v + ",n5,k3,onehot,entropy1").c_str())
                << int(In::OneHot) << pe << 5 << 3 << 1.0 << 1.0;
            QTest::newRow((v + ",n8,k1,no entropy").c_str())
                << int(In::Dense) << pe << 8 << 1 << 1.0 << 0.0;
            QTest::newRow((v + ",n3,k2").c_str()) << int(In::Dense) << pe << 3 << 2 << 1.0 << 0.1;
            QTest::newRow((v + ",n2,k2").c_str()) << int(In::Dense) << pe << 2 << 2 << 1.0 << 0.1;
        }
    }
    void dselect() {
        QFETCH(int, input);
        QFETCH(bool, perExample);
        QFETCH(int, experts);
        QFETCH(int, k);
        QFETCH(double, gamma);
        QFETCH(double, entropy);
        Built b = build("gate.dselect", experts,
                        {{"k", ParamValue::ofInt(k)},
                         {"gamma", ParamValue::ofReal(gamma)},
                         {"per_example", ParamValue::ofBool(perExample)},
                         {"entropy_weight", ParamValue::ofReal(entropy)}},
                        In(input));
        QCOMPARE(findParam(*b.model, "gate.z") != nullptr, !perExample);
        QCOMPARE(findParam(*b.model, "gate.W") != nullptr, perExample);
        if (perExample) {
            // Spread the selector logits (mostly inside the smooth region, some saturated) and
            // make alpha matter.
            for (Param* p : b.model->params())
                if (p->name.rfind("gate.", 0) == 0) p->value *= 2;
        } else {
            Param* a = findParam(*b.model, "gate.alpha");
            for (Eigen::Index i = 0; i < a->value.size(); ++i) a->value(i) = 0.4 * double(i) - 0.3;
        }
        check(b, std::string("dselect ") + QTest::currentDataTag(), &worstDSelect_);
        // Training forward: the regulariser is on when asked for (entropy of non-one-hot
        // selectors).
        if (entropy > 0) QVERIFY(b.model->lastRegLoss() > 0);
    }

    // Static selectors with saturated logits pick known experts exactly; softmax(alpha) combines.
    void dselectStaticOneHot_data() {
        QTest::addColumn<int>("experts");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("n8: experts 5 and 2") << 8 << 5 << 2;
        QTest::newRow("n8: experts 7 and 0") << 8 << 7 << 0;
        QTest::newRow("n5: experts 4 and 3") << 5 << 4 << 3;
        QTest::newRow("n5: both expert 1") << 5 << 1 << 1;
    }
    void dselectStaticOneHot() {
        QFETCH(int, experts);
        QFETCH(int, first);
        QFETCH(int, second);
        const double gamma = 0.5;
        Built b = build("gate.dselect", experts,
                        {{"k", ParamValue::ofInt(2)},
                         {"gamma", ParamValue::ofReal(gamma)},
                         {"per_example", ParamValue::ofBool(false)},
                         {"entropy_weight", ParamValue::ofReal(0.1)}},
                        In::Dense);
        Param* z = findParam(*b.model, "gate.z");
        Param* a = findParam(*b.model, "gate.alpha");
        QVERIFY(z && a);
        const int m = 3;  // ceil(log2 n) for n = 5 and n = 8
        QCOMPARE(int(z->value.rows()), m);
        QCOMPARE(int(z->value.cols()), 2);
        for (int j = 0; j < m; ++j) {
            z->value(j, 0) = bitLogit((first >> j) & 1, gamma);
            z->value(j, 1) = bitLogit((second >> j) & 1, gamma);
        }
        a->value(0, 0) = 0.7;
        a->value(1, 0) = -0.4;
        const double e0 = std::exp(0.7), e1 = std::exp(-0.4);
        const double b0 = e0 / (e0 + e1), b1 = e1 / (e0 + e1);
        std::vector<int> rows = {0, 1, 2, 3, 4};
        Rng rng(1);
        b.model->forward(b.data, rows.data(), 5, true, rng);
        const Mat* w = gateWeights(*b.model);
        QVERIFY(w);
        QCOMPARE(int(w->rows()), experts);
        QCOMPARE(int(w->cols()), 5);
        for (int c = 0; c < 5; ++c)
            for (int i = 0; i < experts; ++i) {
                const double expect = (i == first ? b0 : 0.0) + (i == second ? b1 : 0.0);
                QVERIFY2(std::abs((*w)(i, c) - expect) < 1e-14,
                         qPrintable(QString("expert %1 column %2: %3 vs %4")
                                        .arg(i)
                                        .arg(c)
                                        .arg((*w)(i, c))
                                        .arg(expect)));
            }
        // One-hot selectors on real experts: zero entropy, zero non-existent-expert penalty.
        QCOMPARE(b.model->lastRegLoss(), 0.0);
        // Saturated selectors: no gradient reaches z (S' = 0 there), alpha still learns.
        b.model->backward();
        QCOMPARE(double(z->grad.cwiseAbs().maxCoeff()), 0.0);
        if (first != second) QVERIFY(a->grad.cwiseAbs().maxCoeff() > 0);
    }

    // n = 5: a selector saturated on a non-existent code (6 = 110b) contributes uniform weights
    // over the real experts, so the gate still sums to 1.
    void dselectNonExistentCode() {
        const double gamma = 1.0;
        Built b = build("gate.dselect", 5,
                        {{"k", ParamValue::ofInt(2)},
                         {"gamma", ParamValue::ofReal(gamma)},
                         {"per_example", ParamValue::ofBool(false)}},
                        In::Dense);
        Param* z = findParam(*b.model, "gate.z");
        Param* a = findParam(*b.model, "gate.alpha");
        for (int j = 0; j < 3; ++j) {
            z->value(j, 0) = bitLogit((6 >> j) & 1, gamma);
            z->value(j, 1) = bitLogit((3 >> j) & 1, gamma);
        }
        a->value.setZero();
        std::vector<int> rows = {0, 1, 2};
        Rng rng(1);
        b.model->forward(b.data, rows.data(), 3, false, rng);
        const Mat* w = gateWeights(*b.model);
        for (int c = 0; c < 3; ++c) {
            QVERIFY(std::abs(w->col(c).sum() - 1.0) < 1e-14);
            for (int i = 0; i < 5; ++i)
                QVERIFY(std::abs((*w)(i, c) - (0.5 * 0.2 + (i == 3 ? 0.5 : 0.0))) < 1e-14);
        }
    }

    // Random parameters: every gate column is a distribution over the real experts.
    void gateColumnsSumToOne_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("experts");
        QTest::addColumn<bool>("perExample");
        QTest::newRow("softmax n5") << "gate.softmax" << 5 << true;
        QTest::newRow("softmax n8") << "gate.softmax" << 8 << true;
        QTest::newRow("softmax n16") << "gate.softmax" << 16 << true;
        QTest::newRow("topk n5") << "gate.topk" << 5 << true;
        QTest::newRow("dselect per-example n5") << "gate.dselect" << 5 << true;
        QTest::newRow("dselect per-example n8") << "gate.dselect" << 8 << true;
        QTest::newRow("dselect static n5") << "gate.dselect" << 5 << false;
        QTest::newRow("dselect per-example n7") << "gate.dselect" << 7 << true;
        QTest::newRow("dselect per-example n1") << "gate.dselect" << 1 << true;
        QTest::newRow("dselect static n1") << "gate.dselect" << 1 << false;
        QTest::newRow("topk n1") << "gate.topk" << 1 << true;
    }
    void gateColumnsSumToOne() {
        QFETCH(QString, type);
        QFETCH(int, experts);
        QFETCH(bool, perExample);
        Params p;
        if (type == "gate.dselect") p["per_example"] = ParamValue::ofBool(perExample);
        if (type != "gate.softmax") p["k"] = ParamValue::ofInt(std::min(2, experts));
        Built b = build(type.toStdString(), experts, p, In::Dense, 9, 64);
        for (Param* q : b.model->params())
            if (q->name.rfind("gate.", 0) == 0) q->value *= 5;
        std::vector<int> rows(64);
        for (int i = 0; i < 64; ++i) rows[i] = i;
        Rng rng(3);
        for (bool training : {true, false}) {
            b.model->forward(b.data, rows.data(), 64, training, rng);
            const Mat* w = gateWeights(*b.model);
            QVERIFY(w);
            QCOMPARE(int(w->rows()), experts);
            for (int c = 0; c < 64; ++c) {
                QVERIFY2(std::abs(w->col(c).sum() - 1.0) < 1e-12,
                         qPrintable(QString::number(w->col(c).sum(), 'g', 17)));
                QVERIFY(w->col(c).minCoeff() >= 0);
            }
        }
    }

    // Top-k: exactly k non-zero weights per example, noisy or not, training or evaluation.
    void topkNonZeros_data() {
        QTest::addColumn<int>("experts");
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("noisy");
        QTest::newRow("k2of4") << 4 << 2 << false;
        QTest::newRow("k2of4,noisy") << 4 << 2 << true;
        QTest::newRow("k3of8,noisy") << 8 << 3 << true;
        QTest::newRow("k1of8") << 8 << 1 << false;
        QTest::newRow("k8of8") << 8 << 8 << true;
    }
    void topkNonZeros() {
        QFETCH(int, experts);
        QFETCH(int, k);
        QFETCH(bool, noisy);
        Built b = build("gate.topk", experts,
                        {{"k", ParamValue::ofInt(k)}, {"noisy", ParamValue::ofBool(noisy)}},
                        In::OneHot, 4, 50);
        std::vector<int> rows(50);
        for (int i = 0; i < 50; ++i) rows[i] = i;
        Rng rng(2);
        for (bool training : {true, false}) {
            b.model->forward(b.data, rows.data(), 50, training, rng);
            const Mat* w = gateWeights(*b.model);
            for (int c = 0; c < 50; ++c) {
                int nz = 0;
                for (int i = 0; i < experts; ++i) nz += (*w)(i, c) != 0;
                QCOMPARE(nz, k);
                QVERIFY(std::abs(w->col(c).sum() - 1.0) < 1e-12);
            }
        }
    }

    // Noise is drawn only while training, and changes the selection for some examples.
    void topkNoiseOnlyWhileTraining() {
        Built b = build("gate.topk", 8,
                        {{"k", ParamValue::ofInt(2)}, {"noisy", ParamValue::ofBool(true)}},
                        In::Dense, 4, 50);
        std::vector<int> rows(50);
        for (int i = 0; i < 50; ++i) rows[i] = i;
        Rng r1(1), r2(2);
        b.model->forward(b.data, rows.data(), 50, false, r1);
        const Mat eval1 = *gateWeights(*b.model);
        b.model->forward(b.data, rows.data(), 50, false, r2);
        QCOMPARE((eval1 - *gateWeights(*b.model)).cwiseAbs().maxCoeff(), 0.0);
        b.model->forward(b.data, rows.data(), 50, true, r1);
        QVERIFY((eval1 - *gateWeights(*b.model)).cwiseAbs().maxCoeff() > 1e-3);
    }

    // infer() rejects bad k and gamma with a BadParam error naming the node.
    void validation_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("k");
        QTest::addColumn<double>("gamma");
        QTest::addColumn<bool>("ok");
        QTest::newRow("topk k=4 of 4") << "gate.topk" << 4 << 1.0 << true;
        QTest::newRow("topk k=5 of 4") << "gate.topk" << 5 << 1.0 << false;
        QTest::newRow("dselect k=4 of 4") << "gate.dselect" << 4 << 1.0 << true;
        QTest::newRow("dselect k=5 of 4") << "gate.dselect" << 5 << 1.0 << false;
        QTest::newRow("dselect gamma=0") << "gate.dselect" << 2 << 0.0 << false;
    }
    void validation() {
        QFETCH(QString, type);
        QFETCH(int, k);
        QFETCH(double, gamma);
        QFETCH(bool, ok);
        Graph g;
        NodeId in = g.addNode("input.features", "input");
        g.setParam(in, "numeric", ParamValue::ofInt(3));
        NodeId gate = g.addNode(type.toStdString(), "my_gate");
        g.setParam(gate, "num_experts", ParamValue::ofInt(4));
        g.setParam(gate, "k", ParamValue::ofInt(k));
        if (type == "gate.dselect") g.setParam(gate, "gamma", ParamValue::ofReal(gamma));
        g.connect(in, "x", gate, "x");
        const ValidationResult vr = g.validate();
        bool found = false;
        for (const Issue& i : vr.issues)
            if (i.node == gate && i.severity == Issue::Severity::Error) {
                found = true;
                QCOMPARE(int(i.kind), int(Issue::Kind::BadParam));
                QVERIFY2(i.message.find("my_gate") != std::string::npos, i.message.c_str());
            }
        QCOMPARE(found, !ok);
        if (ok) QVERIFY(vr.shapes.count(PortRef{gate, "weights"}));
    }

    // per_example = false: the node has no input port at all.
    void dselectStaticHasNoInput() {
        const NodeType* t = Registry::instance().find("gate.dselect");
        QVERIFY(t);
        QCOMPARE(t->category, std::string("Gates"));
        Graph g;
        NodeId id = g.addNode("gate.dselect", "d");
        QCOMPARE(int(t->ports(*g.node(id)).inputs.size()), 1);
        g.setParam(id, "per_example", ParamValue::ofBool(false));
        QCOMPARE(int(t->ports(*g.node(id)).inputs.size()), 0);
        QCOMPARE(Registry::instance().find("gate.topk")->category, std::string("Gates"));
    }

    void cleanupTestCase() {
        qInfo("worst relative error: top-k %.3g, dselect %.3g", worstTopK_, worstDSelect_);
    }

private:
    double worstTopK_ = 0, worstDSelect_ = 0;
};

QTEST_APPLESS_MAIN(TestGradcheckGates)
#include "tst_gradcheck_gates.moc"
