// Export from the GUI: train a small run from the main window, then export it from the Runs
// list's context menu (PyTorch) and from File > Export Run (ONNX). The chooser is bypassed with
// RunExport::setNextDestination. The export runs on a worker thread: right after the action the
// window is still processing events, the busy indicator shows and the export actions are
// disabled; afterwards the folder holds what README's export section lists, and the status bar
// names the path and says how to run it. A destination that cannot be written is refused with
// the reason in a message box.
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include "app/MainWindow.h"
#include "app/RunExport.h"
#include "app/RunsPanel.h"
#include "io/Export.h"
#include "train/DataPanel.h"
#include "train/RunHistory.h"
#include "train/TrainingController.h"
#include "train/TrainingPanel.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

void trainTinyRun(MainWindow& w) {
    DataSpec d;
    d.synthetic.d = 8;
    d.synthetic.nTrain = 600;
    d.synthetic.nValid = d.synthetic.nTest = 200;
    d.synthetic.binary = true;
    w.dataPanel()->setSpec(d);
    TrainConfig c;
    c.epochs = 2;
    c.batchSize = 32;
    c.seed = 3;
    w.trainingPanel()->setConfig(c);
    w.trainingPanel()->trainAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(w.runs().size(), size_t(1), 120000);
    QTRY_VERIFY(!w.trainer()->isActive());
}

// With $MTL_SCREENSHOT_DIR set (run under xvfb-run with QT_QPA_PLATFORM=xcb), the screen is
// saved there as NAME.png: the menu and the result as a user sees them.
void screenshot(const char* name) {
    const QString dir = qEnvironmentVariable("MTL_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QTest::qWait(300);  // let the window manager-less X server paint the popup
    QGuiApplication::primaryScreen()->grabWindow(0).save(dir + QLatin1Char('/') +
                                                         QLatin1String(name) + ".png");
}

QAction* menuAction(QMenuBar* bar, const QString& menuName, const QString& actionName) {
    for (QMenu* m : bar->findChildren<QMenu*>(menuName))
        for (QAction* a : m->actions())
            if (a->objectName() == actionName) return a;
    return nullptr;
}

}  // namespace

class TestUiExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_export");
        QSettings().clear();
    }

    void exportFromTheRunsList() {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        trainTinyRun(w);
        RunsPanel* runs = w.runsPanel();
        auto* runsDock = w.findChild<QDockWidget*>(QStringLiteral("runsDock"));
        QVERIFY(runsDock);
        runsDock->raise();  // tabbed with Problems: the list in view, as a user opens it
        QTRY_VERIFY(runs->tree()->isVisible());
        runs->setCurrentRun(0);
        auto* exporter = w.findChild<RunExport*>(QStringLiteral("runExport"));
        QVERIFY(exporter);
        // The list's context menu holds both exports, enabled for the selected run.
        QAction* torch = nullptr;
        for (QAction* a : runs->tree()->actions())
            if (a->objectName() == QLatin1String("exportRunTorch")) torch = a;
        QVERIFY(torch);
        QVERIFY(torch->isEnabled());
        QVERIFY(runs->exportButton()->isEnabled());
        QCOMPARE(runs->tree()->contextMenuPolicy(), Qt::ActionsContextMenu);

        if (!qEnvironmentVariableIsEmpty("MTL_SCREENSHOT_DIR")) {  // the context menu, open
            QMenu menu;
            menu.addActions(runs->tree()->actions());
            const QRect row = runs->tree()->visualRect(runs->history()->index(0, 0));
            menu.popup(runs->tree()->viewport()->mapToGlobal(row.center()));
            screenshot("export-menu");
            menu.close();
        }
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("torch_run"));
        exporter->setNextDestination(dir);
        torch->trigger();
        // Returned at once: the export works on its thread while the window shows it is busy.
        QVERIFY(exporter->isBusy());
        auto* busy = w.statusBar()->findChild<QProgressBar*>(QStringLiteral("exportBusy"));
        QVERIFY(busy && busy->isVisible());
        QVERIFY(!torch->isEnabled());
        QVERIFY(!runs->exportOnnxAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!exporter->isBusy(), 120000);
        QVERIFY(!busy->isVisible());
        QVERIFY(torch->isEnabled());
        // What README's export section lists, with the synthetic data's splits under data/.
        for (const char* f : {"model.py", "mtl_layers.py", "weights.bin", "weights.json",
                              "model.json", "preprocess.py", "preprocess.json", "train.py",
                              "README.md", "data/train_numeric.bin", "data/test_labels.bin"})
            QVERIFY2(QFileInfo(dir + QLatin1Char('/') + QLatin1String(f)).size() > 0, f);
        const QString status = w.statusBar()->currentMessage();
        QVERIFY2(status.contains(dir) && status.contains(QLatin1String("torchrun")) &&
                     status.contains(QLatin1String("train.py")),
                 qPrintable(status));
        QCOMPARE(exporter->lastMessage(), status);
        screenshot("export-done");

        // The same folder again: refused (not empty), the reason in a message box.
        exporter->setNextDestination(dir);
        torch->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!exporter->isBusy(), 120000);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox*>(QStringLiteral("exportError"))));
        QVERIFY2(box->text().contains(QLatin1String("not empty")), qPrintable(box->text()));
        screenshot("export-refused");
        box->close();

        // ONNX from File > Export Run, for the current run.
        QAction* onnx =
            menuAction(w.menuBar(), QStringLiteral("exportMenu"), QStringLiteral("exportRunOnnx"));
        QVERIFY(onnx);
        // A destination whose folder does not exist: refused with the reason.
        exporter->setNextDestination(tmp.filePath(QStringLiteral("no/such/folder/m.onnx")));
        onnx->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!exporter->isBusy(), 120000);
        QTRY_VERIFY((box = w.findChild<QMessageBox*>(QStringLiteral("exportError"))));
        QVERIFY2(box->text().contains(QLatin1String("does not exist")), qPrintable(box->text()));
        box->close();
        if (findPython({"torch", "onnx"}).empty())
            QSKIP("no Python with torch and onnx: install python3-torch and python3-onnx");
        const QString file = tmp.filePath(QStringLiteral("run1.onnx"));
        exporter->setNextDestination(file);
        onnx->trigger();
        QVERIFY(exporter->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!exporter->isBusy(), 300000);
        QVERIFY2(QFileInfo(file).size() > 1000, qPrintable(exporter->lastMessage()));
        QVERIFY2(w.statusBar()->currentMessage().contains(file),
                 qPrintable(w.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestUiExport)
#include "tst_ui_export.moc"
