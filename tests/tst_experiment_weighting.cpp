// The loss weighting method as a compared method of an experiment: the weighting axis does not
// multiply the single-task architecture (its cells run once per seed, with EW, whatever methods
// are listed; keys, dry-run listing, resume and collect agree on that grid), selection on
// validation is per (architecture, weighting) over the other axes, and every (architecture,
// weighting) is compared with the single-task baseline (paired differences, MTL gain, delta-p)
// and each method with EW on its architecture.
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "experiment/Experiment.h"
#include "experiment/Runner.h"
#include "experiment/Stats.h"

using namespace mtl;
using namespace mtl::exp;

namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

Entries tinyWeightingGrid(const std::string& weightings, int seeds) {
    return {{"arch", "single,mmoe(experts=2;expert-units=4;tower-units=2)"},
            {"p", "0.5"},
            {"d", "8"},
            {"sinusoids", "2"},
            {"n-train", "200"},
            {"n-valid", "100"},
            {"n-test", "100"},
            {"epochs", "1"},
            {"batch", "64"},
            {"weighting", weightings},
            {"seeds", std::to_string(seeds)}};
}

// A hand-made run with one binary task "t".
RunSummary run(size_t index, const std::string& arch, const std::string& weighting, double lr,
               unsigned long long seed, double validAuc, double testAuc) {
    RunSummary r;
    r.index = index;
    r.data = "d";
    r.arch = arch;
    r.weighting = weighting;
    r.optimizer = "adam";
    r.lr = lr;
    r.batch = 256;
    r.epochsConfigured = 1;
    r.seed = seed;
    const std::string hyper = "|arch=" + arch + "|lr=" + jsonNumber(lr) + "|weighting=" + weighting;
    r.group = "data=d" + hyper;
    r.key = "data=d|seed=" + std::to_string(seed) + hyper;
    TaskResult t;
    t.task = "t";
    t.validAuc = validAuc;
    t.testAuc = testAuc;
    r.tasks = {t};
    return r;
}

std::string withoutSeconds(RunSummary r) {
    r.seconds = 0;
    return toJson(r);
}

}  // namespace

class TestExperimentWeighting : public QObject {
    Q_OBJECT
private slots:
    void singleTaskRunsOncePerSeedWithEw() {
        const Experiment e = parseExperiment(tinyWeightingGrid("ew,uw,pcgrad", 2));
        // Per seed: single once + mmoe three times.
        QCOMPARE(e.cellCount(), size_t(8));
        std::set<std::string> keys;
        int single = 0;
        std::map<std::string, int> mmoe;
        for (size_t i = 0; i < e.cellCount(); ++i) {
            const Cell c = cellAt(e, i);
            QCOMPARE(c.index, i);
            QVERIFY(keys.insert(c.key).second);
            const TrainConfig cfg = cellConfig(e, c);
            QCOMPARE(cfg.weighting.method, c.method);
            if (e.archs[c.arch].label == "single") {
                ++single;
                QCOMPARE(c.method, WeightingMethod::EW);
                QVERIFY(c.key.find("|weighting=ew") != std::string::npos);
            } else {
                ++mmoe[weightingName(c.method)];
                QVERIFY(c.key.find(std::string("|weighting=") + weightingName(c.method)) !=
                        std::string::npos);
            }
        }
        QCOMPARE(single, 2);
        QCOMPARE(mmoe.size(), size_t(3));
        for (const auto& [m, n] : mmoe) QCOMPARE(n, 2);
        // Cells stay ordered data setting, seed, architecture: seed 1's four cells first.
        for (size_t i = 0; i < 4; ++i) QCOMPARE(cellAt(e, i).runSeed, 1ull);
        QCOMPARE(e.archs[cellAt(e, 0).arch].label, std::string("single"));
        QCOMPARE(weightingName(cellAt(e, 3).method), std::string("pcgrad"));

        // A list without ew: the single-task cells still run EW, once.
        const Experiment noEw = parseExperiment(tinyWeightingGrid("uw,mgda", 1));
        QCOMPARE(noEw.cellCount(), size_t(3));
        QCOMPARE(cellAt(noEw, 0).method, WeightingMethod::EW);
        QCOMPARE(cellConfig(noEw, cellAt(noEw, 0)).weighting.method, WeightingMethod::EW);
        QCOMPARE(cellAt(noEw, 1).method, WeightingMethod::UW);
        QCOMPARE(cellAt(noEw, 2).method, WeightingMethod::MGDA);
        // One method only: "single" still runs EW (the listed method has nothing to balance).
        const Experiment one = parseExperiment(tinyWeightingGrid("uw", 1));
        QCOMPARE(one.cellCount(), size_t(2));
        QCOMPARE(cellAt(one, 0).method, WeightingMethod::EW);
        QCOMPARE(cellAt(one, 1).method, WeightingMethod::UW);
    }

    void withoutWeightingAxisTheGridIsUnchanged() {
        // No weighting entry: the plain mixed-radix grid (keys without "|weighting=").
        Entries en = tinyWeightingGrid("ew", 2);
        en.erase(std::remove_if(en.begin(), en.end(),
                                [](const auto& kv) { return kv.first == "weighting"; }),
                 en.end());
        en.emplace_back("lr", "1e-3,1e-2");
        const Experiment e = parseExperiment(en);
        QCOMPARE(e.cellCount(), size_t(2 * 2 * 2));
        const Cell c = cellAt(e, 7);  // seed 2 (4), arch mmoe (+2), lr 1e-2 (+1)
        QCOMPARE(c.seed, size_t(1));
        QCOMPARE(c.arch, size_t(1));
        QCOMPARE(c.lr, size_t(1));
        QVERIFY(c.key.find("weighting") == std::string::npos);
        // With a weighting axis but no single-task architecture: every architecture runs every
        // method, the mixed-radix order with the weighting innermost.
        Entries mm = tinyWeightingGrid("ew,uw", 2);
        mm[0].second = "mmoe(experts=2;expert-units=4;tower-units=2),shared_bottom";
        const Experiment m = parseExperiment(mm);
        QCOMPARE(m.cellCount(), size_t(2 * 2 * 2));
        const Cell x = cellAt(m, 6);  // seed 2 (4), shared_bottom (+2), ew (+0)
        QCOMPARE(x.seed, size_t(1));
        QCOMPARE(x.arch, size_t(1));
        QCOMPARE(x.method, WeightingMethod::EW);
        QCOMPARE(cellAt(m, 7).method, WeightingMethod::UW);
    }

    void sweepResumeAndCollectKeepTheGrid() {
        const Experiment e = parseExperiment(tinyWeightingGrid("ew,uw", 2));
        QCOMPARE(e.cellCount(), size_t(6));
        QTemporaryDir dir;
        const std::string whole = dir.filePath("whole.jsonl").toStdString();
        RunnerOptions o;
        o.workers = 2;
        o.outPath = whole;
        o.preloaded = prepareExperiment(e);
        const RunnerResult r = runExperiment(e, o);
        QVERIFY(r.complete);
        QCOMPARE(r.ran, size_t(6));
        const ResultsFile f = readResults(whole);
        QVERIFY(f.hasSummary);
        QCOMPARE(f.runs.size(), size_t(6));
        int singles = 0;
        for (const RunSummary& s : f.runs) {
            QCOMPARE(s.key, cellAt(e, s.index).key);
            if (s.arch == "single") {
                ++singles;
                QCOMPARE(s.weighting, std::string("ew"));
            }
        }
        QCOMPARE(singles, 2);
        // Running again resumes: nothing left to run.
        const RunnerResult again = runExperiment(e, o);
        QCOMPARE(again.ran, size_t(0));
        QCOMPARE(again.skipped, size_t(6));
        // Two shards collected: the same runs as the one-piece sweep.
        std::vector<std::string> shards;
        for (int i = 0; i < 2; ++i) {
            RunnerOptions s = o;
            s.shardIndex = i;
            s.shardCount = 2;
            s.outPath = dir.filePath(QString("s%1.jsonl").arg(i)).toStdString();
            QVERIFY(runExperiment(e, s).complete);
            shards.push_back(s.outPath);
        }
        const std::string all = dir.filePath("all.jsonl").toStdString();
        collectResults(shards, all);
        const ResultsFile c = readResults(all);
        QCOMPARE(c.runs.size(), f.runs.size());
        for (size_t i = 0; i < c.runs.size(); ++i)
            QCOMPARE(withoutSeconds(c.runs[i]), withoutSeconds(f.runs[i]));
        // Statistics: single (EW) and mmoe under each method, gains of both against single.
        const std::vector<GainVsSingle> g = gainsVsSingle(f.runs);
        QCOMPARE(g.size(), size_t(2));
        QCOMPARE(g[0].weighting, std::string("ew"));
        QCOMPARE(g[1].weighting, std::string("uw"));
    }

    void selectionAndComparisonPerWeighting() {
        // Runs on seeds 1..3: single (EW, one lr), mmoe + ew and mmoe + uw with two lrs each.
        // Validation prefers lr 1e-2 for ew and lr 1e-3 for uw: each method keeps its own choice
        // (a selection over all non-seed axes would keep one method for mmoe).
        const double st[] = {0.80, 0.81, 0.79};
        const double ewLo[] = {0.83, 0.84, 0.82}, ewHi[] = {0.85, 0.86, 0.87};
        const double uwLo[] = {0.90, 0.88, 0.89}, uwHi[] = {0.70, 0.71, 0.72};
        std::vector<RunSummary> runs;
        size_t i = 0;
        for (unsigned long long s = 1; s <= 3; ++s) {
            const size_t k = s - 1;
            runs.push_back(run(i++, "single", "ew", 1e-3, s, 0.7, st[k]));
            runs.push_back(run(i++, "mmoe", "ew", 1e-3, s, 0.70, ewLo[k]));
            runs.push_back(run(i++, "mmoe", "ew", 1e-2, s, 0.75, ewHi[k]));
            runs.push_back(run(i++, "mmoe", "uw", 1e-3, s, 0.80, uwLo[k]));
            runs.push_back(run(i++, "mmoe", "uw", 1e-2, s, 0.60, uwHi[k]));
        }
        const std::vector<Selection> sel = selectByValidation(runs);
        QCOMPARE(sel.size(), size_t(3));
        QCOMPARE(sel[0].arch, std::string("single"));
        QCOMPARE(sel[1].weighting, std::string("ew"));
        QCOMPARE(sel[1].candidates.size(), size_t(2));
        QVERIFY(sel[1].chosen.hyper.find("lr=0.01|") != std::string::npos);
        QVERIFY(std::abs(sel[1].chosen.test[0].mean - 0.86) < 1e-12);
        QCOMPARE(sel[2].weighting, std::string("uw"));
        QVERIFY(sel[2].chosen.hyper.find("lr=0.001|") != std::string::npos);
        QVERIFY(std::abs(sel[2].chosen.test[0].mean - 0.89) < 1e-12);

        // MTL gain and delta-p of each (architecture, weighting) against single (mean 0.80).
        const std::vector<GainVsSingle> g = gainsVsSingle(runs);
        QCOMPARE(g.size(), size_t(2));
        QCOMPARE(g[0].weighting, std::string("ew"));
        QVERIFY(std::abs(g[0].gain[0] - 0.06) < 1e-12);
        QVERIFY(std::abs(g[0].deltaP - 7.5) < 1e-9);
        QCOMPARE(g[1].weighting, std::string("uw"));
        QVERIFY(std::abs(g[1].gain[0] - 0.09) < 1e-12);
        QVERIFY(std::abs(g[1].deltaP - 11.25) < 1e-9);

        // Paired: single - mmoe (ew), single - mmoe + uw, mmoe + uw - mmoe (ew).
        const std::vector<PairedDiff> pd = pairedDifferences(runs);
        QCOMPARE(pd.size(), size_t(3));
        QCOMPARE(pd[0].archA, std::string("single"));
        QCOMPARE(pd[0].weightingB, std::string("ew"));
        QVERIFY(std::abs(pd[0].diff.mean - (-0.06)) < 1e-12);
        QCOMPARE(pd[1].archA, std::string("single"));
        QCOMPARE(pd[1].weightingB, std::string("uw"));
        QVERIFY(std::abs(pd[1].diff.mean - (-0.09)) < 1e-12);
        QCOMPARE(pd[2].weightingA, std::string("uw"));
        QCOMPARE(pd[2].weightingB, std::string("ew"));
        // uw lr 1e-3 minus ew lr 1e-2 per seed: 0.05, 0.02, 0.02.
        QCOMPARE(pd[2].diff.n, 3);
        QVERIFY(std::abs(pd[2].diff.mean - 0.03) < 1e-12);

        // The summary names the methods.
        const std::string js = summaryJson(runs);
        QVERIFY(js.find("\"weighting\":\"uw\"") != std::string::npos);
        QVERIFY(js.find("\"a_weighting\":\"uw\",\"b\":\"mmoe\",\"b_weighting\":\"ew\"") !=
                std::string::npos);
    }

    void singleUnderSeveralMethodsUsesEwAsBaseline() {
        // A results file where "single" ran under two methods: the EW one is the baseline.
        std::vector<RunSummary> runs = {run(0, "single", "uw", 1e-3, 1, 0.9, 0.50),
                                        run(1, "single", "ew", 1e-3, 1, 0.7, 0.80),
                                        run(2, "mmoe", "ew", 1e-3, 1, 0.7, 0.84)};
        const std::vector<GainVsSingle> g = gainsVsSingle(runs);
        QCOMPARE(g.size(), size_t(1));
        QVERIFY(std::abs(g[0].gain[0] - 0.04) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestExperimentWeighting)
#include "tst_experiment_weighting.moc"
