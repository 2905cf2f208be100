#pragma once
// The test ROC curves of a finished run, one per binary task (colours as in the training charts),
// with each task's AUC in the legend and the chance diagonal for reference.
#include <QWidget>

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

    // Series ids: per task index, and the diagonal.
    static QString seriesId(int task);
    static QString diagonalId();

private:
    MetricChart* chart_ = nullptr;
};

}  // namespace mtl::ui
