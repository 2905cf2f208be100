#pragma once
// The Inspect panel: where a run's gates send which examples and what its experts learned, on
// the validation split of the run's data. A view of the runs list (RunHistory) that changes
// nothing: the user picks a run that kept its weights and a column to slice by, presses Inspect,
// and gets four views computed by the core (train/Inspect.h):
//   Slices   the allocation (gates x experts) per value of the column, side by side, with the
//            count per slice and how much routing depends on the slice (MI, JS);
//   Map      each example's gate vector projected to 2-D (PCA), coloured by a task's label,
//            its prediction error or a feature; brushing a region lists the examples and their
//            mean allocation; clicking a dot or a listed row opens it in Example;
//   Example  one row followed through the model: its feature values (raw), each gate's weights,
//            each expert's output norm and contribution to each mixture, the towers' outputs,
//            the predictions against the labels;
//   Experts  the experts' similarity (linear CKA, near-duplicates framed), each expert's share
//            of each gate's weight, and the input fields each expert is most sensitive to.
// Gates that see only some experts (CGC/PLE) show the experts they do not see hatched.
//
// Threads: loading the data, compiling the model and the inspection run on a worker thread
// (QThread::create) with progress in the panel and a Cancel button; the UI thread only draws.
// The loaded data is kept for the next inspection of the same data. Following one example is
// one forward pass of one row, done on the UI thread (well under a millisecond). Destroying
// the panel cancels the worker and waits for it (a census load in progress finishes first).
//
// Clicking a gate or an expert (a heatmap's row or column label or cell) emits
// highlightRequested with the graph nodes of its blocks; the main window puts a halo on them.
#include <QList>
#include <QWidget>
#include <array>
#include <atomic>
#include <memory>

#include "graph/Graph.h"

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QThread;
class QTreeWidget;

namespace mtl {
struct GateInspection;
}

namespace mtl::ui {

class RunHistory;
class GateMap;
class MatrixView;

class InspectPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectPanel(RunHistory* history, QWidget* parent = nullptr);
    ~InspectPanel() override;

    enum View { SlicesView, MapView, ExampleView, ExpertsView };

    // The run to inspect (a row of the history; runs without weights cannot be inspected).
    void setRun(int row);
    int run() const;
    void setSliceColumn(const QString& column);
    QString sliceColumn() const;
    // Starts an inspection of the chosen run and column (ignored while one runs).
    void inspect();
    void cancel();
    bool isBusy() const { return worker_ != nullptr; }
    // Follows one validation row through the model (after an inspection) and shows it.
    void showExample(int row);

    // The last finished inspection, or nullptr.
    const mtl::GateInspection* inspection() const;
    QTabWidget* views() const { return tabs_; }
    // The slice heatmaps, in slice order (the first is "all").
    QList<MatrixView*> sliceViews() const { return sliceViews_; }
    MatrixView* similarityView() const { return similarity_; }
    GateMap* map() const { return map_; }
    QTreeWidget* exampleTree() const { return example_; }

signals:
    void finished(bool ok, const QString& message);
    void highlightRequested(const QList<mtl::NodeId>& nodes);

protected:
    void hideEvent(QHideEvent*) override;  // the halo goes with the panel

private:
    struct Result;
    struct Cache;
    void refreshRuns();
    void refreshColumns();
    void setBusy(bool busy);
    void deliver(std::shared_ptr<Result> result);
    void showSlices();
    void showMap();
    void showExperts();
    void showCurrentView();  // builds the shown view if the last result has not filled it
    void updateMapColors();
    void brushed(const std::vector<int>& examples);
    void highlightGate(int gate);
    void highlightExpert(int expert);
    QStringList shortExpertNames() const;

    RunHistory* history_ = nullptr;
    QComboBox* runs_ = nullptr;
    QComboBox* column_ = nullptr;
    QSpinBox* bins_ = nullptr;
    QPushButton* inspect_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    // Slices
    QScrollArea* slicesArea_ = nullptr;
    QLabel* dependence_ = nullptr;
    QList<MatrixView*> sliceViews_;
    // Map
    QComboBox* mapGate_ = nullptr;
    QComboBox* mapColor_ = nullptr;
    GateMap* map_ = nullptr;
    QLabel* brushSummary_ = nullptr;
    QListWidget* brushList_ = nullptr;
    // Example
    QSpinBox* exampleRow_ = nullptr;
    QTreeWidget* example_ = nullptr;
    // Experts
    MatrixView* similarity_ = nullptr;
    MatrixView* share_ = nullptr;
    QLabel* duplicates_ = nullptr;
    QTableWidget* sensitivity_ = nullptr;

    QThread* worker_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_flag_;
    std::shared_ptr<Result> result_;
    std::shared_ptr<Cache> cache_;
    std::array<bool, 4> dirty_{};  // per View: not yet built for the last result
};

}  // namespace mtl::ui
