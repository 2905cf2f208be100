#include "dashboard/TrainingCharts.h"

#include <QEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "dashboard/ChartStyle.h"
#include "dashboard/MetricChart.h"

namespace mtl::ui {

namespace cs = chartstyle;

TrainingCharts::TrainingCharts(QWidget* parent) : QWidget(parent) {
    trainLoss_ = new MetricChart(this);
    trainLoss_->setTitle(tr("Training loss"));
    trainLoss_->setAxisTitles(tr("Step"), tr("Loss"));
    trainLoss_->setToolTip(
        tr("Loss of each recorded training batch: per task and the weighted total"));
    validLoss_ = new MetricChart(this);
    validLoss_->setTitle(tr("Validation loss"));
    validLoss_->setAxisTitles(tr("Epoch"), tr("Log-loss / MSE"));
    validLoss_->setToolTip(
        tr("Loss on the validation split after each epoch: log-loss for binary "
           "tasks, mean squared error for regression tasks, and the weighted total"));
    validAuc_ = new MetricChart(this);
    validLoss_->setIntegerXAxis(true);
    validAuc_->setIntegerXAxis(true);
    validAuc_->setTitle(tr("Validation AUC"));
    validAuc_->setAxisTitles(tr("Epoch"), tr("AUC"));
    validAuc_->setToolTip(tr("ROC-AUC on the validation split after each epoch (binary tasks)"));
    validAuc_->setControls(MetricChart::SmoothingControl | MetricChart::ExportControl);
    // Epoch charts have few points: smoothing is of little use there but stays available.

    // Side by side: the dock below the canvas is wide and short. When it is narrower than the
    // three charts need, they stack and the area scrolls (see arrange()).
    split_ = new QSplitter(Qt::Horizontal);
    split_->setObjectName(QStringLiteral("chartsSplitter"));
    split_->setChildrenCollapsible(false);
    for (MetricChart* c : {trainLoss_, validLoss_, validAuc_}) split_->addWidget(c);
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 2);
    split_->setStretchFactor(2, 2);
    scroll_ = new QScrollArea(this);
    scroll_->setObjectName(QStringLiteral("chartsScroll"));
    scroll_->setWidget(split_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll_);
    for (MetricChart* c : {trainLoss_, validLoss_, validAuc_}) c->installEventFilter(this);
}

bool TrainingCharts::isStacked() const { return split_->orientation() == Qt::Vertical; }

void TrainingCharts::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange();
}

bool TrainingCharts::eventFilter(QObject* watched, QEvent* event) {
    // A chart shown, hidden (the AUC chart of a regression run) or needing another minimum size
    // (its legend grew): the row may fit again, or no longer.
    switch (event->type()) {
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::LayoutRequest:
            QMetaObject::invokeMethod(this, &TrainingCharts::arrange, Qt::QueuedConnection);
            break;
        default:
            break;
    }
    return QWidget::eventFilter(watched, event);
}

// In a row when the width holds every shown chart at its minimum width, else one above the other
// (scrolling when the height does not hold them either).
void TrainingCharts::arrange() {
    int row = 0, shown = 0;
    for (MetricChart* c : {trainLoss_, validLoss_, validAuc_})
        if (!c->isHidden()) {
            row += c->minimumSizeHint().width();
            ++shown;
        }
    row += std::max(0, shown - 1) * split_->handleWidth();
    // A chart's minimum width is measured in the layout it is in, and side by side it can need
    // more than stacked (its legend, its tick labels): go back to a row only when the width holds
    // what the row needed the last time, or the two layouts would take turns for ever.
    const bool horizontal = split_->orientation() == Qt::Horizontal;
    if (horizontal) horizontalRow_ = row;
    const Qt::Orientation want = width() >= (horizontal ? row : std::max(row, horizontalRow_))
                                     ? Qt::Horizontal
                                     : Qt::Vertical;
    if (split_->orientation() == want) return;
    split_->setOrientation(want);
}

QString TrainingCharts::seriesId(int runId, int task) {
    return task < 0 ? QStringLiteral("run%1/total").arg(runId)
                    : QStringLiteral("run%1/task%2").arg(runId).arg(task);
}

QString TrainingCharts::seriesName(const Run& run, int task) const {
    const QString what =
        task < 0 ? tr("Total") : run.tasks.value(task, tr("Task %1").arg(task + 1));
    return runs_.size() > 1 || run.overlayIndex > 0 ? tr("%1 (%2)").arg(what, run.name) : what;
}

void TrainingCharts::updateNames() {
    for (auto it = runs_.cbegin(); it != runs_.cend(); ++it)
        for (int t = -1; t < it->tasks.size(); ++t)
            for (MetricChart* c : {trainLoss_, validLoss_, validAuc_})
                if (c->hasSeries(seriesId(it.key(), t)))
                    c->addSeries(seriesId(it.key(), t), seriesName(*it, t),
                                 t < 0 ? QColor() : cs::seriesColor(t),
                                 cs::overlayPenStyle(it->overlayIndex));
    const Qt::Alignment where = runs_.size() > 1 ? Qt::AlignRight : Qt::AlignBottom;
    for (MetricChart* c : {trainLoss_, validLoss_, validAuc_}) c->setLegendAlignment(where);
}

// Declares the series of (run, task) in `chart` with the run's style, once.
void TrainingCharts::declare(MetricChart* chart, int runId, int task) {
    const QString id = seriesId(runId, task);
    if (chart->hasSeries(id)) return;
    const Run& run = runs_[runId];
    chart->addSeries(id, seriesName(run, task), task < 0 ? QColor() : cs::seriesColor(task),
                     cs::overlayPenStyle(run.overlayIndex));
}

void TrainingCharts::beginRun(int runId, const QString& runName, const QStringList& taskNames,
                              bool overlay) {
    if (!overlay)
        clear();
    else
        removeRun(runId);
    Run run;
    run.name = runName;
    run.tasks = taskNames;
    run.overlayIndex = overlay ? ++overlays_ : 0;
    runs_.insert(runId, run);
    // Declared now so that the legend shows the tasks before the first points arrive.
    for (int t = -1; t < taskNames.size(); ++t) {
        declare(trainLoss_, runId, t);
        declare(validLoss_, runId, t);
    }
    updateNames();
}

void TrainingCharts::addBatches(int runId, const QVector<mtl::BatchSnapshot>& batches) {
    if (!runs_.contains(runId) || batches.isEmpty()) return;
    const int tasks = static_cast<int>(runs_[runId].tasks.size());
    QVector<QVector<QPointF>> pts(tasks + 1);  // [0]: total, [1 + t]: task t
    for (auto& v : pts) v.reserve(batches.size());
    for (const mtl::BatchSnapshot& b : batches) {
        const double x = static_cast<double>(b.step);
        pts[0].push_back(QPointF(x, b.loss));
        for (int t = 0; t < tasks && t < static_cast<int>(b.taskLoss.size()); ++t)
            pts[1 + t].push_back(QPointF(x, b.taskLoss[static_cast<size_t>(t)]));
    }
    for (int t = -1; t < tasks; ++t) {
        declare(trainLoss_, runId, t);
        trainLoss_->addPoints(seriesId(runId, t), pts[1 + t]);
    }
}

void TrainingCharts::addEpoch(int runId, const mtl::EpochSnapshot& epoch) {
    if (!runs_.contains(runId)) return;
    const double x = epoch.epoch + 1;  // epochs are counted from 1 on screen
    declare(validLoss_, runId, -1);
    validLoss_->addPoints(seriesId(runId, -1), {QPointF(x, epoch.valid.totalLoss)});
    const int tasks = static_cast<int>(runs_[runId].tasks.size());
    for (int t = 0; t < tasks && t < static_cast<int>(epoch.valid.tasks.size()); ++t) {
        const mtl::TaskMetrics& m = epoch.valid.tasks[static_cast<size_t>(t)];
        declare(validLoss_, runId, t);
        validLoss_->addPoints(seriesId(runId, t), {QPointF(x, m.loss)});
        if (m.binary) {
            declare(validAuc_, runId, t);
            validAuc_->addPoints(seriesId(runId, t), {QPointF(x, m.auc)});
        }
    }
    updateAucVisibility();
}

void TrainingCharts::showRun(const mtl::RunRecord& run, int runId, bool overlay,
                             const QString& name) {
    QStringList tasks;
    for (const std::string& t : run.taskNames) tasks << QString::fromStdString(t);
    beginRun(runId, name.isEmpty() ? QString::fromStdString(run.name) : name, tasks, overlay);
    addBatches(runId, QVector<mtl::BatchSnapshot>(run.batches.begin(), run.batches.end()));
    for (const mtl::EpochSnapshot& e : run.epochs) addEpoch(runId, e);
}

void TrainingCharts::removeRun(int runId) {
    auto it = runs_.find(runId);
    if (it == runs_.end()) return;
    for (int t = -1; t < it->tasks.size(); ++t)
        for (MetricChart* c : {trainLoss_, validLoss_, validAuc_})
            c->removeSeries(seriesId(runId, t));
    runs_.erase(it);
    updateNames();
    updateAucVisibility();
}

void TrainingCharts::clear() {
    for (MetricChart* c : {trainLoss_, validLoss_, validAuc_}) c->clear();
    horizontalRow_ = 0;  // measured again with the next contents
    runs_.clear();
    overlays_ = 0;
    updateNames();
    validAuc_->setVisible(true);
}

// The AUC chart is hidden once epochs have shown that no run shown has a binary task.
void TrainingCharts::updateAucVisibility() {
    bool anyEpoch = false;
    for (const QString& id : validLoss_->seriesIds())
        anyEpoch = anyEpoch || validLoss_->rawCount(id) > 0;
    validAuc_->setVisible(!anyEpoch || !validAuc_->seriesIds().isEmpty());
}

}  // namespace mtl::ui
