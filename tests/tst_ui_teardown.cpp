// Destruction order: closing and destroying the main window while a run trains or is paused
// (quitting mid-training), and destroying charts with hover events still pending, run no code of
// a half-destroyed object. The failures this guards against are heap use-after-free reads and
// member calls on objects being destroyed: they show reliably under the sanitizer build
// (-fsanitize=address,undefined), where this test runs in CI; without it they may pass silently.
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "dashboard/MetricChart.h"
#include "dashboard/TrainingCharts.h"
#include "editor/GraphDocument.h"
#include "train/DataPanel.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

using namespace mtl;
using namespace mtl::ui;
using State = TrainingController::State;

namespace {

DataSpec smallSynthetic() {
    DataSpec d;
    d.synthetic.d = 12;
    d.synthetic.nTrain = 3000;
    d.synthetic.nValid = d.synthetic.nTest = 600;
    d.synthetic.binary = true;
    return d;
}

TrainConfig longRun() {
    TrainConfig c;
    c.epochs = 1000;  // never finishes on its own during the test
    c.batchSize = 32;
    c.seed = 3;
    return c;
}

// A main window training on small synthetic data (the template's heads adapted to the data: one
// undo step, so the undo stack has something to clear when it is destroyed).
MainWindow* trainingWindow() {
    auto* w = new MainWindow;
    w->show();
    w->dataPanel()->setSpec(smallSynthetic());
    w->trainingPanel()->setConfig(longRun());
    w->trainingPanel()->trainAction()->trigger();
    return w;
}

// Mouse moves over the chart's plot (delivered now) and more of them posted (still pending).
void hoverAndLeavePending(MetricChart* chart) {
    auto* view = chart->findChild<QChartView*>();
    QVERIFY(view);
    QWidget* viewport = view->viewport();
    const QPoint c = viewport->rect().center();
    for (int dx : {-20, 0, 20}) QTest::mouseMove(viewport, c + QPoint(dx, 0));
    for (int dx : {-10, 10}) {
        const QPointF p = c + QPoint(dx, 5);
        QCoreApplication::postEvent(
            viewport, new QMouseEvent(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton,
                                      Qt::NoButton, Qt::NoModifier));
    }
    QCoreApplication::postEvent(viewport, new QEvent(QEvent::Leave));
}

}  // namespace

class TestUiTeardown : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_teardown");
        QSettings().clear();
    }

    // The user quits while a run trains: the close is confirmed (the adapted graph is an unsaved
    // change) and the window destroyed with the run still going.
    void closeMidRun() {
        QPointer<MainWindow> w = trainingWindow();
        QTRY_VERIFY_WITH_TIMEOUT(w->trainer()->state() == State::Running, 10000);
        QVERIFY(w->document()->undoStack()->canUndo());
        ui_test::answerNextDialog(QMessageBox::Discard);
        QVERIFY(w->close());
        QVERIFY(ui_test::shown.contains(QLatin1String("unsaved")));
        delete w;
        QVERIFY(w.isNull());
        QCoreApplication::processEvents();  // nothing queued for the dead window runs
    }

    void closeWhilePaused() {
        QPointer<MainWindow> w = trainingWindow();
        QTRY_VERIFY_WITH_TIMEOUT(w->trainer()->state() == State::Running, 10000);
        w->trainingPanel()->pauseAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w->trainer()->state() == State::Paused, 10000);
        ui_test::answerNextDialog(QMessageBox::Discard);
        QVERIFY(w->close());
        delete w;
        QVERIFY(w.isNull());
        QCoreApplication::processEvents();
    }

    // Destroyed without a close (e.g. the application object going away), while loading data
    // and while running, with the charts' hover active.
    void destroyMidRunWithoutClose() {
        for (bool waitForRun : {false, true}) {
            MainWindow* w = trainingWindow();
            if (waitForRun) {
                QTRY_VERIFY_WITH_TIMEOUT(w->trainer()->state() == State::Running, 10000);
                QTRY_VERIFY_WITH_TIMEOUT(
                    w->charts()->trainingLossChart()->rawCount(TrainingCharts::seriesId(0, -1)) > 2,
                    10000);
                hoverAndLeavePending(w->charts()->trainingLossChart());
            }
            delete w;
            QCoreApplication::processEvents();
        }
    }

    // A chart destroyed with hover events pending on its viewport: the chart's event filter must
    // not run (or call into the view) while the view is being destroyed.
    void destroyChartWithHoverPending() {
        QWidget host;
        host.resize(500, 350);
        auto* chart = new MetricChart(&host);
        chart->resize(500, 350);
        chart->addSeries(QStringLiteral("s"), QStringLiteral("loss"));
        QVector<QPointF> pts;
        for (int i = 0; i < 50; ++i) pts << QPointF(i, 1.0 / (1 + i));
        chart->addPoints(QStringLiteral("s"), pts);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        hoverAndLeavePending(chart);
        delete chart;
        QCoreApplication::processEvents();
        // The same with the whole dashboard, destroyed with its parent.
        auto* charts = new TrainingCharts(&host);
        charts->resize(700, 500);
        charts->show();
        charts->beginRun(0, QStringLiteral("run"), {QStringLiteral("a"), QStringLiteral("b")});
        hoverAndLeavePending(charts->trainingLossChart());
    }
};

QTEST_MAIN(TestUiTeardown)
#include "tst_ui_teardown.moc"
