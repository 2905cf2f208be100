// Export to ONNX (io/Export.h): for every template (the list of tst_export_torch: every template
// plus variants with embeddings, static and 8-expert DSelect-k gates, Top-k with the importance
// loss, dropout, regression heads and a hand-built graph), a briefly trained model is exported
// to ONNX by the embedded script, checked by onnx.checker, run by OpenCV's dnn module (Debian's
// python3-opencv, cv2.dnn.readNetFromONNX) on 256 fixed rows and compared with the engine's
// predictions. Every case must run: the blocks have ONNX forms OpenCV 4.6 reads (mtl_layers.py).
// A failure names the operator OpenCV lacks (or says the error is of another kind); the onnx
// reference evaluator, when onnx has one (onnx.reference, from 1.13; Debian 12 has 1.12), then
// runs the case instead, for the table. The table is printed.
// Also: exportModel() end to end (the core function the CLI and the GUI call), the command line,
// and the refusals.
//
// Python with torch, onnx and cv2 is looked for in $MTL_PYTHON, /usr/bin/python3 and python3;
// without it the comparison is skipped with a message saying what is missing.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <tuple>

#include "CliTestSupport.h"
#include "ExportTestSupport.h"
#include "graph/Registry.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "io/Export.h"
#include "io/ExportTorch.h"
#include "train/Trainer.h"

using namespace mtl;
using namespace export_test;

namespace {

// Runs every job in one Python process: the export script's export_onnx (torch.onnx.export and
// onnx.checker), then OpenCV's dnn on the fixed rows. OpenCV 4.6 cannot run the dynamic batch
// axis (its importer needs every shape known: "isDynamicShape", broadcasts of computed tensors),
// so it reads a copy whose batch is fixed to the rows given; the exported file keeps the
// dynamic axis. Per job: checker (ok or the message), runtime ("ok", or the error), outputs by
// task; the reference evaluator's outputs where onnx has one.
const char* kRunner = R"PY(
import json, sys, traceback
import numpy as np
import onnx, cv2
sys.path.insert(0, sys.argv[3])
from onnx_export import export_onnx
jobs = json.load(open(sys.argv[1]))
results = []
for job in jobs:
    res = {"checker": "", "runtime": "", "eval": {}, "reference": "", "ref_eval": {}}
    rows = job["rows"]
    num = np.fromfile(job["numeric"], dtype=np.float32).reshape(rows, -1)
    cat = np.fromfile(job["categorical"], dtype=np.int64).reshape(rows, -1)
    try:
        summary = export_onnx(job["dir"], job["out"], 11)
        res["checker"] = "ok"
        res["operators"] = summary["operators"]
    except Exception as e:
        res["checker"] = "failed: %s: %s" % (type(e).__name__, e)
        results.append(res)
        continue
    tasks, outputs = summary["tasks"], summary["outputs"]
    fixed = onnx.load(job["out"])
    for v in list(fixed.graph.input) + list(fixed.graph.output):
        v.type.tensor_type.shape.dim[0].dim_value = rows
    onnx.save(fixed, job["out"] + ".fixed.onnx")
    try:
        net = cv2.dnn.readNetFromONNX(job["out"] + ".fixed.onnx")
        present = [i.name for i in fixed.graph.input]
        if "numeric" in present:
            net.setInput(num, "numeric")
        if "categorical" in present:
            net.setInput(cat.astype(np.float32), "categorical")  # dnn blobs are float
        got = net.forward(outputs)
        res["eval"] = {t: np.asarray(g).reshape(-1).tolist() for t, g in zip(tasks, got)}
        res["runtime"] = "ok"
    except cv2.error as e:
        res["runtime"] = "error: " + str(e)
    try:
        from onnx.reference import ReferenceEvaluator
    except ImportError:
        res["reference"] = "none: onnx %s has no reference evaluator" % onnx.__version__
    else:
        try:
            feeds = {"numeric": num, "categorical": cat}
            present = [i.name for i in fixed.graph.input]
            got = ReferenceEvaluator(job["out"]).run(None, {k: v for k, v in feeds.items() if k in present})
            res["ref_eval"] = {t: np.asarray(g).reshape(-1).tolist() for t, g in zip(tasks, got)}
            res["reference"] = "ok"
        except Exception as e:
            res["reference"] = "error: %s" % e
    results.append(res)
json.dump(results, open(sys.argv[2], "w"))
)PY";

// The Python that imports every module of `modules`, or empty.
QString findPythonWith(const QStringList& modules) {
    QStringList candidates;
    if (qEnvironmentVariableIsSet("MTL_PYTHON")) candidates << qEnvironmentVariable("MTL_PYTHON");
    candidates << QStringLiteral("/usr/bin/python3") << QStringLiteral("python3");
    for (const QString& py : candidates) {
        QProcess p;
        p.start(py, {QStringLiteral("-c"), QStringLiteral("import ") + modules.join(", ")});
        if (p.waitForStarted(10000) && p.waitForFinished(120000) &&
            p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return py;
    }
    return {};
}

// The operator (or tensor type) an OpenCV dnn error says it lacks, or empty when the error is
// of another kind. OpenCV 4.6 says so in three ways: no layer of that type ("Can't create layer
// \"...\" of type \"TopK\""), the importer's parser of that node type failing ("Node
// [Where@ai.onnx]:(...) parse error: ..."), or a constant of a tensor type it does not read
// ("Unsupported data type: BOOL").
QString missingOperator(const QString& error) {
    static const QRegularExpression noLayer(
        QStringLiteral("Can't create layer \"[^\"]*\" of type \"(\\w+)\""));
    static const QRegularExpression parse(
        QStringLiteral("Node \\[(\\w+)@ai\\.onnx\\][^\\n]* parse error"));
    static const QRegularExpression type(QStringLiteral("Unsupported data type: (\\w+)"));
    auto m = noLayer.match(error);
    if (m.hasMatch()) return m.captured(1) + QStringLiteral(" (no such layer)");
    m = parse.match(error);
    if (m.hasMatch()) return m.captured(1) + QStringLiteral(" (importer cannot read this use)");
    m = type.match(error);
    if (m.hasMatch()) return m.captured(1) + QStringLiteral(" tensors (unsupported type)");
    return {};
}

struct Diff {
    double rel = 0, abs = 0;
};

// Largest differences of `got` (by task) from the engine's `want`: relative to max(|engine|,
// floor), floor 1e-3 for probabilities and the head's RMS for regression values (as
// tst_export_torch).
Diff compare(const QJsonObject& got, const std::map<std::string, std::vector<float>>& want,
             const std::vector<std::string>& regression, bool* complete) {
    Diff d;
    *complete = got.size() == static_cast<int>(want.size());
    for (const auto& [task, values] : want) {
        const QJsonArray a = got.value(QString::fromStdString(task)).toArray();
        if (a.size() != static_cast<int>(values.size())) {
            *complete = false;
            continue;
        }
        double rms = 0;
        for (float v : values) rms += static_cast<double>(v) * v;
        rms = std::sqrt(rms / std::max<size_t>(1, values.size()));
        const bool reg = std::find(regression.begin(), regression.end(), task) != regression.end();
        const double floor = reg ? std::max(1e-3, rms) : 1e-3;
        for (int r = 0; r < a.size(); ++r) {
            const double e = values[static_cast<size_t>(r)], t = a[r].toDouble(NAN);
            if (!std::isfinite(t)) {
                d.rel = d.abs = INFINITY;
                continue;
            }
            d.rel = std::max(d.rel, std::abs(t - e) / std::max(std::abs(e), floor));
            d.abs = std::max(d.abs, std::abs(t - e));
        }
    }
    return d;
}

}  // namespace

class TestExportOnnx : public QObject {
    Q_OBJECT
private slots:
    // exportModel() end to end, as the CLI and the GUI call it: one file, checked, one output
    // per task head; then its refusals.
    void exportModelWritesACheckedFile() {
        const QString py = findPythonWith({"torch", "onnx"});
        if (py.isEmpty())
            QSKIP("Python with torch and onnx not found: install python3-torch and python3-onnx");
        QTemporaryDir tmp;
        Dataset test;
        const ModelFile m = trainBriefly(cases()[3], test);  // mmoe
        ExportRequest r;
        r.format = ExportFormat::Onnx;
        r.destination = tmp.filePath("mmoe.onnx").toStdString();
        r.python = py.toStdString();
        const ExportSummary s = exportModel(m, r);
        QVERIFY(QFileInfo(tmp.filePath("mmoe.onnx")).size() > 1000);
        QCOMPARE(s.outputs, (std::vector<std::string>{"task1", "task2"}));
        QVERIFY(std::find(s.operators.begin(), s.operators.end(), "Softmax") != s.operators.end());
        QVERIFY(s.howToRun.find("mmoe.onnx") != std::string::npos);
        // The temporary PyTorch export is gone; nothing else was written beside the file.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList{"mmoe.onnx"});
        // An existing file is kept unless forced.
        try {
            exportModel(m, r);
            QFAIL("an existing file was replaced");
        } catch (const ExportError& e) {
            QVERIFY2(std::string(e.what()).find("exists") != std::string::npos, e.what());
        }
        r.force = true;
        exportModel(m, r);
    }

    void refusals() {
        QTemporaryDir tmp;
        Dataset test;
        const ModelFile m = trainBriefly(cases()[3], test);
        ExportRequest r;
        r.format = ExportFormat::Onnx;
        auto refused = [&](const std::string& dest, const std::string& python, const char* says) {
            r.destination = dest;
            r.python = python;
            try {
                exportModel(m, r);
                QFAIL(("not refused: " + dest).c_str());
            } catch (const ExportError& e) {
                QVERIFY2(std::string(e.what()).find(says) != std::string::npos, e.what());
            }
            QVERIFY(!QFileInfo::exists(QString::fromStdString(dest)) ||
                    QFileInfo(QString::fromStdString(dest)).isDir());
        };
        refused(tmp.path().toStdString(), "", "is a folder");
        refused(tmp.filePath("missing/m.onnx").toStdString(), "", "does not exist");
        // No Python with torch: an interpreter that does not exist, and no other on the way.
        qputenv("MTL_PYTHON", "/nonexistent/python3");
        const bool debianTorch = !findPython({"torch", "onnx"}, "/nonexistent/python3").empty();
        if (!debianTorch)
            refused(tmp.filePath("m.onnx").toStdString(), "/nonexistent/python3",
                    "no Python with PyTorch and ONNX found");
        qunsetenv("MTL_PYTHON");
        // A Python that cannot import torch (exit code 1) is passed over by findPython.
        QVERIFY(findPython({"no_such_module_for_mtl"}).empty());
        std::string out;
        QCOMPARE(runProcess({"/nonexistent/python3", "-c", "1"}, &out), -1);
        QCOMPARE(runProcess({"sh", "-c", "echo hi; exit 3"}, &out), 3);
        QCOMPARE(QString::fromStdString(out), QStringLiteral("hi\n"));
    }

    // mtlstudio-cli export --to onnx FILE: the file, the summary, the refusals.
    void cliExportsOnnx() {
        using test::runCli;
        QTemporaryDir tmp;
        const QString model = tmp.filePath("m.mtl"), out = tmp.filePath("m.onnx");
        test::CliRun r = runCli({"train", "--template", "mmoe", "--epochs", "1", "--n-train", "300",
                                 "--n-valid", "50", "--n-test", "50", "--save", model});
        QVERIFY2(r.code == 0, qPrintable(test::describeRun(r)));
        r = runCli({"export", "--model", model, "--to", "onnx"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("destination file"), qPrintable(r.err));
        if (findPythonWith({"torch", "onnx"}).isEmpty())
            QSKIP("Python with torch and onnx not found: install python3-torch and python3-onnx");
        r = runCli({"export", "--model", model, "--to", "onnx", out});
        QVERIFY2(r.code == 0, qPrintable(test::describeRun(r)));
        QVERIFY2(r.out.contains("outputs: task1 task2") && r.out.contains("checked"),
                 qPrintable(r.out));
        QVERIFY(QFileInfo(out).size() > 1000);
        r = runCli({"export", "--model", model, "--to", "onnx", out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("exists") && r.err.contains("--force"), qPrintable(r.err));
        r = runCli({"export", "--model", model, "--to", "onnx", out, "--force", "--json"});
        QVERIFY2(r.code == 0, qPrintable(test::describeRun(r)));
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(j["to"].toString(), QStringLiteral("onnx"));
        QCOMPARE(j["file"].toString(), out);
        QCOMPARE(j["outputs"].toArray().size(), 2);
    }

    void everyTemplateCheckedAndRun() {
        const QString py = findPythonWith({"torch", "onnx", "cv2"});
        if (py.isEmpty())
            QSKIP(
                "Python with torch, onnx and cv2 not found (tried $MTL_PYTHON, /usr/bin/python3, "
                "python3): install python3-torch, python3-onnx and python3-opencv");
        QTemporaryDir tmp;
        {
            std::ofstream f(tmp.filePath("onnx_export.py").toStdString());
            f << onnxExportScript();
        }
        QJsonArray jobs;
        std::vector<Case> all = cases();
        std::vector<std::map<std::string, std::vector<float>>> engine;
        std::vector<std::vector<std::string>> regression;
        for (const Case& c : all) {
            Dataset test;
            const ModelFile trained = trainBriefly(c, test);
            const std::string file =
                tmp.filePath(QString::fromStdString(c.name + ".mtl")).toStdString();
            saveModelFile(file, trained);
            const ModelFile loaded = loadModelFile(file);
            const QString dir = tmp.filePath(QString::fromStdString(c.name));
            exportTorch(loaded, dir.toStdString());
            auto model = Model::compile(loaded.graph, loaded.schema, 1);
            restoreWeights(*model, loaded);
            std::vector<std::vector<float>> pred;
            evaluate(*model, test, 4096, &pred);
            std::map<std::string, std::vector<float>> byTask;
            std::vector<std::string> reg;
            for (size_t h = 0; h < model->heads().size(); ++h) {
                byTask[model->heads()[h]->task] = pred[h];
                if (model->heads()[h]->kind == TaskKind::Regression)
                    reg.push_back(model->heads()[h]->task);
            }
            engine.push_back(byTask);
            regression.push_back(reg);
            const int rows = test.rows();
            writeTestRows(test, dir);
            QJsonObject job;
            job["dir"] = dir;
            job["out"] = dir + ".onnx";
            job["rows"] = rows;
            job["numeric"] = dir + "/test_numeric.bin";
            job["categorical"] = dir + "/test_categorical.bin";
            jobs.append(job);
        }
        const QString jobsFile = tmp.filePath("jobs.json"), outFile = tmp.filePath("out.json");
        {
            QFile f(jobsFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(jobs).toJson());
        }
        const QString runner = tmp.filePath("runner.py");
        writeRaw(runner, kRunner, std::strlen(kRunner));
        QProcess p;
        p.start(py, {runner, jobsFile, outFile, tmp.path()});
        QVERIFY(p.waitForStarted(30000));
        QVERIFY2(p.waitForFinished(800000), "python did not finish");
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError()).right(4000)));
        QFile f(outFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(results.size(), static_cast<int>(all.size()));
        const double tol = 1e-5;  // as the PyTorch parity (float32 sums in another order)
        QString table = QStringLiteral(
            "| case | onnx.checker | OpenCV 4.6 dnn | max abs diff | max rel diff |\n"
            "|---|---|---|---:|---:|\n");
        QStringList gaps, failures;
        QString reference;
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject res = results[i].toObject();
            const QString name = QString::fromStdString(all[static_cast<size_t>(i)].name);
            const QString checker = res["checker"].toString();
            if (checker != QLatin1String("ok")) failures << name + ": checker " + checker;
            QString runtime = res["runtime"].toString(), absS = "-", relS = "-";
            if (runtime == QLatin1String("ok")) {
                bool complete = false;
                const Diff d = compare(res["eval"].toObject(), engine[static_cast<size_t>(i)],
                                       regression[static_cast<size_t>(i)], &complete);
                if (!complete) failures << name + ": OpenCV's outputs do not match the heads";
                if (!(d.rel <= tol))
                    failures << name +
                                    QStringLiteral(": OpenCV differs by %1 (relative)").arg(d.rel);
                absS = QString::number(d.abs, 'g', 2);
                relS = QString::number(d.rel, 'g', 2);
            } else if (!runtime.isEmpty()) {
                const QString op = missingOperator(runtime);
                // Every block has a form OpenCV 4.6 runs (mtl_layers.py); a missing operator
                // is named (a new block, another OpenCV), any other error is reported as such.
                failures << name + (op.isEmpty()
                                        ? ": OpenCV failed, not for a missing operator: " + runtime
                                        : ": OpenCV lacks " + op);
                runtime = QStringLiteral("gap: ") + op;
                gaps << name + ": " + op;
                reference = res["reference"].toString();
                if (reference == QLatin1String("ok")) {
                    bool complete = false;
                    const Diff d =
                        compare(res["ref_eval"].toObject(), engine[static_cast<size_t>(i)],
                                regression[static_cast<size_t>(i)], &complete);
                    if (!complete || !(d.rel <= tol))
                        failures << name + ": the reference evaluator differs";
                    absS = QString::number(d.abs, 'g', 2) + " (reference)";
                    relS = QString::number(d.rel, 'g', 2) + " (reference)";
                }
            }
            table += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                         .arg(name, checker, runtime, absS, relS);
        }
        qInfo().noquote() << "ONNX export, every case:\n" << table;
        if (!gaps.isEmpty())
            qInfo().noquote() << "known runtime gaps (OpenCV 4.6 dnn):\n  " << gaps.join("\n  ")
                              << "\nreference evaluator:" << reference;
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestExportOnnx)
#include "tst_export_onnx.moc"
