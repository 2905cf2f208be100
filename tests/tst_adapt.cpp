// Fitting a graph to its data before and after a run (task heads, input widths), and the cost
// estimate shown before a run that is far beyond the machine: exact parameter counts (by hand
// for a small MMoE, and against the compiled model for every template), memory and FLOPs.
#include <QtTest>

#include "data/DataSpec.h"
#include "graph/Describe.h"
#include "graph/Templates.h"
#include "nn/Model.h"
#include "train/Adapt.h"
#include "train/Cost.h"

using namespace mtl;

namespace {

DataSchema schema(int numeric, std::vector<int> cards, TaskKind kind) {
    DataSchema s;
    for (int i = 0; i < numeric; ++i) s.numericNames.push_back("x" + std::to_string(i));
    for (size_t f = 0; f < cards.size(); ++f) s.categoricalNames.push_back("c" + std::to_string(f));
    s.cardinalities = std::move(cards);
    s.tasks = {{"task1", kind}, {"task2", kind}};
    return s;
}

Graph smallMmoe(const DataSchema& s) {
    TemplateOptions o;
    o.schema = s;
    o.experts = 3;
    o.expertUnits = {4};
    o.towerUnits = {2};
    return makeTemplate("mmoe", o);
}

}  // namespace

class TestAdapt : public QObject {
    Q_OBJECT
private slots:
    void headsFollowTheDataTasks() {
        const Graph g = smallMmoe(schema(10, {}, TaskKind::Regression));
        const std::vector<TaskInfo> binary = {{"income", TaskKind::Binary},
                                              {"marital", TaskKind::Binary}};
        const GraphAdaptation a = adaptTaskHeads(g, binary);
        QCOMPARE(a.status, GraphAdaptation::Status::Adapted);
        QCOMPARE(a.heads.size(), size_t(2));
        QCOMPARE(a.heads[0].oldType, std::string("task.regression"));
        QCOMPARE(a.heads[0].newType, std::string("task.binary"));
        QCOMPARE(a.heads[0].newTask, std::string("income"));
        QCOMPARE(a.heads[1].newTask, std::string("marital"));
        const Node* head = a.graph.node(a.heads[0].node);
        QCOMPARE(head->type, std::string("task.binary"));
        QCOMPARE(head->name, std::string("task1"));  // the block keeps its name
        QVERIFY(a.graph.validate().ok());
        QVERIFY(QString::fromStdString(a.describe()).contains("now predicts income (binary"));
        // The input graph is untouched (a pure function), and adapting again changes nothing.
        QCOMPARE(g.node(a.heads[0].node)->type, std::string("task.regression"));
        const GraphAdaptation again = adaptTaskHeads(a.graph, binary);
        QCOMPARE(again.status, GraphAdaptation::Status::Fits);
        QVERIFY(again.graph == a.graph);
        // The data's own tasks: nothing to do.
        QCOMPARE(adaptTaskHeads(g, expectedTasks(DataSpec())).status,
                 GraphAdaptation::Status::Fits);
    }

    void moreTasksThanHeadsIsAMismatch() {
        const Graph g = smallMmoe(schema(10, {}, TaskKind::Binary));
        const GraphAdaptation a = adaptTaskHeads(
            g, {{"a", TaskKind::Binary}, {"b", TaskKind::Binary}, {"c", TaskKind::Binary}});
        QCOMPARE(a.status, GraphAdaptation::Status::Mismatch);
        QCOMPARE(a.headCount, 2);
        QVERIFY(a.graph == g);
        QVERIFY(a.heads.empty());
        QVERIFY(QString::fromStdString(a.describe()).contains("2 task head(s)"));
    }

    void inputsTakeTheDataWidths() {
        const Graph g = smallMmoe(schema(10, {}, TaskKind::Binary));
        const GraphAdaptation a = fitInputs(g, schema(7, {3, 5}, TaskKind::Binary));
        QCOMPARE(a.status, GraphAdaptation::Status::Adapted);
        QCOMPARE(a.inputs.size(), size_t(1));
        QCOMPARE(a.inputs[0].oldWidth, 10);
        QCOMPARE(a.inputs[0].newWidth, 15);
        QCOMPARE(a.inputs[0].newFields, 2);
        QCOMPARE(a.graph.findByName("input")->getInt("numeric"), 7LL);
        QCOMPARE(fitInputs(a.graph, schema(7, {3, 5}, TaskKind::Binary)).status,
                 GraphAdaptation::Status::Fits);
    }

    // MMoE on 10 numeric inputs, 3 experts of 4 units, towers 2 -> 1, by hand:
    //   experts 3 x (10*4 + 4) = 132, gates 2 x (10*3 + 3) = 66, towers 2 x ((4*2+2) + (2*1+1))
    //   = 26: 224 parameters.
    //   forward FLOPs per example: experts 2*10*12 = 240, gates 2 x 2*10*3 = 120, mixtures
    //   2 x 2*3*4 = 48, towers 2 x (2*4*2 + 2*2*1) = 40, heads 2 x 1 = 2: 450; training x3 = 1350.
    //   activations per example: input 2*10, experts 3*12, gates 2 x 3*3, mixtures 2 x 2*4,
    //   towers 2 x 3*(2+1), heads 2 x 2*1: 20+36+18+16+18+4 = 112 floats.
    void smallMmoeByHand() {
        const Graph g = smallMmoe(schema(10, {}, TaskKind::Binary));
        DataShape shape;
        shape.trainRows = 1000;
        TrainConfig cfg;
        cfg.batchSize = 100;  // 10 batches per epoch
        const CostEstimate c = estimateCost(g, shape, cfg);
        QVERIFY(c.valid);
        QCOMPARE(c.parameters, 224LL);
        QCOMPARE(c.inputWidth, 10);
        const double real = sizeof(Real);
        QCOMPARE(c.weightBytes, 224 * real);
        QCOMPARE(c.optimizerBytes, 3 * 224 * real);  // gradients + Adam's two moments
        QCOMPARE(c.activationBytes, 112 * 100 * real);
        QCOMPARE(c.flopsPerExample, 1350.0);
        QCOMPARE(c.batchesPerEpoch, 10.0);
        QCOMPARE(c.flopsPerEpoch, 1000 * 1350.0 + 10 * 10 * 224.0);
        // The compiled model agrees on the parameters.
        QCOMPARE(static_cast<long long>(
                     Model::compile(g, schema(10, {}, TaskKind::Binary), 1)->parameterCount()),
                 c.parameters);
    }

    // Every template, one-hot and embedded categorical inputs: the estimate's parameter count is
    // the compiled model's.
    void parameterCountMatchesEveryTemplate() {
        for (const char* encoding : {"onehot", "embedding"})
            for (const TemplateInfo& t : templateList()) {
                TemplateOptions o;
                o.schema = templateSchema(t.key, schema(6, {4, 3}, TaskKind::Binary));
                o.encoding = encoding;
                const Graph g = makeTemplate(t.key, o);
                const CostEstimate c = estimateCost(g, DataShape(), TrainConfig());
                QVERIFY2(c.valid, t.key.c_str());
                const auto model = Model::compile(g, o.schema, 1);
                QVERIFY2(c.parameters == static_cast<long long>(model->parameterCount()),
                         (t.key + " " + encoding + ": " + std::to_string(c.parameters) + " vs " +
                          std::to_string(model->parameterCount()))
                             .c_str());
            }
    }

    // The run a new user started by mistake: 65,536 units x 8 experts on the synthetic data.
    void hugeModelIsFarBeyondTheMachine() {
        Graph g = smallMmoe(defaultSchema());
        const NodeId experts = g.findByName("experts")->id;
        g.setParam(experts, "num_experts", ParamValue::ofInt(8));
        g.setParam(experts, "units", ParamValue::ofList({65536}));
        for (const char* gate : {"gate_task1", "gate_task2"})
            g.setParam(g.findByName(gate)->id, "num_experts", ParamValue::ofInt(8));
        DataSpec spec;  // synthetic: d = 100, 10,000 training rows
        const DataShape shape = expectedShape(spec);
        QVERIFY(shape.columnsKnown);
        QCOMPARE(shape.trainRows, 10000LL);
        TrainConfig cfg;  // batch 256, 10 epochs
        const CostEstimate c = estimateCost(g, shape, cfg);
        QVERIFY(c.valid);
        // experts 8 x (100*65536 + 65536), gates 2 x (100*8 + 8), towers 2 x (65536*2+2 + 3)
        const long long expected =
            8LL * (100 * 65536 + 65536) + 2 * (800 + 8) + 2 * (65536LL * 2 + 2 + 3);
        QCOMPARE(c.parameters, expected);
        const CostVerdict v = assessCost(c, cfg.epochs, MachineLimits());
        QVERIFY(v.tooSlow);
        QVERIFY(v.seconds > 3600);
        // The template as it comes is fine.
        const CostEstimate small = estimateCost(makeTemplate("mmoe",
                                                             [] {
                                                                 TemplateOptions o;
                                                                 o.schema = defaultSchema();
                                                                 return o;
                                                             }()),
                                                shape, cfg);
        QVERIFY(assessCost(small, cfg.epochs, defaultMachineLimits()).ok());
        // Memory: judged against the limit given.
        MachineLimits tight;
        tight.memoryBytes = c.totalBytes() / 2;
        QVERIFY(assessCost(c, 1, tight).tooMuchMemory);
        QVERIFY(physicalMemoryBytes() > 0);
    }

    // Runs are named by the template whose structure the graph still has, else by a summary.
    void architectureSummary() {
        const DataSchema census = schema(7, {3, 5}, TaskKind::Binary);
        for (const TemplateInfo& t : templateList()) {
            TemplateOptions o;
            o.schema = templateSchema(t.key, defaultSchema());
            o.experts = 4;  // widths and counts are not structure
            Graph g = makeTemplate(t.key, o);
            // Trained on other data: heads adapted, inputs bound; still the template.
            g = adaptTaskHeads(g, templateSchema(t.key, census).tasks).graph;
            g = fitInputs(g, census).graph;
            QCOMPARE(summarizeArchitecture(g, census).templateKey, t.key);
        }
        TemplateOptions o;
        o.schema = defaultSchema();
        Graph g = makeTemplate("mmoe", o);
        g.addNode("layer.dense");
        const ArchitectureSummary s = summarizeArchitecture(g, defaultSchema());
        QVERIFY(s.templateKey.empty());
        QCOMPARE(s.family, std::string("mmoe"));
        QCOMPARE(s.experts, 8);
        QCOMPARE(s.gates, 2);
        QCOMPARE(s.taskHeads, 2);
        const ArchitectureSummary ple = summarizeArchitecture(makeTemplate("ple", o), o.schema);
        QCOMPARE(ple.templateKey, std::string("ple"));
        QCOMPARE(ple.cgcLevels, 2);
    }

    void anInvalidGraphHasNoEstimate() {
        Graph g = smallMmoe(schema(10, {}, TaskKind::Binary));
        g.removeNode(g.findByName("experts")->id);
        QVERIFY(!estimateCost(g, DataShape(), TrainConfig()).valid);
        QVERIFY(assessCost(CostEstimate(), 10, MachineLimits()).ok());
    }
};

QTEST_MAIN(TestAdapt)
#include "tst_adapt.moc"
