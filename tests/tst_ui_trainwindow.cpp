// Training from the main window as a user does it (offscreen): Train on synthetic data and watch
// the charts fill, Pause, Step one batch, change the learning rate while paused and see the next
// batch use it, Resume, Stop; a diverging run (learning rate 1e6) ends with a message and the app
// keeps working; runs saved in a project reopen with the same curves and gate heatmap.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "app/RunsPanel.h"
#include "dashboard/GateHeatmap.h"
#include "dashboard/MetricChart.h"
#include "dashboard/TrainingCharts.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/NodeItem.h"
#include "editor/UsageItem.h"
#include "train/DataPanel.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

using namespace mtl;
using namespace mtl::ui;
using State = TrainingController::State;

Q_DECLARE_METATYPE(QVector<mtl::BatchSnapshot>)

namespace {

using ui_test::answerNextDialog;
using ui_test::shown;

DataSpec smallSynthetic() {
    DataSpec d;
    d.synthetic.d = 12;  // the template's input block says 100: the run fits it
    d.synthetic.nTrain = 3000;
    d.synthetic.nValid = d.synthetic.nTest = 600;
    d.synthetic.binary = true;
    return d;
}

TrainConfig config(int epochs, double lr) {
    TrainConfig c;
    c.epochs = epochs;
    c.batchSize = 32;
    c.optimizer.lr = lr;
    c.seed = 7;
    return c;
}

// Rows of the gate-usage grid drawn under the block called `name` (0 when there is none).
int usageRows(MainWindow& w, const char* name) {
    const mtl::Node* n = w.document()->graph().findByName(name);
    for (QGraphicsItem* child : w.scene()->nodeItem(n->id)->childItems())
        if (auto* u = dynamic_cast<UsageItem*>(child))
            return qRound(u->boundingRect().height() / 9);
    return 0;
}

int totalPoints(MainWindow& w, int runId) {
    return w.charts()->trainingLossChart()->rawCount(TrainingCharts::seriesId(runId, -1));
}

}  // namespace

class TestTrainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_trainwindow");
        QSettings().clear();
        qRegisterMetaType<QVector<mtl::BatchSnapshot>>();
    }

    void trainPauseStepResumeStop() {
        MainWindow w;
        w.show();
        w.dataPanel()->setSpec(smallSynthetic());
        // Long enough that Stop always comes first: 40 epochs of this small set could end before
        // Stop on a loaded machine (seen once in 10 runs beside two other GUI tests).
        w.trainingPanel()->setConfig(config(5000, 1e-3));
        QSignalSpy batches(w.trainer(), &TrainingController::batches);
        w.trainingPanel()->trainAction()->trigger();
        // The graph is locked while the run is active.
        QTRY_VERIFY(w.trainer()->state() == State::Running);
        QVERIFY(!w.action("delete")->isEnabled());
        QVERIFY(!w.action("undo")->isEnabled());
        // The template's regression heads were adapted to the binary data, as one undo step.
        QCOMPARE(w.document()->graph().findByName("task1")->type, std::string("task.binary"));
        QTRY_VERIFY_WITH_TIMEOUT(totalPoints(w, 0) > 20, 10000);  // the charts receive points

        w.trainingPanel()->pauseAction()->trigger();
        QTRY_VERIFY(w.trainer()->state() == State::Paused);
        QTest::qWait(300);  // anything in flight arrives
        const int atPause = totalPoints(w, 0);
        QTest::qWait(300);
        QCOMPARE(totalPoints(w, 0), atPause);  // paused: nothing more

        // A value edit during the run is allowed, but it does not bring undo back before the end.
        const mtl::Node* head = w.document()->graph().findByName("task1");
        w.document()->undoStack()->clear();  // so that the edit turns "can undo" on
        QVERIFY(w.document()->setParam(head->id, "loss_weight", mtl::ParamValue::ofReal(0.5)));
        QVERIFY(!w.action("undo")->isEnabled());

        // A new learning rate while paused; one Step runs exactly one batch, with that rate.
        w.trainingPanel()->learningRateEditor()->setValue(0.0123);
        batches.clear();
        w.trainingPanel()->stepAction()->trigger();
        QTRY_COMPARE(totalPoints(w, 0), atPause + 1);
        QTRY_VERIFY(!batches.isEmpty());
        const auto last = batches.last().at(0).value<QVector<mtl::BatchSnapshot>>();
        QCOMPARE(last.back().learningRate, 0.0123);
        QTest::qWait(200);
        QCOMPARE(totalPoints(w, 0), atPause + 1);
        QCOMPARE(w.trainer()->state(), State::Paused);

        w.trainingPanel()->pauseAction()->trigger();  // "Resume" while paused
        QTRY_VERIFY(totalPoints(w, 0) > atPause + 10);
        w.trainingPanel()->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.trainer()->state() == State::Idle, 10000);
        QCOMPARE(w.runs().size(), size_t(1));
        QVERIFY(w.runs()[0].stopped);
        QCOMPARE(w.document()->graph().findByName("input")->getInt("numeric"),
                 12LL);  // fitted to the data
        QVERIFY(w.document()->validation().ok());
        QVERIFY(w.action("delete")->isEnabled() || w.scene());  // unlocked again
        QVERIFY(w.action("undo")->isEnabled());
        QVERIFY(w.isProjectModified());
        answerNextDialog(QMessageBox::Discard);
        w.close();
    }

    void divergingRunStopsWithAMessage() {
        MainWindow w;
        w.show();
        w.dataPanel()->setSpec(smallSynthetic());
        w.trainingPanel()->setConfig(config(3, 1e6));
        answerNextDialog(QMessageBox::Ok);
        w.trainingPanel()->trainAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.trainer()->state() == State::Idle && !w.runs().empty(), 15000);
        QVERIFY(!w.runs()[0].ok);
        QVERIFY2(QString::fromStdString(w.runs()[0].endReason).contains("diverged"),
                 w.runs()[0].endReason.c_str());
        QTRY_VERIFY(shown.contains("diverged"));
        // Still usable: a sensible run afterwards trains to the end.
        w.trainingPanel()->setConfig(config(2, 1e-3));
        w.trainingPanel()->trainAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.runs().size() == 2, 15000);
        QVERIFY(w.runs()[1].ok && !w.runs()[1].stopped);
        QCOMPARE(w.runs()[1].epochs.size(), size_t(2));
        answerNextDialog(QMessageBox::Discard);
        w.close();
    }

    void runsReopenWithTheirCurvesAndGates() {
        QTemporaryDir dir;
        const QString path = dir.filePath("runs.mtlproj");
        int points = 0, epochs = 0;
        double gateValue = 0;
        QString gateLabel;
        {
            MainWindow w;
            w.show();
            w.dataPanel()->setSpec(smallSynthetic());
            w.trainingPanel()->setConfig(config(3, 3e-3));
            w.trainingPanel()->trainAction()->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(w.runs().size() == 1, 15000);
            QTRY_VERIFY(w.trainer()->state() == State::Idle);
            const RunRecord& run = w.runs()[0];
            QVERIFY(run.ok);
            QVERIFY(!run.epochs.back().valid.gates.empty());
            gateLabel = QString::fromStdString(run.epochs.back().valid.gates[0].gate);
            points = totalPoints(w, 0);
            QCOMPARE(points, static_cast<int>(run.batches.size()));
            epochs = w.gateHeatmap()->epochCount();
            QCOMPARE(epochs, 3);
            gateValue = w.gateHeatmap()->valueAt(gateLabel, 2);
            QCOMPARE(gateValue, run.epochs.back().valid.gates[0].mean[2]);
            QString error;
            QVERIFY2(w.saveProjectFile(path, &error), qPrintable(error));
            QVERIFY(!w.isProjectModified());
        }
        MainWindow w;
        QString error;
        QVERIFY2(w.openProjectFile(path, &error), qPrintable(error));
        QCOMPARE(w.runs().size(), size_t(1));
        QCOMPARE(w.runsPanel()->currentRun(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(totalPoints(w, 0), points);  // the same curve
        QCOMPARE(w.gateHeatmap()->epochCount(), epochs);
        QCOMPARE(w.gateHeatmap()->valueAt(gateLabel, 2), gateValue);  // the same heatmap
        QCOMPARE(usageRows(w, "experts"), 2);   // both gates' use of the experts, on the canvas
        QVERIFY(!w.runs()[0].weights.empty());  // and the trained weights
        // Deleting the run is an unsaved change.
        emit w.runsPanel()->deleteRequested(0);
        QVERIFY(w.runs().empty());
        QVERIFY(w.isProjectModified());
    }
};

QTEST_MAIN(TestTrainWindow)
#include "tst_ui_trainwindow.moc"
