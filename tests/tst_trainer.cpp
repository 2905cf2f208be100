// The trainer and metrics: exact AUC with ties, per-task metrics on labelled rows only,
// determinism for a seed, the stop flag, observers, early stopping, live learning rate, and
// divergence stopping with the last good weights kept.
#include <QtTest>
#include <atomic>
#include <cmath>

#include "GradCheck.h"
#include "data/Synthetic.h"
#include "graph/Templates.h"
#include "metrics/Metrics.h"
#include "train/Trainer.h"

using namespace mtl;

namespace {
DataSplits smallData(bool binary = true) {
    SyntheticConfig c;
    c.d = 10;
    c.nTrain = 600;
    c.nValid = 200;
    c.nTest = 200;
    c.binary = binary;
    return makeSynthetic(c);
}
std::unique_ptr<Model> mmoe(const DataSplits& d, unsigned long long seed = 1) {
    TemplateOptions o;
    o.schema = d.train.schema;
    o.experts = 4;
    o.expertUnits = {8};
    Graph g = makeTemplate("mmoe", o);
    return Model::compile(g, d.train.schema, seed);
}
struct Recorder : TrainObserver {
    int batches = 0, epochs = 0;
    std::string finished;
    std::atomic<bool>* stopAfter = nullptr;
    int stopAt = -1;
    void onBatch(const BatchSnapshot& s) override {
        ++batches;
        QVERIFY(std::isfinite(s.loss));
        QCOMPARE(static_cast<int>(s.taskLoss.size()), 2);
        if (stopAfter && batches == stopAt) stopAfter->store(true);
    }
    void onEpoch(const EpochSnapshot& e) override {
        ++epochs;
        QCOMPARE(static_cast<int>(e.valid.tasks.size()), 2);
        QCOMPARE(static_cast<int>(e.valid.gates.size()), 2);
    }
    void onFinished(const std::string& r) override { finished = r; }
};
}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT
private slots:
    void aucWithTiesMatchesPairCounting() {
        // AUC = P(score+ > score-) + 0.5 P(tie), counted over all pairs by hand.
        std::vector<float> s = {0.1f, 0.4f, 0.4f, 0.8f, 0.4f, 0.9f, 0.2f};
        std::vector<float> y = {0, 1, 0, 1, 1, 0, std::nanf("")};
        double wins = 0, pairs = 0;
        for (size_t i = 0; i < s.size(); ++i)
            for (size_t j = 0; j < s.size(); ++j)
                if (y[i] == 1 && y[j] == 0) {
                    pairs += 1;
                    wins += s[i] > s[j] ? 1.0 : (s[i] == s[j] ? 0.5 : 0.0);
                }
        QCOMPARE(rocAuc(s, y), wins / pairs);
        QVERIFY(std::isnan(rocAuc({0.1f, 0.2f}, {1, 1})));  // one class only
        auto roc = rocCurve(s, y);
        QCOMPARE(roc.front().first, 0.0);
        QCOMPARE(roc.back().first, 1.0);
        QCOMPARE(roc.back().second, 1.0);
    }
    void perTaskMetricsUseOnlyLabelledRows() {
        Dataset d = test::randomDataset(4, {}, {{"a", TaskKind::Binary}, {"b", TaskKind::Binary}},
                                        300, 3, 0.0);
        for (int r = 0; r < 300; r += 2) d.labels(1, r) = std::nanf("");  // task b: half unlabelled
        DataSplits s{d, d, d, "", {}, {}};
        auto m = mmoe(s);
        EvalResult ev = evaluate(*m, d, 64);
        QCOMPARE(ev.find("a")->count, 300);
        QCOMPARE(ev.find("b")->count, 150);
    }
    void deterministicForASeed() {
        DataSplits d = smallData();
        TrainConfig tc;
        tc.epochs = 2;
        tc.batchSize = 64;
        tc.seed = 5;
        auto m1 = mmoe(d, 5), m2 = mmoe(d, 5), m3 = mmoe(d, 6);
        Trainer(*m1, tc).train(d.train, d.valid);
        Trainer(*m2, tc).train(d.train, d.valid);
        tc.seed = 6;
        Trainer(*m3, tc).train(d.train, d.valid);
        bool same12 = true, same13 = true;
        for (size_t i = 0; i < m1->params().size(); ++i) {
            same12 &= m1->params()[i]->value == m2->params()[i]->value;
            same13 &= m1->params()[i]->value == m3->params()[i]->value;
        }
        QVERIFY(same12);
        QVERIFY(!same13);
    }
    void observersAndStopFlag() {
        DataSplits d = smallData();
        TrainConfig tc;
        tc.epochs = 5;
        tc.batchSize = 100;  // 6 batches per epoch
        auto m = mmoe(d);
        Trainer t(*m, tc);
        std::atomic<bool> stop{false};
        Recorder rec;
        rec.stopAfter = &stop;
        rec.stopAt = 8;  // stop during the second epoch
        t.addObserver(&rec);
        t.setStopFlag(&stop);
        TrainResult r = t.train(d.train, d.valid);
        QVERIFY(r.stopped);
        QCOMPARE(rec.batches, 8);
        QCOMPARE(rec.epochs, 1);
        QVERIFY2(
            QString::fromStdString(r.reason).contains("stopped by the user at epoch 2, batch 3"),
            r.reason.c_str());
        QCOMPARE(rec.finished, r.reason);
    }
    void earlyStoppingOnATask() {
        DataSplits d = smallData();
        TrainConfig tc;
        tc.epochs = 200;
        tc.batchSize = 32;
        tc.optimizer.lr = 0.03;
        tc.earlyStopTask = "task1";
        tc.patience = 2;
        auto m = mmoe(d);
        TrainResult r = Trainer(*m, tc).train(d.train, d.valid);
        QVERIFY2(r.epochs < 200, r.reason.c_str());
        QVERIFY(QString::fromStdString(r.reason).contains("early stopping"));
        QCOMPARE(r.epochs, r.bestEpoch + 1 + tc.patience);
    }
    void liveLearningRateTakesEffect() {
        DataSplits d = smallData();
        TrainConfig tc;
        tc.epochs = 1;
        auto a = mmoe(d), b = mmoe(d);
        std::atomic<double> zero{0.0};
        Trainer ta(*a, tc);
        ta.setLiveLearningRate(&zero);  // learning rate 0: weights must not move
        std::vector<Mat> before;
        for (Param* p : a->params()) before.push_back(p->value);
        ta.train(d.train, d.valid);
        for (size_t i = 0; i < before.size(); ++i) QVERIFY(a->params()[i]->value == before[i]);
        Trainer(*b, tc).train(d.train, d.valid);
        QVERIFY(!(b->params()[0]->value == before[0]));
    }
    void divergenceStopsWithAMessageAndKeepsGoodWeights_data() {
        QTest::addColumn<bool>("binary");
        QTest::newRow("regression") << false;
        QTest::newRow("binary") << true;
    }
    void divergenceStopsWithAMessageAndKeepsGoodWeights() {
        QFETCH(bool, binary);
        DataSplits d = smallData(binary);
        TrainConfig tc;
        tc.epochs = 3;
        tc.optimizer.lr = 1e6;
        auto m = mmoe(d);
        std::vector<Mat> before;
        for (Param* p : m->params()) before.push_back(p->value);
        TrainResult r = Trainer(*m, tc).train(d.train, d.valid);
        QVERIFY(!r.ok);
        QVERIFY2(QString::fromStdString(r.reason).contains("diverged"), r.reason.c_str());
        QVERIFY(QString::fromStdString(r.reason).contains("smaller learning rate"));
        for (size_t i = 0; i < before.size(); ++i) QVERIFY(m->params()[i]->value == before[i]);
        EvalResult ev = evaluate(*m, d.test, 256);
        for (const TaskMetrics& t : ev.tasks) QVERIFY(std::isfinite(t.loss));
    }
};

QTEST_APPLESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
