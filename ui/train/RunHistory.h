#pragma once
// The project's finished runs, oldest first, as a Qt item model: one row per run, the columns
// the run list shows (name, architecture, data, settings, test metrics), a check box in the first
// column that marks the run for comparison. The model owns the RunRecords; the main window, the
// run list (RunsPanel, a view) and project saving all read the same object, and only the calls
// below change it.
//
// Modified: appending or removing a run marks the history modified (the project then has
// unsaved changes); setRuns() (a project opened or saved) and setModified(false) clear it.
// Ticking a run does not (comparison is a view choice, not project content).
//
// The text helpers describe a run the same way wherever it is named (list, comparison window
// titles, status messages).
#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <vector>

#include "train/RunRecord.h"

namespace mtl::ui {

class RunHistory : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RunColumn,
        ArchitectureColumn,
        DataColumn,
        SettingsColumn,
        MetricsColumn,
        ConflictColumn
    };
    static constexpr int kColumns = 6;

    explicit RunHistory(QObject* parent = nullptr);

    const std::vector<mtl::RunRecord>& runs() const { return runs_; }
    int count() const { return static_cast<int>(runs_.size()); }
    const mtl::RunRecord& run(int row) const { return runs_.at(static_cast<size_t>(row)); }

    // Replaces every run (a project opened): no run ticked, not modified.
    void setRuns(std::vector<mtl::RunRecord> runs);
    // Adds a run at the end and returns its row; marks the history modified.
    int append(mtl::RunRecord run);
    // Removes a run (false if row is out of range); marks the history modified.
    bool remove(int row);

    // The ticked runs, in row order; tick or untick one (out of range: ignored).
    QList<int> compared() const;
    void setCompared(int row, bool ticked);

    bool isModified() const { return modified_; }
    void setModified(bool modified);

    // QAbstractItemModel
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // One line for a run's final test metrics, e.g. "income AUC 0.947 · marital AUC 0.995".
    static QString metricsSummary(const mtl::RunRecord& run);
    // The run's task conflict, e.g. "cos 0.011 · 21% < 0" (empty when it was not measured), and
    // the sentence its tooltip gives (with the gradient methods' changes).
    static QString conflictSummary(const mtl::RunRecord& run);
    static QString conflictDetails(const mtl::RunRecord& run);
    // The run's architecture: its template's name while the graph has the template's structure
    // ("PLE"), else a summary ("MMoE-like: 8 experts, 2 gates").
    static QString architectureName(const mtl::RunRecord& run);
    // The data in a few words: "census g1", "synthetic p=0.5", a CSV file's name.
    static QString dataName(const mtl::DataSpec& data);
    // The key hyper-parameters: "Adam lr 0.001 · batch 256 · 10 epochs · seed 1".
    static QString settingsText(const mtl::TrainConfig& config);
    // "Run 2 · PLE · census g1 · Adam lr 0.001 · ...": a run named in full (window titles).
    static QString fullName(const mtl::RunRecord& run);

signals:
    void comparedChanged();
    void modifiedChanged(bool modified);
    void edited();  // a run appended or removed

private:
    std::vector<mtl::RunRecord> runs_;
    std::vector<bool> ticked_;  // per row
    bool modified_ = false;
};

}  // namespace mtl::ui
