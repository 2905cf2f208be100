// Statistics of an experiment's runs against hand-computed values: mean, sd, Student-t 95% CI,
// paired differences over common seeds, selection of a hyper-parameter on validation (test metrics
// of the selected setting reported, not the best test), the MTL gain against single-task and
// delta-p, and the compact run summary's JSON round trip.
#include <QtTest>
#include <cmath>
#include <limits>

#include "experiment/Experiment.h"
#include "experiment/Stats.h"

using namespace mtl::exp;

namespace {

// A run of a two-architecture, one-task (binary) experiment, made by hand.
RunSummary run(size_t index, const std::string& arch, double lr, unsigned long long seed,
               double validAuc, double testAuc, bool binary = true) {
    RunSummary r;
    r.index = index;
    r.data = "d";
    r.arch = arch;
    r.optimizer = "adam";
    r.lr = lr;
    r.batch = 256;
    r.epochsConfigured = 1;
    r.seed = seed;
    r.group = "data=d|arch=" + arch + "|lr=" + jsonNumber(lr);
    r.key = "data=d|seed=" + std::to_string(seed) + "|arch=" + arch + "|lr=" + jsonNumber(lr);
    TaskResult t;
    t.task = "t";
    t.binary = binary;
    if (binary) {
        t.validAuc = validAuc;
        t.testAuc = testAuc;
    } else {
        t.validLoss = validAuc;
        t.testLoss = testAuc;
        t.validAuc = t.testAuc = std::numeric_limits<double>::quiet_NaN();
    }
    r.tasks = {t};
    return r;
}

}  // namespace

class TestExperimentStats : public QObject {
    Q_OBJECT
private slots:
    void studentT() {
        // Tables of the t distribution: t_{0.975, df}.
        QVERIFY(std::abs(tQuantile95(1) - 12.706204736) < 1e-6);
        QVERIFY(std::abs(tQuantile95(2) - 4.302652730) < 1e-6);
        QVERIFY(std::abs(tQuantile95(3) - 3.182446305) < 1e-6);
        QVERIFY(std::abs(tQuantile95(19) - 2.093024054) < 1e-6);
    }

    void meanSdCi() {
        const Stat s = describe({1, 2, 3, 4});
        QCOMPARE(s.n, 4);
        QCOMPARE(s.mean, 2.5);
        QVERIFY(std::abs(s.sd - 1.2909944487358056) < 1e-12);
        // 3.182446305 * 1.2909944 / sqrt(4)
        QVERIFY(std::abs(s.half - 2.054260256760879) < 1e-9);
        QVERIFY(std::abs(s.lo - (2.5 - 2.054260256760879)) < 1e-9);
        QCOMPARE(s.min, 1.0);
        QCOMPARE(s.max, 4.0);
        // NaN values are skipped; one value has no spread.
        const Stat one = describe({std::numeric_limits<double>::quiet_NaN(), 7.0});
        QCOMPARE(one.n, 1);
        QCOMPARE(one.mean, 7.0);
        QVERIFY(std::isnan(one.half));
        QCOMPARE(describe({}).n, 0);
    }

    void pairedDifferenceOverCommonSeeds() {
        // a: 0.80 0.82 0.85, b: 0.78 0.81 0.80 on seeds 1..3; b also has seed 4 (no partner).
        std::vector<RunSummary> runs = {
            run(0, "a", 1e-3, 1, 0.7, 0.80), run(1, "b", 1e-3, 1, 0.7, 0.78),
            run(2, "a", 1e-3, 2, 0.7, 0.82), run(3, "b", 1e-3, 2, 0.7, 0.81),
            run(4, "a", 1e-3, 3, 0.7, 0.85), run(5, "b", 1e-3, 3, 0.7, 0.80),
            run(7, "b", 1e-3, 4, 0.7, 0.10)};
        const std::vector<PairedDiff> pd = pairedDifferences(runs);
        QCOMPARE(pd.size(), size_t(1));
        QCOMPARE(pd[0].archA, std::string("a"));
        QCOMPARE(pd[0].archB, std::string("b"));
        QCOMPARE(pd[0].diff.n, 3);
        QVERIFY(std::abs(pd[0].diff.mean - 0.026666666666666616) < 1e-12);
        QVERIFY(std::abs(pd[0].diff.sd - 0.020816659994661327) < 1e-12);
        // 4.302652730 * 0.0208167 / sqrt(3)
        QVERIFY(std::abs(pd[0].diff.half - 0.05171145012736738) < 1e-9);
        // The unpaired means differ from the paired mean (seed 4 counts only there).
        const std::vector<GroupStats> g = groupStats(runs);
        QCOMPARE(g.size(), size_t(2));
        QCOMPARE(g[1].runs, 4);
    }

    void selectionByValidationReportsTestOfTheChosenSetting() {
        // lr 1e-2 is better on validation (0.90 vs 0.80) but worse on test (0.70 vs 0.95): the
        // selection must take lr 1e-2 and report its test mean, 0.70.
        std::vector<RunSummary> runs;
        size_t i = 0;
        for (unsigned long long s = 1; s <= 2; ++s) {
            runs.push_back(run(i++, "a", 1e-3, s, 0.80, 0.95));
            runs.push_back(run(i++, "a", 1e-2, s, 0.90, 0.70));
        }
        const std::vector<Selection> sel = selectByValidation(runs);
        QCOMPARE(sel.size(), size_t(1));
        QCOMPARE(sel[0].candidates.size(), size_t(2));
        QCOMPARE(sel[0].chosen.hyper.find("lr=0.01|") != std::string::npos, true);
        QCOMPARE(sel[0].chosen.test[0].mean, 0.70);
        // Regression: lower validation loss wins.
        std::vector<RunSummary> reg;
        reg.push_back(run(0, "a", 1e-3, 1, 0.5, 0.6, false));
        reg.push_back(run(1, "a", 1e-2, 1, 0.2, 0.9, false));
        const std::vector<Selection> rs = selectByValidation(reg);
        QCOMPARE(rs[0].chosen.test[0].mean, 0.9);
        QCOMPARE(rs[0].chosen.hyper.find("lr=0.01|") != std::string::npos, true);
    }

    void gainAndDeltaP() {
        // PLE Eq. 11 with the sign of improvement: AUC up is a gain, MSE down is a gain.
        QVERIFY(std::abs(mtlGain(0.9, 0.8, true) - 0.1) < 1e-12);
        QVERIFY(std::abs(mtlGain(0.2, 0.25, false) - 0.05) < 1e-12);
        // LibMTL: ((0.9 - 0.8) / 0.8 * 100 + -1 * (0.2 - 0.25) / 0.25 * 100) / 2 = (12.5 + 20) / 2
        QVERIFY(std::abs(deltaP({0.9, 0.2}, {0.8, 0.25}, {true, false}) - 16.25) < 1e-9);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, deltaP({0.9}, {0.8, 0.1}, {true}));
        // Against the "single" architecture of the same data.
        std::vector<RunSummary> runs = {run(0, "single", 1e-3, 1, 0.7, 0.80),
                                        run(1, "mmoe", 1e-3, 1, 0.7, 0.84)};
        const std::vector<GainVsSingle> g = gainsVsSingle(runs);
        QCOMPARE(g.size(), size_t(1));
        QCOMPARE(g[0].arch, std::string("mmoe"));
        QVERIFY(std::abs(g[0].gain[0] - 0.04) < 1e-12);
        QVERIFY(std::abs(g[0].deltaP - 5.0) < 1e-9);
    }

    void summaryJsonRoundTrip() {
        RunSummary r = run(3, "mmoe(experts=4;expert-units=8)", 1e-3, 7, 0.71, 0.72);
        r.gates = {{"gate_t", {0.25, 0.75}}};
        r.reason = "diverged: \"loss\" is NaN";
        r.ok = false;
        r.seconds = 1.0 / 3.0;
        const RunSummary back = runFromJson(toJson(r));
        QCOMPARE(toJson(back), toJson(r));
        QCOMPARE(back.tasks[0].testAuc, 0.72);
        QVERIFY(std::isnan(back.tasks[0].validLoss) == std::isnan(r.tasks[0].validLoss));
        QCOMPARE(back.gates[0].mean[1], 0.75);
        QCOMPARE(back.seconds, 1.0 / 3.0);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, runFromJson("{\"index\": 1}"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, runFromJson("not json"));
    }
};

QTEST_APPLESS_MAIN(TestExperimentStats)
#include "tst_experiment_stats.moc"
