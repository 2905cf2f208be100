// The engine's per-thread floating-point mode and the data set's memory advice (training sets
// both up): setEngineThreads / flushDenormals put every engine thread in flush-to-zero mode, so
// a denormal result becomes 0 (Adam's decaying moments no longer take the slow path);
// adviseHugePages leaves a data set's contents as they were, for any size including empty.
#include <omp.h>

#include <QtTest>
#include <limits>
#include <vector>

#include "data/Dataset.h"
#include "nn/Linear.h"

using namespace mtl;

namespace {
// min normal * 0.5 is denormal unless flushed; volatile keeps it a run-time product.
bool flushes() {
    volatile float tiny = std::numeric_limits<float>::min();
    volatile float half = 0.5f;
    return tiny * half == 0.0f;
}
}  // namespace

class TestEngineMemory : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { setEngineThreads(1); }

    void denormalsFlushOnEveryEngineThread() {
        setEngineThreads(2);
        std::vector<int> flushed(2, 0);
#pragma omp parallel num_threads(2)
        flushed[static_cast<size_t>(omp_get_thread_num())] = flushes() ? 1 : 0;
        QCOMPARE(flushed[0], 1);
        QCOMPARE(flushed[1], 1);
    }

    void hugePageAdviceKeepsContents_data() {
        QTest::addColumn<int>("rows");
        QTest::newRow("empty") << 0;
        QTest::newRow("one row") << 1;
        QTest::newRow("census-sized, 33 MB") << 199523;
    }

    void hugePageAdviceKeepsContents() {
        QFETCH(int, rows);
        Dataset d;
        d.numeric = Eigen::MatrixXf::Random(7, rows);
        d.categorical =
            Eigen::Matrix<int32_t, Eigen::Dynamic, Eigen::Dynamic>::Constant(33, rows, 3);
        if (rows > 0) d.categorical(5, rows - 1) = 11;
        d.labels = Eigen::MatrixXf::Random(2, rows);
        const Dataset copy = d;
        adviseHugePages(d);
        QVERIFY(d.numeric == copy.numeric);
        QVERIFY(d.categorical == copy.categorical);
        QVERIFY(d.labels == copy.labels);
    }
};

QTEST_GUILESS_MAIN(TestEngineMemory)
#include "tst_engine_memory.moc"
