// View > Canvas Only (Ctrl+Shift+F): on a 1024x768 projector the docks leave the canvas a strip
// in which fit-to-view shrinks the graph until block text is a few pixels high. Canvas Only hides
// every dock, the graph is fitted again and drawn larger; pressing it again gives back the same
// docks; a window closed in Canvas Only saves the layout with its docks.
#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include "app/MainWindow.h"
#include "editor/GraphView.h"

using namespace mtl::ui;

namespace {
QStringList visibleDocks(const MainWindow& w) {
    QStringList names;
    for (QDockWidget* d : w.findChildren<QDockWidget*>())
        if (d->isVisible()) names << d->objectName();
    names.sort();
    return names;
}
}  // namespace

class TestCanvasOnly : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void hidesDocksAndEnlargesTheGraph() {
        MainWindow w;
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.loadTemplate(QStringLiteral("mmoe"));
        QTRY_VERIFY(w.view()->zoom() > 0);
        QTest::qWait(50);
        w.view()->fitToView();
        const QStringList docks = visibleDocks(w);
        QVERIFY(docks.size() >= 4);
        const qreal zoomBefore = w.view()->zoom();
        const QSize canvasBefore = w.view()->viewport()->size();

        QAction* canvasOnly = w.action(QStringLiteral("canvasOnly"));
        QVERIFY(canvasOnly && canvasOnly->isCheckable());
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(canvasOnly->isChecked());
        QTRY_VERIFY(visibleDocks(w).isEmpty());
        QTRY_VERIFY(w.view()->viewport()->width() > canvasBefore.width());
        QTRY_VERIFY(w.view()->viewport()->height() > canvasBefore.height());
        // Fitted again: the graph is drawn at least 1.5 times larger than beside the docks.
        QTRY_VERIFY2(w.view()->zoom() > 1.5 * zoomBefore,
                     qPrintable(QStringLiteral("%1 -> %2").arg(zoomBefore).arg(w.view()->zoom())));

        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!canvasOnly->isChecked());
        QTRY_COMPARE(visibleDocks(w), docks);
        QTRY_VERIFY(qAbs(w.view()->zoom() - zoomBefore) < 0.02);
    }

    void closingInCanvasOnlyKeepsTheDocks() {
        QStringList docks;
        {
            MainWindow w;
            w.resize(1024, 768);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            docks = visibleDocks(w);
            w.action(QStringLiteral("canvasOnly"))->trigger();
            QTRY_VERIFY(visibleDocks(w).isEmpty());
            QVERIFY(w.close());
        }
        MainWindow again;
        again.resize(1024, 768);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.action(QStringLiteral("canvasOnly"))->isChecked());
        QTRY_COMPARE(visibleDocks(again), docks);
    }
};

QTEST_MAIN(TestCanvasOnly)
#include "tst_ui_canvasonly.moc"
