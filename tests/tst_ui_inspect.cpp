// The Inspect panel (ui/inspect/InspectPanel.h) driven as a user would: pick a run, a column,
// press Inspect (the work runs on a worker thread), read the slice heatmaps, brush the map, follow
// one example, read the experts' similarity, click gates and experts to highlight their blocks.
// Every figure the panel shows is checked against the core's own inspection of the same model.
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>
#include <cmath>

#include "data/DataSpec.h"
#include "data/Synthetic.h"
#include "graph/Registry.h"
#include "graph/Templates.h"
#include "inspect/GateMap.h"
#include "inspect/InspectPanel.h"
#include "inspect/MatrixView.h"
#include "io/Archive.h"
#include "nn/Model.h"
#include "train/Inspect.h"
#include "train/Run.h"
#include "train/RunHistory.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

DataSpec tinySpec() {
    DataSpec spec;
    spec.kind = DataSpec::Kind::Synthetic;
    spec.synthetic.d = 8;
    spec.synthetic.nTrain = 400;
    spec.synthetic.nValid = 120;
    spec.synthetic.nTest = 100;
    spec.synthetic.binary = true;
    return spec;
}

// A run trained briefly on tinySpec() with its weights kept, as the main window records one.
RunRecord trainedRun(const std::string& templ) {
    const DataSpec spec = tinySpec();
    const DataSplits data = loadData(spec);
    TemplateOptions o;
    o.schema = data.train.schema;
    o.experts = 3;
    o.expertUnits = {6};
    Graph g = makeTemplate(templ, o);
    Model::bindInputs(g, data.train.schema);
    std::unique_ptr<Model> model = Model::compile(g, data.train.schema, 5);
    TrainConfig cfg;
    cfg.batchSize = 40;
    cfg.epochs = 2;
    RunRecord r = beginRun("run", *model, spec, data, cfg);
    Trainer trainer(*model, cfg);
    finishRun(r, trainer.train(data.train, data.valid), *model, data.test, true);
    return r;
}

// The core's inspection of the same run, computed here without the panel.
GateInspection coreInspection(const RunRecord& run, const std::string& column) {
    const DataSplits data = loadData(run.data);
    std::unique_ptr<Model> model = Model::compile(run.graph, data.train.schema, 1);
    ModelFile f;
    f.weights = run.weights;
    restoreWeights(*model, f);
    InspectOptions o;
    o.sensitivityRows = 64;
    return inspectModel(*model, data.valid, dataSliceColumn(data, DataSplit::Valid, column), o);
}

bool waitFinished(InspectPanel& panel, QSignalSpy& spy) {
    if (spy.isEmpty() && !spy.wait(60000)) return false;
    return !panel.isBusy();
}

}  // namespace

class TestInspectPanel : public QObject {
    Q_OBJECT
private slots:
    void slicesMapExampleAndExperts() {
        RunHistory history;
        history.append(trainedRun("mmoe"));
        const RunRecord& run = history.run(0);
        const std::string task = run.taskNames.at(0);
        InspectPanel panel(&history);
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSliceColumn(QString::fromStdString(task));
        QSignalSpy finished(&panel, &InspectPanel::finished);
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("inspectButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(panel.isBusy() || !finished.isEmpty());
        QVERIFY(waitFinished(panel, finished));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const GateInspection* r = panel.inspection();
        QVERIFY(r);
        const GateInspection want = coreInspection(run, task);
        QCOMPARE(r->rows, 120);

        // Slices: "all" and one heatmap per label value, gates x experts, the core's values.
        const QList<MatrixView*> views = panel.sliceViews();
        QCOMPARE(views.size(), 1 + want.slices.slices());
        QCOMPARE(want.slices.slices(), 2);
        for (int s = 0; s < want.slices.slices(); ++s) {
            const Eigen::MatrixXd& m = views[s + 1]->values();
            QCOMPARE(m.rows(), Eigen::Index(want.gateNames.size()));
            QCOMPARE(m.cols(), Eigen::Index(want.expertNames.size()));
            for (size_t g = 0; g < want.allocation.size(); ++g)
                for (size_t k = 0; k < want.gateExperts[g].size(); ++k) {
                    const double shown = m(Eigen::Index(g), want.gateExperts[g][k]);
                    const double core = want.allocation[g].mean(s, Eigen::Index(k));
                    QVERIFY2(std::abs(shown - core) < 1e-9,
                             qPrintable(QStringLiteral("%1 vs %2").arg(shown).arg(core)));
                }
            QVERIFY(views[s + 1]->title().contains(
                QString::number(want.allocation[0].counts[static_cast<size_t>(s)])));
        }
        QCOMPARE(want.allocation[0].counts[0] + want.allocation[0].counts[1], 120);

        // Clicking a gate's row and an expert's column asks to highlight their blocks.
        QSignalSpy highlight(&panel, &InspectPanel::highlightRequested);
        panel.views()->setCurrentIndex(InspectPanel::SlicesView);
        QTest::qWait(50);
        MatrixView* all = views[0];
        QTest::mouseClick(all, Qt::LeftButton, {}, all->rowLabelRect(0).center());
        QCOMPARE(highlight.size(), 1);
        auto ids = highlight.at(0).at(0).value<QList<NodeId>>();
        QCOMPARE(ids.size(), 1);
        const Node* gate = run.graph.node(ids[0]);
        QVERIFY(gate);
        QCOMPARE(ids[0], r->gates[0].node);
        QCOMPARE(QString::fromStdString(Registry::instance().find(gate->type)->category),
                 QStringLiteral("Gates"));
        QTest::mouseClick(all, Qt::LeftButton, {}, all->columnLabelRect(1).center());
        QCOMPARE(highlight.size(), 2);
        ids = highlight.at(1).at(0).value<QList<NodeId>>();
        QCOMPARE(ids.size(), 1);
        QCOMPARE(ids[0], r->experts[1].node);
        QVERIFY(run.graph.node(ids[0]));
        QCOMPARE(QString::fromStdString(
                     Registry::instance().find(run.graph.node(ids[0])->type)->category),
                 QStringLiteral("Experts"));

        // Map: brushing the whole plot selects every example; a click follows one.
        panel.views()->setCurrentIndex(InspectPanel::MapView);
        QTest::qWait(50);
        GateMap* map = panel.map();
        QTest::mousePress(map, Qt::LeftButton, {}, QPoint(1, 1));
        QTest::mouseMove(map, QPoint(map->width() - 2, map->height() - 2));
        QTest::mouseRelease(map, Qt::LeftButton, {}, QPoint(map->width() - 2, map->height() - 2));
        QCOMPARE(int(map->selection().size()), 120);
        auto* list = panel.findChild<QListWidget*>();
        QVERIFY(list);
        QCOMPARE(list->count(), 120);
        const QPointF dot = map->position(7);
        QTest::mouseClick(map, Qt::LeftButton, {}, dot.toPoint());
        QCOMPARE(panel.views()->currentIndex(), int(InspectPanel::ExampleView));

        // Example: the tree shows a row's predictions as the core computed them.
        QTreeWidget* tree = panel.exampleTree();
        QTreeWidgetItem* preds = tree->topLevelItem(0);
        QVERIFY(preds);
        QCOMPARE(preds->childCount(), int(want.taskNames.size()));
        auto* row = panel.findChild<QSpinBox*>(QStringLiteral("inspectExampleRow"));
        QVERIFY(row);
        const int picked = row->value();
        for (int h = 0; h < preds->childCount(); ++h) {
            const QString text = preds->child(h)->text(1);
            QVERIFY2(text.startsWith(QString::number(want.predictions(h, picked), 'f', 4)),
                     qPrintable(text));
        }
        // The drill-down's contributions add up to each gate's mixture (the core's promise,
        // checked through the same call the panel makes).
        {
            const DataSplits data = loadData(run.data);
            std::unique_ptr<Model> model = Model::compile(run.graph, data.train.schema, 1);
            ModelFile f;
            f.weights = run.weights;
            restoreWeights(*model, f);
            const ExampleInspection x = inspectExample(*model, data.valid, picked, want);
            for (size_t g = 0; g < x.drill.mixtures.size(); ++g)
                QVERIFY((x.drill.contributions[g].rowwise().sum() - x.drill.mixtures[g]).norm() <
                        1e-9);
            QCOMPARE(x.gateWeights.size(), want.gateNames.size());
        }

        // Experts: the similarity matrix is the core's (built when its tab is shown).
        panel.views()->setCurrentIndex(InspectPanel::ExpertsView);
        const Eigen::MatrixXd& cka = panel.similarityView()->values();
        QCOMPARE(cka.rows(), want.similarity.cka.rows());
        QVERIFY((cka - want.similarity.cka).cwiseAbs().maxCoeff() < 1e-9);
    }

    void ple_gatesSeeOnlySomeExperts() {
        RunHistory history;
        history.append(trainedRun("ple"));
        InspectPanel panel(&history);
        panel.setSliceColumn(QString::fromStdString(history.run(0).taskNames.at(1)));
        QSignalSpy finished(&panel, &InspectPanel::finished);
        panel.inspect();
        QVERIFY(waitFinished(panel, finished));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        // Some cells are hatched (NaN): a task gate does not see the other task's experts.
        const Eigen::MatrixXd& m = panel.sliceViews().at(0)->values();
        int hatched = 0, shown = 0;
        for (Eigen::Index i = 0; i < m.size(); ++i) (std::isnan(m.data()[i]) ? hatched : shown)++;
        QVERIFY(hatched > 0);
        QVERIFY(shown > 0);
        // Each gate's shown weights sum to 1 over the experts it sees.
        for (Eigen::Index g = 0; g < m.rows(); ++g) {
            double sum = 0;
            for (Eigen::Index e = 0; e < m.cols(); ++e)
                if (!std::isnan(m(g, e))) sum += m(g, e);
            QVERIFY2(std::abs(sum - 1) < 1e-6, qPrintable(QString::number(sum)));
        }
    }

    void runWithoutWeightsOrDataCannotBeInspected() {
        RunHistory history;
        RunRecord noWeights = trainedRun("mmoe");
        RunRecord missingFile = noWeights;
        noWeights.weights.clear();
        missingFile.data.kind = DataSpec::Kind::Csv;
        missingFile.data.csvPath = "/nonexistent/inspect-me.csv";
        history.append(noWeights);
        history.append(missingFile);
        InspectPanel panel(&history);
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("inspectButton"));
        auto* status = panel.findChild<QLabel*>(QStringLiteral("inspectStatus"));
        panel.setRun(0);
        QVERIFY(!button->isEnabled());
        QVERIFY(status->text().contains(QStringLiteral("weights")));
        panel.setRun(1);
        QVERIFY(button->isEnabled());
        QSignalSpy finished(&panel, &InspectPanel::finished);
        panel.inspect();
        QVERIFY(waitFinished(panel, finished));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(1).toString().contains(QStringLiteral("inspect-me.csv")),
                 qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(button->isEnabled());  // nothing lost: the user can try again
    }

    void destroyedWhileInspecting() {
        RunHistory history;
        history.append(trainedRun("mmoe"));
        for (int i = 0; i < 3; ++i) {
            auto* panel = new InspectPanel(&history);
            panel->inspect();
            QVERIFY(panel->isBusy());
            delete panel;  // cancels and waits for the worker
            QCoreApplication::processEvents();
        }
    }
};

QTEST_MAIN(TestInspectPanel)
#include "tst_ui_inspect.moc"
