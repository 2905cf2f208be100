// Classroom mode in project files (mtl::ClassroomSettings, ProjectFile class version 4): a round
// trip keeps the on/off state and the hidden group keys (unknown keys too, in order); files
// written before version 4 load with the mode off and the default groups; damaged or truncated
// classroom bytes fail with an ArchiveError (never a crash or another exception); a newer class
// version is refused.
#include <QtTest>
#include <random>

#include "graph/Templates.h"
#include "io/Archive.h"

using namespace mtl;

namespace {

ProjectFile lesson() {
    ProjectFile p;
    TemplateOptions o;
    o.schema = defaultSchema();
    p.graph = makeTemplate("mmoe", o);
    p.note = "lesson";
    p.classroom.enabled = true;
    p.classroom.hidden = {"palette", "optimizer", "from-a-newer-version"};
    return p;
}

QByteArray readFixture(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestProjectClassroom : public QObject {
    Q_OBJECT
private slots:
    void roundTrip() {
        const ProjectFile p = lesson();
        const ProjectFile q = loadProjectFromString(saveProjectToString(p));
        QVERIFY(q.classroom == p.classroom);
        QVERIFY(q.classroom.enabled);
        QCOMPARE(q.classroom.hidden.size(), size_t(3));
        QCOMPARE(q.classroom.hidden[2], std::string("from-a-newer-version"));
        QVERIFY(q.graph == p.graph);
        QCOMPARE(saveProjectToString(q), saveProjectToString(p));
        // Off with nothing hidden is kept as such (not replaced by the defaults).
        ProjectFile none = p;
        none.classroom.enabled = false;
        none.classroom.hidden.clear();
        const ProjectFile r = loadProjectFromString(saveProjectToString(none));
        QVERIFY(!r.classroom.enabled);
        QVERIFY(r.classroom.hidden.empty());
    }

    void defaults() {
        const ClassroomSettings d;
        QVERIFY(!d.enabled);
        QCOMPARE(d.hidden, ClassroomSettings::defaultHidden());
        QVERIFY(!d.hidden.empty());
    }

    void olderFilesLoadWithClassroomOff() {
        // Version 2 files of the fuzz corpus.
        for (const char* name :
             {"fuzz/corpus/project/one-run.mtlproj", "fuzz/corpus/project/empty.mtlproj"}) {
            const QString path = QFINDTESTDATA(name);
            QVERIFY2(!path.isEmpty(), name);
            const QByteArray bytes = readFixture(path);
            QVERIFY(!bytes.isEmpty());
            const ProjectFile p =
                loadProjectFromString(std::string(bytes.constData(), size_t(bytes.size())), name);
            QVERIFY(p.classroom == ClassroomSettings());
        }
        // Version 3 (experiments, no classroom): today's bytes without the classroom part and
        // with ProjectFile's class version set back to 3.
        ProjectFile p = lesson();
        p.classroom.hidden.clear();
        p.classroom.enabled = false;
        const std::string v4 = saveProjectToString(p);
        std::string payload = v4.substr(archive_detail::kHeaderSize);
        QCOMPARE(payload.substr(payload.size() - 9), std::string(9, '\0'));  // off, no keys
        payload.resize(payload.size() - 9);
        const size_t sig = payload.find("serialization::archive");
        QVERIFY(sig != std::string::npos);
        size_t at = std::string::npos;
        for (size_t i = sig + 22; i + 4 <= std::min(payload.size(), sig + 40); ++i)
            if (payload.compare(i, 4, std::string("\x04\0\0\0", 4)) == 0) {
                at = i;
                break;
            }
        QVERIFY(at != std::string::npos);
        payload[at] = 3;
        const ProjectFile q = loadProjectFromString(archive_detail::seal("proj", payload));
        QVERIFY(q.graph == p.graph);
        QCOMPARE(q.note, std::string("lesson"));
        QVERIFY(q.classroom == ClassroomSettings());  // the defaults, not what was cut off
        // A newer class version than this build reads is refused.
        std::string newer = v4.substr(archive_detail::kHeaderSize);
        newer[at] = 5;
        try {
            loadProjectFromString(archive_detail::seal("proj", newer));
            QFAIL("a newer project version loaded");
        } catch (const ArchiveError& e) {
            QVERIFY2(QString(e.what()).contains("newer version"), e.what());
        }
    }

    void hostileClassroomBytesFailCleanly() {
        const std::string bytes = saveProjectToString(lesson());
        const std::string payload = bytes.substr(archive_detail::kHeaderSize);
        // The classroom part is the payload's tail: flip bytes there.
        const size_t tail = 1 + 8 + (8 + 7) + (8 + 9) + (8 + 20);
        QVERIFY(payload.size() > tail);
        std::mt19937 rng(4);
        int refused = 0;
        for (int trial = 0; trial < 400; ++trial) {
            std::string p = payload;
            const int flips = 1 + static_cast<int>(rng() % 3);
            for (int k = 0; k < flips; ++k)
                p[payload.size() - 1 - rng() % tail] = static_cast<char>(rng());
            try {
                loadProjectFromString(archive_detail::seal("proj", p));
            } catch (const ArchiveError&) {
                ++refused;
            }
        }
        QVERIFY(refused > 0);
        // A bad boolean, a huge key count: refused before anything is allocated.
        {
            std::string p = payload;
            p[payload.size() - tail] = 7;
            QVERIFY_THROWS_EXCEPTION(ArchiveError,
                                     loadProjectFromString(archive_detail::seal("proj", p)));
            p = payload;
            for (int i = 0; i < 8; ++i) p[payload.size() - tail + 1 + i] = char(0x7f);
            QVERIFY_THROWS_EXCEPTION(ArchiveError,
                                     loadProjectFromString(archive_detail::seal("proj", p)));
        }
        // Truncated anywhere in the classroom part.
        for (size_t cut = payload.size() - 1; cut >= payload.size() - tail; --cut)
            QVERIFY_THROWS_EXCEPTION(ArchiveError, loadProjectFromString(archive_detail::seal(
                                                       "proj", payload.substr(0, cut))));
    }
};

QTEST_MAIN(TestProjectClassroom)
#include "tst_project_classroom.moc"
