// Nothing a user types into a numeric editor is silently replaced (offscreen, driving the real
// widgets): a value outside the range, or text that is not a number, is refused with the allowed
// range shown under the editor and the previous value kept, in the training panel, the data panel
// and the inspector. Setting an expert group's number of experts sets the gates of its mixtures
// in the same undo step, and the status bar says so. The loss weights list the graph's task heads
// before any run (fresh start, opened project, template). Selecting a block brings the inspector
// to the front when it is a tab behind another dock.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include "app/MainWindow.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/GraphView.h"
#include "editor/Inspector.h"
#include "editor/NodeItem.h"
#include "editor/ProblemList.h"
#include "graph/Templates.h"
#include "train/CsvImportDialog.h"
#include "train/DataPanel.h"
#include "train/TrainingPanel.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

// Types `text` into `spin` over its whole content and presses Enter, as a user does.
void typeInto(QAbstractSpinBox* spin, const QString& text) {
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

// The messages shown (visible) in `root` that contain `needle`.
QStringList shownMessages(QWidget* root, const QString& needle) {
    QStringList found;
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisibleTo(root) && label->text().contains(needle)) found << label->text();
    return found;
}

QString lineText(QAbstractSpinBox* spin) { return spin->findChild<QLineEdit*>()->text(); }

QDockWidget* dock(MainWindow& w, const char* name) {
    return w.findChild<QDockWidget*>(QLatin1String(name));
}

// The training panel's loss-weight section lists these tasks (and not "no task heads").
void checkLossWeights(MainWindow& w, const QStringList& tasks) {
    TrainingPanel* panel = w.trainingPanel();
    QCOMPARE(panel->tasks(), tasks);
    for (int i = 0; i < tasks.size(); ++i) QVERIFY(panel->lossWeightEditor(i));
    QVERIFY(shownMessages(panel, "no task heads").isEmpty());
}

}  // namespace

class TestEditors : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_editors");
        QSettings().clear();
        QFile::remove(MainWindow::recoveryPath());
    }
    void init() { QSettings().clear(); }

    // ---------------------------------------------------------------- 1. numeric editors

    void learningRateTakesLargeRatesAndRefusesTheRest() {
        TrainingPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QDoubleSpinBox* lr = panel.learningRateEditor();
        typeInto(lr, "0.001");
        QCOMPARE(lr->value(), 0.001);

        // A large rate is the user's to try (the run reports divergence): taken as typed.
        QSignalSpy changed(&panel, &TrainingPanel::learningRateChanged);
        typeInto(lr, "100");
        QCOMPARE(lr->value(), 100.0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.config().optimizer.lr, 100.0);
        typeInto(lr, "1e3");
        QCOMPARE(lr->value(), 1000.0);

        // Beyond the range: refused, said with the range, the value kept (not the minimum).
        changed.clear();
        typeInto(lr, "1e9");
        QCOMPARE(lr->value(), 1000.0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(lineText(lr), QString("1000"));
        QStringList shown = shownMessages(&panel, "1e9");
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown[0].contains("1e-07") && shown[0].contains("1e+06"), qPrintable(shown[0]));
        QVERIFY2(shown[0].contains("stays 1000"), qPrintable(shown[0]));

        // Not a number: refused the same way.
        typeInto(lr, "fast");
        QCOMPARE(lr->value(), 1000.0);
        QCOMPARE(shownMessages(&panel, "'fast' is not a number").size(), 1);
        QVERIFY(shownMessages(&panel, "1e9").isEmpty());  // one message: the last refusal

        // Zero is below the minimum: refused, not made 1e-07.
        typeInto(lr, "0");
        QCOMPARE(lr->value(), 1000.0);
        QCOMPARE(shownMessages(&panel, "outside the allowed range").size(), 1);

        // An accepted value clears the message.
        typeInto(lr, "3e-4");
        QCOMPARE(lr->value(), 3e-4);
        QVERIFY(shownMessages(&panel, "allowed range").isEmpty());
        QVERIFY(shownMessages(&panel, "not a number").isEmpty());
    }

    void trainingSettingsRefuseValuesOutsideTheirRange() {
        TrainingPanel panel;
        panel.setTasks({"income", "marital"});
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto* batch = panel.findChild<QSpinBox*>("batchSize");
        auto* epochs = panel.findChild<QSpinBox*>("epochs");
        QVERIFY(batch && epochs);
        typeInto(batch, "64");
        QCOMPARE(batch->value(), 64);

        typeInto(batch, "0");  // Qt made this 1 (or kept 64 without a word)
        QCOMPARE(batch->value(), 64);
        QCOMPARE(shownMessages(&panel, "0 is outside the allowed range, 1 to 65536").size(), 1);

        typeInto(batch, "100000");  // Qt swallowed the last keystroke: 10000
        QCOMPARE(batch->value(), 64);
        QCOMPARE(shownMessages(&panel, "100000 is outside the allowed range").size(), 1);

        typeInto(epochs, "2.5");
        QCOMPARE(shownMessages(&panel, "'2.5' is not a whole number").size(), 1);

        // Focus leaving the box ends the edit the same way as Enter.
        const int before = epochs->value();
        epochs->setFocus();
        epochs->selectAll();
        QTest::keyClicks(epochs, "-3");
        batch->setFocus();
        QCOMPARE(epochs->value(), before);
        QCOMPARE(shownMessages(&panel, "-3 is outside the allowed range").size(), 1);

        // A tiny weight decay is a number like any other (was rounded to 0 without a word).
        auto* decay = panel.findChild<QDoubleSpinBox*>("weightDecay");
        QVERIFY(decay);
        typeInto(decay, "1e-15");
        QCOMPARE(decay->value(), 1e-15);
        QCOMPARE(panel.config().optimizer.weightDecay, 1e-15);

        // Loss weights: no negative weight.
        QDoubleSpinBox* weight = panel.lossWeightEditor(1);
        typeInto(weight, "-1");
        QCOMPARE(weight->value(), 1.0);
        QCOMPARE(shownMessages(&panel, "-1 is outside the allowed range, 0 to 1e+06").size(), 1);
        QCOMPARE(panel.config().lossWeights[1].second, 1.0);
    }

    void dataSettingsRefuseValuesOutsideTheirRange() {
        DataPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto* rows = panel.findChild<QDoubleSpinBox*>("syntheticRows");
        auto* p = panel.findChild<QDoubleSpinBox*>("syntheticP");
        auto* d = panel.findChild<QDoubleSpinBox*>("syntheticD");
        QVERIFY(rows && p && d);
        typeInto(rows, "20000");
        QCOMPARE(panel.spec().synthetic.nTrain, 20000);

        typeInto(rows, "5000000");  // Qt swallowed the last keystroke: 500000 rows
        QCOMPARE(panel.spec().synthetic.nTrain, 20000);
        QCOMPARE(shownMessages(&panel, "5000000 is outside the allowed range").size(), 1);

        typeInto(p, "0.5");
        QCOMPARE(p->value(), 0.5);
        typeInto(p, "1.5");  // Qt swallowed it: "1."
        QCOMPARE(p->value(), 0.5);
        QCOMPARE(shownMessages(&panel, "1.5 is outside the allowed range, -1").size(), 1);
        typeInto(p, "0.123");  // more decimals than p has: refused, not rounded
        QCOMPARE(p->value(), 0.5);
        QCOMPARE(shownMessages(&panel, "0.123 has more than 2 decimal place").size(), 1);

        typeInto(d, "1");  // below the minimum of 2
        QCOMPARE(panel.spec().synthetic.d, 100);
        QCOMPARE(shownMessages(&panel, "1 is outside the allowed range, 2 to 4096").size(), 1);

        // Census rows: at most the file's 199,523.
        auto* source = panel.findChild<QComboBox*>("dataSource");
        source->setCurrentIndex(source->findData(int(DataSpec::Kind::Census)));
        auto* censusRows = panel.findChild<QSpinBox*>("censusRows");
        typeInto(censusRows, "300000");
        QCOMPARE(censusRows->value(), 0);
        QCOMPARE(shownMessages(&panel, "300000 is outside the allowed range").size(), 1);
        QVERIFY2(shownMessages(&panel, "stays all").size() == 1, "the kept value is named");
    }

    // In a dialog, a refused Enter stays in the box: it does not press the default button.
    void csvImportRefusesSplitsOutsideTheirRange() {
        QTemporaryDir dir;
        const QString path = dir.filePath("data.csv");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("age,click\n");
            for (int i = 0; i < 20; ++i)
                f.write(QByteArray::number(20 + i) + "," + (i % 2 ? "1\n" : "0\n"));
        }
        CsvImportDialog dialog(path, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* valid = dialog.findChild<QDoubleSpinBox*>("validFraction");
        auto* seed = dialog.findChild<QSpinBox*>("splitSeed");
        QVERIFY(valid && seed);
        const double before = valid->value();
        typeInto(valid, "95");
        QCOMPARE(valid->value(), before);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));  // not accepted by the Enter
        QCOMPARE(shownMessages(&dialog, "95 is outside the allowed range").size(), 1);
        typeInto(seed, "-5");
        QVERIFY(dialog.isVisible());
        QCOMPARE(shownMessages(&dialog, "-5 is outside the allowed range").size(), 1);
        dialog.reject();
    }

    void inspectorRefusesValuesOutsideTheRegistryRange() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        GraphDocument* doc = w.document();
        const NodeId ex = doc->graph().findByName("experts")->id;
        w.scene()->selectNodes({ex});
        auto* spin = qobject_cast<QSpinBox*>(w.inspector()->editorFor("num_experts"));
        QVERIFY(spin);
        QTRY_VERIFY(spin->isVisible());  // the new editors are shown by the event loop
        const int steps = doc->undoStack()->count();

        typeInto(spin, "0");  // was made 1 without a word
        QCOMPARE(spin->value(), 8);
        QCOMPARE(doc->graph().node(ex)->getInt("num_experts"), 8LL);
        QCOMPARE(doc->undoStack()->count(), steps);
        QCOMPARE(shownMessages(w.inspector(), "0 is outside the allowed range, 1 to 1024").size(),
                 1);

        typeInto(spin, "2000");  // its last keystroke was swallowed: 200 experts
        QCOMPARE(doc->graph().node(ex)->getInt("num_experts"), 8LL);
        QCOMPARE(shownMessages(w.inspector(), "2000 is outside the allowed range").size(), 1);

        // A real parameter: dropout at most 0.95.
        const NodeId tower = doc->graph().findByName("tower_task1")->id;
        w.scene()->selectNodes({tower});
        auto* dropout = qobject_cast<QDoubleSpinBox*>(w.inspector()->editorFor("dropout"));
        QVERIFY(dropout);
        QVERIFY2(dropout->toolTip().contains("From 0 to 0.95"), qPrintable(dropout->toolTip()));
        QTRY_VERIFY(dropout->isVisible());
        typeInto(dropout, "0.99");
        QCOMPARE(doc->graph().node(tower)->getReal("dropout"), 0.0);
        QCOMPARE(dropout->value(), 0.0);
        QCOMPARE(
            shownMessages(w.inspector(), "0.99 is outside the allowed range, 0 to 0.95").size(), 1);
        typeInto(dropout, "0.5");
        QCOMPARE(doc->graph().node(tower)->getReal("dropout"), 0.5);
        QVERIFY(shownMessages(w.inspector(), "allowed range").isEmpty());

        // A value outside the range that the block already holds (e.g. from a file) cannot be
        // shown by the spin box: the inspector says what the block holds.
        Graph g = doc->graph();
        g.setParam(ex, "num_experts", ParamValue::ofInt(2000));
        doc->reset(g);
        w.scene()->selectNodes({ex});
        spin = qobject_cast<QSpinBox*>(w.inspector()->editorFor("num_experts"));
        QTRY_VERIFY(spin && spin->isVisible());
        QCOMPARE(
            shownMessages(w.inspector(), "This block holds 2000, outside the allowed range").size(),
            1);
    }

    // -------------------------------------------------- 3. expert counts reach the gates

    void expertCountReachesTheGatesInOneStep() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        GraphDocument* doc = w.document();
        const Graph before = doc->graph();
        const NodeId ex = doc->graph().findByName("experts")->id;
        w.scene()->selectNodes({ex});
        auto* spin = qobject_cast<QSpinBox*>(w.inspector()->editorFor("num_experts"));
        QVERIFY(spin);
        const int steps = doc->undoStack()->count();

        typeInto(spin, "6");
        QCOMPARE(doc->graph().node(ex)->getInt("num_experts"), 6LL);
        for (const char* gate : {"gate_task1", "gate_task2"})
            QCOMPARE(doc->graph().findByName(gate)->getInt("num_experts"), 6LL);
        QVERIFY2(doc->validation().ok(), doc->validation().summary().c_str());
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY2(doc->undoStack()->undoText().startsWith("Set Experts of experts to 6 (and 2 gate"),
                 qPrintable(doc->undoStack()->undoText()));
        const QString status = w.statusBar()->currentMessage();
        QVERIFY2(status.contains("gate_task1") && status.contains("gate_task2") &&
                     status.contains("now has 6 expert"),
                 qPrintable(status));

        // One undo puts the group and both gates back.
        w.action("undo")->trigger();
        QVERIFY(doc->graph() == before);
        QCOMPARE(spin->value(), 8);
        w.action("redo")->trigger();
        QCOMPARE(doc->graph().findByName("gate_task2")->getInt("num_experts"), 6LL);

        // Arrow steps (one merged step) keep the gates in line at every value.
        spin->setFocus();
        for (int i = 0; i < 2; ++i) QTest::keyClick(spin, Qt::Key_Down);
        QCOMPARE(doc->graph().findByName("gate_task1")->getInt("num_experts"), 4LL);
        QVERIFY2(doc->undoStack()->undoText().startsWith("Set Experts of experts to 4 (and 2 gate"),
                 qPrintable(doc->undoStack()->undoText()));
        QVERIFY(doc->validation().ok());
    }

    void expertCountLowersTopKOfItsGates() {
        MainWindow w;
        w.loadTemplate("mmoe_topk");
        GraphDocument* doc = w.document();
        const NodeId ex = doc->graph().findByName("experts")->id;
        w.scene()->selectNodes({ex});
        auto* spin = qobject_cast<QSpinBox*>(w.inspector()->editorFor("num_experts"));
        typeInto(spin, "1");
        for (const char* gate : {"gate_task1", "gate_task2"}) {
            QCOMPARE(doc->graph().findByName(gate)->getInt("num_experts"), 1LL);
            QCOMPARE(doc->graph().findByName(gate)->getInt("k"), 1LL);
        }
        QVERIFY2(doc->validation().ok(), doc->validation().summary().c_str());
        QVERIFY2(w.statusBar()->currentMessage().contains("k of gate_task1 lowered to 1"),
                 qPrintable(w.statusBar()->currentMessage()));
    }

    // ------------------------------------------- 2. loss weights list the graph's heads

    void lossWeightsListTheHeadsOnAFreshStart() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        checkLossWeights(w, {"task1", "task2"});
    }

    void lossWeightsListTheHeadsOfAnOpenedProject() {
        QTemporaryDir dir;
        const QString path = dir.filePath("census.mtlproj");
        {
            MainWindow w;
            TemplateOptions o;
            o.schema = defaultSchema();
            o.schema.tasks = {{"income", TaskKind::Binary}, {"marital", TaskKind::Binary}};
            w.document()->replaceGraph(makeTemplate("cgc", o), "CGC");
            QString error;
            QVERIFY2(w.saveProjectFile(path, &error), qPrintable(error));
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString error;
        QVERIFY2(w.openProjectFile(path, &error), qPrintable(error));
        checkLossWeights(w, {"income", "marital"});
    }

    void lossWeightsListTheHeadsOfATemplate() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.loadTemplate("esmm");
        const QStringList tasks = w.trainingPanel()->tasks();
        QCOMPARE(tasks.size(), 3);  // click, cvr (weight 0), click_and_conversion
        QVERIFY(tasks.contains("click"));
        QVERIFY(tasks.contains("click_and_conversion"));
        const int cvr = tasks.indexOf("click_and_conversion_given_click");
        QVERIFY(cvr >= 0);
        QCOMPARE(w.trainingPanel()->lossWeightEditor(cvr)->value(), 0.0);  // the head's weight
        checkLossWeights(w, tasks);

        // A head renamed in the inspector is renamed in the list.
        const NodeId head = w.document()->graph().findByName("click")->id;
        QString reason;
        QVERIFY(w.document()->setParam(head, "task", ParamValue::ofString("ctr"), &reason));
        QVERIFY(w.trainingPanel()->tasks().contains("ctr"));
        QVERIFY(!w.trainingPanel()->tasks().contains("click"));
    }

    // ------------------------------------------- 4. selecting shows the inspector

    void selectingABlockBringsTheInspectorToTheFront() {
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QDockWidget* inspector = dock(w, "inspectorDock");
        QDockWidget* training = dock(w, "trainingDock");
        QDockWidget* data = dock(w, "dataDock");
        // A tabbed dock is shown to the user when its tab is selected (visibilityChanged).
        bool shown = true;
        connect(inspector, &QDockWidget::visibilityChanged, this, [&](bool on) { shown = on; });
        w.tabifyDockWidget(inspector, training);
        training->raise();
        QTRY_VERIFY(!shown);

        // A click on a block on the canvas.
        const NodeId ex = w.document()->graph().findByName("experts")->id;
        NodeItem* item = w.scene()->nodeItem(ex);
        w.view()->centerOn(item);
        const QPoint at = w.view()->mapFromScene(item->sceneBoundingRect().center());
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(w.scene()->selectedNodes(), QList<NodeId>{ex});
        QTRY_VERIFY(shown);
        QCOMPARE(w.inspector()->node(), ex);

        // A click on a problem in the problem list (the block already selected, too).
        QString reason;
        const NodeId gate = w.document()->graph().findByName("gate_task1")->id;
        QVERIFY(w.document()->setParam(gate, "num_experts", ParamValue::ofInt(3), &reason));
        auto* tree = w.problems()->findChild<QTreeWidget*>();
        QTreeWidgetItem* problem = nullptr;
        for (int i = 0; i < tree->topLevelItemCount() && !problem; ++i)
            if (tree->topLevelItem(i)->text(0).startsWith("mix_task1"))
                problem = tree->topLevelItem(i);
        QVERIFY(problem);
        const NodeId mix = w.document()->graph().findByName("mix_task1")->id;
        for (int round = 0; round < 2; ++round) {
            data->raise();
            QTRY_VERIFY(!shown);
            dock(w, "problemsDock")->raise();
            tree->scrollToItem(problem);
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier,
                              tree->visualItemRect(problem).center());
            QCOMPARE(w.scene()->selectedNodes(), QList<NodeId>{mix});
            QTRY_VERIFY(shown);
            QCOMPARE(w.inspector()->node(), mix);
        }

        // A closed inspector stays closed.
        inspector->close();
        w.scene()->selectNodes({ex});
        QTest::qWait(50);
        QVERIFY(!shown);
        QVERIFY(!inspector->isVisible());
    }
};

QTEST_MAIN(TestEditors)
#include "tst_ui_editors.moc"
