// Experiments kept in project files (core/experiment/ExperimentRecord.h, ProjectFile class
// version 3): a round trip keeps every field of every run (NaN included), files written before
// experiments existed (versions 1 and 2) still load with none, damaged or hostile payloads fail
// with an ArchiveError, and a record's runs resume a sweep to the results of an uninterrupted one.
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <cmath>
#include <random>

#include "ExperimentTestSupport.h"
#include "experiment/Experiment.h"
#include "experiment/ExperimentRecord.h"
#include "experiment/Runner.h"
#include "graph/Templates.h"
#include "io/Archive.h"

using namespace mtl;
using namespace mtl::exp;

namespace {

using mtl::test::Entries;

// 2 architectures x 2 correlations x 2 seeds = 8 tiny cells.
Entries tinyGrid() { return mtl::test::tinyGrid(2, false); }

RunSummary sampleRun(size_t index) {
    RunSummary r;
    r.index = index;
    r.key = "data=p=0.5|seed=" + std::to_string(index) + "|arch=mmoe";
    r.group = "data=p=0.5|arch=mmoe";
    r.data = "p=0.5 noise=0.01 n=200";
    r.arch = "mmoe";
    r.optimizer = "adam";
    r.lossWeights = "";
    r.lr = 1e-3;
    r.batch = 64;
    r.epochsConfigured = 3;
    r.seed = 1000 + index;
    r.dataSeed = 7;
    r.tasks.push_back({"task1", false, 0.25, std::nan(""), 0.5, std::nan("")});
    r.tasks.push_back({"income", true, 0.31, 0.91, 0.32, 0.9});
    r.epochs = 3;
    r.bestEpoch = 2;
    r.seconds = 0.125;
    r.ok = index % 2 == 0;
    r.reason = r.ok ? "" : "diverged";
    r.gates.push_back({"gate_task1", {0.25, 0.75}});
    r.meanJs = 0.0625;
    r.normalisedEntropy = {0.5, 0.875};
    r.deadExperts = 1;
    return r;
}

Graph templateGraph(const std::string& key) {
    TemplateOptions o;
    o.schema = defaultSchema();
    return makeTemplate(key, o);
}

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

void compareRuns(const RunSummary& a, const RunSummary& b) {
    QCOMPARE(a.index, b.index);
    QCOMPARE(a.key, b.key);
    QCOMPARE(a.group, b.group);
    QCOMPARE(a.data, b.data);
    QCOMPARE(a.arch, b.arch);
    QCOMPARE(a.optimizer, b.optimizer);
    QCOMPARE(a.lossWeights, b.lossWeights);
    QCOMPARE(a.lr, b.lr);
    QCOMPARE(a.batch, b.batch);
    QCOMPARE(a.epochsConfigured, b.epochsConfigured);
    QCOMPARE(a.seed, b.seed);
    QCOMPARE(a.dataSeed, b.dataSeed);
    QCOMPARE(a.tasks.size(), b.tasks.size());
    for (size_t t = 0; t < a.tasks.size(); ++t) {
        QCOMPARE(a.tasks[t].task, b.tasks[t].task);
        QCOMPARE(a.tasks[t].binary, b.tasks[t].binary);
        QVERIFY(same(a.tasks[t].validLoss, b.tasks[t].validLoss));
        QVERIFY(same(a.tasks[t].validAuc, b.tasks[t].validAuc));
        QVERIFY(same(a.tasks[t].testLoss, b.tasks[t].testLoss));
        QVERIFY(same(a.tasks[t].testAuc, b.tasks[t].testAuc));
    }
    QCOMPARE(a.epochs, b.epochs);
    QCOMPARE(a.bestEpoch, b.bestEpoch);
    QCOMPARE(a.seconds, b.seconds);
    QCOMPARE(a.ok, b.ok);
    QCOMPARE(a.reason, b.reason);
    QCOMPARE(a.gates.size(), b.gates.size());
    for (size_t g = 0; g < a.gates.size(); ++g) {
        QCOMPARE(a.gates[g].gate, b.gates[g].gate);
        QCOMPARE(a.gates[g].mean, b.gates[g].mean);
    }
    QVERIFY(same(a.meanJs, b.meanJs));
    QVERIFY(same(a.meanExampleJs, b.meanExampleJs));
    QCOMPARE(a.normalisedEntropy, b.normalisedEntropy);
    QCOMPARE(a.deadExperts, b.deadExperts);
}

ProjectFile projectWithExperiment() {
    ProjectFile p;
    p.graph = templateGraph("mmoe");
    p.note = "experiments";
    ExperimentRecord e;
    e.name = "Fig. 4, small";
    e.entries = tinyGrid();
    e.cells = 8;
    for (size_t i = 0; i < 3; ++i) e.runs.push_back(sampleRun(i));
    p.experiments.push_back(e);
    ExperimentRecord empty;
    empty.name = "nothing run yet";
    empty.entries = {{"arch", "omoe"}};
    p.experiments.push_back(empty);
    return p;
}

QByteArray readFixture(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

}  // namespace

class TestExperimentProject : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsEveryField() {
        const ProjectFile p = projectWithExperiment();
        const ProjectFile q = loadProjectFromString(saveProjectToString(p));
        QCOMPARE(q.note, p.note);
        QVERIFY(q.graph == p.graph);
        QCOMPARE(q.experiments.size(), size_t(2));
        for (size_t k = 0; k < 2; ++k) {
            const ExperimentRecord &a = p.experiments[k], &b = q.experiments[k];
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.entries, a.entries);
            QCOMPARE(b.cells, a.cells);
            QCOMPARE(b.runs.size(), a.runs.size());
            for (size_t i = 0; i < a.runs.size(); ++i) compareRuns(a.runs[i], b.runs[i]);
        }
        QVERIFY(!q.experiments[0].complete());
        // Saved again: the same bytes.
        QCOMPARE(saveProjectToString(q), saveProjectToString(p));
    }

    void sizeDoesNotDependOnCurves() {
        // A record keeps summaries only: 1,000 runs stay well under a megabyte.
        ProjectFile p;
        ExperimentRecord e;
        e.name = "big";
        e.entries = tinyGrid();
        for (size_t i = 0; i < 1000; ++i) e.runs.push_back(sampleRun(i));
        p.experiments.push_back(e);
        const size_t bytes = saveProjectToString(p).size();
        QVERIFY2(bytes < 1000 * 1000, qPrintable(QString::number(bytes)));
    }

    void olderProjectsLoadWithoutExperiments() {
        // Version 2 (runs, no experiments): the project fuzz corpus's files.
        for (const char* name :
             {"fuzz/corpus/project/one-run.mtlproj", "fuzz/corpus/project/empty.mtlproj"}) {
            const QString path = QFINDTESTDATA(name);
            QVERIFY2(!path.isEmpty(), name);
            const QByteArray bytes = readFixture(path);
            QVERIFY(!bytes.isEmpty());
            const ProjectFile p =
                loadProjectFromString(std::string(bytes.constData(), size_t(bytes.size())), name);
            QVERIFY(p.experiments.empty());
            // Saved again (now version 3) with an experiment added: both kept.
            ProjectFile q = p;
            q.experiments = projectWithExperiment().experiments;
            const ProjectFile r = loadProjectFromString(saveProjectToString(q));
            QCOMPARE(r.runs.size(), p.runs.size());
            QCOMPARE(r.experiments.size(), size_t(2));
        }
        QVERIFY(QFINDTESTDATA("fuzz/corpus/project/one-run.mtlproj").size() > 0);
    }

    void version2LayoutWrittenByHandStillLoads() {
        // The current writer's bytes of a project without experiments, turned back into the
        // version-2 layout: no experiment list at the end and ProjectFile's class version 2.
        ProjectFile p;
        p.graph = templateGraph("shared_bottom");
        p.note = "v2";
        p.classroom.hidden.clear();  // version 4's classroom: off (1 byte), no keys (8 bytes)
        const std::string v3 = saveProjectToString(p);
        std::string payload = v3.substr(archive_detail::kHeaderSize);
        QCOMPARE(payload.substr(payload.size() - 17), std::string(17, '\0'));  // 0 experiments
        payload.resize(payload.size() - 17);
        // Boost writes the class info of the top-level object first: after the archive signature
        // "serialization::archive", its library version and size bytes comes ProjectFile's class
        // version (uint32; no tracking byte: the class is track_never).
        const size_t sig = payload.find("serialization::archive");
        QVERIFY(sig != std::string::npos);
        size_t at = std::string::npos;
        for (size_t i = sig + 22; i + 4 <= std::min(payload.size(), sig + 40); ++i)
            if (payload.compare(i, 4, std::string("\x04\0\0\0", 4)) == 0) {
                at = i;
                break;
            }
        QVERIFY(at != std::string::npos);
        payload[at] = 2;
        const ProjectFile q = loadProjectFromString(archive_detail::seal("proj", payload));
        QVERIFY(q.graph == p.graph);
        QCOMPARE(q.note, std::string("v2"));
        QVERIFY(q.experiments.empty());
        // And a newer class version than this build reads is refused, not misread.
        std::string newer = v3.substr(archive_detail::kHeaderSize);
        newer[at] = 5;
        try {
            loadProjectFromString(archive_detail::seal("proj", newer));
            QFAIL("a newer project version loaded");
        } catch (const ArchiveError& e) {
            QVERIFY2(QString(e.what()).contains("newer version"), e.what());
        }
    }

    void hostilePayloadsFailCleanly() {
        const std::string bytes = saveProjectToString(projectWithExperiment());
        const std::string payload = bytes.substr(archive_detail::kHeaderSize);
        // Random bytes changed: a load or an ArchiveError, never a crash or another exception.
        std::mt19937 rng(11);
        int refused = 0;
        for (int trial = 0; trial < 300; ++trial) {
            std::string p = payload;
            const int flips = 1 + static_cast<int>(rng() % 4);
            for (int k = 0; k < flips; ++k) p[rng() % p.size()] = static_cast<char>(rng());
            try {
                loadProjectFromString(archive_detail::seal("proj", p));
            } catch (const ArchiveError&) {
                ++refused;
            }
        }
        QVERIFY(refused > 0);
        // Truncated anywhere in the experiments: an ArchiveError.
        for (size_t cut = payload.size() - 1; cut > payload.size() - 400; cut -= 37) {
            try {
                loadProjectFromString(archive_detail::seal("proj", payload.substr(0, cut)));
                QFAIL("a truncated payload loaded");
            } catch (const ArchiveError&) {
            }
        }
    }

    void recordResumesToTheUninterruptedResult() {
        const Experiment e = parseExperiment(tinyGrid());
        QCOMPARE(e.cellCount(), size_t(8));
        // Uninterrupted.
        ExperimentRecord whole;
        RunnerOptions all;
        all.workers = 2;
        all.onRun = [&](const RunSummary& s) { addRun(whole, s); };
        QVERIFY(runExperiment(e, all).complete);
        QCOMPARE(whole.runs.size(), size_t(8));
        for (size_t i = 0; i < 8; ++i) QCOMPARE(whole.runs[i].index, i);
        {
            // What a real run costs in a project file (two tasks, MMoE's two gates of 2 experts).
            ProjectFile empty, one;
            one.experiments.push_back(whole);
            const double perRun =
                double(saveProjectToString(one).size() - saveProjectToString(empty).size()) / 8.0;
            qInfo("%.0f bytes per run in a project file", perRun);
            QVERIFY(perRun < 1000);
        }

        // Cancelled after the first run, kept in a record, saved and loaded, then resumed.
        ExperimentRecord part;
        part.entries = tinyGrid();
        part.cells = e.cellCount();
        std::atomic<bool> cancel{false};
        RunnerOptions first;
        first.workers = 1;
        first.cancel = &cancel;
        first.onRun = [&](const RunSummary& s) {
            addRun(part, s);
            cancel = true;
        };
        const RunnerResult r1 = runExperiment(e, first);
        QVERIFY(r1.cancelled);
        QVERIFY(!part.runs.empty() && part.runs.size() < 8);
        ProjectFile saved;
        saved.experiments.push_back(part);
        ExperimentRecord loaded = loadProjectFromString(saveProjectToString(saved)).experiments[0];

        QTemporaryDir dir;
        const std::string file = dir.filePath("resume.jsonl").toStdString();
        const Experiment again = parseExperiment(loaded.entries);
        writeResumeFile(file, again, loaded.runs);
        RunnerOptions rest;
        rest.workers = 2;
        rest.outPath = file;
        rest.onRun = [&](const RunSummary& s) { addRun(loaded, s); };
        const RunnerResult r2 = runExperiment(again, rest);
        QVERIFY(r2.complete);
        QCOMPARE(r2.skipped, part.runs.size());
        QVERIFY(loaded.complete());
        QCOMPARE(loaded.runs.size(), size_t(8));
        for (size_t i = 0; i < 8; ++i) {
            RunSummary a = whole.runs[i], b = loaded.runs[i];
            a.seconds = b.seconds = 0;
            QCOMPARE(toJson(b), toJson(a));
        }
        // A record of another grid is refused.
        Entries other = tinyGrid();
        other[1].second = "0.1,0.2";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 writeResumeFile(file, parseExperiment(other), loaded.runs));
    }

    void correlationFromDataLabel() {
        QCOMPARE(dataCorrelation("p=0.5 noise=0.01 n=200"), 0.5);
        QCOMPARE(dataCorrelation("p=-1 noise=0.01 n=200"), -1.0);
        QVERIFY(std::isnan(dataCorrelation("census group=1")));
        QVERIFY(std::isnan(dataCorrelation("csv=a.csv")));
    }
};

QTEST_APPLESS_MAIN(TestExperimentProject)
#include "tst_experiment_project.moc"
