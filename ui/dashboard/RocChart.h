#pragma once
// The test ROC curves of a finished run, one per binary task (colours as in the training charts),
// with each task's AUC in the legend and the chance diagonal for reference. Regression tasks have
// no ROC curve: a run with none but regression tasks shows a note saying so instead of an empty
// chart.
#include <QWidget>

class QLabel;

#include "train/RunRecord.h"

namespace mtl::ui {

class MetricChart;

class RocChart : public QWidget {
    Q_OBJECT
public:
    explicit RocChart(QWidget* parent = nullptr);
    void setRun(const mtl::RunRecord& run);
    void clear();
    MetricChart* chart() const { return chart_; }
    // The note shown instead of the chart (visible only when the run has no binary task).
    QLabel* note() const { return note_; }

    // Series ids: per task index, and the diagonal.
    static QString seriesId(int task);
    static QString diagonalId();

private:
    MetricChart* chart_ = nullptr;
    QLabel* note_ = nullptr;
};

}  // namespace mtl::ui
