// Project files (core/io/Archive.h: ProjectFile) and automatic layout (core/graph/Layout.h):
// every template survives a save/load unchanged; auto-layout puts every edge left to right and
// never stacks two nodes on the same spot; damaged or foreign files fail with clear messages.
#include <QtTest>

#include <set>

#include "graph/Layout.h"
#include "graph/Templates.h"
#include "io/Archive.h"

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

}  // namespace

class TestProject : public QObject {
    Q_OBJECT
private slots:
    void templateRoundTrip_data() {
        QTest::addColumn<QString>("key");
        for (const TemplateInfo& t : templateList()) QTest::newRow(t.key.c_str()) << QString::fromStdString(t.key);
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
        QVERIFY2(wrongKind.contains("is an MTL Studio graph file, not a project file"), qPrintable(wrongKind));
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
            QVERIFY2(g.node(e.to.node)->x >= g.node(e.from.node)->x + o.columnSpacing, g.node(e.to.node)->name.c_str());
        QVERIFY(g.validate().ok());
    }

    void layoutSurvivesCycles() {
        Graph g;
        const NodeId a = g.addNode("layer.dense"), b = g.addNode("layer.dense"), c = g.addNode("layer.dense");
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
