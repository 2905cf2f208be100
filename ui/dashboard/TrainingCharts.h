#pragma once
// The training curves of one run, live or replayed, optionally with other runs overlaid (dashed):
// training loss per step (per task and total), validation loss per epoch (per task and total) and
// validation AUC per epoch (binary tasks). Each task keeps its colour across the charts; the
// total is drawn in the palette's text colour. Two more charts appear when a run shown has their
// data (core/train/Weighting.h): task conflict, the cosine of each pair of tasks' gradients on the
// shared parameters at every measured step (each legend entry gives the pair's mean cosine and
// the share of measured steps below 0, ConflictTally), and the learned task weights of UW,
// GradNorm, DWA and PLE's decay per step. The charts sit side by side while the width holds them
// (each at its minimum size, see MetricChart); narrower, they stack and scroll.
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <cmath>
#include <vector>

#include "train/Conflict.h"
#include "train/RunRecord.h"
#include "train/Trainer.h"

class QScrollArea;
class QSplitter;

namespace mtl::ui {

class MetricChart;

class TrainingCharts : public QWidget {
    Q_OBJECT
public:
    explicit TrainingCharts(QWidget* parent = nullptr);

    // Starts showing run `runId`. Without `overlay` every other run is removed first and this run
    // is drawn solid; with it, the run is added beside the ones shown, dashed. While more than one
    // run is shown every series is named "<task> (<run name>)" (the solid run's too) and the
    // legends list one entry per line beside the plots.
    void beginRun(int runId, const QString& runName, const QStringList& taskNames,
                  bool overlay = false);
    void addBatches(int runId, const QVector<mtl::BatchSnapshot>& batches);
    void addEpoch(int runId, const mtl::EpochSnapshot& epoch);
    // Replays a stored run: the same charts as when it was trained live. `name`: what the legends
    // call the run (empty: RunRecord::name).
    void showRun(const mtl::RunRecord& run, int runId, bool overlay, const QString& name = {});
    void removeRun(int runId);
    void clear();

    QList<int> runIds() const { return runs_.keys(); }
    MetricChart* trainingLossChart() const { return trainLoss_; }
    MetricChart* validationLossChart() const { return validLoss_; }
    MetricChart* validationAucChart() const { return validAuc_; }
    MetricChart* conflictChart() const { return conflict_; }
    MetricChart* taskWeightChart() const { return taskWeights_; }
    // True when the charts are stacked (the widget is too narrow for them side by side).
    bool isStacked() const;

    // The series id of run `runId`'s task `task` (-1: the total) in any of the charts.
    static QString seriesId(int runId, int task);
    // The conflict chart's series of run `runId`'s task pair `pair` (BatchSnapshot::cosine order).
    static QString pairSeriesId(int runId, int pair);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void arrange();
    struct Run {
        QString name;
        QStringList tasks;
        int overlayIndex = 0;  // 0: drawn solid
        // Task conflict: the pairs' names once known, one tally per pair, the last measured
        // step drawn; the run's method when it learns task weights.
        QStringList pairs;
        std::vector<mtl::ConflictTally> pairTally;
        long long lastConflictStep = -1;
        QString weighting;
    };
    QString pairName(const Run& run, int pair) const;
    void addConflict(int runId, Run& run, const QVector<mtl::BatchSnapshot>& batches);
    void updateOptionalCharts();
    QList<MetricChart*> charts() const;
    QString seriesName(const Run& run, int task) const;
    void declare(MetricChart* chart, int runId, int task);
    void updateAucVisibility();
    void updateNames();  // series names and legend placement for the runs shown

    MetricChart* trainLoss_ = nullptr;
    MetricChart* validLoss_ = nullptr;
    MetricChart* validAuc_ = nullptr;
    MetricChart* conflict_ = nullptr;
    MetricChart* taskWeights_ = nullptr;
    QSplitter* split_ = nullptr;
    int horizontalRow_ = 0;  // the width the charts needed side by side, when last measured
    QScrollArea* scroll_ = nullptr;
    QMap<int, Run> runs_;
    int overlays_ = 0;  // overlays added since the last solid run (dash pattern of the next one)
};

}  // namespace mtl::ui
