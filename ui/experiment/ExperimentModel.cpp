#include "experiment/ExperimentModel.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>

#include "CoreText.h"
#include "dashboard/ChartStyle.h"
#include "graph/Templates.h"

namespace mtl::ui {

namespace {
QString text(const std::string& s) { return QString::fromStdString(s); }

QString statTip(const mtl::exp::Stat& s) {
    if (s.n == 0) return ExperimentModel::tr("No finite values.");
    return ExperimentModel::tr(
               "mean %1, standard deviation %2, 95% CI %3 to %4, range %5 to %6, "
               "n = %7")
        .arg(chartstyle::formatNumber(s.mean), chartstyle::formatNumber(s.sd),
             chartstyle::formatNumber(s.lo), chartstyle::formatNumber(s.hi),
             chartstyle::formatNumber(s.min), chartstyle::formatNumber(s.max))
        .arg(s.n);
}
}  // namespace

ExperimentModel::ExperimentModel(QObject* parent) : QAbstractTableModel(parent) {}

QString ExperimentModel::archName(const std::string& arch) {
    if (arch.rfind("graph:", 0) == 0)
        return tr("graph %1").arg(QFileInfo(text(arch.substr(6))).completeBaseName());
    for (const mtl::TemplateInfo& t : mtl::templateList())
        if (t.key == arch) return coreText(t.displayName);
    return text(arch);  // a template with options: as written
}

QString ExperimentModel::methodName(const std::string& arch, const std::string& weighting) {
    if (weighting.empty() || weighting == "ew") return archName(arch);
    return tr("%1 · %2").arg(archName(arch), text(weighting));  // the method's key
}

QString ExperimentModel::hyperText(const std::string& hyper) {
    QStringList parts;
    for (const QString& part : text(hyper).split(QLatin1Char('|'), Qt::SkipEmptyParts))
        if (part != QLatin1String("lw=")) parts << part;  // the graph's loss weights
    return parts.join(QStringLiteral(", "));
}

QString ExperimentModel::meanCi(const mtl::exp::Stat& s) {
    if (s.n == 0) return QStringLiteral("—");
    if (s.n < 2 || !std::isfinite(s.half)) return chartstyle::formatNumber(s.mean);
    return tr("%1 ± %2").arg(QString::number(s.mean, 'f', 4), QString::number(s.half, 'f', 4));
}

void ExperimentModel::setRuns(const std::vector<mtl::exp::RunSummary>& runs) {
    beginResetModel();
    groups_ = mtl::exp::groupStats(runs);
    const std::vector<mtl::exp::Selection> chosen = mtl::exp::selectByValidation(runs);
    selected_.assign(groups_.size(), false);
    for (size_t g = 0; g < groups_.size(); ++g)
        for (const mtl::exp::Selection& s : chosen)
            if (s.chosen.group == groups_[g].group) selected_[g] = true;
    tasks_.clear();
    taskHigher_.clear();
    for (const mtl::exp::GroupStats& g : groups_)
        for (size_t t = 0; t < g.tasks.size(); ++t)
            if (!tasks_.contains(text(g.tasks[t]))) {
                tasks_ << text(g.tasks[t]);
                taskHigher_.push_back(g.higherIsBetter[t]);
            }
    endResetModel();
}

int ExperimentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(groups_.size());
}

int ExperimentModel::columnCount(const QModelIndex& parent) const {
    // Fixed columns, one per task, then score, best seed, selected, task conflict.
    return parent.isValid() ? 0 : FirstTaskColumn + static_cast<int>(tasks_.size()) + 4;
}

QVariant ExperimentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const mtl::exp::GroupStats& g = groups_[size_t(index.row())];
    const int c = index.column();
    const int tasks = static_cast<int>(tasks_.size());
    const int scoreColumn = FirstTaskColumn + tasks, bestColumn = scoreColumn + 1,
              selectedColumn = scoreColumn + 2, conflictColumn = scoreColumn + 3;
    if (role == GroupKeyRole) return text(g.group);
    if (role == Qt::TextAlignmentRole && c >= RunsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    const bool tip = role == Qt::ToolTipRole;
    if (c == DataColumn) return text(g.data);
    if (c == ArchColumn) return tip ? text(g.arch) : methodName(g.arch, g.weighting);
    if (c == HyperColumn) return tip ? text(g.hyper) : hyperText(g.hyper);
    if (c == RunsColumn) {
        if (tip) return tr("%n run(s), %1 failed or diverged", nullptr, g.runs).arg(g.failed);
        return g.failed ? tr("%1 (%2 failed)").arg(g.runs).arg(g.failed) : QString::number(g.runs);
    }
    if (c >= FirstTaskColumn && c < scoreColumn) {
        const auto it =
            std::find(g.tasks.begin(), g.tasks.end(), tasks_[c - FirstTaskColumn].toStdString());
        if (it == g.tasks.end()) return {};
        const mtl::exp::Stat& s = g.test[size_t(it - g.tasks.begin())];
        return tip ? statTip(s) : meanCi(s);
    }
    if (c == scoreColumn) return tip ? statTip(g.testScore) : meanCi(g.testScore);
    if (c == bestColumn)
        return tip ? tr("The run with the best test score: %1").arg(text(g.bestKey))
                   : QString::number(g.bestSeed);
    if (c == selectedColumn)
        return tip ? tr("Chosen by mean validation score among the settings of this architecture "
                        "and data")
               : selected_[size_t(index.row())] ? QStringLiteral("✓")
                                                : QString();
    if (c == conflictColumn) {
        if (!tip) return meanCi(g.meanCosine);
        if (g.meanCosine.n == 0)
            return tr("Task conflict was not measured (sweep option --conflict-every).");
        return tr("Mean cosine of the tasks' gradients on the shared parameters: %1. Share of "
                  "measured steps with a pair of tasks below 0: %2.")
            .arg(statTip(g.meanCosine), statTip(g.conflictShare));
    }
    return {};
}

QVariant ExperimentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const int tasks = static_cast<int>(tasks_.size());
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
        case DataColumn:
            return tip ? tr("The data setting of the group") : tr("Data");
        case ArchColumn:
            return tip ? tr("The architecture") : tr("Architecture");
        case HyperColumn:
            return tip ? tr("Optimizer, learning rate, batch size, epochs, loss weights")
                       : tr("Settings");
        case RunsColumn:
            return tip ? tr("Runs (seeds) in the group") : tr("Runs");
        default:
            break;
    }
    if (section >= FirstTaskColumn && section < FirstTaskColumn + tasks) {
        const int t = section - FirstTaskColumn;
        const QString metric = taskHigher_[size_t(t)] ? tr("AUC") : tr("MSE");
        return tip ? tr("Test %1 of task %2: mean ± 95% confidence interval (Student t)")
                         .arg(metric, tasks_[t])
                   : tr("%1 %2").arg(tasks_[t], metric);
    }
    if (section == FirstTaskColumn + tasks)
        return tip ? tr("Mean over tasks of the test metric: mean ± 95% confidence interval")
                   : tr("Score");
    if (section == FirstTaskColumn + tasks + 1)
        return tip ? tr("Seed of the run with the best test score") : tr("Best seed");
    if (section == FirstTaskColumn + tasks + 2)
        return tip ? tr("Selected by validation (the setting whose test metrics are reported)")
                   : tr("Selected");
    if (section == FirstTaskColumn + tasks + 3)
        return tip ? tr("Task conflict: the runs' mean cosine of the tasks' gradients on the "
                        "shared parameters, mean ± 95% confidence interval")
                   : tr("Conflict");
    return {};
}

// ------------------------------------------------------------------------ paired differences

PairedDifferenceModel::PairedDifferenceModel(QObject* parent) : QAbstractTableModel(parent) {}

void PairedDifferenceModel::setRuns(const std::vector<mtl::exp::RunSummary>& runs) {
    beginResetModel();
    diffs_ = mtl::exp::pairedDifferences(runs);
    endResetModel();
}

int PairedDifferenceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(diffs_.size());
}

int PairedDifferenceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 5;
}

QVariant PairedDifferenceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const mtl::exp::PairedDiff& d = diffs_[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() >= 3)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
        case 0:
            return text(d.data);
        case 1:
            return tr("%1 − %2").arg(ExperimentModel::methodName(d.archA, d.weightingA),
                                     ExperimentModel::methodName(d.archB, d.weightingB));
        case 2:
            return text(d.task);
        case 3:
            if (role == Qt::ToolTipRole) return statTip(d.diff);
            return ExperimentModel::meanCi(d.diff);
        case 4:
            return d.diff.n;
        default:
            return {};
    }
}

QVariant PairedDifferenceModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
        case 0:
            return tr("Data");
        case 1:
            return tip ? tr("The two architectures compared (their settings chosen by validation)")
                       : tr("Pair");
        case 2:
            return tr("Task");
        case 3:
            return tip ? tr("Test metric of the first minus the second, over the seeds both ran: "
                            "mean ± 95% confidence interval")
                       : tr("Paired difference");
        case 4:
            return tip ? tr("Common seeds") : tr("Seeds");
        default:
            return {};
    }
}

}  // namespace mtl::ui
