#pragma once
// The run list: a view of the project's RunHistory (ui/train/RunHistory.h). Selecting a run shows
// it; ticking its check box marks it for comparison (the model keeps the ticks); Delete Run and
// Compare Runs ask the main window (signals), which changes the history. Export to PyTorch /
// ONNX (the list's context menu and the Export button's menu) ask for the current run's export
// (exportRequested; format 0 PyTorch, 1 ONNX, as RunExport::Format).
#include <QList>
#include <QWidget>

class QAction;
class QTreeView;
class QPushButton;
class QToolButton;

namespace mtl::ui {

class RunHistory;

class RunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunsPanel(RunHistory* history, QWidget* parent = nullptr);

    RunHistory* history() const { return history_; }
    int currentRun() const;  // -1: none
    void setCurrentRun(int index);
    QList<int> comparedRuns() const;  // ticked, in list order
    // The two runs "Compare Runs" opens side by side: the first two ticked runs, or the current
    // run and the one ticked run; empty when there are not two.
    QList<int> comparisonPair() const;
    QPushButton* compareButton() const { return compare_; }
    QTreeView* tree() const { return tree_; }
    QAction* exportTorchAction() const { return exportTorch_; }
    QAction* exportOnnxAction() const { return exportOnnx_; }
    QToolButton* exportButton() const { return export_; }
    void setExportBusy(bool busy);

signals:
    void currentRunChanged(int index);
    void comparedRunsChanged();
    void deleteRequested(int index);
    void compareRequested(int first, int second);
    void exportRequested(int index, int format);

private:
    RunHistory* history_ = nullptr;
    QTreeView* tree_ = nullptr;
    QPushButton* delete_ = nullptr;
    QPushButton* compare_ = nullptr;
    QToolButton* export_ = nullptr;
    QAction* exportTorch_ = nullptr;
    QAction* exportOnnx_ = nullptr;
    bool exportBusy_ = false;
    void updateButtons();
};

}  // namespace mtl::ui
