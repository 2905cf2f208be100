// The command-line tool as a user runs it (QProcess on the built mtlstudio-cli): a strict command
// line (unknown options, missing values, wrong types and out-of-range values refused with the
// option's name before any work starts, never a C++ exception's text), failures found before the
// training rather than after it, readable output (aligned table, tasks without labels, valid
// JSON), and no hang on a model file with NaN weights.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

#include "CliTestSupport.h"
#include "data/Synthetic.h"
#include "graph/Graph.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "nn/Model.h"

using namespace mtl;

namespace {

using Run = mtl::test::CliRun;

Run cli(const QStringList& args) { return mtl::test::runCli(args); }

QString describe(const Run& r) { return mtl::test::describeRun(r); }

// Small, fast synthetic data (binary tasks task1 and task2).
const QStringList kSmall = {"--d", "8",        "--n-train", "300",     "--n-valid",
                            "60",  "--n-test", "60",        "--binary"};

void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

// Messages of C++ exceptions and internal names that must never reach the user.
const char* const kInternal[] = {
    "stod", "stoi", "basic_string", "std::", "makeSynthetic", "terminate", "what()", "vector::"};

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpListsEveryOption() {
        const Run r = cli({"--help"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        for (const char* o : {"--template",
                              "--graph",
                              "--experts",
                              "--expert-units",
                              "--tower-units",
                              "--bottom-units",
                              "--ple-specific",
                              "--ple-shared",
                              "--ple-levels",
                              "--top-k",
                              "--dselect-k",
                              "--gamma",
                              "--static-gates",
                              "--encoding",
                              "--embedding-dim",
                              "--data",
                              "--p ",
                              "--d ",
                              "--n-train",
                              "--n-valid",
                              "--n-test",
                              "--noise",
                              "--sinusoids",
                              "--data-seed",
                              "--binary",
                              "--group",
                              "--census-dir",
                              "--max-train-rows",
                              "--csv",
                              "--columns",
                              "--delimiter",
                              "--no-header",
                              "--epochs",
                              "--batch",
                              "--lr",
                              "--optimizer",
                              "--momentum",
                              "--weight-decay",
                              "--seed",
                              "--loss-weight",
                              "--early-stop",
                              "--patience",
                              "--no-restore-best",
                              "--save",
                              "--json",
                              "--progress",
                              "--threads",
                              "--model",
                              "--config",
                              "--steps",
                              "--repeats",
                              "--warmup",
                              "--help"})
            QVERIFY2(r.out.contains(QLatin1String(o)), o);
        for (const char* c : {"train", "eval", "bench", "demo", "templates"})
            QVERIFY2(r.out.contains(QLatin1String(c)), c);
        QCOMPARE(cli({}).code, 2);  // no command: the usage, exit 2
    }

    // Every refused command line: the message names the option, no C++ exception text, and
    // nothing was done (no data loaded, no table printed).
    void refusedBeforeAnyWork_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("phrase");
        const auto row = [](const char* name, QStringList args, const char* phrase) {
            QTest::newRow(name) << args << QString::fromUtf8(phrase);
        };
        row("typo", {"train", "--epoch", "3"}, "unknown option '--epoch' (did you mean --epochs?)");
        row("unknown flag", {"train", "--jsno"}, "unknown option '--jsno'");
        row("missing value", {"train", "--epochs"}, "--epochs needs a value");
        row("missing value before option", {"train", "--lr", "--json"}, "--lr needs a value");
        row("wrong type", {"train", "--epochs", "abc"}, "--epochs expects a whole number");
        row("fraction", {"train", "--batch", "2.5"}, "--batch expects a whole number");
        row("flag with value", {"train", "--json=yes"}, "--json takes no value");
        row("stray argument", {"train", "extra"}, "unexpected argument 'extra'");
        row("repeated", {"train", "--epochs", "2", "--epochs", "3"}, "more than once");
        row("unknown command", {"trian"}, "unknown command 'trian'");
        row("threads 0", {"train", "--threads", "0"}, "--threads must be between 1 and");
        row("threads -2", {"train", "--threads", "-2"}, "--threads must be between 1 and");
        row("threads 1000", {"train", "--threads", "1000"}, "hardware threads");
        row("momentum nan", {"train", "--momentum", "nan"}, "--momentum must be a finite number");
        row("momentum 1", {"train", "--momentum", "1"}, "--momentum must be");
        row("weight decay nan", {"train", "--weight-decay", "nan"},
            "--weight-decay must be a finite");
        row("weight decay -1", {"train", "--weight-decay", "-1"},
            "--weight-decay must be at least 0");
        row("noise nan", {"train", "--noise", "nan"}, "--noise must be a finite number");
        row("lr 0", {"train", "--lr", "0"}, "--lr must be greater than 0");
        row("lr inf", {"train", "--lr", "inf"}, "--lr must be a finite number");
        row("patience -1", {"train", "--early-stop", "task1", "--patience", "-1"},
            "--patience must be between 1 and");
        row("patience alone", {"train", "--patience", "2"}, "--patience applies with --early-stop");
        row("early stop empty", {"train", "--early-stop", ""}, "--early-stop needs a task name");
        row("early stop unknown", {"train", "--early-stop", "nosuch"},
            "--early-stop: the data has no task 'nosuch' (its tasks: task1, task2)");
        row("ple levels 0", {"train", "--template", "ple", "--ple-levels", "0"},
            "--ple-levels must be between 1 and");
        row("ple shared 0", {"train", "--template", "cgc", "--ple-shared", "0"},
            "--ple-shared must be between 1 and");
        row("experts 0", {"train", "--experts", "0"}, "--experts must be between 1 and");
        row("top-k above experts",
            {"train", "--template", "mmoe_topk", "--experts", "4", "--top-k", "5"},
            "--top-k must be between 1 and 4");
        row("tower units garbage", {"train", "--tower-units", "garbage"},
            "--tower-units expects a list of whole numbers");
        row("tower units 0", {"train", "--tower-units", "8,0"}, "--tower-units: each layer");
        row("loss weight not a number", {"train", "--loss-weight", "task1=abc"},
            "--loss-weight task1 expects a number, got 'abc'");
        row("loss weight no task", {"train", "--loss-weight", "=2"},
            "--loss-weight expects TASK=W");
        row("loss weight negative", {"train", "--loss-weight", "task1=-1"},
            "--loss-weight task1 must be at least 0");
        row("delimiter empty", {"train", "--data", "csv", "--csv", "x.csv", "--delimiter", ""},
            "--delimiter must be one character");
        row("delimiter long", {"train", "--data", "csv", "--csv", "x.csv", "--delimiter", ";;"},
            "--delimiter must be one character");
        row("epochs 2^32+1", {"train", "--epochs", "4294967297"},
            "--epochs must be between 1 and 1000000, got 4294967297");
        row("epochs huge", {"train", "--epochs", "99999999999999999999"},
            "--epochs must be between 1 and 1000000");
        row("p", {"train", "--p", "2"}, "--p must be at least -1 and at most 1, got 2");
        row("p nan", {"train", "--p", "nan"}, "--p must be a finite number");
        row("n-train", {"train", "--n-train", "1"}, "--n-train must be between 2 and");
        row("d", {"train", "--d", "1"}, "--d must be between 2 and");
        row("seed negative", {"train", "--seed", "-1"}, "--seed expects a whole number from 0");
        row("unknown template", {"train", "--template", "mmo"}, "--template must be one of");
        row("unknown optimizer", {"train", "--optimizer", "adamw"}, "--optimizer must be one of");
        row("unknown data", {"train", "--data", "parquet"}, "--data must be one of");
        row("csv without file", {"train", "--data", "csv"}, "--data csv needs --csv FILE");
        row("option of another data kind", {"train", "--group", "2"},
            "--group applies to --data census, not to --data synthetic");
        row("option of another command", {"eval", "--model", "m.mtl", "--epochs", "3"},
            "--epochs does not apply to 'eval'");
        row("eval without model", {"eval"}, "eval needs --model FILE");
        row("bench model", {"bench", "--model", "mmoee"}, "--model must be one of");
        row("bench steps", {"bench", "--steps", "0"}, "--steps must be between 1 and");
        row("template and graph", {"train", "--template", "mmoe", "--graph", "g.mtlg"},
            "exclude each other");
        row("templates takes no options", {"templates", "--epochs", "2"},
            "templates takes no options");
        row("bad columns", {"train", "--data", "csv", "--csv", "x.csv", "--columns", "a:numbr"},
            "--columns: unknown role 'numbr'");
    }
    void refusedBeforeAnyWork() {
        QFETCH(QStringList, args);
        QFETCH(QString, phrase);
        const Run r = cli(args);
        QVERIFY2(r.finished && r.code != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(phrase), qPrintable(describe(r)));
        QVERIFY2(r.err.startsWith(QLatin1String("error: ")), qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));  // no data loaded, nothing trained
        for (const char* bad : kInternal)
            QVERIFY2(!r.err.contains(QLatin1String(bad)), qPrintable(describe(r)));
    }

    // Task names are checked against the data and the model before the training.
    void lossWeightForUnknownTaskIsRefused() {
        const Run r = cli(QStringList{"train", "--loss-weight", "nosuch=2"} + kSmall);
        QVERIFY2(r.code != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("--loss-weight: the model has no task 'nosuch' (its task heads: "
                                "task1, task2)"),
                 qPrintable(describe(r)));
        QVERIFY2(!r.out.contains(QLatin1String("epoch")), qPrintable(describe(r)));
        // A known task is accepted.
        const Run ok =
            cli(QStringList{"train", "--loss-weight", "task2=0.5", "--epochs", "1"} + kSmall);
        QVERIFY2(ok.code == 0, qPrintable(describe(ok)));
    }

    // Values written as "--name=value" and negative numbers as separate arguments are read.
    void valueForms() {
        const Run r = cli(QStringList{"train", "--epochs=1", "--p", "-0.5", "--json"} + kSmall);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(r.out.contains(QLatin1String("\"finished\"")));
    }

    // --save into a folder that does not exist fails at once, not after the training.
    void unwritableSaveFailsBeforeTraining() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/model.mtlm"));
        const Run r = cli(QStringList{"train", "--epochs", "3", "--save", path} + kSmall);
        QVERIFY2(r.code != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("does not exist")), qPrintable(describe(r)));
        QVERIFY2(!r.out.contains(QLatin1String("epoch")), qPrintable(describe(r)));
        // A writable target saves, leaving no temporary file behind.
        const QString ok = dir.filePath(QStringLiteral("model.mtlm"));
        const Run s = cli(QStringList{"train", "--epochs", "1", "--save", ok} + kSmall);
        QVERIFY2(s.code == 0, qPrintable(describe(s)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"model.mtlm"});
    }

    // A CSV too small for validation and test rows trains with clear warnings, no "nan".
    void tinyCsvWarns() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("tiny.csv"));
        writeText(csv, "a,b,y\n1,2,0\n2,3,1\n3,1,0\n4,4,1\n");
        const Run r = cli({"train", "--data", "csv", "--csv", csv, "--epochs", "1"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("warning: the validation split is empty")),
                 qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("warning: the test split is empty")),
                 qPrintable(describe(r)));
        QVERIFY2(!r.out.contains(QLatin1String("nan")), qPrintable(describe(r)));
        // --early-stop cannot work without validation rows: refused.
        const Run es = cli({"train", "--data", "csv", "--csv", csv, "--early-stop", "y"});
        QVERIFY2(es.code != 0 && es.err.contains(QLatin1String("--early-stop needs validation")),
                 qPrintable(describe(es)));
    }

    // A one-line CSV read with a header has no data rows: the message suggests --no-header.
    void headerlessCsvHint() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("one.csv"));
        writeText(csv, "1,2,0\n");
        const Run r = cli({"train", "--data", "csv", "--csv", csv});
        QVERIFY2(r.code != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("no data rows")), qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("--no-header")), qPrintable(describe(r)));
    }

    // A metadata first line (scikit-learn's "506,13,,,": a row count above the column names) is
    // skipped with a note, as the GUI's import dialog does; --skip-lines 0 reads it (and fails
    // on the names below it, naming the line).
    void metadataFirstLineIsSkipped() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("meta.csv"));
        std::string text = "40,3,,\n\"a\",\"b\",\"c\",\"y\"\n";
        for (int i = 0; i < 40; ++i)
            text += std::to_string(i % 7) + "," + std::to_string(i % 3) + "," +
                    std::to_string(0.5 * i) + "," + std::to_string(i % 2) + "\n";
        writeText(csv, text.c_str());
        const QStringList data = {"--data",    "csv",
                                  "--csv",     csv,
                                  "--columns", "a:numeric,b:categorical,c:numeric,y:label:binary"};
        Run r = cli(QStringList{"train", "--epochs", "1"} + data);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("note: --csv: line 1")) &&
                     r.err.contains(QLatin1String("--skip-lines 0")),
                 qPrintable(describe(r)));
        r = cli(QStringList{"train", "--epochs", "1", "--skip-lines", "0"} + data);
        QVERIFY2(r.code != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("line 2")), qPrintable(describe(r)));
        r = cli(QStringList{"train", "--epochs", "1", "--skip-lines", "-1"} + data);
        QCOMPARE(r.code, 2);
    }

    // An invalid graph: the first line of the error names the problem.
    void invalidGraphNamesTheProblemFirst() {
        QTemporaryDir dir;
        Graph g;
        g.addNode("input.features", "input");
        g.addNode("task.binary", "task1");  // unconnected
        const QString path = dir.filePath(QStringLiteral("bad.mtlg"));
        saveGraphFile(path.toStdString(), g);
        const Run r = cli(QStringList{"train", "--graph", path} + kSmall);
        QVERIFY2(r.code != 0, qPrintable(describe(r)));
        const QString first = r.err.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.startsWith(QLatin1String("error: ")), qPrintable(describe(r)));
        QVERIFY2(!first.contains(QLatin1String("the graph is not valid")), qPrintable(describe(r)));
        QVERIFY2(first.size() > 12, qPrintable(describe(r)));
    }

    // eval of a model file whose weights are NaN (valid checksums) is refused, not a hang.
    void evalOfNanModelIsRefused() {
        QTemporaryDir dir;
        SyntheticConfig sc;
        sc.d = 8;
        sc.nTrain = 300;
        sc.nValid = sc.nTest = 60;
        sc.binary = true;
        const DataSplits data = makeSynthetic(sc);
        TemplateOptions o;
        o.schema = data.train.schema;
        o.experts = 2;
        auto model = Model::compile(makeTemplate("mmoe", o), data.train.schema, 1);
        for (Param* p : model->params())
            p->value.setConstant(std::numeric_limits<float>::quiet_NaN());
        const QString path = dir.filePath(QStringLiteral("nan.mtlm"));
        saveModelFile(path.toStdString(), captureModel(*model, nullptr, TrainConfig()));
        const Run r = cli(QStringList{"eval", "--model", path} + kSmall);
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.code != 0, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(QLatin1String("not finite")), qPrintable(describe(r)));
    }

    // ESMM's pCVR head has no labels (trained through pCTCVR): shown as such, never as NaN; the
    // JSON lines are valid JSON with null metrics and a note.
    void headWithoutLabels() {
        const Run r = cli(QStringList{"train", "--template", "esmm", "--epochs", "2"} + kSmall);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QLatin1String("no labels: trained through task2")),
                 qPrintable(describe(r)));
        QVERIFY2(!r.out.contains(QLatin1String("nan")), qPrintable(describe(r)));
        const Run j =
            cli(QStringList{"train", "--template", "esmm", "--epochs", "2", "--json"} + kSmall);
        QVERIFY2(j.code == 0, qPrintable(describe(j)));
        const QStringList lines = j.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);  // header, 2 epochs, final
        for (const QString& line : lines) {
            QJsonParseError e;
            QJsonDocument::fromJson(line.toUtf8(), &e);
            QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(line));
        }
        const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        const QJsonObject cvr = last["test"].toObject()["task2_given_task1"].toObject();
        QVERIFY2(cvr["auc"].isNull(), qPrintable(lines.last()));
        QCOMPARE(cvr["note"].toString(), QStringLiteral("no labels: trained through task2"));
        QVERIFY(last["test"].toObject()["task1"].toObject()["auc"].isDouble());
    }

    // Long task names: every row of the per-epoch table has its columns where the header has.
    void tableColumnsAlignWithLongTaskNames() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("long.csv"));
        QByteArray text =
            "x1,x2,clicked_on_the_advertisement_within_a_day,"
            "bought_something_within_the_week\n";
        for (int i = 0; i < 200; ++i)
            text += QByteArray::number(i % 7) + "," + QByteArray::number(i % 5) + "," +
                    QByteArray::number(i % 2) + "," + QByteArray::number((i / 3) % 2) + "\n";
        writeText(csv, text);
        const Run r = cli({"train", "--data", "csv", "--csv", csv, "--epochs", "2", "--columns",
                           "x1:numeric,x2:numeric,clicked_on_the_advertisement_within_a_day:label,"
                           "bought_something_within_the_week:label"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        int header = -1;
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].startsWith(QLatin1String("epoch "))) header = i;
        QVERIFY2(header >= 0, qPrintable(describe(r)));
        // Column starts in the header: after each run of two or more spaces.
        const auto starts = [](const QString& line) {
            QList<int> s{0};
            for (int i = 2; i < line.size(); ++i)
                if (line[i] != QLatin1Char(' ') && line[i - 1] == QLatin1Char(' ') &&
                    line[i - 2] == QLatin1Char(' '))
                    s << i;
            return s;
        };
        const QList<int> h = starts(lines[header]);
        QCOMPARE(h.size(), 5);  // epoch, train loss, two tasks, seconds
        for (int row : {header + 1, header + 2}) {
            const QString& l = lines[row];
            for (int c : h.mid(1))
                QVERIFY2(c < l.size() && l[c] != QLatin1Char(' ') && l[c - 1] == QLatin1Char(' '),
                         qPrintable(lines[header] + QLatin1Char('\n') + l));
        }
    }

    // bench runs (in every build: a sanitized one reports no allocation count, never crashes).
    void benchRuns() {
        const Run r = cli({"bench", "--model", "mmoe", "--config", "small", "--steps", "2",
                           "--repeats", "1", "--warmup", "0", "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QJsonParseError e;
        const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8(), &e).object();
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(r.out));
        QCOMPARE(o["model"].toString(), QStringLiteral("mmoe"));
        QVERIFY(o.contains("mallocs_per_step_train"));
        // The products' FLOPs per step, counted as they run, against the count by hand for the
        // small config's MMoE (batch 128), in multiply-adds per example:
        //   forward: experts 100 x 8*16 = 12800, two gates 100 x 8 = 1600, two towers
        //            16 x 8 + 8 x 1 = 272; 14672 in all
        //   backward: every weight gradient again (14672), plus the input gradients of the
        //            towers (272; the experts and gates read the data, which needs none)
        const double flops = 2.0 * 128 * (14672 + 14672 + 272);
        const double printed = o["gflop_per_step_train"].toDouble() * 1e9;  // 6 digits
        QVERIFY2(std::abs(printed - flops) < 1e-5 * flops, qPrintable(r.out));
        QVERIFY(o["gflops_train"].toDouble() > 0);
        QVERIFY(o["gemm_peak_gflops"].toDouble() > 0);
    }

    // Memory: the resident size after each epoch is reported and does not grow from epoch to
    // epoch (buffers are sized once; per step nothing accumulates, per epoch only the run's
    // history of epoch results).
    void residentMemoryDoesNotGrow() {
        const Run r = cli({"train", "--data", "synthetic", "--template", "mmoe", "--epochs", "8",
                           "--batch", "64", "--json"});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QList<double> rss;
        double peak = 0;
        for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            // The anonymous part: VmRSS also counts library code pages first run in a later
            // epoch (seen: +78 kB of VmRSS between epochs 2 and 8, +47 kB of it anonymous).
            if (o.contains("epoch")) rss << o["anon_rss_mb"].toDouble();
            if (o.contains("peak_rss_mb")) peak = o["peak_rss_mb"].toDouble();
        }
        QCOMPARE(rss.size(), 8);
        QVERIFY2(rss[1] > 1, qPrintable(r.out));
        QVERIFY2(peak >= rss.last(), qPrintable(r.out));
        // from epoch 2 on (the first epoch sizes the buffers), growth below 64 kB in all
        QVERIFY2(rss.last() - rss[1] < 0.0625,
                 qPrintable(
                     QStringLiteral("epoch 2: %1 MB, epoch 8: %2 MB").arg(rss[1]).arg(rss.last())));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
