// The node editor driven as a user drives it (offscreen): drop a block from the palette, wire two
// ports with the mouse, get refused on an incompatible wire, edit a parameter in the inspector,
// undo and redo each step; save, reopen and compare; every template is valid; a damaged project
// file gives an error dialog and leaves the open project alone; recovery after a crash.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>
#include <functional>

#include "UiTestSupport.h"
#include "app/MainWindow.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/GraphView.h"
#include "editor/Inspector.h"
#include "editor/NodeItem.h"
#include "editor/Palette.h"
#include "editor/PortItem.h"
#include "graph/Templates.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

using ui_test::answerNextDialog;
using ui_test::shown;

QPoint viewPoint(GraphView* view, QPointF scenePos) { return view->mapFromScene(scenePos); }

void sendMouse(QWidget* w, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons) {
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), Qt::LeftButton, buttons,
                  Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

// A left-button drag in the view from one scene point to another, in a few steps.
void dragInView(GraphView* view, QPointF from, QPointF to) {
    QWidget* vp = view->viewport();
    const QPoint a = viewPoint(view, from), b = viewPoint(view, to);
    sendMouse(vp, QEvent::MouseButtonPress, a, Qt::LeftButton);
    for (int i = 1; i <= 5; ++i)
        sendMouse(vp, QEvent::MouseMove, a + (b - a) * i / 5, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, b, Qt::NoButton);
}

QPointF portCenter(GraphScene* scene, const PortRef& ref, bool output) {
    PortItem* p = scene->portItem(ref, output);
    return p ? p->sceneBoundingRect().center() : QPointF();
}

QTreeWidgetItem* paletteEntry(Palette* palette, const QString& key) {
    auto* tree = palette->findChild<QTreeWidget*>();
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toString() == key) return *it;
    return nullptr;
}

void undo(MainWindow& w) { w.action("undo")->trigger(); }
void redo(MainWindow& w) { w.action("redo")->trigger(); }

}  // namespace

class TestEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_editor");
        QSettings().clear();
        QFile::remove(MainWindow::recoveryPath());
    }

    void startsWithValidMmoe() {
        MainWindow w;
        const Graph& g = w.document()->graph();
        QVERIFY(w.document()->validation().ok());
        int gates = 0;
        for (const Node& n : g.nodes()) {
            gates += n.type == "gate.softmax";
            QVERIFY2(w.scene()->nodeItem(n.id), n.name.c_str());
        }
        QCOMPARE(gates, 2);
        QVERIFY(!w.document()->isModified());
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    void dropBlockFromPalette() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(100);  // let the first-start dock sizes settle
        QTreeWidgetItem* entry = paletteEntry(w.palette(), "layer.dense");
        QVERIFY(entry);
        QMimeData mime;  // what the palette's drag carries
        mime.setData(kNodeTypeMimeType, entry->data(0, Qt::UserRole).toString().toUtf8());
        const size_t before = w.document()->graph().nodes().size();
        const QPoint at = w.view()->viewport()->rect().center() + QPoint(30, 60);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.view()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.view()->viewport(), &move);
        const QPointF dropScene = w.view()->mapToScene(at);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.view()->viewport(), &drop);
        QCOMPARE(w.document()->graph().nodes().size(), before + 1);
        const Node& added = w.document()->graph().nodes().back();
        QCOMPARE(added.type, std::string("layer.dense"));
        QVERIFY(w.scene()->nodeItem(added.id));
        const QRectF rect = w.scene()->nodeItem(added.id)->sceneBoundingRect();
        QVERIFY2(rect.contains(dropScene),
                 qPrintable(QStringLiteral("dropped at %1,%2; block at %3,%4 %5x%6")
                                .arg(dropScene.x())
                                .arg(dropScene.y())
                                .arg(rect.x())
                                .arg(rect.y())
                                .arg(rect.width())
                                .arg(rect.height())));
        QCOMPARE(w.view()->mapToScene(at), dropScene);  // the canvas did not move under the cursor
        const NodeId id = added.id;
        undo(w);
        QCOMPARE(w.document()->graph().nodes().size(), before);
        QVERIFY(!w.scene()->nodeItem(id));
        redo(w);
        QVERIFY(w.scene()->nodeItem(id));
    }

    void connectAndRefuseWithTheMouse() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(100);
        GraphDocument* doc = w.document();
        const NodeId dense = w.scene()->addNodeAt("layer.dense", QPointF(0, -400));
        QVERIFY(dense > 0);
        const NodeId input = doc->graph().findByName("input")->id;
        const NodeId mix = doc->graph().findByName("mix_task1")->id;
        w.view()->fitToView();
        QApplication::processEvents();

        // Refused: dense features into the mixture's experts input; the reason is shown.
        const size_t edges = doc->graph().edges().size();
        const Edge oldMixEdge = *doc->graph().edgeInto({mix, "experts0"});
        dragInView(w.view(), portCenter(w.scene(), {dense, "y"}, true),
                   portCenter(w.scene(), {mix, "experts0"}, false));
        QCOMPARE(doc->graph().edges().size(), edges);
        QVERIFY(doc->graph().edgeInto({mix, "experts0"}) == oldMixEdge);
        const QString status = w.statusBar()->currentMessage();
        QVERIFY2(status.contains("experts0") && status.contains("features"), qPrintable(status));

        // Allowed: input -> dense.
        const int steps = doc->undoStack()->count();
        dragInView(w.view(), portCenter(w.scene(), {input, "x"}, true),
                   portCenter(w.scene(), {dense, "x"}, false));
        QCOMPARE(doc->graph().edges().size(), edges + 1);
        QVERIFY(doc->graph().edgeInto({dense, "x"}));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        undo(w);
        QVERIFY(!doc->graph().edgeInto({dense, "x"}));
        redo(w);
        QVERIFY(doc->graph().edgeInto({dense, "x"}));
    }

    void editParameterInInspector() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        GraphDocument* doc = w.document();
        const NodeId ex = doc->graph().findByName("experts")->id;
        w.scene()->selectNodes({ex});
        auto* spin = qobject_cast<QSpinBox*>(w.inspector()->editorFor("num_experts"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 8);
        // Arrow-key presses while the box has focus are one drag: one undo step.
        spin->setFocus();
        const int steps = doc->undoStack()->count();
        for (int i = 0; i < 3; ++i) QTest::keyClick(spin, Qt::Key_Down);
        QCOMPARE(doc->graph().node(ex)->getInt("num_experts"), 5LL);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        // The gates follow the group in the same step (tst_ui_editors covers the details).
        QCOMPARE(doc->graph().findByName("gate_task1")->getInt("num_experts"), 5LL);
        QVERIFY(doc->validation().ok());
        undo(w);
        QCOMPARE(doc->graph().node(ex)->getInt("num_experts"), 8LL);
        QCOMPARE(spin->value(), 8);  // the inspector follows the document
        QVERIFY(doc->validation().ok());
        redo(w);
        QCOMPARE(spin->value(), 5);
    }

    void saveReopenCompare() {
        QTemporaryDir dir;
        const QString path = dir.filePath("model.mtlproj");
        Graph saved;
        {
            MainWindow w;
            w.loadTemplate("ple");
            GraphDocument* doc = w.document();
            const NodeId any = doc->graph().nodes().front().id;
            doc->nodesMoved({{any, QPointF(doc->graph().node(any)->x, doc->graph().node(any)->y)}},
                            {{any, QPointF(-77.5, 33.25)}});
            QVERIFY(doc->isModified());
            QString error;
            QVERIFY2(w.saveProjectFile(path, &error), qPrintable(error));
            QVERIFY(!doc->isModified());
            QCOMPARE(w.projectPath(), path);
            saved = doc->graph();
        }
        MainWindow w2;
        QString error;
        QVERIFY2(w2.openProjectFile(path, &error), qPrintable(error));
        QVERIFY(w2.document()->graph() == saved);
        QVERIFY(!w2.document()->isModified());
        for (const Node& n : saved.nodes()) QVERIFY(w2.scene()->nodeItem(n.id));
        QVERIFY(QSettings()
                    .value("project/recent")
                    .toStringList()
                    .contains(QFileInfo(path).absoluteFilePath()));
    }

    void everyTemplateIsValid() {
        MainWindow w;
        for (const TemplateInfo& t : templateList()) {
            QAction* a = w.findChild<QAction*>(QString::fromStdString("template_" + t.key));
            QVERIFY2(a, t.key.c_str());
            a->trigger();
            const ValidationResult& v = w.document()->validation();
            QVERIFY2(v.ok() && v.issues.empty(), (t.key + ": " + v.summary()).c_str());
            QVERIFY(!w.document()->graph().nodes().empty());
            for (const Node& n : w.document()->graph().nodes()) QVERIFY(w.scene()->nodeItem(n.id));
            // Laid out readably: no two blocks overlap on the canvas.
            const auto& nodes = w.document()->graph().nodes();
            for (size_t i = 0; i < nodes.size(); ++i)
                for (size_t j = i + 1; j < nodes.size(); ++j)
                    QVERIFY2(
                        !w.scene()
                             ->nodeItem(nodes[i].id)
                             ->sceneBoundingRect()
                             .intersects(w.scene()->nodeItem(nodes[j].id)->sceneBoundingRect()),
                        (t.key + ": " + nodes[i].name + " overlaps " + nodes[j].name).c_str());
        }
        // Each template is one undo step.
        QCOMPARE(w.document()->undoStack()->count(), static_cast<int>(templateList().size()));
    }

    void damagedProjectShowsAnError() {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        const Graph before = w.document()->graph();
        // A truncated project, then plain junk.
        ProjectFile p;
        p.graph = before;
        const std::string bytes = saveProjectToString(p);
        const QString truncated = dir.filePath("truncated.mtlproj"),
                      junk = dir.filePath("junk.mtlproj");
        QFile f1(truncated);
        QVERIFY(f1.open(QIODevice::WriteOnly));
        f1.write(bytes.data(), static_cast<qint64>(bytes.size() / 2));
        f1.close();
        QFile f2(junk);
        QVERIFY(f2.open(QIODevice::WriteOnly));
        f2.write("this is not a project");
        f2.close();

        answerNextDialog(QMessageBox::Ok);
        w.openProject(truncated);
        QVERIFY2(shown.contains("truncated"), qPrintable(shown));
        QVERIFY(w.document()->graph() == before);
        QVERIFY(w.projectPath().isEmpty());

        answerNextDialog(QMessageBox::Ok);
        w.openProject(junk);
        QVERIFY2(shown.contains("not an MTL Studio file"), qPrintable(shown));
        QVERIFY(w.document()->graph() == before);
    }

    void unsavedChangesAreAskedAbout() {
        MainWindow w;
        w.show();
        w.loadTemplate("cgc");
        answerNextDialog(QMessageBox::Cancel);
        QVERIFY(!w.close());  // cancelled: the window stays, the work stays
        QVERIFY(shown.contains("unsaved"));
        QVERIFY(w.document()->isModified());
        answerNextDialog(QMessageBox::Discard);
        QVERIFY(w.close());
    }

    void recoveryAfterCrash() {
        QFile::remove(MainWindow::recoveryPath());
        Graph edited;
        {
            MainWindow w;
            w.loadTemplate("esmm");
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(MainWindow::recoveryPath()), 5000);
            edited = w.document()->graph();
            // The window is destroyed without closeEvent: as after a crash, the file stays.
        }
        QVERIFY(QFileInfo::exists(MainWindow::recoveryPath()));
        MainWindow w;
        answerNextDialog(QMessageBox::Yes);
        w.offerRecovery();
        QVERIFY2(shown.contains("did not close normally"), qPrintable(shown));
        QVERIFY(w.document()->graph() == edited);
        QVERIFY(w.document()->isModified());
        // Saving makes the recovery file unnecessary.
        QTemporaryDir dir;
        QString error;
        QVERIFY(w.saveProjectFile(dir.filePath("r.mtlproj"), &error));
        QVERIFY(!QFileInfo::exists(MainWindow::recoveryPath()));
    }

    void clipboardAndDelete() {
        MainWindow w;
        w.show();
        GraphDocument* doc = w.document();
        const size_t n = doc->graph().nodes().size(), e = doc->graph().edges().size();
        const NodeId input = doc->graph().findByName("input")->id,
                     ex = doc->graph().findByName("experts")->id;
        w.scene()->selectNodes({input, ex});
        w.action("duplicate")->trigger();
        QCOMPARE(doc->graph().nodes().size(), n + 2);
        QCOMPARE(doc->graph().edges().size(), e + 1);    // the edge between the two comes along
        QCOMPARE(w.scene()->selectedNodes().size(), 2);  // the copies are selected
        w.action("delete")->trigger();
        QCOMPARE(doc->graph().nodes().size(), n);
        w.scene()->selectNodes({ex});
        w.action("cut")->trigger();
        QCOMPARE(doc->graph().nodes().size(), n - 1);
        w.action("paste")->trigger();
        QCOMPARE(doc->graph().nodes().size(), n);
        QVERIFY(doc->graph().findByName("experts"));  // the name was free again
        w.action("selectAll")->trigger();
        QCOMPARE(w.scene()->selectedNodes().size(), static_cast<int>(n));
        answerNextDialog(QMessageBox::Discard);
        w.close();
    }
};

QTEST_MAIN(TestEditor)
#include "tst_ui_editor.moc"
