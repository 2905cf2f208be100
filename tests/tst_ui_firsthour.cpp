// The first hour of a new user, offscreen, through the real widgets and actions: nothing they touch
// may say something false. A refused Train changes nothing; a Train that adapts the graph says so
// (status bar and undo text); Resume clears "Paused" and the speed / ETA do not move while paused;
// a refused connection's reason goes once a connection succeeds; Duplicate is undone as
// "Duplicate"; Ctrl+Y and Ctrl+Shift+Z both redo; a model far beyond the machine asks first, with
// its figures; runs are told apart by architecture, data and settings, in the list and in the
// chart legends; the list's check boxes stay in view; regression runs show no ROC chart; edge
// labels do not overlap.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "app/RunsPanel.h"
#include "dashboard/MetricChart.h"
#include "dashboard/MetricsTable.h"
#include "dashboard/RocChart.h"
#include "dashboard/TrainingCharts.h"
#include "editor/EdgeItem.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/GraphView.h"
#include "editor/NodeItem.h"
#include "editor/PortItem.h"
#include "graph/Templates.h"
#include "train/DataPanel.h"
#include "train/RunHistory.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

using namespace mtl;
using namespace mtl::ui;
using State = TrainingController::State;

namespace {

using ui_test::answerNextDialog;
using ui_test::shown;

DataSpec smallSynthetic(bool binary = true) {
    DataSpec d;
    d.synthetic.d = 12;
    d.synthetic.nTrain = 2000;
    d.synthetic.nValid = d.synthetic.nTest = 400;
    d.synthetic.binary = binary;
    return d;
}

TrainConfig config(int epochs) {
    TrainConfig c;
    c.epochs = epochs;
    c.batchSize = 32;
    c.optimizer.lr = 3e-3;
    c.seed = 7;
    return c;
}

QString status(MainWindow& w) { return w.statusBar()->currentMessage(); }

// The status bar's progress text ("Epoch 1/40 · batch 3/63 · ...").
QString progressText(MainWindow& w) {
    for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
        if (l->text().startsWith(QLatin1String("Epoch "))) return l->text();
    return {};
}

void sendMouse(QWidget* w, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons) {
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), Qt::LeftButton, buttons,
                  Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

QPoint portInView(MainWindow& w, const PortRef& ref, bool output) {
    PortItem* p = w.scene()->portItem(ref, output);
    return p ? w.view()->mapFromScene(p->sceneBoundingRect().center()) : QPoint();
}

void trainToTheEnd(MainWindow& w, size_t runs) {
    w.trainingPanel()->trainAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.runs().size() == runs, 30000);
    QTRY_VERIFY(w.trainer()->state() == State::Idle);
}

QLegend* legendOf(MetricChart* chart) {
    auto* view = chart->findChild<QChartView*>();
    return view ? view->chart()->legend() : nullptr;
}

}  // namespace

class TestFirstHour : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_firsthour");
        QSettings().clear();
    }

    // 1. Train with an error in the graph: refused, and nothing changed (the heads are still the
    // template's regression heads although the data is binary; no undo step).
    void refusedTrainChangesNothing() {
        MainWindow w;
        w.show();
        w.dataPanel()->setSpec(smallSynthetic(true));
        const mtl::Node* tower = w.document()->graph().findByName("tower_task2");
        const std::vector<mtl::Edge> in = w.document()->graph().edgesInto(tower->id);
        w.document()->removeEdges(QList<mtl::Edge>(in.begin(), in.end()));
        QVERIFY(!w.document()->validation().ok());
        const mtl::Graph before = w.document()->graph();
        const int steps = w.document()->undoStack()->count();
        const QString undoText = w.document()->undoStack()->undoText();
        w.trainingPanel()->trainAction()->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(w.trainer()->state(), State::Idle);
        QVERIFY(w.document()->graph() == before);
        QCOMPARE(w.document()->graph().findByName("task1")->type, std::string("task.regression"));
        QCOMPARE(w.document()->undoStack()->count(), steps);
        QCOMPARE(w.document()->undoStack()->undoText(), undoText);
        QVERIFY2(status(w).contains("errors"), qPrintable(status(w)));
    }

    // 1. Train that adapts the heads says so, in the status bar and in the undo text, and so does
    // fitting the input block after the run.
    void trainSaysWhatItAdapted() {
        MainWindow w;
        w.show();
        w.dataPanel()->setSpec(smallSynthetic(true));
        w.trainingPanel()->setConfig(config(1));
        // The input block may already read the data's widths (it follows the Data dock's choice,
        // also the one remembered from an earlier start): then there is nothing to fit after it.
        const qint64 inputBefore = w.document()->graph().findByName("input")->getInt("numeric");
        w.trainingPanel()->trainAction()->trigger();
        QCOMPARE(w.document()->graph().findByName("task1")->type, std::string("task.binary"));
        const QString undo = w.document()->undoStack()->undoText();
        QVERIFY2(undo.startsWith("Train:") && undo.contains("task1") && undo.contains("binary"),
                 qPrintable(undo));
        QVERIFY2(status(w).contains("Train adapted the graph") && status(w).contains("task1"),
                 qPrintable(status(w)));
        // The message outlives the loading messages: still there once the run trains (a short
        // run may already be over when the event loop is next polled).
        QTRY_VERIFY_WITH_TIMEOUT(w.trainer()->state() == State::Running || w.runs().size() == 1,
                                 10000);
        if (w.runs().empty())
            QVERIFY2(status(w).contains("Train adapted the graph"), qPrintable(status(w)));
        QTRY_VERIFY_WITH_TIMEOUT(w.runs().size() == 1, 30000);
        // After the run the input block reads the data's 12 columns: said too.
        QCOMPARE(w.document()->graph().findByName("input")->getInt("numeric"), 12LL);
        const QString fit = w.document()->undoStack()->undoText();
        if (inputBefore != 12) {
            QVERIFY2(fit.startsWith("Train:") && fit.contains("12"), qPrintable(fit));
            QVERIFY2(status(w).contains("input block"), qPrintable(status(w)));
            // Undo takes back the fit, then the heads.
            w.action("undo")->trigger();
            QCOMPARE(w.document()->graph().findByName("input")->getInt("numeric"), inputBefore);
        } else {
            QCOMPARE(fit, undo);  // nothing fitted: the last step is still the heads'
        }
        w.action("undo")->trigger();
        QCOMPARE(w.document()->graph().findByName("task1")->type, std::string("task.regression"));
    }

    // 2. Paused: the progress says "paused" (no speed or ETA that keep changing); Resume clears
    // the "Paused" message.
    void pauseAndResumeTellTheTruth() {
        MainWindow w;
        w.show();
        w.dataPanel()->setSpec(smallSynthetic(true));
        w.trainingPanel()->setConfig(config(200));
        w.trainingPanel()->trainAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(progressText(w).contains("samples/s"), 10000);
        w.trainingPanel()->pauseAction()->trigger();
        QTRY_VERIFY(w.trainer()->state() == State::Paused);
        QVERIFY2(status(w).startsWith("Paused"), qPrintable(status(w)));
        QTest::qWait(200);
        QVERIFY2(progressText(w).contains("paused"), qPrintable(progressText(w)));
        QVERIFY2(!progressText(w).contains("samples/s") && !progressText(w).contains("ETA"),
                 qPrintable(progressText(w)));
        // A step trains one batch: the batch number moves, the speed and ETA still do not show.
        const QString atPause = progressText(w);
        w.trainingPanel()->stepAction()->trigger();
        QTRY_VERIFY(progressText(w) != atPause);
        QTest::qWait(100);
        QVERIFY2(progressText(w).contains("paused") && !progressText(w).contains("ETA"),
                 qPrintable(progressText(w)));

        w.trainingPanel()->pauseAction()->trigger();  // "Resume"
        QTRY_VERIFY(w.trainer()->state() == State::Running);
        QVERIFY2(!status(w).contains("Paused"), qPrintable(status(w)));
        QTRY_VERIFY(progressText(w).contains("samples/s"));
        w.trainingPanel()->stopAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.trainer()->state() == State::Idle, 10000);
    }

    // 2. A drag over a refused port shows why; moving on to an allowed port and connecting there
    // takes the reason away.
    void refusedReasonGoesWhenAConnectionSucceeds() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.view()->fitToView();
        const mtl::NodeId input = w.document()->graph().findByName("input")->id;
        const mtl::NodeId mix = w.document()->graph().findByName("mix_task1")->id;
        const QPointF free = w.view()->mapToScene(w.view()->viewport()->rect().center());
        const mtl::NodeId dense = w.scene()->addNodeAt("layer.dense", free);
        QVERIFY(dense >= 0);
        QWidget* vp = w.view()->viewport();
        const QPoint from = portInView(w, {input, "x"}, true);
        const QPoint refused = portInView(w, {mix, "gate"}, false);
        const QPoint allowed = portInView(w, {dense, "x"}, false);
        sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, (from + refused) / 2, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, refused, Qt::LeftButton);
        QVERIFY2(status(w).contains("Cannot connect"), qPrintable(status(w)));
        sendMouse(vp, QEvent::MouseMove, (refused + allowed) / 2, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, allowed, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseButtonRelease, allowed, Qt::NoButton);
        QVERIFY(w.document()->graph().edgeInto({dense, "x"}).has_value());
        QVERIFY2(!status(w).contains("Cannot connect"), qPrintable(status(w)));

        // A refused drop keeps its reason; a drag ending on empty canvas takes it away.
        sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, refused, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseButtonRelease, refused, Qt::NoButton);
        QVERIFY2(status(w).contains("Cannot connect"), qPrintable(status(w)));
        sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, refused, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, from + QPoint(0, 300), Qt::LeftButton);
        sendMouse(vp, QEvent::MouseButtonRelease, from + QPoint(0, 300), Qt::NoButton);
        QVERIFY2(!status(w).contains("Cannot connect"), qPrintable(status(w)));
    }

    // 3. Ctrl+D is undone as "Duplicate 1 block"; Ctrl+Y and Ctrl+Shift+Z both redo.
    void duplicateAndRedoKeys() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTranslator en;  // the English plural forms, as the application installs them
        const bool english = en.load(QStringLiteral(":/i18n/mtlstudio_en.qm"));
        if (english) QCoreApplication::installTranslator(&en);
        const mtl::Node* experts = w.document()->graph().findByName("experts");
        w.scene()->selectNodes({experts->id});
        w.view()->setFocus();
        const size_t nodes = w.document()->graph().nodes().size();
        QTest::keyClick(w.view(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(w.document()->graph().nodes().size(), nodes + 1);
        const QString text = w.document()->undoStack()->undoText();
        QVERIFY2(text.startsWith("Duplicate 1 block") && !text.contains("Paste"), qPrintable(text));
        // Once the English plural forms have the string, it reads exactly so.
        if (english &&
            !en.translate("mtl::ui::GraphDocument", "Duplicate %n block(s)", nullptr, 1).isEmpty())
            QCOMPARE(text, QStringLiteral("Duplicate 1 block"));
        QCoreApplication::removeTranslator(&en);

        QCOMPARE(w.action("redo")->shortcuts().count(QKeySequence(Qt::CTRL | Qt::Key_Y)), 1);
        QCOMPARE(
            w.action("redo")->shortcuts().count(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), 1);
        for (const QKeySequence& redo :
             {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
            w.action("undo")->trigger();
            QCOMPARE(w.document()->graph().nodes().size(), nodes);
            QTest::keySequence(w.view(), redo);
            QVERIFY2(w.document()->graph().nodes().size() == nodes + 1,
                     qPrintable(redo.toString()));
        }
    }

    // A long undo step (Train's adaptation names every head) does not widen the toolbar: its
    // button says "Undo"; the step itself is in the action's text (menu, tooltip).
    void toolbarUndoStaysShort() {
        MainWindow w;
        w.resize(1400, 860);  // wide enough for every button's text (the screen may be smaller)
        w.show();
        w.dataPanel()->setSpec(smallSynthetic(true));
        QToolBar* bar = w.findChild<QToolBar*>();
        QVERIFY(bar);
        QAbstractButton* button =
            qobject_cast<QAbstractButton*>(bar->widgetForAction(w.action("undo")));
        QVERIFY(button);
        const int width = button->sizeHint().width();
        w.trainingPanel()->setConfig(config(1));
        w.trainingPanel()->trainAction()->trigger();
        QVERIFY(w.document()->undoStack()->undoText().startsWith("Train:"));
        QTRY_VERIFY_WITH_TIMEOUT(w.runs().size() == 1, 30000);
        QVERIFY2(w.action("undo")->text().contains("Train:"), qPrintable(w.action("undo")->text()));
        QVERIFY2(!button->text().contains("Train"), qPrintable(button->text()));
        QCOMPARE(button->sizeHint().width(), width);
    }

    // 4. 65,536 units x 8 experts: Train asks first, with the figures; Cancel changes nothing.
    void hugeModelAsksFirst() {
        MainWindow w;
        w.show();
        w.dataPanel()->setSpec([] {
            DataSpec d;  // the paper's synthetic data: 100 inputs, 10,000 rows
            d.synthetic.binary = true;
            return d;
        }());
        w.trainingPanel()->setConfig(config(10));  // not an earlier test's remembered settings
        // The input block follows the Data dock's choice (after a short delay): 100 columns.
        QTRY_COMPARE(w.document()->graph().findByName("input")->getInt("numeric"), 100LL);
        const mtl::Node* experts = w.document()->graph().findByName("experts");
        QCOMPARE(experts->getInt("num_experts"), 8LL);
        QVERIFY(w.document()->setParam(experts->id, "units", ParamValue::ofList({65536})));
        QVERIFY(w.document()->validation().ok());
        const mtl::Graph before = w.document()->graph();
        const int steps = w.document()->undoStack()->count();
        answerNextDialog(QMessageBox::Cancel);
        w.trainingPanel()->trainAction()->trigger();
        QTRY_VERIFY(!shown.isEmpty());
        // experts 8 x (100 x 65,536 + 65,536), gates 2 x (100 x 8 + 8), towers 2 x (65,536 x 8 + 8
        // + 8 + 1)
        const long long parameters = 8LL * (100 * 65536 + 65536) + 2 * 808 + 2 * (524296 + 9);
        QVERIFY2(shown.contains(QStringLiteral("Parameters: %L1").arg(parameters)) &&
                     shown.contains("Memory:") && shown.contains("FLOPs per epoch"),
                 qPrintable(shown));
        QCoreApplication::processEvents();
        QCOMPARE(w.trainer()->state(), State::Idle);
        QVERIFY(w.document()->graph() == before);  // the heads were not adapted either
        QCOMPARE(w.document()->undoStack()->count(), steps);
    }

    // 4. "Train Anyway" trains (limits lowered so that a small model is "too large").
    void trainAnyway() {
        MainWindow w;
        w.show();
        w.dataPanel()->setSpec(smallSynthetic(true));
        w.trainingPanel()->setConfig(config(1));
        mtl::MachineLimits tiny;
        tiny.flopsPerSecond = 1e3;
        tiny.maxSeconds = 1;
        w.setMachineLimits(tiny);
        answerNextDialog(QMessageBox::Yes);
        w.trainingPanel()->trainAction()->trigger();
        QVERIFY2(shown.contains("far beyond"), qPrintable(shown));
        QTRY_VERIFY_WITH_TIMEOUT(w.runs().size() == 1, 30000);
        // Within the default limits nothing is asked.
        w.setMachineLimits(mtl::defaultMachineLimits());
        shown.clear();
        trainToTheEnd(w, 2);
        QVERIFY(shown.isEmpty());
    }

    // 5. Two runs, MMoE and PLE on the same data: the list names architecture, data and settings;
    // compared on the charts, every legend entry names its run.
    void runsAreToldApart() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        w.dataPanel()->setSpec(smallSynthetic(true));
        w.trainingPanel()->setConfig(config(1));
        trainToTheEnd(w, 1);
        w.loadTemplate("ple");
        trainToTheEnd(w, 2);
        QAbstractItemModel* list = w.runsPanel()->tree()->model();
        auto cell = [list](int row, int column) {
            return list->index(row, column).data().toString();
        };
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(cell(0, RunHistory::ArchitectureColumn), QString("MMoE"));
        QCOMPARE(cell(1, RunHistory::ArchitectureColumn), QString("PLE"));
        QCOMPARE(cell(1, RunHistory::DataColumn), QString("synthetic p=0.5, binary"));
        const QString settings = cell(1, RunHistory::SettingsColumn);
        QVERIFY2(settings.contains("Adam") && settings.contains("lr 0.003") &&
                     settings.contains("batch 32") && settings.contains("1 epoch") &&
                     settings.contains("seed 7"),
                 qPrintable(settings));

        // A graph no longer a template's is summarised.
        mtl::RunRecord edited = w.runs()[0];
        edited.graph.addNode("layer.dense");
        const QString summary = RunHistory::architectureName(edited);
        QVERIFY2(summary.startsWith("MMoE-like: 8 expert") && summary.contains(", 2 gate") &&
                     summary.contains(", 2 task"),
                 qPrintable(summary));

        // Compare: tick the first run while the second is shown.
        w.runsPanel()->setCurrentRun(1);
        QVERIFY(
            list->setData(list->index(0, RunHistory::RunColumn), Qt::Checked, Qt::CheckStateRole));
        QCoreApplication::processEvents();
        for (MetricChart* chart :
             {w.charts()->trainingLossChart(), w.charts()->validationLossChart()}) {
            QLegend* legend = legendOf(chart);
            QVERIFY(legend);
            QCOMPARE(legend->alignment(), Qt::AlignRight);  // one entry per line
            int entries = 0;
            for (QLegendMarker* m : legend->markers()) {
                if (!m->isVisible()) continue;
                ++entries;
                QVERIFY2(m->label().endsWith("(Run 1)") || m->label().endsWith("(Run 2)"),
                         qPrintable(m->label()));
            }
            QCOMPARE(entries, 6);  // total and two tasks per run
        }
        // Readable: the legend beside each chart is as wide as its longest entry.
        for (MetricChart* chart :
             {w.charts()->trainingLossChart(), w.charts()->validationLossChart(),
              w.charts()->validationAucChart()}) {
            QLegend* legend = legendOf(chart);
            const QFontMetricsF fm(legend->font());
            for (QLegendMarker* m : legend->markers())
                if (m->isVisible())
                    QVERIFY2(legend->geometry().width() > fm.horizontalAdvance(m->label()) + 20,
                             qPrintable(QStringLiteral("%1: legend %2 px for '%3'")
                                            .arg(chart->title())
                                            .arg(legend->geometry().width())
                                            .arg(m->label())));
        }
    }

    // 5. Clicking a run whose long cells do not fit keeps the check boxes in view.
    void checkBoxesStayInView() {
        RunHistory history;
        RunsPanel panel(&history);
        std::vector<mtl::RunRecord> runs(2);
        for (size_t i = 0; i < runs.size(); ++i) {
            runs[i].name = "Run " + std::to_string(i + 1) + " with a long name given by its user";
            TemplateOptions o;
            o.schema = defaultSchema();
            runs[i].graph = makeTemplate("mmoe", o);
            runs[i].schema = o.schema;
            runs[i].test.tasks.resize(2);
            runs[i].test.tasks[0].task = "a rather long task name for the first task";
            runs[i].test.tasks[1].task = "another rather long task name for the second";
        }
        history.setRuns(runs);
        panel.resize(300, 200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTreeView* tree = panel.tree();
        QScrollBar* bar = tree->horizontalScrollBar();
        QVERIFY2(bar->maximum() > 0, "the columns must not fit for this test");
        QCOMPARE(bar->value(), 0);
        // Click the second run in the first column that is only partly in view.
        const QRect cell = tree->visualRect(tree->model()->index(1, 0));
        QHeaderView* header = tree->header();
        int x = -1;
        for (int c = 0; c < tree->model()->columnCount() && x < 0; ++c)
            if (header->sectionViewportPosition(c) + header->sectionSize(c) >
                tree->viewport()->width())
                x = header->sectionViewportPosition(c) + 10;
        QVERIFY(x > 0 && x < tree->viewport()->width());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(x, cell.center().y()));
        QCOMPARE(panel.currentRun(), 1);
        // The view scrolls to a clicked cell after the double-click interval: wait for it.
        QTest::qWait(QApplication::doubleClickInterval() + 200);
        QCOMPARE(bar->value(), 0);
        // The check box is still where it was: a click on it ticks the run.
        const QRect box = tree->visualRect(tree->model()->index(1, RunHistory::RunColumn));
        QVERIFY(box.left() >= 0);
    }

    // 6. A regression run has no ROC curves: a note says so and the AUC column goes.
    void regressionRunShowsNoRocChart() {
        MainWindow w;
        w.show();
        w.dataPanel()->setSpec(smallSynthetic(false));
        w.trainingPanel()->setConfig(config(1));
        trainToTheEnd(w, 1);
        RocChart* roc = w.findChild<RocChart*>();
        QVERIFY(roc);
        QVERIFY(roc->chart()->seriesIds().isEmpty());
        QVERIFY(!roc->chart()->isVisibleTo(roc));
        QLabel* note = roc->note();
        QVERIFY(note->isVisibleTo(roc));
        QVERIFY2(note->text().contains("regression"), qPrintable(note->text()));
        MetricsTable* table = w.findChild<MetricsTable*>();
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->isColumnHidden(MetricsTable::AucColumn));
        QCOMPARE(table->horizontalHeaderItem(MetricsTable::LossColumn)->text(), QString("MSE"));
    }

    // 6. "517 (sparse)" into a PLE level's three inputs (and an MMoE's experts and gates): no
    // two edge labels overlap.
    void edgeLabelsDoNotOverlap() {
        for (const char* key : {"ple", "mmoe", "cgc", "mmoe_topk"}) {
            MainWindow w;
            w.show();
            w.loadTemplate(key);
            const mtl::NodeId input = w.document()->graph().findByName("input")->id;
            std::vector<int> cards(31, 16);
            cards[0] = 30;  // 7 numeric + 510 one-hot columns: census-income's 517
            QVERIFY(w.document()->setParam(input, "numeric", ParamValue::ofInt(7)));
            QVERIFY(w.document()->setParam(input, "categories", ParamValue::ofList(cards)));
            QCoreApplication::processEvents();
            QList<EdgeItem*> edges;
            for (QGraphicsItem* item : w.scene()->items())
                if (auto* e = qgraphicsitem_cast<EdgeItem*>(item)) edges << e;
            int sparse = 0;
            for (EdgeItem* e : edges) sparse += e->label() == QStringLiteral("517 (sparse)");
            QVERIFY2(sparse >= 3, key);
            for (int i = 0; i < edges.size(); ++i)
                for (int j = i + 1; j < edges.size(); ++j) {
                    const QRectF a = edges[i]->labelRect(), b = edges[j]->labelRect();
                    QVERIFY2(a.isEmpty() || b.isEmpty() || !a.intersects(b),
                             qPrintable(QStringLiteral("%1: '%2' and '%3' overlap")
                                            .arg(key, edges[i]->label(), edges[j]->label())));
                }
            // Every edge from the input still tells its shape (label or tooltip).
            for (EdgeItem* e : edges)
                if (e->edge().from.node == input)
                    QVERIFY(e->isLabelShown() || e->toolTip().contains("517 (sparse)"));
        }
    }
};

QTEST_MAIN(TestFirstHour)
#include "tst_ui_firsthour.moc"
