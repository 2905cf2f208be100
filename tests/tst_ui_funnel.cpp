// The Data dock lists the click -> conversion funnel (offscreen, driving the real widgets): a
// funnel DataSpec set from code (as a lesson does) is shown on its page and read back unchanged,
// choosing the source in the combo box gives a funnel spec that loads with the ESMM tasks, typed
// values outside a setting's range are refused with the range and the value kept, and the settings
// survive a restart of the panel (QSettings).
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include "data/DataSpec.h"
#include "train/DataPanel.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

void typeInto(QAbstractSpinBox* spin, const QString& text) {
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

QStringList shownMessages(QWidget* root, const QString& needle) {
    QStringList found;
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->isVisibleTo(root) && label->text().contains(needle)) found << label->text();
    return found;
}

}  // namespace

class TestUiFunnel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_funnel");
        QSettings().clear();
    }
    void init() { QSettings().clear(); }

    void specFromCodeIsShownAndReadBack() {
        DataPanel panel;
        DataSpec spec;
        spec.kind = DataSpec::Kind::Funnel;
        spec.funnel.bias = 0.8;
        spec.funnel.clickRate = 0.05;
        spec.funnel.conversionRate = 0.1;
        spec.funnel.nTrain = 3000;
        spec.funnel.d = 12;
        spec.funnel.seed = 9;
        spec.funnel.nTest = 777;  // no editor: kept as given
        panel.setSpec(spec);
        auto* source = panel.findChild<QComboBox*>("dataSource");
        QVERIFY(source);
        QCOMPARE(source->currentData().toInt(), int(DataSpec::Kind::Funnel));
        const DataSpec back = panel.spec();
        QVERIFY(back.kind == DataSpec::Kind::Funnel);
        QCOMPARE(back.funnel.bias, 0.8);
        QCOMPARE(back.funnel.clickRate, 0.05);
        QCOMPARE(back.funnel.conversionRate, 0.1);
        QCOMPARE(back.funnel.nTrain, 3000);
        QCOMPARE(back.funnel.d, 12);
        QCOMPARE(back.funnel.seed, 9ULL);
        QCOMPARE(back.funnel.nTest, 777);
        QVERIFY(panel.summary().contains("Funnel data: selection bias 0.80"));
        QVERIFY(panel.problem().isEmpty());
    }

    void chosenInTheComboAndEdited() {
        DataPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto* source = panel.findChild<QComboBox*>("dataSource");
        source->setCurrentIndex(source->findData(int(DataSpec::Kind::Funnel)));
        auto* bias = panel.findChild<QDoubleSpinBox*>("funnelBias");
        auto* click = panel.findChild<QDoubleSpinBox*>("funnelClickRate");
        auto* rows = panel.findChild<QDoubleSpinBox*>("funnelRows");
        QVERIFY(bias && click && rows);
        QVERIFY(bias->isVisibleTo(&panel));

        typeInto(bias, "1");
        typeInto(rows, "2000");
        typeInto(click, "0.3");
        DataSpec s = panel.spec();
        QVERIFY(s.kind == DataSpec::Kind::Funnel);
        QCOMPARE(s.funnel.bias, 1.0);
        QCOMPARE(s.funnel.nTrain, 2000);
        QCOMPARE(s.funnel.clickRate, 0.3);

        typeInto(bias, "-2");  // outside -1 to 1: refused, 1 stays
        QCOMPARE(panel.spec().funnel.bias, 1.0);
        QCOMPARE(shownMessages(&panel, "-2 is outside the allowed range").size(), 1);

        // What the dock gives loads as the ESMM tasks.
        s = panel.spec();
        s.funnel.nValid = 50;
        s.funnel.nTest = 50;
        const DataSplits d = loadData(s);
        QCOMPARE(d.train.rows(), 2000);
        QCOMPARE(d.train.schema.tasks[1].name, std::string("click_and_conversion"));

        // Kept for the next start.
        DataPanel again;
        QVERIFY(again.spec().kind == DataSpec::Kind::Funnel);
        QCOMPARE(again.spec().funnel.bias, 1.0);
        QCOMPARE(again.spec().funnel.nTrain, 2000);
    }
};

QTEST_MAIN(TestUiFunnel)
#include "tst_ui_funnel.moc"
