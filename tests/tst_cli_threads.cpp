// mtlstudio-cli with two threads: the engine splits the large products over its threads itself
// and keeps Eigen's own GEMM threading off. With Eigen's threading on, every mid-sized product
// (census MMoE's gates, towers, expert blocks) ran Eigen's parallel GEMM, which allocates its
// workspaces on each call (about 6 heap allocations per training step) and spin-waits between the
// threads (the step then took 10-20x longer on a busy 2-core machine). The allocation count is
// what this test checks: it does not depend on timing. It runs with MTL_GEMM=openblas (Eigen in a
// build without OpenBLAS): oneDNN, the default backend when built, allocates its packing buffers
// on each product, which the bench counts and reports but which are not the engine's. libgomp
// allocates a team for every OpenMP region that runs on one thread; the engine does not enter
// such regions (nn/Parallel.h), which the count below also checks (it counts aligned
// allocations too).
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "CliTestSupport.h"

using namespace mtl::test;

class TestCliThreads : public QObject {
    Q_OBJECT

private slots:
    void cleanup() {
        qunsetenv("MTL_GEMM");
        qunsetenv("MTL_DATA_PARALLEL");
    }

    void benchTwoThreadsAllocatesNothingPerStep_data() {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("config");
        QTest::addColumn<bool>("split");  // data-parallel steps (the default at 2 threads)
        for (bool split : {true, false}) {
            const char* how = split ? "split" : "layer-threaded";
            QTest::addRow("census mmoe, %s", how) << "mmoe"
                                                  << "census" << split;
            QTest::addRow("small ple2, %s", how) << "ple2"
                                                 << "small" << split;
        }
    }

    void benchTwoThreadsAllocatesNothingPerStep() {
        QFETCH(QString, model);
        QFETCH(QString, config);
        QFETCH(bool, split);
        qputenv("MTL_GEMM", "openblas");
        if (!split) qputenv("MTL_DATA_PARALLEL", "off");
        const CliRun r = runCli({"bench", "--model", model, "--config", config, "--threads", "2",
                                 "--steps", "10", "--repeats", "2", "--warmup", "2", "--json"});
        QVERIFY2(r.finished && r.code == 0, qPrintable(r.err));
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8(), &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(o["threads"].toInt(), 2);
        QCOMPARE(o["steps_split"].toInt(), split ? 2 : 0);
        QVERIFY2(o["mallocs_per_step_train"].isDouble(), qPrintable(r.out));
        // Eigen's threading allocated about 6 times per step; what is left now is a couple of
        // allocations in the whole timed run (not per step), below 0.5 per step over 20 steps.
        const double mallocs = o["mallocs_per_step_train"].toDouble();
        QVERIFY2(mallocs < 0.5, qPrintable(QString::number(mallocs)));
        QVERIFY2(!o["gemm"].toString().isEmpty(), qPrintable(r.out));
    }

    // Which code computes the large products is chosen once per process from the environment:
    // MTL_GEMM=eigen forces Eigen; OpenBLAS with AVX2 kernels (OPENBLAS_CORETYPE=Haswell) is not
    // used by an engine compiled with AVX-512 (Eigen's code is faster there).
    void gemmBackendFollowsEnvironment_data() {
        QTest::addColumn<QString>("var");
        QTest::addColumn<QString>("value");
        QTest::newRow("MTL_GEMM=eigen") << "MTL_GEMM"
                                        << "eigen";
        QTest::newRow("MTL_GEMM=openblas") << "MTL_GEMM"
                                           << "openblas";
        QTest::newRow("OPENBLAS_CORETYPE=Haswell") << "OPENBLAS_CORETYPE"
                                                   << "Haswell";
    }

    void gemmBackendFollowsEnvironment() {
        QFETCH(QString, var);
        QFETCH(QString, value);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MTL_GEMM"));
        env.insert(var, value);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MTL_CLI_PATH),
                {"bench", "--model", "mmoe", "--config", "small", "--threads", "1", "--steps", "1",
                 "--repeats", "1", "--warmup", "0", "--json"});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
        const QString gemm = o["gemm"].toString();
        if (var == QLatin1String("MTL_GEMM") && value == QLatin1String("eigen")) {
            QCOMPARE(gemm, QStringLiteral("Eigen"));
        } else if (var == QLatin1String("MTL_GEMM")) {
            // OpenBLAS when built with it, else Eigen: never oneDNN
            QVERIFY2(gemm == QLatin1String("Eigen") || gemm.startsWith(QLatin1String("OpenBLAS (")),
                     qPrintable(gemm));
        } else {
#ifdef __AVX512F__
            // oneDNN picks its own kernels; OpenBLAS's AVX2 ones are not used
            QVERIFY2(gemm == QLatin1String("Eigen") || gemm.startsWith(QLatin1String("oneDNN (")),
                     qPrintable(gemm));
#else
            QVERIFY2(gemm == QLatin1String("Eigen") ||
                         gemm == QLatin1String("OpenBLAS (Haswell)") ||
                         gemm.startsWith(QLatin1String("oneDNN (")),
                     qPrintable(gemm));
#endif
        }
    }
};

QTEST_GUILESS_MAIN(TestCliThreads)
#include "tst_cli_threads.moc"
