// Forward values, compile-time checks and a short training run of ple.cgc,
// sharing.cross_stitch and sharing.l2 (float engine).
#include <omp.h>

#include <QtTest>
#include <cmath>

#include "GradCheck.h"
#include "graph/Graph.h"
#include "nn/Model.h"
#include "nn/Optimizer.h"

using namespace mtl;

namespace {

std::vector<TaskInfo> tasksFor(int n) {
    std::vector<TaskInfo> t;
    for (int i = 0; i < n; ++i)
        t.push_back({"t" + std::to_string(i), i % 2 ? TaskKind::Regression : TaskKind::Binary});
    return t;
}

NodeId addDense(Graph& g, const std::string& name, std::vector<int> units, const std::string& act,
                const std::string& outAct) {
    NodeId id = g.addNode("layer.dense", name);
    g.setParam(id, "units", ParamValue::ofList(std::move(units)));
    g.setParam(id, "activation", ParamValue::ofString(act));
    g.setParam(id, "output_activation", ParamValue::ofString(outAct));
    return id;
}

void addHead(Graph& g, NodeId from, const std::string& port, int k, std::vector<int> tower = {1}) {
    const std::string s = std::to_string(k);
    NodeId t = addDense(g, "tower" + s, std::move(tower), "relu", "identity");
    g.connect(from, port, t, "x");
    NodeId head = g.addNode(k % 2 ? "task.regression" : "task.binary", "head" + s);
    g.setParam(head, "task", ParamValue::ofString("t" + s));
    g.connect(t, "y", head, "x");
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

Param* param(Model& m, const std::string& name) {
    for (Param* p : m.params())
        if (p->name == name) return p;
    return nullptr;
}

std::vector<int> firstRows(int n) {
    std::vector<int> r(n);
    for (int i = 0; i < n; ++i) r[i] = i;
    return r;
}

const Mat& outputOf(Model& m, const std::string& node, int port) {
    return m.layer(node)->out[port]->m;
}

bool near(const Mat& a, const Mat& b, double tol) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) return false;
    const double scale = std::max<double>(1.0, b.cwiseAbs().maxCoeff());
    return (a - b).cwiseAbs().maxCoeff() <= tol * scale;
}

std::string describe(const Mat& a, const Mat& b) {
    std::ostringstream os;
    os << "got\n" << a << "\nexpected\n" << b;
    return os.str();
}

// Input -> identity layer(s) -> one CGC level with three tasks' towers. `fused`: the three CGC
// inputs come from one identity layer "p"; otherwise from three layers p0, p1, ps.
Graph identityFedCgc(bool fused, int numeric) {
    Graph g;
    NodeId x = g.addNode("input.features", "input");
    NodeId c = addCgc(g, "cgc", 2, 2, 1, {3, 2}, "tanh", true);
    const char* ports[] = {"in0", "in1", "shared"};
    const char* names[] = {"p0", "p1", "ps"};
    if (fused) {
        NodeId p = addDense(g, "p", {numeric}, "identity", "identity");
        g.connect(x, "x", p, "x");
        for (const char* port : ports) g.connect(p, "y", c, port);
    } else {
        for (int i = 0; i < 3; ++i) {
            NodeId p = addDense(g, names[i], {numeric}, "identity", "identity");
            g.connect(x, "x", p, "x");
            g.connect(p, "y", c, ports[i]);
        }
    }
    addHead(g, c, "out0", 0, {3, 1});
    addHead(g, c, "out1", 1, {3, 1});
    addHead(g, c, "shared_out", 2, {3, 1});
    return g;
}

}  // namespace

class TestSharing : public QObject {
    Q_OBJECT
private slots:
    // Experts with zero weights and known biases, gates with zero weights and known biases:
    // every output is a mixture computable by hand.
    void cgcHandComputed() {
        Graph g;
        NodeId x = g.addNode("input.features", "input");
        NodeId c = addCgc(g, "cgc", 2, 1, 1, {2}, "identity", true);
        for (const char* p : {"in0", "in1", "shared"}) g.connect(x, "x", c, p);
        addHead(g, c, "out0", 0);
        addHead(g, c, "out1", 1);
        addHead(g, c, "shared_out", 2);
        Dataset d = test::randomDataset(3, {}, tasksFor(3), 8, 1);
        Model::bindInputs(g, d.schema);
        auto m = Model::compile(g, d.schema, 3);
        for (Param* p : m->params())
            if (p->name.rfind("cgc.", 0) == 0) p->value.setZero();
        // Expert order [t0e0 | t1e0 | s0], each of width 2.
        Param* eb = param(*m, "cgc.all.experts.fc0.b");
        QVERIFY(eb);
        eb->value.col(0) << 1, 2, 3, 4, 5, 6;
        // Gate logits [task0: t0e0, s0 | task1: t1e0, s0 | shared: t0e0, t1e0, s0].
        Param* gb = param(*m, "cgc.all.gate.b");
        QVERIFY(gb);
        const Real l2 = std::log(Real(2)), l3 = std::log(Real(3));
        gb->value.col(0) << 0, l3, l3, 0, 0, l2, l3;
        Rng rng(1);
        const auto rows = firstRows(8);
        m->forward(d, rows.data(), 8, false, rng, false);
        // task0: 0.25 * [1,2] + 0.75 * [5,6]; task1: 0.75 * [3,4] + 0.25 * [5,6];
        // shared: (1 * [1,2] + 2 * [3,4] + 3 * [5,6]) / 6.
        auto columns = [](Real top, Real bottom) {
            Mat e(2, 8);
            e.row(0).setConstant(top);
            e.row(1).setConstant(bottom);
            return e;
        };
        const Mat e0 = columns(4, 5), e1 = columns(3.5, 4.5),
                  es = columns(Real(22) / 6, Real(28) / 6);
        QVERIFY2(near(outputOf(*m, "cgc", 0), e0, 1e-6),
                 describe(outputOf(*m, "cgc", 0), e0).c_str());
        QVERIFY2(near(outputOf(*m, "cgc", 1), e1, 1e-6),
                 describe(outputOf(*m, "cgc", 1), e1).c_str());
        QVERIFY2(near(outputOf(*m, "cgc", 2), es, 1e-6),
                 describe(outputOf(*m, "cgc", 2), es).c_str());

        auto gates = m->gates();
        QCOMPARE(int(gates.size()), 3);
        QCOMPARE(gates[0].label, std::string("cgc.task0"));
        QCOMPARE(gates[1].label, std::string("cgc.task1"));
        QCOMPARE(gates[2].label, std::string("cgc.shared"));
        QCOMPARE(gates[0].expertLabels, (std::vector<std::string>{"t0e0", "s0"}));
        QCOMPARE(gates[1].expertLabels, (std::vector<std::string>{"t1e0", "s0"}));
        QCOMPARE(gates[2].expertLabels, (std::vector<std::string>{"t0e0", "t1e0", "s0"}));
        QCOMPARE(gates[2].weights->rows(), Eigen::Index(3));
        QVERIFY(std::abs((*gates[2].weights)(2, 0) - Real(0.5)) < 1e-6);
        QVERIFY(std::abs((*gates[0].weights)(1, 0) - Real(0.75)) < 1e-6);
    }

    // The experts read their own task's input: with distinct inputs, task 0's output depends only
    // on in0 and the shared experts' input (checked by hand with a one-expert-per-gate layout).
    void cgcUnfusedReadsItsInputs() {
        Graph g;
        NodeId x = g.addNode("input.features", "input");
        const int numeric = 3;
        NodeId c = addCgc(g, "cgc", 2, 1, 0, {1}, "identity", false);
        const char* ports[] = {"in0", "in1", "shared"};
        for (int i = 0; i < 3; ++i) {
            NodeId p = addDense(g, "p" + std::to_string(i), {numeric}, "identity", "identity");
            g.connect(x, "x", p, "x");
            g.connect(p, "y", c, ports[i]);
        }
        addHead(g, c, "out0", 0);
        addHead(g, c, "out1", 1);
        Dataset d = test::randomDataset(numeric, {}, tasksFor(2), 6, 2);
        Model::bindInputs(g, d.schema);
        auto m = Model::compile(g, d.schema, 4);
        // p0 = I, p1 = 2 I, ps = 3 I; task k's single expert sums its input.
        param(*m, "p0.fc0.W")->value = Mat::Identity(numeric, numeric);
        param(*m, "p1.fc0.W")->value = 2 * Mat::Identity(numeric, numeric);
        param(*m, "p2.fc0.W")->value = 3 * Mat::Identity(numeric, numeric);
        for (const char* n : {"p0.fc0.b", "p1.fc0.b", "p2.fc0.b"}) param(*m, n)->value.setZero();
        param(*m, "cgc.task0.experts.fc0.W")->value.setOnes();
        param(*m, "cgc.task1.experts.fc0.W")->value.setOnes();
        param(*m, "cgc.task0.experts.fc0.b")->value.setConstant(1);
        param(*m, "cgc.task1.experts.fc0.b")->value.setConstant(-1);
        QVERIFY(!param(*m, "cgc.shared.experts.fc0.W"));  // no shared experts, no shared gate
        Rng rng(1);
        const auto rows = firstRows(6);
        m->forward(d, rows.data(), 6, false, rng, false);
        Mat e0(1, 6), e1(1, 6);
        for (int j = 0; j < 6; ++j) {
            const double s = d.numeric.col(j).cast<double>().sum();
            e0(0, j) = static_cast<Real>(s + 1);
            e1(0, j) = static_cast<Real>(2 * s - 1);
        }
        QVERIFY2(near(outputOf(*m, "cgc", 0), e0, 1e-5),
                 describe(outputOf(*m, "cgc", 0), e0).c_str());
        QVERIFY2(near(outputOf(*m, "cgc", 1), e1, 1e-5),
                 describe(outputOf(*m, "cgc", 1), e1).c_str());
    }

    // The fused path (all inputs one port) and the unfused path (three ports carrying the same
    // values) agree on outputs and on every gradient when given the same weights.
    void cgcFusedMatchesUnfused() {
        const int numeric = 4;
        Dataset d = test::randomDataset(numeric, {}, tasksFor(3), 32, 3);
        Graph gf = identityFedCgc(true, numeric), gu = identityFedCgc(false, numeric);
        Model::bindInputs(gf, d.schema);
        Model::bindInputs(gu, d.schema);
        auto mf = Model::compile(gf, d.schema, 9);
        auto mu = Model::compile(gu, d.schema, 10);
        QVERIFY(param(*mf, "cgc.all.experts.fc0.W"));
        QVERIFY(!param(*mu, "cgc.all.experts.fc0.W"));
        for (const char* n : {"p", "p0", "p1", "ps"}) {
            Model& m = std::string(n) == "p" ? *mf : *mu;
            param(m, std::string(n) + ".fc0.W")->value = Mat::Identity(numeric, numeric);
            param(m, std::string(n) + ".fc0.b")->value.setZero();
        }
        // Towers: copy.
        for (Param* p : mf->params())
            if (p->name.rfind("tower", 0) == 0) param(*mu, p->name)->value = p->value;
        // Experts: fused rows [task0 (2 experts) | task1 (2) | shared (1)] per layer.
        const int units[] = {3, 2};
        struct Part {
            const char* group;
            int first, count;
        };
        const Part parts[] = {{"task0", 0, 2}, {"task1", 2, 2}, {"shared", 4, 1}};
        auto expertName = [](const std::string& grp, int l, const char* t) {
            return "cgc." + grp + ".experts.fc" + std::to_string(l) + "." + t;
        };
        for (int l = 0; l < 2; ++l)
            for (const Part& pt : parts)
                for (const char* t : {"W", "b"})
                    param(*mu, expertName(pt.group, l, t))->value =
                        param(*mf, expertName("all", l, t))
                            ->value.middleRows(pt.first * units[l], pt.count * units[l]);
        // Gates: fused logits [task0 (3) | task1 (3) | shared (5)].
        const Part gparts[] = {{"task0", 0, 3}, {"task1", 3, 3}, {"shared", 6, 5}};
        for (const Part& pt : gparts)
            for (const char* t : {"W", "b"})
                param(*mu, "cgc." + std::string(pt.group) + ".gate." + t)->value =
                    param(*mf, std::string("cgc.all.gate.") + t)
                        ->value.middleRows(pt.first, pt.count);

        const auto rows = firstRows(32);
        Rng r1(1), r2(1);
        const double lf = mf->forward(d, rows.data(), 32, true, r1);
        const double lu = mu->forward(d, rows.data(), 32, true, r2);
        QVERIFY2(std::abs(lf - lu) < 1e-5 * std::abs(lf),
                 (std::to_string(lf) + " vs " + std::to_string(lu)).c_str());
        for (int o = 0; o < 3; ++o)
            QVERIFY2(near(outputOf(*mf, "cgc", o), outputOf(*mu, "cgc", o), 1e-5),
                     describe(outputOf(*mf, "cgc", o), outputOf(*mu, "cgc", o)).c_str());
        mf->backward();
        mu->backward();
        for (int l = 0; l < 2; ++l)
            for (const Part& pt : parts)
                for (const char* t : {"W", "b"}) {
                    const Mat a = param(*mf, expertName("all", l, t))
                                      ->grad.middleRows(pt.first * units[l], pt.count * units[l]);
                    const Mat& b = param(*mu, expertName(pt.group, l, t))->grad;
                    QVERIFY2(near(a, b, 1e-4),
                             (expertName(pt.group, l, t) + ": " + describe(a, b)).c_str());
                }
        for (const Part& pt : gparts) {
            const Mat a = param(*mf, "cgc.all.gate.W")->grad.middleRows(pt.first, pt.count);
            const Mat& b = param(*mu, "cgc." + std::string(pt.group) + ".gate.W")->grad;
            QVERIFY2(near(a, b, 1e-4), describe(a, b).c_str());
        }
        // Input gradients: the fused level's one source gets the sum of the three.
        const Mat sum = param(*mu, "p0.fc0.W")->grad + param(*mu, "p1.fc0.W")->grad +
                        param(*mu, "ps.fc0.W")->grad;
        QVERIFY2(near(param(*mf, "p.fc0.W")->grad, sum, 1e-4),
                 describe(param(*mf, "p.fc0.W")->grad, sum).c_str());
    }

    // Large batches take the threaded mixing path; it must give the serial results exactly
    // (every thread owns whole columns).
    void cgcThreadsMatchSerial() {
        if (omp_get_num_procs() < 2) QSKIP("needs two processors");
        std::vector<int> cards(20, 12);
        Dataset d = test::randomDataset(4, cards, tasksFor(3), 1024, 6);
        Graph g;
        NodeId x = g.addNode("input.features", "input");
        NodeId c = addCgc(g, "cgc", 2, 2, 4, {16}, "relu", true);
        for (const char* p : {"in0", "in1", "shared"}) g.connect(x, "x", c, p);
        addHead(g, c, "out0", 0, {8, 1});
        addHead(g, c, "out1", 1, {8, 1});
        addHead(g, c, "shared_out", 2, {8, 1});
        Model::bindInputs(g, d.schema);
        auto m = Model::compile(g, d.schema, 2);
        const auto rows = firstRows(1024);
        auto run = [&](int threads, std::vector<Mat>& grads, std::vector<Mat>& outs) {
            const int before = omp_get_max_threads();
            omp_set_num_threads(threads);
            Rng rng(1);
            m->forward(d, rows.data(), 1024, true, rng);
            m->backward();
            omp_set_num_threads(before);
            for (Param* p : m->params()) grads.push_back(p->grad);
            for (int o = 0; o < 3; ++o) outs.push_back(outputOf(*m, "cgc", o));
        };
        std::vector<Mat> g1, o1, g2, o2;
        run(1, g1, o1);
        run(2, g2, o2);
        for (int o = 0; o < 3; ++o) QVERIFY(o1[o] == o2[o]);
        for (size_t k = 0; k < g1.size(); ++k)
            QVERIFY2(near(g1[k], g2[k], 1e-6), m->params()[k]->name.c_str());
    }

    void cgcBadParams() {
        Graph g;
        NodeId x = g.addNode("input.features", "input");
        g.setParam(x, "numeric", ParamValue::ofInt(3));
        NodeId c = addCgc(g, "cgc", 2, 0, 0, {4}, "relu", false);
        for (const char* p : {"in0", "in1", "shared"}) g.connect(x, "x", c, p);
        addHead(g, c, "out0", 0);
        addHead(g, c, "out1", 1);
        auto hasBadParam = [&](const ValidationResult& vr) {
            for (const Issue& i : vr.issues)
                if (i.kind == Issue::Kind::BadParam && i.node == c) return true;
            return false;
        };
        ValidationResult vr = g.validate();
        QVERIFY2(!vr.ok() && hasBadParam(vr), vr.summary().c_str());
        g.setParam(c, "specific", ParamValue::ofInt(1));
        vr = g.validate();
        QVERIFY2(vr.ok(), vr.summary().c_str());
        g.setParam(c, "tasks", ParamValue::ofInt(0));
        QVERIFY(hasBadParam(g.validate()));
        // Missing shared input.
        g.setParam(c, "tasks", ParamValue::ofInt(2));
        g.disconnect(Edge{{x, "x"}, {c, "shared"}});
        vr = g.validate();
        bool unconnected = false;
        for (const Issue& i : vr.issues)
            unconnected |= i.kind == Issue::Kind::UnconnectedInput && i.port == "shared";
        QVERIFY2(unconnected, vr.summary().c_str());
    }

    void crossStitchInitIsConvex() {
        Graph g;
        NodeId x = g.addNode("input.features", "input");
        NodeId cs = g.addNode("sharing.cross_stitch", "stitch");
        g.setParam(cs, "tasks", ParamValue::ofInt(3));
        g.setParam(cs, "self_weight", ParamValue::ofReal(0.7));
        for (int k = 0; k < 3; ++k) {
            g.connect(x, "x", cs, "in" + std::to_string(k));
            addHead(g, cs, "out" + std::to_string(k), k);
        }
        Dataset d = test::randomDataset(4, {}, tasksFor(3), 8, 1);
        Model::bindInputs(g, d.schema);
        auto m = Model::compile(g, d.schema, 1);
        Param* a = param(*m, "stitch.alpha");
        QVERIFY(a);
        QCOMPARE(a->value.rows(), Eigen::Index(3));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(std::abs(a->value.row(i).sum() - 1) < 1e-6);
            for (int j = 0; j < 3; ++j)
                QVERIFY(std::abs(a->value(i, j) - (i == j ? 0.7f : 0.15f)) < 1e-6);
        }
        QCOMPARE(a->lrScale, Real(10));
        QVERIFY(!a->decay);
    }

    void crossStitchForward() {
        Graph g;
        NodeId x = g.addNode("input.features", "input");
        NodeId a = addDense(g, "a", {3}, "tanh", "tanh");
        NodeId b = addDense(g, "b", {3}, "tanh", "tanh");
        g.connect(x, "x", a, "x");
        g.connect(x, "x", b, "x");
        NodeId cs = g.addNode("sharing.cross_stitch", "stitch");
        g.setParam(cs, "self_weight", ParamValue::ofReal(1.0));
        g.connect(a, "y", cs, "in0");
        g.connect(b, "y", cs, "in1");
        addHead(g, cs, "out0", 0);
        addHead(g, cs, "out1", 1);
        Dataset d = test::randomDataset(4, {}, tasksFor(2), 8, 1);
        Model::bindInputs(g, d.schema);
        auto m = Model::compile(g, d.schema, 1);
        const auto rows = firstRows(8);
        Rng rng(1);
        // self_weight 1: alpha = I, the unit passes its inputs through.
        m->forward(d, rows.data(), 8, false, rng, false);
        QVERIFY(outputOf(*m, "stitch", 0) == outputOf(*m, "a", 0));
        QVERIFY(outputOf(*m, "stitch", 1) == outputOf(*m, "b", 0));
        Param* alpha = param(*m, "stitch.alpha");
        alpha->value << 0.5, 0.5, 0.25, 0.75;
        m->forward(d, rows.data(), 8, false, rng, false);
        const Mat& ya = outputOf(*m, "a", 0);
        const Mat& yb = outputOf(*m, "b", 0);
        const Mat e0 = Real(0.5) * ya + Real(0.5) * yb;
        const Mat e1 = Real(0.25) * ya + Real(0.75) * yb;
        QVERIFY2(near(outputOf(*m, "stitch", 0), e0, 1e-6),
                 describe(outputOf(*m, "stitch", 0), e0).c_str());
        QVERIFY2(near(outputOf(*m, "stitch", 1), e1, 1e-6),
                 describe(outputOf(*m, "stitch", 1), e1).c_str());
    }

    void crossStitchWidthMismatch() {
        Graph g;
        NodeId x = g.addNode("input.features", "input");
        g.setParam(x, "numeric", ParamValue::ofInt(3));
        NodeId a = addDense(g, "a", {3}, "tanh", "tanh");
        NodeId b = addDense(g, "b", {4}, "tanh", "tanh");
        g.connect(x, "x", a, "x");
        g.connect(x, "x", b, "x");
        NodeId cs = g.addNode("sharing.cross_stitch", "stitch");
        g.connect(a, "y", cs, "in0");
        g.connect(b, "y", cs, "in1");
        addHead(g, cs, "out0", 0);
        addHead(g, cs, "out1", 1);
        ValidationResult vr = g.validate();
        bool found = false;
        for (const Issue& i : vr.issues)
            found |= i.kind == Issue::Kind::DimensionMismatch && i.node == cs && i.port == "in1";
        QVERIFY2(found, vr.summary().c_str());
    }

    // Two towers tied by L2 soft sharing; `alpha` is the regulariser's strength.
    static Graph tiedGraph(double alpha, std::vector<int> unitsB = {4, 3}, bool preB = false) {
        Graph g;
        NodeId x = g.addNode("input.features", "input");
        NodeId a = addDense(g, "netA", {4, 3}, "tanh", "tanh");
        NodeId b = addDense(g, "netB", std::move(unitsB), "tanh", "tanh");
        g.connect(x, "x", a, "x");
        if (preB) {
            NodeId pre = addDense(g, "pre", {2}, "tanh", "tanh");
            g.connect(x, "x", pre, "x");
            g.connect(pre, "y", b, "x");
        } else {
            g.connect(x, "x", b, "x");
        }
        addHead(g, a, "y", 0);
        addHead(g, b, "y", 1);
        NodeId l2 = g.addNode("sharing.l2", "tie");
        g.setParam(l2, "alpha", ParamValue::ofReal(alpha));
        g.connect(a, "y", l2, "a");
        g.connect(b, "y", l2, "b");
        return g;
    }

    void l2PenaltyAndGradient() {
        Dataset d = test::randomDataset(5, {}, tasksFor(2), 16, 4);
        const double alpha = 0.25;
        Graph g = tiedGraph(alpha), g0 = tiedGraph(0.0);
        Model::bindInputs(g, d.schema);
        Model::bindInputs(g0, d.schema);
        auto m = Model::compile(g, d.schema, 21);
        auto m0 = Model::compile(g0, d.schema, 21);
        double expected = 0;
        for (const char* t : {"fc0.W", "fc0.b", "fc1.W", "fc1.b"}) {
            const Mat& pa = param(*m, std::string("netA.") + t)->value;
            const Mat& pb = param(*m, std::string("netB.") + t)->value;
            QVERIFY(param(*m0, std::string("netA.") + t)->value == pa);  // same initialisation
            expected += (pa.cast<double>() - pb.cast<double>()).squaredNorm();
        }
        expected *= alpha;
        QVERIFY(expected > 1e-3);
        const auto rows = firstRows(16);
        Rng r1(1), r2(1);
        const double total = m->forward(d, rows.data(), 16, true, r1);
        m0->forward(d, rows.data(), 16, true, r2);
        QVERIFY2(std::abs(m->lastRegLoss() - expected) < 1e-5 * expected,
                 (std::to_string(m->lastRegLoss()) + " vs " + std::to_string(expected)).c_str());
        double heads = 0;
        for (const TaskHead* h : m->heads()) heads += h->lossWeight * h->lastLoss;
        QVERIFY(std::abs(total - heads - expected) < 1e-5 * total);
        QCOMPARE(m0->lastRegLoss(), 0.0);
        // The penalty's gradient survives the producers' own backward (which overwrites).
        m->backward();
        m0->backward();
        for (const char* t : {"fc0.W", "fc0.b", "fc1.W", "fc1.b"}) {
            const Mat diff = param(*m, std::string("netA.") + t)->value -
                             param(*m, std::string("netB.") + t)->value;
            const Mat ga = param(*m, std::string("netA.") + t)->grad -
                           param(*m0, std::string("netA.") + t)->grad;
            const Mat gb = param(*m, std::string("netB.") + t)->grad -
                           param(*m0, std::string("netB.") + t)->grad;
            const Mat e = Real(2 * alpha) * diff;
            QVERIFY2(near(ga, e, 1e-5), describe(ga, e).c_str());
            QVERIFY2(near(gb, -e, 1e-5), describe(gb, -e).c_str());
        }
        // Evaluation passes carry no penalty.
        Rng r3(1);
        m->forward(d, rows.data(), 16, false, r3);
        QCOMPARE(m->lastRegLoss(), 0.0);
    }

    void l2ShapeMismatch() {
        Dataset d = test::randomDataset(5, {}, tasksFor(2), 16, 4);
        // Same output width, different input widths: only link() can see it.
        Graph g = tiedGraph(0.1, {4, 3}, true);
        Model::bindInputs(g, d.schema);
        QVERIFY2(g.validate().ok(), g.validate().summary().c_str());
        bool thrown = false;
        try {
            Model::compile(g, d.schema, 1);
        } catch (const CompileError& e) {
            thrown = true;
            const std::string msg = e.what();
            QVERIFY2(msg.find("'tie'") != std::string::npos, msg.c_str());
            QVERIFY2(msg.find("netA") != std::string::npos, msg.c_str());
            QVERIFY2(msg.find("netB") != std::string::npos, msg.c_str());
            QVERIFY(!e.issues.empty());
            QCOMPARE(e.issues[0].port, std::string("b"));
        }
        QVERIFY(thrown);
        // Different depth: a different number of tensors.
        Graph g2 = tiedGraph(0.1, {3});
        Model::bindInputs(g2, d.schema);
        QVERIFY(g2.validate().ok());
        QVERIFY_THROWS_EXCEPTION(CompileError, Model::compile(g2, d.schema, 1));
        // Different output width: caught by validation on port "b".
        Graph g3 = tiedGraph(0.1, {4, 2});
        Model::bindInputs(g3, d.schema);
        ValidationResult vr = g3.validate();
        bool found = false;
        for (const Issue& i : vr.issues)
            found |= i.kind == Issue::Kind::DimensionMismatch && i.port == "b";
        QVERIFY2(found, vr.summary().c_str());
    }

    // A 2-level PLE and a cross-stitch network learn a learnable target.
    void convergence_data() {
        QTest::addColumn<QString>("arch");
        QTest::newRow("ple2") << "ple2";
        QTest::newRow("cross_stitch") << "cross_stitch";
    }
    void convergence() {
        QFETCH(QString, arch);
        const int n = 512, numeric = 4;
        Dataset d = test::randomDataset(numeric, {}, tasksFor(2), n, 8);
        for (int r = 0; r < n; ++r) {
            const auto x = d.numeric.col(r);
            d.labels(0, r) = x(0) + x(1) > 0 ? 1.f : 0.f;
            d.labels(1, r) = x(0) - 0.5f * x(2) + 0.3f * x(3) * x(3);
        }
        Graph g;
        NodeId x = g.addNode("input.features", "input");
        if (arch == "ple2") {
            NodeId l1 = addCgc(g, "l1", 2, 2, 2, {16}, "relu", true);
            for (const char* p : {"in0", "in1", "shared"}) g.connect(x, "x", l1, p);
            NodeId l2 = addCgc(g, "l2", 2, 1, 2, {8}, "relu", false);
            g.connect(l1, "out0", l2, "in0");
            g.connect(l1, "out1", l2, "in1");
            g.connect(l1, "shared_out", l2, "shared");
            addHead(g, l2, "out0", 0, {8, 1});
            addHead(g, l2, "out1", 1, {8, 1});
        } else {
            NodeId cs = g.addNode("sharing.cross_stitch", "stitch");
            for (int k = 0; k < 2; ++k) {
                NodeId a = addDense(g, "net" + std::to_string(k), {16}, "relu", "relu");
                g.connect(x, "x", a, "x");
                g.connect(a, "y", cs, "in" + std::to_string(k));
                addHead(g, cs, "out" + std::to_string(k), k, {8, 1});
            }
        }
        Model::bindInputs(g, d.schema);
        auto m = Model::compile(g, d.schema, 2);
        const auto all = firstRows(n);
        Rng rng(3);
        auto fullLoss = [&] { return m->forward(d, all.data(), n, false, rng); };
        const double before = fullLoss();
        OptimizerConfig cfg;
        cfg.lr = 0.01;
        Optimizer opt(cfg);
        opt.attach(m->params());
        std::vector<int> batch(64);
        for (int step = 0; step < 300; ++step) {
            for (int j = 0; j < 64; ++j) batch[j] = (step * 64 + j) % n;
            m->forward(d, batch.data(), 64, true, rng);
            m->backward();
            opt.step();
        }
        const double after = fullLoss();
        qInfo("%s: loss %.4f -> %.4f", qPrintable(arch), before, after);
        QVERIFY2(after < 0.5 * before,
                 (std::to_string(before) + " -> " + std::to_string(after)).c_str());
    }
};

QTEST_APPLESS_MAIN(TestSharing)
#include "tst_sharing.moc"
