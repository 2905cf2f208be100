// Loss weighting in files: TrainConfig's method and parameters (class version 3), the learned
// state in model files (ModelFile version 2: UW's log-variances, GradNorm's weights, DWA's loss
// history), the conflict fields of batch snapshots in projects (BatchSnapshot version 2); files
// written before load with EW and no state; a saved state continues training where it stopped.
#include <QFile>
#include <QtTest>
#include <cmath>

#include "data/Synthetic.h"
#include "experiment/Experiment.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "train/Run.h"
#include "train/Trainer.h"

using namespace mtl;

namespace {
DataSplits synth() {
    SyntheticConfig c;
    c.d = 8;
    c.nTrain = 256;
    c.nValid = 64;
    c.nTest = 64;
    return makeSynthetic(c);
}
std::unique_ptr<Model> mmoe(const DataSplits& d) {
    TemplateOptions o;
    o.schema = d.train.schema;
    o.experts = 2;
    o.expertUnits = {4};
    o.towerUnits = {3};
    Graph g = makeTemplate("mmoe", o);
    Model::bindInputs(g, d.train.schema);
    return Model::compile(g, d.train.schema, 1);
}
std::string readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray b = f.readAll();
    return std::string(b.constData(), size_t(b.size()));
}
struct Snapshots : TrainObserver {
    std::vector<BatchSnapshot> batches;
    void onBatch(const BatchSnapshot& s) override { batches.push_back(s); }
};
}  // namespace

class TestArchiveWeighting : public QObject {
    Q_OBJECT
private slots:
    void configAndStateRoundTrip() {
        const DataSplits d = synth();
        auto m = mmoe(d);
        TrainConfig c;
        c.epochs = 2;
        c.batchSize = 64;
        c.weighting.method = WeightingMethod::DWA;
        c.weighting.dwaT = 3.5;
        c.weighting.gradnormAlpha = 0.75;
        c.weighting.gradnormLr = 0.125;
        c.weighting.cagradC = 0.25;
        c.weighting.pleGamma = {0.9, 0.8};
        c.weighting.pleW0 = {1, 2};
        c.weighting.seed = 1234567890123ULL;
        c.weighting.conflictEvery = 7;
        Trainer t(*m, c);
        t.train(d.train, d.valid);
        QCOMPARE(t.weightingState().lossHistory.size(), size_t(2));
        const ModelFile f = loadModelFromString(
            saveModelToString(captureModel(*m, &t.optimizer(), c, &t.weightingState())));
        const WeightingConfig& w = f.train.weighting;
        QCOMPARE(int(w.method), int(WeightingMethod::DWA));
        QCOMPARE(w.dwaT, 3.5);
        QCOMPARE(w.gradnormAlpha, 0.75);
        QCOMPARE(w.gradnormLr, 0.125);
        QCOMPARE(w.cagradC, 0.25);
        QCOMPARE(w.pleGamma, std::vector<double>({0.9, 0.8}));
        QCOMPARE(w.pleW0, std::vector<double>({1, 2}));
        QCOMPARE(w.seed, 1234567890123ULL);
        QCOMPARE(w.conflictEvery, 7);
        QCOMPARE(f.weighting.method, std::string("dwa"));
        QCOMPARE(f.weighting.lossHistory, t.weightingState().lossHistory);
        QCOMPARE(f.weighting.steps, t.weightingState().steps);
    }

    void uwStateContinuesTraining() {
        // Train UW one epoch, save, load into a new trainer: it starts from the saved
        // log-variances (not from 0) and its Adam moments.
        const DataSplits d = synth();
        auto m = mmoe(d);
        TrainConfig c;
        c.epochs = 1;
        c.batchSize = 64;
        c.optimizer.lr = 0.05;
        c.weighting.method = WeightingMethod::UW;
        Trainer t(*m, c);
        t.train(d.train, d.valid);
        const WeightingState saved = t.weightingState();
        QVERIFY(std::abs(saved.logVar[0]) > 0.05);
        const ModelFile f =
            loadModelFromString(saveModelToString(captureModel(*m, &t.optimizer(), c, &saved)));
        QCOMPARE(f.weighting.logVar, saved.logVar);
        QCOMPARE(f.weighting.uwMoment1, saved.uwMoment1);
        QCOMPARE(f.weighting.uwMoment2, saved.uwMoment2);
        auto m2 = mmoe(d);
        restoreWeights(*m2, f);
        Trainer t2(*m2, f.train);
        t2.setWeightingState(f.weighting);
        Snapshots snaps;
        t2.addObserver(&snaps);
        t2.train(d.train, d.valid);
        // The first batch used the saved s (regression tasks: weight exp(-s) / 2).
        QVERIFY(std::abs(snaps.batches[0].methodWeights[0] - 0.5 * std::exp(-saved.logVar[0])) <
                1e-12);
        QCOMPARE(t2.weightingState().steps, saved.steps + 4);
    }

    void olderModelFilesLoadWithEwAndNoState() {
        // The fuzz corpus's model files were written with ModelFile version 1 and TrainConfig
        // version 2.
        for (const char* name :
             {"fuzz/corpus/model/mmoe-adam.mtl", "fuzz/corpus/model/mmoe-nostate.mtl"}) {
            const QString path = QFINDTESTDATA(name);
            QVERIFY2(!path.isEmpty(), name);
            const ModelFile f = loadModelFromString(readFile(path), name);
            QCOMPARE(int(f.train.weighting.method), int(WeightingMethod::EW));
            QCOMPARE(f.train.weighting.conflictEvery, 0);
            QVERIFY(f.weighting.empty());
            QVERIFY(f.weighting.method.empty());
        }
    }

    void snapshotConflictFieldsRoundTripInProjects() {
        const DataSplits d = synth();
        auto m = mmoe(d);
        TrainConfig c;
        c.epochs = 1;
        c.batchSize = 128;
        c.weighting.method = WeightingMethod::PCGrad;
        Snapshots snaps;
        Trainer t(*m, c);
        t.addObserver(&snaps);
        const TrainResult res = t.train(d.train, d.valid);
        ProjectFile p;
        RunRecord r;
        r.batches = snaps.batches;
        finishRun(r, res, *m, d.test);  // the run's conflict summary (RunRecord version 3)
        QVERIFY(r.conflictSamples > 0 && !std::isnan(r.changedShare));
        p.runs.push_back(r);
        const ProjectFile q = loadProjectFromString(saveProjectToString(p));
        QCOMPARE(q.runs.size(), size_t(1));
        QCOMPARE(q.runs[0].conflictSamples, res.conflictSamples);
        QCOMPARE(q.runs[0].meanCosine, res.meanCosine);
        QCOMPARE(q.runs[0].conflictShare, res.conflictShare);
        QCOMPARE(q.runs[0].changedShare, res.changedShare);
        QCOMPARE(q.runs[0].meanGradientChange, res.meanGradientChange);
        // A project written before (RunRecord version 2): not measured.
        const QString old = QFINDTESTDATA("fuzz/corpus/project/one-run.mtlproj");
        QVERIFY(!old.isEmpty());
        const ProjectFile o = loadProjectFromString(readFile(old), "one-run.mtlproj");
        QVERIFY(!o.runs.empty());
        QCOMPARE(o.runs[0].conflictSamples, 0);
        QVERIFY(std::isnan(o.runs[0].meanCosine));
        const BatchSnapshot& a = snaps.batches.back();
        const BatchSnapshot& b = q.runs[0].batches.back();
        QCOMPARE(b.weighting, std::string("pcgrad"));
        QCOMPARE(b.methodWeights, a.methodWeights);
        QCOMPARE(b.conflictStep, a.conflictStep);
        QCOMPARE(b.conflictHeads, a.conflictHeads);
        QCOMPARE(b.taskGradNorm, a.taskGradNorm);
        QCOMPARE(b.cosine, a.cosine);
        QCOMPARE(b.groupNames, a.groupNames);
        QCOMPARE(b.groupCosine, a.groupCosine);
        QCOMPARE(b.gradientChanged, a.gradientChanged);
        QCOMPARE(b.gradientChange, a.gradientChange);
        QCOMPARE(b.changedShare, a.changedShare);
    }

    void runSummariesKeepTheMethodAndTheConflict() {
        exp::RunSummary r;
        r.key = "k";
        r.weighting = "cagrad";
        r.meanCosine = -0.125;
        r.conflictShare = 0.75;
        // JSON lines of a sweep's results file.
        const exp::RunSummary j = exp::runFromJson(exp::toJson(r));
        QCOMPARE(j.weighting, std::string("cagrad"));
        QCOMPARE(j.meanCosine, -0.125);
        QCOMPARE(j.conflictShare, 0.75);
        // A line written before: no "weighting" / "conflict": EW, not measured.
        std::string old = exp::toJson(exp::RunSummary());
        const size_t at = old.find(",\"weighting\"");
        QVERIFY(at != std::string::npos);
        old = old.substr(0, at) + "}";
        const exp::RunSummary o = exp::runFromJson(old);
        QCOMPARE(o.weighting, std::string("ew"));
        QVERIFY(std::isnan(o.meanCosine) && std::isnan(o.conflictShare));
        // Experiment records in projects (ExperimentRecord version 2).
        ProjectFile p;
        exp::ExperimentRecord rec;
        rec.name = "weighting";
        rec.runs.push_back(r);
        p.experiments.push_back(rec);
        const ProjectFile q = loadProjectFromString(saveProjectToString(p));
        QCOMPARE(q.experiments.size(), size_t(1));
        QCOMPARE(q.experiments[0].runs[0].weighting, std::string("cagrad"));
        QCOMPARE(q.experiments[0].runs[0].meanCosine, -0.125);
        QCOMPARE(q.experiments[0].runs[0].conflictShare, 0.75);
    }

    void hostileWeightingBytesAreRefused() {
        // A non-finite learned weight and an unknown method key are refused as corrupt.
        const DataSplits d = synth();
        auto m = mmoe(d);
        WeightingState s;
        s.method = "gradnorm";
        s.weights = {1.0, std::nan("")};
        try {
            loadModelFromString(saveModelToString(captureModel(*m, nullptr, TrainConfig(), &s)));
            QFAIL("a NaN weight loaded");
        } catch (const ArchiveError& e) {
            QVERIFY2(QString(e.what()).contains("not finite"), e.what());
        }
        s.weights = {1.0, 1.0};
        s.method = "gradnorx";
        try {
            loadModelFromString(saveModelToString(captureModel(*m, nullptr, TrainConfig(), &s)));
            QFAIL("an unknown method loaded");
        } catch (const ArchiveError& e) {
            QVERIFY2(QString(e.what()).contains("unknown loss weighting"), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestArchiveWeighting)
#include "tst_archive_weighting.moc"
