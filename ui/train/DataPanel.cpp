#include "train/DataPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>
#include <optional>

#include "editor/ProblemList.h"
#include "train/CsvImportDialog.h"
#include "widgets/PanelParts.h"
#include "widgets/SpinBoxes.h"

namespace mtl::ui {

namespace {

using Kind = mtl::DataSpec::Kind;

constexpr int kDebounceMs = 150;

QLabel* secondaryLabel(const QString& text = {}) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A status line: in the error colour, or in the normal text colour (inherited from the parent).
void setStatus(QLabel* label, const QString& text, bool error) {
    QPalette p;  // nothing set: every role inherited
    if (error)
        p.setColor(QPalette::WindowText, ProblemList::severityColor(mtl::Issue::Severity::Error));
    label->setPalette(p);
    label->setText(text);
}

// A typed value outside [min, max] or with more decimals is refused with the range, under the
// row (sliderRow); it is never replaced by another number.
DecimalSpinBox* spinBox(double min, double max, double step, int decimals, const QString& tip) {
    auto* spin = new DecimalSpinBox;
    spin->setRange(min, max);
    spin->setSingleStep(step);
    spin->setDecimals(decimals);
    spin->setAccelerated(true);
    spin->setToolTip(tip);
    return spin;
}

// A row of a slider and `spin`, which show one value, above the spin box's refusal message. The
// slider covers [from, to] in steps of `step` (a value outside that range puts it at its end); the
// spin box holds the value.
QWidget* sliderRow(DecimalSpinBox* spin, double from, double to, double step) {
    auto* slider = new QSlider(Qt::Horizontal);
    const int ticks = static_cast<int>(std::lround((to - from) / step));
    slider->setRange(0, ticks);
    slider->setPageStep(std::max(1, ticks / 10));
    slider->setToolTip(spin->toolTip());
    slider->setObjectName(spin->objectName() + QStringLiteral("Slider"));
    auto follow = [slider, from, step](double v) {
        const QSignalBlocker block(slider);
        slider->setValue(static_cast<int>(std::lround((v - from) / step)));
    };
    QObject::connect(spin, &QDoubleSpinBox::valueChanged, slider, follow);
    QObject::connect(slider, &QSlider::valueChanged, spin,
                     [spin, from, step](int t) { spin->setValue(from + t * step); });
    follow(spin->value());

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(slider, 1);
    layout->addWidget(spin);
    return withRefusalMessage(row, spin);
}

// Rows whose label and field do not fit side by side (a narrow dock) put the field under the
// label instead of running off the dock's right edge.
QFormLayout* pageForm(QWidget* page) {
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

// The settings of the synthetic data that change its training labels' correlation, restricted to
// the rows the measurement uses.
mtl::SyntheticConfig correlationSample(mtl::SyntheticConfig c) {
    c.nTrain = std::min(c.nTrain, DataPanel::kCorrelationSampleRows);
    c.nValid = c.nTest = 0;  // drawn after the training rows: leaving them out changes nothing
    return c;
}

bool sameSample(const std::optional<mtl::SyntheticConfig>& measured,
                const mtl::SyntheticConfig& b) {
    if (!measured) return false;
    const mtl::SyntheticConfig& a = *measured;
    return a.d == b.d && a.nTrain == b.nTrain && a.c == b.c && a.m == b.m &&
           a.alphaScale == b.alphaScale && a.betaScale == b.betaScale && a.noiseStd == b.noiseStd &&
           a.p == b.p && a.seed == b.seed && a.binary == b.binary;
}

QString censusFile(const QString& dir, const QString& name) {
    const QDir d(dir);
    if (QFileInfo::exists(d.filePath(name))) return name;
    if (QFileInfo::exists(d.filePath(name + QStringLiteral(".gz"))))
        return name + QStringLiteral(".gz");
    return {};
}

const char* roleKey(mtl::ColumnRole r) {
    switch (r) {
        case mtl::ColumnRole::Numeric:
            return "numeric";
        case mtl::ColumnRole::Categorical:
            return "categorical";
        case mtl::ColumnRole::Label:
            return "label";
        case mtl::ColumnRole::Ignore:
            break;
    }
    return "ignore";
}

mtl::ColumnRole roleFromKey(const QString& key) {
    if (key == QLatin1String("numeric")) return mtl::ColumnRole::Numeric;
    if (key == QLatin1String("categorical")) return mtl::ColumnRole::Categorical;
    if (key == QLatin1String("label")) return mtl::ColumnRole::Label;
    return mtl::ColumnRole::Ignore;
}

const char* kindKey(Kind k) {
    return k == Kind::Census   ? "census"
           : k == Kind::Csv    ? "csv"
           : k == Kind::Funnel ? "funnel"
                               : "synthetic";
}

}  // namespace

DataPanel::DataPanel(QWidget* parent) : QWidget(parent) {
    source_ = new QComboBox;
    source_->setObjectName(QStringLiteral("dataSource"));
    source_->addItem(tr("Synthetic (MMoE paper)"), int(Kind::Synthetic));
    source_->addItem(tr("Census-income (KDD)"), int(Kind::Census));
    source_->addItem(tr("CSV file"), int(Kind::Csv));
    source_->addItem(tr("Click → conversion funnel (ESMM)"), int(Kind::Funnel));
    source_->setToolTip(tr("Where the training data comes from"));

    pages_ = new QStackedWidget;
    pages_->addWidget(createSyntheticPage());
    pages_->addWidget(createCensusPage());
    pages_->addWidget(createCsvPage());
    pages_->addWidget(createFunnelPage());

    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("dataSummary"));
    summary_->setWordWrap(true);
    summary_->setForegroundRole(QPalette::PlaceholderText);
    summary_->setContentsMargins(0, 6, 0, 0);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* top = new QFormLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->setRowWrapPolicy(QFormLayout::WrapLongRows);
    top->addRow(tr("Source:"), source_);
    layout->addLayout(top);
    layout->addWidget(pages_);
    layout->addWidget(summary_);
    layout->addStretch(1);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(verticalScrollArea(content));

    correlationTimer_ = new QTimer(this);
    correlationTimer_->setSingleShot(true);
    correlationTimer_->setInterval(kDebounceMs);
    connect(correlationTimer_, &QTimer::timeout, this, &DataPanel::startCorrelation);

    connect(source_, &QComboBox::currentIndexChanged, this, [this](int i) {
        pages_->setCurrentIndex(i);
        edited();
    });
    for (QDoubleSpinBox* spin : {p_, noise_, rows_, d_, seed_, funnelBias_, funnelClickRate_,
                                 funnelConversionRate_, funnelRows_, funnelD_, funnelSeed_})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &DataPanel::edited);
    connect(binary_, &QCheckBox::toggled, this, &DataPanel::edited);
    connect(censusDir_, &QLineEdit::textChanged, this, &DataPanel::edited);
    connect(censusGroup_, &QComboBox::currentIndexChanged, this, &DataPanel::edited);
    connect(censusRows_, &QSpinBox::valueChanged, this, &DataPanel::edited);

    loadSettings();
}

DataPanel::~DataPanel() {
    if (correlationThread_) {  // a few milliseconds at most
        correlationThread_->wait();
        delete correlationThread_;
    }
}

QWidget* DataPanel::createSyntheticPage() {
    auto* page = new QWidget;
    auto* form = pageForm(page);

    DecimalSpinBox* p =
        spinBox(-1, 1, 0.05, 2,
                tr("Task correlation p: the cosine of the two tasks' weight vectors (-1 to 1)"));
    p->setObjectName(QStringLiteral("syntheticP"));
    DecimalSpinBox* noise =
        spinBox(0, 10, 0.01, 3, tr("Standard deviation of the Gaussian noise added to each label"));
    noise->setObjectName(QStringLiteral("syntheticNoise"));
    DecimalSpinBox* rows =
        spinBox(2, 1000000, 1000, 0,
                tr("Number of training rows (the validation and test rows come on top)"));
    rows->setObjectName(QStringLiteral("syntheticRows"));
    DecimalSpinBox* d =
        spinBox(2, 4096, 1, 0, tr("Input dimension d: the number of Gaussian input features"));
    d->setObjectName(QStringLiteral("syntheticD"));
    DecimalSpinBox* seed = spinBox(
        0, INT_MAX, 1, 0, tr("Seed of the random draws: the same seed gives the same data"));
    seed->setObjectName(QStringLiteral("syntheticSeed"));
    p_ = p;
    noise_ = noise;
    rows_ = rows;
    d_ = d;
    seed_ = seed;
    binary_ = new QCheckBox(tr("Binary labels"));
    binary_->setObjectName(QStringLiteral("syntheticBinary"));
    binary_->setToolTip(
        tr("Threshold each label at its training median: two binary classification tasks "
           "instead of regression"));

    // The spin boxes line up, as wide as the training rows' (seeds beyond 7 digits scroll).
    const int width = rows_->sizeHint().width();
    for (QDoubleSpinBox* spin : {p_, noise_, rows_, d_, seed_}) spin->setFixedWidth(width);

    measuredLabel_ = new QLabel(QStringLiteral("…"));
    measuredLabel_->setObjectName(QStringLiteral("measuredCorrelation"));
    measuredLabel_->setToolTip(
        tr("Pearson correlation of the two tasks' labels on the generated training rows. "
           "The sinusoids in the labels make it lower than p; it also depends on the seed."));
    measuredLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = measuredLabel_->font();
    bold.setBold(true);
    measuredLabel_->setFont(bold);

    auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        l->setToolTip(buddy->toolTip());
        return l;
    };
    form->addRow(label(tr("Task correlation &p:"), p_), sliderRow(p, -1, 1, 0.05));
    auto* measuredCaption = label(tr("Measured correlation:"), measuredLabel_);
    form->addRow(measuredCaption, measuredLabel_);
    form->addRow(label(tr("&Noise std:"), noise_), sliderRow(noise, 0, 1, 0.01));
    form->addRow(label(tr("&Training rows:"), rows_), sliderRow(rows, 1000, 100000, 1000));
    form->addRow(label(tr("Input &dimension d:"), d_), sliderRow(d, 2, 512, 1));
    form->addRow(label(tr("&Seed:"), seed_), sliderRow(seed, 1, 100, 1));
    form->addRow(QString(), binary_);
    form->addRow(secondaryLabel(
        tr("Two tasks as in Ma et al., KDD 2018 (Sec. 3.2): labels are linear in the "
           "inputs plus sinusoids, with weight vectors at cosine p.")));
    return page;
}

QWidget* DataPanel::createCensusPage() {
    auto* page = new QWidget;
    auto* form = pageForm(page);

    censusDir_ = new QLineEdit;
    censusDir_->setObjectName(QStringLiteral("censusDir"));
    censusDir_->setPlaceholderText(tr("Folder with census-income.data.gz"));
    censusDir_->setToolTip(
        tr("The folder holding census-income.data and census-income.test (plain or .gz)"));
    auto* browse = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Browse…"));
    browse->setToolTip(tr("Choose the folder with the census-income files"));
    connect(browse, &QPushButton::clicked, this, &DataPanel::chooseCensusFolder);
    auto* dirRow = new QWidget;
    auto* dirLayout = new QHBoxLayout(dirRow);
    dirLayout->setContentsMargins(0, 0, 0, 0);
    dirLayout->addWidget(censusDir_, 1);
    dirLayout->addWidget(browse);

    censusStatus_ = new QLabel;
    censusStatus_->setObjectName(QStringLiteral("censusStatus"));
    censusStatus_->setWordWrap(true);
    censusStatus_->setOpenExternalLinks(true);
    censusStatus_->setTextInteractionFlags(Qt::TextBrowserInteraction);

    censusGroup_ = new QComboBox;
    censusGroup_->setObjectName(QStringLiteral("censusGroup"));
    censusGroup_->addItem(tr("1: income > 50K, never married"), 1);
    censusGroup_->addItem(tr("2: college education, never married"), 2);
    censusGroup_->setToolTip(
        tr("The MMoE paper's task groups: group 1 has the weaker task correlation of the two"));

    auto* censusRows = new IntSpinBox;
    censusRows_ = censusRows;
    censusRows_->setObjectName(QStringLiteral("censusRows"));
    censusRows_->setRange(0, 199523);
    censusRows_->setSingleStep(10000);
    censusRows_->setSpecialValueText(tr("all"));
    censusRows_->setAccelerated(true);
    censusRows_->setToolTip(tr("Use only the first training rows, for quick runs (all: 199,523)"));

    form->addRow(tr("&Folder:"), dirRow);
    form->addRow(QString(), censusStatus_);
    form->addRow(tr("Task &group:"), censusGroup_);
    form->addRow(tr("Max training &rows:"), withRefusalMessage(censusRows, censusRows));
    form->addRow(secondaryLabel(
        tr("Training rows come from census-income.data; census-income.test is split 1:1 "
           "into validation and test rows. Education and marital status are not inputs.")));
    return page;
}

QWidget* DataPanel::createCsvPage() {
    auto* page = new QWidget;
    auto* form = pageForm(page);

    csvPath_ = new QLineEdit;
    csvPath_->setObjectName(QStringLiteral("csvPath"));
    csvPath_->setReadOnly(true);
    csvPath_->setPlaceholderText(tr("No file chosen"));
    csvPath_->setToolTip(tr("The CSV file the run trains on"));
    auto* choose =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Choose…"));
    choose->setToolTip(tr("Choose a CSV file and set the role of each column"));
    connect(choose, &QPushButton::clicked, this, &DataPanel::chooseCsvFile);
    auto* fileRow = new QWidget;
    auto* fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(csvPath_, 1);
    fileLayout->addWidget(choose);

    csvColumns_ = new QPushButton(tr("Edit &columns…"));
    csvColumns_->setToolTip(tr("Change the delimiter, the split or the role of each column"));
    connect(csvColumns_, &QPushButton::clicked, this,
            [this] { editCsvColumns(QString::fromStdString(base_.csvPath), base_.csv); });

    csvDetails_ = new QLabel;
    csvDetails_->setObjectName(QStringLiteral("csvDetails"));
    csvDetails_->setWordWrap(true);

    auto* columnsRow = new QHBoxLayout;
    columnsRow->addWidget(csvColumns_);
    columnsRow->addStretch(1);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(QString(), columnsRow);
    form->addRow(csvDetails_);
    form->addRow(
        secondaryLabel(tr("Each label column is one task; numeric columns are standardised and "
                          "categorical ones one-hot encoded with training statistics.")));
    return page;
}

QWidget* DataPanel::createFunnelPage() {
    auto* page = new QWidget;
    auto* form = pageForm(page);
    DecimalSpinBox* bias = spinBox(
        -1, 1, 0.1, 2,
        tr("Selection-bias strength: how much the features that drive clicks also drive "
           "conversion (0: clicked and unclicked users have the same conversion features)"));
    bias->setObjectName(QStringLiteral("funnelBias"));
    DecimalSpinBox* click =
        spinBox(0.001, 0.999, 0.01, 3, tr("Mean click probability over all impressions"));
    click->setObjectName(QStringLiteral("funnelClickRate"));
    DecimalSpinBox* conversion = spinBox(
        0.001, 0.999, 0.01, 3,
        tr("Mean conversion propensity over all impressions (observed only after a click)"));
    conversion->setObjectName(QStringLiteral("funnelConversionRate"));
    DecimalSpinBox* rows =
        spinBox(2, 1000000, 1000, 0,
                tr("Number of training impressions (the validation and test rows come on top)"));
    rows->setObjectName(QStringLiteral("funnelRows"));
    DecimalSpinBox* d =
        spinBox(2, 4096, 1, 0, tr("Input dimension d: the number of Gaussian input features"));
    d->setObjectName(QStringLiteral("funnelD"));
    DecimalSpinBox* seed = spinBox(
        0, INT_MAX, 1, 0, tr("Seed of the random draws: the same seed gives the same data"));
    seed->setObjectName(QStringLiteral("funnelSeed"));
    funnelBias_ = bias;
    funnelClickRate_ = click;
    funnelConversionRate_ = conversion;
    funnelRows_ = rows;
    funnelD_ = d;
    funnelSeed_ = seed;
    const int width = rows->sizeHint().width();
    for (QDoubleSpinBox* spin :
         {funnelBias_, funnelClickRate_, funnelConversionRate_, funnelRows_, funnelD_, funnelSeed_})
        spin->setFixedWidth(width);
    auto label = [](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text);
        l->setBuddy(buddy);
        l->setToolTip(buddy->toolTip());
        return l;
    };
    form->addRow(label(tr("Selection &bias:"), bias), sliderRow(bias, -1, 1, 0.1));
    form->addRow(label(tr("&Click rate:"), click), sliderRow(click, 0.01, 0.99, 0.01));
    form->addRow(label(tr("Con&version rate:"), conversion),
                 sliderRow(conversion, 0.01, 0.99, 0.01));
    form->addRow(label(tr("&Training rows:"), rows), sliderRow(rows, 1000, 100000, 1000));
    form->addRow(label(tr("Input &dimension d:"), d), sliderRow(d, 2, 512, 1));
    form->addRow(label(tr("&Seed:"), seed), sliderRow(seed, 1, 100, 1));
    form->addRow(secondaryLabel(
        tr("Impressions → clicks → conversions for ESMM (Ma et al., SIGIR 2018): tasks click "
           "and click_and_conversion; a conversion is observed only after a click.")));
    return page;
}

mtl::DataSpec DataPanel::spec() const {
    mtl::DataSpec s = base_;
    s.kind = static_cast<Kind>(source_->currentData().toInt());
    s.synthetic.p = p_->value();
    s.synthetic.noiseStd = noise_->value();
    s.synthetic.nTrain = static_cast<int>(rows_->value());
    s.synthetic.d = static_cast<int>(d_->value());
    s.synthetic.seed = static_cast<unsigned long long>(seed_->value());
    s.synthetic.binary = binary_->isChecked();
    s.census.dir = QDir::fromNativeSeparators(censusDir_->text().trimmed()).toStdString();
    s.census.group = censusGroup_->currentData().toInt();
    s.census.maxTrainRows = censusRows_->value();
    s.funnel.bias = funnelBias_->value();
    s.funnel.clickRate = funnelClickRate_->value();
    s.funnel.conversionRate = funnelConversionRate_->value();
    s.funnel.nTrain = static_cast<int>(funnelRows_->value());
    s.funnel.d = static_cast<int>(funnelD_->value());
    s.funnel.seed = static_cast<unsigned long long>(funnelSeed_->value());
    return s;
}

void DataPanel::setSpec(const mtl::DataSpec& spec) {
    if (spec.csvPath != base_.csvPath) csvLoaded_.clear();
    showSpec(spec);
    edited();
}

void DataPanel::showSpec(const mtl::DataSpec& spec) {
    showing_ = true;
    base_ = spec;
    if (base_.census.dir.empty()) base_.census.dir = mtl::defaultCensusDir();
    source_->setCurrentIndex(source_->findData(int(spec.kind)));
    pages_->setCurrentIndex(source_->currentIndex());
    p_->setValue(spec.synthetic.p);
    noise_->setValue(spec.synthetic.noiseStd);
    rows_->setValue(spec.synthetic.nTrain);
    d_->setValue(spec.synthetic.d);
    seed_->setValue(
        static_cast<double>(std::min<unsigned long long>(spec.synthetic.seed, INT_MAX)));
    binary_->setChecked(spec.synthetic.binary);
    censusDir_->setText(QDir::toNativeSeparators(QString::fromStdString(base_.census.dir)));
    censusGroup_->setCurrentIndex(std::max(0, censusGroup_->findData(spec.census.group)));
    censusRows_->setValue(spec.census.maxTrainRows);
    csvPath_->setText(QDir::toNativeSeparators(QString::fromStdString(spec.csvPath)));
    funnelBias_->setValue(spec.funnel.bias);
    funnelClickRate_->setValue(spec.funnel.clickRate);
    funnelConversionRate_->setValue(spec.funnel.conversionRate);
    funnelRows_->setValue(spec.funnel.nTrain);
    funnelD_->setValue(spec.funnel.d);
    funnelSeed_->setValue(
        static_cast<double>(std::min<unsigned long long>(spec.funnel.seed, INT_MAX)));
    showing_ = false;
}

void DataPanel::edited() {
    if (showing_) return;
    saveSettings();
    checkCensusFolder();
    updateCsvDetails();
    scheduleCorrelation();
    updateSummary();
    emit specChanged();
}

double DataPanel::measuredCorrelation() const {
    if (source_->currentData().toInt() != int(Kind::Synthetic))
        return std::numeric_limits<double>::quiet_NaN();
    return sameSample(measuredFor_, correlationSample(spec().synthetic))
               ? measured_
               : std::numeric_limits<double>::quiet_NaN();
}

// --- Synthetic: the measured correlation ---------------------------------------------------------

void DataPanel::scheduleCorrelation() {
    if (source_->currentData().toInt() != int(Kind::Synthetic)) return;
    if (sameSample(measuredFor_, correlationSample(spec().synthetic)) && !correlationThread_) {
        correlationTimer_->stop();  // back to the settings measured last
        showMeasured();
        return;
    }
    measuredLabel_->setText(QStringLiteral("…"));
    correlationTimer_->start();  // restarts: 150 ms after the last change
}

void DataPanel::showMeasured() {
    QString text = !measuredError_.isEmpty() ? tr("not available: %1").arg(measuredError_)
                   : std::isnan(measured_)   ? tr("undefined (a label is constant)")
                                             : QLocale().toString(measured_, 'f', 3);
    if (measuredError_.isEmpty() && measuredFor_ && spec().synthetic.nTrain > measuredFor_->nTrain)
        text = tr("%1 (first %2 rows)").arg(text, QLocale().toString(measuredFor_->nTrain));
    measuredLabel_->setText(text);
    updateSummary();
}

void DataPanel::startCorrelation() {
    if (correlationThread_) {
        correlationPending_ = true;  // again when this one ends
        return;
    }
    const mtl::SyntheticConfig sample = correlationSample(spec().synthetic);
    if (sameSample(measuredFor_, sample)) {
        showMeasured();
        return;
    }
    struct Result {
        double value = std::numeric_limits<double>::quiet_NaN();
        QString error;
    };
    auto result = std::make_shared<Result>();
    correlationThread_ = QThread::create([sample, result] {
        try {
            mtl::SyntheticInfo info;
            mtl::makeSynthetic(sample, &info);
            result->value = info.measuredCorrelation;
        } catch (const std::exception& e) {
            result->error = QString::fromUtf8(e.what());
        }
    });
    connect(correlationThread_, &QThread::finished, this, [this, sample, result] {
        correlationThread_->deleteLater();
        correlationThread_ = nullptr;
        measuredFor_ = sample;
        measured_ = result->value;
        measuredError_ = result->error;
        if (correlationPending_) {
            correlationPending_ = false;
            startCorrelation();  // shows "…" until the newer settings are measured
        } else {
            showMeasured();
        }
    });
    correlationThread_->start(QThread::LowPriority);
}

// --- Census
// ----------------------------------------------------------------------------------------

void DataPanel::chooseCensusFolder() {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder with the census-income files"), censusDir_->text());
    if (!dir.isEmpty()) censusDir_->setText(QDir::toNativeSeparators(dir));
}

void DataPanel::checkCensusFolder() {
    const QString dir = QDir::fromNativeSeparators(censusDir_->text().trimmed());
    const QString where =
        tr("Get census-income.data.gz and census-income.test.gz from the "
           "<a href=\"https://archive.ics.uci.edu/dataset/117/census+income+kdd\">UCI Machine "
           "Learning "
           "Repository</a> (Census-Income (KDD)) and choose their folder.");
    censusFilesFound_ = false;
    if (dir.isEmpty()) {
        setStatus(censusStatus_, where, false);
        return;
    }
    if (!QFileInfo(dir).isDir()) {
        setStatus(censusStatus_, tr("This folder does not exist.") + QLatin1Char(' ') + where,
                  true);
        return;
    }
    const QString data = censusFile(dir, QStringLiteral("census-income.data"));
    const QString test = censusFile(dir, QStringLiteral("census-income.test"));
    if (data.isEmpty()) {
        setStatus(censusStatus_,
                  tr("No census-income.data(.gz) in this folder.") + QLatin1Char(' ') + where,
                  true);
    } else if (test.isEmpty()) {
        setStatus(censusStatus_,
                  tr("Found %1, but not census-income.test(.gz), which gives the validation and "
                     "test rows.")
                      .arg(data),
                  true);
    } else {
        censusFilesFound_ = true;
        setStatus(censusStatus_, tr("✓ Found %1 and %2.").arg(data, test), false);
    }
}

// --- CSV
// -------------------------------------------------------------------------------------------

void DataPanel::chooseCsvFile() {
    const QString current = QString::fromStdString(base_.csvPath);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a CSV file"), current, tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) return;
    mtl::CsvOptions options;
    if (QFileInfo(path) == QFileInfo(current))
        options = base_.csv;  // the same file: keep its roles
    else
        options.delimiter = CsvImportDialog::guessDelimiter(path);
    editCsvColumns(path, options);
}

void DataPanel::editCsvColumns(const QString& path, const mtl::CsvOptions& options) {
    CsvImportDialog dialog(path, options, this);
    if (dialog.exec() != QDialog::Accepted) return;
    mtl::DataSpec s = spec();
    s.csvPath = dialog.spec().csvPath;
    s.csv = dialog.options();
    showSpec(s);
    csvLoaded_ = dialog.loadedSummary();
    edited();
}

void DataPanel::updateCsvDetails() {
    csvColumns_->setEnabled(!base_.csvPath.empty());
    if (base_.csvPath.empty()) {
        setStatus(csvDetails_, tr("Choose a file: a preview lets you set the role of each column."),
                  false);
        return;
    }
    if (!QFileInfo::exists(QString::fromStdString(base_.csvPath))) {
        setStatus(csvDetails_, tr("The file does not exist."), true);
        return;
    }
    int numeric = 0, categorical = 0, ignored = 0;
    QStringList tasks;
    for (const mtl::CsvColumn& c : base_.csv.columns) {
        switch (c.role) {
            case mtl::ColumnRole::Numeric:
                ++numeric;
                break;
            case mtl::ColumnRole::Categorical:
                ++categorical;
                break;
            case mtl::ColumnRole::Ignore:
                ++ignored;
                break;
            case mtl::ColumnRole::Label:
                for (const mtl::TaskInfo& t : mtl::csvColumnTasks(c))
                    tasks << (t.kind == mtl::TaskKind::Binary ? tr("%1 (binary)")
                                                              : tr("%1 (regression)"))
                                 .arg(QString::fromStdString(t.name));
                break;
        }
    }
    QStringList lines;
    if (base_.csv.columns.empty()) {
        lines << tr("Column roles inferred when loading (the last column is the label).");
    } else {
        lines << tr("Inputs: %1 numeric, %2 categorical; %n ignored.", nullptr, ignored)
                     .arg(numeric)
                     .arg(categorical);
        lines << tr("Tasks: %1").arg(tasks.join(QStringLiteral(", ")));
    }
    const int valid = static_cast<int>(std::lround(base_.csv.validFrac * 100));
    const int test = static_cast<int>(std::lround(base_.csv.testFrac * 100));
    lines << tr("Split: %1 % training, %2 % validation, %3 % test.")
                 .arg(100 - valid - test)
                 .arg(valid)
                 .arg(test);
    if (!csvLoaded_.isEmpty()) lines << tr("Checked: %1").arg(csvLoaded_);
    setStatus(csvDetails_, lines.join(QLatin1Char('\n')), false);
}

// --- Summary, locking, settings
// ----------------------------------------------------------------------

QString DataPanel::summary() const {
    const mtl::DataSpec s = spec();
    const QLocale locale;
    switch (s.kind) {
        case Kind::Synthetic: {
            const double m = measuredCorrelation();
            const QString measured =
                std::isnan(m) ? QStringLiteral("…") : locale.toString(m, 'f', 2);
            const QString text = s.synthetic.binary
                                     ? tr("Synthetic data: p = %1 (measured %2), d = %3, %4 "
                                          "training rows, binary tasks")
                                     : tr("Synthetic data: p = %1 (measured %2), d = %3, %4 "
                                          "training rows, regression tasks");
            return text.arg(locale.toString(s.synthetic.p, 'f', 2), measured,
                            locale.toString(s.synthetic.d), locale.toString(s.synthetic.nTrain));
        }
        case Kind::Census: {
            const QString tasks = s.census.group == 2 ? tr("education and marital status")
                                                      : tr("income and marital status");
            return s.census.maxTrainRows > 0
                       ? tr("Census-income group %1 (%2), first %3 training rows")
                             .arg(s.census.group)
                             .arg(tasks, locale.toString(s.census.maxTrainRows))
                       : tr("Census-income group %1 (%2)").arg(s.census.group).arg(tasks);
        }
        case Kind::Csv: {
            if (s.csvPath.empty()) return tr("CSV file: none chosen");
            int tasks = 0;
            for (const mtl::CsvColumn& c : s.csv.columns)
                tasks += static_cast<int>(mtl::csvColumnTasks(c).size());
            const QString file = QFileInfo(QString::fromStdString(s.csvPath)).fileName();
            return s.csv.columns.empty()
                       ? tr("CSV file %1, roles inferred").arg(file)
                       : tr("CSV file %1 with %n task(s)", nullptr, tasks).arg(file);
        }
        case Kind::Funnel:
            return tr("Funnel data: selection bias %1, click rate %2, conversion rate %3, d = %4, "
                      "%5 training rows")
                .arg(locale.toString(s.funnel.bias, 'f', 2),
                     locale.toString(s.funnel.clickRate, 'f', 3),
                     locale.toString(s.funnel.conversionRate, 'f', 3), locale.toString(s.funnel.d),
                     locale.toString(s.funnel.nTrain));
    }
    return {};
}

QString DataPanel::problem() const {
    const mtl::DataSpec s = spec();
    switch (s.kind) {
        case Kind::Synthetic:
            break;
        case Kind::Census:
            if (!censusFilesFound_)
                return tr("The census-income files were not found: choose their folder.");
            break;
        case Kind::Csv:
            if (s.csvPath.empty()) return tr("Choose a CSV file.");
            if (!QFileInfo::exists(QString::fromStdString(s.csvPath)))
                return tr("The CSV file %1 does not exist.").arg(QString::fromStdString(s.csvPath));
            break;
        case Kind::Funnel:
            break;
    }
    return {};
}

void DataPanel::updateSummary() { summary_->setText(summary()); }  // problems show on their page

void DataPanel::setLocked(bool locked) {
    locked_ = locked;
    source_->setEnabled(!locked);
    pages_->setEnabled(!locked);
}

void DataPanel::loadSettings() {
    QSettings settings;
    settings.beginGroup(QStringLiteral("data"));
    mtl::DataSpec s;
    const QString kind = settings.value(QStringLiteral("source")).toString();
    s.kind = kind == QLatin1String("census")   ? Kind::Census
             : kind == QLatin1String("csv")    ? Kind::Csv
             : kind == QLatin1String("funnel") ? Kind::Funnel
                                               : Kind::Synthetic;

    settings.beginGroup(QStringLiteral("synthetic"));
    mtl::SyntheticConfig& syn = s.synthetic;
    syn.p = std::clamp(settings.value(QStringLiteral("p"), syn.p).toDouble(), -1.0, 1.0);
    syn.noiseStd = settings.value(QStringLiteral("noiseStd"), syn.noiseStd).toDouble();
    syn.nTrain = settings.value(QStringLiteral("nTrain"), syn.nTrain).toInt();
    syn.d = settings.value(QStringLiteral("d"), syn.d).toInt();
    syn.seed = settings.value(QStringLiteral("seed"), syn.seed).toULongLong();
    syn.binary = settings.value(QStringLiteral("binary"), syn.binary).toBool();
    settings.endGroup();

    settings.beginGroup(QStringLiteral("funnel"));
    mtl::FunnelConfig& fun = s.funnel;
    fun.bias = std::clamp(settings.value(QStringLiteral("bias"), fun.bias).toDouble(), -1.0, 1.0);
    fun.clickRate = std::clamp(
        settings.value(QStringLiteral("clickRate"), fun.clickRate).toDouble(), 0.001, 0.999);
    fun.conversionRate =
        std::clamp(settings.value(QStringLiteral("conversionRate"), fun.conversionRate).toDouble(),
                   0.001, 0.999);
    fun.nTrain = settings.value(QStringLiteral("nTrain"), fun.nTrain).toInt();
    fun.d = settings.value(QStringLiteral("d"), fun.d).toInt();
    fun.seed = settings.value(QStringLiteral("seed"), fun.seed).toULongLong();
    settings.endGroup();

    settings.beginGroup(QStringLiteral("census"));
    s.census.dir = settings.value(QStringLiteral("dir")).toString().toStdString();
    s.census.group = settings.value(QStringLiteral("group"), s.census.group).toInt();
    s.census.maxTrainRows = settings.value(QStringLiteral("maxTrainRows"), 0).toInt();
    settings.endGroup();

    settings.beginGroup(QStringLiteral("csv"));
    s.csvPath = settings.value(QStringLiteral("path")).toString().toStdString();
    mtl::CsvOptions& csv = s.csv;
    csv.delimiter =
        static_cast<char>(settings.value(QStringLiteral("delimiter"), int(csv.delimiter)).toInt());
    csv.header = settings.value(QStringLiteral("header"), csv.header).toBool();
    csv.headerLine =
        std::max(1, settings.value(QStringLiteral("headerLine"), csv.headerLine).toInt());
    csv.skipLines = std::max(0, settings.value(QStringLiteral("skipLines"), csv.skipLines).toInt());
    csv.validFrac = settings.value(QStringLiteral("validFrac"), csv.validFrac).toDouble();
    csv.testFrac = settings.value(QStringLiteral("testFrac"), csv.testFrac).toDouble();
    csv.seed = settings.value(QStringLiteral("seed"), csv.seed).toULongLong();
    const int n = settings.beginReadArray(QStringLiteral("columns"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        mtl::CsvColumn c;
        c.name = settings.value(QStringLiteral("name")).toString().toStdString();
        c.role = roleFromKey(settings.value(QStringLiteral("role")).toString());
        c.task = settings.value(QStringLiteral("task")).toString().toStdString();
        c.kind = settings.value(QStringLiteral("kind")).toString() == QLatin1String("regression")
                     ? mtl::TaskKind::Regression
                     : mtl::TaskKind::Binary;
        for (const QString& k : settings.value(QStringLiteral("classes")).toStringList())
            c.classes.push_back(k.toStdString());
        csv.columns.push_back(std::move(c));
    }
    settings.endArray();
    settings.endGroup();

    showSpec(s);
    checkCensusFolder();
    updateCsvDetails();
    updateSummary();
    scheduleCorrelation();
}

void DataPanel::saveSettings() const {
    const mtl::DataSpec s = spec();
    QSettings settings;
    settings.beginGroup(QStringLiteral("data"));
    settings.setValue(QStringLiteral("source"), QLatin1String(kindKey(s.kind)));

    settings.beginGroup(QStringLiteral("synthetic"));
    settings.setValue(QStringLiteral("p"), s.synthetic.p);
    settings.setValue(QStringLiteral("noiseStd"), s.synthetic.noiseStd);
    settings.setValue(QStringLiteral("nTrain"), s.synthetic.nTrain);
    settings.setValue(QStringLiteral("d"), s.synthetic.d);
    settings.setValue(QStringLiteral("seed"), s.synthetic.seed);
    settings.setValue(QStringLiteral("binary"), s.synthetic.binary);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("funnel"));
    settings.setValue(QStringLiteral("bias"), s.funnel.bias);
    settings.setValue(QStringLiteral("clickRate"), s.funnel.clickRate);
    settings.setValue(QStringLiteral("conversionRate"), s.funnel.conversionRate);
    settings.setValue(QStringLiteral("nTrain"), s.funnel.nTrain);
    settings.setValue(QStringLiteral("d"), s.funnel.d);
    settings.setValue(QStringLiteral("seed"), s.funnel.seed);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("census"));
    settings.setValue(QStringLiteral("dir"), QString::fromStdString(s.census.dir));
    settings.setValue(QStringLiteral("group"), s.census.group);
    settings.setValue(QStringLiteral("maxTrainRows"), s.census.maxTrainRows);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("csv"));
    settings.setValue(QStringLiteral("path"), QString::fromStdString(s.csvPath));
    settings.setValue(QStringLiteral("delimiter"), int(s.csv.delimiter));
    settings.setValue(QStringLiteral("header"), s.csv.header);
    settings.setValue(QStringLiteral("headerLine"), s.csv.headerLine);
    settings.setValue(QStringLiteral("skipLines"), s.csv.skipLines);
    settings.setValue(QStringLiteral("validFrac"), s.csv.validFrac);
    settings.setValue(QStringLiteral("testFrac"), s.csv.testFrac);
    settings.setValue(QStringLiteral("seed"), s.csv.seed);
    settings.remove(QStringLiteral("columns"));
    settings.beginWriteArray(QStringLiteral("columns"), static_cast<int>(s.csv.columns.size()));
    for (int i = 0; i < static_cast<int>(s.csv.columns.size()); ++i) {
        const mtl::CsvColumn& c = s.csv.columns[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), QString::fromStdString(c.name));
        settings.setValue(QStringLiteral("role"), QLatin1String(roleKey(c.role)));
        settings.setValue(QStringLiteral("task"), QString::fromStdString(c.task));
        settings.setValue(QStringLiteral("kind"), c.kind == mtl::TaskKind::Regression
                                                      ? QStringLiteral("regression")
                                                      : QStringLiteral("binary"));
        QStringList classes;
        for (const std::string& k : c.classes) classes << QString::fromStdString(k);
        if (classes.isEmpty())
            settings.remove(QStringLiteral("classes"));
        else
            settings.setValue(QStringLiteral("classes"), classes);
    }
    settings.endArray();
    settings.endGroup();
}

}  // namespace mtl::ui
