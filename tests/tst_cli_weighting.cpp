// mtlstudio-cli and loss weighting (QProcess, as a user runs it): train --weighting METHOD with
// each method's parameters (refused values named before any work), the task-conflict summary in
// the table and the JSON, the method's learned state in a saved model, and sweep with the method
// as an axis.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "CliTestSupport.h"
#include "io/Archive.h"

namespace {

using Run = mtl::test::CliRun;
Run cli(const QStringList& args) { return mtl::test::runCli(args); }
QString describe(const Run& r) { return mtl::test::describeRun(r); }

const QStringList kSmall = {"--d",      "8",   "--n-train", "300", "--n-valid", "100",
                            "--n-test", "100", "--batch",   "64",  "--epochs",  "2"};

QJsonObject lastJson(const QString& out) {
    const QStringList l = out.split('\n', Qt::SkipEmptyParts);
    return l.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(l.last().toUtf8()).object();
}

}  // namespace

class TestCliWeighting : public QObject {
    Q_OBJECT
private slots:
    void refusedBeforeAnyWork_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown method")
            << QStringList{"--weighting", "gradnrom"} << "--weighting must be one of ew, uw";
        QTest::newRow("upper case") << QStringList{"--weighting", "EW"} << "--weighting must be";
        QTest::newRow("temperature zero")
            << QStringList{"--weighting", "dwa", "--dwa-temperature", "0"}
            << "--dwa-temperature must be greater than 0";
        QTest::newRow("temperature text")
            << QStringList{"--weighting", "dwa", "--dwa-temperature", "hot"}
            << "--dwa-temperature expects a number";
        QTest::newRow("c negative") << QStringList{"--weighting", "cagrad", "--cagrad-c", "-1"}
                                    << "--cagrad-c must be at least 0";
        QTest::newRow("c infinite")
            << QStringList{"--weighting", "cagrad", "--cagrad-c", "inf"} << "--cagrad-c";
        QTest::newRow("alpha too large")
            << QStringList{"--weighting", "gradnorm", "--gradnorm-alpha", "11"}
            << "--gradnorm-alpha must be at least 0 and at most 10";
        QTest::newRow("gradnorm lr zero")
            << QStringList{"--weighting", "gradnorm", "--gradnorm-lr", "0"}
            << "--gradnorm-lr must be greater than 0";
        QTest::newRow("parameter of another method")
            << QStringList{"--weighting", "pcgrad", "--dwa-temperature", "2"}
            << "--dwa-temperature applies with --weighting dwa";
        QTest::newRow("parameter without method")
            << QStringList{"--cagrad-c", "0.4"} << "--cagrad-c applies with --weighting cagrad";
        QTest::newRow("ple gamma count")
            << QStringList{"--weighting", "ple", "--ple-gamma", "0.9,0.8,0.7"}
            << "--ple-gamma: 3 values for the data's 2 tasks";
        QTest::newRow("ple gamma negative")
            << QStringList{"--weighting", "ple", "--ple-gamma", "0.9,-1"}
            << "--ple-gamma must be at least 0";
        QTest::newRow("ple w0 empty item")
            << QStringList{"--weighting", "ple", "--ple-w0", "1,"} << "--ple-w0 expects a number";
        QTest::newRow("weighting seed zero")
            << QStringList{"--weighting", "pcgrad", "--weighting-seed", "0"}
            << "--weighting-seed must be at least 1";
        QTest::newRow("conflict every negative")
            << QStringList{"--conflict-every", "-1"} << "--conflict-every must be between 0";
    }
    void refusedBeforeAnyWork() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString model = dir.filePath("m.mtl");
        const Run r = cli(QStringList{"train"} + args + kSmall + QStringList{"--save", model});
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        QVERIFY2(r.err.startsWith("error: ") && r.err.contains(message), qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        QVERIFY(!QFile::exists(model));
    }

    void everyMethodTrains_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<bool>("measured");
        QTest::newRow("ew") << "ew" << QStringList{} << false;
        QTest::newRow("ew measured") << "ew" << QStringList{"--conflict-every", "3"} << true;
        QTest::newRow("uw") << "uw" << QStringList{} << false;
        QTest::newRow("gradnorm") << "gradnorm"
                                  << QStringList{"--gradnorm-alpha", "0.5", "--gradnorm-lr", "0.1"}
                                  << true;
        QTest::newRow("dwa") << "dwa" << QStringList{"--dwa-temperature", "1.5"} << false;
        QTest::newRow("ple") << "ple" << QStringList{"--ple-gamma", "0.9,1", "--ple-w0", "1,2"}
                             << false;
        QTest::newRow("pcgrad") << "pcgrad" << QStringList{"--weighting-seed", "7"} << true;
        QTest::newRow("mgda") << "mgda" << QStringList{} << true;
        QTest::newRow("cagrad") << "cagrad" << QStringList{"--cagrad-c", "0.3"} << true;
        QTest::newRow("mgda-ub") << "mgda-ub" << QStringList{} << true;
    }
    void everyMethodTrains() {
        QFETCH(QString, method);
        QFETCH(QStringList, extra);
        QFETCH(bool, measured);
        const Run r = cli(QStringList{"train", "--weighting", method, "--json"} + extra + kSmall);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject last = lastJson(r.out);
        QCOMPARE(last["weighting"].toString(), method);
        QVERIFY2(last["ok"].toBool(), qPrintable(describe(r)));
        if (!measured) {
            QVERIFY(last["conflict"].isNull());
            return;
        }
        const QJsonObject c = last["conflict"].toObject();
        QVERIFY2(c["steps"].toInt() > 0, qPrintable(describe(r)));
        QVERIFY(std::abs(c["mean_cosine"].toDouble()) <= 1);
        const double share = c["conflict_share"].toDouble(-1);
        QVERIFY(share >= 0 && share <= 1);
        const bool gradientMethod =
            method == "pcgrad" || method == "mgda" || method == "cagrad" || method == "mgda-ub";
        QCOMPARE(c["changed_share"].isNull(), !gradientMethod);
        // The table says the same in words.
        const Run t = cli(QStringList{"train", "--weighting", method} + extra + kSmall);
        QVERIFY2(t.code == 0 && t.out.contains("task conflict over ") &&
                     t.out.contains(", weighting " + method) == (method != "ew"),
                 qPrintable(describe(t)));
        // MGDA-UB names the shared representation it uses (MMoE: the experts' outputs).
        QVERIFY2(t.out.contains("mgda-ub: shared representation = the outputs of experts") ==
                     (method == "mgda-ub"),
                 qPrintable(describe(t)));
    }

    void mgdaUbSaysWhenItFallsBackToMgda() {
        const Run t =
            cli(QStringList{"train", "--weighting", "mgda-ub", "--template", "cgc"} + kSmall);
        QVERIFY2(t.code == 0 && t.out.contains("mgda-ub: this graph has no shared representation"),
                 qPrintable(describe(t)));
    }

    void savedModelHoldsTheLearnedState() {
        QTemporaryDir dir;
        const QString path = dir.filePath("uw.mtl");
        const Run r =
            cli(QStringList{"train", "--weighting", "uw", "--lr", "0.01", "--save", path} + kSmall);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const mtl::ModelFile f = mtl::loadModelFile(path.toStdString());
        QCOMPARE(int(f.train.weighting.method), int(mtl::WeightingMethod::UW));
        QCOMPARE(f.weighting.method, std::string("uw"));
        QCOMPARE(f.weighting.logVar.size(), size_t(2));
        QVERIFY(f.weighting.logVar[0] != 0);
        QCOMPARE(f.weighting.steps, 2LL * 5);  // 2 epochs of 5 batches (300 rows, batch 64)
    }

    void sweepTakesTheMethodAsAnAxis() {
        QTemporaryDir dir;
        const QString out = dir.filePath("r.jsonl");
        const Run r = cli({"sweep",
                           "--arch",
                           "mmoe(experts=2;expert-units=4)",
                           "--weighting",
                           "ew,pcgrad,cagrad",
                           "--cagrad-c",
                           "0.2",
                           "--conflict-every",
                           "2",
                           "--d",
                           "8",
                           "--n-train",
                           "200",
                           "--n-valid",
                           "60",
                           "--n-test",
                           "60",
                           "--epochs",
                           "1",
                           "--batch",
                           "64",
                           "--seeds",
                           "2",
                           "--out",
                           out});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList methods;
        int runs = 0;
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.contains("index")) continue;
            ++runs;
            const QString m = o["weighting"].toString();
            QVERIFY2(o["key"].toString().endsWith("|weighting=" + m),
                     qPrintable(o["key"].toString()));
            if (!methods.contains(m)) methods << m;
            // conflict-every 2 (and every step for the gradient methods): measured.
            QVERIFY(o["conflict"].toObject()["mean_cosine"].isDouble());
        }
        QCOMPARE(runs, 3 * 2);
        QCOMPARE(methods, QStringList({"ew", "pcgrad", "cagrad"}));
        // The tables name each (architecture + method) the summary compares.
        QVERIFY2(r.out.contains("mmoe(experts=2;expert-units=4) + pcgrad"),
                 qPrintable(describe(r)));
    }

    void sweepRefusesBadMethods_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList{"--weighting", "ew,foo"}
                                 << "weighting: must be one of ew, uw";
        QTest::newRow("twice") << QStringList{"--weighting", "mgda,mgda"}
                               << "weighting: 'mgda' is listed twice";
        QTest::newRow("temperature")
            << QStringList{"--dwa-temperature", "-2"} << "dwa-temperature: must be";
    }
    void sweepRefusesBadMethods() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath("r.jsonl");
        const Run r = cli(QStringList{"sweep"} + args + QStringList{"--out", out});
        QVERIFY2(r.code == 2 && r.err.contains(message), qPrintable(describe(r)));
        QVERIFY(!QFile::exists(out));
    }

    void helpListsTheOptions() {
        const Run r = cli({"help"});
        for (const char* o :
             {"--weighting", "--gradnorm-alpha", "--gradnorm-lr", "--dwa-temperature",
              "--ple-gamma", "--ple-w0", "--cagrad-c", "--weighting-seed", "--conflict-every"})
            QVERIFY2(r.out.contains(o), o);
        const Run s = cli({"sweep", "--help"});
        QVERIFY2(s.out.contains("weighting") && s.out.contains("cagrad-c"), qPrintable(s.out));
    }
};

QTEST_GUILESS_MAIN(TestCliWeighting)
#include "tst_cli_weighting.moc"
