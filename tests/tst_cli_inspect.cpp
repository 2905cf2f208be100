// mtlstudio-cli inspect, run as a user does: a model trained and saved by the tool on tiny
// synthetic data, inspected by a task label (table and JSON), and refused command lines.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "CliTestSupport.h"

using mtl::test::describeRun;
using mtl::test::runCli;

namespace {
const QStringList kData = {"--data",    "synthetic", "--d",      "6",  "--n-train", "300",
                           "--n-valid", "200",       "--n-test", "50", "--binary"};
}

class TestCliInspect : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        model_ = dir_.filePath("m.mtlmodel");
        const auto r = runCli(
            QStringList{"train", "--experts", "3", "--epochs", "1", "--save", model_} + kData);
        QVERIFY2(r.code == 0, qPrintable(describeRun(r)));
    }

    void tableBySliceOfATaskLabel() {
        const auto r =
            runCli(QStringList{"inspect", "--model", model_, "--slice", "task2"} + kData);
        QVERIFY2(r.code == 0, qPrintable(describeRun(r)));
        QVERIFY2(r.out.contains("validation split: 200 rows, sliced by 'task2' (2 slices)"),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains("gate task1: mean weight per expert"), qPrintable(r.out));
        QVERIFY2(r.out.contains("gate task2: mean weight per expert"), qPrintable(r.out));
        QVERIFY2(r.out.contains("mutual information with the top expert"), qPrintable(r.out));
        QVERIFY2(r.out.contains("expert similarity (linear CKA"), qPrintable(r.out));
        QVERIFY2(r.out.contains("experts.e2"), qPrintable(r.out));
    }

    void jsonHasSlicesGatesAndSimilarity() {
        const auto r = runCli(
            QStringList{"inspect", "--model", model_, "--slice", "x1", "--bins", "5", "--json"} +
            kData);
        QVERIFY2(r.code == 0, qPrintable(describeRun(r)));
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &err).object();
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(o["rows"].toInt(), 200);
        const QJsonObject slice = o["slice"].toObject();
        QCOMPARE(slice["column"].toString(), QString("x1"));
        QCOMPARE(slice["labels"].toArray().size(), 5);
        int total = 0;
        for (const auto& c : slice["counts"].toArray()) total += c.toInt();
        QCOMPARE(total, 200);
        const QJsonArray gates = o["gates"].toArray();
        QCOMPARE(gates.size(), 2);
        const QJsonObject g = gates[0].toObject();
        QCOMPARE(g["allocation"].toArray().size(), 5);
        QCOMPARE(g["allocation"].toArray()[0].toArray().size(), 3);
        QCOMPARE(g["experts"].toArray().size(), 3);
        QVERIFY(g["mutual_information_bits"].isDouble());
        const QJsonArray sim = o["similarity"].toArray();
        QCOMPARE(sim.size(), 3);
        QCOMPARE(sim[1].toArray()[1].toDouble(), 1.0);
        QVERIFY(o["duplicates"].isArray());
    }

    void exampleSensitivityAndMapsInJson() {
        const auto r = runCli(QStringList{"inspect", "--model", model_, "--slice", "task1",
                                          "--example", "3", "--sensitivity-rows", "100", "--json"} +
                              kData);
        QVERIFY2(r.code == 0, qPrintable(describeRun(r)));
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &err).object();
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(r.out));
        const QJsonObject sens = o["sensitivity"].toObject();
        QCOMPARE(sens["rows"].toInt(), 100);
        QCOMPARE(sens["fields"].toArray().size(), 6);
        QCOMPARE(sens["scores"].toArray().size(), 3);               // experts
        QCOMPARE(sens["scores"].toArray()[0].toArray().size(), 6);  // fields
        const QJsonArray maps = o["maps"].toArray();
        QCOMPARE(maps.size(), 2);
        QCOMPARE(maps[0].toObject()["explained_variance"].toArray().size(), 2);
        const QJsonObject x = o["example"].toObject();
        QCOMPARE(x["row"].toInt(), 3);
        QCOMPARE(x["features"].toObject().size(), 6);
        const QJsonArray gates = x["gates"].toArray();
        QCOMPARE(gates.size(), 2);
        double sum = 0;
        for (const auto& w : gates[0].toObject()["weights"].toArray()) sum += w.toDouble();
        QVERIFY(std::abs(sum - 1) < 1e-3);
        QCOMPARE(x["tasks"].toArray().size(), 2);
        QVERIFY(o["timing_seconds"].toObject()["sensitivity"].isDouble());
        // A row past the end of the validation split is refused, naming the range.
        const auto bad = runCli(
            QStringList{"inspect", "--model", model_, "--slice", "task1", "--example", "200"} +
            kData);
        QVERIFY(bad.code != 0);
        QVERIFY2(bad.err.contains("--example") && bad.err.contains("0 to 199"),
                 qPrintable(bad.err));
    }

    void refusedCommandLines() {
        auto r = runCli(QStringList{"inspect", "--model", model_, "--slice", "nope"} + kData);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--slice: no column 'nope'") && r.err.contains("task1"),
                 qPrintable(r.err));
        r = runCli(QStringList{"inspect", "--model", model_} + kData);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("inspect needs --slice COLUMN"), qPrintable(r.err));
        r = runCli(QStringList{"inspect", "--model", model_, "--slice", "task1", "--bins", "0"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--bins must be between 1 and 100"), qPrintable(r.err));
        r = runCli(QStringList{"inspect", "--model", dir_.filePath("missing.mtlmodel"), "--slice",
                               "task1"});
        QCOMPARE(r.code, 1);
        r = runCli(QStringList{"eval", "--model", model_, "--slice", "task1"} + kData);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--slice does not apply to 'eval'"), qPrintable(r.err));
    }

private:
    QTemporaryDir dir_;
    QString model_;
};

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
