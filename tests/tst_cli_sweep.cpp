// mtlstudio-cli sweep as a user runs it (QProcess): a strict command line (unknown options,
// missing or out-of-range values and grids that do not fit the data refused before any run,
// naming the option or entry), JSON lines (one per run, then the summary), shards collected into
// the one-piece result, a Slurm job-array script, the presets' grids, and an interrupted sweep
// resumed to completion.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "CliTestSupport.h"

namespace {

using Run = mtl::test::CliRun;

Run cli(const QStringList& args) { return mtl::test::runCli(QStringList{"sweep"} + args); }

QString describe(const Run& r) { return mtl::test::describeRun(r); }

// 2 architectures x 2 p x 2 seeds = 8 tiny cells.
const QStringList kTiny = {"--arch",    "mmoe(experts=2;expert-units=4),shared_bottom",
                           "--p",       "0.5,1",
                           "--seeds",   "2",
                           "--d",       "8",
                           "--n-train", "200",
                           "--n-valid", "60",
                           "--n-test",  "60",
                           "--epochs",  "1",
                           "--batch",   "64",
                           "--jobs",    "2"};

QStringList lines(const QString& text) {
    QStringList l = text.split('\n', Qt::SkipEmptyParts);
    return l;
}

// The runs of a results file without their wall time, by line.
QStringList runsWithoutSeconds(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {"cannot open " + path};
    QStringList out;
    for (const QString& line : lines(QString::fromUtf8(f.readAll()))) {
        QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        o.remove("seconds");
        out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return out;
}

}  // namespace

class TestCliSweep : public QObject {
    Q_OBJECT
private slots:
    void refusedBeforeAnyRun_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{"--lrr", "1e-3"} << 2 << "'--lrr'";
        QTest::newRow("lr zero") << QStringList{"--lr", "1e-3,0"} << 2
                                 << "lr: must be greater than 0";
        QTest::newRow("lr text") << QStringList{"--lr", "fast"} << 2 << "lr: expects a number";
        QTest::newRow("unknown template")
            << QStringList{"--arch", "mmoe,foo"} << 2 << "unknown template 'foo'";
        QTest::newRow("seeds zero") << QStringList{"--seeds", "0"} << 2 << "seeds: must be between";
        QTest::newRow("jobs zero") << QStringList{"--jobs", "0"} << 2 << "--jobs must be between 1";
        QTest::newRow("shard beyond") << QStringList{"--shard", "3/3", "--out", "x.jsonl"} << 2
                                      << "--shard must be between 0 and 2";
        QTest::newRow("shard form")
            << QStringList{"--shard", "1", "--out", "x.jsonl"} << 2 << "--shard expects I/N";
        QTest::newRow("missing value") << QStringList{"--lr"} << 2 << "--lr needs a value";
        QTest::newRow("twice") << QStringList{"--epochs", "2", "--epochs", "3"} << 2
                               << "--epochs is given more than once";
        QTest::newRow("census option on synthetic")
            << QStringList{"--group", "1"} << 2 << "group: applies to data census";
        QTest::newRow("unknown preset")
            << QStringList{"--reproduce", "mmoe-fig5"} << 2 << "--reproduce must be one of";
        QTest::newRow("esmm on regression tasks")
            << QStringList{"--arch", "mmoe,esmm"} << 1 << "arch 'esmm'";
        QTest::newRow("loss weights per task")
            << QStringList{"--loss-weights", "1:2:3"} << 1 << "loss-weights: a set of 3 weights";
        QTest::newRow("out is a folder")
            << QStringList{"--out", "/"} << 2 << "--out: / is a folder";
        QTest::newRow("out in no folder")
            << QStringList{"--out", "/nonexistent/r.jsonl"} << 2 << "does not exist";
        QTest::newRow("spec file missing")
            << QStringList{"--spec", "/nonexistent/grid.spec"} << 2 << "cannot open the spec file";
    }
    void refusedBeforeAnyRun() {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath("r.jsonl");
        QStringList a = args;
        if (!a.contains("--out")) a << "--out" << out;
        const Run r = cli(a);
        QVERIFY2(r.code == code, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message), qPrintable(describe(r)));
        QVERIFY2(r.err.startsWith("error: "), qPrintable(describe(r)));
        QVERIFY2(!QFile::exists(out), "a results file was written for a refused sweep");
    }

    void helpListsTheOptions() {
        const Run r = cli({"--help"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        for (const char* o : {"--reproduce", "--spec", "--jobs", "--out", "--shard", "--collect",
                              "--slurm-script", "--arch", "--lr", "--seeds", "--loss-weights",
                              "mmoe-fig4", "mmoe-table1", "mmoe-table2"})
            QVERIFY2(r.out.contains(o), o);
    }

    void jsonLinesAndTable() {
        QTemporaryDir dir;
        const QString out = dir.filePath("r.jsonl");
        Run r = cli(kTiny + QStringList{"--json", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QStringList l = lines(r.out);
        QCOMPARE(l.size(), 9);
        for (int i = 0; i < 8; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(l[i].toUtf8()).object();
            QVERIFY2(o.contains("key") && o.contains("tasks") && o.contains("seed"),
                     qPrintable(l[i]));
        }
        const QJsonObject summary = QJsonDocument::fromJson(l[8].toUtf8()).object();
        QVERIFY(summary.contains("summary"));
        QCOMPARE(summary["summary"].toObject()["runs"].toInt(), 8);
        // The file: header, 8 runs in cell order, summary.
        const QStringList file = runsWithoutSeconds(out);
        QCOMPARE(file.size(), 10);
        QVERIFY(file[0].contains("\"experiment\""));
        for (int i = 0; i < 8; ++i)
            QVERIFY2(file[i + 1].contains(QStringLiteral("\"index\":%1,").arg(i)),
                     qPrintable(file[i + 1]));
        // Again: everything is in the file, nothing runs; the table is printed.
        r = cli(kTiny + QStringList{"--out", out});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.startsWith("0 runs"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("mean +- CI"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("paired differences"), qPrintable(describe(r)));
    }

    void shardsCollected() {
        QTemporaryDir dir;
        const QString one = dir.filePath("one.jsonl");
        Run r = cli(kTiny + QStringList{"--out", one});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QStringList shards;
        for (int i = 0; i < 3; ++i) {
            shards << dir.filePath(QStringLiteral("s%1.jsonl").arg(i));
            r = cli(kTiny +
                    QStringList{"--shard", QStringLiteral("%1/3").arg(i), "--out", shards.last()});
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
        }
        const QString all = dir.filePath("all.jsonl");
        r = cli({"--collect", shards[0], shards[2], "--out", all});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("cells have no result"), qPrintable(describe(r)));
        r = cli({"--collect", shards[0], shards[1], shards[2], "--out", all});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(runsWithoutSeconds(all), runsWithoutSeconds(one));
        r = cli({"--collect", shards[0], "--out", all, "--lr", "1e-3"});
        QCOMPARE(r.code, 2);
    }

    void slurmScript() {
        QTemporaryDir dir;
        const QString script = dir.filePath("sweep.sbatch");
        const Run r = cli(kTiny + QStringList{"--slurm-script", script, "--shards", "3", "--out",
                                              dir.filePath("all.jsonl")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QFile f(script);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.startsWith("#!/bin/bash"), qPrintable(text));
        QVERIFY2(text.contains("#SBATCH --array=0-2"), qPrintable(text));
        QVERIFY2(text.contains("--shard \"$i/3\""), qPrintable(text));
        QVERIFY2(text.contains("--arch 'mmoe(experts=2;expert-units=4),shared_bottom'"),
                 qPrintable(text));
        QVERIFY2(text.contains("sweep --collect"), qPrintable(text));
        // The script's command, run for array task 1 here, gives shard 1 of 3.
        QProcess sh;
        sh.setProcessEnvironment([] {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("SLURM_ARRAY_TASK_ID", "1");
            env.insert("SLURM_CPUS_PER_TASK", "1");
            return env;
        }());
        sh.start("bash", {script});
        QVERIFY(sh.waitForFinished(120000));
        QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
        QVERIFY(QFile::exists(dir.filePath("all.jsonl.shard-1-of-3.jsonl")));
    }

    void presetsListTheirGrids() {
        Run r = cli({"--reproduce", "mmoe-fig4", "--dry-run"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.startsWith("540 cells\n"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("|arch=omoe|opt=adam|lr=0.01|"), qPrintable(describe(r)));
        // Options given with a preset replace its entries.
        r = cli({"--reproduce", "mmoe-fig4", "--seeds", "2", "--dry-run"});
        QVERIFY2(r.out.startsWith("54 cells\n"), qPrintable(describe(r)));
    }

    void interruptedSweepResumes() {
        QTemporaryDir dir;
        const QString out = dir.filePath("r.jsonl");
        QStringList args = kTiny;
        args[args.indexOf("--seeds") + 1] = "20";  // 80 cells
        args[args.indexOf("--epochs") + 1] = "3";
        args[args.indexOf("--n-train") + 1] = "5000";  // about 3 s in all
        args[args.indexOf("--jobs") + 1] = "1";
        QProcess p;
        p.start(QStringLiteral(MTL_CLI_PATH),
                QStringList{"sweep"} + args + QStringList{"--json", "--out", out});
        QVERIFY(p.waitForStarted(30000));
        QVERIFY(p.waitForReadyRead(60000));  // the first run's line
        p.terminate();                       // SIGTERM: finish cleanly, keep the runs
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 130);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains("run the same command again to resume"), qPrintable(err));
        const int kept = runsWithoutSeconds(out).size() - 1;  // minus the header
        QVERIFY(kept >= 1 && kept < 80);
        const Run r = cli(args + QStringList{"--out", out});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QStringLiteral("resumed: %1 cells").arg(kept)),
                 qPrintable(describe(r)));
        QCOMPARE(runsWithoutSeconds(out).size(), 82);  // header, 80 runs, summary
    }
};

QTEST_GUILESS_MAIN(TestCliSweep)
#include "tst_cli_sweep.moc"
