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
    conflict_ = new MetricChart(this);
    conflict_->setObjectName(QStringLiteral("conflictChart"));
    conflict_->setTitle(tr("Task conflict"));
    conflict_->setAxisTitles(tr("Step"), tr("Gradient cosine"));
    conflict_->setControls(MetricChart::SmoothingControl | MetricChart::ExportControl);
    taskWeights_ = new MetricChart(this);
    taskWeights_->setObjectName(QStringLiteral("taskWeightChart"));
    taskWeights_->setTitle(tr("Task weights"));
    taskWeights_->setAxisTitles(tr("Step"), tr("Weight"));
    taskWeights_->setControls(MetricChart::SmoothingControl | MetricChart::LogScaleControl |
                              MetricChart::ExportControl);
    taskWeights_->setToolTip(
        tr("The weight the loss-weighting method gives each task's loss at each step "
           "(uncertainty weighting, GradNorm, DWA, PLE decay), before the task's own loss "
           "weight"));
    conflict_->hide();
    taskWeights_->hide();

    // Side by side: the dock below the canvas is wide and short. When it is narrower than the
    // three charts need, they stack and the area scrolls (see arrange()).
    split_ = new QSplitter(Qt::Horizontal);
    split_->setObjectName(QStringLiteral("chartsSplitter"));
    split_->setChildrenCollapsible(false);
    for (MetricChart* c : charts()) split_->addWidget(c);
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 2);
    split_->setStretchFactor(2, 2);
    split_->setStretchFactor(3, 2);
    split_->setStretchFactor(4, 2);
    scroll_ = new QScrollArea(this);
    scroll_->setObjectName(QStringLiteral("chartsScroll"));
    scroll_->setWidget(split_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll_);
    for (MetricChart* c : charts()) c->installEventFilter(this);
}

QList<MetricChart*> TrainingCharts::charts() const {
    return {trainLoss_, validLoss_, validAuc_, conflict_, taskWeights_};
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
    for (MetricChart* c : charts())
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

QString TrainingCharts::pairSeriesId(int runId, int pair) {
    return QStringLiteral("run%1/pair%2").arg(runId).arg(pair);
}

// "income vs marital: 0.011", the pair's mean cosine over the measured steps so far; with several
// runs shown, "income vs marital (Run 2): 0.011", or "Run 2: 0.011" when the run has one pair.
// The share of steps below 0 is in the tooltip and the run list: longer legend entries are cut
// short in a chart a third of a laptop screen wide.
QString TrainingCharts::pairName(const Run& run, int pair) const {
    QString what = run.pairs.value(pair, tr("Pair %1").arg(pair + 1));
    if (runs_.size() > 1 || run.overlayIndex > 0)
        what = run.pairs.size() == 1 ? run.name : tr("%1 (%2)").arg(what, run.name);
    if (pair < static_cast<int>(run.pairTally.size())) {
        const mtl::ConflictTally& t = run.pairTally[static_cast<size_t>(pair)];
        if (t.withCosine > 0) what = tr("%1: %2").arg(what).arg(t.meanCosine(), 0, 'f', 3);
    }
    return what;
}

QString TrainingCharts::seriesName(const Run& run, int task) const {
    const QString what =
        task < 0 ? tr("Total") : run.tasks.value(task, tr("Task %1").arg(task + 1));
    return runs_.size() > 1 || run.overlayIndex > 0 ? tr("%1 (%2)").arg(what, run.name) : what;
}

void TrainingCharts::updateNames() {
    for (auto it = runs_.cbegin(); it != runs_.cend(); ++it)
        for (int t = -1; t < it->tasks.size(); ++t)
            for (MetricChart* c : charts())
                if (c->hasSeries(seriesId(it.key(), t)))
                    c->addSeries(seriesId(it.key(), t), seriesName(*it, t),
                                 t < 0 ? QColor() : cs::seriesColor(t),
                                 cs::overlayPenStyle(it->overlayIndex));
    for (auto it = runs_.cbegin(); it != runs_.cend(); ++it)
        for (int p = 0; p < it->pairs.size(); ++p)
            if (conflict_->hasSeries(pairSeriesId(it.key(), p)))
                conflict_->addSeries(pairSeriesId(it.key(), p), pairName(*it, p),
                                     cs::seriesColor(static_cast<int>(it->tasks.size()) + p),
                                     cs::overlayPenStyle(it->overlayIndex));
    const Qt::Alignment where = runs_.size() > 1 ? Qt::AlignRight : Qt::AlignBottom;
    for (MetricChart* c : charts()) c->setLegendAlignment(where);

    // The conflict chart's tooltip: what it shows, and per pair its mean and share below 0.
    QStringList tip = {
        tr("Cosine of two tasks' gradients on the shared parameters at each "
           "measured step: below 0 the tasks pull the shared weights in opposite "
           "directions. Each legend entry gives the pair's mean.")};
    for (auto it = runs_.cbegin(); it != runs_.cend(); ++it)
        for (int p = 0; p < it->pairs.size() && p < static_cast<int>(it->pairTally.size()); ++p) {
            const mtl::ConflictTally& t = it->pairTally[static_cast<size_t>(p)];
            if (t.withCosine == 0) continue;
            const QString pair =
                runs_.size() > 1 ? tr("%1 (%2)").arg(it->pairs[p], it->name) : it->pairs[p];
            tip << tr("%1: mean %2; below 0 on %3% of %n measured step(s)", nullptr,
                      static_cast<int>(t.withCosine))
                       .arg(pair)
                       .arg(t.meanCosine(), 0, 'f', 3)
                       .arg(100 * t.conflictShare(), 0, 'f', 1);
        }
    conflict_->setToolTip(tip.join(QLatin1Char('\n')));
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

    // The learned task weights (methods that have them; EW's and the gradient methods' are 1).
    Run& run = runs_[runId];
    static const QStringList learned = {QStringLiteral("uw"), QStringLiteral("gradnorm"),
                                        QStringLiteral("dwa"), QStringLiteral("ple")};
    const QString method = QString::fromStdString(batches.back().weighting);
    if (learned.contains(method)) {
        run.weighting = method;
        QVector<QVector<QPointF>> w(tasks);
        for (const mtl::BatchSnapshot& b : batches)
            for (int t = 0; t < tasks && t < static_cast<int>(b.methodWeights.size()); ++t)
                if (std::isfinite(b.methodWeights[static_cast<size_t>(t)]))
                    w[t].push_back(QPointF(static_cast<double>(b.step),
                                           b.methodWeights[static_cast<size_t>(t)]));
        for (int t = 0; t < tasks; ++t)
            if (!w[t].isEmpty()) {
                declare(taskWeights_, runId, t);
                taskWeights_->addPoints(seriesId(runId, t), w[t]);
            }
    }
    addConflict(runId, run, batches);
    updateOptionalCharts();
}

// The measurements among `batches` that were not drawn yet (each is repeated in the snapshots
// that follow it until the next one).
void TrainingCharts::addConflict(int runId, Run& run, const QVector<mtl::BatchSnapshot>& batches) {
    QVector<QVector<QPointF>> pts;
    bool renamed = false;
    for (const mtl::BatchSnapshot& b : batches) {
        if (b.conflictStep < 0 || b.conflictStep == run.lastConflictStep) continue;
        run.lastConflictStep = b.conflictStep;
        if (run.pairs.isEmpty() && b.cosine.size() > 0) {
            const auto& heads = b.conflictHeads;
            for (size_t i = 0; i < heads.size(); ++i)
                for (size_t j = i + 1; j < heads.size(); ++j)
                    run.pairs << tr("%1 vs %2")
                                     .arg(
                                         run.tasks.value(heads[i], tr("Task %1").arg(heads[i] + 1)),
                                         run.tasks.value(heads[j],
                                                         tr("Task %1").arg(heads[j] + 1)));
            run.pairTally.assign(b.cosine.size(), mtl::ConflictTally());
            renamed = true;
        }
        pts.resize(run.pairs.size());
        for (int p = 0; p < run.pairs.size() && p < static_cast<int>(b.cosine.size()); ++p) {
            const double c = b.cosine[static_cast<size_t>(p)];
            run.pairTally[static_cast<size_t>(p)].add({c}, false, 0);
            if (!std::isnan(c)) pts[p].push_back(QPointF(static_cast<double>(b.conflictStep), c));
        }
    }
    if (pts.isEmpty()) return;
    for (int p = 0; p < pts.size(); ++p) {
        const QString id = pairSeriesId(runId, p);
        if (!conflict_->hasSeries(id) || renamed)
            conflict_->addSeries(id, pairName(run, p),
                                 cs::seriesColor(static_cast<int>(run.tasks.size()) + p),
                                 cs::overlayPenStyle(run.overlayIndex));
        conflict_->addPoints(id, pts[p]);
    }
    updateNames();  // the legend's means
}

// The conflict and task-weight charts are shown while a run shown has their data.
void TrainingCharts::updateOptionalCharts() {
    const bool conflict = !conflict_->seriesIds().isEmpty();
    const bool weights = !taskWeights_->seriesIds().isEmpty();
    if (conflict_->isHidden() == conflict) conflict_->setVisible(conflict);
    if (taskWeights_->isHidden() == weights) taskWeights_->setVisible(weights);
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
        for (MetricChart* c : charts()) c->removeSeries(seriesId(runId, t));
    for (int p = 0; p < it->pairs.size(); ++p) conflict_->removeSeries(pairSeriesId(runId, p));
    runs_.erase(it);
    updateNames();
    updateAucVisibility();
    updateOptionalCharts();
}

void TrainingCharts::clear() {
    for (MetricChart* c : charts()) c->clear();
    horizontalRow_ = 0;  // measured again with the next contents
    runs_.clear();
    overlays_ = 0;
    updateNames();
    validAuc_->setVisible(true);
    updateOptionalCharts();
}

// The AUC chart is hidden once epochs have shown that no run shown has a binary task.
void TrainingCharts::updateAucVisibility() {
    bool anyEpoch = false;
    for (const QString& id : validLoss_->seriesIds())
        anyEpoch = anyEpoch || validLoss_->rawCount(id) > 0;
    validAuc_->setVisible(!anyEpoch || !validAuc_->seriesIds().isEmpty());
}

}  // namespace mtl::ui
