// The run history as an item model (ui/train/RunHistory.h): rows, ticks, the modified flag, and
// Qt's model checks (QAbstractItemModelTester) while runs are added, removed and replaced.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "UiTestSupport.h"
#include "graph/Templates.h"
#include "train/RunHistory.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

RunRecord makeRun(const std::string& name, double auc) {
    RunRecord r;
    r.name = name;
    TemplateOptions o;
    o.schema = defaultSchema();
    r.graph = makeTemplate("mmoe", o);
    r.schema = o.schema;
    r.test.tasks.resize(1);
    r.test.tasks[0].task = "income";
    r.test.tasks[0].binary = true;
    r.test.tasks[0].auc = auc;
    return r;
}

}  // namespace

class TestRunHistory : public QObject {
    Q_OBJECT
private slots:
    void rowsTicksAndModified() {
        RunHistory h;
        QAbstractItemModelTester tester(&h, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy modified(&h, &RunHistory::modifiedChanged);
        QSignalSpy compared(&h, &RunHistory::comparedChanged);
        QCOMPARE(h.rowCount(), 0);
        QCOMPARE(h.columnCount(), RunHistory::kColumns);

        QCOMPARE(h.append(makeRun("Run 1", 0.91)), 0);
        QCOMPARE(h.append(makeRun("Run 2", 0.92)), 1);
        QCOMPARE(h.append(makeRun("Run 3", 0.93)), 2);
        QVERIFY(h.isModified());
        QCOMPARE(modified.count(), 1);  // only when the flag changes
        QCOMPARE(h.index(1, RunHistory::RunColumn).data().toString(), QString("Run 2"));
        QCOMPARE(h.index(1, RunHistory::ArchitectureColumn).data().toString(), QString("MMoE"));
        QVERIFY2(h.index(2, RunHistory::MetricsColumn).data().toString().contains("0.9300"),
                 qPrintable(h.index(2, RunHistory::MetricsColumn).data().toString()));
        QVERIFY(h.flags(h.index(0, RunHistory::RunColumn)) & Qt::ItemIsUserCheckable);
        QVERIFY(!(h.flags(h.index(0, RunHistory::DataColumn)) & Qt::ItemIsUserCheckable));

        // Ticks through the model (as a view's check box does) and directly.
        QVERIFY(h.setData(h.index(2, 0), Qt::Checked, Qt::CheckStateRole));
        h.setCompared(0, true);
        QCOMPARE(h.compared(), QList<int>({0, 2}));
        QCOMPARE(compared.count(), 2);
        QCOMPARE(h.index(2, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        h.setModified(false);
        h.setCompared(1, true);
        h.setCompared(1, false);
        QVERIFY2(!h.isModified(), "ticking is a view choice, not a change to the project");

        // Removing a ticked run moves the later ticks up.
        QVERIFY(h.remove(0));
        QVERIFY(!h.remove(7));
        QCOMPARE(h.count(), 2);
        QCOMPARE(h.run(0).name, std::string("Run 2"));
        QCOMPARE(h.compared(), QList<int>({1}));
        QVERIFY(h.isModified());

        // A project opened: its runs, nothing ticked, not modified.
        h.setRuns({makeRun("A", 0.8), makeRun("B", 0.7), makeRun("C", 0.6), makeRun("D", 0.5)});
        QCOMPARE(h.rowCount(), 4);
        QVERIFY(h.compared().isEmpty());
        QVERIFY(!h.isModified());
        QCOMPARE(
            h.headerData(RunHistory::SettingsColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QString("Settings"));
    }
};

QTEST_MAIN(TestRunHistory)
#include "tst_ui_runhistory.moc"
