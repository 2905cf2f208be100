// The CSV import dialog on files shaped like real ones, driven as a user drives it (offscreen):
// scikit-learn's metadata first line above 31-field rows (skipped, 31 columns shown), its
// "506,13,,,,,,,,,,,," line above a quoted header on line 2 (header line detected), a {0, 1, 2}
// label column (offered as one task per class, or "value == 2", not as a binary label), 1e39
// values (refused with line and column), a ragged line (flagged in the preview, then refused),
// a 5 MB field with control bytes (a short, escaped message); after an error the dialog keeps
// the user's choices. A big file loads in the background with a progress bar and can be
// stopped while the window keeps answering. The fixtures are written here, in a temporary folder.
//
// With MTL_CSV_SHOTS=<folder>, screenshot() saves the dialog on the breast-cancer-shaped fixture
// (and on the file MTL_CSV_SHOT_FILE, if set) as PNGs there.
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "data/DataSpec.h"
#include "train/CsvImportDialog.h"

using namespace mtl;
using namespace mtl::ui;

namespace {

// Role editor items (CsvImportDialog's order; class items carry these values as their data).
enum Role {
    Numeric,
    Categorical,
    BinaryLabel,
    RegressionLabel,
    Ignore,
    OneTaskPerClass,
    ClassValue
};

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(text);
    return path;
}

QByteArray breastCancerLike(int rows = 60) {
    QByteArray t = QByteArray::number(rows) + ",30,malignant,benign\n";
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < 30; ++c) t += QByteArray::number(10 + r * 0.5 + c * 0.01, 'f', 4) + ',';
        t += QByteArray::number(r % 2) + '\n';
    }
    return t;
}

QByteArray bostonLike(int rows = 40) {
    QByteArray t = QByteArray::number(rows) + ",13,,,,,,,,,,,,\n";
    t += "\"CRIM\",\"ZN\",\"INDUS\",\"CHAS\",\"NOX\",\"RM\",\"AGE\",\"DIS\",\"RAD\",\"TAX\","
         "\"PTRATIO\",\"B\",\"LSTAT\",\"MEDV\"\n";
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < 13; ++c) t += QByteArray::number(r + c * 0.25) + ',';
        t += QByteArray::number(20 + r * 0.1) + '\n';
    }
    return t;
}

QPushButton* okButton(QDialog& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

int roleOf(CsvImportDialog& d, int column) { return d.roleEditor(column)->currentData().toInt(); }

// The index of the role item with this text, or -1.
int itemIndex(QComboBox* combo, const QString& text) { return combo->findText(text); }

// Replaces a spin box's value by typing, as a user does.
void typeInto(QSpinBox* spin, int value) {
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));  // (Return would press the dialog's OK)
}

// Clicks OK and waits for the background load to end; true if the dialog was accepted.
bool importAndWait(CsvImportDialog& dialog) {
    QSignalSpy validated(&dialog, &CsvImportDialog::validated);
    okButton(dialog)->click();
    if (!validated.wait(60000) && validated.isEmpty()) return false;
    return validated.at(0).at(0).toBool();
}

}  // namespace

class TestCsvImport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName("MTL Studio Tests");
        QApplication::setApplicationName("tst_ui_csvimport");
        QSettings().clear();
    }

    void metadataLineAboveWideRows() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "breast_cancer.csv", breastCancerLike());
        CsvImportDialog dialog(path, {});
        dialog.show();
        // Every column of the 31-field rows, the metadata line skipped and said so.
        QCOMPARE(dialog.columnCount(), 31);
        QCOMPARE(dialog.skipLinesEditor()->value(), 1);
        QVERIFY(!dialog.headerEditor()->isChecked());
        QVERIFY2(dialog.layoutNote().contains("Line 1 has 4 fields above rows of 31"),
                 qPrintable(dialog.layoutNote()));
        QVERIFY2(dialog.statusText().contains("'60,30,malignant,benign'"),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.table()->verticalHeaderItem(2)->text(), QString("2"));  // first data line
        QCOMPARE(dialog.table()->horizontalHeaderItem(30)->text(), QString("column31"));
        for (int c = 0; c < 30; ++c) QCOMPARE(roleOf(dialog, c), int(Numeric));
        QCOMPARE(roleOf(dialog, 30), int(BinaryLabel));
        QVERIFY(dialog.raggedNote().isEmpty());

        // The user overrides: header on line 1 (the metadata as names); still 31 columns.
        dialog.headerEditor()->click();
        typeInto(dialog.headerLineEditor(), 1);
        QCOMPARE(dialog.skipLinesEditor()->value(), 0);
        QCOMPARE(dialog.columnCount(), 31);
        QCOMPARE(dialog.table()->horizontalHeaderItem(3)->text(), QString("benign"));
        QCOMPARE(dialog.table()->horizontalHeaderItem(4)->text(), QString("column5"));
        QVERIFY(dialog.layoutNote().isEmpty());
        // ... and back: skip one line, no header.
        dialog.headerEditor()->click();
        typeInto(dialog.skipLinesEditor(), 1);
        QCOMPARE(dialog.table()->verticalHeaderItem(2)->text(), QString("2"));
        QCOMPARE(dialog.table()->rowCount(), 2 + 50);

        QVERIFY2(importAndWait(dialog), qPrintable(dialog.errorText()));
        const CsvOptions o = dialog.options();
        QCOMPARE(o.skipLines, 1);
        QVERIFY(!o.header);
        QCOMPARE(int(o.columns.size()), 31);
        const DataSplits s = loadData(dialog.spec());
        QCOMPARE(s.train.rows() + s.valid.rows() + s.test.rows(), 60);
        QCOMPARE(s.train.schema.numeric(), 30);
    }

    void quotedHeaderOnLineTwo() {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "boston_house_prices.csv", bostonLike());
        CsvImportDialog dialog(path, {});
        QVERIFY(dialog.headerEditor()->isChecked());
        QCOMPARE(dialog.headerLineEditor()->value(), 2);
        QCOMPARE(dialog.skipLinesEditor()->value(), 1);
        QVERIFY2(dialog.layoutNote().contains("Line 1 holds only numbers"),
                 qPrintable(dialog.layoutNote()));
        QCOMPARE(dialog.columnCount(), 14);
        QCOMPARE(dialog.table()->horizontalHeaderItem(0)->text(), QString("CRIM"));
        QCOMPARE(dialog.table()->horizontalHeaderItem(13)->text(), QString("MEDV"));
        QCOMPARE(dialog.table()->verticalHeaderItem(2)->text(), QString("3"));
        QCOMPARE(roleOf(dialog, 13), int(RegressionLabel));
        QCOMPARE(dialog.taskEditor(13)->text(), QString("MEDV"));
        QVERIFY2(importAndWait(dialog), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.options().headerLine, 2);
    }

    void classColumnBecomesTasks() {
        QTemporaryDir dir;
        QByteArray text = "x,colour,target\n";
        const char* colours[] = {"red", "green", "blue"};
        for (int r = 0; r < 300; ++r)  // 0/1 only in the first 100 rows; then 2 as well
            text += QByteArray::number(r * 0.5) + "," + colours[r % 3] + "," +
                    QByteArray::number(r < 100 ? r % 2 : r % 3) + "\n";
        const QString path = writeFile(dir, "classes.csv", text);
        CsvImportDialog dialog(path, {});
        // Not a binary label: one task per class, proposed.
        QComboBox* role = dialog.roleEditor(2);
        QCOMPARE(roleOf(dialog, 2), int(OneTaskPerClass));
        QCOMPARE(role->currentText(), QString("One task per class (3 tasks)"));
        QVERIFY(dialog.statusText().contains("Roles guessed from all 300 rows"));
        DataSpec spec = dialog.spec();
        QCOMPARE(int(expectedTasks(spec).size()), 3);
        QCOMPARE(expectedTasks(spec)[2].name, std::string("target=2"));

        // "target == 2" in one step.
        const int two = itemIndex(role, "Binary: value = 2");
        QVERIFY(two >= 0);
        role->setCurrentIndex(two);
        QCOMPARE(dialog.taskEditor(2)->text(), QString("target=2"));
        QVERIFY(dialog.taskEditor(2)->isEnabled());
        // The colour column offers classes too.
        QVERIFY(itemIndex(dialog.roleEditor(1), "Binary: value = blue") >= 0);
        QVERIFY(itemIndex(dialog.roleEditor(0), "One task per class (2 tasks)") < 0);

        QVERIFY2(importAndWait(dialog), qPrintable(dialog.errorText()));
        spec = dialog.spec();
        QCOMPARE(spec.csv.columns[2].classes, std::vector<std::string>{"2"});
        const std::vector<TaskInfo> tasks = expectedTasks(spec);
        QCOMPARE(int(tasks.size()), 1);
        QCOMPARE(tasks[0].name, std::string("target=2"));
        QVERIFY(dialog.loadedSummary().contains("1 task"));

        // Reopened with those options, the choice is shown again.
        CsvImportDialog again(path, spec.csv);
        QCOMPARE(again.roleEditor(2)->currentText(), QString("Binary: value = 2"));
        QCOMPARE(again.taskEditor(2)->text(), QString("target=2"));
    }

    void outOfRangeValueKeepsChoices() {
        QTemporaryDir dir;
        QByteArray text = "a,b,y\n";
        for (int r = 0; r < 20; ++r)
            text += QByteArray::number(r) + "," + (r == 3 ? "1e39" : QByteArray::number(r * 2)) +
                    "," + QByteArray::number(r % 2) + "\n";
        const QString path = writeFile(dir, "range.csv", text);
        CsvImportDialog dialog(path, {});
        dialog.show();
        QCOMPARE(roleOf(dialog, 1), int(Numeric));  // 1e39 is a number (too large for a float)
        dialog.taskEditor(2)->setText("clicked");
        dialog.roleEditor(0)->setCurrentIndex(Ignore);
        QVERIFY(!importAndWait(dialog));
        const QString error = dialog.errorText();
        QVERIFY2(error.contains("line 5, column 2 ('b')") && error.contains("'1e39'") &&
                     error.contains("out of range"),
                 qPrintable(error));
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(roleOf(dialog, 0), int(Ignore));
        QCOMPARE(dialog.taskEditor(2)->text(), QString("clicked"));
        QCOMPARE(dialog.table()->currentColumn(), 1);
        // Ignoring the column loads.
        dialog.roleEditor(1)->setCurrentIndex(Ignore);
        QVERIFY2(importAndWait(dialog), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.options().columns[2].task, std::string("clicked"));
    }

    void raggedLineIsFlagged() {
        QTemporaryDir dir;
        QByteArray text = "a,b,y\n";
        for (int r = 0; r < 30; ++r)
            text += r == 6 ? QByteArray("7,1\n")
                           : QByteArray::number(r) + ",3," + QByteArray::number(r % 2) + "\n";
        const QString path = writeFile(dir, "ragged.csv", text);
        CsvImportDialog dialog(path, {});
        dialog.show();
        QCOMPARE(dialog.columnCount(), 3);
        QVERIFY2(dialog.raggedNote().contains("Lines without 3 fields: 1 of the 30 read (the "
                                              "first: line 8)"),
                 qPrintable(dialog.raggedNote()));
        QTableWidgetItem* head = dialog.table()->verticalHeaderItem(2 + 6);
        QVERIFY2(head->toolTip().contains("2 fields, expected 3"), qPrintable(head->toolTip()));
        dialog.taskEditor(2)->setText("flag");
        QVERIFY(!importAndWait(dialog));
        QVERIFY2(dialog.errorText().contains("line 8: 2 fields, expected 3"),
                 qPrintable(dialog.errorText()));
        QCOMPARE(dialog.taskEditor(2)->text(), QString("flag"));
    }

    void hugeFieldGivesShortEscapedError() {
        QTemporaryDir dir;
        // Line 3 holds a 5 MB field with a terminal escape sequence and a NUL byte in column 1.
        QByteArray big = "12\x1b[2J" + QByteArray(5'000'000, '9');
        big[10] = '\0';
        const QString path =
            writeFile(dir, "huge.csv", "size,label\n1,0\n" + big + ",1\n2,0\n3,1\n");
        CsvImportDialog dialog(path, {});
        dialog.show();
        QCOMPARE(dialog.columnCount(), 2);
        // The preview cell is cut.
        QVERIFY(dialog.table()->item(3, 0)->text().size() <= 201);
        dialog.roleEditor(0)->setCurrentIndex(Numeric);
        dialog.taskEditor(1)->setText("positive");
        QVERIFY(!importAndWait(dialog));
        const QString error = dialog.errorText();
        QVERIFY2(error.size() < 200, qPrintable(error.left(400)));
        QVERIFY2(error.contains("line 3, column 1 ('size')") && error.contains("'12\\x1B[2J") &&
                     error.contains("\\0") && error.contains("5,000,006 bytes") &&
                     error.contains("not a number"),
                 qPrintable(error));
        for (QChar c : error) QVERIFY(c.unicode() >= 0x20);
        // Shown in the dialog, choices kept.
        const QList<QLabel*> labels = dialog.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [&](QLabel* l) { return l->isVisible() && l->text() == error; }));
        QCOMPARE(roleOf(dialog, 0), int(Numeric));
        QCOMPARE(dialog.taskEditor(1)->text(), QString("positive"));
    }

    void bigFileLoadsInBackgroundAndStops() {
        QTemporaryDir dir;
        // 400,000 rows (about 20 MB): many chunks, each reported; text columns with many values.
        QByteArray text;
        text.reserve(24 << 20);
        text += "id,x,name,town,y\n";
        for (int r = 0; r < 400000; ++r) {
            text += QByteArray::number(r);
            text += ',';
            text += QByteArray::number(r % 1000 * 0.25);
            text += ",n";
            text += QByteArray::number(static_cast<long long>(r) * 7919 % 400000);
            text += ",t";
            text += QByteArray::number(r % 5000);
            text += ',';
            text += (r % 3 ? '1' : '0');
            text += '\n';
        }
        const QString path = writeFile(dir, "big.csv", text);
        text.clear();
        CsvImportDialog dialog(path, {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.columnCount(), 5);
        dialog.roleEditor(0)->setCurrentIndex(Ignore);
        dialog.taskEditor(4)->setText("answer");
        QVERIFY(!dialog.progressBar()->isVisible());

        QSignalSpy validated(&dialog, &CsvImportDialog::validated);
        okButton(dialog)->click();
        QVERIFY(dialog.isLoading());
        QVERIFY(dialog.progressBar()->isVisible());
        QVERIFY(dialog.stopButton()->isVisible() && dialog.stopButton()->isEnabled());
        QVERIFY(!okButton(dialog)->isEnabled());
        // The window answers while the file loads: a timer fires and the progress bar moves.
        bool ticked = false;
        QTimer::singleShot(0, &dialog, [&] { ticked = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ticked && dialog.progressBar()->value() > 0, 30000);
        QVERIFY(dialog.isLoading());
        QTest::mouseClick(dialog.stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoading(), 30000);
        QCOMPARE(validated.count(), 1);
        QCOMPARE(validated.at(0).at(0).toBool(), false);
        QVERIFY2(dialog.statusText().contains("Loading stopped"), qPrintable(dialog.statusText()));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.progressBar()->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(roleOf(dialog, 0), int(Ignore));
        QCOMPARE(dialog.taskEditor(4)->text(), QString("answer"));

        // Loaded to the end, it is accepted.
        QVERIFY2(importAndWait(dialog), qPrintable(dialog.errorText()));
        QVERIFY2(dialog.loadedSummary().contains("320,000"), qPrintable(dialog.loadedSummary()));
    }

    void screenshot() {
        const QString out = qEnvironmentVariable("MTL_CSV_SHOTS");
        if (out.isEmpty()) QSKIP("set MTL_CSV_SHOTS=<folder> to save screenshots");
        QDir().mkpath(out);
        QTemporaryDir dir;
        QStringList files{writeFile(dir, "fixture-breast_cancer.csv", breastCancerLike())};
        if (qEnvironmentVariableIsSet("MTL_CSV_SHOT_FILE"))
            files << qEnvironmentVariable("MTL_CSV_SHOT_FILE");
        for (const QString& file : files) {
            CsvImportDialog dialog(file, {});
            dialog.resize(900, 600);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            // Scrolled to the label column.
            dialog.table()->scrollToItem(dialog.table()->item(2, dialog.columnCount() - 1));
            QTest::qWait(100);
            const QString png =
                QStringLiteral("%1/csv-import-%2.png").arg(out, QFileInfo(file).completeBaseName());
            QVERIFY(dialog.grab().save(png));
            qInfo("saved %s", qPrintable(png));
        }
    }
};

QTEST_MAIN(TestCsvImport)
#include "tst_ui_csvimport.moc"
