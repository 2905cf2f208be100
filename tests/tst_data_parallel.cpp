// DataParallel (nn/DataParallel.h): a batch split among threads, each share on its own replica,
// gives the whole batch's loss, per-head losses and parameter gradients up to float rounding,
// for every template that does not couple examples, with masked labels (NaN) and a batch that
// the thread count does not divide. Split steps are bit-identical from run to run. Models whose
// regulariser spans the batch or the parameters are not split, and say which layer. Through the
// Trainer: training is split at two threads, learns as the layer-threaded steps do, and the
// per-task gradient methods stay whole.
#include <QtTest>
#include <cstring>
#include <limits>

#include "GradCheck.h"
#include "graph/Templates.h"
#include "nn/DataParallel.h"
#include "nn/Linear.h"
#include "nn/Model.h"
#include "nn/Optimizer.h"
#include "train/Trainer.h"

using namespace mtl;

namespace {
struct Case {
    Graph graph;
    DataSchema schema;
    Dataset data;
};

// key "shared_bottom_large": Shared-Bottom with a 2100-wide bottom layer, over
// DataParallel::kSharedCopy parameters (share 0 runs on the model's own) and with hidden
// activations over 2^18 coefficients per share (the passes fused column by column).
Case makeCase(std::string key, const std::string& encoding = "onehot") {
    const bool large = key == "shared_bottom_large";
    if (large) key = "shared_bottom";
    std::vector<TaskInfo> ti = {{"t0", TaskKind::Binary}, {"t1", TaskKind::Regression}};
    if (key == "esmm") ti = {{"t0", TaskKind::Binary}, {"t1", TaskKind::Binary}};
    Case c;
    c.data = test::randomDataset(5, {3, 4}, ti, 64, 1, 0.3);
    TemplateOptions o = test::tinyTemplateOptions(c.data.schema);
    o.encoding = encoding;
    o.noisyTopK = false;  // the shares draw other noise than the whole batch
    if (large) o.bottomUnits = {2100, 128};
    if (key == "esmm") {
        o.schema = templateSchema("esmm", c.data.schema);
        c.data.schema = o.schema;
    }
    c.graph = makeTemplate(key, o);
    Model::bindInputs(c.graph, o.schema);
    c.schema = o.schema;
    return c;
}

double maxAbs(const Mat& m) { return m.size() ? static_cast<double>(m.cwiseAbs().maxCoeff()) : 0; }
}  // namespace

class TestDataParallel : public QObject {
    Q_OBJECT
private slots:
    void cleanup() {
        setEngineThreads(2);
        qunsetenv("MTL_DATA_PARALLEL");
    }

    void splitEqualsWholeBatch_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("batch");
        for (const char* k : {"single", "shared_bottom", "omoe", "mmoe", "cgc", "ple", "esmm",
                              "cross_stitch", "mmoe_topk"})
            for (int t : {2, 3})
                QTest::addRow("%s, %d threads", k, t) << QString(k) << "onehot" << t << 101;
        QTest::newRow("mmoe, embeddings") << "mmoe"
                                          << "embedding" << 2 << 64;
        QTest::newRow("shared_bottom, embeddings") << "shared_bottom"
                                                   << "embedding" << 2 << 50;
        for (int t : {2, 3})
            QTest::addRow("shared_bottom, 300k parameters, %d threads", t) << "shared_bottom_large"
                                                                           << "onehot" << t << 262;
    }

    void splitEqualsWholeBatch() {
        QFETCH(QString, key);
        QFETCH(QString, encoding);
        QFETCH(int, threads);
        QFETCH(int, batch);
        setEngineThreads(threads);
        Case c = makeCase(key.toStdString(), encoding.toStdString());
        QVERIFY2(DataParallel::unsupported(*Model::compile(c.graph, c.schema, 3)).empty(),
                 "this template does not couple examples");
        std::unique_ptr<Model> whole = Model::compile(c.graph, c.schema, 3);
        std::unique_ptr<Model> parted = Model::compile(c.graph, c.schema, 3);
        std::vector<int> rows(static_cast<size_t>(batch));
        for (int j = 0; j < batch; ++j) rows[static_cast<size_t>(j)] = (7 * j + 3) % 64;
        // Differing loss weights: the shares must take the model's.
        for (auto* m : {whole.get(), parted.get()}) m->heads().back()->lossWeight = 0.7;

        Rng r1(5), r2(5);
        const double lw = whole->forward(c.data, rows.data(), batch, true, r1);
        whole->backward();
        std::unique_ptr<DataParallel> split = DataParallel::create(*parted, threads);
        QVERIFY(split);
        QCOMPARE(split->threads(), threads);
        // Two steps: the second runs on buffers holding the first's values.
        std::vector<int> other(rows.rbegin(), rows.rend());
        split->forwardBackward(c.data, other.data(), batch, r2);
        const double lp = split->forwardBackward(c.data, rows.data(), batch, r2);
        QCOMPARE(split->lastShares(), threads);

        QVERIFY2(std::isfinite(lw) && lw > 0, qPrintable(QString::number(lw)));
        QVERIFY2(std::abs(lw - lp) <= 1e-5 * std::abs(lw),
                 qPrintable(QString("whole %1, split %2").arg(lw, 0, 'g', 10).arg(lp, 0, 'g', 10)));
        for (size_t h = 0; h < whole->heads().size(); ++h) {
            const TaskHead& a = *whole->heads()[h];
            const TaskHead& b = *parted->heads()[h];
            QCOMPARE(b.lastCount, a.lastCount);
            QVERIFY2(std::abs(a.lastLoss - b.lastLoss) <= 1e-5 * (std::abs(a.lastLoss) + 1e-6),
                     qPrintable(QString::fromStdString(a.task)));
        }
        int nonzero = 0;
        for (size_t i = 0; i < whole->params().size(); ++i) {
            const Mat& a = whole->params()[i]->grad;
            const Mat& b = parted->params()[i]->grad;
            QCOMPARE(b.rows(), a.rows());
            QCOMPARE(b.cols(), a.cols());
            const double diff = maxAbs(a - b), scale = maxAbs(a);
            nonzero += scale > 0;
            QVERIFY2(diff <= 2e-5 * scale + 1e-7,
                     qPrintable(QString("%1: max difference %2 at scale %3")
                                    .arg(QString::fromStdString(whole->params()[i]->name))
                                    .arg(diff)
                                    .arg(scale)));
        }
        QVERIFY(nonzero > 0);
        // A split step leaves the parameter values as they were (share 0 may have run on them).
        long long elements = 0;
        for (size_t i = 0; i < whole->params().size(); ++i) {
            QVERIFY(parted->params()[i]->value == whole->params()[i]->value);
            elements += whole->params()[i]->value.size();
        }
        if (key == "shared_bottom_large") QVERIFY(elements >= DataParallel::kSharedCopy);
    }

    // The same step twice, from the same parameters and generator: the same bits.
    void splitStepsAreDeterministic() {
        setEngineThreads(2);
        Case c = makeCase("mmoe");
        std::vector<Mat> first;
        for (int run = 0; run < 2; ++run) {
            std::unique_ptr<Model> m = Model::compile(c.graph, c.schema, 3);
            std::unique_ptr<DataParallel> split = DataParallel::create(*m, 2);
            QVERIFY(split);
            std::vector<int> rows(48);
            std::iota(rows.begin(), rows.end(), 0);
            Rng r(9);
            split->forwardBackward(c.data, rows.data(), 48, r);
            QCOMPARE(split->lastShares(), 2);
            for (size_t i = 0; i < m->params().size(); ++i) {
                const Mat& g = m->params()[i]->grad;
                if (run == 0) {
                    first.push_back(g);
                } else {
                    QVERIFY(std::memcmp(g.data(), first[i].data(),
                                        sizeof(Real) * static_cast<size_t>(g.size())) == 0);
                }
            }
        }
    }

    // The optimizer's update fused into a split step (DataParallel::FusedStep) gives the bits of
    // the split step followed by Optimizer::step(), with weight decay, for a small model (each
    // gradient piece summed just before its update) and one over kSharedCopy parameters (share 0
    // on the model's own, swapped back after the update), three steps in a row; a loss above
    // maxLoss or a non-Adam optimizer leaves the update to the caller.
    void fusedStepEqualsSeparateStep_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("batch");
        QTest::newRow("mmoe, 2 threads") << "mmoe" << 2 << 101;
        QTest::newRow("mmoe, 3 threads") << "mmoe" << 3 << 101;
        QTest::newRow("shared_bottom, 300k parameters") << "shared_bottom_large" << 2 << 262;
    }

    void fusedStepEqualsSeparateStep() {
        QFETCH(QString, key);
        QFETCH(int, threads);
        QFETCH(int, batch);
        setEngineThreads(threads);
        Case c = makeCase(key.toStdString());
        std::unique_ptr<Model> a = Model::compile(c.graph, c.schema, 3);
        std::unique_ptr<Model> b = Model::compile(c.graph, c.schema, 3);
        OptimizerConfig oc;
        oc.lr = 1e-2;
        oc.weightDecay = 1e-3;
        Optimizer oa(oc), ob(oc);
        oa.attach(a->params());
        ob.attach(b->params());
        std::unique_ptr<DataParallel> sa = DataParallel::create(*a, threads);
        std::unique_ptr<DataParallel> sb = DataParallel::create(*b, threads);
        QVERIFY(sa && sb);
        std::vector<int> rows(static_cast<size_t>(batch));
        for (int j = 0; j < batch; ++j) rows[static_cast<size_t>(j)] = (11 * j + 5) % 64;
        Rng ra(3), rb(3);
        const DataParallel::FusedStep fused{&ob, oc.lr, std::numeric_limits<double>::infinity()};
        for (int step = 0; step < 3; ++step) {
            const double la = sa->forwardBackward(c.data, rows.data(), batch, ra);
            QVERIFY(!sa->lastStepped());
            oa.step(oc.lr);
            const double lb = sb->forwardBackward(c.data, rows.data(), batch, rb, &fused);
            QVERIFY(sb->lastStepped());
            QCOMPARE(lb, la);
            QCOMPARE(ob.steps(), oa.steps());
            for (size_t i = 0; i < a->params().size(); ++i) {
                const char* name = a->params()[i]->name.c_str();
                QVERIFY2(b->params()[i]->value == a->params()[i]->value, name);
                QVERIFY2(b->params()[i]->grad == a->params()[i]->grad, name);
                QVERIFY2(ob.slot1()[i] == oa.slot1()[i], name);
            }
        }
        // Refused: a loss above maxLoss (a diverging batch) updates nothing.
        std::vector<Mat> before;
        for (const Param* p : b->params()) before.push_back(p->value);
        const DataParallel::FusedStep strict{&ob, oc.lr, 1e-9};
        sb->forwardBackward(c.data, rows.data(), batch, rb, &strict);
        QVERIFY(!sb->lastStepped());
        QCOMPARE(ob.steps(), oa.steps());
        for (size_t i = 0; i < before.size(); ++i) QVERIFY(b->params()[i]->value == before[i]);
        // An optimizer attached to another model's parameters: the caller steps.
        const DataParallel::FusedStep other{&oa, oc.lr, std::numeric_limits<double>::infinity()};
        sb->forwardBackward(c.data, rows.data(), batch, rb, &other);
        QVERIFY(!sb->lastStepped());
        // Not Adam: the caller steps.
        OptimizerConfig sgd;
        sgd.kind = OptimizerKind::SGD;
        Optimizer os(sgd);
        os.attach(b->params());
        const DataParallel::FusedStep withSgd{&os, 0.1, std::numeric_limits<double>::infinity()};
        sb->forwardBackward(c.data, rows.data(), batch, rb, &withSgd);
        QVERIFY(!sb->lastStepped());
        QCOMPARE(os.steps(), 0LL);
    }

    // A regulariser over the batch (DSelect-k's entropy) or over parameters (L2 soft sharing)
    // keeps the batch whole; so do one thread and MTL_DATA_PARALLEL=off.
    void couplingModelsAreNotSplit_data() {
        QTest::addColumn<QString>("key");
        QTest::newRow("mmoe_dselect") << "mmoe_dselect";
        QTest::newRow("l2") << "l2";
    }
    void couplingModelsAreNotSplit() {
        QFETCH(QString, key);
        Case c = makeCase(key.toStdString());
        std::unique_ptr<Model> m = Model::compile(c.graph, c.schema, 3);
        const std::string why = DataParallel::unsupported(*m);
        QVERIFY2(why.find("layer '") != std::string::npos, why.c_str());
        QVERIFY(!DataParallel::create(*m, 2));
    }
    void oneThreadOrOffKeepsBatchesWhole() {
        Case c = makeCase("mmoe");
        std::unique_ptr<Model> m = Model::compile(c.graph, c.schema, 3);
        QVERIFY(!DataParallel::create(*m, 1));
        QVERIFY(DataParallel::create(*m, 2));
        qputenv("MTL_DATA_PARALLEL", "off");
        QVERIFY(!DataParallel::create(*m, 2));
        qputenv("MTL_DATA_PARALLEL", "of");  // a typo: reported on stderr and ignored
        QVERIFY(DataParallel::create(*m, 2));
    }

    // Too small a batch for the threads runs whole, with the same results as the model alone.
    void smallBatchRunsWhole() {
        Case c = makeCase("mmoe");
        std::unique_ptr<Model> a = Model::compile(c.graph, c.schema, 3);
        std::unique_ptr<Model> b = Model::compile(c.graph, c.schema, 3);
        const int rows[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Rng r1(2), r2(2);
        const double la = a->forward(c.data, rows, 10, true, r1);
        a->backward();
        std::unique_ptr<DataParallel> split = DataParallel::create(*b, 2);
        QVERIFY(split);
        QVERIFY(10 < 2 * DataParallel::kMinShare);
        QCOMPARE(split->forwardBackward(c.data, rows, 10, r2), la);
        QCOMPARE(split->lastShares(), 1);
        for (size_t i = 0; i < a->params().size(); ++i)
            QVERIFY(a->params()[i]->grad == b->params()[i]->grad);
    }

    // The replicas keep the size of the first split batch: a batch of another size (an epoch's
    // last) runs whole, with the whole batch's results.
    void otherBatchSizesRunWhole() {
        Case c = makeCase("mmoe");
        std::unique_ptr<Model> a = Model::compile(c.graph, c.schema, 3);
        std::unique_ptr<Model> b = Model::compile(c.graph, c.schema, 3);
        std::vector<int> rows(64);
        std::iota(rows.begin(), rows.end(), 0);
        std::unique_ptr<DataParallel> split = DataParallel::create(*b, 2);
        QVERIFY(split);
        Rng r0(1);
        split->forwardBackward(c.data, rows.data(), 64, r0);
        QCOMPARE(split->lastShares(), 2);
        Rng r1(2), r2(2);
        const double la = a->forward(c.data, rows.data() + 4, 40, true, r1);
        a->backward();
        QCOMPARE(split->forwardBackward(c.data, rows.data() + 4, 40, r2), la);
        QCOMPARE(split->lastShares(), 1);
        for (size_t i = 0; i < a->params().size(); ++i)
            QVERIFY(a->params()[i]->grad == b->params()[i]->grad);
        split->forwardBackward(c.data, rows.data(), 64, r0);
        QCOMPARE(split->lastShares(), 2);
    }

    // Through the Trainer: split at two threads, deterministic, and as good as whole steps.
    void trainerSplitsSteps() {
        setEngineThreads(2);
        Case c = makeCase("mmoe");
        const Dataset train = test::randomDataset(5, {3, 4}, c.data.schema.tasks, 600, 4, 0.2);
        const Dataset valid = test::randomDataset(5, {3, 4}, c.data.schema.tasks, 200, 5);
        TrainConfig cfg;
        cfg.epochs = 3;
        cfg.batchSize = 64;
        cfg.seed = 11;
        auto run = [&](bool split) {
            if (!split) qputenv("MTL_DATA_PARALLEL", "off");
            std::unique_ptr<Model> m = Model::compile(c.graph, c.schema, 3);
            Trainer t(*m, cfg);
            TrainResult r = t.train(train, valid);
            qunsetenv("MTL_DATA_PARALLEL");
            return r;
        };
        const TrainResult a = run(true), b = run(true), whole = run(false);
        QVERIFY2(a.ok, a.reason.c_str());
        QCOMPARE(a.dataParallel, 2);
        QCOMPARE(whole.dataParallel, 0);
        QCOMPARE(a.history.size(), size_t(3));
        QCOMPARE(whole.history.size(), size_t(3));
        for (size_t e = 0; e < a.history.size(); ++e) {
            QCOMPARE(a.history[e].trainLoss, b.history[e].trainLoss);  // bit-identical
            QCOMPARE(a.history[e].valid.totalLoss, b.history[e].valid.totalLoss);
            // Float rounding apart, the same training.
            QVERIFY2(std::abs(a.history[e].trainLoss - whole.history[e].trainLoss) <=
                         1e-3 * whole.history[e].trainLoss,
                     qPrintable(QString("epoch %1: split %2, whole %3")
                                    .arg(e)
                                    .arg(a.history[e].trainLoss)
                                    .arg(whole.history[e].trainLoss)));
        }
        QVERIFY(a.history.back().trainLoss < a.history.front().trainLoss);
    }

    void taskGradientMethodsStayWhole() {
        setEngineThreads(2);
        Case c = makeCase("mmoe");
        const Dataset valid = test::randomDataset(5, {3, 4}, c.data.schema.tasks, 50, 5);
        TrainConfig cfg;
        cfg.epochs = 1;
        cfg.batchSize = 32;
        cfg.weighting.method = WeightingMethod::PCGrad;
        std::unique_ptr<Model> m = Model::compile(c.graph, c.schema, 3);
        Trainer t(*m, cfg);
        const TrainResult r = t.train(c.data, valid);
        QVERIFY2(r.ok, r.reason.c_str());
        QCOMPARE(r.dataParallel, 0);
    }
};

QTEST_GUILESS_MAIN(TestDataParallel)
#include "tst_data_parallel.moc"
