// Restoring the best epoch restores the weighting method's state with the weights: after a run
// whose best validation epoch is not the last, the trainer's WeightingState (UW's log-variances,
// DWA's loss history, GradNorm's weights) is the one of the best epoch, not of the last, so that a
// saved model pairs epoch-k weights with epoch-k state. Without restoreBest the last state stays.
#include <QtTest>
#include <cmath>

#include "data/Synthetic.h"
#include "graph/Templates.h"
#include "train/Trainer.h"

using namespace mtl;

namespace {

// Few training rows, a wide model and a large learning rate: validation peaks early, then
// degrades (overfitting), so the best epoch is not the last.
DataSplits smallData() {
    SyntheticConfig c;
    c.d = 12;
    c.nTrain = 64;
    c.nValid = 256;
    c.nTest = 64;
    c.p = 0.5;
    c.seed = 3;
    return makeSynthetic(c);
}

std::unique_ptr<Model> build(const DataSplits& d) {
    TemplateOptions o;
    o.schema = d.train.schema;
    o.experts = 3;
    o.expertUnits = {32};
    o.towerUnits = {16};
    Graph g = makeTemplate("mmoe", o);
    Model::bindInputs(g, d.train.schema);
    return Model::compile(g, d.train.schema, 2);
}

TrainConfig config(WeightingMethod m, bool restoreBest, double lr = 0.01) {
    TrainConfig c;
    c.batchSize = 16;
    c.epochs = 12;
    c.seed = 4;
    c.optimizer.lr = lr;
    c.restoreBest = restoreBest;
    c.weighting.method = m;
    return c;
}

// The UW log-variances at the end of each epoch (the last batch snapshot of the epoch).
struct EpochEnd : TrainObserver {
    std::vector<std::vector<double>> logVar;  // per epoch
    std::vector<double> pending;
    void onBatch(const BatchSnapshot& s) override { pending = s.logVariance; }
    void onEpoch(const EpochSnapshot&) override { logVar.push_back(pending); }
};

double maxAbsDiff(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) return INFINITY;
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i) d = std::max(d, std::abs(a[i] - b[i]));
    return d;
}

}  // namespace

class TestTrainerRestoreWeighting : public QObject {
    Q_OBJECT
private slots:
    void uwLogVariancesOfTheBestEpoch() {
        const DataSplits d = smallData();
        auto m = build(d);
        Trainer t(*m, config(WeightingMethod::UW, true));
        t.setWeightingState({});
        EpochEnd ends;
        t.addObserver(&ends);
        const TrainResult r = t.train(d.train, d.valid);
        QVERIFY(r.ok);
        QCOMPARE(r.epochs, 12);
        QCOMPARE(static_cast<int>(ends.logVar.size()), 12);
        // The setting must make the test able to fail: the best epoch is not the last and the
        // log-variances moved after it.
        QVERIFY2(r.bestEpoch >= 0 && r.bestEpoch < r.epochs - 1,
                 qPrintable(QString("best epoch %1 of %2").arg(r.bestEpoch).arg(r.epochs)));
        const std::vector<double>& best = ends.logVar[static_cast<size_t>(r.bestEpoch)];
        const std::vector<double>& last = ends.logVar.back();
        QVERIFY(maxAbsDiff(best, last) > 1e-6);
        // UW's log-variances per labelled task (both heads are labelled here).
        QCOMPARE(t.weightingState().logVar.size(), size_t(2));
        QVERIFY(maxAbsDiff(t.weightingState().logVar, best) < 1e-12);

        // Without restoreBest the state of the last epoch stays.
        auto m2 = build(d);
        Trainer t2(*m2, config(WeightingMethod::UW, false));
        EpochEnd ends2;
        t2.addObserver(&ends2);
        t2.train(d.train, d.valid);
        QVERIFY(maxAbsDiff(t2.weightingState().logVar, ends2.logVar.back()) < 1e-12);
    }

    void dwaHistoryOfTheBestEpoch() {
        const DataSplits d = smallData();
        auto m = build(d);
        Trainer t(*m, config(WeightingMethod::DWA, true, 0.003));
        const TrainResult r = t.train(d.train, d.valid);
        QVERIFY(r.ok);
        QVERIFY2(r.bestEpoch >= 1 && r.bestEpoch < r.epochs - 1,
                 qPrintable(QString("best epoch %1 of %2").arg(r.bestEpoch).arg(r.epochs)));
        // DWA keeps the last two epochs' mean task losses: those of the best epoch and the one
        // before it.
        const auto& h = t.weightingState().lossHistory;
        QCOMPARE(h.size(), size_t(2));
        const auto& e1 = r.history[static_cast<size_t>(r.bestEpoch - 1)].trainTaskLoss;
        const auto& e2 = r.history[static_cast<size_t>(r.bestEpoch)].trainTaskLoss;
        QVERIFY(maxAbsDiff(h[0], e1) < 1e-12);
        QVERIFY(maxAbsDiff(h[1], e2) < 1e-12);
        QVERIFY(maxAbsDiff(h[1], r.history.back().trainTaskLoss) > 1e-9);
    }

    void gradnormWeightsOfTheBestEpoch() {
        // The GradNorm weights after the best epoch, taken from a run of just that many epochs
        // (same seed: the same steps), against the restored state of the longer run.
        const DataSplits d = smallData();
        auto m = build(d);
        Trainer t(*m, config(WeightingMethod::GradNorm, true));
        const TrainResult r = t.train(d.train, d.valid);
        QVERIFY(r.ok);
        QVERIFY(r.bestEpoch >= 0 && r.bestEpoch < r.epochs - 1);
        auto shortModel = build(d);
        TrainConfig c = config(WeightingMethod::GradNorm, false);
        c.epochs = r.bestEpoch + 1;
        Trainer s(*shortModel, c);
        s.train(d.train, d.valid);
        QCOMPARE(t.weightingState().steps, s.weightingState().steps);
        QVERIFY(maxAbsDiff(t.weightingState().weights, s.weightingState().weights) < 1e-12);
        // And the restored model's weights are that run's.
        for (size_t i = 0; i < m->params().size(); ++i)
            QVERIFY(
                (m->params()[i]->value - shortModel->params()[i]->value).cwiseAbs().maxCoeff() ==
                0);
    }
};

QTEST_APPLESS_MAIN(TestTrainerRestoreWeighting)
#include "tst_trainer_restore_weighting.moc"
