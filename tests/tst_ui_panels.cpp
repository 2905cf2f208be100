// The data and training panels driven as a user drives them (offscreen): the data panel starts on
// synthetic data, a slider moves p and the measured label correlation follows (the value
// makeSynthetic measures); a census folder without the files is reported; the CSV import dialog
// previews a file, takes new roles and builds the DataSpec, and a bad value keeps it open with
// the error naming line and column; the training panel's buttons follow the run state, the
// learning rate and loss weights change live while running, and config() round-trips.
//
// With MTL_PANEL_SHOTS=<folder>, screenshots() also writes PNGs of the panels and the dialog in
// the light and dark themes.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

#include "app/Appearance.h"
#include "data/DataSpec.h"
#include "train/CsvImportDialog.h"
#include "train/DataPanel.h"
#include "train/TrainingPanel.h"

using namespace mtl;
using namespace mtl::ui;
using RunState = TrainingPanel::RunState;

namespace {

// Role choices in the order of CsvImportDialog's role editors.
enum Role { Numeric, Categorical, BinaryLabel, RegressionLabel, Ignore };

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(text);
    return path;
}

// 12 rows: age (numeric), job (categorical), score (number), click (0/1). `badAge` replaces the
// age of the third data row (line 4 of the file).
QByteArray sampleCsv(const QByteArray& badAge = {}) {
    const char* jobs[] = {"engineer", "teacher", "nurse", "driver"};
    QByteArray text = "age,job,score,click\n";
    for (int i = 0; i < 12; ++i) {
        const QByteArray age =
            i == 2 && !badAge.isEmpty() ? badAge : QByteArray::number(25 + 3 * i);
        text += age + ',' + jobs[i % 4] + ',' + QByteArray::number(0.1 * (i % 7), 'f', 1) + ',' +
                QByteArray::number((i * 5) % 3 == 0 ? 1 : 0) + '\n';
    }
    return text;
}

QPushButton* okButton(QDialog& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

}  // namespace

class TestPanels : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_panels");
    }
    void init() { QSettings().clear(); }

    void dataPanelDefaultsToSynthetic() {
        DataPanel panel;
        const DataSpec s = panel.spec();
        QCOMPARE(s.kind, DataSpec::Kind::Synthetic);
        const SyntheticConfig def;
        QCOMPARE(s.synthetic.p, def.p);
        QCOMPARE(s.synthetic.d, def.d);
        QCOMPARE(s.synthetic.nTrain, def.nTrain);
        QCOMPARE(s.synthetic.seed, def.seed);
        QCOMPARE(s.synthetic.binary, false);
        QVERIFY(panel.problem().isEmpty());
        QVERIFY(panel.summary().contains("p = 0.50"));
        // The measured correlation comes without any edit.
        QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(panel.measuredCorrelation()), 10000);
    }

    void sliderMovesPAndMeasuredCorrelationFollows() {
        DataPanel panel;
        QSignalSpy changed(&panel, &DataPanel::specChanged);
        auto* slider = panel.findChild<QSlider*>("syntheticPSlider");
        auto* label = panel.findChild<QLabel*>("measuredCorrelation");
        QVERIFY(slider && label);
        slider->setValue(slider->value() + 8);  // 0.5 + 8 x 0.05
        QVERIFY(std::abs(panel.spec().synthetic.p - 0.9) < 1e-12);
        QVERIFY(changed.count() >= 1);

        // A burst of changes (debounced): the value shown is the one of the last settings.
        auto* seed = panel.findChild<QDoubleSpinBox*>("syntheticSeed");
        for (int s = 2; s <= 4; ++s) seed->setValue(s);
        panel.findChild<QCheckBox*>("syntheticBinary")->setChecked(true);

        SyntheticInfo info;
        makeSynthetic(panel.spec().synthetic, &info);
        QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(panel.measuredCorrelation()), 10000);
        QVERIFY(std::abs(panel.measuredCorrelation() - info.measuredCorrelation) < 1e-9);
        bool ok = false;
        const double shown = QLocale().toDouble(label->text().section(' ', 0, 0), &ok);
        QVERIFY2(ok, qPrintable(label->text()));
        QVERIFY2(std::abs(shown - info.measuredCorrelation) < 1e-3, qPrintable(label->text()));
        QVERIFY(panel.summary().contains(QLocale().toString(info.measuredCorrelation, 'f', 2)));

        // Beyond the sample size the first rows are measured, and the label says so.
        panel.findChild<QDoubleSpinBox*>("syntheticRows")->setValue(50000);
        QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(panel.measuredCorrelation()), 10000);
        QVERIFY2(label->text().contains(QLocale().toString(DataPanel::kCorrelationSampleRows)),
                 qPrintable(label->text()));

        // Changed and changed back before the measurement: the last value comes back.
        const QString measured = label->text();
        auto* p = panel.findChild<QDoubleSpinBox*>("syntheticP");
        p->setValue(0.3);
        QCOMPARE(label->text(), QString("…"));
        p->setValue(0.9);
        QCOMPARE(label->text(), measured);
        QTest::qWait(300);
        QCOMPARE(label->text(), measured);
    }

    void censusFolderWithoutFilesIsReported() {
        QTemporaryDir dir;
        DataPanel panel;
        DataSpec s;
        s.kind = DataSpec::Kind::Census;
        s.census.dir = dir.path().toStdString();
        s.census.group = 2;
        panel.setSpec(s);
        auto* status = panel.findChild<QLabel*>("censusStatus");
        QVERIFY(status->text().contains("census-income.data"));
        QVERIFY(!panel.problem().isEmpty());
        QCOMPARE(panel.spec().kind, DataSpec::Kind::Census);
        QCOMPARE(panel.spec().census.group, 2);
        QCOMPARE(QString::fromStdString(panel.spec().census.dir), dir.path());

        // With the files there, the folder is accepted.
        QVERIFY(!writeFile(dir, "census-income.data.gz", "x").isEmpty());
        QVERIFY(!writeFile(dir, "census-income.test.gz", "x").isEmpty());
        auto* edit = panel.findChild<QLineEdit*>("censusDir");
        edit->setText(dir.path() + "/");
        QVERIFY2(status->text().contains("Found"), qPrintable(status->text()));
        QVERIFY(panel.problem().isEmpty());
        QVERIFY(panel.summary().contains("group 2"));
    }

    void csvDialogPreviewsAndBuildsSpec() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "data.csv", sampleCsv());
        CsvImportDialog dialog(path, {});
        QTableWidget* table = dialog.table();
        QCOMPARE(dialog.columnCount(), 4);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QString("age"));
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QString("click"));
        QCOMPARE(table->rowCount(), 2 + 12);
        QCOMPARE(table->item(2, 1)->text(), QString("engineer"));
        QCOMPARE(table->verticalHeaderItem(2)->text(), QString("2"));  // line numbers
        // Inferred roles.
        QCOMPARE(dialog.roleEditor(0)->currentIndex(), int(Numeric));
        QCOMPARE(dialog.roleEditor(1)->currentIndex(), int(Categorical));
        QCOMPARE(dialog.roleEditor(2)->currentIndex(), int(Numeric));
        QCOMPARE(dialog.roleEditor(3)->currentIndex(), int(BinaryLabel));
        QVERIFY(!dialog.taskEditor(0)->isEnabled());
        QCOMPARE(dialog.taskEditor(3)->text(), QString("click"));

        // score becomes a regression task called "quality".
        dialog.roleEditor(2)->setCurrentIndex(RegressionLabel);
        QVERIFY(dialog.taskEditor(2)->isEnabled());
        dialog.taskEditor(2)->setText("quality");
        QSignalSpy validated(&dialog, &CsvImportDialog::validated);
        okButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(validated.count(), 1, 10000);
        QCOMPARE(validated.at(0).at(0).toBool(), true);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(!dialog.loadedSummary().isEmpty());

        const DataSpec s = dialog.spec();
        QCOMPARE(s.kind, DataSpec::Kind::Csv);
        QCOMPARE(QString::fromStdString(s.csvPath), QDir::toNativeSeparators(path));
        QCOMPARE(s.csv.delimiter, ',');
        QVERIFY(s.csv.header);
        QCOMPARE(int(s.csv.columns.size()), 4);
        QCOMPARE(s.csv.columns[0].name, std::string("age"));
        QCOMPARE(s.csv.columns[0].role, ColumnRole::Numeric);
        QCOMPARE(s.csv.columns[1].role, ColumnRole::Categorical);
        QCOMPARE(s.csv.columns[2].role, ColumnRole::Label);
        QCOMPARE(s.csv.columns[2].kind, TaskKind::Regression);
        QCOMPARE(s.csv.columns[2].task, std::string("quality"));
        QCOMPARE(s.csv.columns[3].role, ColumnRole::Label);
        QCOMPARE(s.csv.columns[3].kind, TaskKind::Binary);
        QCOMPARE(s.csv.columns[3].task, std::string("click"));
        const DataSplits data = loadData(s);
        QCOMPARE(int(data.train.schema.tasks.size()), 2);
        QCOMPARE(data.train.schema.tasks[0].name, std::string("quality"));

        // The data panel shows it.
        DataPanel panel;
        panel.setSpec(s);
        QCOMPARE(panel.spec().kind, DataSpec::Kind::Csv);
        QCOMPARE(int(panel.spec().csv.columns.size()), 4);
        QVERIFY(panel.problem().isEmpty());
        QVERIFY2(panel.summary().contains("data.csv"), qPrintable(panel.summary()));
    }

    void malformedCsvKeepsDialogOpen() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "bad.csv", sampleCsv("abc"));
        CsvImportDialog dialog(path, {});
        dialog.show();
        QCOMPARE(dialog.roleEditor(0)->currentIndex(), int(Categorical));  // the preview saw "abc"
        dialog.roleEditor(0)->setCurrentIndex(Numeric);
        dialog.taskEditor(3)->setText("clicked");
        QSignalSpy validated(&dialog, &CsvImportDialog::validated);
        okButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(validated.count(), 1, 10000);
        QCOMPARE(validated.at(0).at(0).toBool(), false);

        const QString error = dialog.errorText();
        QVERIFY2(error.contains("line 4") && error.contains("column 1") && error.contains("'age'"),
                 qPrintable(error));
        const QList<QLabel*> shown = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(shown.begin(), shown.end(),
                            [&](QLabel* l) { return l->isVisible() && l->text() == error; }));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        // The user's choices stay; the bad cell is selected.
        QCOMPARE(dialog.roleEditor(0)->currentIndex(), int(Numeric));
        QCOMPARE(dialog.taskEditor(3)->text(), QString("clicked"));
        QCOMPARE(dialog.table()->currentColumn(), 0);
        QCOMPARE(dialog.table()->verticalHeaderItem(dialog.table()->currentRow())->text(),
                 QString("4"));

        // Categorical age loads.
        dialog.roleEditor(0)->setCurrentIndex(Categorical);
        okButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(validated.count(), 2, 10000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.options().columns[3].task, std::string("clicked"));
    }

    void csvDelimiterAndHeaderOptions() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "semi.csv", "1;2;0\n3;4;1\n5;6;0\n7;8;1\n");
        QCOMPARE(CsvImportDialog::guessDelimiter(path), ';');
        CsvOptions o;
        o.delimiter = ';';
        o.header = false;
        CsvImportDialog dialog(path, o);
        QCOMPARE(dialog.columnCount(), 3);
        QCOMPARE(dialog.table()->horizontalHeaderItem(0)->text(), QString("column1"));
        QCOMPARE(dialog.table()->rowCount(), 2 + 4);
        // Roles survive switching the header on (same column count); names follow.
        dialog.roleEditor(1)->setCurrentIndex(Ignore);
        dialog.findChild<QCheckBox*>()->setChecked(true);
        QCOMPARE(dialog.table()->horizontalHeaderItem(0)->text(), QString("1"));
        QCOMPARE(dialog.table()->rowCount(), 2 + 3);
        QCOMPARE(dialog.roleEditor(1)->currentIndex(), int(Ignore));
        QCOMPARE(QString::fromStdString(dialog.options().columns[2].task), QString("0"));
        // A task name the user typed stays.
        QTest::keyClicks(dialog.taskEditor(2), "_flag");
        dialog.findChild<QCheckBox*>()->setChecked(false);
        QCOMPARE(dialog.table()->rowCount(), 2 + 4);
        QCOMPARE(QString::fromStdString(dialog.options().columns[2].task), QString("0_flag"));
    }

    void trainingButtonsFollowState() {
        TrainingPanel panel;
        const QList<QAction*> actions = panel.actions();
        QCOMPARE(actions.size(), 5);
        QCOMPARE(actions[0], panel.trainAction());
        QCOMPARE(panel.trainAction()->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(panel.stopAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        for (QAction* a : actions) {
            QVERIFY(!a->icon().isNull());
            QVERIFY2(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(a->toolTip()));
        }
        auto* hint = panel.findChild<QLabel*>("lockHint");
        auto enabled = [&] {
            QString s;
            for (QAction* a : actions) s += a->isEnabled() ? '1' : '0';
            return s;
        };
        auto* batch = panel.findChild<QSpinBox*>("batchSize");

        QCOMPARE(enabled(), QString("10001"));  // train pause step stop reset
        QVERIFY(hint->isHidden());
        QVERIFY(batch->isEnabled());

        panel.setRunState(int(RunState::Loading));
        QCOMPARE(enabled(), QString("00010"));
        QVERIFY(!hint->isHidden());

        panel.setRunState(int(RunState::Running));
        QCOMPARE(enabled(), QString("01010"));
        QVERIFY(panel.pauseAction()->text().contains("Pause"));
        QVERIFY(!hint->isHidden());
        QVERIFY(!batch->isEnabled());
        QVERIFY(panel.learningRateEditor()->isEnabled());
        QSignalSpy pause(&panel, &TrainingPanel::pauseRequested),
            resume(&panel, &TrainingPanel::resumeRequested);
        panel.pauseAction()->trigger();
        QCOMPARE(pause.count(), 1);

        panel.setRunState(int(RunState::Paused));
        QCOMPARE(enabled(), QString("01110"));
        QVERIFY(panel.pauseAction()->text().contains("Resume"));
        panel.pauseAction()->trigger();
        QCOMPARE(resume.count(), 1);
        QCOMPARE(pause.count(), 1);
        QSignalSpy step(&panel, &TrainingPanel::stepRequested);
        panel.stepAction()->trigger();
        QCOMPARE(step.count(), 1);

        panel.setRunState(int(RunState::Idle));
        QCOMPARE(enabled(), QString("10001"));
        QVERIFY(hint->isHidden());
        QVERIFY(batch->isEnabled());
        QSignalSpy train(&panel, &TrainingPanel::trainRequested),
            reset(&panel, &TrainingPanel::resetRequested);
        panel.trainAction()->trigger();
        panel.resetAction()->trigger();
        QCOMPARE(train.count(), 1);
        QCOMPARE(reset.count(), 1);
    }

    void liveEditsWhileRunning() {
        TrainingPanel panel;
        panel.setTasks({"income", "marital"});
        panel.setRunState(int(RunState::Running));
        QSignalSpy lr(&panel, &TrainingPanel::learningRateChanged);
        QSignalSpy weight(&panel, &TrainingPanel::lossWeightChanged);

        // Typed in scientific notation.
        QDoubleSpinBox* lrEdit = panel.learningRateEditor();
        QVERIFY(lrEdit->isEnabled());
        lrEdit->selectAll();
        QTest::keyClicks(lrEdit, "3e-4");
        QTest::keyClick(lrEdit, Qt::Key_Return);
        QCOMPARE(lr.count(), 1);
        QCOMPARE(lr.at(0).at(0).toDouble(), 3e-4);
        lrEdit->stepUp();  // by its decade
        QCOMPARE(lr.count(), 2);
        QCOMPARE(lr.at(1).at(0).toDouble(), 4e-4);

        QVERIFY(panel.lossWeightEditor(1)->isEnabled());
        panel.lossWeightEditor(1)->setValue(0.25);
        QCOMPARE(weight.count(), 1);
        QCOMPARE(weight.at(0).at(0).toInt(), 1);
        QCOMPARE(weight.at(0).at(1).toDouble(), 0.25);

        const TrainConfig c = panel.config();
        QCOMPARE(c.optimizer.lr, 4e-4);
        QCOMPARE(int(c.lossWeights.size()), 2);
        QCOMPARE(c.lossWeights[0], std::make_pair(std::string("income"), 1.0));
        QCOMPARE(c.lossWeights[1], std::make_pair(std::string("marital"), 0.25));

        // A new task list keeps the weights edited by name; others take the graph's defaults.
        panel.setTasks({"marital", "ctcvr", "cvr"}, {1.0, 1.0, 0.0});
        QCOMPARE(panel.lossWeightEditor(0)->value(), 0.25);
        QCOMPARE(panel.lossWeightEditor(2)->value(), 0.0);
    }

    void configRoundTrips() {
        TrainConfig c;
        c.optimizer.kind = OptimizerKind::SGD;
        c.optimizer.lr = 0.0123;
        c.optimizer.momentum = 0.8;
        c.optimizer.weightDecay = 1e-4;
        c.optimizer.beta2 = 0.98;  // no editor: passes through
        c.batchSize = 64;
        c.epochs = 7;
        c.seed = 42;
        c.earlyStopTask = "b";
        c.patience = 5;
        c.lossWeights = {{"a", 2.0}, {"b", 0.25}};
        auto check = [&](const TrainConfig& got) {
            QCOMPARE(got.optimizer.kind, c.optimizer.kind);
            QCOMPARE(got.optimizer.lr, c.optimizer.lr);
            QCOMPARE(got.optimizer.momentum, c.optimizer.momentum);
            QCOMPARE(got.optimizer.weightDecay, c.optimizer.weightDecay);
            QCOMPARE(got.optimizer.beta2, c.optimizer.beta2);
            QCOMPARE(got.batchSize, c.batchSize);
            QCOMPARE(got.epochs, c.epochs);
            QCOMPARE(got.seed, c.seed);
            QCOMPARE(got.earlyStopTask, c.earlyStopTask);
            QCOMPARE(got.patience, c.patience);
            QVERIFY(got.lossWeights == c.lossWeights);
        };
        {
            TrainingPanel panel;  // tasks from the config
            panel.setConfig(c);
            QCOMPARE(panel.tasks(), QStringList({"a", "b"}));
            check(panel.config());
        }
        {
            TrainingPanel panel;  // tasks given first
            panel.setTasks({"a", "b"});
            QSignalSpy lr(&panel, &TrainingPanel::learningRateChanged);
            panel.setConfig(c);
            QCOMPARE(lr.count(), 0);  // not a user's edit
            check(panel.config());
        }
        // Remembered for the next panel (not the loss weights: they belong to a graph).
        TrainingPanel next;
        QCOMPARE(next.config().optimizer.kind, OptimizerKind::SGD);
        QCOMPARE(next.config().optimizer.lr, 0.0123);
        QCOMPARE(next.config().batchSize, 64);
        QVERIFY(next.config().lossWeights.empty());
    }

    void dataSettingsRemembered() {
        {
            DataPanel panel;
            panel.findChild<QDoubleSpinBox*>("syntheticD")->setValue(20);
            panel.findChild<QComboBox*>("censusGroup")->setCurrentIndex(1);
            panel.findChild<QComboBox*>("dataSource")->setCurrentIndex(1);
        }
        DataPanel panel;
        QCOMPARE(panel.spec().kind, DataSpec::Kind::Census);
        QCOMPARE(panel.spec().census.group, 2);
        QCOMPARE(panel.spec().synthetic.d, 20);
        panel.setLocked(true);
        QVERIFY(!panel.findChild<QComboBox*>("dataSource")->isEnabled());
        QVERIFY(!panel.findChild<QLineEdit*>("censusDir")->isEnabled());
        panel.setLocked(false);
        QVERIFY(panel.findChild<QLineEdit*>("censusDir")->isEnabled());
    }

    // Every panel and the import dialog render and save in the light and the dark theme; the PNGs
    // go to MTL_PANEL_SHOTS=<folder> when set (to look at), else to a temporary folder.
    void screenshots() {
        QTemporaryDir scratch;
        const QString out = qEnvironmentVariable("MTL_PANEL_SHOTS", scratch.path());
        QDir().mkpath(out);
        QTemporaryDir dir;
        const QString csv = writeFile(dir, "clicks.csv", sampleCsv("abc"));
        for (const QString theme : {"light", "dark"}) {
            applyTheme(theme);
            QSettings().clear();  // each theme starts from the defaults
            auto save = [&](QWidget& w, const QString& name) {
                w.show();
                QVERIFY(QTest::qWaitForWindowExposed(&w));
                QTest::qWait(50);
                QVERIFY(w.grab().save(QStringLiteral("%1/%2-%3.png").arg(out, name, theme)));
            };
            {
                DataPanel panel;
                panel.resize(380, 460);
                QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(panel.measuredCorrelation()), 10000);
                save(panel, "data-synthetic");
                DataSpec s;
                s.kind = DataSpec::Kind::Census;
                s.census.dir = dir.path().toStdString();
                panel.setSpec(s);
                save(panel, "data-census-missing");
                s.census.dir.clear();  // the default folder, if present
                panel.setSpec(s);
                save(panel, "data-census");
                CsvImportDialog dialog(csv, {});
                dialog.roleEditor(2)->setCurrentIndex(RegressionLabel);
                dialog.accept();
                QTRY_VERIFY_WITH_TIMEOUT(dialog.result() == QDialog::Accepted, 10000);
                s = dialog.spec();
                panel.setSpec(s);
                save(panel, "data-csv");
            }
            {
                CsvImportDialog dialog(csv, {});
                dialog.roleEditor(0)->setCurrentIndex(Numeric);
                dialog.roleEditor(2)->setCurrentIndex(RegressionLabel);
                dialog.taskEditor(2)->setText("quality");
                save(dialog, "csv-dialog");
                dialog.accept();
                QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 10000);
                save(dialog, "csv-dialog-error");
            }
            {
                TrainingPanel panel;
                panel.resize(380, 480);
                panel.setTasks({"income", "marital"});
                save(panel, "train-idle");
                panel.setRunState(int(RunState::Paused));
                save(panel, "train-paused");
                panel.resize(300, 480);  // narrow: icon-only buttons
                save(panel, "train-narrow");
            }
        }
    }
};

QTEST_MAIN(TestPanels)
#include "tst_ui_panels.moc"
