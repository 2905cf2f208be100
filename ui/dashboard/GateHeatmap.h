#pragma once
// Which task leans on which expert: the mean gate weight of every gate on the validation set, per
// epoch, as heatmaps (rows: gates, columns: experts) with a bar chart of mean ± std per expert
// below each (MMoE Fig. 6 / PLE Fig. 8).
//
// Gates are grouped into panels by layer: a CGC/PLE gate (GateStats::layer) belongs to its level's
// panel ("level1"); a gate block (MMoE, DSelect-k, Top-k) to the common "Gates" panel. Rows are
// named by the task the gate serves (GateStats identity, from the graph: no names are parsed);
// a gate serving no single task reads "shared". Gates of files written before the identity was
// recorded keep their labels. A panel's
// columns are the union of its gates' expert labels (PLE task gates see only their own and the
// shared experts; cells of experts a gate does not see are hatched). Missing expert labels read
// "e0", "e1", ...
//
// A slider scrubs back through the epochs; it follows the latest epoch unless moved away from
// the end. Hovering a cell or bar shows its exact mean and std; clicking one emits expertClicked.
//
// A line above the heatmap says what rows, columns and colour are. Colour scale: by default 0 ..
// the largest mean weight of this run (rounded up); "Fixed scale 0-1" (or setColorScale) fixes it
// so that heatmaps of different runs can be compared by eye; the colour legend shows the range in
// use. Fonts, cells and numbers grow with the presentation scale (app/Presentation.h).
#include <QString>
#include <QVector>
#include <QWidget>

#include "metrics/Metrics.h"

class QCheckBox;
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
    // The row name of a gate: the task it serves, "shared" when it serves no single task, its
    // label when its identity is unknown (a run saved before gates carried identity).
    static QString rowName(const mtl::GateStats& gate);

    // Colour scale 0..max for every run shown (max > 0), or 0: this run's own (the default).
    void setColorScale(double max);
    double fixedColorScale() const { return fixedMax_; }
    double colorMax() const { return fixedMax_ > 0 ? fixedMax_ : colorMax_; }
    // The scale this run would choose on its own (largest mean weight over its epochs, rounded
    // up): comparison views take the largest of their runs' for a shared scale.
    double naturalColorMax() const { return colorMax_; }
    // Shows or hides the "Fixed scale 0-1" check box (comparison views set the scale).
    void setScaleOptionVisible(bool visible);

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
    bool follow_ = true;     // the slider is at the latest epoch
    double colorMax_ = 1.0;  // this run's colour scale 0..colorMax_ (over all epochs)
    double fixedMax_ = 0;    // > 0: the colour scale set from outside
    double barMax_ = 1.0;    // bar scale 0..barMax_ (mean + std over all epochs)
    QSlider* slider_ = nullptr;
    QCheckBox* fixedScale_ = nullptr;
    QLabel* epochLabel_ = nullptr;
    QLabel* explanation_ = nullptr;  // "Rows: ... Columns: ... Colour: ..." above the heatmap
    QScrollArea* scroll_ = nullptr;
    GateCanvas* canvas_ = nullptr;
};

}  // namespace mtl::ui
