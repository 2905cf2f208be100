// Classroom mode (ui/app/Classroom.h): the teacher picks groups of controls in the settings
// dialog and turns the mode on; the chosen docks and actions are hidden (their View menu entries
// too) and come back when the mode is turned off. The choice and the on/off state are saved in
// the project file: a fresh window opening it hides the same controls; a project file written
// before classroom mode existed opens with the mode off; the gate heatmap uses its fixed 0..1
// scale in classroom mode.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "app/Classroom.h"
#include "app/MainWindow.h"
#include "dashboard/GateHeatmap.h"
#include "editor/GraphView.h"

using namespace mtl::ui;

namespace {

QDockWidget* dock(MainWindow& w, const char* name) {
    return w.findChild<QDockWidget*>(QLatin1String(name));
}

// Opens Classroom Mode Settings from the View menu's action and ticks exactly `keys` (and the
// "on" box as `on`), then OK, as a teacher does.
void chooseGroups(MainWindow& w, const QStringList& keys, bool on) {
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        for (QCheckBox* box : dialog->findChildren<QCheckBox*>()) {
            const QString key = box->objectName().mid(int(qstrlen("classroom_")));
            const bool want = key == QLatin1String("enabled") ? on : keys.contains(key);
            if (box->isChecked() != want) QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, 6));
            QCOMPARE(box->isChecked(), want);
        }
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        answered = true;
    });
    w.action(QStringLiteral("classroomSettings"))->trigger();
    QVERIFY(answered);
}

bool hidden(MainWindow& w, const char* name) {
    QDockWidget* d = dock(w, name);
    return d && !d->isVisible() && !d->toggleViewAction()->isVisible();
}

bool shown(MainWindow& w, const char* name) {
    QDockWidget* d = dock(w, name);
    return d && d->isVisible() && d->toggleViewAction()->isVisible();
}

}  // namespace

class TestClassroom : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void chosenGroupsAreHiddenAndSavedInTheProject() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lesson.mtlproj"));
        {
            MainWindow w;
            w.resize(1024, 768);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(shown(w, "paletteDock"));
            QVERIFY(!w.classroom()->isEnabled());
            QVERIFY(!w.isProjectModified());
            // The teacher chooses the palette and the advanced menu entries, then turns the mode
            // on with its key.
            chooseGroups(w, {QStringLiteral("palette"), QStringLiteral("advancedActions")}, false);
            QVERIFY(!w.classroom()->isEnabled());
            QVERIFY(shown(w, "paletteDock"));  // chosen, but the mode is off
            w.activateWindow();                // after the dialog
            QVERIFY(QTest::qWaitForWindowActive(&w));
            QTest::keyClick(w.view(), Qt::Key_F11);
            QVERIFY(w.classroom()->isEnabled());
            QVERIFY(w.action(QStringLiteral("classroomMode"))->isChecked());
            QVERIFY(hidden(w, "paletteDock"));
            QVERIFY(!w.action(QStringLiteral("autoLayout"))->isVisible());
            QVERIFY(!w.action(QStringLiteral("quickAdd"))->isVisible());
            QVERIFY(shown(w, "problemsDock"));  // not chosen
            QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("runsDock"))
                        ->toggleViewAction()
                        ->isVisible());
            QCOMPARE(w.gateHeatmap()->colorMax(), 1.0);  // fixed 0..1 scale in class
            QVERIFY(w.isProjectModified());              // a project setting
            QString error;
            QVERIFY2(w.saveProjectFile(path, &error), qPrintable(error));
            QVERIFY(!w.isProjectModified());
            // Off again: everything back.
            w.view()->setFocus();
            QTest::keyClick(w.view(), Qt::Key_F11);
            QVERIFY(!w.classroom()->isEnabled());
            QVERIFY(shown(w, "paletteDock"));
            QVERIFY(w.action(QStringLiteral("autoLayout"))->isVisible());
            QCOMPARE(w.gateHeatmap()->fixedColorScale(), 0.0);
            w.classroom()->setModified(false);
            w.close();
        }
        // A fresh window opens the lesson: the same controls are hidden.
        MainWindow w;
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(shown(w, "paletteDock"));
        QString error;
        QVERIFY2(w.openProjectFile(path, &error), qPrintable(error));
        QVERIFY(w.classroom()->isEnabled());
        QVERIFY(w.action(QStringLiteral("classroomMode"))->isChecked());
        QCOMPARE(w.classroom()->hiddenGroups(),
                 QStringList({QStringLiteral("palette"), QStringLiteral("advancedActions")}));
        QVERIFY(hidden(w, "paletteDock"));
        QVERIFY(!w.action(QStringLiteral("autoLayout"))->isVisible());
        QVERIFY(shown(w, "problemsDock"));
        QVERIFY(!w.isProjectModified());

        // A project written before classroom mode existed: the mode is off, the palette back.
        const QString old = QFINDTESTDATA("fuzz/corpus/project/one-run.mtlproj");
        QVERIFY(!old.isEmpty());
        QVERIFY2(w.openProjectFile(old, &error), qPrintable(error));
        QVERIFY(!w.classroom()->isEnabled());
        QVERIFY(!w.action(QStringLiteral("classroomMode"))->isChecked());
        QVERIFY(shown(w, "paletteDock"));
        QVERIFY(w.action(QStringLiteral("autoLayout"))->isVisible());
        w.close();
    }

    void optimizerSettingsAndDocksOfAGroup() {
        MainWindow w;
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        dock(w, "trainingDock")->raise();
        QWidget* lr = w.findChild<QWidget*>(QStringLiteral("learningRate"));
        QVERIFY(lr);
        QTest::qWait(20);
        QVERIFY(lr->isVisible());
        chooseGroups(w, {QStringLiteral("optimizer"), QStringLiteral("runs")}, true);
        QVERIFY(w.classroom()->isEnabled());
        QVERIFY(!lr->isVisible());
        QVERIFY(hidden(w, "runsDock"));
        QVERIFY(shown(w, "paletteDock"));
        w.action(QStringLiteral("classroomMode"))->trigger();
        QVERIFY(lr->isVisible());
        QVERIFY(dock(w, "runsDock")->toggleViewAction()->isVisible());
        w.classroom()->setModified(false);
        w.close();
    }
};

QTEST_MAIN(TestClassroom)
#include "tst_ui_classroom.moc"
