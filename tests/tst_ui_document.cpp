// The editor's model (ui/editor/GraphDocument): every edit is one undo step that changes the core
// graph, value drags merge, refused edits change nothing, and the views hear about each change.
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include "editor/GraphDocument.h"
#include "graph/Templates.h"

using namespace mtl;
using mtl::ui::GraphDocument;

class TestDocument : public QObject {
    Q_OBJECT
private slots:
    void addUndoRedo() {
        GraphDocument doc;
        QSignalSpy added(&doc, &GraphDocument::nodeAdded),
            removed(&doc, &GraphDocument::nodeRemoved);
        const NodeId id = doc.addNode("layer.dense", QPointF(10, 20));
        QVERIFY(id > 0);
        QCOMPARE(doc.graph().nodes().size(), size_t(1));
        QCOMPARE(doc.graph().node(id)->x, 10.0);
        QCOMPARE(added.count(), 1);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(doc.graph().nodes().empty());
        QCOMPARE(removed.count(), 1);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(doc.graph().node(id));  // the same id comes back
        QCOMPARE(doc.addNode("no.such.type", {}), -1);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void connectAndRefuse() {
        GraphDocument doc;
        const NodeId in = doc.addNode("input.features", {});
        const NodeId a = doc.addNode("layer.dense", {});
        const NodeId b = doc.addNode("layer.dense", {});
        const NodeId ex = doc.addNode("experts.group", {});
        const NodeId mix = doc.addNode("mixture", {});
        QString why;
        QVERIFY(doc.connectPorts({in, "x"}, {a, "x"}, &why));
        QVERIFY(doc.connectPorts({a, "y"}, {b, "x"}, &why));
        // Kind mismatch: features into an experts input, with both ports named.
        QVERIFY(!doc.connectPorts({a, "y"}, {mix, "experts0"}, &why));
        QVERIFY2(why.contains("features") && why.contains("experts0") && why.contains("experts"),
                 qPrintable(why));
        // A cycle and a self-loop are refused.
        QVERIFY(!doc.connectPorts({b, "y"}, {a, "x"}, &why));
        QVERIFY2(why.contains("cycle"), qPrintable(why));
        QVERIFY(!doc.connectPorts({a, "y"}, {a, "x"}, &why));
        // An input takes one edge: connecting again replaces the old edge in one step.
        const int steps = doc.undoStack()->count();
        QVERIFY(doc.connectPorts({in, "x"}, {b, "x"}, &why));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.graph().edgesInto(b).size(), size_t(1));
        QCOMPARE(doc.graph().edgesInto(b).front().from.node, in);
        doc.undoStack()->undo();
        QCOMPARE(doc.graph().edgesInto(b).front().from.node, a);
        QVERIFY2(doc.connectPorts({ex, "experts"}, {mix, "experts0"}, &why), qPrintable(why));
    }

    void paramsAreCheckedAndValueDragsMerge() {
        GraphDocument doc;
        const NodeId ex = doc.addNode("experts.group", {});
        const int base = doc.undoStack()->count();
        QString why;
        QVERIFY(!doc.setParam(ex, "num_experts", ParamValue::ofInt(0), &why));
        QVERIFY2(why.contains("between"), qPrintable(why));
        QVERIFY(!doc.setParam(ex, "num_experts", ParamValue::ofReal(3.0), &why));
        QVERIFY(!doc.setParam(ex, "no_such_param", ParamValue::ofInt(3), &why));
        QCOMPARE(doc.undoStack()->count(), base);
        for (int v : {5, 6, 7})
            QVERIFY(doc.setParam(ex, "num_experts", ParamValue::ofInt(v), &why, 42));
        QCOMPARE(doc.undoStack()->count(), base + 1);  // one drag, one step
        doc.endMerge();
        QVERIFY(doc.setParam(ex, "num_experts", ParamValue::ofInt(9), &why, 42));
        QCOMPARE(doc.undoStack()->count(), base + 2);
        doc.undoStack()->undo();
        QCOMPARE(doc.graph().node(ex)->getInt("num_experts"), 7LL);
        doc.undoStack()->undo();
        QCOMPARE(doc.graph().node(ex)->getInt("num_experts"), 8LL);
    }

    void fewerPortsDropTheirEdges() {
        GraphDocument doc;
        const NodeId a = doc.addNode("layer.dense", {}), b = doc.addNode("layer.dense", {});
        const NodeId cat = doc.addNode("op.concat", {});
        QVERIFY(doc.setParam(cat, "inputs", ParamValue::ofInt(3)));
        QVERIFY(doc.connectPorts({a, "y"}, {cat, "in0"}));
        QVERIFY(doc.connectPorts({b, "y"}, {cat, "in2"}));
        QVERIFY(doc.setParam(cat, "inputs", ParamValue::ofInt(2)));
        QCOMPARE(doc.graph().edgesInto(cat).size(), size_t(1));  // in2 is gone, and its edge
        doc.undoStack()->undo();
        QCOMPARE(doc.graph().edgesInto(cat).size(), size_t(2));
    }

    void renameMoveCopyPaste() {
        GraphDocument doc;
        TemplateOptions o;
        o.schema = defaultSchema();
        doc.reset(makeTemplate("mmoe", o));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
        const NodeId ex = doc.graph().findByName("experts")->id;
        const NodeId input = doc.graph().findByName("input")->id;
        QString why;
        QVERIFY(!doc.renameNode(ex, "input", &why));
        QVERIFY(why.contains("input"));
        QVERIFY(!doc.renameNode(ex, "  ", &why));
        QVERIFY(doc.renameNode(ex, "my experts", &why));
        QCOMPARE(doc.graph().node(ex)->name, std::string("my experts"));

        QSignalSpy moved(&doc, &GraphDocument::nodeMoved);
        const double x0 = doc.graph().node(ex)->x;
        doc.nodesMoved({{ex, QPointF(x0, 0)}}, {{ex, QPointF(x0 + 100, 5)}});
        QCOMPARE(doc.graph().node(ex)->x, x0 + 100);
        QCOMPARE(moved.count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.graph().node(ex)->x, x0);

        // Copy input + experts: the edge between them comes along; pasted names are unique.
        const Graph frag = doc.fragment({input, ex});
        QCOMPARE(frag.nodes().size(), size_t(2));
        QCOMPARE(frag.edges().size(), size_t(1));
        const size_t before = doc.graph().nodes().size();
        const QList<NodeId> pasted = doc.paste(frag, QPointF(40, 40));
        QCOMPARE(pasted.size(), 2);
        QCOMPARE(doc.graph().nodes().size(), before + 2);
        QCOMPARE(doc.graph().edgesFrom(pasted[0]).size(), size_t(1));
        QVERIFY(doc.graph().node(pasted[0])->name != "input");
        QCOMPARE(doc.graph().node(pasted[0])->x, doc.graph().node(input)->x + 40);
        doc.undoStack()->undo();
        QCOMPARE(doc.graph().nodes().size(), before);
    }

    void templatesAndLayoutAreUndoable() {
        GraphDocument doc;
        QSignalSpy reset(&doc, &GraphDocument::graphReset),
            validated(&doc, &GraphDocument::validationChanged);
        TemplateOptions o;
        o.schema = defaultSchema();
        doc.replaceGraph(makeTemplate("ple", o), "PLE");
        QVERIFY(doc.validation().ok());
        QVERIFY(doc.validation().issues.empty());
        QVERIFY(validated.count() >= 1);
        const Graph ple = doc.graph();
        doc.autoLayout();
        QVERIFY(!(doc.graph() == ple));
        QVERIFY(doc.graph().edges() == ple.edges());
        doc.undoStack()->undo();
        QVERIFY(doc.graph() == ple);
        doc.undoStack()->undo();
        QVERIFY(doc.graph().nodes().empty());
        QCOMPARE(reset.count(), 0);  // undo/redo reach the views as fine-grained signals
    }

    void validationFollowsEdits() {
        GraphDocument doc;
        TemplateOptions o;
        o.schema = defaultSchema();
        doc.reset(makeTemplate("mmoe", o));
        QVERIFY(doc.validation().ok());
        const Edge e = doc.graph().edges().front();
        doc.removeEdges({e});
        QVERIFY(!doc.validation().ok());
        bool named = false;
        for (const Issue& i : doc.validation().issues)
            named |= i.node == e.to.node && i.kind == Issue::Kind::UnconnectedInput;
        QVERIFY(named);
        doc.undoStack()->undo();
        QVERIFY(doc.validation().ok());
    }
};

QTEST_MAIN(TestDocument)
#include "tst_ui_document.moc"
