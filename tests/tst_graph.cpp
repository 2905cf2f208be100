// Graph validation: one test per error kind, each checking that the message names the node
// (and port); shape inference; registry; templates are valid.
#include <QtTest>

#include "graph/Graph.h"
#include "graph/Registry.h"
#include "graph/Templates.h"

using namespace mtl;

namespace {
// Input (10 numeric) -> experts(4 x 8) -> mixture <- softmax gate(4) ; mixture -> tower -> head.
struct Mmoe {
    Graph g;
    NodeId in, ex, gate, mix, tower, head;
    Mmoe() {
        in = g.addNode("input.features", "input");
        g.setParam(in, "numeric", ParamValue::ofInt(10));
        ex = g.addNode("experts.group", "experts");
        g.setParam(ex, "num_experts", ParamValue::ofInt(4));
        g.setParam(ex, "units", ParamValue::ofList({8}));
        gate = g.addNode("gate.softmax", "gate_a");
        g.setParam(gate, "num_experts", ParamValue::ofInt(4));
        mix = g.addNode("mixture", "mix_a");
        tower = g.addNode("layer.dense", "tower_a");
        g.setParam(tower, "units", ParamValue::ofList({4, 1}));
        g.setParam(tower, "output_activation", ParamValue::ofString("identity"));
        head = g.addNode("task.binary", "head_a");
        g.setParam(head, "task", ParamValue::ofString("a"));
        g.connect(in, "x", ex, "x");
        g.connect(in, "x", gate, "x");
        g.connect(ex, "experts", mix, "experts0");
        g.connect(gate, "weights", mix, "gate");
        g.connect(mix, "y", tower, "x");
        g.connect(tower, "y", head, "x");
    }
};

const Issue* findIssue(const ValidationResult& r, Issue::Kind k) {
    for (const Issue& i : r.issues)
        if (i.kind == k && i.severity == Issue::Severity::Error) return &i;
    return nullptr;
}
}  // namespace

class TestGraph : public QObject {
    Q_OBJECT
private slots:
    void validGraphInfersShapes() {
        Mmoe m;
        ValidationResult r = m.g.validate();
        QVERIFY2(r.ok(), r.summary().c_str());
        QCOMPARE(r.shapes.at(PortRef{m.ex, "experts"}).count, 4);
        QCOMPARE(r.shapes.at(PortRef{m.ex, "experts"}).dim, 8);
        QCOMPARE(r.shapes.at(PortRef{m.mix, "y"}).dim, 8);
        QCOMPARE(r.shapes.at(PortRef{m.tower, "y"}).dim, 1);
        QCOMPARE(static_cast<int>(r.order.size()), 6);
    }
    void cycle() {
        Mmoe m;
        // tower output back into a dense layer feeding the gate: mix -> tower -> d -> gate -> mix
        NodeId d = m.g.addNode("layer.dense", "loopback");
        m.g.disconnect(Edge{{m.in, "x"}, {m.gate, "x"}});
        m.g.connect(m.tower, "y", d, "x");
        m.g.connect(d, "y", m.gate, "x");
        ValidationResult r = m.g.validate();
        const Issue* i = findIssue(r, Issue::Kind::Cycle);
        QVERIFY2(i, r.summary().c_str());
        QVERIFY(r.order.empty());
        QVERIFY(QString::fromStdString(i->message).contains("cycle"));
        QVERIFY(QString::fromStdString(r.summary()).contains("'loopback'"));
    }
    void unconnectedRequiredInput() {
        Mmoe m;
        m.g.disconnect(Edge{{m.gate, "weights"}, {m.mix, "gate"}});
        ValidationResult r = m.g.validate();
        const Issue* i = findIssue(r, Issue::Kind::UnconnectedInput);
        QVERIFY2(i, r.summary().c_str());
        QCOMPARE(i->node, m.mix);
        QCOMPARE(QString::fromStdString(i->port), QString("gate"));
        QVERIFY(QString::fromStdString(i->message).contains("'mix_a'"));
        QVERIFY(QString::fromStdString(i->message).contains("'gate'"));
    }
    void dimensionMismatch() {
        Mmoe m;
        m.g.setParam(m.tower, "units", ParamValue::ofList({4, 3}));  // head needs width 1
        ValidationResult r = m.g.validate();
        const Issue* i = findIssue(r, Issue::Kind::DimensionMismatch);
        QVERIFY2(i, r.summary().c_str());
        QCOMPARE(i->node, m.head);
        QCOMPARE(QString::fromStdString(i->port), QString("x"));
        QVERIFY(QString::fromStdString(i->message).contains("'head_a'"));
        QVERIFY(QString::fromStdString(i->message).contains("3"));
    }
    void dimensionMismatchBetweenInputs() {
        Mmoe m;
        NodeId add = m.g.addNode("op.add", "sum");
        NodeId d = m.g.addNode("layer.dense", "narrow");
        m.g.setParam(d, "units", ParamValue::ofList({5}));
        m.g.connect(m.in, "x", d, "x");
        m.g.connect(m.mix, "y", add, "in0");
        m.g.connect(d, "y", add, "in1");
        ValidationResult r = m.g.validate();
        const Issue* i = findIssue(r, Issue::Kind::DimensionMismatch);
        QVERIFY2(i, r.summary().c_str());
        QCOMPARE(i->node, add);
        QCOMPARE(QString::fromStdString(i->port), QString("in1"));
    }
    void gateExpertCount() {
        Mmoe m;
        m.g.setParam(m.gate, "num_experts", ParamValue::ofInt(3));
        ValidationResult r = m.g.validate();
        const Issue* i = findIssue(r, Issue::Kind::GateExpertCount);
        QVERIFY2(i, r.summary().c_str());
        QCOMPARE(i->node, m.mix);
        QCOMPARE(QString::fromStdString(i->port), QString("gate"));
        QVERIFY(QString::fromStdString(i->message).contains("3"));
        QVERIFY(QString::fromStdString(i->message).contains("4"));
    }
    void noTaskHead() {
        Mmoe m;
        m.g.removeNode(m.head);
        ValidationResult r = m.g.validate();
        const Issue* i = findIssue(r, Issue::Kind::NoTaskHead);
        QVERIFY2(i, r.summary().c_str());
        QVERIFY(QString::fromStdString(i->message).contains("task head"));
    }
    void duplicateTaskNames() {
        Mmoe m;
        NodeId h2 = m.g.addNode("task.binary", "head_b");
        m.g.setParam(h2, "task", ParamValue::ofString("a"));
        m.g.connect(m.tower, "y", h2, "x");
        ValidationResult r = m.g.validate();
        const Issue* i = findIssue(r, Issue::Kind::DuplicateTaskName);
        QVERIFY2(i, r.summary().c_str());
        QCOMPARE(i->node, h2);
        QVERIFY(QString::fromStdString(i->message).contains("'head_b'"));
        QVERIFY(QString::fromStdString(i->message).contains("'head_a'"));
    }
    void portKindMismatch() {
        Mmoe m;
        m.g.disconnect(Edge{{m.mix, "y"}, {m.tower, "x"}});
        m.g.connect(m.ex, "experts", m.tower, "x");  // experts where features are expected
        ValidationResult r = m.g.validate();
        const Issue* i = findIssue(r, Issue::Kind::PortKindMismatch);
        QVERIFY2(i, r.summary().c_str());
        QCOMPARE(i->node, m.tower);
        QVERIFY(QString::fromStdString(i->message).contains("experts"));
    }
    void oneEdgePerInput() {
        Mmoe m;
        NodeId d = m.g.addNode("layer.dense", "other");
        m.g.connect(m.in, "x", d, "x");
        m.g.setParam(d, "units", ParamValue::ofList({1}));
        m.g.connect(d, "y", m.head, "x");
        ValidationResult r = m.g.validate();
        const Issue* i = findIssue(r, Issue::Kind::MultipleEdges);
        QVERIFY2(i, r.summary().c_str());
        QCOMPARE(i->node, m.head);
        QCOMPARE(QString::fromStdString(i->port), QString("x"));
    }
    void badParameter() {
        Mmoe m;
        m.g.setParam(m.ex, "num_experts", ParamValue::ofInt(0));
        ValidationResult r = m.g.validate();
        const Issue* i = findIssue(r, Issue::Kind::BadParam);
        QVERIFY2(i, r.summary().c_str());
        QCOMPARE(i->node, m.ex);
        QVERIFY(QString::fromStdString(i->message).contains("num_experts"));
        m.g.setParam(m.ex, "num_experts", ParamValue::ofInt(4));
        m.g.setParam(m.tower, "activation", ParamValue::ofString("swish"));
        r = m.g.validate();
        QVERIFY(findIssue(r, Issue::Kind::BadParam));
        m.g.setParam(m.tower, "activation", ParamValue::ofString("relu"));
        m.g.setParam(m.tower, "unitz",
                     ParamValue::ofList({4}));  // misspelt: must not pass silently
        r = m.g.validate();
        const Issue* u = findIssue(r, Issue::Kind::BadParam);
        QVERIFY2(u, r.summary().c_str());
        QVERIFY(QString::fromStdString(u->message).contains("'unitz'"));
    }
    void unknownTypeAndPort() {
        Mmoe m;
        Node n;
        n.type = "layer.nonexistent";
        n.name = "ghost";
        m.g.insertNode(n);
        m.g.connect(m.in, "x", m.tower, "nope");
        ValidationResult r = m.g.validate();
        QVERIFY(findIssue(r, Issue::Kind::UnknownType));
        const Issue* p = findIssue(r, Issue::Kind::UnknownPort);
        QVERIFY2(p, r.summary().c_str());
        QCOMPARE(QString::fromStdString(p->port), QString("nope"));
    }
    void dynamicPortsFollowParams() {
        const NodeType* t = Registry::instance().find("mixture");
        QVERIFY(t);
        Graph g;
        NodeId id = g.addNode("mixture");
        g.setParam(id, "inputs", ParamValue::ofInt(3));
        PortList pl = t->ports(*g.node(id));
        QCOMPARE(static_cast<int>(pl.inputs.size()), 4);
        QCOMPARE(QString::fromStdString(pl.inputs[2].name), QString("experts2"));
    }
    void registryKeysAreStableAndDescribed() {
        const Registry& r = Registry::instance();
        const QStringList expected = {"input.features", "layer.dense", "experts.group",
                                      "op.concat",      "op.add",      "op.multiply",
                                      "gate.softmax",   "mixture",     "gate.topk",
                                      "gate.dselect",   "ple.cgc",     "sharing.cross_stitch",
                                      "sharing.l2",     "task.binary", "task.regression"};
        for (const QString& k : expected) {
            const NodeType* t = r.find(k.toStdString());
            QVERIFY2(t, qPrintable("missing node type " + k));
            QVERIFY(!t->description.empty());
            QVERIFY(!t->category.empty());
            for (const ParamSpec& p : t->params)
                QVERIFY2(!p.help.empty(), qPrintable(k + "." + QString::fromStdString(p.key)));
        }
    }
    void everyTemplateIsValid_data() {
        QTest::addColumn<QString>("key");
        for (const TemplateInfo& t : templateList())
            QTest::newRow(t.key.c_str()) << QString::fromStdString(t.key);
    }
    void everyTemplateIsValid() {
        QFETCH(QString, key);
        TemplateOptions o;
        o.schema = defaultSchema();
        o.schema.tasks = {{"a", TaskKind::Binary}, {"b", TaskKind::Binary}};
        Graph g = makeTemplate(key.toStdString(), o);
        ValidationResult r = g.validate();
        QVERIFY2(r.ok(), r.summary().c_str());
        // No warnings either: every block's output is used.
        QVERIFY2(r.issues.empty(), r.summary().c_str());
    }
};

QTEST_APPLESS_MAIN(TestGraph)
#include "tst_graph.moc"
