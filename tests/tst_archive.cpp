// Saving and loading graphs and models (core/io/Archive.h): exact round trips, continuing
// training from a file, and clean failures on truncated, damaged and foreign files.
#include <QtTest>
#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/crc.hpp>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

#include "GradCheck.h"
#include "io/Archive.h"
#include "io/ArchiveSerialization.h"

using namespace mtl;

namespace {

// Runs `f`, which must throw ArchiveError whose message contains `phrase`. Returns the message.
template <class F>
QString expectArchiveError(F&& f, const char* phrase) {
    try {
        f();
    } catch (const ArchiveError& e) {
        const QString msg = QString::fromStdString(e.what());
        if (!msg.contains(QLatin1String(phrase)))
            return QStringLiteral("wrong message: '%1' (expected '%2')")
                .arg(msg, QLatin1String(phrase));
        return {};
    } catch (const std::exception& e) {
        return QStringLiteral("not an ArchiveError: %1").arg(QString::fromStdString(e.what()));
    } catch (...) {
        return QStringLiteral("unknown exception");
    }
    return QStringLiteral("no exception (expected '%1')").arg(QLatin1String(phrase));
}

#define EXPECT_ARCHIVE_ERROR(expr, phrase)                                      \
    do {                                                                        \
        const QString why_ = expectArchiveError([&] { (void)(expr); }, phrase); \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                             \
    } while (0)

bool sameBits(const Mat& a, const Mat& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           (a.size() == 0 || std::memcmp(a.data(), b.data(), sizeof(Real) * a.size()) == 0);
}

// A graph that is not meant to compile: every kind of parameter value, awkward numbers,
// positions, and non-contiguous ids.
Graph awkwardGraph() {
    Graph g;
    const NodeId a = g.addNode("input.features", "input", 12.5, -3.25);
    const NodeId gone = g.addNode("layer.dense", "removed");
    const NodeId b = g.addNode("layer.dense", "tower with spaces", 0.1, 1e-300);
    const NodeId c = g.addNode("task.binary", "tâche ü 日本", -0.0, 1e300);
    g.removeNode(gone);
    Node* n = g.node(b);
    n->params["int"] = ParamValue::ofInt(42);
    n->params["int_min"] = ParamValue::ofInt(LLONG_MIN);
    n->params["int_max"] = ParamValue::ofInt(LLONG_MAX);
    n->params["real_tenth"] = ParamValue::ofReal(0.1);
    n->params["real_tiny"] = ParamValue::ofReal(1e-300);
    n->params["real_denormal"] = ParamValue::ofReal(std::numeric_limits<double>::denorm_min());
    n->params["real_huge"] = ParamValue::ofReal(-std::numeric_limits<double>::max());
    n->params["real_inf"] = ParamValue::ofReal(std::numeric_limits<double>::infinity());
    n->params["real_third"] = ParamValue::ofReal(1.0 / 3.0);
    n->params["bool_true"] = ParamValue::ofBool(true);
    n->params["bool_false"] = ParamValue::ofBool(false);
    n->params["string"] = ParamValue::ofString("two  words, UTF-8: é ü ß 日本語 \xF0\x9F\x98\x80");
    n->params["string_empty"] = ParamValue::ofString("");
    n->params["string_nul"] = ParamValue::ofString(std::string("a\0b", 3));
    n->params["list"] = ParamValue::ofList({64, 32, -1, INT_MAX, INT_MIN});
    n->params["list_empty"] = ParamValue::ofList({});
    n->params[""] = ParamValue::ofInt(0);  // empty key
    g.connect(a, "x", b, "x");
    g.connect(b, "y", c, "x");
    g.connect(PortRef{c, "port with space"}, PortRef{a, ""});
    return g;
}

Dataset makeData() {
    return test::randomDataset(
        3, {4, 5}, {{"click", TaskKind::Binary}, {"value", TaskKind::Regression}}, 96, 7, 0.1);
}

// Input -> shared experts(3 x 4) -> two gates and mixtures -> two towers -> binary and
// regression heads. Field embeddings, and dropout in one tower (uses the rng while training).
Graph mmoeGraph(const DataSchema& schema) {
    Graph g;
    const NodeId in = g.addNode("input.features", "input", 10, 20);
    g.setParam(in, "encoding", ParamValue::ofString("embedding"));
    g.setParam(in, "embedding_dim", ParamValue::ofInt(2));
    const NodeId ex = g.addNode("experts.group", "experts", 200, 20);
    g.setParam(ex, "num_experts", ParamValue::ofInt(3));
    g.setParam(ex, "units", ParamValue::ofList({4}));
    const char* tasks[2] = {"click", "value"};
    for (int t = 0; t < 2; ++t) {
        const std::string s = std::to_string(t);
        const NodeId gate = g.addNode("gate.softmax", "gate" + s, 200, 100 + 50 * t);
        g.setParam(gate, "num_experts", ParamValue::ofInt(3));
        const NodeId mix = g.addNode("mixture", "mix" + s, 300, 60 + 50 * t);
        const NodeId tower = g.addNode("layer.dense", "tower" + s, 400, 60 + 50 * t);
        g.setParam(tower, "units", ParamValue::ofList({4, 1}));
        g.setParam(tower, "output_activation", ParamValue::ofString("identity"));
        if (t == 0) g.setParam(tower, "dropout", ParamValue::ofReal(0.2));
        const NodeId head =
            g.addNode(t == 0 ? "task.binary" : "task.regression", "head" + s, 500, 60 + 50 * t);
        g.setParam(head, "task", ParamValue::ofString(tasks[t]));
        g.connect(in, "x", ex, "x");
        g.connect(in, "x", gate, "x");
        g.connect(ex, "experts", mix, "experts0");
        g.connect(gate, "weights", mix, "gate");
        g.connect(mix, "y", tower, "x");
        g.connect(tower, "y", head, "x");
    }
    Model::bindInputs(g, schema);
    return g;
}

constexpr int kBatch = 16;

// Training steps [from, from + count) with rows chosen by the global step index.
void trainSteps(Model& m, Optimizer& opt, const Dataset& d, long long from, int count, Rng& rng) {
    std::vector<int> rows(kBatch);
    for (long long s = from; s < from + count; ++s) {
        for (int i = 0; i < kBatch; ++i) rows[i] = static_cast<int>((s * kBatch + i) % d.rows());
        m.forward(d, rows.data(), kBatch, true, rng);
        m.backward();
        opt.step();
    }
}

std::vector<Mat> predictions(Model& m, const Dataset& d) {
    std::vector<int> rows(d.rows());
    for (int i = 0; i < d.rows(); ++i) rows[i] = i;
    Rng rng(1);
    m.forward(d, rows.data(), d.rows(), false, rng, false);
    std::vector<Mat> out;
    for (const TaskHead* h : m.heads()) out.push_back(h->prediction());
    return out;
}

OptimizerConfig adamConfig() {
    OptimizerConfig c;
    c.kind = OptimizerKind::Adam;
    c.lr = 0.01;
    c.weightDecay = 1e-4;
    return c;
}

TrainConfig awkwardTrainConfig() {
    TrainConfig t;
    t.optimizer.kind = OptimizerKind::Adagrad;
    t.optimizer.lr = 0.1;
    t.optimizer.momentum = 0.95;
    t.optimizer.beta1 = 0.8;
    t.optimizer.beta2 = 0.9999;
    t.optimizer.eps = 1e-300;
    t.optimizer.adagradEps = 1e-7;
    t.optimizer.weightDecay = 0.3;
    t.batchSize = 1234;
    t.epochs = 77;
    t.seed = 0xFEDCBA9876543210ULL;
    t.earlyStopTask = "click rate é";
    t.patience = 9;
    t.restoreBest = false;
    t.evalBatch = 333;
    t.lossWeights = {{"click", 0.1}, {"value", 2.5}, {"", 0.0}};
    t.batchSnapshotEvery = 5;
    t.divergenceFactor = 250.5;
    return t;
}

void compareTrainConfig(const TrainConfig& a, const TrainConfig& b) {
    QCOMPARE(int(a.optimizer.kind), int(b.optimizer.kind));
    QCOMPARE(a.optimizer.lr, b.optimizer.lr);
    QCOMPARE(a.optimizer.momentum, b.optimizer.momentum);
    QCOMPARE(a.optimizer.beta1, b.optimizer.beta1);
    QCOMPARE(a.optimizer.beta2, b.optimizer.beta2);
    QCOMPARE(a.optimizer.eps, b.optimizer.eps);
    QCOMPARE(a.optimizer.adagradEps, b.optimizer.adagradEps);
    QCOMPARE(a.optimizer.weightDecay, b.optimizer.weightDecay);
    QCOMPARE(a.batchSize, b.batchSize);
    QCOMPARE(a.epochs, b.epochs);
    QCOMPARE(a.seed, b.seed);
    QCOMPARE(a.earlyStopTask, b.earlyStopTask);
    QCOMPARE(a.patience, b.patience);
    QCOMPARE(a.restoreBest, b.restoreBest);
    QCOMPARE(a.evalBatch, b.evalBatch);
    QVERIFY(a.lossWeights == b.lossWeights);
    QCOMPARE(a.batchSnapshotEvery, b.batchSnapshotEvery);
    QCOMPARE(a.divergenceFactor, b.divergenceFactor);
}

std::string tempPath(const char* name) {
    return QDir::temp()
        .filePath(QStringLiteral("mtl_tst_archive_%1_%2")
                      .arg(QCoreApplication::applicationPid())
                      .arg(QLatin1String(name)))
        .toStdString();
}

void writeRaw(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Finds the unique occurrence of `needle` in `hay` (-1 if absent or not unique).
long long findUnique(const std::string& hay, const std::string& needle) {
    const size_t p = hay.find(needle);
    if (p == std::string::npos || hay.find(needle, p + 1) != std::string::npos) return -1;
    return static_cast<long long>(p);
}

void putLE64(std::string& s, size_t at, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) s[at + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
}

}  // namespace

class TestArchive : public QObject {
    Q_OBJECT

private slots:
    void graphRoundTripIsExact() {
        const Graph g = awkwardGraph();
        const std::string bytes = saveGraphToString(g);
        const Graph h = loadGraphFromString(bytes);
        QVERIFY(h == g);
        QCOMPARE(h.nextId(), g.nextId());
        QCOMPARE(h.nodes().size(), g.nodes().size());
        // Bit-exact doubles (== would also accept 0.0 for -0.0).
        for (size_t i = 0; i < g.nodes().size(); ++i) {
            const Node& a = g.nodes()[i];
            const Node& b = h.nodes()[i];
            QCOMPARE(std::memcmp(&a.x, &b.x, sizeof(double)), 0);
            QCOMPARE(std::memcmp(&a.y, &b.y, sizeof(double)), 0);
        }
        const Node* t = h.findByName("tower with spaces");
        QVERIFY(t);
        QCOMPARE(t->params.at("real_tenth").r, 0.1);
        QCOMPARE(t->params.at("real_tiny").r, 1e-300);
        QCOMPARE(t->params.at("real_denormal").r, std::numeric_limits<double>::denorm_min());
        QCOMPARE(t->params.at("string_nul").s.size(), size_t(3));
        QVERIFY(t->params.at("list_empty").list.empty());
        QVERIFY(h.findByName("tâche ü 日本"));
        // Order of nodes and edges is kept too, and saving again gives the same bytes.
        QVERIFY(h.nodes() == g.nodes());
        QVERIFY(h.edges() == g.edges());
        QVERIFY(saveGraphToString(h) == bytes);
        // NaN survives (compared separately: NaN != NaN).
        Graph n = g;
        n.mutableNodes()[0].params["nan"] = ParamValue::ofReal(std::nan(""));
        const Graph m = loadGraphFromString(saveGraphToString(n));
        QVERIFY(std::isnan(m.nodes()[0].params.at("nan").r));
        // An empty graph.
        const Graph e = loadGraphFromString(saveGraphToString(Graph()));
        QVERIFY(e == Graph());
        QCOMPARE(e.nextId(), 1);
    }

    void graphFileRoundTrip() {
        const std::string path = tempPath("graph.mtlg");
        const Graph g = awkwardGraph();
        saveGraphFile(path, g);
        QVERIFY(!QFile::exists(QString::fromStdString(path + ".tmp")));
        QVERIFY(loadGraphFile(path) == g);
        // Overwriting an existing file works (rename over it).
        Graph g2 = g;
        g2.mutableNodes()[0].x = 999;
        saveGraphFile(path, g2);
        QVERIFY(loadGraphFile(path) == g2);
        std::remove(path.c_str());
        EXPECT_ARCHIVE_ERROR(loadGraphFile(path), "cannot open");
        EXPECT_ARCHIVE_ERROR(saveGraphFile("/nonexistent-dir/x/graph.mtlg", g), "cannot write");
    }

    void trainConfigRoundTrip() {
        ModelFile f;
        f.train = awkwardTrainConfig();
        f.note = "note ✓";
        f.schema.numericNames = {"age", "wage per hour"};
        f.schema.categoricalNames = {"education"};
        f.schema.cardinalities = {17};
        f.schema.tasks = {{"income", TaskKind::Binary}, {"spend", TaskKind::Regression}};
        const ModelFile g = loadModelFromString(saveModelToString(f));
        compareTrainConfig(g.train, f.train);
        QCOMPARE(g.note, f.note);
        QCOMPARE(g.realBytes, int(sizeof(Real)));
        QVERIFY(g.schema.numericNames == f.schema.numericNames);
        QVERIFY(g.schema.categoricalNames == f.schema.categoricalNames);
        QVERIFY(g.schema.cardinalities == f.schema.cardinalities);
        QCOMPARE(g.schema.tasks.size(), size_t(2));
        QCOMPARE(g.schema.tasks[1].name, std::string("spend"));
        QCOMPARE(int(g.schema.tasks[1].kind), int(TaskKind::Regression));
        QVERIFY(!g.optimizer.present);
        // Defaults round trip too.
        compareTrainConfig(loadModelFromString(saveModelToString(ModelFile())).train,
                           TrainConfig());
    }

    void modelRoundTripContinuesTrainingExactly() {
        const Dataset data = makeData();
        const Graph graph = mmoeGraph(data.schema);
        auto a = Model::compile(graph, data.schema, 11);
        QVERIFY(a->params().size() > 8);
        Optimizer optA(adamConfig());
        optA.attach(a->params());
        Rng rngA(5);
        trainSteps(*a, optA, data, 0, 3, rngA);
        QCOMPARE(optA.steps(), 3LL);

        const TrainConfig tc = awkwardTrainConfig();
        ModelFile file = captureModel(*a, &optA, tc);
        file.note = "three Adam steps";
        const std::string path = tempPath("model.mtlm");
        saveModelFile(path, file);
        const ModelFile loaded = loadModelFile(path);
        std::remove(path.c_str());

        QVERIFY(loaded.graph == graph);
        QCOMPARE(loaded.note, file.note);
        compareTrainConfig(loaded.train, tc);
        QVERIFY(loaded.optimizer.present);
        QCOMPARE(loaded.optimizer.steps, 3LL);
        QCOMPARE(int(loaded.optimizer.config.kind), int(OptimizerKind::Adam));
        QCOMPARE(loaded.weights.size(), a->params().size());

        // A fresh model with another seed: different weights until restored.
        auto b = Model::compile(loaded.graph, loaded.schema, 999);
        QCOMPARE(b->params().size(), a->params().size());
        QVERIFY(!sameBits(b->params()[0]->value, a->params()[0]->value) ||
                !sameBits(b->params()[1]->value, a->params()[1]->value));
        Optimizer optB(adamConfig());
        restoreWeights(*b, loaded, &optB);

        for (size_t i = 0; i < a->params().size(); ++i) {
            QVERIFY2(sameBits(a->params()[i]->value, b->params()[i]->value),
                     a->params()[i]->name.c_str());
            QVERIFY(sameBits(optA.slot0()[i], optB.slot0()[i]));
            QVERIFY(sameBits(optA.slot1()[i], optB.slot1()[i]));
        }
        QCOMPARE(optB.steps(), optA.steps());

        const std::vector<Mat> pa = predictions(*a, data), pb = predictions(*b, data);
        QCOMPARE(pa.size(), size_t(2));
        for (size_t k = 0; k < pa.size(); ++k) QVERIFY(sameBits(pa[k], pb[k]));

        // Continue both from step 3 with identical randomness: identical weights.
        Rng r1(77), r2(77);
        trainSteps(*a, optA, data, 3, 4, r1);
        trainSteps(*b, optB, data, 3, 4, r2);
        QCOMPARE(optB.steps(), 7LL);
        for (size_t i = 0; i < a->params().size(); ++i)
            QVERIFY2(sameBits(a->params()[i]->value, b->params()[i]->value),
                     a->params()[i]->name.c_str());
        const std::vector<Mat> qa = predictions(*a, data), qb = predictions(*b, data);
        for (size_t k = 0; k < qa.size(); ++k) QVERIFY(sameBits(qa[k], qb[k]));

        // Weights only (no optimizer): still bit-identical predictions.
        auto c = Model::compile(graph, data.schema, 3);
        restoreWeights(*c, captureModel(*a, nullptr, tc));
        const std::vector<Mat> pc = predictions(*c, data), pa2 = predictions(*a, data);
        for (size_t k = 0; k < pc.size(); ++k) QVERIFY(sameBits(pa2[k], pc[k]));
    }

    void sgdStateRoundTrip() {
        const Dataset data = makeData();
        const Graph graph = mmoeGraph(data.schema);
        auto a = Model::compile(graph, data.schema, 1);
        OptimizerConfig cfg;
        cfg.kind = OptimizerKind::SGD;
        cfg.lr = 0.05;
        Optimizer optA(cfg);
        optA.attach(a->params());
        Rng rng(2);
        trainSteps(*a, optA, data, 0, 2, rng);
        const ModelFile f =
            loadModelFromString(saveModelToString(captureModel(*a, &optA, TrainConfig())));
        auto b = Model::compile(graph, data.schema, 2);
        Optimizer optB(cfg);
        restoreWeights(*b, f, &optB);
        Rng r1(3), r2(3);
        trainSteps(*a, optA, data, 2, 2, r1);
        trainSteps(*b, optB, data, 2, 2, r2);
        for (size_t i = 0; i < a->params().size(); ++i)
            QVERIFY(sameBits(a->params()[i]->value, b->params()[i]->value));
        // Restoring SGD state into Adam is refused, and leaves the model untouched.
        auto c = Model::compile(graph, data.schema, 5);
        const Mat before = c->params()[0]->value;
        Optimizer adam(adamConfig());
        EXPECT_ARCHIVE_ERROR(restoreWeights(*c, f, &adam), "sgd optimizer");
        QVERIFY(sameBits(before, c->params()[0]->value));
    }

    void restoreMismatchNamesTheParameter() {
        const Dataset data = makeData();
        Graph graph = mmoeGraph(data.schema);
        auto a = Model::compile(graph, data.schema, 1);
        const ModelFile f = captureModel(*a, nullptr, TrainConfig());

        // Wider experts: same names, other shapes.
        Graph wider = graph;
        wider.setParam(wider.findByName("experts")->id, "units", ParamValue::ofList({5}));
        auto b = Model::compile(wider, data.schema, 1);
        const Mat before = b->params()[0]->value;
        EXPECT_ARCHIVE_ERROR(restoreWeights(*b, f), "in the model but");
        try {
            restoreWeights(*b, f);
        } catch (const ArchiveError& e) {
            QVERIFY2(QString(e.what()).contains("'experts."), e.what());
            QCOMPARE(int(e.reason), int(ArchiveError::Reason::Mismatch));
        }
        QVERIFY(sameBits(before, b->params()[0]->value));

        // A parameter missing from the file / an extra one in the file.
        ModelFile missing = f;
        const std::string dropped = missing.weights.back().first;
        missing.weights.pop_back();
        EXPECT_ARCHIVE_ERROR(restoreWeights(*a, missing),
                             ("'" + dropped + "' of the model is not in the file").c_str());
        ModelFile extra = f;
        extra.weights.emplace_back("ghost.w", Mat::Zero(2, 2));
        EXPECT_ARCHIVE_ERROR(restoreWeights(*a, extra),
                             "'ghost.w' of the file is not in the model");
    }

    void matricesConvertBetweenFloatAndDouble() {
        // A file written by the double engine loads in the float engine and vice versa.
        Eigen::MatrixXd d(2, 3);
        d << 0.1, -2.5, 1e-3, 3.0, 1e10, -0.0;
        std::ostringstream os(std::ios::binary);
        {
            boost::archive::binary_oarchive oa(os);
            oa << d;
        }
        Eigen::MatrixXf f;
        {
            std::istringstream is(os.str(), std::ios::binary);
            boost::archive::binary_iarchive ia(is);
            ia >> f;
        }
        QCOMPARE(f.rows(), Eigen::Index(2));
        QCOMPARE(f.cols(), Eigen::Index(3));
        for (Eigen::Index i = 0; i < d.size(); ++i)
            QCOMPARE(f.data()[i], static_cast<float>(d.data()[i]));

        std::ostringstream os2(std::ios::binary);
        {
            boost::archive::binary_oarchive oa(os2);
            oa << f;
        }
        Eigen::MatrixXd back;
        {
            std::istringstream is(os2.str(), std::ios::binary);
            boost::archive::binary_iarchive ia(is);
            ia >> back;
        }
        for (Eigen::Index i = 0; i < d.size(); ++i)
            QCOMPARE(back.data()[i], static_cast<double>(f.data()[i]));
    }

    void truncatedFilesFailCleanly() {
        const std::string bytes = saveGraphToString(awkwardGraph());
        QVERIFY(bytes.size() > 100);
        const size_t cuts[] = {1, 5, 9, 10, 20, 39, 40, 41, 60, bytes.size() / 2, bytes.size() - 1};
        for (size_t n : cuts) {
            const std::string part = bytes.substr(0, n);
            EXPECT_ARCHIVE_ERROR(loadGraphFromString(part), "file is truncated");
        }
        // The message gives both sizes.
        EXPECT_ARCHIVE_ERROR(
            loadGraphFromString(bytes.substr(0, 60)),
            ("expected " + std::to_string(bytes.size()) + " bytes, found 60").c_str());
        // The same through a real file.
        const std::string path = tempPath("truncated.mtlg");
        writeRaw(path, bytes.substr(0, bytes.size() - 7));
        EXPECT_ARCHIVE_ERROR(loadGraphFile(path), "file is truncated");
        writeRaw(path, bytes.substr(0, 17));
        EXPECT_ARCHIVE_ERROR(loadGraphFile(path), "file is truncated");
        std::remove(path.c_str());
        // Every prefix, for good measure: always an ArchiveError, never a crash.
        for (size_t n = 0; n < bytes.size(); ++n) {
            try {
                loadGraphFromString(bytes.substr(0, n));
                QFAIL("a truncated file loaded");
            } catch (const ArchiveError&) {
            }
        }
    }

    void damagedFilesFailCleanly() {
        const std::string bytes = saveGraphToString(awkwardGraph());
        const size_t header = archive_detail::kHeaderSize;
        for (size_t at : {header, header + 1, header + 33, bytes.size() / 2, bytes.size() - 1}) {
            std::string bad = bytes;
            bad[at] = static_cast<char>(bad[at] ^ 0x10);
            EXPECT_ARCHIVE_ERROR(loadGraphFromString(bad), "file is corrupt (checksum mismatch)");
        }
        // A flipped byte in the header (length, version, kind, checksums).
        for (size_t at : {size_t(12), size_t(16), size_t(25), size_t(33), size_t(38)}) {
            std::string bad = bytes;
            bad[at] = static_cast<char>(bad[at] ^ 0x01);
            EXPECT_ARCHIVE_ERROR(loadGraphFromString(bad), "file is corrupt");
        }
        // Trailing garbage.
        EXPECT_ARCHIVE_ERROR(loadGraphFromString(bytes + "xyz"), "unexpected bytes after the data");
        // Every single-bit flip: always an ArchiveError.
        for (size_t at = 0; at < bytes.size(); ++at) {
            std::string bad = bytes;
            bad[at] = static_cast<char>(bad[at] ^ 0x04);
            try {
                loadGraphFromString(bad);
                QFAIL(qPrintable(QStringLiteral("a damaged file loaded (byte %1)").arg(at)));
            } catch (const ArchiveError&) {
            }
        }
    }

    void foreignFilesFailCleanly() {
        EXPECT_ARCHIVE_ERROR(loadGraphFromString(""), "not an MTL Studio file (the file is empty)");
        EXPECT_ARCHIVE_ERROR(loadModelFromString(""), "the file is empty");
        std::mt19937 rng(3);
        for (size_t n : {1, 7, 40, 1000}) {
            std::string junk(n, '\0');
            for (char& c : junk) c = static_cast<char>(rng());
            junk[0] = 'X';  // not 'M'
            EXPECT_ARCHIVE_ERROR(loadGraphFromString(junk), "not an MTL Studio file");
            EXPECT_ARCHIVE_ERROR(loadModelFromString(junk), "not an MTL Studio file");
        }
        EXPECT_ARCHIVE_ERROR(loadModelFromString("age,income\n1,2\n"), "not an MTL Studio file");
        EXPECT_ARCHIVE_ERROR(
            loadGraphFromString("MTLSTUDIX and some more text after it, long enough"),
            "not an MTL Studio file");
        const std::string path = tempPath("foreign.txt");
        writeRaw(path, "just a text file\n");
        EXPECT_ARCHIVE_ERROR(loadModelFile(path), "not an MTL Studio file");
        try {
            loadModelFile(path);
        } catch (const ArchiveError& e) {
            QVERIFY(QString(e.what()).startsWith(QString::fromStdString(path)));
            QCOMPARE(int(e.reason), int(ArchiveError::Reason::NotOurs));
        }
        writeRaw(path, "");
        EXPECT_ARCHIVE_ERROR(loadGraphFile(path), "the file is empty");
        std::remove(path.c_str());
    }

    void wrongKindAndNewerVersion() {
        const std::string graphBytes = saveGraphToString(awkwardGraph());
        EXPECT_ARCHIVE_ERROR(loadModelFromString(graphBytes),
                             "is an MTL Studio graph file, not a model file");
        const std::string modelBytes = saveModelToString(ModelFile());
        EXPECT_ARCHIVE_ERROR(loadGraphFromString(modelBytes),
                             "is an MTL Studio model file, not a graph file");

        // A newer envelope version (with a valid header checksum).
        const std::string payload = graphBytes.substr(archive_detail::kHeaderSize);
        std::string newer = archive_detail::seal("graph", payload);
        newer[16] = 2;
        {
            boost::crc_32_type crc;
            crc.process_bytes(newer.data(), 36);
            const std::uint32_t v = crc.checksum();
            for (int i = 0; i < 4; ++i) newer[36 + i] = static_cast<char>((v >> (8 * i)) & 0xFF);
        }
        EXPECT_ARCHIVE_ERROR(loadGraphFromString(newer), "written by a newer version");
        EXPECT_ARCHIVE_ERROR(loadGraphFromString(archive_detail::seal("plan", payload)),
                             "written by a newer version");
        QVERIFY(loadGraphFromString(archive_detail::seal("graph", payload)) == awkwardGraph());

        // A newer class version inside the payload. An empty graph's payload ends with the Graph's
        // class info (tracking byte, uint32 version), two uint64 counts and the int32 next id.
        std::string empty = saveGraphToString(Graph()).substr(archive_detail::kHeaderSize);
        const size_t versionAt = empty.size() - 4 - 16 - 4;
        QCOMPARE(int(empty[versionAt]), 1);
        empty[versionAt] = 2;
        EXPECT_ARCHIVE_ERROR(loadGraphFromString(archive_detail::seal("graph", empty)),
                             "written by a newer version of MTL Studio (graph format 2");
    }

    void hostileSizesDoNotAllocate() {
        // Valid envelope (checksums recomputed) around payloads with absurd counts and sizes.
        ModelFile f;
        f.weights.emplace_back("w", Mat(2, 3));
        f.weights[0].second << 1.25f, 2.5f, 3.75f, 5.0f, 6.25f, 7.5f;
        f.note = "QQQQQQQQ";
        const std::string bytes = saveModelToString(f);
        const std::string payload = bytes.substr(archive_detail::kHeaderSize);
        QVERIFY(loadModelFromString(archive_detail::seal("model", payload)).weights.size() == 1);

        // Matrix rows/cols: located just before the (unique) data block.
        const long long data = findUnique(
            payload, std::string(reinterpret_cast<const char*>(f.weights[0].second.data()),
                                 sizeof(Real) * 6));
        QVERIFY(data > 17);
        const size_t rowsAt = static_cast<size_t>(data) - 17, colsAt = rowsAt + 8;
        for (std::uint64_t rows : {std::uint64_t(1) << 40, std::uint64_t(1000000), UINT64_MAX}) {
            std::string p = payload;
            putLE64(p, rowsAt, rows);
            EXPECT_ARCHIVE_ERROR(loadModelFromString(archive_detail::seal("model", p)),
                                 "file is corrupt");
        }
        {
            // A plausible size that misaligns everything after it: some ArchiveError.
            std::string p = payload;
            putLE64(p, rowsAt, 3);
            EXPECT_ARCHIVE_ERROR(loadModelFromString(archive_detail::seal("model", p)), "data: ");
        }
        {
            std::string p = payload;
            putLE64(p, rowsAt, std::uint64_t(1) << 30);
            putLE64(p, colsAt, std::uint64_t(1) << 30);
            EXPECT_ARCHIVE_ERROR(loadModelFromString(archive_detail::seal("model", p)),
                                 "larger than the file");
        }
        {
            std::string p = payload;
            p[static_cast<size_t>(data) - 1] = 2;  // scalar size
            EXPECT_ARCHIVE_ERROR(loadModelFromString(archive_detail::seal("model", p)),
                                 "file is corrupt");
        }
        // A string length (the note, at the end of the payload).
        const long long note = findUnique(payload, "QQQQQQQQ");
        QVERIFY(note > 8);
        for (std::uint64_t len : {std::uint64_t(1) << 40, UINT64_MAX, std::uint64_t(9)}) {
            std::string p = payload;
            putLE64(p, static_cast<size_t>(note) - 8, len);
            EXPECT_ARCHIVE_ERROR(loadModelFromString(archive_detail::seal("model", p)),
                                 "file is corrupt");
        }
        // The weight count: the uint64 1 before the weight name "w".
        const long long name = findUnique(payload, std::string("\x01\0\0\0\0\0\0\0w", 9));
        QVERIFY(name > 8);
        {
            std::string p = payload;
            putLE64(p, static_cast<size_t>(name) - 8, std::uint64_t(1) << 50);
            EXPECT_ARCHIVE_ERROR(loadModelFromString(archive_detail::seal("model", p)),
                                 "more than the file holds");
        }
        // Any garbage payload under a valid envelope: always an ArchiveError.
        std::mt19937 rng(9);
        for (int trial = 0; trial < 200; ++trial) {
            std::string p = payload;
            const int flips = 1 + static_cast<int>(rng() % 4);
            for (int k = 0; k < flips; ++k) p[rng() % p.size()] = static_cast<char>(rng());
            try {
                loadModelFromString(archive_detail::seal("model", p));
            } catch (const ArchiveError&) {
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestArchive)
#include "tst_archive.moc"
