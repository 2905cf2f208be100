// Loss weighting in the GUI: the Training dock's method chooser (only the chosen method's
// parameter shown, locked while a run is active, kept in the settings), a run trained from the
// main window with uncertainty weighting and conflict measured every 5 steps (the task-weight
// and conflict charts appear and hold every measurement once, the run list gives the run's
// conflict as the trainer measured it), and the conflict chart fed by hand (the legend's mean and
// the tooltip's share below 0 as computed by hand, a repeated measurement drawn once); the
// Experiments table names each architecture with its method and gives the runs' conflict. The
// wheel over an unfocused editor of the dock scrolls the dock instead of changing the value.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QWheelEvent>
#include <QtTest>
#include <cmath>

#include "app/MainWindow.h"
#include "dashboard/MetricChart.h"
#include "dashboard/TrainingCharts.h"
#include "experiment/ExperimentModel.h"
#include "train/DataPanel.h"
#include "train/RunHistory.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

using namespace mtl;
using namespace mtl::ui;

Q_DECLARE_METATYPE(QVector<mtl::BatchSnapshot>)

namespace {

DataSpec smallSynthetic() {
    DataSpec d;
    d.synthetic.d = 12;
    d.synthetic.nTrain = 1200;
    d.synthetic.nValid = d.synthetic.nTest = 300;
    d.synthetic.binary = true;
    return d;
}

void chooseMethod(TrainingPanel& p, const char* key) {
    QComboBox* box = p.weightingEditor();
    const int i = box->findData(QString::fromLatin1(key));
    QVERIFY2(i >= 0, key);
    box->setCurrentIndex(i);
}

// Whether the form row holding `editor` (wrapped with its refusal label) is visible.
bool rowShown(TrainingPanel& p, const char* objectName) {
    auto* editor = p.findChild<QWidget*>(QString::fromLatin1(objectName));
    if (!editor) return false;
    return editor->isVisibleTo(&p);
}

BatchSnapshot measured(long long step, long long conflictStep, std::vector<double> cosine) {
    BatchSnapshot b;
    b.step = step;
    b.loss = 1;
    b.taskLoss = {0.5, 0.5, 0.5};
    b.weighting = "ew";
    b.methodWeights = {1, 1, 1};
    b.conflictStep = conflictStep;
    b.conflictHeads = {0, 1, 2};
    b.cosine = std::move(cosine);
    return b;
}

// A hand-made sweep run with one binary task "t" (as tst_experiment_weighting builds them).
exp::RunSummary sweepRun(size_t index, const std::string& arch, const std::string& weighting,
                         unsigned long long seed, double auc, double cosine) {
    exp::RunSummary r;
    r.index = index;
    r.data = "d";
    r.arch = arch;
    r.weighting = weighting;
    r.optimizer = "adam";
    r.lr = 0.001;
    r.batch = 256;
    r.epochsConfigured = 1;
    r.seed = seed;
    const std::string hyper = "|arch=" + arch + "|lr=0.001|weighting=" + weighting;
    r.group = "data=d" + hyper;
    r.key = "data=d|seed=" + std::to_string(seed) + hyper;
    exp::TaskResult t;
    t.task = "t";
    t.validAuc = t.testAuc = auc;
    r.tasks = {t};
    r.meanCosine = cosine;
    r.conflictShare = cosine < 0 ? 1 : 0;
    return r;
}

}  // namespace

class TestWeighting : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_weighting");
        QSettings().clear();
        qRegisterMetaType<QVector<mtl::BatchSnapshot>>();
    }

    void chooserShowsTheMethodsParameterAndIsKept() {
        {
            TrainingPanel p;
            p.show();
            QCOMPARE(p.config().weighting.method, WeightingMethod::EW);
            // Every method of the core is offered.
            QCOMPARE(p.weightingEditor()->count(), static_cast<int>(weightingNames().size()));
            for (const char* name : {"gradnormAlpha", "dwaTemperature", "pleGamma", "cagradC"})
                QVERIFY2(!rowShown(p, name), name);
            // The chosen method is explained under the chooser.
            auto* hint = p.findChild<QLabel*>(QStringLiteral("weightingHint"));
            QVERIFY(hint);
            QVERIFY(hint->isVisibleTo(&p));
            QVERIFY(hint->text().contains(QStringLiteral("loss weight")));
            chooseMethod(p, "cagrad");
            QVERIFY(rowShown(p, "cagradC"));
            QVERIFY(!rowShown(p, "gradnormAlpha"));
            auto* c = p.findChild<QDoubleSpinBox*>(QStringLiteral("cagradC"));
            c->setValue(0.25);
            chooseMethod(p, "ple");
            QVERIFY(rowShown(p, "pleGamma"));
            QVERIFY(!rowShown(p, "cagradC"));
            p.findChild<QDoubleSpinBox*>(QStringLiteral("pleGamma"))->setValue(0.9);
            p.findChild<QSpinBox*>(QStringLiteral("conflictEvery"))->setValue(7);
            const TrainConfig cfg = p.config();
            QCOMPARE(cfg.weighting.method, WeightingMethod::PLE);
            QCOMPARE(cfg.weighting.cagradC, 0.25);
            QCOMPARE(cfg.weighting.pleGamma, std::vector<double>({0.9}));
            QCOMPARE(cfg.weighting.conflictEvery, 7);
            QVERIFY(cfg.weighting.check(3).empty());  // one gamma serves every task

            // Locked while a run is active, as the batch settings.
            p.setRunState(int(TrainingPanel::RunState::Running));
            QVERIFY(!p.weightingEditor()->isEnabled());
            QVERIFY(!p.findChild<QSpinBox*>(QStringLiteral("conflictEvery"))->isEnabled());
            p.setRunState(int(TrainingPanel::RunState::Idle));
            QVERIFY(p.weightingEditor()->isEnabled());
        }
        TrainingPanel again;  // the settings bring the last choice back
        const TrainConfig cfg = again.config();
        QCOMPARE(cfg.weighting.method, WeightingMethod::PLE);
        QCOMPARE(cfg.weighting.cagradC, 0.25);
        QCOMPARE(cfg.weighting.pleGamma, std::vector<double>({0.9}));
        QCOMPARE(cfg.weighting.conflictEvery, 7);

        // setConfig shows a run's method (e.g. a run reopened).
        TrainConfig gn;
        gn.weighting.method = WeightingMethod::GradNorm;
        gn.weighting.gradnormAlpha = 0.5;
        again.setConfig(gn);
        QCOMPARE(again.weightingEditor()->currentData().toString(), QStringLiteral("gradnorm"));
        again.show();
        QVERIFY(rowShown(again, "gradnormAlpha"));
        QCOMPARE(again.config().weighting.gradnormAlpha, 0.5);
        QSettings().clear();
    }

    void wheelOverAnUnfocusedEditorScrollsThePanel() {
        // Scrolling the dock with the wheel passed over the batch size and set it to 1.
        TrainingPanel p;
        p.resize(300, 300);  // shorter than its contents: it scrolls
        p.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p));
        auto* batch = p.findChild<QSpinBox*>(QStringLiteral("batchSize"));
        QVERIFY(batch);
        const int before = batch->value();
        auto wheel = [&](QWidget* target) {
            const QPointF at(target->width() / 2.0, target->height() / 2.0);
            QWheelEvent e(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &e);
        };
        QVERIFY(!batch->hasFocus());
        wheel(batch);
        QCOMPARE(batch->value(), before);
        QVERIFY(!batch->hasFocus());  // the wheel does not take the focus either
        // With the focus (a click or Tab), the wheel steps the value as before.
        QApplication::setActiveWindow(&p);
        batch->setFocus();
        QTRY_VERIFY(batch->hasFocus());
        wheel(batch);
        QVERIFY(batch->value() != before);
        QSettings().clear();
    }

    void runShowsWeightsAndConflict() {
        MainWindow w;
        w.show();
        w.dataPanel()->setSpec(smallSynthetic());
        TrainConfig c;
        c.epochs = 3;
        c.batchSize = 64;
        c.seed = 3;
        w.trainingPanel()->setConfig(c);
        chooseMethod(*w.trainingPanel(), "uw");
        w.trainingPanel()->findChild<QSpinBox*>(QStringLiteral("conflictEvery"))->setValue(5);
        TrainingCharts* charts = w.charts();
        QVERIFY(charts->conflictChart()->isHidden());
        QVERIFY(charts->taskWeightChart()->isHidden());

        QSignalSpy finished(w.trainer(), &TrainingController::finished);
        w.trainingPanel()->trainAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const RunRecord run = finished.last().at(0).value<RunRecord>();
        QVERIFY2(run.ok, run.endReason.c_str());
        QCOMPARE(run.config.weighting.method, WeightingMethod::UW);
        // 3 epochs of 19 batches: steps 0..56, measured on 0, 5, ..., 55.
        QCOMPARE(run.conflictSamples, 12);
        QVERIFY(std::isfinite(run.meanCosine));
        QVERIFY(run.conflictShare >= 0 && run.conflictShare <= 1);

        QVERIFY(!charts->conflictChart()->isHidden());
        QVERIFY(!charts->taskWeightChart()->isHidden());
        const int runId = charts->runIds().value(0, -1);
        QVERIFY(runId >= 0);
        // Two tasks: one pair, each measurement drawn once; the pair's mean is the run's.
        const QString pair = TrainingCharts::pairSeriesId(runId, 0);
        QCOMPARE(charts->conflictChart()->rawCount(pair), 12);
        QVERIFY(!charts->conflictChart()->hasSeries(TrainingCharts::pairSeriesId(runId, 1)));
        double sum = 0;
        for (const QPointF& p : charts->conflictChart()->rawPoints(pair)) sum += p.y();
        QVERIFY(std::abs(sum / 12 - run.meanCosine) < 1e-9);
        QVERIFY2(charts->conflictChart()->seriesName(pair).contains(
                     QString::number(run.meanCosine, 'f', 3)),
                 qPrintable(charts->conflictChart()->seriesName(pair)));
        // UW's weights move away from 1 as the log-variances are learned.
        const QVector<QPointF> weights =
            charts->taskWeightChart()->rawPoints(TrainingCharts::seriesId(runId, 0));
        QVERIFY(weights.size() > 10);
        QVERIFY(std::abs(weights.last().y() - weights.first().y()) > 1e-4);

        // The run list gives the run's conflict.
        const int row = w.history()->count() - 1;
        const QString cell = w.history()->index(row, RunHistory::ConflictColumn).data().toString();
        QVERIFY2(cell.contains(QString::number(run.meanCosine, 'f', 3)), qPrintable(cell));
        QVERIFY(w.history()
                    ->index(row, RunHistory::SettingsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("uw")));
    }

    void experimentTableNamesTheMethodAndGivesTheConflict() {
        std::vector<exp::RunSummary> runs;
        size_t i = 0;
        for (unsigned long long seed = 1; seed <= 3; ++seed) {
            runs.push_back(sweepRun(i++, "mmoe", "ew", seed, 0.90 + 0.01 * seed, 0.1 * seed));
            runs.push_back(sweepRun(i++, "mmoe", "uw", seed, 0.91 + 0.01 * seed, -0.1));
        }
        ExperimentModel model;
        model.setRuns(runs);
        QCOMPARE(model.rowCount(), 2);
        const int conflict = model.columnCount() - 1;
        QCOMPARE(model.headerData(conflict, Qt::Horizontal).toString(), QStringLiteral("Conflict"));
        QStringList arch;
        for (int r = 0; r < 2; ++r)
            arch << model.index(r, ExperimentModel::ArchColumn).data().toString();
        QVERIFY2(
            arch.contains(QStringLiteral("MMoE")) && arch.contains(QStringLiteral("MMoE · uw")),
            qPrintable(arch.join(", ")));
        const int ew = arch.indexOf(QStringLiteral("MMoE"));
        // EW's cosines 0.1, 0.2, 0.3: mean 0.2, CI half-width t(0.975, 2) * 0.1 / sqrt(3).
        const double half = 4.302652729911275 * 0.1 / std::sqrt(3.0);
        QCOMPARE(model.index(ew, conflict).data().toString(),
                 QStringLiteral("0.2000 ± %1").arg(half, 0, 'f', 4));
        QVERIFY(model.index(ew, conflict).data(Qt::ToolTipRole).toString().contains("n = 3"));

        // The paired difference of the method against EW names both sides.
        PairedDifferenceModel paired;
        paired.setRuns(runs);
        QStringList pairs;
        for (int r = 0; r < paired.rowCount(); ++r) pairs << paired.index(r, 1).data().toString();
        QVERIFY2(pairs.contains(QStringLiteral("MMoE · uw − MMoE")), qPrintable(pairs.join(", ")));
    }

    void conflictLegendAndRepeatedMeasurements() {
        TrainingCharts charts;
        charts.resize(1400, 400);
        charts.show();
        charts.beginRun(1, QStringLiteral("Run 1"), {"a", "b", "c"});
        // Three tasks: pairs (a,b), (a,c), (b,c). Measurements at steps 0 and 10; the snapshots
        // between repeat the step-0 one, which must be drawn once.
        QVector<BatchSnapshot> batches;
        batches << measured(0, 0, {0.5, -0.2, std::nan("")}) << measured(1, 0, {0.5, -0.2, 0.1})
                << measured(2, 0, {0.5, -0.2, 0.1}) << measured(10, 10, {-0.1, 0.4, 0.3});
        charts.addBatches(1, batches);
        MetricChart* c = charts.conflictChart();
        QVERIFY(!c->isHidden());
        QVERIFY(charts.taskWeightChart()->isHidden());  // EW learns no weights
        QCOMPARE(c->rawCount(TrainingCharts::pairSeriesId(1, 0)), 2);
        QCOMPARE(c->rawCount(TrainingCharts::pairSeriesId(1, 2)), 1);  // NaN not drawn
        // (a,b): mean (0.5 - 0.1) / 2 = 0.2, one of two below 0; (a,c): 0.1, one of two.
        QVERIFY2(c->seriesName(TrainingCharts::pairSeriesId(1, 0)).startsWith("a vs b"),
                 qPrintable(c->seriesName(TrainingCharts::pairSeriesId(1, 0))));
        QVERIFY(c->seriesName(TrainingCharts::pairSeriesId(1, 0)).contains("0.200"));
        QVERIFY(c->seriesName(TrainingCharts::pairSeriesId(1, 1)).contains("0.100"));
        QVERIFY(c->seriesName(TrainingCharts::pairSeriesId(1, 2)).contains("0.300"));
        // The tooltip adds each pair's share of measured steps below 0.
        QVERIFY2(c->toolTip().contains("a vs b: mean 0.200; below 0 on 50.0% of 2 measured"),
                 qPrintable(c->toolTip()));
        QVERIFY(c->toolTip().contains("b vs c: mean 0.300; below 0 on 0.0% of 1 measured"));
        charts.removeRun(1);
        QVERIFY(c->isHidden());
        QVERIFY(c->seriesIds().isEmpty());
    }
};

QTEST_MAIN(TestWeighting)
#include "tst_ui_weighting.moc"
