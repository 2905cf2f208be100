// The training controller (ui/train/TrainingController): a run on a worker thread delivers
// coalesced batch snapshots, epochs and a complete RunRecord; pause / step / resume / stop act
// between batches; the learning rate and loss weights change live; divergence and bad input end
// cleanly with the controller ready again; the same seed gives the same run; destroying the
// controller mid-run neither crashes nor hangs.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>

#include "graph/Templates.h"
#include "train/TrainingController.h"

using namespace mtl;
using mtl::ui::TrainingController;
using State = TrainingController::State;

namespace {

constexpr int kTrainRows = 3000, kBatch = 64;
constexpr int kBatchesPerEpoch = (kTrainRows + kBatch - 1) / kBatch;  // 47
constexpr int kTimeout = 20000;                                       // ms, for QTRY_*

// The paper's synthetic data, binary, small; the MMoE template made for its layout.
TrainingController::RunRequest request(int epochs, unsigned long long seed = 1) {
    TrainingController::RunRequest r;
    r.data.kind = DataSpec::Kind::Synthetic;
    r.data.synthetic.nTrain = kTrainRows;
    r.data.synthetic.nValid = 500;
    r.data.synthetic.nTest = 500;
    r.data.synthetic.binary = true;
    DataSchema schema = defaultSchema();
    for (TaskInfo& t : schema.tasks) t.kind = TaskKind::Binary;
    TemplateOptions o;
    o.schema = templateSchema("mmoe", schema);
    r.graph = makeTemplate("mmoe", o);
    r.config.batchSize = kBatch;
    r.config.epochs = epochs;
    r.config.seed = seed;
    r.name = "Run 1: MMoE";
    return r;
}

// Every batch snapshot received so far, in order.
QVector<BatchSnapshot> received(const QSignalSpy& spy) {
    QVector<BatchSnapshot> all;
    for (const QList<QVariant>& args : spy) all += args.at(0).value<QVector<BatchSnapshot>>();
    return all;
}

int receivedCount(const QSignalSpy& spy) { return received(spy).size(); }

RunRecord finishedRecord(const QSignalSpy& spy) { return spy.last().at(0).value<RunRecord>(); }

}  // namespace

class TestTraining : public QObject {
    Q_OBJECT
private slots:
    void runDeliversSnapshotsAndRecord() {
        TrainingController c;
        QSignalSpy states(&c, &TrainingController::stateChanged),
            data(&c, &TrainingController::dataReady), batches(&c, &TrainingController::batches),
            epochs(&c, &TrainingController::epoch), progress(&c, &TrainingController::progress),
            finished(&c, &TrainingController::finished), failed(&c, &TrainingController::failed);
        const int nEpochs = 4;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(c.start(request(nEpochs)));
        QCOMPARE(c.state(), State::Loading);
        QVERIFY(c.isActive());
        QVERIFY(!c.start(request(nEpochs)));  // one run at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        const qint64 ms = timer.elapsed();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(c.state(), State::Idle);
        QVERIFY(!c.isActive());

        QCOMPARE(states.count(), 3);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Loading);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Running);
        QCOMPARE(states.at(2).at(0).value<State>(), State::Idle);
        QCOMPARE(data.count(), 1);
        QVERIFY(data.at(0).at(0).toString().contains("synthetic"));
        QCOMPARE(data.at(0).at(2).toStringList(), QStringList({"task1", "task2"}));

        // Every batch once, in order; coalesced into few deliveries.
        const QVector<BatchSnapshot> all = received(batches);
        QCOMPARE(all.size(), nEpochs * kBatchesPerEpoch);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].step, i + 1LL);
            QCOMPARE(all[i].epoch, i / kBatchesPerEpoch);
            QCOMPARE(all[i].batch, i % kBatchesPerEpoch);
            QCOMPARE(all[i].batchesPerEpoch, kBatchesPerEpoch);
            QCOMPARE(all[i].taskLoss.size(), size_t(2));
            QCOMPARE(all[i].learningRate, 1e-3);
            QVERIFY(all[i].samplesPerSecond > 0);
        }
        QVERIFY2(batches.count() <= ms / 50 + 2 * nEpochs + 2,
                 qPrintable(QString("%1 deliveries in %2 ms").arg(batches.count()).arg(ms)));
        QCOMPARE(epochs.count(), nEpochs);
        QVERIFY(progress.count() >= 1);
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toInt(), nEpochs - 1);
        QCOMPARE(last.at(1).toInt(), nEpochs);
        QCOMPARE(last.at(2).toInt(), kBatchesPerEpoch - 1);
        QCOMPARE(last.at(3).toInt(), kBatchesPerEpoch);
        QVERIFY(last.at(4).toDouble() > 0);

        // The record is complete.
        const RunRecord r = finishedRecord(finished);
        QCOMPARE(QString::fromStdString(r.name), QString("Run 1: MMoE"));
        QVERIFY(r.ok);
        QVERIFY(!r.stopped);
        QVERIFY2(r.endReason.find("finished 4 epochs") != std::string::npos, r.endReason.c_str());
        QCOMPARE(r.batches.size(), size_t(all.size()));
        QCOMPARE(r.batches.back().step, all.back().step);
        QCOMPARE(r.epochs.size(), size_t(nEpochs));
        QCOMPARE(r.epochs[1].trainLoss, epochs.at(1).at(0).value<EpochSnapshot>().trainLoss);
        QCOMPARE(r.taskNames, std::vector<std::string>({"task1", "task2"}));
        QCOMPARE(r.config.epochs, nEpochs);
        QCOMPARE(r.data.synthetic.nTrain, kTrainRows);
        QVERIFY(!r.dataDescription.empty());
        QCOMPARE(r.schema.numeric(), 100);
        QVERIFY(r.graph.validate().ok());
        QCOMPARE(r.test.tasks.size(), size_t(2));
        QCOMPARE(r.test.tasks[0].count, 500);
        QVERIFY(r.test.tasks[0].auc > 0.6);  // it learned something
        QCOMPARE(r.test.gates.size(), size_t(2));
        QCOMPARE(r.roc.size(), size_t(2));
        for (const auto& curve : r.roc) {
            QVERIFY(curve.size() > 10);
            QCOMPARE(curve.front(), std::make_pair(0.0, 0.0));
            QCOMPARE(curve.back(), std::make_pair(1.0, 1.0));
        }
        QVERIFY(!r.weights.empty());
        QVERIFY(r.seconds > 0);
    }

    void snapshotEveryThinsBatches() {
        TrainingController c;
        QSignalSpy batches(&c, &TrainingController::batches),
            finished(&c, &TrainingController::finished);
        TrainingController::RunRequest req = request(2);
        req.config.batchSnapshotEvery = 5;
        QVERIFY(c.start(req));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        const QVector<BatchSnapshot> all = received(batches);
        QCOMPARE(all.size(), 2 * (kBatchesPerEpoch / 5));
        for (const BatchSnapshot& s : all) QCOMPARE((s.batch + 1) % 5, 0);
        QCOMPARE(finishedRecord(finished).batches.size(), size_t(all.size()));
        QCOMPARE(finishedRecord(finished).config.batchSnapshotEvery, 5);
    }

    void floodIsCoalesced() {
        // Batches of one example: thousands of batches a second reach the UI in a few deliveries.
        TrainingController c;
        QSignalSpy batches(&c, &TrainingController::batches),
            progress(&c, &TrainingController::progress),
            finished(&c, &TrainingController::finished);
        TrainingController::RunRequest req = request(2);
        req.config.batchSize = 1;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(c.start(req));
        // Thousands of one-example steps: under ThreadSanitizer on a busy machine this run took
        // just over 20 s, so it gets three times the usual wait (a bound on waiting, not a test).
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3 * kTimeout);
        const qint64 ms = timer.elapsed();
        QCOMPARE(receivedCount(batches), 2 * kTrainRows);
        const QString counts = QString("%1 deliveries, %2 progress reports in %3 ms")
                                   .arg(batches.count())
                                   .arg(progress.count())
                                   .arg(ms);
        QVERIFY2(batches.count() <= ms / 50 + 2 * 2 + 2, qPrintable(counts));
        QVERIFY2(progress.count() <= ms / 50 + 2 * 2 + 2, qPrintable(counts));
    }

    void pauseStepResume() {
        TrainingController c;
        QSignalSpy batches(&c, &TrainingController::batches),
            finished(&c, &TrainingController::finished),
            states(&c, &TrainingController::stateChanged);
        QVERIFY(c.start(request(3)));
        c.pause();  // while loading: takes effect after the first batch
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Paused, kTimeout);
        QVector<BatchSnapshot> before = received(batches);
        QVERIFY(!before.isEmpty());
        const long long pausedAt = before.last().step;

        // Paused: nothing arrives.
        batches.clear();
        QTest::qWait(300);
        QCOMPARE(batches.count(), 0);
        QCOMPARE(c.state(), State::Paused);

        // Step: exactly one batch, the next one; still paused.
        c.step();
        QTRY_COMPARE_WITH_TIMEOUT(receivedCount(batches), 1, kTimeout);
        QTest::qWait(300);
        QCOMPARE(receivedCount(batches), 1);
        QCOMPARE(received(batches).last().step, pausedAt + 1);
        QCOMPARE(c.state(), State::Paused);

        // A learning rate set while paused is used by the next batch.
        c.setLearningRate(0.0123);
        c.step();
        QTRY_COMPARE_WITH_TIMEOUT(receivedCount(batches), 2, kTimeout);
        BatchSnapshot s = received(batches).last();
        QCOMPARE(s.step, pausedAt + 2);
        QCOMPARE(s.learningRate, 0.0123);
        QCOMPARE(s.lossWeights, std::vector<double>({1.0, 1.0}));

        // Loss weight 0 on the first head: the batch's loss is the second head's weighted loss.
        c.setLossWeight(0, 0.0);
        c.setLossWeight(1, 2.0);
        c.setLossWeight(7, 5.0);  // no such head: ignored
        c.step();
        QTRY_COMPARE_WITH_TIMEOUT(receivedCount(batches), 3, kTimeout);
        s = received(batches).last();
        QCOMPARE(s.step, pausedAt + 3);
        QCOMPARE(s.lossWeights, std::vector<double>({0.0, 2.0}));
        QCOMPARE(s.loss, 2.0 * s.taskLoss[1]);  // MMoE has no regulariser
        QVERIFY(s.taskLoss[0] > 0);             // still measured, just not trained

        // Two steps: two batches.
        c.step();
        c.step();
        QTRY_COMPARE_WITH_TIMEOUT(receivedCount(batches), 5, kTimeout);
        QTest::qWait(200);
        QCOMPARE(receivedCount(batches), 5);
        QCOMPARE(received(batches).last().step, pausedAt + 5);

        // Resume (here during a step): the run goes on to the end.
        states.clear();
        c.step();
        c.resume();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(states.first().at(0).value<State>(), State::Running);
        QCOMPARE(c.state(), State::Idle);
        const RunRecord r = finishedRecord(finished);
        QVERIFY(r.ok);
        QCOMPARE(r.batches.size(), size_t(3 * kBatchesPerEpoch));
        QCOMPARE(r.batches.back().learningRate, 0.0123);
        QCOMPARE(r.batches.back().lossWeights, std::vector<double>({0.0, 2.0}));
    }

    void stopWhilePausedAndWhileRunning() {
        TrainingController c;
        QSignalSpy batches(&c, &TrainingController::batches),
            finished(&c, &TrainingController::finished);
        QVERIFY(c.start(request(3)));
        c.pause();
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Paused, kTimeout);
        c.stop();
        QCOMPARE(c.state(), State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(c.state(), State::Idle);
        RunRecord r = finishedRecord(finished);
        QVERIFY(r.stopped);
        QVERIFY(r.ok);
        QVERIFY2(r.endReason.find("stopped") != std::string::npos, r.endReason.c_str());
        QCOMPARE(r.test.tasks.size(), size_t(2));  // evaluated even so

        // Again, while running (a run far too long to end by itself).
        batches.clear();
        QVERIFY(c.start(request(500)));
        QTRY_VERIFY_WITH_TIMEOUT(batches.count() > 0, kTimeout);
        QCOMPARE(c.state(), State::Running);
        c.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeout);
        r = finishedRecord(finished);
        QVERIFY(r.stopped);
        QVERIFY(r.epochs.size() < 500);
        QCOMPARE(c.state(), State::Idle);
    }

    void divergenceEndsTheRunCleanly() {
        TrainingController c;
        QSignalSpy finished(&c, &TrainingController::finished),
            failed(&c, &TrainingController::failed);
        TrainingController::RunRequest req = request(3);
        req.config.optimizer.lr = 1e6;
        QVERIFY(c.start(req));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(failed.count(), 0);
        const RunRecord r = finishedRecord(finished);
        QVERIFY(!r.ok);
        QVERIFY2(r.endReason.find("diverged") != std::string::npos, r.endReason.c_str());
        QCOMPARE(c.state(), State::Idle);

        // The controller is usable again.
        QVERIFY(c.start(request(1)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kTimeout);
        QVERIFY(finishedRecord(finished).ok);
    }

    void sameSeedSameRun() {
        TrainingController c;
        QSignalSpy finished(&c, &TrainingController::finished);
        std::vector<RunRecord> runs;
        for (unsigned long long seed : {7ULL, 7ULL, 8ULL}) {
            QVERIFY(c.start(request(2, seed)));
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), int(runs.size()) + 1, kTimeout);
            runs.push_back(finishedRecord(finished));
        }
        auto losses = [](const RunRecord& r) {
            std::vector<double> v;
            for (const EpochSnapshot& e : r.epochs)
                v.insert(v.end(), {e.trainLoss, e.valid.totalLoss});
            for (const BatchSnapshot& b : r.batches) v.push_back(b.loss);
            return v;
        };
        QCOMPARE(runs[0].epochs.size(), size_t(2));
        QVERIFY(losses(runs[0]) == losses(runs[1]));  // bit for bit
        QCOMPARE(runs[0].test.tasks[0].auc, runs[1].test.tasks[0].auc);
        QVERIFY(losses(runs[0]) != losses(runs[2]));
    }

    void errorsBeforeTrainingFail_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing CSV") << 0 << "no_such_file.csv";
        QTest::newRow("bad CSV value") << 1 << "line 3, column 2";
        QTest::newRow("invalid graph") << 2 << "not valid";
        QTest::newRow("graph does not fit the data") << 3 << "use the matching head";
    }
    void errorsBeforeTrainingFail() {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        TrainingController::RunRequest req = request(1);
        if (kind == 0) {
            req.data.kind = DataSpec::Kind::Csv;
            req.data.csvPath = dir.filePath("no_such_file.csv").toStdString();
        } else if (kind == 1) {
            QFile f(dir.filePath("bad.csv"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("a,b,label\n1,2,0\n3,x,1\n");
            f.close();
            req.data.kind = DataSpec::Kind::Csv;
            req.data.csvPath = f.fileName().toStdString();
            req.data.csv.columns = {{"a", ColumnRole::Numeric, "", TaskKind::Binary},
                                    {"b", ColumnRole::Numeric, "", TaskKind::Binary},
                                    {"label", ColumnRole::Label, "", TaskKind::Binary}};
        } else if (kind == 2) {
            req.graph = Graph();
        } else {
            TemplateOptions o;
            o.schema = defaultSchema();  // regression heads, binary data
            req.graph = makeTemplate("mmoe", o);
        }
        TrainingController c;
        QSignalSpy failed(&c, &TrainingController::failed),
            finished(&c, &TrainingController::finished);
        QVERIFY(c.start(req));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(c.state(), State::Idle);
        QCOMPARE(finished.count(), 0);
        QVERIFY(c.start(request(1)));  // usable again
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
    }

    void destroyingMidRunIsClean() {
        QElapsedTimer timer;
        // Running.
        auto* c = new TrainingController;
        QSignalSpy batches(c, &TrainingController::batches);
        QVERIFY(c->start(request(500)));
        QTRY_VERIFY_WITH_TIMEOUT(batches.count() > 0, kTimeout);
        timer.start();
        delete c;
        QVERIFY(timer.elapsed() < 3000);
        // Paused.
        c = new TrainingController;
        QVERIFY(c->start(request(500)));
        c->pause();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Paused, kTimeout);
        timer.start();
        delete c;
        QVERIFY(timer.elapsed() < 3000);
        // Loading, and with events of the run still queued.
        c = new TrainingController;
        QVERIFY(c->start(request(500)));
        timer.start();
        delete c;
        QVERIFY(timer.elapsed() < 3000);
        QTest::qWait(50);  // nothing arrives for the deleted controller
    }
};

QTEST_MAIN(TestTraining)
#include "tst_ui_training.moc"
