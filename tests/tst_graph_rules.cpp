// Rules for graphs built by hand: warnings for wiring that is valid but almost surely a mistake
// (a ReLU in front of a task head; a task's prediction feeding a gate, experts or another task's
// tower), and the defaults fitted to blocks as they are added and wired (input widths from the
// data, unique task names, a Dense block before a head ending in one unit, gates weighing as many
// experts as their mixture mixes).
#include <QtTest>
#include <string>

#include "data/DataSpec.h"
#include "graph/Defaults.h"
#include "graph/Graph.h"
#include "graph/Registry.h"
#include "graph/Templates.h"

using namespace mtl;

namespace {

// Input (10 numeric) -> experts(4 x 8) -> mixture <- softmax gate(4); mixture -> tower -> head,
// for two tasks a and b.
struct TwoTasks {
    Graph g;
    NodeId in, ex, gate[2], mix[2], tower[2], head[2];
    TwoTasks() {
        in = g.addNode("input.features", "input");
        g.setParam(in, "numeric", ParamValue::ofInt(10));
        ex = g.addNode("experts.group", "experts");
        g.setParam(ex, "num_experts", ParamValue::ofInt(4));
        g.setParam(ex, "units", ParamValue::ofList({8}));
        g.connect(in, "x", ex, "x");
        for (int t = 0; t < 2; ++t) {
            const std::string k = t ? "b" : "a";
            gate[t] = g.addNode("gate.softmax", "gate_" + k);
            g.setParam(gate[t], "num_experts", ParamValue::ofInt(4));
            mix[t] = g.addNode("mixture", "mix_" + k);
            tower[t] = g.addNode("layer.dense", "tower_" + k);
            g.setParam(tower[t], "units", ParamValue::ofList({4, 1}));
            g.setParam(tower[t], "output_activation", ParamValue::ofString("identity"));
            head[t] = g.addNode("task.binary", "head_" + k);
            g.setParam(head[t], "task", ParamValue::ofString(k));
            g.connect(in, "x", gate[t], "x");
            g.connect(ex, "experts", mix[t], "experts0");
            g.connect(gate[t], "weights", mix[t], "gate");
            g.connect(mix[t], "y", tower[t], "x");
            g.connect(tower[t], "y", head[t], "x");
        }
    }
};

// The warnings of kind `kind` (by its stable name) on node `id`.
std::vector<Issue> warnings(const Graph& g, const char* kind, NodeId id) {
    std::vector<Issue> out;
    for (const Issue& i : g.validate().issues)
        if (i.severity == Issue::Severity::Warning && i.node == id &&
            std::string(issueKindName(i.kind)) == kind)
            out.push_back(i);
    return out;
}

int countKind(const Graph& g, const char* kind) {
    int n = 0;
    for (const Issue& i : g.validate().issues) n += std::string(issueKindName(i.kind)) == kind;
    return n;
}

}  // namespace

class TestGraphRules : public QObject {
    Q_OBJECT
private slots:
    void cleanGraphHasNoWarnings() {
        TwoTasks m;
        const ValidationResult r = m.g.validate();
        QVERIFY2(r.issues.empty(), r.summary().c_str());
    }

    void reluBeforeHeadIsWarned() {
        TwoTasks m;
        m.g.setParam(m.tower[0], "output_activation", ParamValue::ofString("relu"));
        const ValidationResult r = m.g.validate();
        QVERIFY(r.ok());  // valid, but...
        const auto w = warnings(m.g, "activation-before-head", m.head[0]);
        QCOMPARE(w.size(), size_t(1));
        QCOMPARE(w[0].port, std::string("x"));
        QVERIFY2(w[0].message.find("ReLU in 'tower_a'") != std::string::npos, w[0].message.c_str());
        QCOMPARE(w[0].detail.args, (std::vector<std::string>{"tower_a"}));
        QVERIFY(warnings(m.g, "activation-before-head", m.head[1]).empty());
        // Other activations are left alone (sigmoid or tanh may be meant).
        m.g.setParam(m.tower[0], "output_activation", ParamValue::ofString("tanh"));
        QCOMPARE(countKind(m.g, "activation-before-head"), 0);
    }

    void predictionIntoAnotherTasksGateIsWarned() {
        TwoTasks m;
        // Task a's prediction wired into task b's gate: valid shapes, almost surely a mistake.
        m.g.disconnect({{m.in, "x"}, {m.gate[1], "x"}});
        m.g.connect(m.head[0], "p", m.gate[1], "x");
        QVERIFY(m.g.validate().ok());
        const auto w = warnings(m.g, "prediction-as-input", m.gate[1]);
        QCOMPARE(w.size(), size_t(1));
        QCOMPARE(w[0].port, std::string("x"));
        QCOMPARE(w[0].detail.args, (std::vector<std::string>{"a"}));
        QCOMPARE(countKind(m.g, "prediction-as-input"), 1);
    }

    void predictionIntoExpertsOrTowerIsWarned() {
        TwoTasks m;
        const NodeId ex2 = m.g.addNode("experts.group", "more_experts");
        m.g.connect(m.head[0], "p", ex2, "x");
        const NodeId tower = m.g.addNode("layer.dense", "tower_c");
        m.g.connect(m.head[1], "p", tower, "x");
        QCOMPARE(warnings(m.g, "prediction-as-input", ex2).size(), size_t(1));
        QCOMPARE(warnings(m.g, "prediction-as-input", tower).size(), size_t(1));
        // A head reading another head's probability as a logit, too.
        const NodeId h = m.g.addNode("task.binary", "head_c");
        m.g.setParam(h, "task", ParamValue::ofString("c"));
        m.g.connect(m.head[0], "p", h, "x");
        QCOMPARE(warnings(m.g, "prediction-as-input", h).size(), size_t(1));
    }

    void esmmProductIsLegal() {
        // ESMM: pCTCVR = pCTR x pCVR through a Multiply block into a head taking a probability.
        TwoTasks m;
        const NodeId mul = m.g.addNode("op.multiply", "product");
        m.g.connect(m.head[0], "p", mul, "in0");
        m.g.connect(m.head[1], "p", mul, "in1");
        const NodeId joint = m.g.addNode("task.binary", "joint");
        m.g.setParam(joint, "task", ParamValue::ofString("ab"));
        m.g.setParam(joint, "from_probability", ParamValue::ofBool(true));
        m.g.connect(mul, "y", joint, "x");
        const ValidationResult r = m.g.validate();
        QVERIFY2(r.issues.empty(), r.summary().c_str());
        // A head taking a probability straight from another head is legal too.
        m.g.disconnect({{mul, "y"}, {joint, "x"}});
        m.g.connect(m.head[0], "p", joint, "x");
        QCOMPARE(countKind(m.g, "prediction-as-input"), 0);
    }

    void templatesHaveNoWiringWarnings() {
        for (const TemplateInfo& t : templateList()) {
            TemplateOptions o;
            o.schema = templateSchema(t.key, defaultSchema());
            const Graph g = makeTemplate(t.key, o);
            for (const Issue& i : g.validate().issues)
                QVERIFY2(false, (t.key + ": " + i.message).c_str());
        }
    }

    // ---- new API (graph/Defaults.h, DataSpec schema) ----

    void newInputReadsTheData() {
        DataSchema s;
        s.numericNames = {"a", "b", "c"};
        s.categoricalNames = {"f", "g"};
        s.cardinalities = {5, 7};
        Graph g;
        const NodeId in = g.addNode("input.features");
        fitNewNode(g, in, &s);
        QCOMPARE(g.node(in)->getInt("numeric"), 3LL);
        QCOMPARE(g.node(in)->getList("categories"), (std::vector<int>{5, 7}));
        QVERIFY(g.validate().shapes.at({in, "x"}).dim == 15);
        // Without data the block stays unbound and says where its widths come from.
        const NodeId bare = g.addNode("input.features");
        fitNewNode(g, bare, nullptr);
        QCOMPARE(g.node(bare)->getInt("numeric"), 0LL);
        bool said = false;
        for (const Issue& i : g.validate().issues)
            said |= i.node == bare && i.detail.text.find("Data dock") != std::string::npos;
        QVERIFY(said);
        // Rebinding: only blocks whose widths differ change.
        s.cardinalities = {5, 8};
        QCOMPARE(bindInputs(g, s), (std::vector<NodeId>{in, bare}));
        QCOMPARE(g.node(in)->getList("categories"), (std::vector<int>{5, 8}));
        QVERIFY(bindInputs(g, s).empty());
    }

    void newHeadsGetFreeTaskNames() {
        Graph g;
        auto add = [&](const char* type, const DataSchema* s) {
            const NodeId id = g.addNode(type);
            fitNewNode(g, id, s);
            return g.node(id);
        };
        // No data: task1, task2, ... and the block is named after its task.
        QCOMPARE(add("task.regression", nullptr)->getString("task"), std::string("task1"));
        const Node* second = add("task.binary", nullptr);
        QCOMPARE(second->getString("task"), std::string("task2"));
        QCOMPARE(second->name, std::string("task2"));
        for (const Issue& i : g.validate().issues)
            QVERIFY(i.kind != Issue::Kind::DuplicateTaskName);

        // Data with tasks: its tasks of the head's kind first, then any free one.
        Graph h;
        g = h;
        DataSchema s;
        s.tasks = {{"income", TaskKind::Binary},
                   {"age", TaskKind::Regression},
                   {"marital", TaskKind::Binary}};
        QCOMPARE(add("task.binary", &s)->getString("task"), std::string("income"));
        QCOMPARE(add("task.binary", &s)->getString("task"), std::string("marital"));
        QCOMPARE(add("task.binary", &s)->getString("task"), std::string("age"));
        QCOMPARE(add("task.binary", &s)->getString("task"), std::string("task1"));
        // A block already called like the task keeps its name; the head gets a unique one.
        Graph k;
        g = k;
        g.addNode("layer.dense", "income");
        const Node* head = add("task.binary", &s);
        QCOMPARE(head->getString("task"), std::string("income"));
        QCOMPARE(head->name, std::string("binary"));
    }

    void denseWiredToHeadEndsInOneUnit() {
        Graph g;
        const NodeId in = g.addNode("input.features");
        g.setParam(in, "numeric", ParamValue::ofInt(5));
        const NodeId d = g.addNode("layer.dense");
        const NodeId h = g.addNode("task.regression");
        g.connect(in, "x", d, "x");
        QVERIFY(fitConnection(g, {{in, "x"}, {d, "x"}}).empty());
        g.connect(d, "y", h, "x");
        const std::vector<Text> notes = fitConnection(g, {{d, "y"}, {h, "x"}});
        QCOMPARE(notes.size(), size_t(1));
        QCOMPARE(notes[0].args, (std::vector<std::string>{"dense", "regression"}));
        QCOMPARE(g.node(d)->getList("units"), (std::vector<int>{64, 1}));
        QCOMPARE(g.node(d)->getString("output_activation"), std::string("identity"));
        QVERIFY2(g.validate().ok(), g.validate().summary().c_str());
        // Already one unit: left as it is (the ReLU warning tells about the activation).
        QVERIFY(fitConnection(g, {{d, "y"}, {h, "x"}}).empty());
        // A Dense block that also feeds something else (a shared bottom) is not changed.
        const NodeId bottom = g.addNode("layer.dense", "bottom");
        const NodeId other = g.addNode("layer.dense", "other");
        g.connect(in, "x", bottom, "x");
        g.connect(bottom, "y", other, "x");
        const NodeId h2 = g.addNode("task.regression");
        g.connect(bottom, "y", h2, "x");
        QVERIFY(fitConnection(g, {{bottom, "y"}, {h2, "x"}}).empty());
        QCOMPARE(g.node(bottom)->getList("units"), (std::vector<int>{64}));
    }

    void gateFollowsItsMixture() {
        TwoTasks m;
        // The expert group grows to 6: both gates follow.
        m.g.setParam(m.ex, "num_experts", ParamValue::ofInt(6));
        QCOMPARE(countKind(m.g, "gate-expert-count"), 2);
        QCOMPARE(fitGateCounts(m.g).size(), size_t(2));
        QCOMPARE(m.g.node(m.gate[0])->getInt("num_experts"), 6LL);
        QCOMPARE(m.g.node(m.gate[1])->getInt("num_experts"), 6LL);
        QVERIFY2(m.g.validate().issues.empty(), m.g.validate().summary().c_str());
        QVERIFY(fitGateCounts(m.g).empty());

        // A Top-k gate wired to a mixture of 1 expert: num_experts 1 and k lowered to 1.
        Graph g;
        const NodeId in = g.addNode("input.features");
        g.setParam(in, "numeric", ParamValue::ofInt(3));
        const NodeId ex = g.addNode("experts.group");
        g.setParam(ex, "num_experts", ParamValue::ofInt(1));
        const NodeId gate = g.addNode("gate.topk");
        const NodeId mix = g.addNode("mixture");
        g.connect(in, "x", ex, "x");
        g.connect(in, "x", gate, "x");
        g.connect(ex, "experts", mix, "experts0");
        g.connect(gate, "weights", mix, "gate");
        QCOMPARE(fitConnection(g, {{gate, "weights"}, {mix, "gate"}}).size(), size_t(1));
        QCOMPARE(g.node(gate)->getInt("num_experts"), 1LL);
        QCOMPARE(g.node(gate)->getInt("k"), 1LL);

        // A gate shared by mixtures of different sizes is left for the user to sort out.
        const NodeId ex2 = g.addNode("experts.group");
        const NodeId mix2 = g.addNode("mixture");
        g.connect(in, "x", ex2, "x");
        g.connect(ex2, "experts", mix2, "experts0");
        g.connect(gate, "weights", mix2, "gate");
        QVERIFY(fitGateCounts(g).empty());
        QCOMPARE(g.node(gate)->getInt("num_experts"), 1LL);
    }

    void blocksGrowAnInput() {
        TwoTasks m;
        // The mixture's only expert input is taken: a second one appears.
        const auto port = growInput(m.g, m.mix[0], PortKind::Experts);
        QVERIFY(port);
        QCOMPARE(port->port, std::string("experts1"));
        QCOMPARE(m.g.node(m.mix[0])->getInt("inputs"), 2LL);
        // Now one is free: no growth. Its gate input is not grown either.
        QVERIFY(!growInput(m.g, m.mix[0], PortKind::Experts));
        m.g.connect(m.ex, "experts", m.mix[0], "experts1");
        QVERIFY(!growInput(m.g, m.mix[0], PortKind::Gate));
        QCOMPARE(m.g.node(m.mix[0])->getInt("inputs"), 2LL);
        // The gate follows: 4 + 4 experts.
        QCOMPARE(fitConnection(m.g, {{m.ex, "experts"}, {m.mix[0], "experts1"}}).size(), size_t(1));
        QCOMPARE(m.g.node(m.gate[0])->getInt("num_experts"), 8LL);
        QVERIFY2(m.g.validate().ok(), m.g.validate().summary().c_str());
        // Multiply grows in2 once in0 and in1 are taken; a Dense block has no "inputs".
        const NodeId mul = m.g.addNode("op.multiply");
        m.g.connect(m.head[0], "p", mul, "in0");
        QVERIFY(!growInput(m.g, mul, PortKind::Features));
        m.g.connect(m.head[1], "p", mul, "in1");
        QCOMPARE(growInput(m.g, mul, PortKind::Features)->port, std::string("in2"));
        QVERIFY(!growInput(m.g, m.tower[0], PortKind::Features));
        // Up to the parameter's maximum (16).
        m.g.setParam(mul, "inputs", ParamValue::ofInt(16));
        for (int i = 2; i < 16; ++i) m.g.connect(m.head[0], "p", mul, "in" + std::to_string(i));
        QVERIFY(!growInput(m.g, mul, PortKind::Features));
    }

    void syntheticSchemaIsKnownBeforeLoading() {
        DataSpec spec;
        spec.synthetic.d = 7;
        spec.synthetic.binary = true;
        const auto s = schemaWithoutLoading(spec);
        QVERIFY(s);
        QCOMPARE(s->numeric(), 7);
        QCOMPARE(s->tasks.size(), size_t(2));
        QCOMPARE(s->tasks[0].name, std::string("task1"));
        QVERIFY(s->tasks[0].kind == TaskKind::Binary);
        // The same layout as the generated data's.
        spec.synthetic.nTrain = 50;
        spec.synthetic.nValid = spec.synthetic.nTest = 10;
        QVERIFY(dataSchema(spec).sameFeatures(loadData(spec).train.schema));
        spec.kind = DataSpec::Kind::Census;
        QVERIFY(!schemaWithoutLoading(spec));
    }
};

QTEST_MAIN(TestGraphRules)
#include "tst_graph_rules.moc"
