// The trainer with loss weighting and gradient manipulation (TrainConfig::weighting): per-task
// backward passes on one forward give EW's gradient back, task-specific parameters keep their own
// task's gradient, determinism for a seed for every method, GradNorm's update on a tiny model,
// UW's learned log-variances, DWA's history, and the conflict statistics (correlated tasks agree
// more than uncorrelated ones).
#include <QtTest>
#include <cmath>

#include "GradCheck.h"
#include "data/Synthetic.h"
#include "graph/Templates.h"
#include "train/Trainer.h"

using namespace mtl;

namespace {
DataSplits synth(double p, int nTrain = 512, unsigned long long seed = 1) {
    SyntheticConfig c;
    c.d = 12;
    c.nTrain = nTrain;
    c.nValid = 128;
    c.nTest = 64;
    c.p = p;
    c.seed = seed;
    return makeSynthetic(c);
}
std::unique_ptr<Model> build(const DataSplits& d, const std::string& key = "mmoe",
                             unsigned long long seed = 1) {
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
TrainConfig config(WeightingMethod m, int epochs = 2) {
    TrainConfig c;
    c.batchSize = 64;
    c.epochs = epochs;
    c.seed = 5;
    c.restoreBest = false;
    c.weighting.method = m;
    return c;
}
std::vector<Mat> weights(Model& m) {
    std::vector<Mat> w;
    for (Param* p : m.params()) w.push_back(p->value);
    return w;
}
double maxDiff(const std::vector<Mat>& a, const std::vector<Mat>& b) {
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i)
        d = std::max(d, static_cast<double>((a[i] - b[i]).cwiseAbs().maxCoeff()));
    return d;
}
struct Snapshots : TrainObserver {
    std::vector<BatchSnapshot> batches;
    void onBatch(const BatchSnapshot& s) override { batches.push_back(s); }
};
const WeightingMethod kAll[] = {WeightingMethod::EW,       WeightingMethod::UW,
                                WeightingMethod::GradNorm, WeightingMethod::DWA,
                                WeightingMethod::PLE,      WeightingMethod::PCGrad,
                                WeightingMethod::MGDA,     WeightingMethod::CAGrad};
}  // namespace

class TestTrainerWeighting : public QObject {
    Q_OBJECT
private slots:
    void perTaskPassesGiveEwGradientBack_data() {
        QTest::addColumn<QString>("key");
        for (const char* k : {"mmoe", "shared_bottom", "cgc", "ple", "mmoe_topk", "cross_stitch"})
            QTest::newRow(k) << QString(k);
    }
    void perTaskPassesGiveEwGradientBack() {
        // EW measured on every step (one backward per task, recombined) must train like plain
        // EW: the sum of the tasks' gradients is the gradient of the sum. mmoe_topk has a
        // regulariser, whose gradient must be counted once.
        QFETCH(QString, key);
        const DataSplits d = synth(0.5);
        auto a = build(d, key.toStdString()), b = build(d, key.toStdString());
        TrainConfig plain = config(WeightingMethod::EW);
        TrainConfig measured = plain;
        measured.weighting.conflictEvery = 1;
        Trainer(*a, plain).train(d.train, d.valid);
        const TrainResult r = Trainer(*b, measured).train(d.train, d.valid);
        QVERIFY2(maxDiff(weights(*a), weights(*b)) < 2e-4,
                 qPrintable(QString::number(maxDiff(weights(*a), weights(*b)))));
        QCOMPARE(r.conflictSamples, 2 * 8);
        QVERIFY(std::isfinite(r.meanCosine));
        QVERIFY(std::isnan(r.changedShare));  // EW changes nothing
    }

    void taskSpecificParametersKeepTheirOwnGradient() {
        // One SGD step without momentum: w -= lr * grad. MGDA rescales the shared experts'
        // gradient but the towers and gates must move exactly as under EW.
        const DataSplits d = synth(0.0);
        auto ew = build(d), mgda = build(d);
        TrainConfig c = config(WeightingMethod::EW, 1);
        c.batchSize = d.train.rows();
        c.optimizer.kind = OptimizerKind::SGD;
        c.optimizer.momentum = 0;
        c.optimizer.lr = 0.1;
        Trainer(*ew, c).train(d.train, d.valid);
        c.weighting.method = WeightingMethod::MGDA;
        Trainer(*mgda, c).train(d.train, d.valid);
        const auto& pe = ew->params();
        const auto& pm = mgda->params();
        int specific = 0, sharedDiffer = 0;
        for (size_t i = 0; i < pe.size(); ++i) {
            const double diff = (pe[i]->value - pm[i]->value).cwiseAbs().maxCoeff();
            if (pe[i]->name.rfind("experts", 0) == 0) {
                sharedDiffer += diff > 1e-6 ? 1 : 0;
            } else {
                ++specific;
                QVERIFY2(diff < 1e-6, pe[i]->name.c_str());
            }
        }
        QVERIFY(specific >= 8);
        QCOMPARE(sharedDiffer, 2);
    }

    void aTaskWithoutGradientDoesNotStopTheSharedParameters() {
        // Task 2 weighted 0: its gradient is zero, the min-norm point of {g1, 0} is 0. MGDA
        // must combine the tasks that have a gradient (here g1 alone), not freeze the experts.
        const DataSplits d = synth(0.5);
        for (WeightingMethod m :
             {WeightingMethod::MGDA, WeightingMethod::CAGrad, WeightingMethod::PCGrad}) {
            auto model = build(d);
            const std::vector<Mat> before = weights(*model);
            TrainConfig c = config(m, 1);
            c.lossWeights = {{"task2", 0.0}};
            Trainer(*model, c).train(d.train, d.valid);
            const auto& ps = model->params();
            for (size_t i = 0; i < ps.size(); ++i) {
                const double moved = (ps[i]->value - before[i]).cwiseAbs().maxCoeff();
                if (ps[i]->name.rfind("experts", 0) == 0 ||
                    ps[i]->name.rfind("tower_task1", 0) == 0)
                    QVERIFY2(moved > 1e-5,
                             qPrintable(QString("%1: %2")
                                            .arg(weightingName(m))
                                            .arg(QString::fromStdString(ps[i]->name))));
                if (ps[i]->name.rfind("tower_task2", 0) == 0) QCOMPARE(moved, 0.0);
            }
        }
    }

    void everyMethodIsDeterministicForASeed() {
        const DataSplits d = synth(0.3);
        for (WeightingMethod m : kAll) {
            auto a = build(d), b = build(d);
            TrainConfig c = config(m, 3);
            c.weighting.conflictEvery = 3;
            c.weighting.pleGamma = {0.9, 1.1};
            Trainer ta(*a, c), tb(*b, c);
            const TrainResult ra = ta.train(d.train, d.valid);
            const TrainResult rb = tb.train(d.train, d.valid);
            QVERIFY2(ra.ok && rb.ok, weightingName(m));
            QVERIFY2(maxDiff(weights(*a), weights(*b)) == 0, weightingName(m));
            QCOMPARE(ta.weightingState().weights, tb.weightingState().weights);
            QCOMPARE(ta.weightingState().logVar, tb.weightingState().logVar);
            QCOMPARE(ra.meanCosine, rb.meanCosine);
        }
        // Three tasks (PCGrad's random order matters only from three on): still
        // deterministic for a seed.
        DataSplits d3;
        d3.train = test::randomDataset(
            6, {}, {{"a", TaskKind::Binary}, {"b", TaskKind::Binary}, {"c", TaskKind::Regression}},
            256, 3);
        d3.valid = d3.train;
        auto a = build(d3), b = build(d3);
        TrainConfig c = config(WeightingMethod::PCGrad, 3);
        c.weighting.seed = 11;
        const TrainResult ra = Trainer(*a, c).train(d3.train, d3.valid);
        const TrainResult rb = Trainer(*b, c).train(d3.train, d3.valid);
        QVERIFY(ra.changedShare > 0);
        QCOMPARE(ra.changedShare, rb.changedShare);
        QVERIFY(maxDiff(weights(*a), weights(*b)) == 0);
    }

    void methodsChangeTheTrainingAndReportIt() {
        const DataSplits d = synth(-0.5);
        auto ew = build(d);
        Trainer(*ew, config(WeightingMethod::EW)).train(d.train, d.valid);
        for (WeightingMethod m :
             {WeightingMethod::PCGrad, WeightingMethod::MGDA, WeightingMethod::CAGrad,
              WeightingMethod::UW, WeightingMethod::GradNorm}) {
            auto model = build(d);
            Snapshots snaps;
            Trainer t(*model, config(m));
            t.addObserver(&snaps);
            const TrainResult r = t.train(d.train, d.valid);
            QVERIFY(r.ok);
            QVERIFY2(maxDiff(weights(*ew), weights(*model)) > 1e-6, weightingName(m));
            const BatchSnapshot& s = snaps.batches.back();
            QCOMPARE(s.weighting, std::string(weightingName(m)));
            QCOMPARE(s.methodWeights.size(), size_t(2));
            if (m == WeightingMethod::UW) {
                QCOMPARE(s.logVariance.size(), size_t(2));
                QVERIFY(s.logVariance[0] != 0 && std::isfinite(s.logVariance[0]));
                QCOMPARE(s.conflictStep, -1LL);  // no measurement asked for
                continue;
            }
            QCOMPARE(s.conflictStep, s.step);  // measured on every step
            QCOMPARE(s.conflictHeads, std::vector<int>({0, 1}));
            QCOMPARE(s.taskGradNorm.size(), size_t(2));
            QVERIFY(s.taskGradNorm[0] > 0 && s.taskGradNorm[1] > 0);
            QCOMPARE(s.cosine.size(), size_t(1));
            QVERIFY(std::abs(s.cosine[0]) <= 1 + 1e-9);
            QCOMPARE(s.groupNames, std::vector<std::string>({"experts"}));
            QCOMPARE(s.groupCosine.size(), size_t(1));
            QVERIFY(std::abs(s.groupCosine[0][0] - s.cosine[0]) < 1e-9);
            if (isGradientMethod(m)) {
                QVERIFY(r.changedShare > 0);
                QVERIFY(r.meanGradientChange > 0);
            } else {
                QVERIFY(std::abs(s.methodWeights[0] + s.methodWeights[1] - 2) < 1e-9);
                QVERIFY(s.methodWeights[0] != 1.0);
            }
        }
    }

    void gradnormUpdateOnATinyModel() {
        // One full-batch step: the weights used are (1, 1); the new weights must be exactly
        // gradnormUpdate of the reported task gradient norms and losses (ratios 1 on the first
        // step, so the targets are the mean norm).
        const DataSplits d = synth(0.2, 128);
        auto model = build(d, "shared_bottom");
        TrainConfig c = config(WeightingMethod::GradNorm, 1);
        c.batchSize = d.train.rows();
        c.weighting.gradnormAlpha = 1.0;
        c.weighting.gradnormLr = 0.05;
        Snapshots snaps;
        Trainer t(*model, c);
        t.addObserver(&snaps);
        t.train(d.train, d.valid);
        QCOMPARE(static_cast<int>(snaps.batches.size()), 1);
        const BatchSnapshot& s = snaps.batches[0];
        QCOMPARE(s.methodWeights, std::vector<double>({1.0, 1.0}));
        const std::vector<double> n = s.taskGradNorm;
        const std::vector<double> expected =
            gradnormUpdate({1, 1}, n, s.taskLoss, s.taskLoss, 1.0, 0.05);
        const std::vector<double>& got = t.weightingState().weights;
        QVERIFY(std::abs(got[0] - expected[0]) < 1e-12 && std::abs(got[1] - expected[1]) < 1e-12);
        // The task with the larger gradient norm is weighted down.
        QVERIFY((n[0] > n[1]) == (got[0] < got[1]));
        QVERIFY(std::abs(got[0] + got[1] - 2) < 1e-12);
    }

    void dwaUsesTheEpochHistory() {
        const DataSplits d = synth(0.5);
        auto model = build(d);
        Snapshots snaps;
        Trainer t(*model, config(WeightingMethod::DWA, 3));
        t.addObserver(&snaps);
        const TrainResult r = t.train(d.train, d.valid);
        // Epochs 1 and 2 have fewer than two epochs of history: weights 1. Epoch 3: from the
        // first two epochs' training losses.
        const BatchSnapshot& first = snaps.batches.front();
        QCOMPARE(first.methodWeights, std::vector<double>({1.0, 1.0}));
        const BatchSnapshot& last = snaps.batches.back();
        const std::vector<double> expected =
            dwaWeights({r.history[0].trainTaskLoss, r.history[1].trainTaskLoss}, 2.0);
        QVERIFY(std::abs(last.methodWeights[0] - expected[0]) < 1e-12);
        QVERIFY(last.methodWeights[0] != 1.0);
        QCOMPARE(t.weightingState().lossHistory.size(), size_t(2));
    }

    void conflictIsHigherForCorrelatedTasks() {
        // Synthetic tasks with correlation 1 share their gradient direction far more than tasks
        // with correlation 0 (issue 13, "must show" 3, small scale).
        auto run = [](double p) {
            const DataSplits d = synth(p, 1024);
            auto model = build(d);
            TrainConfig c = config(WeightingMethod::EW, 10);
            c.optimizer.lr = 0.01;
            c.weighting.conflictEvery = 2;
            return Trainer(*model, c).train(d.train, d.valid);
        };
        const TrainResult r0 = run(0.0), r1 = run(1.0);
        qInfo("mean cosine p=0: %.3f (conflict share %.2f), p=1: %.3f (%.2f)", r0.meanCosine,
              r0.conflictShare, r1.meanCosine, r1.conflictShare);
        QVERIFY(r1.meanCosine > r0.meanCosine + 0.15);
        QVERIFY(r0.conflictShare > r1.conflictShare);
    }

    void stateOfAnotherMethodIsIgnored() {
        const DataSplits d = synth(0.5);
        auto model = build(d);
        Trainer t(*model, config(WeightingMethod::UW, 1));
        WeightingState s;
        s.method = "gradnorm";
        s.weights = {0.5, 1.5};
        t.setWeightingState(s);
        t.train(d.train, d.valid);
        QCOMPARE(t.weightingState().method, std::string("uw"));
        QCOMPARE(t.weightingState().weights, std::vector<double>({1.0, 1.0}));
        QVERIFY(t.weightingState().logVar[0] != 0);
    }
};

QTEST_APPLESS_MAIN(TestTrainerWeighting)
#include "tst_trainer_weighting.moc"
