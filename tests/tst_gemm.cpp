// The engine's dense products (nn/Linear.h: gemmNN, gemmTN, gemmNT), on whichever backend the
// build uses (oneDNN when found, else OpenBLAS with MTL_BLAS=openblas, else Eigen): results against
// a double-precision reference, for products below and above the size at which they are split over
// threads and handed to the BLAS, on one and two threads; the same inputs give bit-identical
// results for a thread count; the fused bias, activation and bias-gradient passes match the
// separate ones; setEngineThreads leaves Eigen's own GEMM threading off.
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
            QTest::newRow("shared-bottom tower 64x2048 b1024, " + s) << 64 << 2048 << 1024 << t;
            QTest::newRow("gate 8x100 b128, " + s) << 8 << 100 << 128 << t;
            // 3.7 MFLOP: split only because the batch side is long (census's fused towers)
            QTest::newRow("census towers 16x113 b1024, " + s) << 16 << 113 << 1024 << t;
            QTest::newRow("odd 1037x499 b333, " + s) << 1037 << 499 << 333 << t;
            // Weight gradients computed transposed on oneDNN (an output at most 128 rows tall
            // and 4 times as wide): a split step's fused towers, and edge tiles.
            QTest::newRow("fused towers 128x2048 b512, " + s) << 128 << 2048 << 512 << t;
            QTest::newRow("odd 100x1037 b333, " + s) << 100 << 1037 << 333 << t;
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

    // A sparse input (one-hot fields plus numeric entries, as the Features node gives): the
    // forward product and the weight gradient (grouped by feature, split over threads by
    // non-zeros) against the dense double-precision product, and the same bits on one and two
    // threads, again after the batch is refilled.
    void sparseProducts_data() {
        QTest::addColumn<int>("out");
        QTest::addColumn<int>("batch");
        QTest::addColumn<bool>("ragged");  // examples with different numbers of non-zeros
        QTest::newRow("census experts 128, b1024") << 128 << 1024 << false;
        QTest::newRow("gate 8, b1024") << 8 << 1024 << false;
        QTest::newRow("odd 37, b333") << 37 << 333 << false;
        QTest::newRow("gate 8, b333, ragged") << 8 << 333 << true;
        QTest::newRow("narrow 27, b130, ragged") << 27 << 130 << true;
        QTest::newRow("narrow 5, b4096, ragged") << 5 << 4096 << true;
    }

    void sparseProducts() {
        QFETCH(int, out);
        QFETCH(int, batch);
        QFETCH(bool, ragged);
        const int numeric = 7, fields = 33, card = 15, features = numeric + fields * card;
        Value x;
        x.isSparse = true;
        SparseBatch& s = x.sparse;
        auto fill = [&](unsigned seed) {
            std::srand(seed);
            s.rows = features;
            s.cols = batch;
            s.start.clear();
            s.index.clear();
            s.value.clear();
            for (int j = 0; j < batch; ++j) {
                s.start.push_back(static_cast<int>(s.index.size()));
                for (int i = 0; i < numeric; ++i) {
                    s.index.push_back(i);
                    s.value.push_back(static_cast<Real>(std::rand() % 100) / 10);
                }
                // skewed categories: low values far more common, as in census
                for (int f = 0; f < fields; ++f) {
                    if (ragged && std::rand() % 4 == 0) continue;  // field missing
                    s.index.push_back(numeric + f * card +
                                      (std::rand() % card) * (std::rand() % 2));
                    s.value.push_back(1);
                }
            }
            s.start.push_back(static_cast<int>(s.index.size()));
            s.changed();
        };
        Rng rng(3);
        Linear lin;
        lin.init("l", features, out, Activation::ReLU, rng);
        const Mat dY = randomMat(out, batch, 11);
        for (unsigned seed : {1u, 2u}) {
            fill(seed);
            Mat dense;
            s.toDense(dense);
            const MatD Xd = dense.cast<double>(), Wd = lin.W.value.cast<double>();
            Mat y[2], dW[2];
            for (int t : {1, 2}) {
                setEngineThreads(t);
                lin.forward(x, y[t - 1]);
                QVERIFY2(relErr(y[t - 1], (Wd * Xd).colwise() + lin.b.value.cast<double>().col(0)) <
                             1e-5,
                         "Y = W X + b");
                lin.backward(x, dY, nullptr);
                dW[t - 1] = lin.W.grad;
                QVERIFY2(relErr(dW[t - 1], dY.cast<double>() * Xd.transpose()) < 1e-5,
                         "dW = dY X^T");
            }
            QVERIFY(y[0] == y[1]);
            QVERIFY(dW[0] == dW[1]);
        }
    }

    // The coefficient-wise passes and the row sums (bias gradients) run on the engine's threads
    // from 32k coefficients (census experts: 128 x 1024): each thread owns whole columns, or for
    // the sums whole rows, so one and two threads give the same bits, also for row counts that
    // are not a multiple of the 16-row alignment of the split.
    void passesMatchSerial_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::newRow("census experts 128 x 1024") << 128 << 1024;
        QTest::newRow("default bottom 113 x 1024") << 113 << 1024;
        QTest::newRow("odd 37 x 999") << 37 << 999;
        QTest::newRow("below the threshold 8 x 1024") << 8 << 1024;
        QTest::newRow("large hidden 2048 x 1024") << 2048 << 1024;
    }

    void passesMatchSerial() {
        QFETCH(int, rows);
        QFETCH(int, cols);
        const Mat z = randomMat(rows, cols, 5), dy = randomMat(rows, cols, 6),
                  b = randomMat(rows, 1, 7);
        Mat y[2], g[2], sums[2];
        for (int t : {1, 2}) {
            setEngineThreads(t);
            y[t - 1] = z;
            addBias(y[t - 1], b);
            applyActivation(Activation::Tanh, y[t - 1]);
            activationBackward(Activation::Tanh, y[t - 1], dy, g[t - 1]);
            rowSums(g[t - 1], sums[t - 1]);
        }
        QVERIFY(y[0] == y[1]);
        QVERIFY(g[0] == g[1]);
        QVERIFY(sums[0] == sums[1]);
        QVERIFY(relErr(sums[1], g[1].cast<double>().rowwise().sum()) < 1e-5);
    }

    // The fused passes: f(z + b) in one pass (addBias, addBiasTo) and the activation's gradient
    // with its row sums (the bias gradient) in one pass, for every activation, below and above
    // the size at which they run column by column (2^18 coefficients), at one and two threads:
    // the values of the separate passes (f against a double reference, the gradient bit for bit,
    // the sums within float rounding), the same bits at both thread counts, and in place.
    void fusedPassesMatchSeparate_data() {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("act");
        const char* names[] = {"identity", "relu", "tanh", "sigmoid"};
        for (int a = 0; a < 4; ++a) {
            QTest::addRow("blockwise 37 x 999, %s", names[a]) << 37 << 999 << a;
            QTest::addRow("column by column 2048 x 200, %s", names[a]) << 2048 << 200 << a;
            QTest::addRow("column by column 2100 x 131, %s", names[a]) << 2100 << 131 << a;
        }
    }

    void fusedPassesMatchSeparate() {
        QFETCH(int, rows);
        QFETCH(int, cols);
        QFETCH(int, act);
        const Activation f = static_cast<Activation>(act);
        const Mat z = randomMat(rows, cols, 15), dy = randomMat(rows, cols, 16),
                  b = randomMat(rows, 1, 17);
        MatD ref = z.cast<double>();
        ref.colwise() += b.cast<double>().col(0);
        switch (f) {
            case Activation::Identity:
                break;
            case Activation::ReLU:
                ref = ref.cwiseMax(0.0);
                break;
            case Activation::Tanh:
                ref = ref.array().tanh();
                break;
            case Activation::Sigmoid:
                ref = (1.0 + (-ref.array()).exp()).inverse();
                break;
        }
        Mat y[2], g[2], sums[2];
        for (int t : {1, 2}) {
            setEngineThreads(t);
            Mat& yt = y[t - 1];
            yt = z;
            addBias(yt, b, f);
            QVERIFY2(relErr(yt, ref) < 1e-6, qPrintable(QString::number(relErr(yt, ref))));
            Mat y2;
            addBiasTo(z, b, y2, f);
            QVERIFY(y2 == yt);
            activationBackward(f, yt, dy, g[t - 1], sums[t - 1]);
            Mat gRef;
            activationBackward(f, yt, dy, gRef);
            QVERIFY(g[t - 1] == gRef);
            QCOMPARE(sums[t - 1].rows(), Eigen::Index(rows));
            QVERIFY(relErr(sums[t - 1], gRef.cast<double>().rowwise().sum()) < 1e-5);
            Mat gIn = dy, sIn;
            activationBackward(f, yt, gIn, gIn, sIn);  // in place: g is dy
            QVERIFY(gIn == g[t - 1]);
            QVERIFY(sIn == sums[t - 1]);
        }
        QVERIFY(y[0] == y[1]);
        QVERIFY(g[0] == g[1]);
        QVERIFY(sums[0] == sums[1]);
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
        QVERIFY2(
            name == "Eigen" || name.rfind("OpenBLAS (", 0) == 0 || name.rfind("oneDNN (", 0) == 0,
            name.c_str());
        qInfo("large products: %s", name.c_str());
    }
};

QTEST_GUILESS_MAIN(TestGemm)
#include "tst_gemm.moc"
