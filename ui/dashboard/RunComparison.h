#pragma once
// Two runs side by side: their validation curves overlaid (TrainingCharts, the second run dashed)
// and their gate heatmaps next to each other on ONE colour scale, 0 to 1 by default or the
// larger of the two runs' own scales, so that e.g. p = 0 and p = 1 can be compared by eye. Under
// each heatmap, the run's gate analysis (RunRecord::gateSummary): mean Jensen-Shannon divergence
// between the tasks' gates (of the mean gates, and per example), each gate's normalised expert-
// usage entropy, and the dead experts.
#include <QWidget>

#include "train/RunRecord.h"

class QComboBox;
class QLabel;

namespace mtl::ui {

class GateHeatmap;
class TrainingCharts;

class RunComparison : public QWidget {
    Q_OBJECT
public:
    explicit RunComparison(QWidget* parent = nullptr);

    // Shows runs `a` (left, solid) and `b` (right, dashed); copies what it needs. The titles
    // above the heatmaps default to the runs' names.
    void setRuns(const mtl::RunRecord& a, int idA, const mtl::RunRecord& b, int idB,
                 const QString& titleA = {}, const QString& titleB = {});

    enum class Scale { Fixed, Shared };  // 0..1, or 0..max of the two runs' own scales
    void setScale(Scale scale);
    Scale scale() const;

    GateHeatmap* heatmap(int side) const { return side == 0 ? left_ : right_; }
    TrainingCharts* charts() const { return charts_; }
    QLabel* summaryLabel(int side) const { return side == 0 ? leftSummary_ : rightSummary_; }
    QLabel* titleLabel(int side) const { return side == 0 ? leftTitle_ : rightTitle_; }

    // The gate-analysis text shown under a run's heatmap.
    static QString summaryText(const mtl::RunRecord& run);

private:
    void applyScale();

    TrainingCharts* charts_ = nullptr;
    GateHeatmap *left_ = nullptr, *right_ = nullptr;
    QLabel *leftTitle_ = nullptr, *rightTitle_ = nullptr;
    QLabel *leftSummary_ = nullptr, *rightSummary_ = nullptr;
    QComboBox* scale_ = nullptr;
};

}  // namespace mtl::ui
