// Gate identity (node, tasks served, experts seen, derived from the graph) and the gate analysis
// (metrics/GateAnalysis): constructed gates with known answers, a trained tiny MMoE and PLE, and
// old project files (written before identity and the summary existed) still loading.
#include <QtTest>
#include <cmath>

#include "data/Synthetic.h"
#include "graph/GateIdentity.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "metrics/GateAnalysis.h"
#include "train/Run.h"
#include "train/Trainer.h"

using namespace mtl;

namespace {

GateStats gate(const std::string& task, std::vector<double> mean, std::vector<int> experts,
               int node = 10) {
    GateStats g;
    g.gate = "gate_" + task;
    g.node = 1;
    g.tasks = {task};
    g.mean = std::move(mean);
    g.std.assign(g.mean.size(), 0.0);
    for (int e : experts) g.experts.push_back({node, e});
    return g;
}

DataSplits tinyData() {
    SyntheticConfig c;
    c.d = 8;
    c.nTrain = 400;
    c.nValid = 100;
    c.nTest = 150;
    c.binary = true;
    return makeSynthetic(c);
}

RunRecord trainTiny(const std::string& templ, const DataSplits& data, Model** keep = nullptr) {
    TemplateOptions o;
    o.schema = data.train.schema;
    o.experts = 4;
    o.expertUnits = {8};
    static std::unique_ptr<Model> model;
    model = Model::compile(makeTemplate(templ, o), data.train.schema, 3);
    TrainConfig cfg;
    cfg.batchSize = 50;
    cfg.epochs = 2;
    DataSpec spec;
    RunRecord r = beginRun("run", *model, spec, data, cfg);
    Trainer trainer(*model, cfg);
    finishRun(r, trainer.train(data.train, data.valid), *model, data.test, false);
    if (keep) *keep = model.get();
    return r;
}

bool allFinite(const std::vector<double>& v) {
    return std::all_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); });
}

}  // namespace

class TestGateAnalysis : public QObject {
    Q_OBJECT
private slots:
    void knownAnswers() {
        // Identical distributions: JS 0; disjoint one-hot: JS ln 2.
        QCOMPARE(jensenShannon({0.2, 0.3, 0.5}, {0.2, 0.3, 0.5}), 0.0);
        QVERIFY(std::abs(jensenShannon({1, 0}, {0, 1}) - std::log(2.0)) < 1e-12);
        QVERIFY(std::abs(jensenShannon({0, 0, 3}, {5, 0, 0}) - std::log(2.0)) < 1e-12);
        // Symmetric, between 0 and ln 2, and by hand for one case: p = (1, 0), q = (1/2, 1/2):
        // m = (3/4, 1/4); JS = 1/2 [ln(4/3)] + 1/2 [1/2 ln(2/3) + 1/2 ln 2].
        const double js = jensenShannon({1, 0}, {0.5, 0.5});
        const double hand =
            0.5 * std::log(4.0 / 3) + 0.25 * std::log(2.0 / 3) + 0.25 * std::log(2.0);
        QVERIFY(std::abs(js - hand) < 1e-12);
        QCOMPARE(jensenShannon({0.5, 0.5}, {1, 0}), js);
        // Bad input: NaN, not a crash.
        QVERIFY(std::isnan(jensenShannon({1, 0}, {1})));
        QVERIFY(std::isnan(jensenShannon({0, 0}, {1, 0})));
        QVERIFY(std::isnan(jensenShannon({-1, 2}, {1, 0})));
        QVERIFY(std::isnan(entropy({})));

        // Uniform over E: entropy ln E, normalised 1.
        for (int E : {2, 5, 8}) {
            const std::vector<double> u(static_cast<size_t>(E), 1.0 / E);
            QVERIFY(std::abs(entropy(u) - std::log(double(E))) < 1e-12);
        }
        QCOMPARE(entropy({0, 1, 0}), 0.0);

        const std::vector<GateStats> gates = {gate("a", {0.25, 0.25, 0.25, 0.25}, {0, 1, 2, 3}),
                                              gate("b", {0.25, 0.25, 0.25, 0.25}, {0, 1, 2, 3})};
        GateSummary s = summarizeGates(gates, {}, {}, {}, {});
        QCOMPARE(s.meanJs, 0.0);
        QVERIFY(std::abs(s.normalisedEntropy[0] - 1.0) < 1e-12);
        QVERIFY(std::abs(s.entropy[1] - std::log(4.0)) < 1e-12);
        QCOMPARE(s.gateNames, std::vector<std::string>({"a", "b"}));
        QVERIFY(s.deadExperts.empty());
        QVERIFY(std::isnan(s.meanExampleJs));  // no per-example weights given

        // Disjoint one-hot gates over the same experts: JS ln 2, per example too.
        const std::vector<GateStats> apart = {gate("a", {1, 0}, {0, 1}), gate("b", {0, 1}, {0, 1})};
        Eigen::MatrixXd wa(2, 3), wb(2, 3);
        wa << 1, 1, 1, 0, 0, 0;
        wb << 0, 0, 0, 1, 1, 1;
        s = summarizeGates(apart, {wa, wb}, {}, {}, {});
        QVERIFY(std::abs(s.meanJs - std::log(2.0)) < 1e-12);
        QVERIFY(std::abs(s.meanExampleJs - std::log(2.0)) < 1e-12);
        QVERIFY(std::abs(s.jsMatrix[0][1] - std::log(2.0)) < 1e-12);
        QCOMPARE(s.jsMatrix[0][0], 0.0);

        // Per-example JS differs from JS of the means: the gates agree on average but not per
        // example (a = (1,0),(0,1); b = (0,1),(1,0)): mean JS 0, per-example ln 2.
        Eigen::MatrixXd xa(2, 2), xb(2, 2);
        xa << 1, 0, 0, 1;
        xb << 0, 1, 1, 0;
        s = summarizeGates({gate("a", {0.5, 0.5}, {0, 1}), gate("b", {0.5, 0.5}, {0, 1})}, {xa, xb},
                           {}, {}, {});
        QCOMPARE(s.meanJs, 0.0);
        QVERIFY(std::abs(s.meanExampleJs - std::log(2.0)) < 1e-12);
    }

    void divergenceOverCommonExpertsOnly() {
        // PLE-like: task a sees its own experts (node 20) and the shared ones (node 30, 0..1);
        // task b its own (node 21) and the same shared ones. Over the shared experts, a puts
        // (0.1, 0.1) -> (1/2, 1/2), b (0.4, 0.0) -> (1, 0).
        GateStats a = gate("a", {0.4, 0.4, 0.1, 0.1}, {}), b = gate("b", {0.3, 0.3, 0.4, 0.0}, {});
        a.experts = {{20, 0}, {20, 1}, {30, 0}, {30, 1}};
        b.experts = {{21, 0}, {21, 1}, {30, 0}, {30, 1}};
        QCOMPARE(commonExperts(a, b), (std::vector<std::pair<int, int>>{{2, 2}, {3, 3}}));
        const GateSummary s = summarizeGates({a, b}, {}, {}, {}, {});
        QVERIFY(std::abs(s.meanJs - jensenShannon({1, 0}, {0.5, 0.5})) < 1e-12);
        // Gates that share fewer than two experts have no divergence (NaN), and no mean.
        GateStats c = gate("c", {0.5, 0.5}, {}, 40);
        c.experts = {{40, 0}, {40, 1}};
        const GateSummary none = summarizeGates({a, c}, {}, {}, {}, {});
        QVERIFY(std::isnan(none.jsMatrix[0][1]));
        QVERIFY(std::isnan(none.meanJs));
        // A shared gate (no single task) is not one of the pairs averaged.
        GateStats shared = gate("x", {0.5, 0.5, 0, 0}, {0, 1, 2, 3});
        shared.shared = true;
        shared.tasks = {"a", "b"};
        const GateSummary withShared =
            summarizeGates({gate("a", {0.5, 0.5, 0, 0}, {0, 1, 2, 3}),
                            gate("b", {0.5, 0.5, 0, 0}, {0, 1, 2, 3}), shared},
                           {}, {}, {}, {});
        QCOMPARE(withShared.meanJs, 0.0);
        QVERIFY(std::isfinite(withShared.jsMatrix[0][2]));
        QCOMPARE(withShared.gateNames[2], std::string("gate_x"));
    }

    void deadExpertFound() {
        // 4 experts, threshold 1 / (10 * 4) = 0.025: expert 3 is below it in both gates; expert 2
        // is below it in one gate only (used by the other).
        const std::vector<GateStats> gates = {gate("a", {0.5, 0.49, 0.0, 0.01}, {0, 1, 2, 3}),
                                              gate("b", {0.3, 0.3, 0.39, 0.01}, {0, 1, 2, 3})};
        const GateSummary s = summarizeGates(gates, {}, {}, {}, {});
        QCOMPARE(s.deadExperts, std::vector<int>({3}));
        QCOMPARE(s.experts.size(), size_t(4));
        QCOMPARE(deadExperts(gates, {{10, 2}}, 0.1), std::vector<int>());
        QCOMPARE(deadExperts(gates, {{99, 0}}, 0.1), std::vector<int>());  // seen by no gate
    }

    void identicalExpertsAreFlagged() {
        std::mt19937 rng(1);
        std::normal_distribution<double> n;
        Eigen::MatrixXd e0(4, 200), e2(4, 200);
        for (Eigen::Index i = 0; i < e0.size(); ++i) e0.data()[i] = n(rng), e2.data()[i] = n(rng);
        Eigen::MatrixXd e1 = e0;
        const Eigen::MatrixXd scaled = 3.0 * e0.array() + 1.0;  // CKA: invariant to scale, shift
        QVERIFY(std::abs(linearCka(e0, e1) - 1.0) < 1e-12);
        QVERIFY(std::abs(linearCka(e0, scaled) - 1.0) < 1e-12);
        QVERIFY(linearCka(e0, e2) < 0.2);  // independent noise
        QVERIFY(std::isnan(linearCka(e0, Eigen::MatrixXd::Zero(4, 200))));
        QVERIFY(std::isnan(linearCka(e0, Eigen::MatrixXd::Zero(4, 3))));  // other examples

        const std::vector<GateExpert> experts = {{10, 0}, {10, 1}, {10, 2}};
        const GateSummary s =
            summarizeGates({gate("a", {0.3, 0.3, 0.4}, {0, 1, 2})}, {}, experts,
                           {"experts.e0", "experts.e1", "experts.e2"}, {e0, e1, e2});
        QVERIFY(std::abs(s.expertSimilarity[0][1] - 1.0) < 1e-12);
        QVERIFY(std::abs(s.expertSimilarity[1][0] - 1.0) < 1e-12);
        QVERIFY(s.expertSimilarity[0][2] < 0.2);
        QCOMPARE(s.nearDuplicates, (std::vector<std::pair<int, int>>{{0, 1}}));
        QCOMPARE(s.expertNames[1], std::string("experts.e1"));
    }

    void mmoeGatesKnowTheirTasksAndExperts() {
        const DataSplits data = tinyData();
        Model* model = nullptr;
        const RunRecord r = trainTiny("mmoe", data, &model);
        const Graph& g = r.graph;
        QCOMPARE(r.test.gates.size(), size_t(2));
        const Node* experts = g.findByName("experts");
        QVERIFY(experts);
        for (size_t i = 0; i < 2; ++i) {
            const GateStats& s = r.test.gates[i];
            const std::string task = r.taskNames[i];
            QCOMPARE(s.node, g.findByName("gate_" + task)->id);  // the gate block
            QCOMPARE(s.slot, -1);
            QCOMPARE(s.tasks, std::vector<std::string>({task}));
            QCOMPARE(s.task(), task);
            QVERIFY(!s.shared);
            QCOMPARE(s.experts.size(), size_t(4));
            for (int e = 0; e < 4; ++e) QVERIFY((s.experts[e] == GateExpert{experts->id, e}));
        }
        // Identity does not come from names: renaming the gate blocks keeps it.
        Graph renamed = g;
        for (Node& n : renamed.mutableNodes())
            if (n.type == "gate.softmax") n.name = "g" + std::to_string(n.id);
        auto m2 = Model::compile(renamed, data.train.schema, 3);
        const EvalResult ev = evaluate(*m2, data.test, 64);
        QCOMPARE(ev.gates[0].tasks, std::vector<std::string>({r.taskNames[0]}));
        QCOMPARE(ev.gates[1].tasks, std::vector<std::string>({r.taskNames[1]}));

        // The summary: finite, sized by the graph (2 gates, 4 experts).
        const GateSummary& s = r.gateSummary;
        QCOMPARE(s.jsMatrix.size(), size_t(2));
        QCOMPARE(s.jsMatrix[0].size(), size_t(2));
        QVERIFY(std::isfinite(s.meanJs));
        QVERIFY(std::isfinite(s.meanExampleJs));
        QVERIFY(s.meanJs >= 0 && s.meanJs <= std::log(2.0));
        QVERIFY(s.meanExampleJs >= s.meanJs - 1e-9);  // JS is convex: mean of JS >= JS of means
        QCOMPARE(s.entropy.size(), size_t(2));
        QVERIFY(allFinite(s.entropy) && allFinite(s.normalisedEntropy));
        for (double h : s.normalisedEntropy) QVERIFY(h > 0 && h <= 1 + 1e-9);
        QCOMPARE(s.experts.size(), size_t(4));
        QCOMPARE(s.expertSimilarity.size(), size_t(4));
        for (const auto& row : s.expertSimilarity) {
            QCOMPARE(row.size(), size_t(4));
            QVERIFY(allFinite(row));
        }
        QCOMPARE(s.expertNames[0], std::string("experts.e0"));
        QCOMPARE(s.gateNames, r.taskNames);

        // Per-example gate weights from evaluate(): off by default, sized experts x rows.
        std::vector<Mat> w;
        evaluate(*model, data.test, 64, nullptr, &w);
        QCOMPARE(w.size(), size_t(2));
        QCOMPARE(int(w[0].rows()), 4);
        QCOMPARE(int(w[0].cols()), data.test.rows());
        QVERIFY(std::abs(w[1].col(77).sum() - 1.0) < 1e-5);

        // Saved and loaded with the run.
        ProjectFile p;
        p.runs = {r};
        const ProjectFile q = loadProjectFromString(saveProjectToString(p));
        const RunRecord& back = q.runs.at(0);
        QCOMPARE(back.test.gates[1].tasks, r.test.gates[1].tasks);
        QCOMPARE(back.test.gates[1].node, r.test.gates[1].node);
        QVERIFY(back.test.gates[1].experts == r.test.gates[1].experts);
        QCOMPARE(back.gateSummary.meanJs, s.meanJs);
        QCOMPARE(back.gateSummary.expertSimilarity, s.expertSimilarity);
        QCOMPARE(back.gateSummary.entropy, s.entropy);
        QCOMPARE(back.gateSummary.gateNames, s.gateNames);
        QCOMPARE(back.epochs.back().valid.gates[0].tasks, r.epochs.back().valid.gates[0].tasks);
    }

    void pleGatesSeeTheirSubset() {
        const DataSplits data = tinyData();
        TemplateOptions o;
        o.schema = data.train.schema;
        o.pleLevels = 2;
        o.pleSpecific = 1;
        o.pleShared = 2;
        o.expertUnits = {4};
        const Graph g = makeTemplate("ple", o);
        auto model = Model::compile(g, data.train.schema, 1);
        const EvalResult ev = evaluate(*model, data.test, 64);
        // level1: task0, task1, shared; level2: task0, task1.
        QCOMPARE(ev.gates.size(), size_t(5));
        const int l1 = g.findByName("level1")->id, l2 = g.findByName("level2")->id;
        const std::string t0 = data.train.schema.tasks[0].name,
                          t1 = data.train.schema.tasks[1].name;
        QCOMPARE(ev.gates[0].node, l1);
        QCOMPARE(ev.gates[0].slot, 0);
        QCOMPARE(ev.gates[0].layer, std::string("level1"));
        // level1's task gate feeds level2's task-0 branch only (level2 has no shared gate).
        QCOMPARE(ev.gates[0].tasks, std::vector<std::string>({t0}));
        // level1's shared gate feeds level2's shared experts: every task, no single one.
        QCOMPARE(ev.gates[2].slot, 2);
        QVERIFY(ev.gates[2].shared);
        QCOMPARE(ev.gates[2].tasks, std::vector<std::string>({t0, t1}));
        QCOMPARE(ev.gates[2].task(), std::string());
        QCOMPARE(ev.gates[4].node, l2);
        QCOMPARE(ev.gates[4].tasks, std::vector<std::string>({t1}));
        // Experts: task 1's gate sees its own expert (index 1) and the shared ones (2, 3).
        QVERIFY((ev.gates[4].experts == std::vector<GateExpert>{{l2, 1}, {l2, 2}, {l2, 3}}));
        QCOMPARE(ev.gates[2].experts.size(), size_t(4));  // the shared gate sees all

        // With three levels, level1's task gates reach level2's shared gate: they serve no single
        // task either.
        o.pleLevels = 3;
        const Graph g3 = makeTemplate("ple", o);
        const GateRoute r = cgcGateRoute(g3, g3.findByName("level1")->id, 0);
        QVERIFY(r.shared);
        QCOMPARE(r.tasks.size(), size_t(2));

        // The summary of an untrained PLE: sized by the graph, JS only between same-level task
        // gates (over the shared experts they both see).
        std::vector<Mat> w;
        const EvalResult ev2 = evaluate(*model, data.test, 64, nullptr, &w);
        const GateSummary s = analyseGates(*model, data.test, ev2.gates, w);
        QCOMPARE(s.jsMatrix.size(), size_t(5));
        QVERIFY(std::isfinite(s.jsMatrix[0][1]));
        QVERIFY(std::isnan(s.jsMatrix[0][4]));  // different levels: no common experts
        QVERIFY(std::isfinite(s.meanJs));
        QCOMPARE(s.experts.size(), size_t(8));  // 2 levels x (1 + 1 + 2)
        QCOMPARE(s.expertNames[0], std::string("level1.t0e0"));
        QCOMPARE(s.expertNames[3], std::string("level1.s1"));
        QCOMPARE(s.gateNames,
                 std::vector<std::string>({"level1." + t0, "level1." + t1, "level1.shared",
                                           "level2." + t0, "level2." + t1}));
    }

    void oldProjectFilesStillLoad() {
        // A project written before gate identity and the gate summary (GateStats and RunRecord
        // class version 1): the seed corpus file of the project fuzz harness.
        const QString path = QFINDTESTDATA("fuzz/corpus/project/one-run.mtlproj");
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const ProjectFile p =
            loadProjectFromString(std::string(bytes.constData(), size_t(bytes.size())));
        QCOMPARE(p.runs.size(), size_t(1));
        const RunRecord& r = p.runs[0];
        QVERIFY(!r.test.gates.empty());
        for (const GateStats& g : r.test.gates) {
            QVERIFY(!g.hasIdentity());
            QVERIFY(g.tasks.empty());
            QVERIFY(!g.mean.empty());
        }
        QVERIFY(r.gateSummary.empty());
        QVERIFY(std::isnan(r.gateSummary.meanJs));
        // Saved again, it is a current file and loads the same.
        ProjectFile again = loadProjectFromString(saveProjectToString(p));
        QCOMPARE(again.runs[0].test.gates[0].mean, r.test.gates[0].mean);
        // Its gates can still be summarised (no identity: positional experts).
        const GateSummary s = summarizeGates(r.test.gates, {}, {}, {}, {});
        QCOMPARE(s.entropy.size(), r.test.gates.size());
        QVERIFY(allFinite(s.entropy));
    }
};

QTEST_GUILESS_MAIN(TestGateAnalysis)
#include "tst_gate_analysis.moc"
