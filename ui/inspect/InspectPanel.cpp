#include "inspect/InspectPanel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <chrono>
#include <cmath>

#include "CoreText.h"
#include "dashboard/ChartStyle.h"
#include "data/DataSpec.h"
#include "inspect/GateMap.h"
#include "inspect/MatrixView.h"
#include "io/Archive.h"
#include "nn/Model.h"
#include "train/Inspect.h"
#include "train/RunHistory.h"
#include "widgets/FlowLayout.h"

namespace mtl::ui {

namespace cs = chartstyle;

// The loaded data of the last inspection, kept for the next one of the same data.
struct InspectPanel::Cache {
    QString key;
    mtl::DataSplits data;
    mtl::FeatureEncoding encoding;
};

struct InspectPanel::Result {
    bool ok = false;
    QString error;
    std::shared_ptr<Cache> cache;
    std::unique_ptr<mtl::Model> model;
    mtl::GateInspection inspection;
    double loadSeconds = 0;
    bool loaded = false;  // the data was loaded for this inspection (not kept from the last)
};

namespace {

// Census-income takes seconds to load: kept for the next inspection of the same configuration.
// Other data (generated, or a CSV file that may have changed) is loaded again: an empty key.
QString dataKey(const mtl::DataSpec& spec) {
    if (spec.kind != mtl::DataSpec::Kind::Census) return QString();
    const mtl::CensusConfig& c = spec.census;
    return QStringLiteral("census|%1|%2|%3|%4|%5")
        .arg(QString::fromStdString(c.dir))
        .arg(c.group)
        .arg(c.seed)
        .arg(c.maxTrainRows)
        .arg(c.maxTestRows);
}

// A tower's output: its values when there are a few (a logit), else their count and norm.
QString towerText(const Eigen::VectorXd& v) {
    if (v.size() > 4)
        return InspectPanel::tr("tower output: %n values, norm %1", nullptr,
                                static_cast<int>(v.size()))
            .arg(cs::formatNumber(v.norm()));
    QStringList values;
    for (Eigen::Index i = 0; i < v.size(); ++i) values << cs::formatNumber(v(i));
    return InspectPanel::tr("tower output: %1").arg(values.join(QStringLiteral(", ")));
}

QString shortName(const std::string& expert) {
    const size_t dot = expert.rfind('.');
    return QString::fromStdString(dot == std::string::npos ? expert : expert.substr(dot + 1));
}

}  // namespace

InspectPanel::InspectPanel(RunHistory* history, QWidget* parent)
    : QWidget(parent), history_(history) {
    auto* top = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    runs_ = new QComboBox(this);
    runs_->setObjectName(QStringLiteral("inspectRun"));
    runs_->setToolTip(tr("The run to inspect: a finished run that kept its weights"));
    runs_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    runs_->setMinimumContentsLength(12);
    column_ = new QComboBox(this);
    column_->setObjectName(QStringLiteral("inspectColumn"));
    column_->setToolTip(
        tr("Slice the validation rows by this column: a task's label, a feature, or a column "
           "that is not a model input (census-income: education, marital stat)"));
    column_->setMinimumContentsLength(8);
    column_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bins_ = new QSpinBox(this);
    bins_->setRange(1, 20);
    bins_->setValue(4);
    bins_->setToolTip(tr("Quantile bins of a numeric column"));
    inspect_ = new QPushButton(tr("Inspect"), this);
    inspect_->setObjectName(QStringLiteral("inspectButton"));
    inspect_->setToolTip(tr("Inspect the run's gates and experts on the validation split"));
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setEnabled(false);
    // Two rows, so that the dock stays narrow enough for a 1024x768 screen.
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(new QLabel(tr("Run:"), this));
    runRow->addWidget(runs_, 1);
    top->addLayout(runRow);
    controls->addWidget(new QLabel(tr("Slice by:"), this));
    controls->addWidget(column_, 1);
    controls->addWidget(new QLabel(tr("Bins:"), this));
    controls->addWidget(bins_);
    controls->addWidget(inspect_);
    controls->addWidget(cancel_);
    top->addLayout(controls);
    auto* line = new QHBoxLayout;
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 100);
    progress_->setVisible(false);
    progress_->setMaximumWidth(200);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("inspectStatus"));
    status_->setWordWrap(true);
    line->addWidget(progress_);
    line->addWidget(status_, 1);
    top->addLayout(line);

    tabs_ = new QTabWidget(this);
    top->addWidget(tabs_, 1);

    // Slices
    auto* slices = new QWidget(this);
    auto* sl = new QVBoxLayout(slices);
    slicesArea_ = new QScrollArea(slices);
    slicesArea_->setWidgetResizable(true);
    dependence_ = new QLabel(slices);
    dependence_->setWordWrap(true);
    dependence_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sl->addWidget(slicesArea_, 1);
    sl->addWidget(dependence_);
    tabs_->addTab(slices, tr("Slices"));

    // Map
    auto* mapPage = new QWidget(this);
    auto* ml = new QVBoxLayout(mapPage);
    auto* mapControls = new QHBoxLayout;
    mapGate_ = new QComboBox(mapPage);
    mapGate_->setToolTip(tr("The gate whose per-example weights are projected"));
    mapColor_ = new QComboBox(mapPage);
    mapColor_->setToolTip(tr("What colours the dots"));
    for (QComboBox* box : {mapGate_, mapColor_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    mapControls->addWidget(new QLabel(tr("Gate:"), mapPage));
    mapControls->addWidget(mapGate_, 1);
    mapControls->addWidget(new QLabel(tr("Colour by:"), mapPage));
    mapControls->addWidget(mapColor_, 1);
    ml->addLayout(mapControls);
    auto* split = new QSplitter(Qt::Horizontal, mapPage);
    map_ = new GateMap(split);
    map_->setToolTip(tr("Drag a rectangle to select examples; click a dot to follow its example"));
    auto* side = new QWidget(split);
    auto* sidel = new QVBoxLayout(side);
    sidel->setContentsMargins(0, 0, 0, 0);
    brushSummary_ = new QLabel(tr("Drag a rectangle on the map to select examples."), side);
    brushSummary_->setWordWrap(true);
    brushSummary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    brushList_ = new QListWidget(side);
    brushList_->setToolTip(tr("Double-click a row to follow it through the model"));
    sidel->addWidget(brushSummary_);
    sidel->addWidget(brushList_, 1);
    split->addWidget(map_);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    ml->addWidget(split, 1);
    tabs_->addTab(mapPage, tr("Map"));

    // Example
    auto* examplePage = new QWidget(this);
    auto* el = new QVBoxLayout(examplePage);
    auto* exampleControls = new QHBoxLayout;
    exampleRow_ = new QSpinBox(examplePage);
    exampleRow_->setObjectName(QStringLiteral("inspectExampleRow"));
    exampleRow_->setRange(0, 0);
    exampleRow_->setToolTip(tr("A row of the validation split (0-based)"));
    auto* show = new QPushButton(tr("Show"), examplePage);
    exampleControls->addWidget(new QLabel(tr("Validation row:"), examplePage));
    exampleControls->addWidget(exampleRow_);
    exampleControls->addWidget(show);
    exampleControls->addStretch(1);
    el->addLayout(exampleControls);
    example_ = new QTreeWidget(examplePage);
    example_->setColumnCount(3);
    example_->setHeaderLabels({tr("Item"), tr("Value"), tr("Detail")});
    el->addWidget(example_, 1);
    tabs_->addTab(examplePage, tr("Example"));

    // Experts
    auto* expertsPage = new QWidget(this);
    auto* xl = new QVBoxLayout(expertsPage);
    auto* xarea = new QScrollArea(expertsPage);
    xarea->setWidgetResizable(true);
    auto* xinner = new QWidget(xarea);
    auto* xil = new QVBoxLayout(xinner);
    auto* matrices = new QHBoxLayout;
    similarity_ = new MatrixView(xinner);
    similarity_->setObjectName(QStringLiteral("inspectSimilarity"));
    similarity_->setColorMax(1.0);
    share_ = new MatrixView(xinner);
    share_->setColorMax(1.0);
    duplicates_ = new QLabel(xinner);
    duplicates_->setWordWrap(true);
    sensitivity_ = new QTableWidget(xinner);
    sensitivity_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    sensitivity_->setMinimumHeight(120);
    auto* right = new QVBoxLayout;
    right->addWidget(share_, 0, Qt::AlignLeft);
    right->addWidget(duplicates_);
    right->addWidget(new QLabel(tr("Input fields each expert is most sensitive to:"), xinner));
    right->addWidget(sensitivity_, 1);
    matrices->addWidget(similarity_, 0, Qt::AlignTop);
    matrices->addLayout(right, 1);
    xil->addLayout(matrices);
    xarea->setWidget(xinner);
    xl->addWidget(xarea);
    tabs_->addTab(expertsPage, tr("Experts"));
    tabs_->setEnabled(false);

    connect(inspect_, &QPushButton::clicked, this, &InspectPanel::inspect);
    connect(tabs_, &QTabWidget::currentChanged, this, [this] { showCurrentView(); });
    connect(cancel_, &QPushButton::clicked, this, &InspectPanel::cancel);
    connect(runs_, &QComboBox::currentIndexChanged, this, [this] { refreshColumns(); });
    connect(show, &QPushButton::clicked, this, [this] { showExample(exampleRow_->value()); });
    connect(mapGate_, &QComboBox::currentIndexChanged, this, [this] { showMap(); });
    connect(mapColor_, &QComboBox::currentIndexChanged, this, [this] { updateMapColors(); });
    connect(map_, &GateMap::brushed, this, &InspectPanel::brushed);
    connect(map_, &GateMap::examplePicked, this, &InspectPanel::showExample);
    connect(brushList_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { showExample(item->data(Qt::UserRole).toInt()); });
    connect(similarity_, &MatrixView::cellClicked, this, [this](int a, int b) {
        const mtl::GateInspection* r = inspection();
        if (!r) return;
        QList<mtl::NodeId> ids;
        for (const int e : {a, b})
            if (e >= 0 && e < static_cast<int>(r->experts.size()))
                ids << r->experts[static_cast<size_t>(e)].node;
        emit highlightRequested(ids);
    });
    connect(similarity_, &MatrixView::rowClicked, this, &InspectPanel::highlightExpert);
    connect(similarity_, &MatrixView::columnClicked, this, &InspectPanel::highlightExpert);
    connect(share_, &MatrixView::rowClicked, this, &InspectPanel::highlightGate);
    connect(share_, &MatrixView::columnClicked, this, &InspectPanel::highlightExpert);
    connect(share_, &MatrixView::cellClicked, this, [this](int g, int e) {
        const mtl::GateInspection* r = inspection();
        if (!r || g >= static_cast<int>(r->gates.size()) ||
            e >= static_cast<int>(r->experts.size()))
            return;
        emit highlightRequested(
            {r->gates[static_cast<size_t>(g)].node, r->experts[static_cast<size_t>(e)].node});
    });
    if (history_) {
        connect(history_, &QAbstractItemModel::rowsInserted, this, &InspectPanel::refreshRuns);
        connect(history_, &QAbstractItemModel::rowsRemoved, this, &InspectPanel::refreshRuns);
        connect(history_, &QAbstractItemModel::modelReset, this, &InspectPanel::refreshRuns);
    }
    refreshRuns();
}

InspectPanel::~InspectPanel() {
    if (worker_) {
        if (cancel_flag_) cancel_flag_->store(true);
        worker_->wait();
    }
}

const mtl::GateInspection* InspectPanel::inspection() const {
    return result_ && result_->ok ? &result_->inspection : nullptr;
}

void InspectPanel::refreshRuns() {
    const int keep = run();
    runs_->blockSignals(true);
    runs_->clear();
    const int n = history_ ? history_->count() : 0;
    for (int i = 0; i < n; ++i) {
        const mtl::RunRecord& r = history_->run(i);
        runs_->addItem(RunHistory::fullName(r), i);
        if (r.weights.empty())
            runs_->setItemData(runs_->count() - 1, tr("This run kept no weights: train it again"),
                               Qt::ToolTipRole);
    }
    int pick = runs_->findData(keep);
    if (pick < 0) pick = runs_->count() - 1;  // the newest run
    runs_->setCurrentIndex(pick);
    runs_->blockSignals(false);
    refreshColumns();
}

void InspectPanel::setRun(int row) {
    const int i = runs_->findData(row);
    if (i >= 0) runs_->setCurrentIndex(i);
}

int InspectPanel::run() const {
    return runs_->currentIndex() >= 0 ? runs_->currentData().toInt() : -1;
}

void InspectPanel::setSliceColumn(const QString& column) {
    int i = column_->findText(column);
    if (i < 0) {
        column_->addItem(column);
        i = column_->count() - 1;
    }
    column_->setCurrentIndex(i);
}

QString InspectPanel::sliceColumn() const { return column_->currentText(); }

// The columns known without loading the data: tasks and features of the run's schema, plus the
// loaded data's other columns once it has been loaded for this run's data.
void InspectPanel::refreshColumns() {
    const QString keep = column_->currentText();
    column_->clear();
    const int row = run();
    const bool ok = history_ && row >= 0 && row < history_->count();
    if (ok) {
        const mtl::RunRecord& r = history_->run(row);
        QStringList names;
        if (cache_ && !cache_->key.isEmpty() && cache_->key == dataKey(r.data)) {
            for (const std::string& n : mtl::sliceColumnNames(cache_->data))
                names << QString::fromStdString(n);
        } else {
            for (const mtl::TaskInfo& t : r.schema.tasks) names << QString::fromStdString(t.name);
            if (r.data.kind == mtl::DataSpec::Kind::Census)
                names << QStringLiteral("education") << QStringLiteral("marital stat");
            for (const std::string& n : r.schema.numericNames) names << QString::fromStdString(n);
            for (const std::string& n : r.schema.categoricalNames)
                names << QString::fromStdString(n);
        }
        names.removeDuplicates();
        column_->addItems(names);
        const int i = column_->findText(keep);
        column_->setCurrentIndex(i >= 0 ? i : 0);
    }
    const bool weights = ok && !history_->run(row).weights.empty();
    inspect_->setEnabled(weights && !isBusy());
    if (!isBusy())
        status_->setText(!ok        ? tr("Train a run first: its gates are inspected here.")
                         : !weights ? tr("This run kept no weights: train it again to inspect it.")
                                    : tr("Choose a column and press Inspect."));
}

void InspectPanel::setBusy(bool busy) {
    inspect_->setEnabled(!busy);
    cancel_->setEnabled(busy);
    runs_->setEnabled(!busy);
    column_->setEnabled(!busy);
    bins_->setEnabled(!busy);
    progress_->setVisible(busy);
    if (busy) progress_->setValue(0);
}

void InspectPanel::inspect() {
    const int row = run();
    if (isBusy() || !history_ || row < 0 || row >= history_->count()) return;
    const mtl::RunRecord& run = history_->run(row);
    if (run.weights.empty()) return;
    // What the worker needs, copied: the run may be deleted while it works.
    auto graph = std::make_shared<mtl::Graph>(run.graph);
    auto spec = std::make_shared<mtl::DataSpec>(run.data);
    auto weights = std::make_shared<std::vector<std::pair<std::string, mtl::Mat>>>(run.weights);
    const std::string column = column_->currentText().toStdString();
    const int bins = bins_->value();
    const QString key = dataKey(run.data);
    std::shared_ptr<Cache> cache =
        cache_ && !key.isEmpty() && cache_->key == key ? cache_ : nullptr;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    cancel_flag_ = cancel;
    setBusy(true);
    status_->setText(cache ? tr("Inspecting…") : tr("Loading the data…"));
    QPointer<InspectPanel> self(this);
    auto report = [self, last = std::make_shared<int>(-1)](double f, const QString& what) {
        const int pct = static_cast<int>(f * 100);
        if (pct == *last) return;
        *last = pct;
        QMetaObject::invokeMethod(
            self.data(),
            [self, pct, what] {
                if (!self) return;
                self->progress_->setValue(pct);
                if (!what.isEmpty()) self->status_->setText(what);
            },
            Qt::QueuedConnection);
    };
    const QString inspecting = tr("Inspecting…");
    worker_ = QThread::create([=] {
        auto result = std::make_shared<Result>();
        try {
            const auto t0 = std::chrono::steady_clock::now();
            std::shared_ptr<Cache> data = cache;
            result->loaded = !data;
            if (!data) {
                data = std::make_shared<Cache>();
                data->key = key;
                data->data = mtl::loadData(*spec, nullptr, nullptr, &data->encoding);
            }
            result->cache = data;
            result->loadSeconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            if (cancel->load()) throw mtl::InspectCancelled();
            report(0.0, inspecting);
            result->model = mtl::Model::compile(*graph, data->data.train.schema, 1);
            mtl::ModelFile file;
            file.weights = *weights;
            mtl::restoreWeights(*result->model, file);
            mtl::SliceColumn slices = mtl::dataSliceColumn(data->data, mtl::DataSplit::Valid,
                                                           column, bins, &data->encoding);
            mtl::InspectOptions options;
            options.progress = [&](double f) {
                report(f, QString());
                return !cancel->load();
            };
            result->inspection =
                mtl::inspectModel(*result->model, data->data.valid, std::move(slices), options);
            result->ok = true;
        } catch (const mtl::InspectCancelled&) {
            result->error = QString();
        } catch (const std::exception& e) {
            result->error = QString::fromStdString(e.what());
            if (result->error.isEmpty()) result->error = QStringLiteral("?");
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (self) self->deliver(result);
            },
            Qt::QueuedConnection);
    });
    connect(worker_, &QThread::finished, worker_, &QObject::deleteLater);
    worker_->start();
}

void InspectPanel::cancel() {
    if (cancel_flag_) cancel_flag_->store(true);
    status_->setText(tr("Cancelling…"));
}

void InspectPanel::deliver(std::shared_ptr<Result> result) {
    if (worker_) worker_->wait();  // it has posted its last event: returns at once
    worker_ = nullptr;
    setBusy(false);
    if (result->cache) cache_ = result->cache;
    if (!result->ok) {
        const QString message = result->error.isEmpty()
                                    ? tr("Inspection cancelled.")
                                    : tr("Could not inspect the run: %1").arg(result->error);
        status_->setText(message);
        refreshColumns();
        emit finished(false, message);
        return;
    }
    result_ = std::move(result);
    const mtl::GateInspection& r = result_->inspection;
    refreshColumns();
    setSliceColumn(QString::fromStdString(r.slices.name));
    const QString message =
        tr("%n validation rows in %1 s (slices %2 s, map %3 s, similarity %4 s, sensitivity "
           "%5 s on %6 rows).",
           nullptr, r.rows)
            .arg(cs::formatNumber(r.seconds), cs::formatNumber(r.secondsSlices),
                 cs::formatNumber(r.secondsMaps), cs::formatNumber(r.secondsSimilarity),
                 cs::formatNumber(r.secondsSensitivity), QString::number(r.sensitivityRows)) +
        QLatin1Char(' ') +
        (result_->loaded ? tr("Data loaded in %1 s.").arg(cs::formatNumber(result_->loadSeconds))
                         : tr("Data already loaded."));
    const QString& text = message;
    status_->setText(text);
    tabs_->setEnabled(true);
    exampleRow_->setRange(0, std::max(0, r.rows - 1));
    mapGate_->blockSignals(true);
    mapGate_->clear();
    for (const std::string& g : r.gateNames) mapGate_->addItem(QString::fromStdString(g));
    mapGate_->blockSignals(false);
    mapColor_->blockSignals(true);
    mapColor_->clear();
    for (size_t h = 0; h < r.taskNames.size(); ++h) {
        const QString t = QString::fromStdString(r.taskNames[h]);
        mapColor_->addItem(tr("Label: %1").arg(t), QStringLiteral("label:%1").arg(h));
        mapColor_->addItem(tr("Error: %1").arg(t), QStringLiteral("error:%1").arg(h));
    }
    mapColor_->addItem(tr("Slice: %1").arg(QString::fromStdString(r.slices.name)),
                       QStringLiteral("slice"));
    const mtl::Dataset& valid = cache_->data.valid;
    for (int f = 0; f < valid.schema.numeric(); ++f)
        mapColor_->addItem(
            tr("Feature: %1").arg(QString::fromStdString(valid.schema.numericNames[f])),
            QStringLiteral("numeric:%1").arg(f));
    mapColor_->blockSignals(false);
    // Each view is built when its tab is shown (not all four at once: that held the UI thread
    // for over 50 ms on census-income).
    dirty_ = {true, true, true, true};
    showCurrentView();
    emit finished(true, message);
}

void InspectPanel::showCurrentView() {
    const int view = tabs_->currentIndex();
    if (!inspection() || view < 0 || view >= static_cast<int>(dirty_.size()) || !dirty_[view])
        return;
    dirty_[view] = false;
    switch (view) {
        case SlicesView:
            showSlices();
            break;
        case MapView:
            showMap();
            break;
        case ExampleView:
            showExample(exampleRow_->value());
            break;
        default:
            showExperts();
            break;
    }
}

QStringList InspectPanel::shortExpertNames() const {
    QStringList names;
    const mtl::GateInspection* r = inspection();
    if (!r) return names;
    // Short labels when they are unique (one block of experts), else the full names.
    for (const std::string& n : r->expertNames) names << shortName(n);
    if (QSet<QString>(names.begin(), names.end()).size() != names.size()) {
        names.clear();
        for (const std::string& n : r->expertNames) names << QString::fromStdString(n);
    }
    return names;
}

// One heatmap per slice (gates x every expert of the model; experts a gate does not see are
// hatched), the overall allocation first.
void InspectPanel::showSlices() {
    const mtl::GateInspection& r = *inspection();
    auto* inner = new QWidget;
    auto* row = new FlowLayout(inner);  // the slices wrap into rows, scrolling down
    sliceViews_.clear();
    const QStringList experts = shortExpertNames();
    QStringList gates;
    for (const std::string& g : r.gateNames) gates << QString::fromStdString(g);
    const Eigen::Index G = static_cast<Eigen::Index>(r.gateNames.size());
    const Eigen::Index E = static_cast<Eigen::Index>(r.expertNames.size());
    auto matrix = [&](int slice) {  // -1: overall
        Eigen::MatrixXd m = Eigen::MatrixXd::Constant(G, E, std::nan(""));
        for (Eigen::Index g = 0; g < G && g < static_cast<Eigen::Index>(r.allocation.size()); ++g) {
            const mtl::SliceAllocation& a = r.allocation[static_cast<size_t>(g)];
            const std::vector<int>& ids = r.gateExperts[static_cast<size_t>(g)];
            for (size_t k = 0; k < ids.size(); ++k) {
                if (ids[k] < 0) continue;
                const Eigen::Index kk = static_cast<Eigen::Index>(k);
                m(g, ids[k]) = slice < 0 ? a.overall(kk) : a.mean(slice, kk);
            }
        }
        return m;
    };
    int total = 0;
    const std::vector<int> counts =
        r.allocation.empty() ? std::vector<int>() : r.allocation[0].counts;
    for (const int c : counts) total += c;
    for (int s = -1; s < r.slices.slices(); ++s) {
        auto* v = new MatrixView(inner);
        v->setMatrix(matrix(s), gates, experts);
        v->setColorMax(1.0);
        // Many slices: compact cells without numbers (the tooltip gives each value).
        if (r.slices.slices() > 6) v->setCellSize(fontMetrics().height() + 6);
        const QString label = s < 0 ? tr("all") : QString::fromStdString(r.slices.labels[s]);
        const int count = s < 0 ? total : counts.empty() ? 0 : counts[static_cast<size_t>(s)];
        v->setTitle(tr("%1\nn = %2")
                        .arg(QFontMetrics(font()).elidedText(label, Qt::ElideRight, 160))
                        .arg(count));
        v->setToolTip(label);
        connect(v, &MatrixView::rowClicked, this, &InspectPanel::highlightGate);
        connect(v, &MatrixView::columnClicked, this, &InspectPanel::highlightExpert);
        connect(v, &MatrixView::cellClicked, this, [this](int g, int e) {
            const mtl::GateInspection* i = inspection();
            if (!i) return;
            emit highlightRequested(
                {i->gates[static_cast<size_t>(g)].node, i->experts[static_cast<size_t>(e)].node});
        });
        row->addWidget(v);
        sliceViews_ << v;
    }
    slicesArea_->setWidget(inner);
    QStringList lines;
    for (size_t g = 0; g < r.allocation.size(); ++g)
        lines << tr("%1: mutual information between the slice and the top expert %2 bits; "
                    "weighted JS divergence from the overall allocation %3 nats")
                     .arg(QString::fromStdString(r.gateNames[g]),
                          cs::formatNumber(r.allocation[g].mutualInformation),
                          cs::formatNumber(r.allocation[g].weightedJs));
    dependence_->setText(tr("Sliced by %1 (%n slices). ", nullptr, r.slices.slices())
                             .arg(QString::fromStdString(r.slices.name)) +
                         lines.join(QLatin1Char('\n')));
}

void InspectPanel::showMap() {
    const mtl::GateInspection* r = inspection();
    const int g = mapGate_->currentIndex();
    if (!r || g < 0 || g >= static_cast<int>(r->maps.size())) return;
    const mtl::Projection2d& p = r->maps[static_cast<size_t>(g)];
    map_->setPoints(p.points, tr("PC 1 (variance %1)").arg(cs::formatNumber(p.variance(0))),
                    tr("PC 2 (variance %1)").arg(cs::formatNumber(p.variance(1))));
    updateMapColors();
    brushSummary_->setText(tr("Drag a rectangle on the map to select examples."));
    brushList_->clear();
}

void InspectPanel::updateMapColors() {
    const mtl::GateInspection* r = inspection();
    if (!r || !cache_) return;
    const QString key = mapColor_->currentData().toString();
    std::vector<double> v(static_cast<size_t>(r->rows), std::nan(""));
    const QString what = key.section(QLatin1Char(':'), 0, 0);
    const int index = key.section(QLatin1Char(':'), 1).toInt();
    for (int i = 0; i < r->rows; ++i) {
        double& x = v[static_cast<size_t>(i)];
        if (what == QLatin1String("label") && index < r->labels.rows())
            x = r->labels(index, i);
        else if (what == QLatin1String("error") && index < r->labels.rows())
            x = std::abs(r->predictions(index, i) - r->labels(index, i));
        else if (what == QLatin1String("slice"))
            x = r->slices.codes[static_cast<size_t>(i)] >= 0
                    ? r->slices.codes[static_cast<size_t>(i)]
                    : std::nan("");
        else if (what == QLatin1String("numeric") && index < cache_->data.valid.numeric.rows())
            x = cache_->data.valid.numeric(index, i);
    }
    map_->setColors(v, mapColor_->currentText());
}

void InspectPanel::brushed(const std::vector<int>& examples) {
    const mtl::GateInspection* r = inspection();
    const int g = mapGate_->currentIndex();
    brushList_->clear();
    if (!r || g < 0 || examples.empty()) {
        brushSummary_->setText(tr("No examples in the rectangle."));
        return;
    }
    const Eigen::MatrixXd& w = r->weights[static_cast<size_t>(g)];
    Eigen::VectorXd mean = Eigen::VectorXd::Zero(w.rows());
    for (const int i : examples) mean += w.col(i);
    mean /= static_cast<double>(examples.size());
    QStringList parts;
    const auto& names = r->gateExpertNames[static_cast<size_t>(g)];
    for (Eigen::Index k = 0; k < mean.size(); ++k)
        parts << QStringLiteral("%1 %2").arg(shortName(names[static_cast<size_t>(k)]),
                                             QString::number(mean(k), 'f', 2));
    brushSummary_->setText(tr("%n examples selected. Mean allocation of %1: %2", nullptr,
                              static_cast<int>(examples.size()))
                               .arg(mapGate_->currentText(), parts.join(QStringLiteral(" · "))));
    constexpr size_t kListed = 500;
    for (size_t k = 0; k < examples.size() && k < kListed; ++k) {
        const int i = examples[k];
        QStringList tasks;
        for (Eigen::Index h = 0; h < r->predictions.rows(); ++h)
            tasks << QStringLiteral("%1 %2/%3")
                         .arg(QString::fromStdString(r->taskNames[static_cast<size_t>(h)]),
                              QString::number(r->predictions(h, i), 'f', 2),
                              cs::formatNumber(r->labels(h, i)));
        auto* item = new QListWidgetItem(
            tr("Row %1: %2").arg(i).arg(tasks.join(QStringLiteral(", "))), brushList_);
        item->setData(Qt::UserRole, i);
    }
    if (examples.size() > kListed)
        brushList_->addItem(
            tr("… and %n more", nullptr, static_cast<int>(examples.size() - kListed)));
}

void InspectPanel::showExample(int row) {
    const mtl::GateInspection* r = inspection();
    if (!r || !cache_ || row < 0 || row >= r->rows) return;
    exampleRow_->setValue(row);
    dirty_[ExampleView] = false;
    example_->clear();
    mtl::ExampleInspection x;
    try {
        x = mtl::inspectExample(*result_->model, cache_->data.valid, row, *r, &cache_->encoding);
    } catch (const std::exception& e) {
        new QTreeWidgetItem(example_, {tr("Error"), QString::fromStdString(e.what())});
        return;
    }
    auto* tasks = new QTreeWidgetItem(example_, {tr("Predictions")});
    for (size_t h = 0; h < x.predictions.size(); ++h)
        new QTreeWidgetItem(tasks, {QString::fromStdString(r->taskNames[h]),
                                    tr("%1 (label %2)")
                                        .arg(QString::number(x.predictions[h], 'f', 4),
                                             cs::formatNumber(x.labels[h])),
                                    towerText(x.towers[h])});
    auto* gates = new QTreeWidgetItem(example_, {tr("Gates")});
    for (size_t g = 0; g < x.gateWeights.size(); ++g) {
        auto* gi = new QTreeWidgetItem(gates, {QString::fromStdString(r->gateNames[g])});
        const bool drill = g < x.drill.contributions.size() && x.drill.contributions[g].size() > 0;
        if (drill)
            gi->setText(2, tr("mixture norm %1").arg(cs::formatNumber(x.drill.mixtures[g].norm())));
        for (Eigen::Index k = 0; k < x.gateWeights[g].size(); ++k)
            new QTreeWidgetItem(
                gi, {shortName(r->gateExpertNames[g][static_cast<size_t>(k)]),
                     QString::number(x.gateWeights[g](k), 'f', 3),
                     drill ? tr("contribution norm %1")
                                 .arg(cs::formatNumber(x.drill.contributions[g].col(k).norm()))
                           : QString()});
        gi->setExpanded(true);
    }
    auto* experts = new QTreeWidgetItem(example_, {tr("Experts' output norms")});
    for (Eigen::Index e = 0; e < x.drill.expertNorms.size(); ++e)
        new QTreeWidgetItem(experts,
                            {QString::fromStdString(r->expertNames[static_cast<size_t>(e)]),
                             cs::formatNumber(x.drill.expertNorms(e))});
    auto* features = new QTreeWidgetItem(example_, {tr("Features")});
    for (const auto& [name, value] : x.features)
        new QTreeWidgetItem(features,
                            {QString::fromStdString(name), QString::fromStdString(value)});
    tasks->setExpanded(true);
    gates->setExpanded(true);
    features->setExpanded(true);
    example_->resizeColumnToContents(0);
    example_->resizeColumnToContents(1);
    if (sender() == map_ || qobject_cast<QListWidget*>(sender()))
        tabs_->setCurrentIndex(ExampleView);
}

void InspectPanel::showExperts() {
    const mtl::GateInspection& r = *inspection();
    const QStringList experts = shortExpertNames();
    QSet<std::pair<int, int>> marked;
    QStringList pairs;
    for (const auto& [a, b] : r.similarity.duplicates) {
        marked.insert({a, b});
        marked.insert({b, a});
        pairs << QStringLiteral("%1 ~ %2 (%3)")
                     .arg(experts[a], experts[b], QString::number(r.similarity.cka(a, b), 'f', 3));
    }
    similarity_->setTitle(tr("Similarity of the experts' outputs (linear CKA)"));
    similarity_->setMatrix(r.similarity.cka, experts, experts);
    similarity_->setMarked(marked);
    duplicates_->setText(pairs.isEmpty() ? tr("No near-duplicate experts (CKA above 0.95).")
                                         : tr("Near-duplicate experts (CKA above 0.95, framed): %1")
                                               .arg(pairs.join(QStringLiteral(", "))));
    // Share: each gate's mean weight per expert over the validation rows.
    const Eigen::Index G = static_cast<Eigen::Index>(r.gateNames.size());
    const Eigen::Index E = static_cast<Eigen::Index>(r.expertNames.size());
    Eigen::MatrixXd share = Eigen::MatrixXd::Constant(G, E, std::nan(""));
    QStringList gates;
    for (Eigen::Index g = 0; g < G; ++g) {
        gates << QString::fromStdString(r.gateNames[static_cast<size_t>(g)]);
        const auto& ids = r.gateExperts[static_cast<size_t>(g)];
        for (size_t k = 0; k < ids.size(); ++k)
            if (ids[k] >= 0)
                share(g, ids[k]) =
                    r.allocation[static_cast<size_t>(g)].overall(static_cast<Eigen::Index>(k));
    }
    share_->setTitle(tr("Share of each gate's weight"));
    share_->setMatrix(share, gates, experts);
    // Sensitivity: the five fields each expert is most sensitive to.
    constexpr int kTop = 5;
    sensitivity_->clear();
    sensitivity_->setRowCount(static_cast<int>(E));
    sensitivity_->setColumnCount(kTop);
    QStringList headers;
    for (int k = 0; k < kTop; ++k) headers << tr("Field %1").arg(k + 1);
    sensitivity_->setHorizontalHeaderLabels(headers);
    sensitivity_->setVerticalHeaderLabels(experts);
    sensitivity_->setToolTip(
        tr("Input sensitivity on %n sampled rows: the mean change of the expert's output when "
           "the field is taken from another row, relative to the output's mean norm",
           nullptr, r.sensitivityRows));
    for (Eigen::Index e = 0; e < r.sensitivity.rows(); ++e) {
        std::vector<int> idx(static_cast<size_t>(r.sensitivity.cols()));
        for (size_t i = 0; i < idx.size(); ++i) idx[i] = static_cast<int>(i);
        auto score = [&](int f) {
            const double v = r.sensitivity(e, f);
            return std::isfinite(v) ? v : -1.0;
        };
        std::stable_sort(idx.begin(), idx.end(), [&](int a, int b) { return score(a) > score(b); });
        for (int k = 0; k < kTop && k < static_cast<int>(idx.size()); ++k)
            sensitivity_->setItem(static_cast<int>(e), k,
                                  new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(
                                      QString::fromStdString(r.fields[static_cast<size_t>(idx[k])]),
                                      QString::number(r.sensitivity(e, idx[k]), 'f', 3))));
    }
    sensitivity_->resizeColumnsToContents();
    // Every expert's row shown (the page scrolls instead of the table).
    int h = sensitivity_->horizontalHeader()->height() + 2 * sensitivity_->frameWidth() + 2;
    for (int row = 0; row < sensitivity_->rowCount(); ++row) h += sensitivity_->rowHeight(row);
    sensitivity_->setMinimumHeight(h);
}

void InspectPanel::hideEvent(QHideEvent* e) {
    emit highlightRequested({});
    QWidget::hideEvent(e);
}

void InspectPanel::highlightGate(int gate) {
    const mtl::GateInspection* r = inspection();
    if (!r || gate < 0 || gate >= static_cast<int>(r->gates.size())) return;
    emit highlightRequested({r->gates[static_cast<size_t>(gate)].node});
}

void InspectPanel::highlightExpert(int expert) {
    const mtl::GateInspection* r = inspection();
    if (!r || expert < 0 || expert >= static_cast<int>(r->experts.size())) return;
    emit highlightRequested({r->experts[static_cast<size_t>(expert)].node});
}

}  // namespace mtl::ui
