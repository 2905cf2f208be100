// The engine's dense products (nn/Linear.h: gemmNN, gemmTN, gemmNT), on whichever backend the
// build uses (OpenBLAS for large products with MTL_BLAS=openblas, else Eigen): results against a
// double-precision reference, for products below and above the size at which they are split over
// threads and handed to the BLAS, on one and two threads; the same inputs give bit-identical
// results for a thread count; setEngineThreads leaves Eigen's own GEMM threading off.
#include <omp.h>

#include <QtTest>
#include <string>

#include "nn/Linear.h"

using namespace mtl;

namespace {

using MatD = Eigen::MatrixXd;

// Max |a - b| relative to max |b|.
double relErr(const Mat& a, const MatD& b) {
    return (a.cast<double>() - b).cwiseAbs().maxCoeff() / std::max(1.0, b.cwiseAbs().maxCoeff());
}

Mat randomMat(int r, int c, unsigned seed) {
    std::srand(seed);
    return Mat::Random(r, c);
}

}  // namespace

class TestGemm : public QObject {
    Q_OBJECT

private slots:
    void init() { setEngineThreads(1); }
    void cleanup() { setEngineThreads(1); }

    void products_data() {
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("in");
        QTest::addColumn<int>("batch");
        QTest::addColumn<int>("threads");
        // large config's fused experts (split and on the BLAS), a tower, a tiny gate; odd sizes
        for (int t : {1, 2}) {
            const QByteArray s = QByteArray::number(t) + " thread(s)";
            QTest::newRow("experts 2048x512 b1024, " + s) << 2048 << 512 << 1024 << t;
            QTest::newRow("tower 64x256 b1024, " + s) << 64 << 256 << 1024 << t;
            QTest::newRow("gate 8x100 b128, " + s) << 8 << 100 << 128 << t;
            QTest::newRow("odd 1037x499 b333, " + s) << 1037 << 499 << 333 << t;
        }
    }

    void products() {
        QFETCH(int, out);
        QFETCH(int, in);
        QFETCH(int, batch);
        QFETCH(int, threads);
        setEngineThreads(threads);
        const Mat W = randomMat(out, in, 1), X = randomMat(in, batch, 2),
                  dY = randomMat(out, batch, 3), Y0 = randomMat(out, batch, 4),
                  dX0 = randomMat(in, batch, 5);
        const MatD Wd = W.cast<double>(), Xd = X.cast<double>(), dYd = dY.cast<double>();
        const double tol = 1e-5;

        Mat Y;
        gemmNN(W, X, Y, false);
        QVERIFY2(relErr(Y, Wd * Xd) < tol, "Y = W X");
        Mat Ya = Y0;
        gemmNN(W, X, Ya, true);
        QVERIFY2(relErr(Ya, Y0.cast<double>() + Wd * Xd) < tol, "Y += W X");

        Mat dX;
        gemmTN(W, dY, dX, false);
        QVERIFY2(relErr(dX, Wd.transpose() * dYd) < tol, "dX = W^T dY");
        Mat dXa = dX0;
        gemmTN(W, dY, dXa, true);
        QVERIFY2(relErr(dXa, dX0.cast<double>() + Wd.transpose() * dYd) < tol, "dX += W^T dY");

        Mat dW;
        gemmNT(dY, X, dW);
        QVERIFY2(relErr(dW, dYd * Xd.transpose()) < tol, "dW = dY X^T");

        // Determinism for a thread count: the same inputs give the same bits.
        Mat Y2, dX2, dW2;
        gemmNN(W, X, Y2, false);
        gemmTN(W, dY, dX2, false);
        gemmNT(dY, X, dW2);
        QVERIFY(Y2 == Y);
        QVERIFY(dX2 == dX);
        QVERIFY(dW2 == dW);
    }

    // The engine splits the large products itself; Eigen's own GEMM threading (which spin-waits
    // and stalled census training at two threads on a busy machine) must stay off.
    void engineThreadsLeaveEigenSingleThreaded() {
        setEngineThreads(2);
        QCOMPARE(omp_get_max_threads(), 2);
        QCOMPARE(Eigen::nbThreads(), 1);
        setEngineThreads(0);  // clamped to one thread
        QCOMPARE(omp_get_max_threads(), 1);
    }

    void backendIsNamed() {
        const std::string name = gemmBackendName();
        QVERIFY2(name == "Eigen" || name.rfind("OpenBLAS (", 0) == 0, name.c_str());
        qInfo("large products: %s", name.c_str());
    }
};

QTEST_GUILESS_MAIN(TestGemm)
#include "tst_gemm.moc"
