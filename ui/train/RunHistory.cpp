#include "train/RunHistory.h"

#include <QFileInfo>
#include <cmath>

#include "CoreText.h"
#include "graph/Describe.h"
#include "graph/Templates.h"

namespace mtl::ui {

RunHistory::RunHistory(QObject* parent) : QAbstractTableModel(parent) {}

void RunHistory::setRuns(std::vector<mtl::RunRecord> runs) {
    beginResetModel();
    runs_ = std::move(runs);
    ticked_.assign(runs_.size(), false);
    endResetModel();
    setModified(false);
    emit comparedChanged();
}

int RunHistory::append(mtl::RunRecord run) {
    const int row = count();
    beginInsertRows({}, row, row);
    runs_.push_back(std::move(run));
    ticked_.push_back(false);
    endInsertRows();
    setModified(true);
    emit edited();
    return row;
}

bool RunHistory::remove(int row) {
    if (row < 0 || row >= count()) return false;
    const bool wasTicked = ticked_[static_cast<size_t>(row)];
    beginRemoveRows({}, row, row);
    runs_.erase(runs_.begin() + row);
    ticked_.erase(ticked_.begin() + row);
    endRemoveRows();
    setModified(true);
    emit edited();
    if (wasTicked) emit comparedChanged();
    return true;
}

QList<int> RunHistory::compared() const {
    QList<int> out;
    for (int i = 0; i < count(); ++i)
        if (ticked_[static_cast<size_t>(i)]) out << i;
    return out;
}

void RunHistory::setCompared(int row, bool ticked) {
    if (row < 0 || row >= count() || ticked_[static_cast<size_t>(row)] == ticked) return;
    ticked_[static_cast<size_t>(row)] = ticked;
    const QModelIndex i = index(row, RunColumn);
    emit dataChanged(i, i, {Qt::CheckStateRole});
    emit comparedChanged();
}

void RunHistory::setModified(bool modified) {
    if (modified_ == modified) return;
    modified_ = modified;
    emit modifiedChanged(modified);
}

int RunHistory::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

int RunHistory::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kColumns;
}

QVariant RunHistory::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) return {};
    const mtl::RunRecord& r = runs_[static_cast<size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::CheckStateRole && column == RunColumn)
        return ticked_[static_cast<size_t>(index.row())] ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole) {
        switch (column) {
            case RunColumn:
                return QString::fromStdString(r.name);
            case ArchitectureColumn:
                return architectureName(r);
            case DataColumn:
                return dataName(r.data);
            case SettingsColumn:
                return settingsText(r.config);
            case MetricsColumn:
                return metricsSummary(r);
            case ConflictColumn:
                return conflictSummary(r);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
            case RunColumn:
                return fullName(r);
            case DataColumn:
                return QString::fromStdString(r.dataDescription);
            case MetricsColumn:
                return QString::fromStdString(r.endReason);
            case ConflictColumn:
                return conflictDetails(r);
        }
    }
    return {};
}

bool RunHistory::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.column() != RunColumn || role != Qt::CheckStateRole) return false;
    setCompared(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags RunHistory::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == RunColumn) f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RunHistory::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case RunColumn:
            return tr("Run");
        case ArchitectureColumn:
            return tr("Architecture");
        case DataColumn:
            return tr("Data");
        case SettingsColumn:
            return tr("Settings");
        case MetricsColumn:
            return tr("Test metrics");
        case ConflictColumn:
            return tr("Task conflict");
    }
    return {};
}

QString RunHistory::metricsSummary(const mtl::RunRecord& run) {
    QStringList parts;
    for (const mtl::TaskMetrics& t : run.test.tasks) {
        const QString task = QString::fromStdString(t.task);
        if (t.binary && !std::isnan(t.auc))
            parts << tr("%1 AUC %2").arg(task).arg(t.auc, 0, 'f', 4);
        else if (!t.binary)
            parts << tr("%1 MSE %2").arg(task).arg(t.mse, 0, 'g', 4);
    }
    if (!run.ok)
        parts << tr("(diverged)");
    else if (run.stopped)
        parts << tr("(stopped)");
    return parts.join(QStringLiteral(" · "));
}

QString RunHistory::architectureName(const mtl::RunRecord& run) {
    const mtl::ArchitectureSummary a = mtl::summarizeArchitecture(run.graph, run.schema);
    auto templateName = [](const std::string& key) {
        for (const mtl::TemplateInfo& t : mtl::templateList())
            if (t.key == key) return coreText(t.displayName);
        return QString::fromStdString(key);
    };
    if (!a.templateKey.empty()) return templateName(a.templateKey);
    QStringList parts;
    if (a.cgcLevels > 1) parts << tr("%n level(s)", nullptr, a.cgcLevels);
    if (a.experts > 0) parts << tr("%n expert(s)", nullptr, a.experts);
    if (a.gates > 0) parts << tr("%n gate(s)", nullptr, a.gates);
    if (parts.isEmpty()) parts << tr("%n layer block(s)", nullptr, a.layers);
    parts << tr("%n task(s)", nullptr, a.taskHeads);
    const QString counts = parts.join(QStringLiteral(", "));
    return a.family.empty() ? tr("Custom: %1").arg(counts)
                            : tr("%1-like: %2").arg(templateName(a.family), counts);
}

QString RunHistory::dataName(const mtl::DataSpec& data) {
    switch (data.kind) {
        case mtl::DataSpec::Kind::Synthetic:
            return data.synthetic.binary
                       ? tr("synthetic p=%1, binary").arg(data.synthetic.p, 0, 'g', 3)
                       : tr("synthetic p=%1").arg(data.synthetic.p, 0, 'g', 3);
        case mtl::DataSpec::Kind::Census:
            return tr("census g%1").arg(data.census.group);
        case mtl::DataSpec::Kind::Csv:
            return QFileInfo(QString::fromStdString(data.csvPath)).fileName();
        case mtl::DataSpec::Kind::Funnel:
            return tr("funnel bias=%1").arg(data.funnel.bias, 0, 'g', 3);
    }
    return {};
}

QString RunHistory::settingsText(const mtl::TrainConfig& c) {
    QString text =
        tr("%1 lr %2 · batch %3 · %n epoch(s) · seed %4", nullptr, c.epochs)
            .arg(c.optimizer.kind == mtl::OptimizerKind::Adam  ? QStringLiteral("Adam")
                 : c.optimizer.kind == mtl::OptimizerKind::SGD ? QStringLiteral("SGD")
                                                               : QStringLiteral("Adagrad"))
            .arg(c.optimizer.lr, 0, 'g', 3)
            .arg(c.batchSize)
            .arg(c.seed);
    if (c.weighting.method != mtl::WeightingMethod::EW)  // the method's key, as on command lines
        text = tr("%1 · %2").arg(text, QString::fromLatin1(mtl::weightingName(c.weighting.method)));
    return text;
}

QString RunHistory::conflictSummary(const mtl::RunRecord& run) {
    if (run.conflictSamples <= 0 || std::isnan(run.meanCosine)) return {};
    return tr("cos %1 · %2% < 0")
        .arg(run.meanCosine, 0, 'f', 3)
        .arg(100 * run.conflictShare, 0, 'f', 0);
}

QString RunHistory::conflictDetails(const mtl::RunRecord& run) {
    if (run.conflictSamples <= 0)
        return tr("Task conflict was not measured in this run (Training: Conflict every).");
    QString text = tr("Over %n measured step(s): mean cosine of the tasks' gradients on the shared "
                      "parameters %1; on %2% of the steps some pair of tasks was below 0.",
                      nullptr, run.conflictSamples)
                       .arg(run.meanCosine, 0, 'f', 3)
                       .arg(100 * run.conflictShare, 0, 'f', 1);
    if (!std::isnan(run.changedShare))
        text += QLatin1Char(' ') +
                tr("The method changed the shared gradient on %1% of them, by %2% on average.")
                    .arg(100 * run.changedShare, 0, 'f', 1)
                    .arg(100 * run.meanGradientChange, 0, 'f', 1);
    return text;
}

QString RunHistory::fullName(const mtl::RunRecord& run) {
    return QStringLiteral("%1 · %2 · %3 · %4")
        .arg(QString::fromStdString(run.name), architectureName(run), dataName(run.data),
             settingsText(run.config));
}

}  // namespace mtl::ui
