// CSV files as they come in the wild, in the engine (no widgets): scikit-learn's bundled data sets
// start with a metadata line ("569,30,malignant,benign" above 31-field rows; "506,13,,,,,,,,,,,,"
// above a quoted header on line 2; "150,4,setosa,versicolor,virginica" above numeric rows), which
// detectCsvLayout() recognises and skipLines / headerLine skip; the preview shows the columns of
// the data rows and counts ragged lines; roles are guessed from the whole file (a {0, 1, 2}
// column is not a binary label) and a class column becomes one binary task per class, or one
// task "value == class"; values beyond the float range and nan / inf are refused with line and
// column; error messages quote at most ~60 characters of a value, escaped; a load reports its
// progress and can be cancelled. The fixtures are written here (shapes of the real files).
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <cmath>
#include <string>
#include <vector>

#include "data/Census.h"
#include "data/Csv.h"
#include "data/DataSpec.h"
#include "data/Quote.h"

using namespace mtl;

namespace {

void writeFile(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

template <class Fn>
QString dataErrorOf(Fn fn) {
    try {
        fn();
    } catch (const DataError& e) {
        return QString::fromUtf8(e.what());
    }
    return QString();
}

// breast_cancer.csv's shape: "<rows>,30,malignant,benign", then rows of 30 numbers and a 0/1
// target, no header.
QByteArray breastCancerLike(int rows = 40) {
    QByteArray t = QByteArray::number(rows) + ",30,malignant,benign\n";
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < 30; ++c) t += QByteArray::number(10 + r * 0.5 + c * 0.01, 'f', 4) + ',';
        t += QByteArray::number(r % 2) + '\n';
    }
    return t;
}

// boston_house_prices.csv's shape: "506,13,,,,,,,,,,,," (14 fields), a quoted header on line 2,
// then 14 numbers per row.
QByteArray bostonLike(int rows = 30) {
    QByteArray t = QByteArray::number(rows) + ",13,,,,,,,,,,,,\n";
    t += "\"CRIM\",\"ZN\",\"INDUS\",\"CHAS\",\"NOX\",\"RM\",\"AGE\",\"DIS\",\"RAD\",\"TAX\","
         "\"PTRATIO\",\"B\",\"LSTAT\",\"MEDV\"\n";
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < 13; ++c) t += QByteArray::number(r + c * 0.25) + ',';
        t += QByteArray::number(20 + r * 0.1) + '\n';
    }
    return t;
}

// iris.csv's shape: "150,4,setosa,versicolor,virginica" (as many fields as the rows), then four
// numbers and a class 0, 1 or 2.
QByteArray irisLike(int rows = 60) {
    QByteArray t = QByteArray::number(rows) + ",4,setosa,versicolor,virginica\n";
    for (int r = 0; r < rows; ++r)
        t += QByteArray::number(5 + r * 0.01) + ",3.5,1.4,0.2," + QByteArray::number(r * 3 / rows) +
             '\n';
    return t;
}

}  // namespace

class TestCsvReal : public QObject {
    Q_OBJECT
private slots:
    // ---- Quoting values for messages ------------------------------------------------------
    void quoteIsShortAndEscaped() {
        QCOMPARE(quoteForMessage("abc"), std::string("'abc'"));
        QCOMPARE(quoteForMessage(""), std::string("''"));
        // Control bytes, a NUL (which must not end the value) and a terminal escape sequence.
        const std::string nasty("a\nb\tc\0d\x1b[2Je\x7f", 13);
        QCOMPARE(quoteForMessage(nasty), std::string("'a\\nb\\tc\\0d\\x1B[2Je\\x7F'"));
        // Valid UTF-8 stays; invalid bytes and C1 controls are escaped.
        QCOMPARE(quoteForMessage("caf\xC3\xA9 \xE4\xB8\xAD"),
                 std::string("'caf\xC3\xA9 \xE4\xB8\xAD'"));
        QCOMPARE(quoteForMessage("x\xFF\xC3(y"), std::string("'x\\xFF\\xC3(y'"));
        QCOMPARE(quoteForMessage("\xC2\x9B"
                                 "31m"),
                 std::string("'\\u009B31m'"));
        QCOMPARE(quoteForMessage("\xED\xA0\x80"), std::string("'\\xED\\xA0\\x80'"));  // surrogate
        // Long values: 60 characters, an ellipsis and the size.
        const std::string big(5'000'000, 'z');
        const std::string q = quoteForMessage(big);
        QCOMPARE(q, "'" + std::string(60, 'z') + "\xE2\x80\xA6' (5,000,000 bytes)");
        QCOMPARE(quoteForMessage(std::string(60, 'y')), "'" + std::string(60, 'y') + "'");
        QCOMPARE(quoteForMessage("abcdef", 3), std::string("'abc\xE2\x80\xA6' (6 bytes)"));
        // Characters, not bytes, are counted.
        std::string han;
        for (int i = 0; i < 70; ++i) han += "\xE4\xB8\xAD";
        QCOMPARE(quoteForMessage(han), "'" + han.substr(0, 180) + "\xE2\x80\xA6' (210 bytes)");
    }

    void csvErrorsQuoteValues() {
        QTemporaryDir dir;
        const QString path = dir.filePath("big.csv");
        // A 5 MB field in a numeric column, on line 3.
        QByteArray text = "x,y\n1,0\n" + QByteArray(5'000'000, '7') + "q,1\n";
        writeFile(path, text);
        CsvOptions o;
        o.columns = {{"", ColumnRole::Numeric, "", TaskKind::Binary},
                     {"", ColumnRole::Label, "", TaskKind::Binary}};
        QString msg = dataErrorOf([&] { loadCsv(path.toStdString(), o); });
        QVERIFY2(msg.size() < 200, qPrintable(msg.left(300)));
        QVERIFY2(msg.contains("line 3") && msg.contains("column 1") && msg.contains("'x'") &&
                     msg.contains("5,000,001 bytes") && msg.contains("not a number"),
                 qPrintable(msg));

        // Binary garbage: a NUL, an escape sequence, invalid UTF-8; the message keeps going past
        // the NUL and carries no raw control byte.
        const QByteArray garbage("1\0\x1b[31m\xff\xfe", 9);
        writeFile(path, "x,y\n" + garbage + ",1\n");
        std::string raw;
        try {
            loadCsv(path.toStdString(), o);
        } catch (const DataError& e) {
            raw = e.what();
        }
        QVERIFY2(raw.find("line 2, column 1") != std::string::npos, raw.c_str());
        QVERIFY2(raw.find("'1\\0\\x1B[31m\\xFF\\xFE' is not a number") != std::string::npos,
                 raw.c_str());
        for (char c : raw) QVERIFY(static_cast<unsigned char>(c) >= 0x20);

        // A column name is quoted the same way; so is a binary label.
        writeFile(path, QByteArray("x,y\x1b]0;evil\x07\n1,maybe\n"));
        msg = dataErrorOf([&] { loadCsv(path.toStdString(), o); });
        QVERIFY2(msg.contains("column 2 ('y\\x1B]0;evil\\x07')") && msg.contains("'maybe'"),
                 qPrintable(msg));
    }

    void censusErrorsQuoteValues() {
        QTemporaryDir dir;
        // A census-income record whose age is a long run of bytes with an escape sequence.
        QByteArray row =
            "73, Not in universe, 0, 0, High school graduate, 0, Not in universe, Widowed, Not in "
            "universe or children, Not in universe, White, All other, Female, Not in universe, Not "
            "in universe, Not in labor force, 0, 0, 0, Nonfiler, Not in universe, Not in universe, "
            "Other Rel 18+ ever marr not in subfamily, Other relative of householder, 1700.09, ?, "
            "?, ?, Not in universe under 1 year old, ?, 0, Not in universe, United-States, "
            "United-States, United-States, Native- Born in the United States, 0, Not in universe, "
            "2, 0, 95, - 50000.";
        const QByteArray good = row + "\n";
        QByteArray bad = good;
        bad.replace(0, 2, "7\x1b[2J" + QByteArray(100000, '9'));
        writeFile(dir.filePath("census-income.data"), good + bad);
        writeFile(dir.filePath("census-income.test"), good + good);
        CensusConfig cfg;
        cfg.dir = dir.path().toStdString();
        QString msg = dataErrorOf([&] { loadCensus(cfg); });
        QVERIFY2(msg.size() < 200 && msg.contains("line 2") && msg.contains("\\x1B[2J") &&
                     !msg.contains(QChar(0x1b)),
                 qPrintable(msg.left(300)));
        // An unknown income label, likewise.
        QByteArray label = good;
        label.replace(label.lastIndexOf("- 50000."), 8,
                      QByteArray("50k\x07") + QByteArray(500, 'k'));
        writeFile(dir.filePath("census-income.data"), good + label);
        msg = dataErrorOf([&] { loadCensus(cfg); });
        QVERIFY2(msg.size() < 200 && msg.contains("'50k\\x07kkk") && msg.contains("line 2"),
                 qPrintable(msg.left(300)));
    }

    // ---- Numbers beyond the float range, nan and inf --------------------------------------
    void outOfRangeAndNonFinite() {
        QTemporaryDir dir;
        const QString path = dir.filePath("range.csv");
        CsvOptions o;
        o.validFrac = o.testFrac = 0;
        struct Case {
            QByteArray value, problem;
        } cases[] = {{"1e39", "out of range"},        {"-1e39", "out of range"},
                     {"1e400", "out of range"},       {"nan", "not a finite number"},
                     {"-inf", "not a finite number"}, {"Infinity", "not a finite number"}};
        for (const Case& c : cases) {
            writeFile(path, "a,b,y\n1,2,0\n3," + c.value + ",1\n5,6,0\n");
            // Inferred (b is still a numeric column) and declared.
            const QString inferred = dataErrorOf([&] { loadCsv(path.toStdString(), o); });
            QVERIFY2(inferred.contains("line 3, column 2 ('b')") &&
                         inferred.contains("'" + c.value + "' is " + c.problem),
                     qPrintable(c.value + ": " + inferred));
        }
        // The largest float is fine; a regression label beyond it is not.
        writeFile(path, "a,y\n3.4e38,1e38\n-3.4e38,2\n1,1e39\n");
        const QString label = dataErrorOf([&] { loadCsv(path.toStdString(), o); });
        QVERIFY2(label.contains("line 4, column 2 ('y')") && label.contains("out of range"),
                 qPrintable(label));
        writeFile(path, "a,y\n3.4e38,1e38\n-3.4e38,2\n");
        const DataSplits s = loadCsv(path.toStdString(), o);
        QVERIFY(s.train.numeric.allFinite());
        QVERIFY(s.train.labels.allFinite());
    }

    // ---- Layout: metadata lines, header line -----------------------------------------------
    void detectsScikitLearnLayouts() {
        QTemporaryDir dir;
        const QString cancer = dir.filePath("breast_cancer.csv");
        writeFile(cancer, breastCancerLike());
        CsvLayout l = detectCsvLayout(cancer.toStdString(), ',');
        QCOMPARE(l.skipLines, 1);
        QCOMPARE(l.header, false);
        QVERIFY(l.reason == CsvLayout::Reason::FewerFields);
        QCOMPARE(l.skippedFields, 4);
        QCOMPARE(l.dataFields, 31);

        const QString boston = dir.filePath("boston.csv");
        writeFile(boston, bostonLike());
        l = detectCsvLayout(boston.toStdString(), ',');
        QCOMPARE(l.skipLines, 1);
        QCOMPARE(l.header, true);
        QCOMPARE(l.headerLine, 2);
        QVERIFY(l.reason == CsvLayout::Reason::NumbersAboveHeader);

        const QString iris = dir.filePath("iris.csv");
        writeFile(iris, irisLike());
        l = detectCsvLayout(iris.toStdString(), ',');
        QCOMPARE(l.skipLines, 1);
        QCOMPARE(l.header, false);
        QVERIFY(l.reason == CsvLayout::Reason::NumbersAndNames);

        // Ordinary files are left alone.
        const QString plain = dir.filePath("plain.csv");
        writeFile(plain, "age,job,score,click\n25,nurse,0.5,1\n28,driver,0.1,0\n31,nurse,0.3,1\n");
        l = detectCsvLayout(plain.toStdString(), ',');
        QCOMPARE(l.skipLines, 0);
        QCOMPARE(l.header, true);
        QCOMPARE(l.headerLine, 1);
        QVERIFY(l.reason == CsvLayout::Reason::None);
        writeFile(plain, "1;2;0\n3;4;1\n5;6;0\n7;8;1\n");
        l = detectCsvLayout(plain.toStdString(), ';');
        QCOMPARE(l.skipLines, 0);
        QCOMPARE(l.header, false);
        writeFile(plain, "name,colour\nann,red\nbob,blue\n");  // no numbers: header by default
        QCOMPARE(detectCsvLayout(plain.toStdString(), ',').header, true);
    }

    void loadsWithSkippedLinesAndHeaderLine() {
        QTemporaryDir dir;
        const QString cancer = dir.filePath("breast_cancer.csv");
        writeFile(cancer, breastCancerLike(40));
        CsvOptions o;
        o.validFrac = o.testFrac = 0;
        // With the defaults the 4-field first line is taken as the header, but the columns are
        // those of the 31-field rows (it used to stop with "line 2: 31 fields, expected 4").
        QString msg = dataErrorOf(
            [&] { QCOMPARE(loadCsv(cancer.toStdString(), o).train.schema.numeric(), 30); });
        QVERIFY2(msg.isEmpty(), qPrintable(msg));

        o.skipLines = 1;
        o.header = false;
        const CsvPreview pv = previewCsv(cancer.toStdString(), o);
        QCOMPARE(int(pv.header.size()), 31);
        QCOMPARE(pv.header[30], std::string("column31"));
        QCOMPARE(pv.lines.front(), 2LL);
        QCOMPARE(pv.skipped.size(), size_t(1));
        QCOMPARE(pv.skipped[0], std::string("40,30,malignant,benign"));
        QCOMPARE(pv.raggedRows, 0LL);
        QVERIFY(pv.columns[30].role == ColumnRole::Label &&
                pv.columns[30].kind == TaskKind::Binary && pv.columns[30].classes.empty());
        const DataSplits s = loadCsv(cancer.toStdString(), o);
        QCOMPARE(s.train.rows(), 40);
        QCOMPARE(s.train.schema.numeric(), 30);
        QCOMPARE(s.train.schema.tasks[0].name, std::string("label"));

        const QString boston = dir.filePath("boston.csv");
        writeFile(boston, bostonLike(30));
        o = CsvOptions();
        o.validFrac = o.testFrac = 0;
        o.headerLine = 2;  // line 1 is not read
        const DataSplits b = loadCsv(boston.toStdString(), o);
        QCOMPARE(b.train.rows(), 30);
        QCOMPARE(b.train.schema.numericNames.front(), std::string("CRIM"));
        QCOMPARE(b.train.schema.tasks[0].name, std::string("MEDV"));
        QVERIFY(b.train.schema.tasks[0].kind == TaskKind::Regression);
        // skipLines = 1 with the header on line 1 means the header is the first line after them.
        o.headerLine = 1;
        o.skipLines = 1;
        QCOMPARE(loadCsv(boston.toStdString(), o).train.schema.tasks[0].name, std::string("MEDV"));
        // Line numbers in messages stay the file's.
        QByteArray text = bostonLike(5);
        text.replace("\n3,", "\nabc,");
        writeFile(boston, text);
        o.columns.assign(14, CsvColumn());  // numeric
        o.columns[13].role = ColumnRole::Label;
        o.columns[13].kind = TaskKind::Regression;
        msg = dataErrorOf([&] { loadCsv(boston.toStdString(), o); });
        QVERIFY2(msg.contains("line 6, column 1 ('CRIM')"), qPrintable(msg));
    }

    void previewShowsWidestRowsAndRaggedLines() {
        QTemporaryDir dir;
        const QString cancer = dir.filePath("breast_cancer.csv");
        QByteArray text = breastCancerLike(40);
        text.replace("\n10.5000,", "\n10.5000,7\n");  // line 3 broken in two: 2 ragged records
        writeFile(cancer, text);
        // Read with the old defaults (header on line 1): every column of the 31-field rows.
        const CsvPreview pv = previewCsv(cancer.toStdString(), CsvOptions());
        QCOMPARE(pv.headerFields, 4);
        QCOMPARE(int(pv.header.size()), 31);
        QCOMPARE(pv.header[0], std::string("40"));
        QCOMPARE(pv.header[3], std::string("benign"));
        QCOMPARE(pv.header[4], std::string("column5"));
        QCOMPARE(pv.raggedRows, 2LL);
        QCOMPARE(pv.firstRaggedLine, 3LL);
        QCOMPARE(pv.sampleRows, 41LL);
        QVERIFY(pv.wholeFile);
        // Loading with these 31 columns stops at the ragged line.
        CsvOptions o;
        o.columns = pv.columns;
        const QString msg = dataErrorOf([&] { loadCsv(cancer.toStdString(), o); });
        QVERIFY2(msg.contains("line 3: 2 fields, expected 31"), qPrintable(msg));
    }

    // ---- Role guessing from the whole file, class columns ----------------------------------
    void guessesRolesFromWholeFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("classes.csv");
        // The label is 0 or 1 for the first 100 rows, then 2 appears.
        QByteArray text = "x,colour,target\n";
        const char* colours[] = {"red", "green"};
        for (int r = 0; r < 300; ++r)
            text += QByteArray::number(r) + "," + colours[r % 2] + "," +
                    QByteArray::number(r < 100 ? r % 2 : r % 3) + "\n";
        writeFile(path, text);
        const CsvPreview pv = previewCsv(path.toStdString(), CsvOptions(), 50);
        QCOMPARE(pv.rows.size(), size_t(50));
        QCOMPARE(pv.sampleRows, 300LL);
        const CsvColumn& target = pv.columns[2];
        QVERIFY(target.role == ColumnRole::Label);
        QVERIFY(target.kind == TaskKind::Binary);
        QVERIFY((target.classes == std::vector<std::string>{"0", "1", "2"}));  // one-vs-rest
        QVERIFY(!pv.stats[2].binary);
        QVERIFY((pv.stats[2].counts == std::vector<long long>{116, 117, 67}));
        QVERIFY(pv.stats[1].fewValues && pv.stats[1].distinct.size() == 2);
        QVERIFY(!pv.stats[0].fewValues);

        // Three tasks from one column.
        const std::vector<TaskInfo> tasks = csvColumnTasks(target);
        QCOMPARE(tasks.size(), size_t(3));
        QCOMPARE(tasks[0].name, std::string("target=0"));
        QCOMPARE(tasks[2].name, std::string("target=2"));
        CsvOptions o;
        o.columns = pv.columns;
        o.validFrac = o.testFrac = 0;
        DataSpec spec;
        spec.kind = DataSpec::Kind::Csv;
        spec.csvPath = path.toStdString();
        spec.csv = o;
        QCOMPARE(expectedTasks(spec).size(), size_t(3));
        const DataSplits s = loadCsv(path.toStdString(), o);
        QCOMPARE(s.train.schema.tasks.size(), size_t(3));
        for (int r = 0; r < s.train.rows(); ++r) {
            const int y = r < 100 ? r % 2 : r % 3;
            for (int k = 0; k < 3; ++k) QCOMPARE(s.train.labels(k, r), y == k ? 1.0f : 0.0f);
        }
        // Inference while loading (no declared columns) gives the same.
        o.columns.clear();
        QCOMPARE(loadCsv(path.toStdString(), o).train.schema.tasks.size(), size_t(3));

        // "target == 2": one binary task, named by the user.
        o.columns = pv.columns;
        o.columns[2].classes = {"2"};
        o.columns[2].task = "is_two";
        const DataSplits two = loadCsv(path.toStdString(), o);
        QCOMPARE(two.train.schema.tasks.size(), size_t(1));
        QCOMPARE(two.train.schema.tasks[0].name, std::string("is_two"));
        QCOMPARE(two.train.labels(0, 101), 1.0f);  // 101 % 3 == 2
        QCOMPARE(two.train.labels(0, 102), 0.0f);
        QCOMPARE(two.train.labels(0, 1), 0.0f);
        // A class written differently but numerically equal matches ("2.0" == 2).
        o.columns[2].classes = {"2.0"};
        QCOMPARE(loadCsv(path.toStdString(), o).train.labels(0, 104), 1.0f);

        // A 0/1 column stays a plain binary label; many numbers make a regression label; two
        // names become one task "value == the rarer name".
        writeFile(path, "a,y\n1,0\n2,1\n3,1\n");
        QVERIFY(previewCsv(path.toStdString(), CsvOptions()).columns[1].classes.empty());
        QByteArray many = "a,y\n";
        for (int r = 0; r < 40; ++r) many += "1," + QByteArray::number(r) + "\n";
        writeFile(path, many);
        QVERIFY(previewCsv(path.toStdString(), CsvOptions()).columns[1].kind ==
                TaskKind::Regression);
        writeFile(path, "a,diagnosis\n1,benign\n2,malignant\n3,benign\n");
        const CsvColumn named = previewCsv(path.toStdString(), CsvOptions()).columns[1];
        QVERIFY((named.classes == std::vector<std::string>{"malignant"}));
        QCOMPARE(csvColumnTasks(named)[0].name, std::string("diagnosis=malignant"));
        o = CsvOptions();
        o.validFrac = o.testFrac = 0;
        const DataSplits d = loadCsv(path.toStdString(), o);
        QCOMPARE(d.train.labels(0, 1), 1.0f);
        QCOMPARE(d.train.labels(0, 2), 0.0f);
    }

    void previewSampleIsBounded() {
        QTemporaryDir dir;
        const QString path = dir.filePath("long.csv");
        QByteArray text = "x,y\n";
        for (int r = 0; r < 5000; ++r) text += QByteArray::number(r) + ",1\n";
        text += "7,2\n";  // beyond the sample
        writeFile(path, text);
        const CsvPreview pv = previewCsv(path.toStdString(), CsvOptions(), 10, 1000);
        QCOMPARE(pv.sampleRows, 1000LL);
        QVERIFY(!pv.wholeFile);
        QVERIFY(pv.stats[1].binary);
        QVERIFY(!previewCsv(path.toStdString(), CsvOptions(), 10, 0).stats[1].binary);
    }

    // ---- Progress and cancel ----------------------------------------------------------------
    void progressAndCancel() {
        QTemporaryDir dir;
        const QString path = dir.filePath("rows.csv");
        QByteArray text = "a,b,c,y\n";
        for (int r = 0; r < 200000; ++r)  // about 4 MB: several chunks
            text += QByteArray::number(r) + "," + QByteArray::number(r % 7) + ",k" +
                    QByteArray::number(r % 5) + "," + QByteArray::number(r % 2) + "\n";
        writeFile(path, text);
        CsvOptions o;
        std::vector<double> seen;
        const DataSplits s =
            loadCsv(path.toStdString(), o, nullptr, [&](double f) { seen.push_back(f); });
        QCOMPARE(s.train.rows() + s.valid.rows() + s.test.rows(), 200000);
        QVERIFY(seen.size() >= 4);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(seen.front() >= 0 && seen.front() < 0.5);
        QCOMPARE(seen.back(), 1.0);

        // Cancelled from the progress callback (as another thread would): stops with
        // LoadCancelled, not a data error.
        std::atomic<bool> cancel{false};
        int calls = 0;
        bool cancelled = false;
        try {
            loadCsv(
                path.toStdString(), o, nullptr,
                [&](double) {
                    if (++calls == 2) cancel = true;
                },
                &cancel);
        } catch (const LoadCancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(calls, 2);  // nothing read after the flag
    }
};

QTEST_APPLESS_MAIN(TestCsvReal)
#include "tst_csv_real.moc"
