#pragma once
// Which task leans on which expert: the mean gate weight of every gate on the validation set, per
// epoch, as heatmaps (rows: gates, columns: experts) with a bar chart of mean ± std per expert
// below each (MMoE Fig. 6 / PLE Fig. 8).
//
// Gates are grouped into panels by layer: "level1.task0" belongs to panel "level1"; a label
// without a dot ("gate_income": MMoE, DSelect-k, Top-k) to the common "Gates" panel. A panel's
// columns are the union of its gates' expert labels (PLE task gates see only their own and the
// shared experts; cells of experts a gate does not see are hatched). Missing expert labels read
// "e0", "e1", ...
//
// A slider scrubs back through the epochs; it follows the latest epoch unless moved away from
// the end. Hovering a cell or bar shows its exact mean and std; clicking one emits expertClicked.
#include <QString>
#include <QVector>
#include <QWidget>

#include "metrics/Metrics.h"

class QLabel;
class QScrollArea;
class QSlider;

namespace mtl::ui {

class GateCanvas;

class GateHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit GateHeatmap(QWidget* parent = nullptr);

    // The validation results of every epoch so far (index 0: epoch 1); shows the latest.
    void setEpochs(const QVector<mtl::EvalResult>& epochs);
    // A new epoch: shown when the slider was at the latest epoch.
    void addEpoch(const mtl::EvalResult& epoch);
    void clear();
    // Task names in head order: CGC/PLE gate rows called "task0", "task1", ... show these.
    void setTaskNames(const QStringList& names);
    QStringList taskNames() const { return taskNames_; }
    // "task<i>" -> taskNames[i] (other labels unchanged).
    static QString taskGateLabel(const QString& gate, const QStringList& taskNames);

    int epochCount() const { return static_cast<int>(epochs_.size()); }
    int shownEpoch() const { return shown_; }  // index into the epochs, -1 when empty
    // The gate statistics of the epoch shown (empty when there is none).
    QVector<mtl::GateStats> shownGates() const {
        return shown_ >= 0 ? epochs_.value(shown_) : QVector<mtl::GateStats>();
    }
    void showEpoch(int index);

    // Mean weight of gate `gate` (full label) on its expert `expert` in the epoch shown; NaN when
    // there is no such gate or expert.
    double valueAt(const QString& gate, int expert) const;
    double stdAt(const QString& gate, int expert) const;
    // Where the cell (gate, expert) is drawn, in this widget's coordinates (empty if not shown),
    // and the tooltip text of the cell or bar at `pos` (this widget's coordinates).
    QRect cellRect(const QString& gate, int expert) const;
    QString toolTipAt(const QPoint& pos) const;

signals:
    void expertClicked(const QString& gateLabel, int expert, const QString& expertLabel);
    void shownEpochChanged(int index);

private:
    friend class GateCanvas;
    const mtl::GateStats* findGate(const QString& gate) const;
    void updateSlider();
    void updateScale();

    QVector<QVector<mtl::GateStats>> epochs_;  // gates per epoch
    int shown_ = -1;
    QStringList taskNames_;
    QString rowLabel(const QString& gate) const;
    bool follow_ = true;     // the slider is at the latest epoch
    double colorMax_ = 1.0;  // colour scale 0..colorMax_ (over all epochs)
    double barMax_ = 1.0;    // bar scale 0..barMax_ (mean + std over all epochs)
    QSlider* slider_ = nullptr;
    QLabel* epochLabel_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    GateCanvas* canvas_ = nullptr;
};

}  // namespace mtl::ui
