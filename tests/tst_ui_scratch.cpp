// Building a model from scratch, as a new user does: File > New gives an empty canvas (templates
// stay one click away in File > New from Template); a Features block dropped on it reads the
// Data dock's data set, and follows it when the choice changes (one undoable step, said in the
// status bar); task heads get unique task names; a Dense block wired to a head ends in the 1-unit
// layer the head takes; and a 2-task MMoE is dropped, wired with the mouse and trained without
// typing a single width. The user actions of that build are counted (see buildMmoeAndTrain).
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QtTest>
#include <cmath>

#include "app/MainWindow.h"
#include "data/Census.h"
#include "data/DataSpec.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/GraphView.h"
#include "editor/NodeItem.h"
#include "editor/Palette.h"
#include "editor/PortItem.h"
#include "graph/Registry.h"
#include "train/DataPanel.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

// Counts what the user does: drops, drags, clicks and key presses.
struct Actions {
    int drops = 0, drags = 0, clicks = 0, keys = 0;
    int total() const { return drops + drags + clicks + keys; }
};

void sendMouse(QWidget* w, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons) {
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), Qt::LeftButton, buttons,
                  Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

// A palette entry dropped on the canvas at viewport point `at` (what the palette's drag carries);
// returns the new block's id, or -1.
NodeId drop(MainWindow& w, const char* type, QPoint at, Actions* count = nullptr) {
    QWidget* vp = w.view()->viewport();
    QMimeData mime;
    mime.setData(kNodeTypeMimeType, QByteArray(type));
    const NodeId next = w.document()->graph().nextId();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &dropEvent);
    if (count) ++count->drops;
    return w.document()->graph().node(next) ? next : -1;
}

// Drags with the left button from one port to another (real mouse events on the viewport).
void wire(MainWindow& w, const PortRef& from, const PortRef& to, Actions* count = nullptr) {
    PortItem* a = w.scene()->portItem(from, true);
    PortItem* b = w.scene()->portItem(to, false);
    QVERIFY2(a && b, (from.port + " -> " + to.port).c_str());
    QWidget* vp = w.view()->viewport();
    const QPoint p = w.view()->mapFromScene(a->sceneBoundingRect().center());
    const QPoint q = w.view()->mapFromScene(b->sceneBoundingRect().center());
    QVERIFY2(vp->rect().contains(p) && vp->rect().contains(q), "port outside the visible canvas");
    sendMouse(vp, QEvent::MouseButtonPress, p, Qt::LeftButton);
    for (int i = 1; i <= 6; ++i)
        sendMouse(vp, QEvent::MouseMove, p + (q - p) * i / 6, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, q, Qt::NoButton);
    if (count) ++count->drags;
}

const Node& nodeOf(MainWindow& w, NodeId id) { return *w.document()->graph().node(id); }

QStringList issuesOf(MainWindow& w, NodeId id, Issue::Severity severity) {
    QStringList out;
    for (const Issue& i : w.document()->validation().issues)
        if (i.node == id && i.severity == severity)
            out << QString::fromStdString(issueKindName(i.kind) + std::string(": ") + i.message);
    return out;
}

DataSpec synthetic(int d) {
    DataSpec s;
    s.synthetic.d = d;
    s.synthetic.nTrain = 2000;
    s.synthetic.nValid = s.synthetic.nTest = 400;
    return s;
}

// A shown, empty window on the given synthetic data (its layout known to the editor).
void openEmpty(MainWindow& w, int d) {
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.dataPanel()->setSpec(synthetic(d));
    QTRY_VERIFY(w.document()->dataSchema() && w.document()->dataSchema()->numeric() == d);
    w.action("new")->trigger();
    QVERIFY(w.document()->graph().nodes().empty());
    QTest::qWait(50);  // the new canvas fits itself to the view
}

QPoint at(MainWindow& w, double fx, double fy) {
    const QRect r = w.view()->viewport()->rect();
    return QPoint(int(r.width() * fx), int(r.height() * fy));
}

}  // namespace

class TestScratch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_scratch");
        QSettings().clear();
        QFile::remove(MainWindow::recoveryPath());
        qRegisterMetaType<QVector<mtl::BatchSnapshot>>();
    }

    // 1. File > New is an empty canvas; templates are one click away in File > New from Template
    // (and still in the Templates menu).
    void newIsEmptyAndTemplatesStayNear() {
        MainWindow w;
        QVERIFY(!w.document()->graph().nodes().empty());  // the app starts on the MMoE template
        QVERIFY(w.view()->emptyCanvasHint().isEmpty());
        w.action("new")->trigger();
        QVERIFY(w.document()->graph().nodes().empty());
        QCOMPARE(w.document()->undoStack()->count(), 0);
        QVERIFY(!w.isProjectModified());
        // The empty canvas says what to do.
        QVERIFY(w.view()->emptyCanvasHint().contains("New from Template"));

        QMenu* file = nullptr;
        bool templatesMenu = false;
        for (QAction* a : w.menuBar()->actions()) {
            if (a->menu() && a->menu()->title().remove('&') == "File") file = a->menu();
            if (a->menu() && a->menu()->title().remove('&') == "Templates") templatesMenu = true;
        }
        QVERIFY(file && templatesMenu);
        QMenu* fromTemplate = nullptr;
        for (QAction* a : file->actions())
            if (a->menu() && a->menu()->title().remove('&').startsWith("New from Template"))
                fromTemplate = a->menu();
        QVERIFY(fromTemplate);
        QCOMPARE(fromTemplate->actions().size(), 11);
        auto* ple = w.findChild<QAction*>("newFromTemplate_ple");
        QVERIFY(ple);
        QVERIFY(fromTemplate->actions().contains(ple));
        ple->trigger();
        int levels = 0;
        for (const Node& n : w.document()->graph().nodes()) levels += n.type == "ple.cgc";
        QCOMPARE(levels, 2);
        QVERIFY(w.document()->validation().ok());
        QCOMPARE(w.document()->undoStack()->count(), 0);  // a new project, not an edit
        QVERIFY(!w.isProjectModified());
    }

    // 2. A Features block reads the current data set when it is dropped, and follows the Data
    // dock's choice (one undoable step, said in the status bar).
    void featuresBlockFollowsTheData() {
        MainWindow w;
        openEmpty(w, 100);
        const NodeId in = drop(w, "input.features", at(w, 0.3, 0.5));
        QVERIFY(in >= 0);
        QCOMPARE(nodeOf(w, in).getInt("numeric"), 100LL);
        QVERIFY2(issuesOf(w, in, Issue::Severity::Error).isEmpty(),
                 qPrintable(issuesOf(w, in, Issue::Severity::Error).join('\n')));
        const int steps = w.document()->undoStack()->count();

        // The user sets d = 20 in the Data dock (typed into its spin box).
        auto* d = w.dataPanel()->findChild<QDoubleSpinBox*>("syntheticD");
        QVERIFY(d);
        d->selectAll();
        QTest::keyClicks(d, "20");
        QTest::keyClick(d, Qt::Key_Return);
        QCOMPARE(w.dataPanel()->spec().synthetic.d, 20);
        QTRY_COMPARE(nodeOf(w, in).getInt("numeric"), 20LL);
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        QVERIFY2(w.statusBar()->currentMessage().contains("20 numeric"),
                 qPrintable(w.statusBar()->currentMessage()));
        w.action("undo")->trigger();
        QCOMPARE(nodeOf(w, in).getInt("numeric"), 100LL);
        w.action("redo")->trigger();
        QCOMPARE(nodeOf(w, in).getInt("numeric"), 20LL);

        // A second input block dropped now reads d = 20 too.
        const NodeId in2 = drop(w, "input.features", at(w, 0.3, 0.8));
        QCOMPARE(nodeOf(w, in2).getInt("numeric"), 20LL);
    }

    // 2b. Census-income's one-hot layout is known once the data set is loaded in the background:
    // the input block then reads it (and its widths match what the run loads).
    void featuresBlockFollowsCensus() {
        if (defaultCensusDir().empty()) QSKIP("census-income data not found (set MTL_CENSUS_DIR)");
        MainWindow w;
        openEmpty(w, 10);
        const NodeId in = drop(w, "input.features", at(w, 0.3, 0.5));
        QCOMPARE(nodeOf(w, in).getInt("numeric"), 10LL);
        DataSpec census;
        census.kind = DataSpec::Kind::Census;
        census.census.dir = defaultCensusDir();
        census.census.maxTrainRows = 3000;
        census.census.maxTestRows = 600;
        w.dataPanel()->setSpec(census);
        QTRY_VERIFY_WITH_TIMEOUT(!nodeOf(w, in).getList("categories").empty(), 30000);
        const DataSchema loaded = loadData(w.dataPanel()->spec()).train.schema;
        QCOMPARE(nodeOf(w, in).getInt("numeric"), static_cast<long long>(loaded.numeric()));
        QCOMPARE(nodeOf(w, in).getList("categories"), loaded.cardinalities);
        QVERIFY2(issuesOf(w, in, Issue::Severity::Error).isEmpty(),
                 qPrintable(issuesOf(w, in, Issue::Severity::Error).join('\n')));
        // New heads take census-income's task names.
        const NodeId head = drop(w, "task.binary", at(w, 0.7, 0.5));
        QCOMPARE(nodeOf(w, head).getString("task"), std::string("income"));
    }

    // 3a. Task heads get unique block and task names: the data's tasks first.
    void taskHeadsGetUniqueNames() {
        MainWindow w;
        openEmpty(w, 10);
        const NodeId h1 = drop(w, "task.regression", at(w, 0.7, 0.3));
        const NodeId h2 = drop(w, "task.regression", at(w, 0.7, 0.7));
        const NodeId h3 = drop(w, "task.binary", at(w, 0.4, 0.7));
        QVERIFY(h1 >= 0 && h2 >= 0 && h3 >= 0);
        QCOMPARE(nodeOf(w, h1).getString("task"), std::string("task1"));
        QCOMPARE(nodeOf(w, h2).getString("task"), std::string("task2"));
        QCOMPARE(nodeOf(w, h1).name, std::string("task1"));
        QCOMPARE(nodeOf(w, h2).name, std::string("task2"));
        QCOMPARE(nodeOf(w, h3).getString("task"), std::string("task3"));
        for (const Issue& i : w.document()->validation().issues)
            QVERIFY2(std::string(issueKindName(i.kind)) != "duplicate-task-name",
                     i.message.c_str());
        // Duplicating a head (Ctrl+D) gives the copy a free task name too.
        w.scene()->selectNodes({h1});
        w.action("duplicate")->trigger();
        const QList<NodeId> copy = w.scene()->selectedNodes();
        QCOMPARE(copy.size(), 1);
        QVERIFY(copy[0] != h1);
        QCOMPARE(nodeOf(w, copy[0]).getString("task"), std::string("task4"));
        for (const Issue& i : w.document()->validation().issues)
            QVERIFY2(std::string(issueKindName(i.kind)) != "duplicate-task-name",
                     i.message.c_str());
    }

    // 3b. A Dense block wired to a head ends in the 1-unit layer the head takes; a ReLU in front
    // of a head is a warning.
    void denseBeforeHeadFits() {
        MainWindow w;
        openEmpty(w, 10);
        const NodeId in = drop(w, "input.features", at(w, 0.15, 0.5));
        const NodeId dense = drop(w, "layer.dense", at(w, 0.45, 0.5));
        const NodeId head = drop(w, "task.regression", at(w, 0.75, 0.5));
        wire(w, {in, "x"}, {dense, "x"});
        wire(w, {dense, "y"}, {head, "x"});
        QCOMPARE(w.document()->graph().edges().size(), size_t(2));
        QCOMPARE(nodeOf(w, dense).getList("units"), (std::vector<int>{64, 1}));
        QCOMPARE(nodeOf(w, dense).getString("output_activation"), std::string("identity"));
        QVERIFY2(w.document()->validation().ok(), w.document()->validation().summary().c_str());
        QVERIFY2(w.statusBar()->currentMessage().contains("1 unit"),
                 qPrintable(w.statusBar()->currentMessage()));
        // One undo step takes the connection and the fit back together.
        w.action("undo")->trigger();
        QCOMPARE(w.document()->graph().edges().size(), size_t(1));
        QCOMPARE(nodeOf(w, dense).getList("units"), (std::vector<int>{64}));
        w.action("redo")->trigger();

        QString why;
        QVERIFY(
            w.document()->setParam(dense, "output_activation", ParamValue::ofString("relu"), &why));
        const QStringList warnings = issuesOf(w, head, Issue::Severity::Warning);
        QVERIFY2(warnings.size() == 1 && warnings[0].contains("ReLU"),
                 qPrintable(warnings.join('\n')));
        QVERIFY(warnings[0].startsWith("activation-before-head"));
    }

    // 5b. Dropping experts on a mixture whose expert inputs are all taken gives it one more
    // input, and its gate follows (one step).
    void mixtureGrowsAnInput() {
        MainWindow w;
        openEmpty(w, 10);
        const NodeId in = drop(w, "input.features", at(w, 0.1, 0.5));
        const NodeId a = drop(w, "experts.group", at(w, 0.4, 0.15));
        const NodeId gate = drop(w, "gate.softmax", at(w, 0.4, 0.5));
        const NodeId b = drop(w, "experts.group", at(w, 0.4, 0.85));
        const NodeId mix = drop(w, "mixture", at(w, 0.75, 0.5));
        wire(w, {in, "x"}, {a, "x"});
        wire(w, {in, "x"}, {gate, "x"});
        wire(w, {in, "x"}, {b, "x"});
        wire(w, {a, "experts"}, {mix, "experts0"});
        wire(w, {gate, "weights"}, {mix, "gate"});
        for (NodeId id : {mix, gate})  // (the graph has no head yet)
            QVERIFY2(issuesOf(w, id, Issue::Severity::Error).isEmpty(),
                     qPrintable(issuesOf(w, id, Issue::Severity::Error).join('\n')));
        const int steps = w.document()->undoStack()->count();

        // Drag b's experts onto the middle of the mixture block.
        QWidget* vp = w.view()->viewport();
        const QPoint p = w.view()->mapFromScene(
            w.scene()->portItem({b, "experts"}, true)->sceneBoundingRect().center());
        const QPoint q =
            w.view()->mapFromScene(w.scene()->nodeItem(mix)->sceneBoundingRect().center());
        sendMouse(vp, QEvent::MouseButtonPress, p, Qt::LeftButton);
        for (int i = 1; i <= 6; ++i)
            sendMouse(vp, QEvent::MouseMove, p + (q - p) * i / 6, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseButtonRelease, q, Qt::NoButton);

        QCOMPARE(nodeOf(w, mix).getInt("inputs"), 2LL);
        QVERIFY(w.document()->graph().edgeInto({mix, "experts1"}));
        QCOMPARE(w.document()->graph().edgeInto({mix, "experts1"})->from.node, b);
        QCOMPARE(w.document()->graph().edgeInto({mix, "experts0"})->from.node, a);
        QCOMPARE(nodeOf(w, gate).getInt("num_experts"), 16LL);
        for (NodeId id : {mix, gate})  // (the graph has no head yet)
            QVERIFY2(issuesOf(w, id, Issue::Severity::Error).isEmpty(),
                     qPrintable(issuesOf(w, id, Issue::Severity::Error).join('\n')));
        QCOMPARE(w.document()->undoStack()->count(), steps + 1);
        w.action("undo")->trigger();
        QCOMPARE(nodeOf(w, mix).getInt("inputs"), 1LL);
        QCOMPARE(nodeOf(w, gate).getInt("num_experts"), 8LL);
    }

    // 4. A task's prediction wired into another task's gate is reported (a warning), while
    // ESMM's product of predictions is not.
    void predictionIntoGateIsWarned() {
        MainWindow w;
        w.findChild<QAction*>("template_mmoe")->trigger();
        const Graph& g = w.document()->graph();
        const NodeId head = g.findByName("task1")->id;
        const NodeId gate = g.findByName("gate_task2")->id;
        QVERIFY(w.document()->validation().ok());
        QVERIFY(issuesOf(w, gate, Issue::Severity::Warning).isEmpty());
        QVERIFY(w.document()->connectPorts({head, "y"}, {gate, "x"}));
        const QStringList warnings = issuesOf(w, gate, Issue::Severity::Warning);
        QVERIFY2(warnings.size() == 1 && warnings[0].startsWith("prediction-as-input"),
                 qPrintable(warnings.join('\n')));
        // ESMM multiplies two heads' probabilities: no warning there.
        w.findChild<QAction*>("template_esmm")->trigger();
        QVERIFY(w.document()->validation().ok());
        for (const Issue& i : w.document()->validation().issues)
            QVERIFY2(std::string(issueKindName(i.kind)) != "prediction-as-input",
                     i.message.c_str());
    }

    // 5. The acceptance test: a 2-task MMoE from an empty canvas with the mouse, no widths
    // typed, trained on synthetic data until the run ends with finite losses.
    void buildMmoeAndTrain() {
        MainWindow w;
        openEmpty(w, 16);
        // Test speed only (not user actions): few rows and epochs.
        TrainConfig config;
        config.epochs = 2;
        config.batchSize = 64;
        config.seed = 3;
        w.trainingPanel()->setConfig(config);

        Actions count;
        // Zoom out until five columns of blocks fit on the canvas.
        while (w.view()->viewport()->width() / 5 < 200 * w.view()->transform().m11()) {
            w.action("zoomOut")->trigger();
            ++count.keys;
        }
        const double c[5] = {0.08, 0.28, 0.48, 0.68, 0.88}, r[3] = {0.15, 0.5, 0.85};
        const NodeId input = drop(w, "input.features", at(w, c[0], r[1]), &count);
        const NodeId gate1 = drop(w, "gate.softmax", at(w, c[1], r[0]), &count);
        const NodeId experts = drop(w, "experts.group", at(w, c[1], r[1]), &count);
        const NodeId gate2 = drop(w, "gate.softmax", at(w, c[1], r[2]), &count);
        const NodeId mix1 = drop(w, "mixture", at(w, c[2], r[0]), &count);
        const NodeId mix2 = drop(w, "mixture", at(w, c[2], r[2]), &count);
        const NodeId tower1 = drop(w, "layer.dense", at(w, c[3], r[0]), &count);
        const NodeId tower2 = drop(w, "layer.dense", at(w, c[3], r[2]), &count);
        const NodeId head1 = drop(w, "task.regression", at(w, c[4], r[0]), &count);
        const NodeId head2 = drop(w, "task.regression", at(w, c[4], r[2]), &count);
        for (NodeId id : {input, gate1, experts, gate2, mix1, mix2, tower1, tower2, head1, head2})
            QVERIFY(id >= 0);
        QCOMPARE(w.document()->graph().nodes().size(), size_t(10));

        wire(w, {input, "x"}, {experts, "x"}, &count);
        wire(w, {input, "x"}, {gate1, "x"}, &count);
        wire(w, {input, "x"}, {gate2, "x"}, &count);
        wire(w, {experts, "experts"}, {mix1, "experts0"}, &count);
        wire(w, {experts, "experts"}, {mix2, "experts0"}, &count);
        wire(w, {gate1, "weights"}, {mix1, "gate"}, &count);
        wire(w, {gate2, "weights"}, {mix2, "gate"}, &count);
        wire(w, {mix1, "y"}, {tower1, "x"}, &count);
        wire(w, {mix2, "y"}, {tower2, "x"}, &count);
        wire(w, {tower1, "y"}, {head1, "x"}, &count);
        wire(w, {tower2, "y"}, {head2, "x"}, &count);
        QCOMPARE(w.document()->graph().edges().size(), size_t(11));
        QVERIFY2(w.document()->validation().ok(), w.document()->validation().summary().c_str());
        QCOMPARE(nodeOf(w, input).getInt("numeric"), 16LL);

        // Train: one click on the toolbar's Train button.
        auto* bar = w.findChild<QToolBar*>("mainToolBar");
        QVERIFY(bar);
        QWidget* train = bar->widgetForAction(w.trainingPanel()->trainAction());
        QVERIFY(train);
        QTest::mouseClick(train, Qt::LeftButton);
        ++count.clicks;
        QTRY_VERIFY_WITH_TIMEOUT(!w.runs().empty(), 60000);
        QTRY_VERIFY(w.trainer()->state() == TrainingController::State::Idle);
        const RunRecord& run = w.runs().back();
        QVERIFY2(run.ok, run.endReason.c_str());
        QCOMPARE(run.epochs.size(), size_t(2));
        QCOMPARE(run.taskNames, (std::vector<std::string>{"task1", "task2"}));
        for (const EpochSnapshot& e : run.epochs) {
            QVERIFY(std::isfinite(e.trainLoss));
            QCOMPARE(e.trainTaskLoss.size(), size_t(2));
            for (double l : e.trainTaskLoss) QVERIFY(std::isfinite(l));
            QVERIFY(std::isfinite(e.valid.totalLoss));
        }
        QVERIFY(std::isfinite(run.test.totalLoss));

        qInfo("user actions: %d (%d drops, %d drags, %d clicks, %d zoom key presses)",
              count.total(), count.drops, count.drags, count.clicks, count.keys);
        QCOMPARE(count.drops + count.drags + count.clicks, 22);
    }
};

QTEST_MAIN(TestScratch)
#include "tst_ui_scratch.moc"
