// MGDA-UB (Sener & Koltun 2018, the "upper bound" variant): the min-norm coefficients come from
// the tasks' gradients with respect to the shared representation (Model::sharedRepresentation:
// MMoE's expert outputs, Shared-Bottom's bottom output; none for the fused CGC / PLE layer), and
// the shared parameters get that combination of their task gradients. Checked against a step
// computed here from the two-task closed form, for the schedule's passes (task-specific layers
// per task, then the shared part once) against the full backward, for determinism, and for the
// fallback to MGDA on the shared parameters where the graph has no representation cut.
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "data/Synthetic.h"
#include "graph/Templates.h"
#include "train/Trainer.h"

using namespace mtl;

namespace {

DataSplits synth(double p, int nTrain = 96) {
    SyntheticConfig c;
    c.d = 12;
    c.nTrain = nTrain;
    c.nValid = 64;
    c.nTest = 32;
    c.p = p;
    c.seed = 7;
    return makeSynthetic(c);
}

std::unique_ptr<Model> build(const DataSplits& d, const std::string& key,
                             unsigned long long seed = 3) {
    TemplateOptions o;
    o.schema = d.train.schema;
    o.experts = 3;
    o.expertUnits = {8};
    o.towerUnits = {4};
    o.bottomUnits = {8};
    Graph g = makeTemplate(key, o);
    Model::bindInputs(g, d.train.schema);
    return Model::compile(g, d.train.schema, seed);
}

std::vector<Mat> weights(Model& m) {
    std::vector<Mat> w;
    for (Param* p : m.params()) w.push_back(p->value);
    return w;
}

bool sharedMask(std::uint64_t m) { return (m & (m - 1)) != 0; }

// MGDA's two-task closed form: alpha = clamp((G22 - G12) / (G11 + G22 - 2 G12), 0, 1).
double alphaTwo(double g11, double g12, double g22) {
    const double den = g11 + g22 - 2 * g12;
    if (den <= 0) return 0.5;
    return std::clamp((g22 - g12) / den, 0.0, 1.0);
}

double dot(const Mat& a, const Mat& b) { return (a.array() * b.array()).cast<double>().sum(); }

}  // namespace

class TestMgdaUb : public QObject {
    Q_OBJECT
private slots:
    void sharedRepresentationPerTemplate() {
        const DataSplits d = synth(0.5);
        {
            auto m = build(d, "mmoe");
            const auto& rep = m->sharedRepresentation();
            QCOMPARE(rep.size(), size_t(1));
            const Layer& l = *m->layers()[size_t(rep[0].layer)];
            QCOMPARE(l.name, std::string("experts"));
        }
        {
            auto m = build(d, "shared_bottom");
            const auto& rep = m->sharedRepresentation();
            QCOMPARE(rep.size(), size_t(1));
            QCOMPARE(m->layers()[size_t(rep[0].layer)]->name, std::string("bottom"));
        }
        // CGC / PLE: shared and task-specific experts in one fused layer, no cut; single-task:
        // nothing is shared.
        QVERIFY(build(d, "cgc")->sharedRepresentation().empty());
        QVERIFY(build(d, "ple")->sharedRepresentation().empty());
        QVERIFY(build(d, "single")->sharedRepresentation().empty());
    }

    void stepMatchesTheClosedFormOnTheRepresentation_data() {
        QTest::addColumn<QString>("key");
        QTest::newRow("shared_bottom") << QString("shared_bottom");
        QTest::newRow("mmoe") << QString("mmoe");
    }
    void stepMatchesTheClosedFormOnTheRepresentation() {
        QFETCH(QString, key);
        const DataSplits d = synth(0.5);
        const int N = d.train.rows();
        // The expected gradient, computed here: one pass per task on one forward of the whole
        // training set (the trainer's single batch), the task's gradients on the parameters and
        // on the representation.
        auto ref = build(d, key.toStdString());
        const auto& rep = ref->sharedRepresentation();
        QVERIFY(!rep.empty());
        std::vector<int> rows(static_cast<size_t>(N));
        for (int i = 0; i < N; ++i) rows[i] = i;
        Rng rng(1);
        ref->forward(d.train, rows.data(), N, true, rng);
        const auto& heads = ref->heads();
        QCOMPARE(heads.size(), size_t(2));
        std::vector<std::vector<Mat>> g(2);
        std::vector<std::vector<Mat>> r(2);
        for (int k = 0; k < 2; ++k) {
            heads[0]->lossWeight = k == 0 ? 1 : 0;
            heads[1]->lossWeight = k == 1 ? 1 : 0;
            ref->backward();
            for (Param* p : ref->params()) g[k].push_back(p->grad);
            for (const PortId& z : rep) r[k].push_back(ref->outputGrad(z));
        }
        double r11 = 0, r12 = 0, r22 = 0;
        for (size_t z = 0; z < rep.size(); ++z) {
            r11 += dot(r[0][z], r[0][z]);
            r12 += dot(r[0][z], r[1][z]);
            r22 += dot(r[1][z], r[1][z]);
        }
        const double a1 = alphaTwo(r11, r12, r22), a2 = 1 - a1;
        // The parameters' Gram on the shared rows gives other coefficients (MGDA's): the test
        // tells the two apart.
        double p11 = 0, p12 = 0, p22 = 0;
        for (const ParamSegment& s : ref->paramSegments()) {
            if (!sharedMask(s.heads)) continue;
            const size_t pi =
                size_t(std::find(ref->params().begin(), ref->params().end(), s.param) -
                       ref->params().begin());
            const Mat a = g[0][pi].middleRows(s.row0, s.rows),
                      b = g[1][pi].middleRows(s.row0, s.rows);
            p11 += dot(a, a);
            p12 += dot(a, b);
            p22 += dot(b, b);
        }
        QVERIFY2(std::abs(alphaTwo(p11, p12, p22) - a1) > 1e-3,
                 qPrintable(QString("alpha %1 on the parameters, %2 on the representation")
                                .arg(alphaTwo(p11, p12, p22))
                                .arg(a1)));
        // Expected: shared rows 2 (a1 g1 + a2 g2) (MGDA's scale: K times the min-norm weights),
        // task-specific rows their own task's gradient.
        std::vector<Mat> expected;
        for (size_t pi = 0; pi < ref->params().size(); ++pi) expected.push_back(Mat());
        for (const ParamSegment& s : ref->paramSegments()) {
            const size_t pi =
                size_t(std::find(ref->params().begin(), ref->params().end(), s.param) -
                       ref->params().begin());
            if (expected[pi].size() == 0)
                expected[pi] = Mat::Zero(s.param->value.rows(), s.param->value.cols());
            auto out = expected[pi].middleRows(s.row0, s.rows);
            if (sharedMask(s.heads)) {
                out = static_cast<Real>(2 * a1) * g[0][pi].middleRows(s.row0, s.rows) +
                      static_cast<Real>(2 * a2) * g[1][pi].middleRows(s.row0, s.rows);
            } else {
                for (int k = 0; k < 2; ++k)
                    if ((s.heads >> k) & 1) out = g[k][pi].middleRows(s.row0, s.rows);
            }
        }

        // The trainer: one step of plain SGD (no momentum) over the whole training set.
        auto m = build(d, key.toStdString());
        const std::vector<Mat> before = weights(*m);
        TrainConfig c;
        c.optimizer.kind = OptimizerKind::SGD;
        c.optimizer.momentum = 0;
        c.optimizer.lr = 0.5;
        c.batchSize = N;
        c.epochs = 1;
        c.restoreBest = false;
        c.weighting.method = WeightingMethod::MGDAUB;
        Trainer t(*m, c);
        QVERIFY(t.train(d.train, d.valid).ok);
        const std::vector<Mat> after = weights(*m);
        double worst = 0, scale = 0;
        for (size_t pi = 0; pi < after.size(); ++pi) {
            const Mat step = (before[pi] - after[pi]) / static_cast<Real>(c.optimizer.lr);
            worst =
                std::max(worst, static_cast<double>((step - expected[pi]).cwiseAbs().maxCoeff()));
            scale = std::max(scale, static_cast<double>(expected[pi].cwiseAbs().maxCoeff()));
        }
        QVERIFY(scale > 0);
        // The same sums in another row order: float rounding only.
        QVERIFY2(worst <= 1e-4 * scale,
                 qPrintable(QString("max deviation %1 of %2").arg(worst).arg(scale)));
    }

    void taskSideThenSharedSideIsTheFullBackward_data() {
        QTest::addColumn<QString>("key");
        QTest::newRow("shared_bottom") << QString("shared_bottom");
        QTest::newRow("mmoe") << QString("mmoe");
    }
    void taskSideThenSharedSideIsTheFullBackward() {
        // The schedule's passes with the combination (1, 1) give the gradient of the summed
        // loss: each task-specific parameter its task's gradient, the shared ones the sum.
        QFETCH(QString, key);
        const DataSplits d = synth(0.5);
        auto m = build(d, key.toStdString());
        const int N = 64;
        std::vector<int> rows(N);
        for (int i = 0; i < N; ++i) rows[i] = i;
        Rng rng(1);
        m->forward(d.train, rows.data(), N, true, rng);
        m->backward();
        const std::vector<Mat> full = [&] {
            std::vector<Mat> g;
            for (Param* p : m->params()) g.push_back(p->grad);
            return g;
        }();
        const auto& rep = m->sharedRepresentation();
        std::vector<Mat> sum(rep.size());
        const auto& heads = m->heads();
        for (int k = 0; k < 2; ++k) {
            heads[0]->lossWeight = k == 0 ? 1 : 0;
            heads[1]->lossWeight = k == 1 ? 1 : 0;
            m->backwardTaskSide(std::uint64_t(1) << k);
            for (size_t z = 0; z < rep.size(); ++z)
                sum[z] = k == 0 ? Mat(m->outputGrad(rep[z])) : Mat(sum[z] + m->outputGrad(rep[z]));
        }
        m->backwardSharedSide(sum);
        double worst = 0, scale = 0;
        for (size_t i = 0; i < full.size(); ++i) {
            worst = std::max(
                worst, static_cast<double>((m->params()[i]->grad - full[i]).cwiseAbs().maxCoeff()));
            scale = std::max(scale, static_cast<double>(full[i].cwiseAbs().maxCoeff()));
        }
        QVERIFY(scale > 0);
        QVERIFY2(worst <= 1e-5 * scale, qPrintable(QString("%1 of %2").arg(worst).arg(scale)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m->backwardSharedSide({}));
    }

    void deterministicForASeed() {
        const DataSplits d = synth(0.5, 256);
        std::vector<Mat> first;
        for (int run = 0; run < 2; ++run) {
            auto m = build(d, "mmoe");
            TrainConfig c;
            c.batchSize = 32;
            c.epochs = 2;
            c.seed = 11;
            c.weighting.method = WeightingMethod::MGDAUB;
            Trainer t(*m, c);
            const TrainResult r = t.train(d.train, d.valid);
            QVERIFY(r.ok);
            QVERIFY(r.conflictSamples > 0);  // measured on every step, as the gradient methods
            if (run == 0)
                first = weights(*m);
            else
                for (size_t i = 0; i < first.size(); ++i) QVERIFY(first[i] == weights(*m)[i]);
        }
    }

    void differsFromMgdaWithARepresentationAndEqualsItWithout() {
        const DataSplits d = synth(0.5, 256);
        const auto train = [&](const std::string& key, WeightingMethod method) {
            auto m = build(d, key);
            TrainConfig c;
            c.batchSize = 32;
            c.epochs = 1;
            c.seed = 5;
            c.restoreBest = false;
            c.weighting.method = method;
            Trainer t(*m, c);
            t.train(d.train, d.valid);
            return weights(*m);
        };
        const auto maxDiff = [](const std::vector<Mat>& a, const std::vector<Mat>& b) {
            double x = 0;
            for (size_t i = 0; i < a.size(); ++i)
                x = std::max(x, static_cast<double>((a[i] - b[i]).cwiseAbs().maxCoeff()));
            return x;
        };
        QVERIFY(maxDiff(train("mmoe", WeightingMethod::MGDAUB),
                        train("mmoe", WeightingMethod::MGDA)) > 1e-6);
        // CGC has no representation cut: mgda-ub is MGDA on the shared parameters.
        QCOMPARE(
            maxDiff(train("cgc", WeightingMethod::MGDAUB), train("cgc", WeightingMethod::MGDA)),
            0.0);
    }
};

QTEST_APPLESS_MAIN(TestMgdaUb)
#include "tst_mgda_ub.moc"
