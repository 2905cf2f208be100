#include "train/CsvImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <memory>

#include "data/Quote.h"
#include "editor/ProblemList.h"
#include "widgets/SpinBoxes.h"

namespace mtl::ui {

namespace {

constexpr int kRoleRow = 0, kTaskRow = 1, kFirstDataRow = 2;
constexpr int kPreviewRows = 50;

constexpr long long kSampleRows = 100000;
constexpr int kCellChars = 200;  // longer values are cut in the preview

struct LoadResult {
    QString error;
    bool cancelled = false;
    int train = 0, valid = 0, test = 0, tasks = 0, numeric = 0, fields = 0;
};

QLabel* secondaryLabel(const QString& text = {}) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

}  // namespace

CsvImportDialog::CsvImportDialog(const QString& path, const mtl::CsvOptions& options,
                                 QWidget* parent)
    : QDialog(parent), path_(path) {
    setWindowTitle(tr("Import CSV"));
    setSizeGripEnabled(true);

    auto* file = new QLabel(tr("File: <b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    file->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));

    delimiter_ = new QComboBox;
    const std::pair<QString, char> delimiters[] = {{tr("Comma ( , )"), ','},
                                                   {tr("Semicolon ( ; )"), ';'},
                                                   {tr("Tab"), '\t'},
                                                   {tr("Pipe ( | )"), '|'},
                                                   {tr("Space"), ' '}};
    for (const auto& [text, c] : delimiters) delimiter_->addItem(text, int(c));
    if (delimiter_->findData(int(options.delimiter)) < 0)
        delimiter_->addItem(QStringLiteral("'%1'").arg(QChar::fromLatin1(options.delimiter)),
                            int(options.delimiter));
    delimiter_->setCurrentIndex(delimiter_->findData(int(options.delimiter)));
    delimiter_->setToolTip(tr("The character that separates the fields of a record"));

    skipLines_ = new QSpinBox;
    skipLines_->setObjectName(QStringLiteral("skipLines"));
    skipLines_->setRange(0, 1000000);
    skipLines_->setValue(std::max(0, options.skipLines));
    skipLines_->setToolTip(
        tr("Lines at the top of the file that are neither column names nor data (e.g. a line "
           "giving the number of rows)"));
    headerBox_ = new QCheckBox(tr("Column names on line"));
    headerBox_->setObjectName(QStringLiteral("header"));
    headerBox_->setChecked(options.header);
    headerBox_->setToolTip(tr("Without a header the columns are called column1, column2, …"));
    headerLine_ = new QSpinBox;
    headerLine_->setObjectName(QStringLiteral("headerLine"));
    headerLine_->setRange(1, 1000001);
    headerLine_->setValue(std::max(options.headerLine, options.skipLines + 1));
    headerLine_->setEnabled(options.header);
    headerLine_->setToolTip(tr("The line of the file that holds the column names"));
    auto* headerRow = new QHBoxLayout;
    headerRow->setContentsMargins(0, 0, 0, 0);
    headerRow->addWidget(headerBox_);
    headerRow->addWidget(headerLine_);
    headerRow->addStretch(1);

    auto percent = [](double fraction, const QString& tip) {
        auto* spin = new DecimalSpinBox;  // refuses (with the range) what it cannot take
        spin->setRange(0, 90);
        spin->setDecimals(1);
        spin->setSingleStep(5);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(fraction * 100);
        spin->setToolTip(tip);
        return spin;
    };
    DecimalSpinBox* validFrac =
        percent(options.validFrac, tr("Share of the rows (drawn at random) used for validation"));
    DecimalSpinBox* testFrac = percent(
        options.testFrac, tr("Share of the rows (drawn at random) held out for the final test"));
    validFrac_ = validFrac;
    testFrac_ = testFrac;
    validFrac_->setObjectName(QStringLiteral("validFraction"));
    testFrac_->setObjectName(QStringLiteral("testFraction"));
    auto* seed = new IntSpinBox;
    seed_ = seed;
    seed_->setObjectName(QStringLiteral("splitSeed"));
    seed_->setRange(0, INT_MAX);
    seed_->setValue(static_cast<int>(std::min<unsigned long long>(options.seed, INT_MAX)));
    seed_->setToolTip(tr("Seed of the random split into training, validation and test rows"));

    auto* format = new QFormLayout;
    format->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    format->addRow(tr("Delimiter:"), delimiter_);
    format->addRow(tr("Skip lines at the top:"), skipLines_);
    format->addRow(QString(), headerRow);
    auto* split = new QFormLayout;
    split->addRow(tr("Validation:"), withRefusalMessage(validFrac, validFrac));
    split->addRow(tr("Test:"), withRefusalMessage(testFrac, testFrac));
    split->addRow(tr("Split seed:"), withRefusalMessage(seed_, seed));
    auto* optionsRow = new QHBoxLayout;
    optionsRow->addLayout(format);
    optionsRow->addSpacing(24);
    optionsRow->addLayout(split);
    optionsRow->addStretch(1);

    table_ = new QTableWidget;
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(false);
    table_->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table_->setToolTip(
        tr("The first rows of the file; choose a role for each column in the first row"));

    auto* hint = secondaryLabel(
        tr("Each label column is one task (binary: 0/1, true/false, yes/no; regression: "
           "numbers); rename the task in the second row. Numeric columns are "
           "standardised, categorical ones one-hot encoded."));
    status_ = secondaryLabel();
    status_->setObjectName(QStringLiteral("status"));
    layoutNote_ = secondaryLabel();
    layoutNote_->setObjectName(QStringLiteral("layoutNote"));
    layoutNote_->hide();
    raggedNote_ = new QLabel;
    raggedNote_->setObjectName(QStringLiteral("raggedNote"));
    raggedNote_->setWordWrap(true);
    raggedNote_->hide();
    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("loadProgress"));
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    progress_->hide();
    stop_ = new QPushButton(tr("&Stop loading"));
    stop_->setObjectName(QStringLiteral("stopLoading"));
    stop_->setToolTip(tr("Stop reading the file; the dialog stays open"));
    stop_->hide();
    connect(stop_, &QPushButton::clicked, this, &CsvImportDialog::stopLoading);
    errorLabel_ = new QLabel;
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = errorLabel_->palette();
    p.setColor(QPalette::WindowText, ProblemList::severityColor(mtl::Issue::Severity::Error));
    errorLabel_->setPalette(p);
    errorLabel_->hide();
    raggedNote_->setPalette(p);

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons_->button(QDialogButtonBox::Ok)->setToolTip(tr("Load the whole file with these roles"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &CsvImportDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addLayout(optionsRow);
    layout->addWidget(layoutNote_);
    layout->addWidget(table_, 1);
    layout->addWidget(raggedNote_);
    layout->addWidget(hint);
    layout->addWidget(status_);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(stop_);
    layout->addLayout(progressRow);
    layout->addWidget(errorLabel_);
    layout->addWidget(buttons_);
    resize(780, 540);

    // A new file: propose where its header and data start.
    if (options.columns.empty()) detectLayout();
    refreshPreview();
    if (!options.columns.empty() && options.columns.size() == header_.size())
        applyColumns(options.columns);

    connect(delimiter_, &QComboBox::currentIndexChanged, this, [this] {
        if (!layoutTouched_) detectLayout();
        refreshPreview();
    });
    connect(headerBox_, &QCheckBox::toggled, this, &CsvImportDialog::layoutEdited);
    connect(skipLines_, &QSpinBox::valueChanged, this, &CsvImportDialog::layoutEdited);
    connect(headerLine_, &QSpinBox::valueChanged, this, &CsvImportDialog::layoutEdited);
}

CsvImportDialog::~CsvImportDialog() {
    if (thread_) {  // the load stops at its next chunk
        if (cancel_) *cancel_ = true;
        thread_->wait();
        delete thread_;
    }
}

void CsvImportDialog::detectLayout() {
    mtl::CsvLayout layout;
    try {
        layout = mtl::detectCsvLayout(path_.toStdString(), delimiter());
    } catch (const std::exception&) {
        return;  // the preview reports it
    }
    const QSignalBlocker b1(skipLines_), b2(headerBox_), b3(headerLine_);
    skipLines_->setValue(layout.skipLines);
    headerBox_->setChecked(layout.header);
    headerLine_->setValue(layout.header ? layout.headerLine : layout.skipLines + 1);
    headerLine_->setEnabled(layout.header);
    QString note;
    const int line = layout.skipLines;  // the last skipped line
    switch (layout.reason) {
        case mtl::CsvLayout::Reason::None:
            break;
        case mtl::CsvLayout::Reason::FewerFields:
        case mtl::CsvLayout::Reason::MoreFields:
            note = tr("Line %1 has %2 fields above rows of %3, so it is not the column names: "
                      "it is skipped.")
                       .arg(line)
                       .arg(layout.skippedFields)
                       .arg(layout.dataFields);
            break;
        case mtl::CsvLayout::Reason::NumbersAboveHeader:
            note = tr("Line %1 holds only numbers above a line of names: it is skipped.").arg(line);
            break;
        case mtl::CsvLayout::Reason::NumbersAndNames:
            note = tr("Line %1 starts with numbers and has names above columns of numbers (such "
                      "as a row count and class names), so it is not the column names: it is "
                      "skipped.")
                       .arg(line);
            break;
    }
    if (!note.isEmpty()) {
        note += QLatin1Char(' ') + (layout.header
                                        ? tr("Column names on line %1.").arg(layout.headerLine)
                                        : tr("No line of column names."));
        note += QLatin1Char(' ') + tr("Change it above if this is wrong.");
    }
    layoutNote_->setText(note);
    layoutNote_->setVisible(!note.isEmpty());
}

void CsvImportDialog::layoutEdited() {
    layoutTouched_ = true;
    {
        // The header line lies after the skipped lines: moving one moves the other.
        const QSignalBlocker b1(skipLines_), b2(headerLine_);
        if (sender() == headerLine_ && headerLine_->value() <= skipLines_->value())
            skipLines_->setValue(headerLine_->value() - 1);
        else if (headerLine_->value() <= skipLines_->value())
            headerLine_->setValue(skipLines_->value() + 1);
        headerLine_->setEnabled(headerBox_->isChecked());
    }
    layoutNote_->hide();
    refreshPreview();
}

QString CsvImportDialog::layoutNote() const {
    return layoutNote_->isVisibleTo(this) ? layoutNote_->text() : QString();
}

QString CsvImportDialog::raggedNote() const {
    return raggedNote_->isVisibleTo(this) ? raggedNote_->text() : QString();
}

QString CsvImportDialog::statusText() const { return status_->text(); }

char CsvImportDialog::guessDelimiter(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return ',';
    const QByteArray line = f.readLine(1 << 16);
    char best = ',';
    qsizetype bestCount = 0;
    for (char c : {',', ';', '\t', '|'}) {
        const qsizetype n = line.count(c);
        if (n > bestCount) best = c, bestCount = n;
    }
    return best;
}

char CsvImportDialog::delimiter() const {
    return static_cast<char>(delimiter_->currentData().toInt());
}

QComboBox* CsvImportDialog::roleEditor(int column) const {
    return qobject_cast<QComboBox*>(table_->cellWidget(kRoleRow, column));
}

QLineEdit* CsvImportDialog::taskEditor(int column) const {
    return qobject_cast<QLineEdit*>(table_->cellWidget(kTaskRow, column));
}

mtl::CsvOptions CsvImportDialog::options() const {
    mtl::CsvOptions o;
    o.delimiter = delimiter();
    o.header = headerBox_->isChecked();
    o.skipLines = skipLines_->value();
    o.headerLine = headerLine_->value();
    o.validFrac = validFrac_->value() / 100;
    o.testFrac = testFrac_->value() / 100;
    o.seed = static_cast<unsigned long long>(seed_->value());
    for (int c = 0; c < columnCount(); ++c) {
        mtl::CsvColumn col;
        col.name = header_[c];
        switch (choiceOf(c)) {
            case Numeric:
                col.role = mtl::ColumnRole::Numeric;
                break;
            case Categorical:
                col.role = mtl::ColumnRole::Categorical;
                break;
            case BinaryLabel:
            case RegressionLabel:
                col.role = mtl::ColumnRole::Label;
                col.kind =
                    choiceOf(c) == BinaryLabel ? mtl::TaskKind::Binary : mtl::TaskKind::Regression;
                col.task = taskEditor(c)->text().trimmed().toStdString();
                break;
            case OneTaskPerClass:
            case ClassValue:
                col.role = mtl::ColumnRole::Label;
                col.kind = mtl::TaskKind::Binary;
                col.task = taskEditor(c)->text().trimmed().toStdString();
                for (const QString& k : roleEditor(c)->currentData(Qt::UserRole + 1).toStringList())
                    col.classes.push_back(k.toStdString());
                break;
            default:
                col.role = mtl::ColumnRole::Ignore;
                break;
        }
        o.columns.push_back(std::move(col));
    }
    return o;
}

mtl::DataSpec CsvImportDialog::spec() const {
    mtl::DataSpec s;
    s.kind = mtl::DataSpec::Kind::Csv;
    s.csvPath = QDir::toNativeSeparators(path_).toStdString();
    s.csv = options();
    return s;
}

void CsvImportDialog::refreshPreview() {
    // The roles chosen so far survive a new delimiter or header setting when the column count
    // stays; so do task names the user typed (the others follow the column names).
    std::vector<mtl::CsvColumn> previous;
    std::vector<bool> typed;
    if (!header_.empty()) previous = options().columns;
    for (size_t c = 0; c < previous.size(); ++c) {
        typed.push_back(taskEditor(static_cast<int>(c))->isModified());
        if (!typed.back()) previous[c].task.clear();
    }

    mtl::CsvOptions o;
    o.delimiter = delimiter();
    o.header = headerBox_->isChecked();
    o.skipLines = skipLines_->value();
    o.headerLine = headerLine_->value();
    mtl::CsvPreview preview;
    error_.clear();
    errorLabel_->hide();
    try {
        preview = mtl::previewCsv(path_.toStdString(), o, kPreviewRows, kSampleRows);
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
    }
    header_ = preview.header;
    stats_ = preview.stats;
    fillTable(preview);
    if (!previous.empty() && previous.size() == header_.size()) {
        applyColumns(previous);
        for (size_t c = 0; c < typed.size(); ++c)
            taskEditor(static_cast<int>(c))->setModified(typed[c]);
    } else {
        applyColumns(preview.columns);
    }
    QStringList status;
    if (!preview.skipped.empty()) {
        QStringList lines;
        for (const std::string& line : preview.skipped)
            lines << QString::fromStdString(mtl::quoteForMessage(line));
        status << tr("Skipped: %1.").arg(lines.join(QStringLiteral(", ")));
    }
    if (error_.isEmpty()) {
        if (preview.rows.empty()) {
            status << tr("The file holds no data rows.");
        } else {
            status << tr("Preview of the first %n row(s).", nullptr, int(preview.rows.size()));
            status << (preview.wholeFile ? tr("Roles guessed from all %1 rows.")
                                         : tr("Roles guessed from the first %1 rows."))
                          .arg(QLocale().toString(preview.sampleRows));
        }
    }
    status_->setText(status.join(QLatin1Char(' ')));

    QString ragged;
    if (preview.raggedRows > 0)
        ragged =
            tr("Lines without %2 fields: %n of the %1 read (the first: line %3). Loading stops "
               "at such a line: check the delimiter and the lines to skip.",
               nullptr, int(std::min<long long>(preview.raggedRows, INT_MAX)))
                .arg(QLocale().toString(preview.sampleRows))
                .arg(columnCount())
                .arg(preview.firstRaggedLine);
    raggedNote_->setText(ragged);
    raggedNote_->setVisible(!ragged.isEmpty());
}

void CsvImportDialog::fillTable(const mtl::CsvPreview& preview) {
    const std::vector<std::vector<std::string>>& rows = preview.rows;
    const std::vector<long long>& lines = preview.lines;
    const int columns = columnCount();
    table_->clear();
    table_->setColumnCount(columns);
    table_->setRowCount(columns ? kFirstDataRow + static_cast<int>(rows.size()) : 0);
    QStringList names, vertical{tr("Role"), tr("Task")};
    for (const std::string& n : header_) names << QString::fromStdString(n);
    for (long long line : lines) vertical << QString::number(line);
    table_->setHorizontalHeaderLabels(names);
    table_->setVerticalHeaderLabels(vertical);
    table_->verticalHeaderItem(kRoleRow)->setToolTip(tr("What each column is used for"));
    table_->verticalHeaderItem(kTaskRow)->setToolTip(tr("The task a label column defines"));
    QColor raggedTint = ProblemList::severityColor(mtl::Issue::Severity::Error);
    raggedTint.setAlpha(40);
    for (int r = kFirstDataRow; r < table_->rowCount(); ++r) {
        const int fields = static_cast<int>(rows[r - kFirstDataRow].size());
        QTableWidgetItem* head = table_->verticalHeaderItem(r);
        if (fields == columns) {
            head->setToolTip(tr("Line %1 of the file").arg(vertical[r]));
        } else {
            head->setToolTip(tr("Line %1 of the file: %2 fields, expected %3")
                                 .arg(vertical[r])
                                 .arg(fields)
                                 .arg(columns));
            head->setText(vertical[r] + QStringLiteral(" \u26A0"));
            head->setData(Qt::UserRole, true);  // ragged
        }
    }

    for (int c = 0; c < columns; ++c) {
        table_->horizontalHeaderItem(c)->setToolTip(tr("Column %1: %2").arg(c + 1).arg(names[c]));
        auto* role = new QComboBox;
        const std::pair<QString, QString> roles[] = {
            {tr("Numeric"), tr("A number per row (empty: missing), standardised")},
            {tr("Categorical"), tr("Text values, one-hot encoded (values first seen outside "
                                   "training share one code)")},
            {tr("Binary label"),
             tr("The label of a binary task: 0/1, true/false or yes/no (empty: no label)")},
            {tr("Regression label"),
             tr("The label of a regression task: a number (empty: no label)")},
            {tr("Ignore"), tr("Not used")}};
        for (const auto& [text, tip] : roles) {
            role->addItem(text, role->count());
            role->setItemData(role->count() - 1, tip, Qt::ToolTipRole);
        }
        // Few distinct values: one binary task per class, or one "value == class".
        const mtl::CsvColumnStats* st = c < static_cast<int>(stats_.size()) ? &stats_[c] : nullptr;
        if (st && st->fewValues && st->distinct.size() >= 2) {
            QStringList classes;
            for (const std::string& k : st->distinct) classes << QString::fromStdString(k);
            role->insertSeparator(role->count());
            role->addItem(tr("One task per class (%n tasks)", nullptr, int(classes.size())),
                          int(OneTaskPerClass));
            role->setItemData(role->count() - 1, classes, Qt::UserRole + 1);
            role->setItemData(role->count() - 1,
                              tr("A binary task for each value (one-vs-rest): %1")
                                  .arg(classes.join(QStringLiteral(", "))),
                              Qt::ToolTipRole);
            for (int k = 0; k < classes.size(); ++k) {
                role->addItem(tr("Binary: value = %1").arg(classes[k]), int(ClassValue));
                role->setItemData(role->count() - 1, QStringList{classes[k]}, Qt::UserRole + 1);
                role->setItemData(role->count() - 1,
                                  tr("One binary task: 1 where the value is %1 (%n row(s) of "
                                     "the sample), else 0",
                                     nullptr, int(std::min<long long>(st->counts[k], INT_MAX)))
                                      .arg(classes[k]),
                                  Qt::ToolTipRole);
            }
        }
        role->setToolTip(tr("Role of column '%1'").arg(names[c]));
        connect(role, &QComboBox::currentIndexChanged, this, [this, c] { roleChanged(c); });
        table_->setCellWidget(kRoleRow, c, role);

        auto* task = new QLineEdit;
        task->setPlaceholderText(names[c]);
        task->setToolTip(tr("Name of the task labelled by column '%1'").arg(names[c]));
        task->setFrame(false);
        table_->setCellWidget(kTaskRow, c, task);

        for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
            const bool present = c < static_cast<int>(rows[r].size());
            QString text = present ? QString::fromStdString(rows[r][c].substr(
                                         0, std::min<size_t>(rows[r][c].size(), kCellChars * 4)))
                                   : QString();
            if (text.size() > kCellChars || (present && rows[r][c].size() > kCellChars * 4))
                text = text.left(kCellChars) + QStringLiteral("…");
            auto* item = new QTableWidgetItem(text);
            if (static_cast<int>(rows[r].size()) != columns) item->setBackground(raggedTint);
            table_->setItem(kFirstDataRow + r, c, item);
        }
    }
    if (!columns) return;
    table_->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        table_->setColumnWidth(
            c, std::clamp(table_->columnWidth(c), roleEditor(c)->sizeHint().width(), 320));
    table_->setRowHeight(kRoleRow,
                         std::max(table_->rowHeight(kRoleRow), roleEditor(0)->sizeHint().height()));
}

void CsvImportDialog::applyColumns(const std::vector<mtl::CsvColumn>& columns) {
    for (int c = 0; c < columnCount() && c < static_cast<int>(columns.size()); ++c) {
        const mtl::CsvColumn& col = columns[c];
        int choice = Ignore;
        switch (col.role) {
            case mtl::ColumnRole::Numeric:
                choice = Numeric;
                break;
            case mtl::ColumnRole::Categorical:
                choice = Categorical;
                break;
            case mtl::ColumnRole::Label:
                choice = col.kind == mtl::TaskKind::Binary ? BinaryLabel : RegressionLabel;
                break;
            case mtl::ColumnRole::Ignore:
                choice = Ignore;
                break;
        }
        QComboBox* role = roleEditor(c);
        int index = choice;
        const bool classColumn = col.role == mtl::ColumnRole::Label &&
                                 col.kind == mtl::TaskKind::Binary && !col.classes.empty();
        if (classColumn) {
            QStringList classes;
            for (const std::string& k : col.classes) classes << QString::fromStdString(k);
            const int kind = classes.size() == 1 ? ClassValue : OneTaskPerClass;
            index = -1;
            for (int i = 0; i < role->count(); ++i)
                if (role->itemData(i).toInt() == kind &&
                    role->itemData(i, Qt::UserRole + 1).toStringList() == classes)
                    index = i;
            if (index < 0) {  // classes the sample does not show: an item of their own
                role->addItem(kind == ClassValue ? tr("Binary: value = %1").arg(classes[0])
                                                 : tr("One task per class (%n tasks)", nullptr,
                                                      int(classes.size())),
                              kind);
                role->setItemData(role->count() - 1, classes, Qt::UserRole + 1);
                index = role->count() - 1;
            }
        }
        const bool label = col.role == mtl::ColumnRole::Label;
        QString task;
        if (label && !col.task.empty())
            task = QString::fromStdString(col.task);
        else if (classColumn && col.classes.size() == 1)
            task = QString::fromStdString(header_[c] + "=" + col.classes[0]);
        else if (label)
            task = QString::fromStdString(header_[c]);
        taskEditor(c)->setText(task);
        const QSignalBlocker block(role);
        role->setCurrentIndex(index);
        roleChanged(c);
    }
}

int CsvImportDialog::choiceOf(int column) const {
    const QComboBox* role = roleEditor(column);
    return role->currentIndex() < 0 ? Ignore : role->currentData().toInt();
}

void CsvImportDialog::roleChanged(int column) {
    const int role = choiceOf(column);
    const bool label = role == BinaryLabel || role == RegressionLabel || role == OneTaskPerClass ||
                       role == ClassValue;
    QLineEdit* task = taskEditor(column);
    task->setEnabled(label);
    const QString name = QString::fromStdString(header_[column]);
    if (label && !task->isModified()) {  // a name the user typed stays
        if (role == ClassValue) {
            const QStringList k = roleEditor(column)->currentData(Qt::UserRole + 1).toStringList();
            const QString single = name + QLatin1Char('=') + k.value(0);
            if (task->text().trimmed().isEmpty() || task->text().startsWith(name))
                task->setText(single);
        } else if (task->text().trimmed().isEmpty() ||
                   task->text().startsWith(name + QLatin1Char('='))) {
            task->setText(name);
        }
    }
    task->setPlaceholderText(role == OneTaskPerClass ? tr("%1 (tasks %1=…)").arg(name) : name);

    // Ignored columns fade, label columns have a bold name.
    const QVariant fg =
        role == Ignore ? QVariant(palette().brush(QPalette::Disabled, QPalette::Text)) : QVariant();
    for (int r = kFirstDataRow; r < table_->rowCount(); ++r)
        if (QTableWidgetItem* item = table_->item(r, column)) item->setData(Qt::ForegroundRole, fg);
    if (QTableWidgetItem* head = table_->horizontalHeaderItem(column)) {
        QFont f = table_->horizontalHeader()->font();
        f.setBold(label);
        head->setFont(f);
    }
}

void CsvImportDialog::showError(const QString& message) {
    error_ = message;
    errorLabel_->setText(message);
    errorLabel_->setVisible(!message.isEmpty());
    // Point at the cell (or column) the message names.
    static const QRegularExpression lineRe(QStringLiteral("line (\\d+)")),
        columnRe(QStringLiteral("column (\\d+)"));
    const QRegularExpressionMatch col = columnRe.match(message);
    if (!col.hasMatch()) return;
    const int c = col.captured(1).toInt() - 1;
    if (c < 0 || c >= table_->columnCount()) return;
    int row = kRoleRow;
    if (const QRegularExpressionMatch line = lineRe.match(message); line.hasMatch())
        for (int r = kFirstDataRow; r < table_->rowCount(); ++r)
            if (table_->verticalHeaderItem(r)->text() == line.captured(1)) row = r;
    table_->setCurrentCell(row, c);
    table_->scrollTo(table_->model()->index(row, c));
}

void CsvImportDialog::setBusy(bool busy) {
    for (QWidget* w : std::initializer_list<QWidget*>{delimiter_, skipLines_, headerBox_,
                                                      validFrac_, testFrac_, seed_, table_})
        w->setEnabled(!busy);
    headerLine_->setEnabled(!busy && headerBox_->isChecked());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    progress_->setValue(0);
    progress_->setVisible(busy);
    stop_->setVisible(busy);
    stop_->setEnabled(busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        status_->setText(tr("Loading %1…").arg(QFileInfo(path_).fileName()));
    } else {
        unsetCursor();
        status_->clear();
    }
}

void CsvImportDialog::accept() {
    if (thread_) return;
    const mtl::CsvOptions opts = options();
    bool anyLabel = false;
    for (const mtl::CsvColumn& c : opts.columns) anyLabel |= c.role == mtl::ColumnRole::Label;
    if (!header_.empty() && !anyLabel) {
        showError(
            tr("Choose a label role for at least one column: each label column defines a task."));
        return;
    }
    if (opts.validFrac + opts.testFrac >= 0.95) {
        showError(tr("Validation and test together must leave rows for training."));
        return;
    }
    showError({});
    setBusy(true);
    cancelled_ = false;
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<LoadResult>();
    // Progress goes to the dialog as queued calls (at most one per permille); the dialog outlives
    // the thread (its destructor waits), and calls still queued when it goes are dropped.
    auto shown = std::make_shared<std::atomic<int>>(-1);
    QPointer<QProgressBar> bar = progress_;
    auto onProgress = [this, bar, shown](double fraction) {
        const int permille = static_cast<int>(fraction * 1000);
        if (shown->exchange(permille) == permille) return;
        QMetaObject::invokeMethod(
            this,
            [bar, permille] {
                if (bar) bar->setValue(std::max(bar->value(), permille));
            },
            Qt::QueuedConnection);
    };
    thread_ =
        QThread::create([path = path_.toStdString(), opts, result, cancel = cancel_, onProgress] {
            try {
                const mtl::DataSplits s =
                    mtl::loadCsv(path, opts, nullptr, onProgress, cancel.get());
                result->train = s.train.rows();
                result->valid = s.valid.rows();
                result->test = s.test.rows();
                result->tasks = static_cast<int>(s.train.schema.tasks.size());
                result->numeric = s.train.schema.numeric();
                result->fields = s.train.schema.fields();
            } catch (const mtl::LoadCancelled&) {
                result->cancelled = true;
            } catch (const std::exception& e) {
                result->error = QString::fromUtf8(e.what());
            }
        });
    connect(thread_, &QThread::finished, this, [this, result] {
        thread_->deleteLater();
        thread_ = nullptr;
        const QString summary =
            result->error.isEmpty()
                ? tr("%1 / %2 / %3 rows (train / validation / test), %n task(s)", nullptr,
                     result->tasks)
                      .arg(QLocale().toString(result->train), QLocale().toString(result->valid),
                           QLocale().toString(result->test))
                : QString();
        loadFinished(result->error, summary, result->cancelled);
    });
    thread_->start();
}

void CsvImportDialog::loadFinished(const QString& error, const QString& summary, bool cancelled) {
    setBusy(false);
    cancel_.reset();
    if (cancelled_) return;  // the dialog was closed meanwhile
    if (cancelled) {
        status_->setText(tr("Loading stopped. Nothing was imported; your choices are kept."));
        emit validated(false);
        return;
    }
    if (!error.isEmpty()) {
        showError(error);
        emit validated(false);
        return;
    }
    loaded_ = summary;
    status_->setText(summary);
    QDialog::accept();
    emit validated(true);
}

void CsvImportDialog::stopLoading() {
    if (!thread_ || !cancel_) return;
    *cancel_ = true;
    stop_->setEnabled(false);
    status_->setText(tr("Stopping…"));
}

void CsvImportDialog::reject() {
    cancelled_ = thread_ != nullptr;
    if (cancel_) *cancel_ = true;
    QDialog::reject();
}

}  // namespace mtl::ui
