#pragma once
// The run list: a view of the project's RunHistory (ui/train/RunHistory.h). Selecting a run shows
// it; ticking its check box marks it for comparison (the model keeps the ticks); Delete Run and
// Compare Runs ask the main window (signals), which changes the history.
#include <QList>
#include <QWidget>

class QTreeView;
class QPushButton;

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

signals:
    void currentRunChanged(int index);
    void comparedRunsChanged();
    void deleteRequested(int index);
    void compareRequested(int first, int second);

private:
    RunHistory* history_ = nullptr;
    QTreeView* tree_ = nullptr;
    QPushButton* delete_ = nullptr;
    QPushButton* compare_ = nullptr;
    void updateButtons();
};

}  // namespace mtl::ui
