#include "experiment/ExperimentsPanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "CoreText.h"
#include "dashboard/ChartStyle.h"
#include "experiment/ExperimentController.h"
#include "experiment/ExperimentModel.h"
#include "experiment/Stats.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "widgets/PanelParts.h"
#include "widgets/SpinBoxes.h"

namespace mtl::ui {

namespace {

constexpr const char* kCurrentGraph = "@current";

QString formatSeconds(double s) {
    if (!std::isfinite(s) || s < 0) return QStringLiteral("—");
    const long long t = std::llround(s);
    if (t >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(t / 3600)
            .arg((t / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(t % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

// Plot choices (the combo's item data): the mean test score, a task's test metric, or gate
// divergence.
enum PlotChoice { PlotScore = -1, PlotJs = -2, PlotExampleJs = -3 };

}  // namespace

ExperimentsPanel::ExperimentsPanel(QWidget* parent) : QWidget(parent) {
    controller_ = new ExperimentController(this);
    model_ = new ExperimentModel(this);
    paired_ = new PairedDifferenceModel(this);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* gridHost = new QWidget;
    buildGrid(gridHost);
    split->addWidget(verticalScrollArea(gridHost));

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("experimentTabs"));
    // Results: groups and paired differences.
    auto* results = new QSplitter(Qt::Vertical);
    table_ = new QTableView;
    table_->setObjectName(QStringLiteral("resultsTable"));
    table_->setModel(model_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->setToolTip(
        tr("One row per group of runs (every setting but the seed); double-click a "
           "row to list its runs and open one"));
    connect(table_, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { showGroupRuns(index.row()); });
    pairedTable_ = new QTableView;
    pairedTable_->setObjectName(QStringLiteral("pairedTable"));
    pairedTable_->setModel(paired_);
    pairedTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    pairedTable_->verticalHeader()->hide();
    pairedTable_->setToolTip(
        tr("Paired differences between architectures over the seeds both ran (same data and "
           "split per seed): a confidence interval that excludes 0 is a difference that holds"));
    results->addWidget(table_);
    results->addWidget(pairedTable_);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 1);
    tabs->addTab(results, tr("Results"));

    // The plot.
    auto* plotHost = new QWidget;
    auto* plotLayout = new QVBoxLayout(plotHost);
    plotLayout->setContentsMargins(0, 0, 0, 0);
    auto* plotRow = new QHBoxLayout;
    plotKind_ = new QComboBox;
    plotKind_->setObjectName(QStringLiteral("plotKind"));
    plotKind_->setToolTip(
        tr("What the plot shows against the swept data parameter: a test "
           "metric, or how differently the tasks' gates use the experts"));
    plotKind_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* plotLabel = new QLabel(tr("&Show:"));
    plotLabel->setBuddy(plotKind_);
    plotRow->addWidget(plotLabel);
    plotRow->addWidget(plotKind_);
    plotRow->addStretch(1);
    plotLayout->addLayout(plotRow);
    chart_ = new QChart;
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->setMargins(QMargins(4, 4, 4, 4));
    chartView_ = new QChartView(chart_);
    chartView_->setObjectName(QStringLiteral("experimentChart"));
    chartView_->setRenderHint(QPainter::Antialiasing);
    chartView_->setMinimumSize(320, 220);
    chartView_->setToolTip(
        tr("One line per architecture at its setting chosen by validation, "
           "with its 95% confidence interval shaded"));
    plotLayout->addWidget(chartView_, 1);
    tabs->addTab(plotHost, tr("Plot"));
    connect(plotKind_, &QComboBox::currentIndexChanged, this, [this] { rebuildPlot(); });

    split->addWidget(tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(controller_, &ExperimentController::runFinished, this, &ExperimentsPanel::onRun);
    connect(controller_, &ExperimentController::progress, this, &ExperimentsPanel::onProgress);
    connect(controller_, &ExperimentController::finished, this, &ExperimentsPanel::onFinished);
    connect(controller_, &ExperimentController::failed, this, &ExperimentsPanel::onFailed);
    connect(controller_, &ExperimentController::runOpened, this,
            [this](const mtl::RunRecord& record) {
                mtl::RunRecord r = record;
                if (!openingName_.isEmpty()) r.name = openingName_.toStdString();
                opening_ = -1;
                status_->setText(tr("Run opened: %1").arg(QString::fromStdString(r.name)));
                updateButtons();
                emit runOpened(r);
            });
    updateDataControls();
    refreshList();
}

ExperimentsPanel::~ExperimentsPanel() = default;

void ExperimentsPanel::buildGrid(QWidget* host) {
    auto* v = new QVBoxLayout(host);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    list_ = new QComboBox;
    list_->setObjectName(QStringLiteral("experimentList"));
    list_->setToolTip(tr("The experiments of this project; the results show the one chosen here"));
    connect(list_, &QComboBox::currentIndexChanged, this, [this] {
        refreshResults();
        updateButtons();
    });
    delete_ = new QPushButton(tr("Delete"));
    delete_->setObjectName(QStringLiteral("deleteExperiment"));
    delete_->setToolTip(tr("Remove the chosen experiment and its results from the project"));
    connect(delete_, &QPushButton::clicked, this, &ExperimentsPanel::deleteExperiment);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(list_, 1);
    listRow->addWidget(delete_);
    form->addRow(tr("E&xperiment:"), listRow);
    qobject_cast<QLabel*>(form->labelForField(listRow))->setBuddy(list_);

    v->addLayout(form);
    v->addWidget(sectionHeading(tr("New experiment")));
    auto* grid = new QFormLayout;
    grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    name_ = new QLineEdit;
    name_->setObjectName(QStringLiteral("experimentName"));
    name_->setPlaceholderText(tr("Experiment %1").arg(1));
    name_->setToolTip(tr("A name for the new experiment (empty: numbered)"));
    grid->addRow(tr("&Name:"), name_);

    archs_ = new QListWidget;
    archs_->setObjectName(QStringLiteral("architectures"));
    archs_->setToolTip(
        tr("The architectures to compare: tick one or more templates, or the "
           "graph being edited"));
    for (const mtl::TemplateInfo& t : mtl::templateList()) {
        auto* item = new QListWidgetItem(coreText(t.displayName), archs_);
        item->setData(Qt::UserRole, QString::fromStdString(t.key));
        item->setToolTip(coreText(t.description));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(t.key == "mmoe" || t.key == "omoe" || t.key == "shared_bottom"
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    {
        auto* item = new QListWidgetItem(tr("Current graph"), archs_);
        item->setData(Qt::UserRole, QString::fromLatin1(kCurrentGraph));
        item->setToolTip(tr("The graph in the editor, as it is when the experiment starts"));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    archs_->setMinimumHeight(archs_->sizeHintForRow(0) * 6 + 4);
    grid->addRow(tr("&Architectures:"), archs_);

    dataKind_ = new QComboBox;
    dataKind_->setObjectName(QStringLiteral("dataKind"));
    dataKind_->addItem(tr("Synthetic (sweep task correlation p)"), QStringLiteral("synthetic"));
    dataKind_->addItem(tr("Census-income (groups)"), QStringLiteral("census"));
    dataKind_->setToolTip(
        tr("The data of every run: the MMoE paper's synthetic generator, whose "
           "task correlation is swept, or census-income"));
    connect(dataKind_, &QComboBox::currentIndexChanged, this,
            &ExperimentsPanel::updateDataControls);
    grid->addRow(tr("&Data:"), dataKind_);

    correlations_ = new QLineEdit(QStringLiteral("0.5, 0.9, 1.0"));
    correlations_->setObjectName(QStringLiteral("correlations"));
    correlations_->setToolTip(
        tr("Task correlations p to sweep, a comma-separated list of numbers from -1 to 1"));
    correlationsLabel_ = new QLabel(tr("Correlations &p:"));
    correlationsLabel_->setBuddy(correlations_);
    grid->addRow(correlationsLabel_, correlations_);

    rows_ = new IntSpinBox;
    rows_->setObjectName(QStringLiteral("trainRows"));
    rows_->setRange(2, 100000000);
    rows_->setValue(10000);
    rows_->setToolTip(tr("Synthetic training rows per run (validation and test: 2,000 each)"));
    rowsLabel_ = new QLabel(tr("Training &rows:"));
    rowsLabel_->setBuddy(rows_);
    grid->addRow(rowsLabel_, rows_);

    groups_ = new QLineEdit(QStringLiteral("1"));
    groups_->setObjectName(QStringLiteral("censusGroups"));
    groups_->setToolTip(
        tr("Census-income task groups: 1 (income, marital status), 2 "
           "(education, marital status), or both: 1, 2"));
    groupsLabel_ = new QLabel(tr("&Groups:"));
    groupsLabel_->setBuddy(groups_);
    grid->addRow(groupsLabel_, groups_);

    lrs_ = new QLineEdit(QStringLiteral("1e-3"));
    lrs_->setObjectName(QStringLiteral("learningRates"));
    lrs_->setToolTip(
        tr("Learning rates, a comma-separated list (e.g. 1e-4, 1e-3, 1e-2); with "
           "several, each architecture's is chosen by validation"));
    grid->addRow(tr("&Learning rates:"), lrs_);

    seeds_ = new IntSpinBox;
    seeds_->setObjectName(QStringLiteral("seeds"));
    seeds_->setRange(1, 100000);
    seeds_->setValue(5);
    seeds_->setToolTip(
        tr("Runs per cell (seeds 1 to N): the confidence intervals need at least 2"));
    grid->addRow(tr("&Seeds:"), seeds_);

    epochs_ = new IntSpinBox;
    epochs_->setObjectName(QStringLiteral("epochs"));
    epochs_->setRange(1, 1000000);
    epochs_->setValue(10);
    epochs_->setToolTip(tr("Epochs of every run (the best validation epoch's weights are kept)"));
    grid->addRow(tr("&Epochs:"), epochs_);
    QLabel* refusal = refusalLabel();
    for (IntSpinBox* box : {rows_, seeds_, epochs_}) box->setMessageLabel(refusal);
    v->addLayout(grid);
    v->addWidget(refusal);

    auto* buttons = new QHBoxLayout;
    run_ = new QPushButton(tr("Run"));
    run_->setObjectName(QStringLiteral("runExperiment"));
    run_->setToolTip(tr("Check the grid and run it as a new experiment, one run per core"));
    cancel_ = new QPushButton(tr("Cancel"));
    cancel_->setObjectName(QStringLiteral("cancelExperiment"));
    cancel_->setToolTip(tr("Stop the experiment; the runs that finished are kept"));
    resume_ = new QPushButton(tr("Resume"));
    resume_->setObjectName(QStringLiteral("resumeExperiment"));
    resume_->setToolTip(tr("Run the cells of the chosen experiment that have not finished"));
    connect(run_, &QPushButton::clicked, this, &ExperimentsPanel::runGrid);
    connect(cancel_, &QPushButton::clicked, this, &ExperimentsPanel::cancelExperiment);
    connect(resume_, &QPushButton::clicked, this, &ExperimentsPanel::resumeExperiment);
    buttons->addWidget(run_);
    buttons->addWidget(cancel_);
    buttons->addWidget(resume_);
    v->addLayout(buttons);

    progress_ = new QProgressBar;
    progress_->setObjectName(QStringLiteral("experimentProgress"));
    progress_->setToolTip(tr("Runs finished of the runs this session set out to do"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    v->addWidget(progress_);
    status_ = new QLabel;
    status_->setObjectName(QStringLiteral("experimentStatus"));
    status_->setWordWrap(true);
    status_->setToolTip(tr("Progress and time left of the running experiment"));
    v->addWidget(status_);
    message_ = refusalLabel();
    message_->setObjectName(QStringLiteral("experimentMessage"));
    message_->setWordWrap(true);
    message_->setToolTip(tr("Why the grid was refused or the experiment failed"));
    v->addWidget(message_);
    v->addStretch(1);
}

void ExperimentsPanel::setGraphProvider(std::function<mtl::Graph()> provider) {
    graphProvider_ = std::move(provider);
}

void ExperimentsPanel::updateDataControls() {
    const bool synthetic = dataKind_->currentData().toString() == QLatin1String("synthetic");
    for (QWidget* w :
         {static_cast<QWidget*>(correlations_), static_cast<QWidget*>(rows_),
          static_cast<QWidget*>(correlationsLabel_), static_cast<QWidget*>(rowsLabel_)})
        w->setVisible(synthetic);
    groups_->setVisible(!synthetic);
    groupsLabel_->setVisible(!synthetic);
}

std::vector<std::pair<std::string, std::string>> ExperimentsPanel::gridEntries() const {
    std::vector<std::pair<std::string, std::string>> e;
    std::string archs;
    for (int i = 0; i < archs_->count(); ++i) {
        const QListWidgetItem* item = archs_->item(i);
        if (item->checkState() != Qt::Checked) continue;
        if (!archs.empty()) archs += ",";
        archs += item->data(Qt::UserRole).toString().toStdString();
    }
    e.emplace_back("arch", archs);  // empty: refused by the parser ("arch: needs a value")
    const std::string kind = dataKind_->currentData().toString().toStdString();
    e.emplace_back("data", kind);
    if (kind == "synthetic") {
        e.emplace_back("p", correlations_->text().trimmed().toStdString());
        e.emplace_back("n-train", std::to_string(rows_->value()));
    } else {
        e.emplace_back("group", groups_->text().trimmed().toStdString());
    }
    e.emplace_back("lr", lrs_->text().trimmed().toStdString());
    e.emplace_back("seeds", std::to_string(seeds_->value()));
    e.emplace_back("epochs", std::to_string(epochs_->value()));
    return e;
}

QString ExperimentsPanel::message() const { return message_->text(); }

void ExperimentsPanel::showMessage(const QString& text) {
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

bool ExperimentsPanel::runGrid() {
    if (controller_->isActive()) return false;
    std::vector<std::pair<std::string, std::string>> entries = gridEntries();
    // The graph being edited goes to a file the spec names (kept: the experiment's runs can be
    // opened again later).
    for (auto& [name, value] : entries) {
        if (name != "arch" || value.find(kCurrentGraph) == std::string::npos) continue;
        if (!graphProvider_) {
            showMessage(tr("The grid is refused: there is no current graph."));
            return false;
        }
        const QString dir =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/experiments";
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(
            QStringLiteral("graph-%1.mtlgraph")
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)));
        try {
            mtl::saveGraphFile(file.toStdString(), graphProvider_());
        } catch (const std::exception& ex) {
            showMessage(tr("The grid is refused: %1").arg(QString::fromStdString(ex.what())));
            return false;
        }
        const size_t at = value.find(kCurrentGraph);
        value.replace(at, std::string(kCurrentGraph).size(), "graph:" + file.toStdString());
    }
    size_t cells = 0;
    try {
        cells = mtl::exp::parseExperiment(entries).cellCount();
    } catch (const std::exception& ex) {
        showMessage(tr("The grid is refused: %1").arg(QString::fromStdString(ex.what())));
        return false;
    }
    showMessage({});
    mtl::exp::ExperimentRecord record;
    const QString name = name_->text().trimmed();
    record.name =
        (name.isEmpty() ? tr("Experiment %1").arg(records_.size() + 1) : name).toStdString();
    record.entries = entries;
    record.cells = cells;
    records_.push_back(record);
    active_ = static_cast<int>(records_.size()) - 1;
    refreshList();
    setCurrentExperiment(active_);
    if (!controller_->start(records_.back(), workers_)) {
        active_ = -1;
        return false;
    }
    progress_->setRange(0, static_cast<int>(cells));
    progress_->setValue(0);
    status_->setText(tr("Starting %n run(s)…", nullptr, static_cast<int>(cells)));
    updateButtons();
    emit experimentsChanged();
    return true;
}

bool ExperimentsPanel::resumeExperiment() {
    const int index = currentExperiment();
    if (controller_->isActive() || index < 0 || records_[size_t(index)].complete()) return false;
    showMessage({});
    active_ = index;
    if (!controller_->start(records_[size_t(index)], workers_)) {
        active_ = -1;
        return false;
    }
    const auto& r = records_[size_t(index)];
    progress_->setRange(0, static_cast<int>(r.cells - std::min(r.cells, r.runs.size())));
    progress_->setValue(0);
    status_->setText(tr("Resuming: %1 of %2 runs done").arg(r.runs.size()).arg(r.cells));
    updateButtons();
    return true;
}

void ExperimentsPanel::cancelExperiment() {
    if (!controller_->isActive()) return;
    controller_->cancel();
    status_->setText(tr("Cancelling…"));
    cancel_->setEnabled(false);
}

void ExperimentsPanel::deleteExperiment() {
    const int index = currentExperiment();
    if (index < 0 || index == active_ || controller_->isActive()) return;
    records_.erase(records_.begin() + index);
    refreshList();
    emit experimentsChanged();
}

void ExperimentsPanel::onRun(const mtl::exp::RunSummary& run) {
    if (active_ < 0 || active_ >= static_cast<int>(records_.size())) return;
    mtl::exp::addRun(records_[size_t(active_)], run);
    if (active_ == currentExperiment()) refreshResults();
}

void ExperimentsPanel::onProgress(int done, int pending, double elapsed, double eta) {
    progress_->setRange(0, std::max(1, pending));
    progress_->setValue(done);
    status_->setText(tr("%1 of %2 runs, %3 elapsed, %4 left")
                         .arg(done)
                         .arg(pending)
                         .arg(formatSeconds(elapsed), formatSeconds(eta)));
}

void ExperimentsPanel::onFinished(bool complete, bool cancelled) {
    const int index = active_;
    active_ = -1;
    updateButtons();
    // A sweep of experiments no longer shown (a project opened meanwhile): nothing changed.
    if (index < 0 || index >= static_cast<int>(records_.size())) return;
    {
        const auto& r = records_[size_t(index)];
        if (complete)
            status_->setText(tr("Finished: %n run(s).", nullptr, static_cast<int>(r.runs.size())));
        else if (cancelled)
            status_->setText(tr("Cancelled after %1 of %2 runs; Resume continues.")
                                 .arg(r.runs.size())
                                 .arg(r.cells));
    }
    updateButtons();
    refreshList();
    emit experimentsChanged();
}

void ExperimentsPanel::onFailed(const QString& message) {
    if (opening_ >= 0) {
        opening_ = -1;
        showMessage(tr("The run could not be opened: %1").arg(message));
        updateButtons();
        return;
    }
    const int index = active_;
    active_ = -1;
    showMessage(tr("The experiment failed: %1").arg(message));
    status_->clear();
    updateButtons();
    if (index < 0 || index >= static_cast<int>(records_.size())) return;
    // Nothing ran: the experiment is not kept.
    if (records_[size_t(index)].runs.empty()) {
        records_.erase(records_.begin() + index);
        refreshList();
    }
    updateButtons();
    emit experimentsChanged();
}

void ExperimentsPanel::setExperiments(const std::vector<mtl::exp::ExperimentRecord>& list) {
    if (controller_->isActive()) controller_->cancel();
    // Messages of a cancelled sweep that still arrive have no experiment to go to.
    active_ = -1;
    opening_ = -1;
    records_ = list;
    refreshList();
    setCurrentExperiment(static_cast<int>(records_.size()) - 1);
    status_->clear();
    showMessage({});
}

bool ExperimentsPanel::setGrid(const QString& name,
                               const std::vector<std::pair<std::string, std::string>>& entries,
                               QString* error) {
    auto refuse = [&](const std::string& entry) {
        if (error)
            *error = tr("The grid cannot show the entry '%1'.").arg(QString::fromStdString(entry));
        return false;
    };
    // Checked first: nothing changes when an entry is refused.
    QStringList archKeys;
    int seeds = -1, epochs = -1, rows = -1, kind = -1;
    for (const auto& [key, value] : entries) {
        const QString v = QString::fromStdString(value).trimmed();
        bool ok = true;
        if (key == "arch") {
            for (const QString& a : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool found = false;
                for (int i = 0; i < archs_->count(); ++i)
                    found = found || archs_->item(i)->data(Qt::UserRole).toString() == a.trimmed();
                if (!found) return refuse(key + "=" + value);
                archKeys << a.trimmed();
            }
        } else if (key == "data") {
            kind = dataKind_->findData(v);
            ok = kind >= 0;
        } else if (key == "seeds") {
            seeds = v.toInt(&ok);
            ok = ok && seeds >= seeds_->minimum() && seeds <= seeds_->maximum();
        } else if (key == "epochs") {
            epochs = v.toInt(&ok);
            ok = ok && epochs >= epochs_->minimum() && epochs <= epochs_->maximum();
        } else if (key == "n-train") {
            rows = v.toInt(&ok);
            ok = ok && rows >= rows_->minimum() && rows <= rows_->maximum();
        } else if (key != "p" && key != "group" && key != "lr") {
            ok = false;
        }
        if (!ok) return refuse(key + "=" + value);
    }
    name_->setText(name);
    for (const auto& [key, value] : entries) {
        const QString v = QString::fromStdString(value).trimmed();
        if (key == "p") correlations_->setText(v);
        if (key == "group") groups_->setText(v);
        if (key == "lr") lrs_->setText(v);
    }
    if (!archKeys.isEmpty())
        for (int i = 0; i < archs_->count(); ++i) {
            QListWidgetItem* item = archs_->item(i);
            item->setCheckState(archKeys.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
    if (kind >= 0) dataKind_->setCurrentIndex(kind);
    if (seeds > 0) seeds_->setValue(seeds);
    if (epochs > 0) epochs_->setValue(epochs);
    if (rows > 0) rows_->setValue(rows);
    showMessage({});
    return true;
}

void ExperimentsPanel::addExperiment(const mtl::exp::ExperimentRecord& record) {
    records_.push_back(record);
    refreshList();
    setCurrentExperiment(static_cast<int>(records_.size()) - 1);
    emit experimentsChanged();
}

void ExperimentsPanel::showPlot(Plot plot) {
    const int choice = plot == Plot::GateDivergence          ? int(PlotJs)
                       : plot == Plot::ExampleGateDivergence ? int(PlotExampleJs)
                                                             : int(PlotScore);
    const int at = plotKind_->findData(choice);
    if (at >= 0) plotKind_->setCurrentIndex(at);
    if (auto* tabs = findChild<QTabWidget*>(QStringLiteral("experimentTabs")))
        tabs->setCurrentIndex(1);
}

int ExperimentsPanel::currentExperiment() const { return list_->currentIndex(); }

void ExperimentsPanel::setCurrentExperiment(int index) {
    list_->setCurrentIndex(index);
    refreshResults();
    updateButtons();
}

void ExperimentsPanel::refreshList() {
    const int keep = list_->currentIndex();
    {
        const QSignalBlocker quiet(list_);
        list_->clear();
        for (const auto& r : records_) {
            const QString state = r.complete()
                                      ? tr("%n run(s)", nullptr, int(r.runs.size()))
                                      : tr("%1 of %2 runs").arg(r.runs.size()).arg(r.cells);
            list_->addItem(tr("%1 (%2)").arg(QString::fromStdString(r.name), state));
        }
        list_->setCurrentIndex(std::min(keep, list_->count() - 1));
        if (list_->currentIndex() < 0 && list_->count()) list_->setCurrentIndex(list_->count() - 1);
    }
    refreshResults();
    updateButtons();
}

void ExperimentsPanel::updateButtons() {
    const bool busy = controller_->isActive();
    const int index = currentExperiment();
    run_->setEnabled(!busy);
    cancel_->setEnabled(busy && active_ >= 0);
    resume_->setEnabled(!busy && index >= 0 && !records_[size_t(index)].complete());
    delete_->setEnabled(!busy && index >= 0);
    list_->setEnabled(records_.size() > 0);
}

void ExperimentsPanel::refreshResults() {
    const int index = currentExperiment();
    static const std::vector<mtl::exp::RunSummary> none;
    const auto& runs = index >= 0 && index < static_cast<int>(records_.size())
                           ? records_[size_t(index)].runs
                           : none;
    model_->setRuns(runs);
    paired_->setRuns(runs);
    table_->resizeColumnsToContents();
    pairedTable_->resizeColumnsToContents();
    // The plot's choices: the score, each task, gate divergence (kept across refreshes).
    const QVariant keep = plotKind_->currentData();
    {
        const QSignalBlocker quiet(plotKind_);
        plotKind_->clear();
        const bool auc = !runs.empty() && runs.front().higherIsBetter();
        plotKind_->addItem(
            auc ? tr("Test AUC (mean over tasks)") : tr("Test loss (mean over tasks)"),
            int(PlotScore));
        if (!runs.empty())
            for (size_t t = 0; t < runs.front().tasks.size(); ++t) {
                const auto& task = runs.front().tasks[t];
                plotKind_->addItem(tr("Test %1 of %2")
                                       .arg(task.binary ? tr("AUC") : tr("MSE"),
                                            QString::fromStdString(task.task)),
                                   int(t));
            }
        plotKind_->addItem(tr("Gate divergence (JS of mean gates)"), int(PlotJs));
        plotKind_->addItem(tr("Gate divergence (per-example JS)"), int(PlotExampleJs));
        const int at = plotKind_->findData(keep);
        plotKind_->setCurrentIndex(at >= 0 ? at : 0);
    }
    rebuildPlot();
}

void ExperimentsPanel::rebuildPlot() {
    chart_->removeAllSeries();
    for (QAbstractAxis* axis : chart_->axes()) {
        chart_->removeAxis(axis);
        delete axis;
    }
    const int index = currentExperiment();
    if (index < 0 || index >= static_cast<int>(records_.size()) ||
        records_[size_t(index)].runs.empty()) {
        chart_->setTitle(tr("No results yet"));
        return;
    }
    const auto& runs = records_[size_t(index)].runs;
    const int choice = plotKind_->currentData().toInt();
    const std::vector<mtl::exp::Selection> selections = mtl::exp::selectByValidation(runs);

    // x: the synthetic correlation, else the data setting's position.
    std::vector<std::string> dataOrder;
    for (const auto& s : selections)
        if (std::find(dataOrder.begin(), dataOrder.end(), s.data) == dataOrder.end())
            dataOrder.push_back(s.data);
    bool byP = true;
    for (const std::string& d : dataOrder) byP = byP && std::isfinite(mtl::exp::dataCorrelation(d));
    const auto xOf = [&](const std::string& d) {
        return byP ? mtl::exp::dataCorrelation(d)
                   : double(std::find(dataOrder.begin(), dataOrder.end(), d) - dataOrder.begin());
    };

    std::vector<std::string> archOrder;
    std::map<std::string, std::vector<std::pair<double, mtl::exp::Stat>>> points;
    std::map<std::string, QString> names;  // per line: the method as shown
    for (const auto& s : selections) {
        mtl::exp::Stat stat;
        if (choice == PlotScore) {
            stat = s.chosen.testScore;
        } else if (choice == PlotJs || choice == PlotExampleJs) {
            std::vector<double> v;
            for (const auto& r : runs)
                if (r.group == s.chosen.group)
                    v.push_back(choice == PlotJs ? r.meanJs : r.meanExampleJs);
            stat = mtl::exp::describe(v);
        } else if (choice >= 0 && size_t(choice) < s.chosen.test.size()) {
            stat = s.chosen.test[size_t(choice)];
        } else {
            continue;
        }
        if (stat.n == 0) continue;
        // One line per compared method: the architecture with its loss weighting.
        const std::string key = s.arch + '\n' + s.weighting;
        if (!points.count(key)) {
            archOrder.push_back(key);
            names[key] = ExperimentModel::methodName(s.arch, s.weighting);
        }
        points[key].push_back({xOf(s.data), stat});
    }
    chart_->setTitle(plotKind_->currentText());
    if (points.empty()) {
        chart_->setTitle(tr("%1: no values (a model without gates has no gate divergence)")
                             .arg(plotKind_->currentText()));
        return;
    }
    auto* xAxis = new QValueAxis;
    auto* yAxis = new QValueAxis;
    xAxis->setTitleText(byP ? tr("Task correlation p") : tr("Data setting"));
    yAxis->setTitleText(plotKind_->currentText());
    chart_->addAxis(xAxis, Qt::AlignBottom);
    chart_->addAxis(yAxis, Qt::AlignLeft);
    double xMin = std::numeric_limits<double>::infinity(), xMax = -xMin, yMin = xMin, yMax = -xMin;
    int colour = 0;
    for (const std::string& arch : archOrder) {
        auto& pts = points[arch];
        std::sort(pts.begin(), pts.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        const QColor c = chartstyle::seriesColor(colour++);
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        auto* mean = new QLineSeries;
        mean->setName(names[arch]);
        for (const auto& [x, s] : pts) {
            const bool ci = s.n >= 2 && std::isfinite(s.half);
            const double lo = ci ? s.lo : s.mean, hi = ci ? s.hi : s.mean;
            upper->append(x, hi);
            lower->append(x, lo);
            mean->append(x, s.mean);
            xMin = std::min(xMin, x);
            xMax = std::max(xMax, x);
            yMin = std::min(yMin, lo);
            yMax = std::max(yMax, hi);
        }
        auto* band = new QAreaSeries(upper, lower);
        // A QAreaSeries does not own its boundary series: the band does, so that removing the
        // band from the chart (which deletes it) deletes them too.
        upper->setParent(band);
        lower->setParent(band);
        band->setName(tr("%1 95% CI").arg(mean->name()));
        QColor fill = c;
        fill.setAlpha(45);
        band->setBrush(fill);
        QColor edge = c;
        edge.setAlpha(90);
        band->setPen(QPen(edge, 1, Qt::DotLine));
        chart_->addSeries(band);
        band->attachAxis(xAxis);
        band->attachAxis(yAxis);
        mean->setPen(chartstyle::seriesPen(c, Qt::SolidLine, 2.5));
        mean->setPointsVisible(true);
        chart_->addSeries(mean);
        mean->attachAxis(xAxis);
        mean->attachAxis(yAxis);
        for (QLegendMarker* m : chart_->legend()->markers(band)) m->setVisible(false);
    }
    const double xPad = xMax > xMin ? (xMax - xMin) * 0.05 : 0.5;
    const double yPad = yMax > yMin ? (yMax - yMin) * 0.08 : std::max(1e-6, std::abs(yMax) * 0.05);
    xAxis->setRange(xMin - xPad, xMax + xPad);
    // Losses, AUCs and divergences are never negative: a CI reaching below 0 is cut at the axis.
    yAxis->setRange(yMin >= 0 ? std::max(0.0, yMin - yPad) : yMin - yPad, yMax + yPad);
    yAxis->applyNiceNumbers();
    if (yMin < 0 && yAxis->min() < 0 && yMax > 0) {
        bool nonNegative = true;
        for (const auto& [arch, pts] : points)
            for (const auto& [x, s] : pts) nonNegative = nonNegative && s.min >= 0;
        if (nonNegative) {
            yAxis->setMin(0);
            yAxis->applyNiceNumbers();
        }
    }
    // Ticks on round values of p (or on the data settings' positions).
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(0);
    xAxis->setTickInterval(byP ? chartstyle::niceCeil(std::max(xMax - xMin, 0.1) / 6) : 1.0);
    xAxis->setLabelFormat(byP ? QStringLiteral("%.3g") : QStringLiteral("%d"));
    yAxis->setLabelFormat(QStringLiteral("%.3g"));
}

QDialog* ExperimentsPanel::showGroupRuns(int row) {
    const int index = currentExperiment();
    if (index < 0 || row < 0 || row >= static_cast<int>(model_->groups().size())) return nullptr;
    const mtl::exp::ExperimentRecord record = records_[size_t(index)];
    const mtl::exp::GroupStats group = model_->groups()[size_t(row)];
    std::vector<mtl::exp::RunSummary> runs;
    for (const auto& r : record.runs)
        if (r.group == group.group) runs.push_back(r);

    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("experimentRunsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Runs of %1, %2")
                               .arg(ExperimentModel::methodName(group.arch, group.weighting),
                                    QString::fromStdString(group.data)));
    auto* v = new QVBoxLayout(dialog);
    auto* table = new QTableWidget(static_cast<int>(runs.size()),
                                   3 + static_cast<int>(group.tasks.size()), dialog);
    table->setObjectName(QStringLiteral("groupRuns"));
    QStringList headers{tr("Seed")};
    for (size_t t = 0; t < group.tasks.size(); ++t)
        headers << tr("%1 %2").arg(QString::fromStdString(group.tasks[t]),
                                   group.higherIsBetter[t] ? tr("AUC") : tr("MSE"));
    headers << tr("Validation score") << tr("Status");
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setToolTip(tr("The runs of this group, one per seed (test metrics)"));
    for (int i = 0; i < static_cast<int>(runs.size()); ++i) {
        const auto& r = runs[size_t(i)];
        int c = 0;
        table->setItem(i, c++, new QTableWidgetItem(QString::number(r.seed)));
        for (size_t t = 0; t < group.tasks.size(); ++t)
            table->setItem(
                i, c++,
                new QTableWidgetItem(t < r.tasks.size() ? chartstyle::formatNumber(r.testMetric(t))
                                                        : QString()));
        table->setItem(i, c++, new QTableWidgetItem(chartstyle::formatNumber(r.validScore())));
        table->setItem(i, c++,
                       new QTableWidgetItem(r.ok ? tr("ok") : QString::fromStdString(r.reason)));
    }
    table->resizeColumnsToContents();
    if (!runs.empty()) table->selectRow(0);
    v->addWidget(table);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* open = box->addButton(tr("Open Run"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openRun"));
    open->setToolTip(
        tr("Train the selected run again (the same result: its seed fixes it) with "
           "its curves, gates and weights, and add it to the Runs list"));
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(open, &QPushButton::clicked, dialog, [this, dialog, table, runs, record, index] {
        const int r = table->currentRow();
        if (r < 0 || r >= static_cast<int>(runs.size())) return;
        if (controller_->isActive()) {
            showMessage(tr("An experiment is running: open the run when it has finished."));
            return;
        }
        opening_ = index;
        const auto& run = runs[size_t(r)];
        openingName_ = tr("%1: %2, %3, seed %4")
                           .arg(QString::fromStdString(record.name),
                                ExperimentModel::methodName(run.arch, run.weighting),
                                QString::fromStdString(run.data))
                           .arg(run.seed);
        if (controller_->openRun(record, run.index)) {
            status_->setText(tr("Opening the run of seed %1…").arg(runs[size_t(r)].seed));
            updateButtons();
        }
        dialog->accept();
    });
    v->addWidget(box);
    dialog->resize(560, 320);
    dialog->show();
    return dialog;
}

}  // namespace mtl::ui
