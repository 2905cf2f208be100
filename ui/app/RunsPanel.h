#pragma once
// The run history: every finished run of the project with its data and final test metrics.
// Selecting a run shows it; ticking "compare" overlays it on the charts; runs can be deleted.
#include <QWidget>
#include <vector>

#include "train/RunRecord.h"

class QTreeWidget;
class QPushButton;

namespace mtl::ui {

class RunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunsPanel(QWidget* parent = nullptr);

    void setRuns(const std::vector<mtl::RunRecord>& runs);  // replaces the list
    int currentRun() const;                                 // -1: none
    void setCurrentRun(int index);
    QList<int> comparedRuns() const;  // ticked, in list order
    // The two runs "Compare Runs" opens side by side: the first two ticked runs, or the current
    // run and the one ticked run; empty when there are not two.
    QList<int> comparisonPair() const;
    QPushButton* compareButton() const { return compare_; }
    QTreeWidget* tree() const { return tree_; }

    enum Column { RunColumn, ArchitectureColumn, DataColumn, SettingsColumn, MetricsColumn };

    // One line for a run's final test metrics, e.g. "income AUC 0.947 · marital AUC 0.995".
    static QString metricsSummary(const mtl::RunRecord& run);
    // The run's architecture: its template's name while the graph has the template's structure
    // ("PLE"), else a summary ("MMoE-like: 8 experts, 2 gates").
    static QString architectureName(const mtl::RunRecord& run);
    // The data in a few words: "census g1", "synthetic p=0.5", a CSV file's name.
    static QString dataName(const mtl::DataSpec& data);
    // The key hyper-parameters: "Adam lr 0.001 · batch 256 · 10 epochs · seed 1".
    static QString settingsText(const mtl::TrainConfig& config);

signals:
    void currentRunChanged(int index);
    void comparedRunsChanged();
    void deleteRequested(int index);
    void compareRequested(int first, int second);

private:
    QTreeWidget* tree_ = nullptr;
    QPushButton* delete_ = nullptr;
    QPushButton* compare_ = nullptr;
    void updateButtons();
    bool filling_ = false;
};

}  // namespace mtl::ui
