// The Experiments panel, driven through its widgets in the main window: a small sweep (MMoE and
// Shared-Bottom x p = 0.5, 1.0 x 2 seeds) is defined, run, cancelled after its first run, resumed
// to completion, and gives the results an uninterrupted run of the same spec gives; the table
// (groups with CIs), the paired differences and the plot (a line and a CI band per architecture,
// one point per p; gate divergence only for the gated model) are filled; the project saved and
// opened in a new window still holds the experiment. A run opened from a group's list is re-run
// exactly and lands in the Runs list. A refused grid shows the engine's reason and runs nothing.
#include <QAbstractButton>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "app/MainWindow.h"
#include "experiment/ExperimentController.h"
#include "experiment/ExperimentModel.h"
#include "experiment/ExperimentsPanel.h"
#include "experiment/Runner.h"
#include "widgets/SpinBoxes.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

template <class T>
T* child(QWidget* parent, const char* name) {
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w) qWarning("no child %s", name);
    return w;
}

void typeInto(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void typeInto(IntSpinBox* box, const QString& text) {
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Backspace);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Enter);
}

void checkOnly(QListWidget* list, const QStringList& keys) {
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
}

// The small sweep of the test, typed into the panel's grid.
void defineSweep(ExperimentsPanel* panel) {
    checkOnly(child<QListWidget>(panel, "architectures"), {"mmoe", "shared_bottom"});
    auto* kind = child<QComboBox>(panel, "dataKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("synthetic")));
    typeInto(child<QLineEdit>(panel, "correlations"), QStringLiteral("0.5, 1.0"));
    typeInto(child<IntSpinBox>(panel, "trainRows"), QStringLiteral("8000"));
    typeInto(child<QLineEdit>(panel, "learningRates"), QStringLiteral("1e-2"));
    typeInto(child<IntSpinBox>(panel, "seeds"), QStringLiteral("2"));
    typeInto(child<IntSpinBox>(panel, "epochs"), QStringLiteral("4"));
}

std::string withoutTime(exp::RunSummary r) {
    r.seconds = 0;
    return exp::toJson(r);
}

struct Series {
    QList<QLineSeries*> lines;
    QList<QAreaSeries*> bands;
};
Series seriesOf(QChart* chart) {
    Series s;
    for (QAbstractSeries* a : chart->series()) {
        if (auto* band = qobject_cast<QAreaSeries*>(a))
            s.bands << band;
        else if (auto* line = qobject_cast<QLineSeries*>(a))
            s.lines << line;
    }
    return s;
}

}  // namespace

class TestUiExperiments : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_experiments");
        QSettings().clear();
    }

    void sweepCancelResumeSaveReopen() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        ExperimentsPanel* panel = w.experimentsPanel();
        QVERIFY(panel);
        ExperimentController* controller = panel->controller();
        defineSweep(panel);
        QVERIFY(!w.isProjectModified());

        // Run, and cancel as soon as the first run has arrived.
        QTest::mouseClick(child<QPushButton>(panel, "runExperiment"), Qt::LeftButton);
        QVERIFY(controller->isActive());
        QCOMPARE(panel->experiments().size(), size_t(1));
        QCOMPARE(panel->experiments()[0].cells, size_t(8));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->experiments()[0].runs.empty(), 120000);
        auto* cancel = child<QPushButton>(panel, "cancelExperiment");
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isActive(), 60000);
        const size_t afterCancel = panel->experiments()[0].runs.size();
        qInfo("%zu of 8 runs before the cancel took effect", afterCancel);
        QVERIFY2(afterCancel >= 1 && afterCancel < 8, qPrintable(QString::number(afterCancel)));
        QVERIFY(!panel->experiments()[0].complete());
        QVERIFY(w.isProjectModified());
        auto* resume = child<QPushButton>(panel, "resumeExperiment");
        QVERIFY(resume->isEnabled());
        QVERIFY(child<QLabel>(panel, "experimentStatus")->text().contains("Resume"));

        // Resume to completion.
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(controller->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(!controller->isActive(), 180000);
        const exp::ExperimentRecord record = panel->experiments()[0];
        QVERIFY(panel->message().isEmpty());
        QVERIFY(record.complete());
        QCOMPARE(record.runs.size(), size_t(8));
        QVERIFY(!resume->isEnabled());
        // Only the missing cells ran.
        auto* bar = child<QProgressBar>(panel, "experimentProgress");
        QCOMPARE(bar->maximum(), int(8 - afterCancel));
        QCOMPARE(bar->value(), bar->maximum());

        // The same results as the same spec run in one piece.
        const exp::Experiment e = exp::parseExperiment(record.entries);
        std::map<size_t, std::string> whole;
        exp::RunnerOptions o;
        o.onRun = [&](const exp::RunSummary& s) { whole[s.index] = withoutTime(s); };
        QVERIFY(exp::runExperiment(e, o).complete);
        QCOMPARE(whole.size(), size_t(8));
        for (const exp::RunSummary& r : record.runs) QCOMPARE(withoutTime(r), whole[r.index]);

        // The table: 2 architectures x 2 correlations, 2 runs each, with CIs.
        ExperimentModel* model = panel->model();
        QCOMPARE(model->rowCount(), 4);
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(model->data(model->index(row, ExperimentModel::RunsColumn)).toString(),
                     QStringLiteral("2"));
            QVERIFY(model->data(model->index(row, ExperimentModel::FirstTaskColumn))
                        .toString()
                        .contains(QStringLiteral("±")));
        }
        QCOMPARE(panel->pairedModel()->rowCount(), 2 * 2);  // per p, one pair, two tasks

        // The plot: per architecture a line with one point per p and its CI band.
        Series s = seriesOf(panel->chart());
        QCOMPARE(s.lines.size(), 2);
        QCOMPARE(s.bands.size(), 2);
        for (QLineSeries* line : s.lines) {
            QCOMPARE(line->count(), 2);
            QCOMPARE(line->at(0).x(), 0.5);
            QCOMPARE(line->at(1).x(), 1.0);
        }
        for (QAreaSeries* band : s.bands) {
            QCOMPARE(band->upperSeries()->count(), 2);
            for (int i = 0; i < 2; ++i)
                QVERIFY(band->upperSeries()->at(i).y() >= band->lowerSeries()->at(i).y());
        }
        QStringList names;
        for (QLineSeries* line : s.lines) names << line->name();
        QCOMPARE(names, QStringList({"Shared-Bottom", "MMoE"}));  // the templates' order
        // Gate divergence: only MMoE has gates of two tasks.
        auto* kind = child<QComboBox>(panel, "plotKind");
        kind->setCurrentIndex(kind->findText(QStringLiteral("Gate divergence (JS of mean gates)")));
        s = seriesOf(panel->chart());
        QCOMPARE(s.lines.size(), 1);
        QCOMPARE(s.lines[0]->name(), QStringLiteral("MMoE"));
        QCOMPARE(s.lines[0]->count(), 2);
        for (int i = 0; i < 2; ++i) QVERIFY(std::isfinite(s.lines[0]->at(i).y()));

        // Saved and opened in a new window: the experiment is still there.
        QTemporaryDir dir;
        const QString path = dir.filePath("sweep.mtlproj");
        QString error;
        QVERIFY2(w.saveProjectFile(path, &error), qPrintable(error));
        QVERIFY(!w.isProjectModified());
        MainWindow w2;
        QVERIFY2(w2.openProjectFile(path, &error), qPrintable(error));
        QVERIFY(!w2.isProjectModified());
        const auto& reopened = w2.experimentsPanel()->experiments();
        QCOMPARE(reopened.size(), size_t(1));
        QCOMPARE(reopened[0].name, record.name);
        QCOMPARE(reopened[0].entries, record.entries);
        QCOMPARE(reopened[0].runs.size(), size_t(8));
        for (size_t i = 0; i < 8; ++i)
            QCOMPARE(exp::toJson(reopened[0].runs[i]), exp::toJson(record.runs[i]));
        QCOMPARE(w2.experimentsPanel()->model()->rowCount(), 4);
        QCOMPARE(seriesOf(w2.experimentsPanel()->chart()).lines.size(), 2);
    }

    void openRunFromAGroup() {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        ExperimentsPanel* panel = w.experimentsPanel();
        defineSweep(panel);
        checkOnly(child<QListWidget>(panel, "architectures"), {"mmoe"});
        typeInto(child<QLineEdit>(panel, "correlations"), QStringLiteral("0.5"));
        QTest::mouseClick(child<QPushButton>(panel, "runExperiment"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->controller()->isActive(), 120000);
        const exp::ExperimentRecord record = panel->experiments()[0];
        QCOMPARE(record.runs.size(), size_t(2));
        QVERIFY(w.runs().empty());

        // Double-click the group's row, pick the second seed, Open Run.
        QTableView* table = panel->resultsTable();
        QCOMPARE(table->model()->rowCount(), 1);
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        auto* dialog = panel->findChild<QDialog*>(QStringLiteral("experimentRunsDialog"));
        QVERIFY(dialog);
        auto* runs = dialog->findChild<QTableWidget*>(QStringLiteral("groupRuns"));
        QCOMPARE(runs->rowCount(), 2);
        runs->selectRow(1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("openRun")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.runs().size(), size_t(1), 120000);
        const RunRecord& run = w.runs()[0];
        const exp::RunSummary& summary = record.runs[1];
        QCOMPARE(run.config.seed, summary.seed);
        QVERIFY(!run.epochs.empty());
        QCOMPARE(run.test.tasks.size(), summary.tasks.size());
        for (size_t t = 0; t < summary.tasks.size(); ++t)
            QCOMPARE(run.test.tasks[t].loss, summary.tasks[t].testLoss);
        QVERIFY(QString::fromStdString(run.name).contains(QStringLiteral("seed")));
        QVERIFY(w.isProjectModified());
    }

    void currentGraphAsAnArchitecture() {
        // The graph in the editor (the MMoE template the window starts with, for synthetic data)
        // runs as an architecture of its own, saved to a file the spec names.
        MainWindow w;
        ExperimentsPanel* panel = w.experimentsPanel();
        defineSweep(panel);
        checkOnly(child<QListWidget>(panel, "architectures"), {"@current"});
        typeInto(child<QLineEdit>(panel, "correlations"), QStringLiteral("0.5"));
        typeInto(child<IntSpinBox>(panel, "seeds"), QStringLiteral("1"));
        QTest::mouseClick(child<QPushButton>(panel, "runExperiment"), Qt::LeftButton);
        QVERIFY2(panel->message().isEmpty(), qPrintable(panel->message()));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->controller()->isActive(), 120000);
        QVERIFY2(panel->message().isEmpty(), qPrintable(panel->message()));
        const exp::ExperimentRecord& record = panel->experiments().at(0);
        QVERIFY(record.complete());
        QCOMPARE(record.runs.size(), size_t(1));
        QVERIFY(record.runs[0].arch.rfind("graph:", 0) == 0);
        QVERIFY(QFile::exists(QString::fromStdString(record.runs[0].arch.substr(6))));
        QVERIFY(panel->model()
                    ->data(panel->model()->index(0, ExperimentModel::ArchColumn))
                    .toString()
                    .startsWith(QStringLiteral("graph ")));
    }

    void refusedGridRunsNothing() {
        MainWindow w;
        ExperimentsPanel* panel = w.experimentsPanel();
        defineSweep(panel);
        auto* run = child<QPushButton>(panel, "runExperiment");

        // No architecture ticked.
        checkOnly(child<QListWidget>(panel, "architectures"), {});
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(!panel->controller()->isActive());
        QVERIFY(panel->experiments().empty());
        QVERIFY2(panel->message().contains(QStringLiteral("arch")), qPrintable(panel->message()));
        QVERIFY(child<QLabel>(panel, "experimentMessage")->isVisibleTo(panel));

        // A list that does not parse, and a value out of range: the entry is named.
        checkOnly(child<QListWidget>(panel, "architectures"), {"mmoe"});
        typeInto(child<QLineEdit>(panel, "correlations"), QStringLiteral("0.5, abc"));
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(panel->experiments().empty());
        QVERIFY2(panel->message().contains(QStringLiteral("p")) &&
                     panel->message().contains(QStringLiteral("abc")),
                 qPrintable(panel->message()));
        typeInto(child<QLineEdit>(panel, "correlations"), QStringLiteral("0.5, 2"));
        typeInto(child<QLineEdit>(panel, "learningRates"), QStringLiteral("1e-3"));
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(panel->experiments().empty());
        QVERIFY2(panel->message().contains(QStringLiteral("p")), qPrintable(panel->message()));
        typeInto(child<QLineEdit>(panel, "correlations"), QStringLiteral("0.5"));
        typeInto(child<QLineEdit>(panel, "learningRates"), QStringLiteral(""));
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(panel->experiments().empty());
        QVERIFY2(panel->message().contains(QStringLiteral("lr")), qPrintable(panel->message()));
        QVERIFY(!panel->controller()->isActive());
        QVERIFY(!w.isProjectModified());
    }

    void destroyedMidRunJoinsCleanly() {
        auto* w = new MainWindow;
        ExperimentsPanel* panel = w->experimentsPanel();
        defineSweep(panel);
        QTest::mouseClick(child<QPushButton>(panel, "runExperiment"), Qt::LeftButton);
        QVERIFY(panel->controller()->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->experiments()[0].runs.empty(), 120000);
        delete w;  // cancels the sweep and joins its threads
    }
};

QTEST_MAIN(TestUiExperiments)
#include "tst_ui_experiments.moc"
