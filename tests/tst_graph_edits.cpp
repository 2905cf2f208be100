// Edits that keep a graph consistent (graph/GraphEdits.h): an expert group's number of experts
// reaches the gates of the mixtures reading it in every template that has expert groups (MMoE,
// OMoE, MMoE + Top-k, MMoE + DSelect-k), a mixture of two groups sums them, a gate whose mixtures
// disagree is left alone; the task heads in the model's order.
#include <QtTest>
#include <algorithm>
#include <climits>

#include "graph/Graph.h"
#include "graph/GraphEdits.h"
#include "graph/Registry.h"
#include "graph/Templates.h"

using namespace mtl;

namespace {

Graph templateGraph(const std::string& key, int tasks = 2) {
    TemplateOptions o;
    o.schema = defaultSchema();
    o.schema.tasks.clear();
    for (int t = 0; t < tasks; ++t)
        o.schema.tasks.push_back({"task" + std::to_string(t + 1), TaskKind::Regression});
    o.schema = templateSchema(key, o.schema);  // ESMM: its own two binary tasks
    return makeTemplate(key, o);
}

NodeId id(const Graph& g, const std::string& name) {
    const Node* n = g.findByName(name);
    return n ? n->id : -1;
}

std::vector<NodeId> ids(const Graph& g, std::initializer_list<const char*> names) {
    std::vector<NodeId> v;
    for (const char* n : names) v.push_back(id(g, n));
    return v;
}

// The graph with the change's edits made.
Graph applied(Graph g, const ExpertCountChange& c) {
    applyEdits(g, c.edits);
    return g;
}

}  // namespace

class TestGraphEdits : public QObject {
    Q_OBJECT
private slots:
    void mmoeGatesFollowTheGroup() {
        const Graph g = templateGraph("mmoe", 3);
        const ExpertCountChange c = expertCountChange(g, id(g, "experts"), 5);
        QCOMPARE(c.edits.size(), size_t(4));  // the group and three gates
        QCOMPARE(c.edits[0].node, id(g, "experts"));
        QCOMPARE(c.edits[0].key, std::string("num_experts"));
        QVERIFY(c.gates == ids(g, {"gate_task1", "gate_task2", "gate_task3"}));
        QVERIFY(c.mixtures == ids(g, {"mix_task1", "mix_task2", "mix_task3"}));
        QVERIFY(c.lowered.empty() && c.skipped.empty());
        const Graph after = applied(g, c);
        for (const char* gate : {"gate_task1", "gate_task2", "gate_task3"})
            QCOMPARE(after.findByName(gate)->getInt("num_experts"), 5LL);
        const ValidationResult v = after.validate();
        QVERIFY2(v.ok(), v.summary().c_str());
        // Only the group without the change: the mixtures say the gates disagree.
        Graph groupOnly = g;
        groupOnly.setParam(id(g, "experts"), "num_experts", ParamValue::ofInt(5));
        QVERIFY(!groupOnly.validate().ok());
    }

    void omoeSharedGateFollows() {
        const Graph g = templateGraph("omoe");
        const ExpertCountChange c = expertCountChange(g, id(g, "experts"), 12);
        QVERIFY(c.gates == ids(g, {"gate"}));
        QVERIFY(c.mixtures == ids(g, {"mix"}));
        const ValidationResult v = applied(g, c).validate();
        QVERIFY2(v.ok(), v.summary().c_str());
    }

    void topKAndDSelectGatesLowerK() {
        for (const char* key : {"mmoe_topk", "mmoe_dselect"}) {
            const Graph g = templateGraph(key);
            QCOMPARE(g.findByName("gate_task1")->getInt("k"), 2LL);
            const ExpertCountChange c = expertCountChange(g, id(g, "experts"), 1);
            QVERIFY(c.gates == ids(g, {"gate_task1", "gate_task2"}));
            QVERIFY(c.lowered == ids(g, {"gate_task1", "gate_task2"}));
            const Graph after = applied(g, c);
            QCOMPARE(after.findByName("gate_task2")->getInt("k"), 1LL);
            const ValidationResult v = after.validate();
            QVERIFY2(v.ok(), (std::string(key) + ": " + v.summary()).c_str());
            // Growing leaves k as it is.
            const ExpertCountChange grow = expertCountChange(g, id(g, "experts"), 16);
            QVERIFY(grow.lowered.empty());
            QCOMPARE(grow.edits.size(), size_t(3));
            QVERIFY(applied(g, grow).validate().ok());
        }
    }

    void sameCountChangesNothingElse() {
        const Graph g = templateGraph("mmoe");
        const ExpertCountChange c = expertCountChange(g, id(g, "experts"), 8);
        QCOMPARE(c.edits.size(), size_t(1));
        QVERIFY(c.gates.empty());
        QCOMPARE(c.mixtures.size(), size_t(2));
    }

    void templatesWithoutGroupsAndOtherNodes() {
        // CGC / PLE hold their experts and gates inside one block: nothing reads a group.
        const Graph ple = templateGraph("ple");
        const ExpertCountChange c = expertCountChange(ple, id(ple, "level1"), 3);
        QCOMPARE(c.edits.size(), size_t(1));
        QVERIFY(c.gates.empty() && c.mixtures.empty());
        // A group that feeds nothing.
        Graph g = templateGraph("mmoe");
        const NodeId lone = g.addNode("experts.group", "lone");
        const ExpertCountChange l = expertCountChange(g, lone, 3);
        QCOMPARE(l.edits.size(), size_t(1));
    }

    // A mixture of two groups (task-specific and shared experts, as CGC built by hand): its gate
    // weighs the experts of both.
    void mixtureOfTwoGroupsSumsThem() {
        Graph g = templateGraph("mmoe");
        const NodeId shared = id(g, "experts");
        const NodeId own = g.addNode("experts.group", "own_task1");
        g.setParam(own, "num_experts", ParamValue::ofInt(2));
        g.connect(id(g, "input"), "x", own, "x");
        const NodeId mix = id(g, "mix_task1");
        g.setParam(mix, "inputs", ParamValue::ofInt(2));
        g.connect(own, "experts", mix, "experts1");
        g.setParam(id(g, "gate_task1"), "num_experts", ParamValue::ofInt(10));
        QVERIFY2(g.validate().ok(), g.validate().summary().c_str());

        const ExpertCountChange c = expertCountChange(g, own, 4);
        QVERIFY(c.gates == ids(g, {"gate_task1"}));
        Graph after = applied(g, c);
        QCOMPARE(after.findByName("gate_task1")->getInt("num_experts"), 12LL);
        QVERIFY(after.validate().ok());

        const ExpertCountChange s = expertCountChange(g, shared, 6);
        after = applied(g, s);
        QCOMPARE(after.findByName("gate_task1")->getInt("num_experts"), 8LL);  // 6 + 2
        QCOMPARE(after.findByName("gate_task2")->getInt("num_experts"), 6LL);
        QVERIFY(after.validate().ok());

        // A number beyond a gate's range (1024 + 2) is not set: left for validation to report.
        const ExpertCountChange big = expertCountChange(g, shared, 1024);
        QVERIFY(big.skipped == ids(g, {"gate_task1"}));
        QVERIFY(big.gates == ids(g, {"gate_task2"}));
    }

    // One gate feeding two mixtures that would need different numbers: left alone, reported.
    void gateOfDisagreeingMixturesIsSkipped() {
        Graph g = templateGraph("mmoe");
        const NodeId other = g.addNode("experts.group", "other");
        g.connect(id(g, "input"), "x", other, "x");
        const NodeId mix = g.addNode("mixture", "mix_other");
        g.connect(other, "experts", mix, "experts0");
        g.connect(id(g, "gate_task1"), "weights", mix, "gate");  // both 8 experts so far
        QVERIFY2(g.validate().ok(), g.validate().summary().c_str());
        const ExpertCountChange c = expertCountChange(g, id(g, "experts"), 4);
        QVERIFY(c.skipped == ids(g, {"gate_task1"}));
        QVERIFY(c.gates == ids(g, {"gate_task2"}));
    }

    // The inspector's editors take their ranges from the registry: every default lies in its
    // range, and whole-number ranges fit a spin box (an int), so the range the editor refuses
    // with is the registry's own.
    void registryRangesFitTheirEditors() {
        const Registry& reg = Registry::instance();
        int checked = 0;
        for (const std::string& key : reg.keys()) {
            for (const ParamSpec& p : reg.find(key)->params) {
                const std::string where = key + "." + p.key;
                QVERIFY2(p.min <= p.max, where.c_str());
                switch (p.def.kind) {
                    case ParamValue::Kind::Int:
                        QVERIFY2(p.min >= INT_MIN && p.max <= INT_MAX, where.c_str());
                        QVERIFY2(p.def.i >= p.min && p.def.i <= p.max, where.c_str());
                        ++checked;
                        break;
                    case ParamValue::Kind::Real:
                        QVERIFY2(p.def.r >= p.min && p.def.r <= p.max, where.c_str());
                        QVERIFY2(p.max < 1e300 && p.min > -1e300, where.c_str());  // a real range
                        ++checked;
                        break;
                    case ParamValue::Kind::IntList:
                        for (int x : p.def.list) QVERIFY2(x >= p.min && x <= p.max, where.c_str());
                        QVERIFY2(!p.def.list.empty() || p.allowEmpty, where.c_str());
                        break;
                    case ParamValue::Kind::String:
                        QVERIFY2(p.choices.empty() || std::find(p.choices.begin(), p.choices.end(),
                                                                p.def.s) != p.choices.end(),
                                 where.c_str());
                        break;
                    case ParamValue::Kind::Bool:
                        break;
                }
            }
        }
        QVERIFY(checked > 20);
    }

    void taskHeadsInTheModelsOrder() {
        const Graph g = templateGraph("esmm");
        const std::vector<TaskHeadInfo> heads = taskHeads(g, g.validate());
        QCOMPARE(heads.size(), size_t(3));
        std::vector<std::string> names;
        for (const TaskHeadInfo& h : heads) names.push_back(h.task);
        QVERIFY(std::find(names.begin(), names.end(), "click") != names.end());
        for (const TaskHeadInfo& h : heads) {
            QCOMPARE(g.node(h.node)->getString("task"), h.task);
            QCOMPARE(h.lossWeight, g.node(h.node)->getReal("loss_weight"));
        }
        // The joint task is computed from the other two: it comes after them.
        QCOMPARE(heads.back().task, std::string("click_and_conversion"));

        const Graph m = templateGraph("mmoe", 3);
        const std::vector<TaskHeadInfo> mh = taskHeads(m, m.validate());
        QCOMPARE(mh.size(), size_t(3));
        QCOMPARE(mh[0].task, std::string("task1"));
        QCOMPARE(mh[2].task, std::string("task3"));
        // A graph with a cycle: the nodes' order.
        QCOMPARE(taskHeads(m, ValidationResult{}).size(), size_t(3));
        QVERIFY(taskHeads(Graph{}, Graph{}.validate()).empty());
    }
};

QTEST_MAIN(TestGraphEdits)
#include "tst_graph_edits.moc"
