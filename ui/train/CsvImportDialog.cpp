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

#include "editor/ProblemList.h"
#include "widgets/SpinBoxes.h"

namespace mtl::ui {

namespace {

constexpr int kRoleRow = 0, kTaskRow = 1, kFirstDataRow = 2;
constexpr int kPreviewRows = 50;

struct LoadResult {
    QString error;
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

    headerBox_ = new QCheckBox(tr("First row holds the column names"));
    headerBox_->setChecked(options.header);
    headerBox_->setToolTip(tr("Without a header the columns are called column1, column2, …"));

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
    format->addRow(tr("Delimiter:"), delimiter_);
    format->addRow(QString(), headerBox_);
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
    errorLabel_ = new QLabel;
    errorLabel_->setWordWrap(true);
    errorLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = errorLabel_->palette();
    p.setColor(QPalette::WindowText, ProblemList::severityColor(mtl::Issue::Severity::Error));
    errorLabel_->setPalette(p);
    errorLabel_->hide();

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons_->button(QDialogButtonBox::Ok)->setToolTip(tr("Load the whole file with these roles"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &CsvImportDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addLayout(optionsRow);
    layout->addWidget(table_, 1);
    layout->addWidget(hint);
    layout->addWidget(status_);
    layout->addWidget(errorLabel_);
    layout->addWidget(buttons_);
    resize(780, 540);

    refreshPreview();
    if (!options.columns.empty() && options.columns.size() == header_.size())
        applyColumns(options.columns);

    connect(delimiter_, &QComboBox::currentIndexChanged, this, &CsvImportDialog::refreshPreview);
    connect(headerBox_, &QCheckBox::toggled, this, &CsvImportDialog::refreshPreview);
}

CsvImportDialog::~CsvImportDialog() {
    if (thread_) {  // loadCsv cannot be interrupted: let it end
        thread_->wait();
        delete thread_;
    }
}

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
    o.validFrac = validFrac_->value() / 100;
    o.testFrac = testFrac_->value() / 100;
    o.seed = static_cast<unsigned long long>(seed_->value());
    for (int c = 0; c < columnCount(); ++c) {
        mtl::CsvColumn col;
        col.name = header_[c];
        switch (roleEditor(c)->currentIndex()) {
            case Numeric:
                col.role = mtl::ColumnRole::Numeric;
                break;
            case Categorical:
                col.role = mtl::ColumnRole::Categorical;
                break;
            case BinaryLabel:
            case RegressionLabel:
                col.role = mtl::ColumnRole::Label;
                col.kind = roleEditor(c)->currentIndex() == BinaryLabel ? mtl::TaskKind::Binary
                                                                        : mtl::TaskKind::Regression;
                col.task = taskEditor(c)->text().trimmed().toStdString();
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
    mtl::CsvPreview preview;
    error_.clear();
    errorLabel_->hide();
    try {
        preview = mtl::previewCsv(path_.toStdString(), o, kPreviewRows);
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
    }
    header_ = preview.header;
    fillTable(preview.rows, preview.lines);
    if (!previous.empty() && previous.size() == header_.size()) {
        applyColumns(previous);
        for (size_t c = 0; c < typed.size(); ++c)
            taskEditor(static_cast<int>(c))->setModified(typed[c]);
    } else {
        applyColumns(preview.columns);
    }
    if (error_.isEmpty())
        status_->setText(preview.rows.empty() ? tr("The file holds no data rows.")
                                              : tr("Preview of the first %n row(s).", nullptr,
                                                   int(preview.rows.size())));
    else
        status_->clear();
}

void CsvImportDialog::fillTable(const std::vector<std::vector<std::string>>& rows,
                                const std::vector<long long>& lines) {
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
    for (int r = kFirstDataRow; r < table_->rowCount(); ++r)
        table_->verticalHeaderItem(r)->setToolTip(tr("Line %1 of the file").arg(vertical[r]));

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
            role->addItem(text);
            role->setItemData(role->count() - 1, tip, Qt::ToolTipRole);
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
            auto* item =
                new QTableWidgetItem(present ? QString::fromStdString(rows[r][c]) : QString());
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
        const bool label = col.role == mtl::ColumnRole::Label;
        taskEditor(c)->setText(
            label ? QString::fromStdString(col.task.empty() ? header_[c] : col.task) : QString());
        const QSignalBlocker block(roleEditor(c));
        roleEditor(c)->setCurrentIndex(choice);
        roleChanged(c);
    }
}

void CsvImportDialog::roleChanged(int column) {
    const int role = roleEditor(column)->currentIndex();
    const bool label = role == BinaryLabel || role == RegressionLabel;
    QLineEdit* task = taskEditor(column);
    task->setEnabled(label);
    if (label && task->text().trimmed().isEmpty())
        task->setText(QString::fromStdString(header_[column]));

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
    for (QWidget* w : std::initializer_list<QWidget*>{delimiter_, headerBox_, validFrac_, testFrac_,
                                                      seed_, table_})
        w->setEnabled(!busy);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::WaitCursor);
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
    auto result = std::make_shared<LoadResult>();
    thread_ = QThread::create([path = path_.toStdString(), opts, result] {
        try {
            const mtl::DataSplits s = mtl::loadCsv(path, opts);
            result->train = s.train.rows();
            result->valid = s.valid.rows();
            result->test = s.test.rows();
            result->tasks = static_cast<int>(s.train.schema.tasks.size());
            result->numeric = s.train.schema.numeric();
            result->fields = s.train.schema.fields();
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
        loadFinished(result->error, summary);
    });
    thread_->start();
}

void CsvImportDialog::loadFinished(const QString& error, const QString& summary) {
    setBusy(false);
    if (cancelled_) return;  // the dialog was closed meanwhile
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

void CsvImportDialog::reject() {
    cancelled_ = thread_ != nullptr;
    QDialog::reject();
}

}  // namespace mtl::ui
