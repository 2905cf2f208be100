#pragma once
// Table models of an experiment's results (core/experiment/Stats.h), for the Experiments panel.
//
// ExperimentModel: one row per cell group (every axis but the seed): data setting, architecture,
// hyper-parameters, runs, per task the test metric's mean +- 95% CI (AUC for binary tasks, MSE for
// regression), the mean test score +- CI, the best run's seed, and whether the group is the
// setting chosen by validation for its architecture and data (the MMoE paper's protocol), and
// the task conflict (mean gradient cosine of the runs +- CI; the tooltip adds the share of
// measured steps in conflict). The architecture is named with its loss weighting method when
// that is not EW: methods are compared, not chosen (experiment/Stats.h). The tooltip of a
// statistic gives its standard deviation, range and n.
// PairedDifferenceModel: per data setting, pair of architectures and task, the paired difference
// of their test metrics over common seeds (selected settings), mean +- 95% CI.
#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

#include "experiment/Stats.h"

namespace mtl::ui {

class ExperimentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DataColumn, ArchColumn, HyperColumn, RunsColumn, FirstTaskColumn };
    static constexpr int GroupKeyRole = Qt::UserRole + 1;

    explicit ExperimentModel(QObject* parent = nullptr);

    void setRuns(const std::vector<mtl::exp::RunSummary>& runs);
    const std::vector<mtl::exp::GroupStats>& groups() const { return groups_; }
    // The architecture as shown (a graph file by its file name).
    static QString archName(const std::string& arch);
    // An architecture with its loss weighting method, "MMoE · uw" (EW, the default, unnamed).
    static QString methodName(const std::string& arch, const std::string& weighting);
    // The hyper-parameters of a group as shown: "opt=adam, lr=0.001, batch=256, epochs=10".
    static QString hyperText(const std::string& hyper);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "0.9123 ± 0.0042" (the CI part left out when n < 2).
    static QString meanCi(const mtl::exp::Stat& s);

private:
    std::vector<mtl::exp::GroupStats> groups_;
    std::vector<bool> selected_;
    QStringList tasks_;
    std::vector<bool> taskHigher_;
};

class PairedDifferenceModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit PairedDifferenceModel(QObject* parent = nullptr);
    void setRuns(const std::vector<mtl::exp::RunSummary>& runs);
    const std::vector<mtl::exp::PairedDiff>& differences() const { return diffs_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<mtl::exp::PairedDiff> diffs_;
};

}  // namespace mtl::ui
