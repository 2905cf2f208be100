// Export to PyTorch: every registry kind has an exporter, the folder holds what its README says,
// refusals (invalid graph, mismatched weights, non-empty folder), and numerical parity: for every
// template (and variants covering embeddings, static and non-power-of-two DSelect-k gates,
// Top-k, regression heads), a briefly trained model is saved, loaded, exported, and run by
// PyTorch on a fixed data set; its eval-mode predictions must match the engine's.
//
// PyTorch is looked for in $MTL_PYTHON, /usr/bin/python3 (Debian's python3-torch) and python3 on
// the PATH; without it the parity test is skipped with a message saying so.
#include <QDirIterator>
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
#include "data/Census.h"
#include "data/Synthetic.h"
#include "graph/Registry.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "io/ExportTorch.h"
#include "train/Trainer.h"

using namespace mtl;
using namespace export_test;

namespace {

// The Python that can import torch, or empty.
QString findTorchPython() {
    QStringList candidates;
    if (qEnvironmentVariableIsSet("MTL_PYTHON")) candidates << qEnvironmentVariable("MTL_PYTHON");
    candidates << QStringLiteral("/usr/bin/python3") << QStringLiteral("python3");
    for (const QString& py : candidates) {
        QProcess p;
        p.start(py, {QStringLiteral("-c"), QStringLiteral("import torch")});
        if (p.waitForStarted(10000) && p.waitForFinished(120000) &&
            p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return py;
    }
    return {};
}

// Runs every export in `dirs` on its data in one Python process; returns, per export, the
// predictions by task.
const char* kRunner = R"PY(
import importlib.util, json, sys
import torch
torch.set_num_threads(1)
jobs = json.load(open(sys.argv[1]))
results = []
for i, job in enumerate(jobs):
    sys.path.insert(0, job["dir"])
    spec = importlib.util.spec_from_file_location("exported%d" % i, job["dir"] + "/model.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sys.path.pop(0)
    model = mod.load_model(job["dir"])
    rows = job["rows"]
    num = torch.frombuffer(bytearray(open(job["numeric"], "rb").read()), dtype=torch.float32)
    cat = torch.frombuffer(bytearray(open(job["categorical"], "rb").read()), dtype=torch.int64)
    with torch.no_grad():
        out = model(num.view(rows, -1), cat.view(rows, -1))
        model.train()  # regularisers on; no dropout in these models
        train = model(num.view(rows, -1), cat.view(rows, -1))
    results.append({"eval": {k: v.tolist() for k, v in out["predictions"].items()},
                    "train": {k: v.tolist() for k, v in train["predictions"].items()},
                    "reg": float(train["reg"])})
json.dump(results, open(sys.argv[2], "w"))
)PY";

// Runs `script` (Python source) with `args` by `py` in `dir`; returns stdout, or fails.
struct PyRun {
    bool ok = false;
    QString out, err;
};
PyRun runPython(const QString& py, const QStringList& args, const QString& dir,
                int timeoutMs = 600000) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(py, args);
    PyRun r;
    if (!p.waitForStarted(30000)) return r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

// The JSON objects of the lines of `text` that hold one (train.py --json; torchrun prefixes
// each line with its process, e.g. "[default0]:").
std::vector<QJsonObject> jsonLines(const QString& text) {
    std::vector<QJsonObject> out;
    for (QString line : text.split('\n')) {
        const int brace = line.indexOf('{');
        if (brace < 0) continue;
        const QJsonDocument d = QJsonDocument::fromJson(line.mid(brace).toUtf8());
        if (d.isObject()) out.push_back(d.object());
    }
    return out;
}

// Runs preprocess.py's load_splits in `dir` and checks every split against `engine`'s, value for
// value (floats bit for bit; NaN labels where the engine has NaN).
void compareSplits(const QString& py, const QString& dir, const DataSplits& engine,
                   const char* label) {
    const char* dump = R"PY(
from preprocess import load_splits
for name, parts in load_splits(".").items():
    for part, t in zip(("numeric", "categorical", "labels"), parts):
        open(name + "_" + part + ".out", "wb").write(t.contiguous().numpy().tobytes())
)PY";
    const PyRun r = runPython(py, {"-c", dump}, dir);
    QVERIFY2(r.ok, qPrintable(QString(label) + ": " + r.err));
    const std::pair<const char*, const Dataset*> splits[] = {
        {"train", &engine.train}, {"valid", &engine.valid}, {"test", &engine.test}};
    for (const auto& [name, d] : splits) {
        auto read = [&](const char* part) {
            QFile f(dir + QString("/%1_%2.out").arg(name, part));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray num = read("numeric"), cat = read("categorical"), lab = read("labels");
        const int rows = d->rows(), N = d->schema.numeric(), F = d->schema.fields();
        const int T = static_cast<int>(d->labels.rows());
        const QString where = QString("%1 %2").arg(label, name);
        QVERIFY2(num.size() == rows * N * 4, qPrintable(where + " numeric size"));
        QVERIFY2(cat.size() == rows * F * 8, qPrintable(where + " categorical size"));
        QVERIFY2(lab.size() == rows * T * 4, qPrintable(where + " labels size"));
        const float* n = reinterpret_cast<const float*>(num.constData());
        const qint64* c = reinterpret_cast<const qint64*>(cat.constData());
        const float* l = reinterpret_cast<const float*>(lab.constData());
        for (int r = 0; r < rows; ++r) {
            for (int i = 0; i < N; ++i)
                QVERIFY2(n[r * N + i] == d->numeric(i, r),
                         qPrintable(QString("%1 row %2 numeric %3: %4 vs %5")
                                        .arg(where)
                                        .arg(r)
                                        .arg(i)
                                        .arg(n[r * N + i])
                                        .arg(d->numeric(i, r))));
            for (int f = 0; f < F; ++f)
                QVERIFY2(c[r * F + f] == d->categorical(f, r),
                         qPrintable(QString("%1 row %2 field %3").arg(where).arg(r).arg(f)));
            for (int t = 0; t < T; ++t) {
                const float e = d->labels(t, r), g = l[r * T + t];
                QVERIFY2((std::isnan(e) && std::isnan(g)) || e == g,
                         qPrintable(QString("%1 row %2 task %3").arg(where).arg(r).arg(t)));
            }
        }
    }
}

}  // namespace

class TestExportTorch : public QObject {
    Q_OBJECT
private slots:
    void everyRegistryKindIsExportable() {
        const auto& kinds = torchExportableKinds();
        for (const std::string& k : Registry::instance().keys())
            QVERIFY2(std::find(kinds.begin(), kinds.end(), k) != kinds.end(),
                     ("no PyTorch exporter for registry kind " + k).c_str());
    }

    void folderHoldsWhatItsReadmeSays() {
        QTemporaryDir tmp;
        Dataset test;
        const ModelFile m = trainBriefly(cases()[3], test);  // mmoe
        const std::string dir = tmp.filePath("out").toStdString();
        const auto files = exportTorch(m, dir);
        for (const char* f :
             {"model.py", "mtl_layers.py", "weights.bin", "weights.json", "model.json",
              "preprocess.py", "preprocess.json", "train.py", "README.md"}) {
            QVERIFY2(std::find(files.begin(), files.end(), f) != files.end(), f);
            QVERIFY2(QFileInfo(QString::fromStdString(dir + "/" + f)).size() > 0, f);
        }
        // The weights file holds every parameter once, as float32.
        size_t count = 0;
        for (const TorchTensor& t : torchTensors(m)) count += t.values.size();
        QCOMPARE(QFileInfo(QString::fromStdString(dir + "/weights.bin")).size(),
                 static_cast<qint64>(count * 4));
        // Identity travels as node ids and registry kinds.
        const std::string src = torchModelSource(m);
        for (const Node& n : m.graph.nodes()) {
            QVERIFY(src.find("self.node" + std::to_string(n.id) + " = ") != std::string::npos);
            QVERIFY(src.find("(" + n.type + ")") != std::string::npos);
        }
    }

    void refusesNonEmptyFolderUnlessForced() {
        QTemporaryDir tmp;
        Dataset test;
        const ModelFile m = trainBriefly(cases()[3], test);
        const std::string dir = tmp.filePath("out").toStdString();
        QDir().mkpath(QString::fromStdString(dir));
        writeRaw(QString::fromStdString(dir + "/keep.txt"), "x", 1);
        try {
            exportTorch(m, dir);
            QFAIL("a non-empty folder was written into");
        } catch (const ExportError& e) {
            QVERIFY2(std::string(e.what()).find("not empty") != std::string::npos, e.what());
        }
        QVERIFY(!QFileInfo::exists(QString::fromStdString(dir + "/model.py")));
        TorchExportOptions o;
        o.force = true;
        exportTorch(m, dir, o);
        QVERIFY(QFileInfo::exists(QString::fromStdString(dir + "/model.py")));
        QVERIFY(QFileInfo::exists(QString::fromStdString(dir + "/keep.txt")));
        // A file where the folder should be.
        try {
            exportTorch(m, dir + "/keep.txt", o);
            QFAIL("a file was taken for a folder");
        } catch (const ExportError& e) {
            QVERIFY2(std::string(e.what()).find("not a folder") != std::string::npos, e.what());
        }
    }

    void refusesWeightsThatDoNotFit() {
        Dataset test;
        ModelFile m = trainBriefly(cases()[3], test);
        m.weights.pop_back();
        try {
            torchModelSource(m);
            QFAIL("weights that do not fit were exported");
        } catch (const ExportError& e) {
            QVERIFY2(std::string(e.what()).find("weights cannot be exported") != std::string::npos,
                     e.what());
        }
        ModelFile nan = trainBriefly(cases()[3], test);
        nan.weights.front().second(0, 0) = std::nanf("");
        try {
            torchModelSource(nan);
            QFAIL("a weight that is not finite was exported");
        } catch (const ExportError& e) {
            QVERIFY2(std::string(e.what()).find("not finite") != std::string::npos, e.what());
        }
        ModelFile bad = trainBriefly(cases()[3], test);
        bad.graph.mutableEdges().pop_back();  // a head loses its input
        QVERIFY_EXCEPTION_THROWN(torchModelSource(bad), ExportError);
    }

    // mtlstudio-cli export: the folder, and the refused command lines with their messages.
    void cliExportsAndRefuses() {
        using test::runCli;
        QTemporaryDir tmp;
        const QString model = tmp.filePath("m.mtl"), out = tmp.filePath("out");
        test::CliRun r = runCli({"train", "--template", "mmoe", "--epochs", "1", "--n-train", "300",
                                 "--n-valid", "50", "--n-test", "50", "--save", model});
        QVERIFY2(r.code == 0, qPrintable(test::describeRun(r)));
        r = runCli({"export", "--model", model, "--to", "pytorch", out});
        QVERIFY2(r.code == 0, qPrintable(test::describeRun(r)));
        QVERIFY2(r.out.contains("torchrun ") && r.out.contains("--nproc_per_node=2 train.py"),
                 qPrintable(r.out));
        for (const char* f :
             {"model.py", "mtl_layers.py", "weights.bin", "weights.json", "model.json",
              "preprocess.py", "preprocess.json", "train.py", "README.md"})
            QVERIFY2(QFileInfo::exists(out + "/" + f), f);
        QVERIFY(!QFileInfo::exists(out + "/data"));  // no data options: no data
        r = runCli({"export", "--model", model, "--to", "pytorch", tmp.filePath("json"), "--json"});
        QVERIFY2(r.code == 0, qPrintable(test::describeRun(r)));
        const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(j["to"].toString(), QStringLiteral("pytorch"));
        QCOMPARE(j["files"].toInt(), 9);
        // Not over a non-empty folder, unless --force; with data options, the data's splits.
        r = runCli({"export", "--model", model, "--to", "pytorch", out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("is not empty") && r.err.contains("--force"), qPrintable(r.err));
        r = runCli({"export", "--model", model, "--to", "pytorch", out, "--force", "--data",
                    "synthetic", "--n-train", "300", "--n-valid", "50", "--n-test", "50"});
        QVERIFY2(r.code == 0, qPrintable(test::describeRun(r)));
        QCOMPARE(QFileInfo(out + "/data/test_numeric.bin").size(), qint64(50 * 100 * 4));
        QCOMPARE(QFileInfo(out + "/data/train_labels.bin").size(), qint64(300 * 2 * 4));
        // Refused command lines (exit 2, nothing written) and failures (exit 1).
        const struct {
            QStringList args;
            int code;
            const char* message;
        } bad[] = {
            {{"export", "--model", model, "--to", "tflite", "@1"},
             2,
             "--to must be one of pytorch, onnx"},
            {{"export", "--model", model, "--to", "pytorch"}, 2, "destination folder"},
            {{"export", "--model", model, "@1"}, 2, "export needs --to pytorch DIR"},
            {{"export", "--to", "pytorch", "@1"}, 2, "export needs --model FILE"},
            {{"export", "--model", model, "--to", "pytorch", "@1", "@2"}, 2, "unexpected argument"},
            {{"export", "--model", model, "--to", "pytorch", "@1", "--epochs", "2"},
             2,
             "--epochs does not apply to 'export'"},
            {{"export", "--model", tmp.filePath("none.mtl"), "--to", "pytorch", "@1"},
             1,
             "cannot open"},
            {{"export", "--model", model, "--to", "pytorch", "@1", "--data", "synthetic", "--d",
              "7"},
             1,
             "the model was trained on other data"},
        };
        for (const auto& b : bad) {
            r = runCli(QStringList(b.args)
                           .replaceInStrings("@1", tmp.filePath("@1"))
                           .replaceInStrings("@2", tmp.filePath("@2")));
            QVERIFY2(r.code == b.code && r.err.contains(b.message),
                     qPrintable(b.args.join(' ') + "\n" + test::describeRun(r)));
            QVERIFY(!QFileInfo::exists(tmp.filePath("@1")));
        }
    }

    // preprocess.py reads a CSV file as the engine does (declared and inferred column roles,
    // quoted fields, missing numbers and labels, binary tokens, a class column, unseen
    // categories), bit for bit.
    void preprocessMatchesTheEngineOnCsv() {
        const QString py = findTorchPython();
        if (py.isEmpty()) QSKIP("PyTorch not found: install python3-torch");
        QTemporaryDir tmp;
        const QString csv = tmp.filePath("data.csv");
        {
            std::ofstream f(csv.toStdString(), std::ios::binary);
            f << "# exported by a tool\n";
            f << "x1, x2 ,colour,note,skip,click,kind\r\n";
            const char* colours[] = {"red", "green", "blue", "dark red", "\"teal, light\""};
            const char* clicks[] = {"yes", "no", "1", "0", "TRUE", "false", "", "1.0"};
            const char* kinds[] = {"a", "b", "c", "", " b "};
            for (int r = 0; r < 80; ++r) {
                f << (r % 7 == 3 ? std::string("") : std::to_string(0.25 * r - 3)) << ","
                  << (r % 11 == 5 ? "+1e3" : std::to_string((r * 37) % 17)) << "," << colours[r % 5]
                  << "," << (r % 13 == 0 ? "\"multi\nline \"\"q\"\"\"" : "n") << ",zzz,"
                  << clicks[r % 8] << "," << kinds[r % 5] << (r % 2 ? "\n" : "\r\n");
                if (r == 40) f << "   \n";  // a blank line
            }
        }
        auto check = [&](const CsvOptions& opt, const char* label) {
            DataSpec spec;
            spec.kind = DataSpec::Kind::Csv;
            spec.csvPath = csv.toStdString();
            spec.csv = opt;
            const DataSplits engine = loadCsv(spec.csvPath, opt);
            ModelFile m;
            TemplateOptions o;
            o.schema = engine.train.schema;
            o.experts = 2;
            m.graph = makeTemplate("shared_bottom", o);
            m.schema = o.schema;
            m.weights =
                captureModel(*Model::compile(m.graph, m.schema, 1), nullptr, m.train).weights;
            const TorchExportData data = loadTorchExportData(spec, m.schema);
            TorchExportOptions options;
            options.data = &data;
            const QString dir = tmp.filePath(label);
            exportTorch(m, dir.toStdString(), options);
            QVERIFY(!QFileInfo::exists(dir + "/data"));  // read from the file, not dumped
            compareSplits(py, dir, engine, label);
        };
        CsvOptions declared;
        declared.skipLines = 1;
        declared.headerLine = 2;
        declared.seed = 9;
        declared.validFrac = 0.2;
        declared.columns = {
            parseCsvColumn("x1:numeric"),         parseCsvColumn("x2:numeric"),
            parseCsvColumn("colour:categorical"), parseCsvColumn("note:categorical"),
            parseCsvColumn("skip:ignore"),        parseCsvColumn("click:label:binary"),
            parseCsvColumn("kind:label")};
        declared.columns.back().classes = {"a", "b", "c"};
        check(declared, "declared");
        CsvOptions inferred;
        inferred.skipLines = 1;
        inferred.headerLine = 2;
        check(inferred, "inferred");
    }

    // preprocess.py reads census-income as the engine does: the same rows in each split, the
    // same codes, the same standardised values (bit for bit) and labels.
    void preprocessMatchesTheEngineOnCensus() {
        if (defaultCensusDir().empty()) QSKIP("census-income data not found (set MTL_CENSUS_DIR)");
        const QString py = findTorchPython();
        if (py.isEmpty()) QSKIP("PyTorch not found: install python3-torch");
        DataSpec spec;
        spec.kind = DataSpec::Kind::Census;
        spec.census.dir = defaultCensusDir();
        spec.census.maxTrainRows = 3000;
        spec.census.seed = 5;
        const DataSplits engine = loadCensus(spec.census);
        TemplateOptions o;
        o.schema = engine.train.schema;
        o.experts = 2;
        ModelFile m;
        m.graph = makeTemplate("mmoe", o);
        m.schema = o.schema;
        m.weights = captureModel(*Model::compile(m.graph, m.schema, 1), nullptr, m.train).weights;
        const TorchExportData data = loadTorchExportData(spec, m.schema);
        TorchExportOptions options;
        options.data = &data;
        QTemporaryDir tmp;
        exportTorch(m, tmp.path().toStdString(), options);
        compareSplits(py, tmp.path(), engine, "census");
    }

    // train.py trains the export: one process, then two under torchrun (DDP, gloo), printing
    // per-epoch validation and final test metrics for both tasks.
    void trainScriptRunsUnderTorchrun() {
        const QString py = findTorchPython();
        if (py.isEmpty()) QSKIP("PyTorch not found: install python3-torch");
        DataSpec spec;
        spec.kind = DataSpec::Kind::Synthetic;
        spec.synthetic.d = 10;
        spec.synthetic.nTrain = 600;
        spec.synthetic.nValid = 200;
        spec.synthetic.nTest = 200;
        spec.synthetic.binary = true;
        const DataSplits d = loadData(spec);
        TemplateOptions o;
        o.schema = d.train.schema;
        o.experts = 4;
        auto model = Model::compile(makeTemplate("mmoe", o), o.schema, 3);
        TrainConfig cfg;
        cfg.epochs = 1;
        cfg.batchSize = 64;
        const ModelFile m = captureModel(*model, nullptr, cfg);
        const TorchExportData data = loadTorchExportData(spec, m.schema);
        TorchExportOptions options;
        options.data = &data;
        QTemporaryDir tmp;
        exportTorch(m, tmp.path().toStdString(), options);
        auto check = [](const PyRun& r, int epochs) {
            QVERIFY2(r.ok, qPrintable(r.out.right(2000) + "\n" + r.err.right(3000)));
            const std::vector<QJsonObject> lines = jsonLines(r.out);
            QCOMPARE(static_cast<int>(lines.size()), epochs + 1);
            for (int e = 0; e < epochs; ++e) {
                QCOMPARE(lines[static_cast<size_t>(e)]["epoch"].toInt(), e + 1);
                QVERIFY(std::isfinite(lines[static_cast<size_t>(e)]["train_loss"].toDouble()));
            }
            const QJsonObject test = lines.back()["test"].toObject();
            for (const char* t : {"task1", "task2"}) {
                const double auc = test[t].toObject()["auc"].toDouble(-1);
                QVERIFY2(auc > 0 && auc < 1, t);
            }
        };
        check(
            runPython(py, {"train.py", "--epochs", "2", "--json", "--save", "one.pt"}, tmp.path()),
            2);
        // torch 1.13's torchrun on Python 3.11 needs non-zero --redirects/--tee (README.md).
        PyRun two = runPython(py,
                              {"-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2",
                               "--redirects", "1", "--tee", "1", "--log_dir", tmp.filePath("logs"),
                               "train.py", "--epochs", "2", "--json", "--save", "two.pt"},
                              tmp.path());
        // Rank 0's own stdout as torchrun logged it (<log_dir>/<run>/attempt_0/0/stdout.log): the
        // tee'd copy on torchrun's stdout can have the agent's messages spliced into a line.
        QDirIterator logs(tmp.filePath("logs"), {"stdout.log"}, QDir::Files,
                          QDirIterator::Subdirectories);
        while (logs.hasNext()) {
            const QString f = logs.next();
            QFile log(f);
            if (f.endsWith("/0/stdout.log") && log.open(QIODevice::ReadOnly)) {
                two.out = QString::fromUtf8(log.readAll());
                break;
            }
        }
        check(two, 2);
        QVERIFY(QFileInfo::exists(tmp.filePath("two.pt")));
    }

    void predictionsMatchTheEngine() {
        const QString py = findTorchPython();
        if (py.isEmpty())
            QSKIP(
                "PyTorch not found (tried $MTL_PYTHON, /usr/bin/python3, python3): install "
                "python3-torch to check the exported models' parity");
        QTemporaryDir tmp;
        QJsonArray jobs;
        std::vector<std::pair<std::string, std::map<std::string, std::vector<float>>>> engine;
        std::vector<std::map<std::string, std::vector<float>>> engineTrain;
        std::vector<double> engineReg;
        std::vector<std::string> regressionTasks;  // "case/task"
        for (const Case& c : cases()) {
            Dataset test;
            const ModelFile trained = trainBriefly(c, test);
            // Through a model file, as the command line exports.
            const std::string file =
                tmp.filePath(QString::fromStdString(c.name + ".mtl")).toStdString();
            saveModelFile(file, trained);
            const ModelFile loaded = loadModelFile(file);
            const QString dir = tmp.filePath(QString::fromStdString(c.name));
            exportTorch(loaded, dir.toStdString());
            // The engine's predictions (eval mode) on the fixed test rows.
            auto model = Model::compile(loaded.graph, loaded.schema, 1);
            restoreWeights(*model, loaded);
            std::vector<std::vector<float>> pred;
            evaluate(*model, test, 4096, &pred);
            std::map<std::string, std::vector<float>> byTask;
            for (size_t h = 0; h < model->heads().size(); ++h) {
                byTask[model->heads()[h]->task] = pred[h];
                if (model->heads()[h]->kind == TaskKind::Regression)
                    regressionTasks.push_back(c.name + "/" + model->heads()[h]->task);
            }
            engine.push_back({c.name, byTask});
            // Training mode on the same rows (one batch): the regularisers' sum, and predictions
            // (which differ from eval mode only by random noise or dropout: none here but the
            // noisy Top-k gates).
            std::vector<int> rowIds(static_cast<size_t>(test.rows()));
            for (int r = 0; r < test.rows(); ++r) rowIds[static_cast<size_t>(r)] = r;
            Rng rng(1);
            model->forward(test, rowIds.data(), test.rows(), true, rng, false);
            engineReg.push_back(model->lastRegLoss());
            std::map<std::string, std::vector<float>> trainByTask;
            for (const TaskHead* h : model->heads())
                trainByTask[h->task] = std::vector<float>(
                    h->prediction().data(), h->prediction().data() + h->prediction().size());
            engineTrain.push_back(trainByTask);
            // The same rows for Python: row-major float32 numeric, int64 codes.
            const int rows = test.rows();
            writeTestRows(test, dir);
            QJsonObject job;
            job["dir"] = dir;
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
        p.start(py, {runner, jobsFile, outFile});
        QVERIFY(p.waitForStarted(30000));
        QVERIFY2(p.waitForFinished(600000), "python did not finish");
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QFile f(outFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(results.size(), static_cast<int>(engine.size()));
        // Tolerance: both sides compute in float32 but sum in different orders (the engine's
        // sparse one-hot kernels and fused expert GEMMs vs torch's dense matmuls), so each
        // pre-activation differs by a few float32 ulps of its largest term. Relative difference
        // is |torch - engine| / max(|engine|, floor). Binary heads: floor 1e-3 (probabilities).
        // Regression heads: floor = the RMS of the head's predictions, because a float32 sum is
        // rounded relative to its terms (about the output's scale), not to its result: a value
        // that cancels to near 0 keeps an absolute error of a few ulps of the scale (measured:
        // 5e-7 on outputs of RMS 0.44), which relative to itself says nothing about the export.
        const double tol = 1e-5;
        QString report;
        double worstAll = 0;
        std::string worstName;
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject got = results[i].toObject()["eval"].toObject();
            const auto& [name, want] = engine[static_cast<size_t>(i)];
            QCOMPARE(got.size(), static_cast<int>(want.size()));
            double worst = 0, worstAbs = 0, scale = 0;
            for (const auto& [task, values] : want) {
                const QJsonArray a = got.value(QString::fromStdString(task)).toArray();
                QCOMPARE(a.size(), static_cast<int>(values.size()));
                double rms = 0;
                for (float v : values) rms += static_cast<double>(v) * v;
                rms = std::sqrt(rms / std::max<size_t>(1, values.size()));
                const bool regression = std::find(regressionTasks.begin(), regressionTasks.end(),
                                                  name + "/" + task) != regressionTasks.end();
                const double floor = regression ? std::max(1e-3, rms) : 1e-3;
                for (int r = 0; r < a.size(); ++r) {
                    const double e = values[static_cast<size_t>(r)], t = a[r].toDouble();
                    QVERIFY2(std::isfinite(t), (name + ": not finite").c_str());
                    worst = std::max(worst, std::abs(t - e) / std::max(std::abs(e), floor));
                    worstAbs = std::max(worstAbs, std::abs(t - e));
                }
                scale = std::max(scale, rms);
            }
            report += QStringLiteral("%1: relative %2, absolute %3 (prediction RMS %4)\n")
                          .arg(QString::fromStdString(name))
                          .arg(worst, 0, 'g', 3)
                          .arg(worstAbs, 0, 'g', 3)
                          .arg(scale, 0, 'g', 3);
            if (worst > worstAll) {
                worstAll = worst;
                worstName = name;
            }
        }
        qInfo().noquote() << "max relative difference per case:\n" << report;
        // Training mode: the regularisers (DSelect-k entropy and barrier, L2 sharing) and the
        // predictions of every model without noise.
        QString trainReport;
        const std::vector<Case> all = cases();
        for (int i = 0; i < results.size(); ++i) {
            const QJsonObject res = results[i].toObject();
            const std::string& name = engine[static_cast<size_t>(i)].first;
            const Case& c = all[static_cast<size_t>(i)];
            const double want = engineReg[static_cast<size_t>(i)], got = res["reg"].toDouble();
            const double regDiff = std::abs(got - want) / std::max(std::abs(want), 1e-6);
            trainReport += QStringLiteral("%1: regulariser engine %2 torch %3")
                               .arg(QString::fromStdString(name))
                               .arg(want, 0, 'g', 8)
                               .arg(got, 0, 'g', 8);
            QVERIFY2(regDiff <= tol, qPrintable(QString::fromStdString(name) + ": regulariser"));
            if (c.randomInTraining) {  // torch's noise and dropout masks are not the engine's
                trainReport += "\n";
                continue;
            }
            double worst = 0;
            const QJsonObject preds = res["train"].toObject();
            for (const auto& [task, values] : engineTrain[static_cast<size_t>(i)]) {
                const QJsonArray a = preds.value(QString::fromStdString(task)).toArray();
                QCOMPARE(a.size(), static_cast<int>(values.size()));
                const bool regression = std::find(regressionTasks.begin(), regressionTasks.end(),
                                                  name + "/" + task) != regressionTasks.end();
                double rms = 0;
                for (float v : values) rms += static_cast<double>(v) * v;
                rms = std::sqrt(rms / std::max<size_t>(1, values.size()));
                const double floor = regression ? std::max(1e-3, rms) : 1e-3;
                for (int r = 0; r < a.size(); ++r) {
                    const double e = values[static_cast<size_t>(r)];
                    worst = std::max(worst,
                                     std::abs(a[r].toDouble() - e) / std::max(std::abs(e), floor));
                }
            }
            trainReport += QStringLiteral(", predictions %1\n").arg(worst, 0, 'g', 3);
            QVERIFY2(worst <= tol,
                     qPrintable(QString::fromStdString(name) + ": training-mode predictions"));
        }
        qInfo().noquote() << "training mode:\n" << trainReport;
        QVERIFY2(worstAll <= tol, qPrintable(QStringLiteral("%1: max relative difference %2 > %3")
                                                 .arg(QString::fromStdString(worstName))
                                                 .arg(worstAll)
                                                 .arg(tol)));
    }
};

QTEST_GUILESS_MAIN(TestExportTorch)
#include "tst_export_torch.moc"
