// Project files (core/io/Archive.h: ProjectFile) and automatic layout (core/graph/Layout.h):
// every template survives a save/load unchanged; runs (RunRecord, every field) survive exactly;
// version-1 projects (no runs) still load; auto-layout puts every edge left to right and never
// stacks two nodes on the same spot; damaged or foreign files fail with clear messages.
#include <QtTest>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <set>

#include "data/Synthetic.h"
#include "graph/Layout.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "train/Run.h"

using namespace mtl;

namespace {

Graph templateGraph(const std::string& key) {
    TemplateOptions o;
    o.schema = templateSchema(key, defaultSchema());
    return makeTemplate(key, o);
}

QString archiveMessage(const std::string& bytes) {
    try {
        loadProjectFromString(bytes, "p.mtlproj");
    } catch (const ArchiveError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

// ------------------------------------------------------------------ exact comparison of records

bool same(double a, double b) {  // bit for bit (NaN equals NaN)
    return std::memcmp(&a, &b, sizeof a) == 0;
}
bool same(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}
bool same(const DataSchema& a, const DataSchema& b) {
    if (!a.sameFeatures(b) || a.numericNames != b.numericNames ||
        a.categoricalNames != b.categoricalNames || a.tasks.size() != b.tasks.size())
        return false;
    for (size_t i = 0; i < a.tasks.size(); ++i)
        if (a.tasks[i].name != b.tasks[i].name || a.tasks[i].kind != b.tasks[i].kind) return false;
    return true;
}
bool same(const SyntheticConfig& a, const SyntheticConfig& b) {
    return a.d == b.d && a.nTrain == b.nTrain && a.nValid == b.nValid && a.nTest == b.nTest &&
           same(a.c, b.c) && a.m == b.m && same(a.alphaScale, b.alphaScale) &&
           same(a.betaScale, b.betaScale) && same(a.noiseStd, b.noiseStd) && same(a.p, b.p) &&
           a.seed == b.seed && a.binary == b.binary;
}
bool same(const CensusConfig& a, const CensusConfig& b) {
    return a.dir == b.dir && a.group == b.group && a.seed == b.seed &&
           a.maxTrainRows == b.maxTrainRows && a.maxTestRows == b.maxTestRows;
}
bool same(const CsvOptions& a, const CsvOptions& b) {
    if (a.delimiter != b.delimiter || a.header != b.header || !same(a.validFrac, b.validFrac) ||
        !same(a.testFrac, b.testFrac) || a.seed != b.seed || a.columns.size() != b.columns.size())
        return false;
    for (size_t i = 0; i < a.columns.size(); ++i) {
        const CsvColumn &x = a.columns[i], &y = b.columns[i];
        if (x.name != y.name || x.role != y.role || x.task != y.task || x.kind != y.kind)
            return false;
    }
    return true;
}
bool same(const DataSpec& a, const DataSpec& b) {
    return a.kind == b.kind && same(a.synthetic, b.synthetic) && same(a.census, b.census) &&
           a.csvPath == b.csvPath && same(a.csv, b.csv);
}
bool same(const TrainConfig& a, const TrainConfig& b) {
    const OptimizerConfig &x = a.optimizer, &y = b.optimizer;
    if (x.kind != y.kind || !same(x.lr, y.lr) || !same(x.momentum, y.momentum) ||
        !same(x.beta1, y.beta1) || !same(x.beta2, y.beta2) || !same(x.eps, y.eps) ||
        !same(x.adagradEps, y.adagradEps) || !same(x.weightDecay, y.weightDecay) ||
        a.lossWeights.size() != b.lossWeights.size())
        return false;
    for (size_t i = 0; i < a.lossWeights.size(); ++i)
        if (a.lossWeights[i].first != b.lossWeights[i].first ||
            !same(a.lossWeights[i].second, b.lossWeights[i].second))
            return false;
    return a.batchSize == b.batchSize && a.epochs == b.epochs && a.seed == b.seed &&
           a.earlyStopTask == b.earlyStopTask && a.patience == b.patience &&
           a.restoreBest == b.restoreBest && a.evalBatch == b.evalBatch &&
           a.batchSnapshotEvery == b.batchSnapshotEvery &&
           same(a.divergenceFactor, b.divergenceFactor);
}
bool same(const EvalResult& a, const EvalResult& b) {
    if (!same(a.totalLoss, b.totalLoss) || a.tasks.size() != b.tasks.size() ||
        a.gates.size() != b.gates.size())
        return false;
    for (size_t i = 0; i < a.tasks.size(); ++i) {
        const TaskMetrics &x = a.tasks[i], &y = b.tasks[i];
        if (x.task != y.task || x.binary != y.binary || x.count != y.count ||
            !same(x.loss, y.loss) || !same(x.auc, y.auc) || !same(x.mse, y.mse))
            return false;
    }
    for (size_t i = 0; i < a.gates.size(); ++i) {
        const GateStats &x = a.gates[i], &y = b.gates[i];
        if (x.gate != y.gate || x.expertLabels != y.expertLabels || !same(x.mean, y.mean) ||
            !same(x.std, y.std) || x.node != y.node || x.slot != y.slot || x.layer != y.layer ||
            x.tasks != y.tasks || x.shared != y.shared || !(x.experts == y.experts))
            return false;
    }
    return true;
}
bool same(const BatchSnapshot& a, const BatchSnapshot& b) {
    return a.epoch == b.epoch && a.batch == b.batch && a.batchesPerEpoch == b.batchesPerEpoch &&
           a.step == b.step && same(a.loss, b.loss) && same(a.taskLoss, b.taskLoss) &&
           same(a.samplesPerSecond, b.samplesPerSecond) && same(a.learningRate, b.learningRate) &&
           same(a.lossWeights, b.lossWeights);
}
bool same(const EpochSnapshot& a, const EpochSnapshot& b) {
    return a.epoch == b.epoch && same(a.trainLoss, b.trainLoss) &&
           same(a.trainTaskLoss, b.trainTaskLoss) && same(a.valid, b.valid) &&
           same(a.seconds, b.seconds) && a.improved == b.improved;
}
template <class T>
bool sameList(const std::vector<T>& a, const std::vector<T>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}
bool sameRoc(const std::vector<std::vector<std::pair<double, double>>>& a,
             const std::vector<std::vector<std::pair<double, double>>>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].size() != b[i].size()) return false;
        for (size_t j = 0; j < a[i].size(); ++j)
            if (!same(a[i][j].first, b[i][j].first) || !same(a[i][j].second, b[i][j].second))
                return false;
    }
    return true;
}
bool sameWeights(const std::vector<std::pair<std::string, Mat>>& a,
                 const std::vector<std::pair<std::string, Mat>>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const Mat &x = a[i].second, &y = b[i].second;
        if (a[i].first != b[i].first || x.rows() != y.rows() || x.cols() != y.cols() ||
            (x.size() && std::memcmp(x.data(), y.data(), sizeof(Real) * size_t(x.size())) != 0))
            return false;
    }
    return true;
}

#define CHECK_SAME(field) QVERIFY2(same(a.field, b.field), #field)

// Field by field; the caller checks QTest::currentTestFailed().
void compareRecords(const RunRecord& a, const RunRecord& b) {
    QCOMPARE(a.name, b.name);
    QVERIFY(a.graph == b.graph);
    for (size_t i = 0; i < a.graph.nodes().size(); ++i) {
        QVERIFY(same(a.graph.nodes()[i].x, b.graph.nodes()[i].x));
        QVERIFY(same(a.graph.nodes()[i].y, b.graph.nodes()[i].y));
    }
    QCOMPARE(a.graph.nextId(), b.graph.nextId());
    CHECK_SAME(schema);
    CHECK_SAME(data);
    QCOMPARE(a.dataDescription, b.dataDescription);
    QCOMPARE(a.dataNotes, b.dataNotes);
    CHECK_SAME(config);
    QCOMPARE(a.taskNames, b.taskNames);
    QVERIFY2(sameList(a.batches, b.batches), "batches");
    QVERIFY2(sameList(a.epochs, b.epochs), "epochs");
    QCOMPARE(a.ok, b.ok);
    QCOMPARE(a.stopped, b.stopped);
    QCOMPARE(a.endReason, b.endReason);
    CHECK_SAME(seconds);
    CHECK_SAME(test);
    QVERIFY2(sameRoc(a.roc, b.roc), "roc");
    QVERIFY2(sameWeights(a.weights, b.weights), "weights");
    const GateSummary &x = a.gateSummary, &y = b.gateSummary;
    QVERIFY2(x.jsMatrix.size() == y.jsMatrix.size() && same(x.meanJs, y.meanJs) &&
                 same(x.meanExampleJs, y.meanExampleJs) && same(x.entropy, y.entropy) &&
                 same(x.normalisedEntropy, y.normalisedEntropy) && x.deadExperts == y.deadExperts &&
                 x.nearDuplicates == y.nearDuplicates && x.gateNames == y.gateNames &&
                 x.experts == y.experts && x.expertNames == y.expertNames &&
                 x.expertSimilarity.size() == y.expertSimilarity.size(),
             "gate summary");
    for (size_t i = 0; i < x.jsMatrix.size() && i < y.jsMatrix.size(); ++i)
        QVERIFY2(same(x.jsMatrix[i], y.jsMatrix[i]), "gate summary: JS matrix");
    for (size_t i = 0; i < x.expertSimilarity.size() && i < y.expertSimilarity.size(); ++i)
        QVERIFY2(same(x.expertSimilarity[i], y.expertSimilarity[i]),
                 "gate summary: expert similarity");
}

DataSchema smallSchema() {
    DataSchema s;
    s.numericNames = {"a", "b"};
    s.categoricalNames = {"c"};
    s.cardinalities = {3};
    s.tasks = {{"t1", TaskKind::Binary}, {"t2", TaskKind::Regression}};
    return s;
}

EvalResult evalResult(double base) {
    EvalResult e;
    e.tasks = {{"t1", true, 250, base + 0.125, base + 0.75, 0.0},
               {"t2", false, 249, base + 0.5, std::nan(""), base + 0.5}};
    e.gates.resize(2);
    GateStats &g0 = e.gates[0], &g1 = e.gates[1];
    g0.gate = "gate_t1";
    g0.expertLabels = {"expert0", "shared.expert1"};
    g0.mean = {0.25, 0.75};
    g0.std = {0.0625, 0.03125};
    g0.node = 3;
    g0.tasks = {"t1"};
    g0.experts = {{2, 0}, {2, 1}};
    g1.gate = "level1.gate0";
    g1.expertLabels = {"x", "y"};
    g1.mean = {0.5, 0.5};
    g1.std = {1e-300, -0.0};
    g1.node = 7;
    g1.slot = 2;
    g1.layer = "level1";
    g1.tasks = {"t1", "t2"};
    g1.shared = true;
    g1.experts = {{7, 1}, {7, 4}};
    e.totalLoss = base + 0.625;
    return e;
}

// A record in which every field differs from its default (and from its neighbours' values).
RunRecord fullRecord() {
    RunRecord r;
    r.name = "Run 7: PLE \xE2\x80\x94 \xE6\xB5\x8B\xE8\xAF\x95";  // UTF-8
    TemplateOptions o;
    o.schema = smallSchema();
    r.graph = makeTemplate("ple", o);
    r.graph.mutableNodes()[1].x = 0.1;  // not a multiple of the grid
    r.schema = smallSchema();
    r.data.kind = DataSpec::Kind::Csv;
    r.data.synthetic = {12,  345, 67, 89, 1.5, 3, 0.25, 0.75, 0.125, -0.375, 0xFFFFFFFFFFFFFFF1ULL,
                        true};
    r.data.census = {"/data/census", 2, 99, 1000, 500};
    r.data.csvPath = "/data/a file, \"quoted\".csv";
    r.data.csv.delimiter = '\t';
    r.data.csv.header = false;
    r.data.csv.columns = {{"a", ColumnRole::Numeric, "", TaskKind::Binary},
                          {"c", ColumnRole::Categorical, "", TaskKind::Binary},
                          {"skip", ColumnRole::Ignore, "", TaskKind::Binary},
                          {"y1", ColumnRole::Label, "t1", TaskKind::Binary},
                          {"y2", ColumnRole::Label, "t2", TaskKind::Regression}};
    r.data.csv.validFrac = 0.2;
    r.data.csv.testFrac = 0.15;
    r.data.csv.seed = 42;
    r.dataDescription = "CSV a file: 80/20/15 rows";
    r.dataNotes = {"label correlation 0.25", ""};
    r.config.optimizer = {OptimizerKind::Adagrad, 0.02, 0.5, 0.8, 0.99, 1e-7, 1e-9, 1e-4};
    r.config.batchSize = 32;
    r.config.epochs = 7;
    r.config.seed = 77;
    r.config.earlyStopTask = "t1";
    r.config.patience = 2;
    r.config.restoreBest = false;
    r.config.evalBatch = 1000;
    r.config.lossWeights = {{"t1", 0.5}, {"t2", 2.0}};
    r.config.batchSnapshotEvery = 3;
    r.config.divergenceFactor = 50;
    r.taskNames = {"t1", "t2"};
    for (int i = 0; i < 3; ++i) {
        BatchSnapshot b;
        b.epoch = i / 2;
        b.batch = 3 * i + 2;
        b.batchesPerEpoch = 6;
        b.step = 3 * i + 3 + (1LL << 40);
        b.loss = 0.7 - 0.01 * i;
        b.taskLoss = {0.3 + i, 0.4 / (i + 1)};
        b.samplesPerSecond = 12345.678 + i;
        b.learningRate = 0.02 / (i + 1);
        b.lossWeights = {0.5, i == 2 ? 0.0 : 2.0};
        r.batches.push_back(b);
    }
    for (int i = 0; i < 2; ++i) {
        EpochSnapshot e;
        e.epoch = i;
        e.trainLoss = 0.69 - 0.1 * i;
        e.trainTaskLoss = {0.3 - 0.1 * i, 0.39};
        e.valid = evalResult(0.01 * (i + 1));
        e.seconds = 1.25 + i;
        e.improved = i == 0;
        r.epochs.push_back(e);
    }
    r.ok = false;
    r.stopped = true;
    r.endReason = "stopped by the user at epoch 2, batch 4";
    r.seconds = 12.5;
    r.test = evalResult(0.5);
    r.roc = {{{0.0, 0.0}, {0.25, 0.5}, {1.0 / 3, 2.0 / 3}, {1.0, 1.0}}, {}};
    Mat w(2, 3);
    w << 1.5f, -2.25f, 3e-8f, std::numeric_limits<Real>::max(), -0.0f, 7.0f;
    r.weights = {{"shared.w", w}, {"t1.bias", Mat::Constant(1, 1, Real(0.5))}, {"empty", Mat()}};
    GateSummary& s = r.gateSummary;
    s.jsMatrix = {{0.0, 0.125}, {0.125, std::nan("")}};
    s.meanJs = 0.125;
    s.meanExampleJs = 0.25;
    s.entropy = {0.5, 0.75};
    s.normalisedEntropy = {0.625, 1.0};
    s.deadExperts = {1};
    s.expertSimilarity = {{1.0, 0.96}, {0.96, 1.0}};
    s.nearDuplicates = {{0, 1}};
    s.gateNames = {"t1", "shared"};
    s.experts = {{2, 0}, {2, 1}};
    s.expertNames = {"experts.e0", "experts.e1"};
    return r;
}

// A project saved by MTL Studio before runs existed (ProjectFile class version 1): the
// shared_bottom template for smallSchema() with the note "version 1 project".
const char* const kVersion1Project =
    "TVRMU1RVRElPAHByb2oAAAEAAAAEAAAAcgUAAAAAAAC0VnZRjAC4kBYAAAAAAAAAc2VyaWFsaXphdGlvbjo6YXJjaGl2ZR"
    "IA"
    "BAgECAEAAAAAAQAAAAABAAAABgAAAAAAAAAAAQAAAAEAAAAOAAAAAAAAAGlucHV0LmZlYXR1cmVzBQAAAAAAAABpbnB1dA"
    "AA"
    "AAAAAAAAAAAAAADAYkAEAAAAAAAAAAoAAAAAAAAAY2F0ZWdvcmllcwABAAAABAAAAAEAAAAAAAAAAwAAAA0AAAAAAAAAZW"
    "1i"
    "ZWRkaW5nX2RpbQAAAAAEAAAAAAAAAAgAAAAAAAAAZW5jb2RpbmcDAAAABgAAAAAAAABvbmVob3QHAAAAAAAAAG51bWVyaW"
    "MA"
    "AAAAAgAAAAAAAAACAAAACwAAAAAAAABsYXllci5kZW5zZQYAAAAAAAAAYm90dG9tAAAAAAAAbkAAAAAAAMBiQAQAAAAAAA"
    "AA"
    "CgAAAAAAAABhY3RpdmF0aW9uAwAAAAQAAAAAAAAAcmVsdQcAAAAAAAAAZHJvcG91dAEAAAAAAAAAAAAAABEAAAAAAAAAb3"
    "V0"
    "cHV0X2FjdGl2YXRpb24DAAAABAAAAAAAAAByZWx1BQAAAAAAAAB1bml0cwQAAAABAAAAAAAAAHEAAAADAAAACwAAAAAAAA"
    "Bs"
    "YXllci5kZW5zZQgAAAAAAAAAdG93ZXJfdDEAAAAAAAB+"
    "QAAAAAAAAAAABAAAAAAAAAAKAAAAAAAAAGFjdGl2YXRpb24DAAAA"
    "BAAAAAAAAAByZWx1BwAAAAAAAABkcm9wb3V0AQAAAAAAAAAAAAAAEQAAAAAAAABvdXRwdXRfYWN0aXZhdGlvbgMAAAAIAA"
    "AA"
    "AAAAAGlkZW50aXR5BQAAAAAAAAB1bml0cwQAAAACAAAAAAAAAAgAAAABAAAABAAAAAsAAAAAAAAAdGFzay5iaW5hcnkCAA"
    "AA"
    "AAAAAHQxAAAAAACAhkAAAAAAAAAAAAMAAAAAAAAAEAAAAAAAAABmcm9tX3Byb2JhYmlsaXR5AgAAAAALAAAAAAAAAGxvc3"
    "Nf"
    "d2VpZ2h0AQAAAAAAAAAAAPA/"
    "BAAAAAAAAAB0YXNrAwAAAAIAAAAAAAAAdDEFAAAACwAAAAAAAABsYXllci5kZW5zZQgAAAAA"
    "AAAAdG93ZXJfdDIAAAAAAAB+"
    "QAAAAAAAwHJABAAAAAAAAAAKAAAAAAAAAGFjdGl2YXRpb24DAAAABAAAAAAAAAByZWx1BwAA"
    "AAAAAABkcm9wb3V0AQAAAAAAAAAAAAAAEQAAAAAAAABvdXRwdXRfYWN0aXZhdGlvbgMAAAAIAAAAAAAAAGlkZW50aXR5BQ"
    "AA"
    "AAAAAAB1bml0cwQAAAACAAAAAAAAAAgAAAABAAAABgAAAA8AAAAAAAAAdGFzay5yZWdyZXNzaW9uAgAAAAAAAAB0MgAAAA"
    "AA"
    "gIZAAAAAAADAckACAAAAAAAAAAsAAAAAAAAAbG9zc193ZWlnaHQBAAAAAAAAAAAA8D8EAAAAAAAAAHRhc2sDAAAAAgAAAA"
    "AA"
    "AAB0MgUAAAAAAAAAAAEAAAAAAQAAAAEAAAABAAAAAAAAAHgCAAAAAQAAAAAAAAB4AgAAAAEAAAAAAAAAeQMAAAABAAAAAA"
    "AA"
    "AHgDAAAAAQAAAAAAAAB5BAAAAAEAAAAAAAAAeAIAAAABAAAAAAAAAHkFAAAAAQAAAAAAAAB4BQAAAAEAAAAAAAAAeQYAAA"
    "AB"
    "AAAAAAAAAHgHAAAAAAEAAAACAAAAAAAAAAEAAAAAAAAAYQEAAAAAAAAAYgEAAAAAAAAAAQAAAAAAAABjAQAAAAAAAAADAA"
    "AA"
    "AgAAAAAAAAAAAQAAAAIAAAAAAAAAdDEAAAAAAgAAAAAAAAB0MgEAAAARAAAAAAAAAHZlcnNpb24gMSBwcm9qZWN0";

}  // namespace

class TestProject : public QObject {
    Q_OBJECT
private slots:
    void templateRoundTrip_data() {
        QTest::addColumn<QString>("key");
        for (const TemplateInfo& t : templateList())
            QTest::newRow(t.key.c_str()) << QString::fromStdString(t.key);
    }
    void templateRoundTrip() {
        QFETCH(QString, key);
        ProjectFile p;
        p.graph = templateGraph(key.toStdString());
        p.schema = defaultSchema();
        p.note = "round trip";
        const ProjectFile q = loadProjectFromString(saveProjectToString(p));
        QVERIFY(q.graph == p.graph);  // structure, params, names, ids and positions
        QCOMPARE(q.graph.nextId(), p.graph.nextId());
        QCOMPARE(q.schema.tasks.size(), p.schema.tasks.size());
        QCOMPARE(q.note, p.note);
        // Positions are compared exactly (bit for bit), not only through operator==.
        for (size_t i = 0; i < p.graph.nodes().size(); ++i) {
            QCOMPARE(q.graph.nodes()[i].x, p.graph.nodes()[i].x);
            QCOMPARE(q.graph.nodes()[i].y, p.graph.nodes()[i].y);
        }
    }

    void runRecordRoundTrip() {
        ProjectFile p;
        p.graph = templateGraph("mmoe");
        p.schema = defaultSchema();
        p.runs = {fullRecord(), RunRecord()};
        p.runs[1].name = "Run 8: defaults";
        const ProjectFile q = loadProjectFromString(saveProjectToString(p));
        QVERIFY(q.graph == p.graph);
        QCOMPARE(q.runs.size(), size_t(2));
        compareRecords(q.runs[0], p.runs[0]);
        if (QTest::currentTestFailed()) return;
        compareRecords(q.runs[1], p.runs[1]);
        if (QTest::currentTestFailed()) return;
        // Each data kind (the kind is an enum range-checked on load).
        for (DataSpec::Kind k : {DataSpec::Kind::Synthetic, DataSpec::Kind::Census}) {
            p.runs[0].data.kind = k;
            QVERIFY(loadProjectFromString(saveProjectToString(p)).runs[0].data.kind == k);
        }
    }

    // A record made by the helpers of train/Run.h around a real (tiny) training run.
    void trainedRunRoundTrip() {
        DataSpec spec;
        spec.synthetic.d = 8;
        spec.synthetic.nTrain = 300;
        spec.synthetic.nValid = 100;
        spec.synthetic.nTest = 150;
        spec.synthetic.binary = true;
        const DataSplits data = loadData(spec);
        TemplateOptions o;
        o.schema = data.train.schema;
        o.experts = 3;
        std::unique_ptr<Model> model =
            Model::compile(makeTemplate("mmoe", o), data.train.schema, 5);
        TrainConfig cfg;
        cfg.batchSize = 50;
        cfg.epochs = 2;
        cfg.batchSnapshotEvery = 2;
        RunRecord r = beginRun("Run 1: MMoE", *model, spec, data, cfg);
        Trainer trainer(*model, cfg);
        RunRecorder recorder(r);
        trainer.addObserver(&recorder);
        finishRun(r, trainer.train(data.train, data.valid), *model, data.test);

        QCOMPARE(r.taskNames, std::vector<std::string>({"task1", "task2"}));
        QCOMPARE(r.batches.size(), size_t(2 * 3));  // 6 batches an epoch, every second one
        QCOMPARE(r.batches[0].lossWeights, std::vector<double>({1.0, 1.0}));
        QCOMPARE(r.epochs.size(), size_t(2));
        QVERIFY(r.ok);
        QCOMPARE(r.test.tasks.size(), size_t(2));
        QCOMPARE(r.test.tasks[0].count, 150);
        QCOMPARE(r.roc.size(), size_t(2));
        QCOMPARE(r.roc[0].back(), std::make_pair(1.0, 1.0));
        QCOMPARE(r.weights.size(), model->params().size());
        QCOMPARE(r.dataDescription, data.description);

        ProjectFile p;
        p.runs = {r};
        const std::string bytes = saveProjectToString(p);
        const ProjectFile q = loadProjectFromString(bytes);
        QCOMPARE(q.runs.size(), size_t(1));
        compareRecords(q.runs[0], r);
        if (QTest::currentTestFailed()) return;

        // Damaged payloads (re-sealed, so that the checksums pass) fail with ArchiveError only:
        // no crash, no huge allocation.
        const std::string payload = bytes.substr(archive_detail::kHeaderSize);
        std::mt19937 rng(3);
        for (int trial = 0; trial < 300; ++trial) {
            std::string bad = payload;
            const size_t at = rng() % bad.size();
            bad[at] = static_cast<char>(trial % 2 ? 0xFF : bad[at] ^ 0x40);
            try {
                loadProjectFromString(archive_detail::seal("proj", bad));
            } catch (const ArchiveError&) {
            }
        }
    }

    // Large test sets give ROC curves of one point per distinct score; runs keep about 1000 points,
    // enough for the same area (AUC) and shape.
    void rocCurvesAreThinnedWithoutLosingTheirArea() {
        DataSpec spec;
        spec.synthetic.d = 8;
        spec.synthetic.nTrain = 200;
        spec.synthetic.nValid = 100;
        spec.synthetic.nTest = 20000;
        spec.synthetic.binary = true;
        const DataSplits data = loadData(spec);
        TemplateOptions o;
        o.schema = data.train.schema;
        std::unique_ptr<Model> model =
            Model::compile(makeTemplate("shared_bottom", o), data.train.schema, 3);
        RunRecord r;
        evaluateRun(r, *model, data.test);
        auto area = [](const std::vector<std::pair<double, double>>& c) {
            double a = 0;
            for (size_t i = 1; i < c.size(); ++i)
                a += (c[i].first - c[i - 1].first) * (c[i].second + c[i - 1].second) / 2;
            return a;
        };
        for (size_t h = 0; h < r.roc.size(); ++h) {
            QVERIFY2(r.roc[h].size() <= 1001 && r.roc[h].size() > 500,
                     QByteArray::number(qulonglong(r.roc[h].size())));
            QCOMPARE(r.roc[h].front(), std::make_pair(0.0, 0.0));
            QCOMPARE(r.roc[h].back(), std::make_pair(1.0, 1.0));
            QVERIFY2(
                std::abs(area(r.roc[h]) - r.test.tasks[h].auc) < 2e-3,
                qPrintable(
                    QString("area %1 vs AUC %2").arg(area(r.roc[h])).arg(r.test.tasks[h].auc)));
        }
    }

    void version1ProjectStillLoads() {
        const QByteArray bytes = QByteArray::fromBase64(kVersion1Project);
        const ProjectFile p = loadProjectFromString(bytes.toStdString(), "old.mtlproj");
        TemplateOptions o;
        o.schema = smallSchema();
        QVERIFY(p.graph == makeTemplate("shared_bottom", o));
        QVERIFY(same(p.schema, smallSchema()));
        QCOMPARE(p.note, std::string("version 1 project"));
        QVERIFY(p.runs.empty());
        // Saved again, it is a version-2 file that keeps everything.
        const ProjectFile q = loadProjectFromString(saveProjectToString(p));
        QVERIFY(q.graph == p.graph);
        QCOMPARE(q.note, p.note);
    }

    void damagedFilesFailClearly() {
        ProjectFile p;
        p.graph = templateGraph("ple");
        const std::string bytes = saveProjectToString(p);
        QVERIFY(archiveMessage(bytes.substr(0, bytes.size() / 2)).contains("file is truncated"));
        std::string flipped = bytes;
        flipped[flipped.size() - 7] ^= 0x20;
        QVERIFY(archiveMessage(flipped).contains("file is corrupt"));
        QVERIFY(archiveMessage("hello, world").contains("not an MTL Studio file"));
        const QString wrongKind = archiveMessage(saveGraphToString(p.graph));
        QVERIFY2(wrongKind.contains("is an MTL Studio graph file, not a project file"),
                 qPrintable(wrongKind));
        QVERIFY(wrongKind.startsWith("p.mtlproj"));
    }

    void layoutPutsEdgesLeftToRight_data() { templateRoundTrip_data(); }
    void layoutPutsEdgesLeftToRight() {
        QFETCH(QString, key);
        Graph g = templateGraph(key.toStdString());
        const Graph before = g;
        LayoutOptions o;
        layoutGraph(g, o);
        QVERIFY(g.edges() == before.edges());
        std::set<std::pair<double, double>> spots;
        for (const Node& n : g.nodes()) QVERIFY2(spots.insert({n.x, n.y}).second, n.name.c_str());
        for (const Edge& e : g.edges())
            QVERIFY2(g.node(e.to.node)->x >= g.node(e.from.node)->x + o.columnSpacing,
                     g.node(e.to.node)->name.c_str());
        QVERIFY(g.validate().ok());
    }

    void layoutSurvivesCycles() {
        Graph g;
        const NodeId a = g.addNode("layer.dense"), b = g.addNode("layer.dense"),
                     c = g.addNode("layer.dense");
        g.connect(a, "out", b, "in");
        g.connect(b, "out", c, "in");
        g.connect(c, "out", a, "in");
        layoutGraph(g);
        std::set<double> xs;
        for (const Node& n : g.nodes()) xs.insert(n.x);
        QCOMPARE(xs.size(), size_t(3));  // one back edge ignored: a chain of three columns
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
