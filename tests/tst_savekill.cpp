// Crash safety of saving: a child process (this executable, re-invoked with --save-loop) saves a
// model (core: saveModelFile) or a project (GUI: writeProject, QSaveFile) over an existing file
// again and again, alternating two versions A and B, and is killed with SIGKILL at random
// moments. After every kill the file on disk must be a complete A or B (it loads, its checksums
// pass, its contents equal one of the two), and after the next successful save no temporary file
// may be left beside it. 50 kills per kind; the delays are drawn from a fixed seed.
#include <sys/types.h>

#include <QtTest>
#include <csignal>
#include <fstream>
#include <random>

#include "app/ProjectIO.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "nn/Model.h"

using namespace mtl;

namespace {

constexpr int kKillsPerKind = 50;

ProjectFile projectOf(const ModelFile& m, const char* runName) {
    ProjectFile p;
    p.graph = m.graph;
    p.schema = m.schema;
    p.note = m.note;
    RunRecord r;
    r.name = runName;
    r.graph = m.graph;
    r.schema = m.schema;
    r.weights = m.weights;
    p.runs.push_back(r);
    return p;
}

// Version 0 (A) or 1 (B) of the saved model: a compiled MMoE on the synthetic layout (about
// 0.9 MB of weights, so that a save takes a few milliseconds and kills land inside it); B has
// every weight shifted by one and another note. Built once per process.
const ModelFile& makeModel(int version) {
    static const ModelFile a = [] {
        TemplateOptions o;
        o.schema = defaultSchema();
        o.experts = 8;
        o.expertUnits = {256};
        const Graph g = makeTemplate("mmoe", o);
        std::unique_ptr<Model> m = Model::compile(g, o.schema, 7);
        ModelFile f = captureModel(*m, nullptr, TrainConfig());
        f.note = "version A";
        return f;
    }();
    static const ModelFile b = [] {
        ModelFile f = a;
        f.note = "version B";
        for (auto& w : f.weights) w.second.array() += Real(1);
        return f;
    }();
    return version == 0 ? a : b;
}

const ProjectFile& makeProject(int version) {
    static const ProjectFile projects[2] = {[] { return projectOf(makeModel(0), "Run A"); }(),
                                            [] { return projectOf(makeModel(1), "Run B"); }()};
    return projects[version];
}

bool sameWeights(const std::vector<std::pair<std::string, Mat>>& a,
                 const std::vector<std::pair<std::string, Mat>>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].first != b[i].first || a[i].second.rows() != b[i].second.rows() ||
            a[i].second.cols() != b[i].second.cols() || a[i].second != b[i].second)
            return false;
    return true;
}

// Which version the file holds: 0 or 1, or -1 (with *error set) if it is neither.
int modelVersionOnDisk(const QString& path, QString* error) {
    try {
        const ModelFile f = loadModelFile(path.toStdString());
        for (int v : {0, 1}) {
            const ModelFile& want = makeModel(v);
            if (f.note == want.note && f.graph == want.graph &&
                sameWeights(f.weights, want.weights))
                return v;
        }
        *error = QStringLiteral("the model loads but is neither version A nor B");
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
    }
    return -1;
}

int projectVersionOnDisk(const QString& path, QString* error) {
    ProjectFile f;
    if (!ui::readProject(path, f, error)) return -1;
    for (int v : {0, 1}) {
        const ProjectFile& want = makeProject(v);
        if (f.note == want.note && f.graph == want.graph && f.runs.size() == 1 &&
            f.runs[0].name == want.runs[0].name &&
            sameWeights(f.runs[0].weights, want.runs[0].weights))
            return v;
    }
    *error = QStringLiteral("the project loads but is neither version A nor B");
    return -1;
}

bool save(bool project, const QString& path, int version, QString* error) {
    // MTL_SAVEKILL_IN_PLACE=1 (a manual check that this test can fail): the child writes the
    // model straight over the file instead of calling the save API; the test must then report a
    // truncated file.
    static const bool inPlace = qEnvironmentVariableIntValue("MTL_SAVEKILL_IN_PLACE") == 1;
    if (project) return ui::writeProject(path, makeProject(version), error);
    if (inPlace) {
        const std::string bytes = saveModelToString(makeModel(version));
        std::ofstream(path.toStdString(), std::ios::binary | std::ios::trunc) << bytes;
        return true;
    }
    try {
        saveModelFile(path.toStdString(), makeModel(version));
        return true;
    } catch (const std::exception& e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
}

// The child: prints "ready" once both versions are built, then saves A, B, A, ... until killed
// (or for 60 s at most, should the parent be gone).
int saveLoop(const QString& kind, const QString& path) {
    const bool project = kind == QLatin1String("project");
    if (project) {
        makeProject(0);
        makeProject(1);
    } else {
        makeModel(0);
        makeModel(1);
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    QElapsedTimer t;
    t.start();
    for (int i = 0; t.elapsed() < 60000; ++i) {
        QString error;
        if (!save(project, path, i % 2, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

}  // namespace

class TestSaveKill : public QObject {
    Q_OBJECT
private slots:
    void killedSavesLeaveAWholeFile_data() {
        QTest::addColumn<bool>("project");
        QTest::newRow("model (saveModelFile)") << false;
        QTest::newRow("project (writeProject)") << true;
    }
    void killedSavesLeaveAWholeFile() {
        QFETCH(bool, project);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString name = project ? QStringLiteral("p.mtlproj") : QStringLiteral("m.mtl");
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(save(project, path, 0, &error), qPrintable(error));

        std::mt19937 rng(project ? 2 : 1);
        std::uniform_int_distribution<int> delayUs(0, 30000);
        int seen[2] = {0, 0}, leftovers = 0;
        for (int kill = 0; kill < kKillsPerKind; ++kill) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--save-loop"),
                         project ? QStringLiteral("project") : QStringLiteral("model"), path});
            QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
            QVERIFY2(child.waitForReadyRead(20000), "the child never got ready");
            QCOMPARE(child.readLine().trimmed(), QByteArray("ready"));
            QThread::usleep(static_cast<unsigned long>(delayUs(rng)));
            QCOMPARE(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);  // killed, not failed

            const int v =
                project ? projectVersionOnDisk(path, &error) : modelVersionOnDisk(path, &error);
            QVERIFY2(v >= 0, qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(error)));
            ++seen[v];
            if (QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() > 1) ++leftovers;

            // The next successful save leaves the file alone in its folder.
            QVERIFY2(save(project, path, kill % 2, &error), qPrintable(error));
            const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
            QVERIFY2(files == QStringList{name},
                     qPrintable(QStringLiteral("after kill %1 and a save: %2")
                                    .arg(kill)
                                    .arg(files.join(QLatin1String(", ")))));
        }
        qInfo(
            "%d kills: the file held version A %d times and B %d times; %d kills left a "
            "temporary file (killed mid-save)",
            kKillsPerKind, seen[0], seen[1], leftovers);
        QVERIFY(seen[0] > 0 && seen[1] > 0);  // the kills did land between saves of both kinds
    }
};

int main(int argc, char** argv) {
    if (argc == 4 && qstrcmp(argv[1], "--save-loop") == 0) {
        QCoreApplication app(argc, argv);
        return saveLoop(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestSaveKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_savekill.moc"
