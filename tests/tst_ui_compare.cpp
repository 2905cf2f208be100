// Comparing two runs: train two small runs from the main window (task correlation p = 0 and
// p = 1), tick both in the Runs panel and press Compare Runs. The comparison shows both gate
// heatmaps on one colour scale (equal weights get equal colours, probed on the painted cells, even
// when the runs' own ranges differ), rows named by task (from the gates' identity), the curves of
// both runs overlaid, and each run's gate analysis under its heatmap.
#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>
#include <cmath>

#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "app/RunsPanel.h"
#include "dashboard/GateHeatmap.h"
#include "dashboard/MetricChart.h"
#include "dashboard/RunComparison.h"
#include "dashboard/TrainingCharts.h"
#include "train/DataPanel.h"
#include "train/RunHistory.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

using namespace mtl;
using namespace mtl::ui;
using State = TrainingController::State;

namespace {

DataSpec synthetic(double p) {
    DataSpec d;
    d.synthetic.d = 12;
    d.synthetic.nTrain = 1500;
    d.synthetic.nValid = d.synthetic.nTest = 400;
    d.synthetic.binary = true;
    d.synthetic.p = p;
    return d;
}

TrainConfig config() {
    TrainConfig c;
    c.epochs = 3;
    c.batchSize = 32;
    c.optimizer.lr = 1e-2;
    c.seed = 7;
    return c;
}

void train(MainWindow& w, double p, size_t runsAfter) {
    w.dataPanel()->setSpec(synthetic(p));
    w.trainingPanel()->setConfig(config());
    w.trainingPanel()->trainAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.runs().size(), runsAfter, 120000);
    QTRY_VERIFY(!w.trainer()->isActive());
}

// The colour painted in the cell (gate, expert) of a heatmap, away from its centred text.
QColor cellColour(GateHeatmap* map, const QString& gate, int expert) {
    const QRect r = map->cellRect(gate, expert);
    if (r.isEmpty()) return QColor();
    const QImage img = map->grab().toImage();
    return img.pixelColor(r.topLeft() + QPoint(3, 3));
}

}  // namespace

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_compare");
        QSettings().clear();
    }

    void twoRunsSideBySideOnOneScale() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        train(w, 0.0, 1);
        if (QTest::currentTestFailed()) return;
        train(w, 1.0, 2);
        if (QTest::currentTestFailed()) return;
        const RunRecord a = w.runs()[0], b = w.runs()[1];
        QCOMPARE(a.test.gates.size(), size_t(2));  // the MMoE template: one gate per task

        // Compare Runs needs two runs: tick both.
        RunsPanel* panel = w.runsPanel();
        QVERIFY(!panel->compareButton()->isEnabled() || panel->comparisonPair().size() == 2);
        for (int i = 0; i < 2; ++i) w.history()->setCompared(i, true);
        QVERIFY(panel->compareButton()->isEnabled());
        QCOMPARE(panel->comparisonPair(), QList<int>({0, 1}));
        QTest::mouseClick(panel->compareButton(), Qt::LeftButton);
        auto* view = w.findChild<RunComparison*>();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(view));

        // Titles, curves of both runs overlaid, the gate analysis under each heatmap.
        QVERIFY(view->titleLabel(0)->text().startsWith(QString::fromStdString(a.name)));
        QVERIFY(view->titleLabel(1)->text().startsWith(QString::fromStdString(b.name)));
        QVERIFY2(view->titleLabel(1)->text().contains(QStringLiteral("p=1")),
                 qPrintable(view->titleLabel(1)->text()));
        QCOMPARE(view->charts()->runIds(), QList<int>({0, 1}));
        MetricChart* valid = view->charts()->validationLossChart();
        QCOMPARE(valid->rawCount(TrainingCharts::seriesId(1, 0)), int(b.epochs.size()));
        QCOMPARE(valid->displayedCount(TrainingCharts::seriesId(1, 0)), int(b.epochs.size()));
        for (int side = 0; side < 2; ++side) {
            const QString text = view->summaryLabel(side)->text();
            QVERIFY2(text.contains("Jensen-Shannon") && text.contains("entropy") &&
                         text.contains("Dead experts"),
                     qPrintable(text));
        }
        QVERIFY(std::isfinite(a.gateSummary.meanJs) && std::isfinite(b.gateSummary.meanJs));

        // Rows are named by task, from the gates' identity, in both heatmaps.
        for (int side = 0; side < 2; ++side) {
            GateHeatmap* map = view->heatmap(side);
            const QVector<GateStats> gates = map->shownGates();
            QCOMPARE(gates.size(), 2);
            QCOMPARE(GateHeatmap::rowName(gates[0]), QStringLiteral("task1"));
            QCOMPARE(GateHeatmap::rowName(gates[1]), QStringLiteral("task2"));
            const QString tip =
                map->toolTipAt(map->cellRect(QString::fromStdString(gates[1].gate), 0).center());
            QVERIFY2(tip.startsWith(QStringLiteral("task2")), qPrintable(tip));
        }

        // One colour scale: 0..1 by default, for both heatmaps.
        QCOMPARE(view->scale(), RunComparison::Scale::Fixed);
        QCOMPARE(view->heatmap(0)->colorMax(), 1.0);
        QCOMPARE(view->heatmap(1)->colorMax(), 1.0);

        // Equal weights get equal colours. The second run is given, in its last epoch, the first
        // run's weight of gate 0 on expert 0, and one large weight, so that the runs' own scales
        // differ (each heatmap alone would colour the equal weights differently).
        RunRecord b2 = b;
        {
            std::vector<GateStats>& g = b2.epochs.back().valid.gates;
            const GateStats& ga = a.epochs.back().valid.gates[0];
            g[0].mean[0] = ga.mean[0];
            g[1].mean[1] = 0.97;
        }
        view->setRuns(a, 0, b2, 1);
        QCoreApplication::processEvents();
        GateHeatmap *left = view->heatmap(0), *right = view->heatmap(1);
        QVERIFY2(left->naturalColorMax() != right->naturalColorMax(),
                 qPrintable(QStringLiteral("%1 %2")
                                .arg(left->naturalColorMax())
                                .arg(right->naturalColorMax())));
        const QString gateA = QString::fromStdString(a.epochs.back().valid.gates[0].gate);
        const QString gateB = QString::fromStdString(b2.epochs.back().valid.gates[0].gate);
        QCOMPARE(left->valueAt(gateA, 0), right->valueAt(gateB, 0));
        for (RunComparison::Scale scale :
             {RunComparison::Scale::Fixed, RunComparison::Scale::Shared}) {
            view->setScale(scale);
            QCOMPARE(left->colorMax(), right->colorMax());
            const QColor l = cellColour(left, gateA, 0), r = cellColour(right, gateB, 0);
            QVERIFY(l.isValid());
            QCOMPARE(l, r);
        }
        // Each run on its own scale (the old behaviour): the same weight, two colours.
        left->setColorScale(0);
        right->setColorScale(0);
        QVERIFY(cellColour(left, gateA, 0) != cellColour(right, gateB, 0));
        view->setScale(RunComparison::Scale::Fixed);
        QCOMPARE(left->colorMax(), 1.0);

        // The main Gates heatmap can be fixed to 0..1 with its check box, too.
        GateHeatmap* main = w.gateHeatmap();
        auto* box = main->findChild<QAbstractButton*>();
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        box->click();
        QCOMPARE(main->colorMax(), 1.0);
        box->click();
        QCOMPARE(main->colorMax(), main->naturalColorMax());

        // A screenshot of the comparison of the two real runs, when asked for.
        QTest::mouseClick(panel->compareButton(), Qt::LeftButton);
        const QString shot = qEnvironmentVariable("MTL_COMPARE_SHOT");
        if (!shot.isEmpty()) {
            view->resize(1300, 820);
            QCoreApplication::processEvents();
            QVERIFY(view->grab().save(shot));
        }
    }
};

QTEST_MAIN(TestCompare)
#include "tst_ui_compare.moc"
