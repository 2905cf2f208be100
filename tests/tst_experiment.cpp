// The experiment engine: grid expansion and stable keys, common random numbers, determinism of a
// cell, resume after a cancelled sweep (same per-cell results as an uninterrupted one, a torn last
// line dropped), sharding (3 shards collected == one piece: same runs, same summary), and bad
// specs refused before any run, naming the offending entry.
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "ExperimentTestSupport.h"
#include "experiment/Experiment.h"
#include "experiment/Runner.h"
#include "experiment/Stats.h"
#include "graph/Templates.h"
#include "io/Archive.h"

using namespace mtl;
using namespace mtl::exp;

namespace {

using mtl::test::Entries;

// 2 data settings x 3 seeds x 2 architectures x 2 learning rates = 24 tiny cells.
Entries tinyGrid() { return mtl::test::tinyGrid(3, true); }

// A run's result without its wall time.
std::string result(RunSummary r) {
    r.seconds = 0;
    return toJson(r);
}

std::map<size_t, std::string> results(const std::string& path) {
    std::map<size_t, std::string> m;
    for (const RunSummary& r : readResults(path).runs) m[r.index] = result(r);
    return m;
}

std::string lastLine(const std::string& path) {
    std::ifstream in(path);
    std::string line, last;
    while (std::getline(in, line))
        if (!line.empty()) last = line;
    return last;
}

// The error message of a spec refused by parseExperiment or prepareExperiment ("" if accepted).
std::string refusal(const Entries& entries) {
    try {
        prepareExperiment(parseExperiment(entries));
    } catch (const SpecError& e) {
        return e.what();
    }
    return {};
}

Entries with(Entries e, const std::string& name, const std::string& value) {
    for (auto& kv : e)
        if (kv.first == name) {
            kv.second = value;
            return e;
        }
    e.emplace_back(name, value);
    return e;
}

}  // namespace

class TestExperiment : public QObject {
    Q_OBJECT
private slots:
    void gridAndKeys() {
        const Experiment e = parseExperiment(tinyGrid());
        QCOMPARE(e.cellCount(), size_t(24));
        std::set<std::string> keys;
        for (size_t i = 0; i < e.cellCount(); ++i) keys.insert(cellAt(e, i).key);
        QCOMPARE(keys.size(), size_t(24));
        const Cell c = cellAt(e, 0);
        QCOMPARE(c.key, std::string("data=p=0.5 noise=0.01 n=200|seed=1|arch=mmoe(experts=2;"
                                    "expert-units=4;tower-units=2)|opt=adam|lr=0.001|batch=64|"
                                    "epochs=1|lw="));
        // Common random numbers: every architecture and lr of a seed share one data set.
        std::set<std::string> dataOfSeed1;
        for (size_t i = 0; i < e.cellCount(); ++i) {
            const Cell x = cellAt(e, i);
            QCOMPARE(x.dataSeed, x.runSeed);  // synthetic default: data seed = run seed
            if (x.data == 0 && x.runSeed == 1) dataOfSeed1.insert(dataKey(e, x));
        }
        QCOMPARE(dataOfSeed1.size(), size_t(1));
        // Census and CSV keep one split (data seed 1) unless told otherwise.
        const Experiment census = parseExperiment({{"data", "census"}, {"seeds", "2"}});
        QCOMPARE(cellAt(census, 1).runSeed, 2ull);
        QCOMPARE(cellAt(census, 1).dataSeed, 1ull);
    }

    void cellIsDeterministic() {
        const Experiment e = parseExperiment(tinyGrid());
        const Cell c = cellAt(e, 5);
        const DataSplits data = loadData(cellData(e, c));
        const RunSummary a = runCell(e, c, data);
        RunRecord whole;
        const RunSummary b = runCell(e, c, loadData(cellData(e, c)), nullptr, &whole);
        QCOMPARE(result(a), result(b));
        // The same cell opened again as a whole run: curves and weights, the same test metrics.
        QCOMPARE(whole.name, c.key);
        QCOMPARE(whole.epochs.size(), size_t(1));
        QVERIFY(!whole.batches.empty());
        QVERIFY(!whole.weights.empty());
        QCOMPARE(whole.test.find("task1")->loss, a.tasks[0].testLoss);
        QVERIFY(a.ok);
        QCOMPARE(a.tasks.size(), size_t(2));
        QVERIFY(std::isfinite(a.tasks[0].testLoss));
        QVERIFY(!a.gates.empty() || a.arch.rfind("shared_bottom", 0) == 0);
        // Another seed gives another result.
        const Cell other = cellAt(e, 5 + 4);  // next seed, same arch and lr
        QCOMPARE(other.arch, c.arch);
        QCOMPARE(other.lr, c.lr);
        QVERIFY(result(runCell(e, other, loadData(cellData(e, other)))) != result(a));
    }

    // The run's gate analysis travels in its summary (and its JSON line), so that runs can be
    // compared by it; a line written before it existed still reads, with NaN / none.
    void gateAnalysisInSummary() {
        const Experiment e = parseExperiment(tinyGrid());
        size_t i = 0;
        while (cellAt(e, i).key.find("arch=mmoe") == std::string::npos) ++i;
        const Cell c = cellAt(e, i);
        const RunSummary a = runCell(e, c, loadData(cellData(e, c)));
        QVERIFY(a.ok);
        QVERIFY(std::isfinite(a.meanJs));
        QVERIFY(a.meanJs >= 0 && a.meanJs <= std::log(2.0) + 1e-9);
        QVERIFY(std::isfinite(a.meanExampleJs));
        QCOMPARE(a.normalisedEntropy.size(), size_t(2));  // one per task gate
        for (double h : a.normalisedEntropy) QVERIFY(h >= 0 && h <= 1 + 1e-9);
        QVERIFY(a.deadExperts >= 0 && a.deadExperts <= 2);
        const std::string line = toJson(a);
        QVERIFY(line.find("\"gate_analysis\"") != std::string::npos);
        const RunSummary b = runFromJson(line);
        QVERIFY(std::abs(b.meanJs - a.meanJs) <= 1e-12 * std::max(1.0, a.meanJs));
        QCOMPARE(b.normalisedEntropy.size(), a.normalisedEntropy.size());
        QCOMPARE(b.deadExperts, a.deadExperts);
        std::string old = line.substr(0, line.find(",\"gate_analysis\"")) + "}";
        const RunSummary c2 = runFromJson(old);
        QVERIFY(std::isnan(c2.meanJs));
        QVERIFY(c2.normalisedEntropy.empty());
    }

    void resumeAfterCancel() {
        QTemporaryDir dir;
        const Experiment e = parseExperiment(tinyGrid());
        RunnerOptions whole;
        whole.workers = 2;
        whole.outPath = dir.filePath("whole.jsonl").toStdString();
        const RunnerResult w = runExperiment(e, whole);
        QVERIFY(w.complete);
        QCOMPARE(w.ran, size_t(24));

        // Stop after 7 runs through the cancel flag.
        std::atomic<bool> cancel{false};
        std::atomic<int> count{0};
        RunnerOptions part;
        part.workers = 2;
        part.outPath = dir.filePath("resumed.jsonl").toStdString();
        part.cancel = &cancel;
        part.onRun = [&](const RunSummary&) {
            if (++count >= 7) cancel = true;
        };
        const RunnerResult first = runExperiment(e, part);
        QVERIFY(first.cancelled);
        QVERIFY(!first.complete);
        QVERIFY(first.ran >= 7 && first.ran < 24);
        const size_t kept = readResults(part.outPath).runs.size();
        QCOMPARE(kept, first.ran);
        // A process killed while writing leaves a torn line: it is dropped on resume.
        {
            std::ofstream torn(part.outPath, std::ios::app);
            torn << "{\"index\":3,\"key\":\"da";
        }
        RunnerOptions again;
        again.workers = 2;
        again.outPath = part.outPath;
        const RunnerResult second = runExperiment(e, again);
        QVERIFY(second.complete);
        QCOMPARE(second.skipped, kept);
        QCOMPARE(second.ran, 24 - kept);
        QCOMPARE(results(part.outPath), results(whole.outPath));
        QCOMPARE(lastLine(part.outPath), lastLine(whole.outPath));  // the summary line
        QVERIFY(lastLine(whole.outPath).rfind("{\"summary\"", 0) == 0);

        // A file of another sweep is refused, not mixed.
        const Experiment other = parseExperiment(with(tinyGrid(), "epochs", "2"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, runExperiment(other, again));
    }

    void shardsCollectedEqualOnePiece() {
        QTemporaryDir dir;
        const Experiment e = parseExperiment(tinyGrid());
        RunnerOptions one;
        one.workers = 1;
        one.outPath = dir.filePath("one.jsonl").toStdString();
        QVERIFY(runExperiment(e, one).complete);
        std::vector<std::string> shards;
        for (int i = 0; i < 3; ++i) {
            RunnerOptions s;
            s.workers = 2;
            s.shardIndex = i;
            s.shardCount = 3;
            s.outPath = dir.filePath(QStringLiteral("shard%1.jsonl").arg(i)).toStdString();
            const RunnerResult r = runExperiment(e, s);
            QCOMPARE(r.cells, size_t(8));
            QVERIFY(r.complete);
            for (const RunSummary& run : readResults(s.outPath).runs)
                QCOMPARE(run.index % 3, size_t(i));
            shards.push_back(s.outPath);
        }
        const std::string all = dir.filePath("all.jsonl").toStdString();
        // Two of three shards: refused, naming the missing cells.
        try {
            collectResults({shards[0], shards[2]}, all);
            QFAIL("collect of incomplete shards was accepted");
        } catch (const std::runtime_error& ex) {
            QVERIFY2(std::string(ex.what()).find("8 of 24 cells") != std::string::npos, ex.what());
        }
        collectResults(shards, all);
        QCOMPARE(results(all), results(one.outPath));
        QCOMPARE(lastLine(all), lastLine(one.outPath));
        const ResultsFile a = readResults(all), b = readResults(one.outPath);
        QCOMPARE(a.spec, b.spec);
        QVERIFY(a.shard.empty());
        // Cell order in both files.
        for (size_t i = 0; i < a.runs.size(); ++i) {
            QCOMPARE(a.runs[i].index, i);
            QCOMPARE(b.runs[i].index, i);
        }
    }

    void badSpecsRefusedNamingTheEntry() {
        const auto refuses = [](const Entries& entries, const std::string& part) {
            const std::string msg = refusal(entries);
            if (msg.find(part) == std::string::npos) {
                qWarning("message: '%s', expected it to contain '%s'", msg.c_str(), part.c_str());
                return false;
            }
            return true;
        };
        const Entries g = tinyGrid();
        QVERIFY(refuses(with(g, "arch", "mmoe,mmmoe"), "unknown template 'mmmoe'"));
        QVERIFY(refuses(with(g, "arch", "mmoe(experts=4;expertz=2)"),
                        "unknown template option 'expertz'"));
        QVERIFY(refuses(with(g, "lerning-rate", "1e-3"), "unknown entry 'lerning-rate'"));
        QVERIFY(refuses(with(g, "lr", "1e-3,0"), "lr: must be greater than 0"));
        QVERIFY(refuses(with(g, "p", "0.5,1.5"), "p: must be at least -1 and at most 1"));
        QVERIFY(refuses(with(g, "seeds", "0"), "seeds: must be between 1 and"));
        QVERIFY(refuses(with(g, "lr", "1e-3,"), "lr: an empty value"));
        QVERIFY(refuses(with(g, "group", "1"), "group: applies to data census"));
        QVERIFY(refuses(with(g, "loss-weights", "1:1:1"), "loss-weights: a set of 3 weights"));
        // A data set that does not fit a graph: ESMM needs two binary tasks.
        QVERIFY(refuses(with(g, "arch", "mmoe,esmm"), "arch 'esmm'"));
        // A saved graph with three task heads on two-task data.
        QTemporaryDir dir;
        TemplateOptions o;
        o.schema = defaultSchema();
        o.schema.tasks.push_back({"task3", TaskKind::Regression});
        const std::string file = dir.filePath("three.mtlgraph").toStdString();
        saveGraphFile(file, makeTemplate("mmoe", o));
        QVERIFY(refuses(with(g, "arch", "graph:" + file), "arch 'graph:" + file + "'"));
        QVERIFY(refuses(with(g, "arch", "graph:/nonexistent.mtlgraph"),
                        "arch 'graph:/nonexistent.mtlgraph'"));
        // A good grid passes.
        QCOMPARE(refusal(g), std::string());
    }

    void specFile() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("grid.spec").toStdString();
        {
            std::ofstream f(path);
            f << "# Fig. 4, small\narch = mmoe, omoe\n\np = 0.5,0.9   # two settings\nseeds=2\n";
        }
        const Experiment e = parseExperiment(readSpecFile(path));
        QCOMPARE(e.cellCount(), size_t(8));
        {
            std::ofstream f(path);
            f << "arch = mmoe\nthis line has no equals sign\n";
        }
        try {
            readSpecFile(path);
            QFAIL("a bad line was accepted");
        } catch (const SpecError& ex) {
            QVERIFY2(std::string(ex.what()).find(":2:") != std::string::npos, ex.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
