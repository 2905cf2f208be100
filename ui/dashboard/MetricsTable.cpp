#include "dashboard/MetricsTable.h"

#include <QHeaderView>
#include <QIcon>
#include <QLocale>
#include <QPixmap>
#include <algorithm>
#include <cmath>

#include "dashboard/ChartStyle.h"

namespace mtl::ui {

namespace {

// A cell sorted by the number in its UserRole (NaN last), not by its text.
class NumberItem : public QTableWidgetItem {
public:
    bool operator<(const QTableWidgetItem& other) const override {
        const double a = data(Qt::UserRole).toDouble(), b = other.data(Qt::UserRole).toDouble();
        if (std::isnan(a) || std::isnan(b)) return !std::isnan(a) && std::isnan(b);
        return a < b;
    }
};

// A number cell: shown with `decimals` (an em dash for NaN), sorted by value.
QTableWidgetItem* numberItem(double v, int decimals) {
    auto* item = new NumberItem;
    item->setData(Qt::DisplayRole, std::isnan(v) ? QVariant(QStringLiteral("\u2014"))
                                                 : QVariant(QLocale().toString(v, 'f', decimals)));
    item->setData(Qt::UserRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

MetricsTable::MetricsTable(QWidget* parent) : QTableWidget(parent) {
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Task"), tr("AUC"), tr("Log-loss / MSE"), tr("Examples")});
    horizontalHeaderItem(TaskColumn)->setToolTip(tr("The task (model head)"));
    horizontalHeaderItem(AucColumn)->setToolTip(tr("ROC-AUC on the test split (binary tasks)"));
    horizontalHeaderItem(LossColumn)
        ->setToolTip(tr("Log-loss for binary tasks, mean squared error for regression tasks, on "
                        "the test split"));
    horizontalHeaderItem(CountColumn)->setToolTip(tr("Labelled test examples of the task"));
    horizontalHeader()->setSectionResizeMode(TaskColumn, QHeaderView::Stretch);
    for (int c = AucColumn; c < ColumnCount; ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    verticalHeader()->setVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
}

void MetricsTable::setRun(const mtl::RunRecord& run) {
    setSortingEnabled(false);
    clear();
    const auto& tasks = run.test.tasks;
    setRowCount(static_cast<int>(tasks.size()));
    for (int r = 0; r < rowCount(); ++r) {
        const mtl::TaskMetrics& m = tasks[static_cast<size_t>(r)];
        auto* task = new QTableWidgetItem(QString::fromStdString(m.task));
        // The swatch of the task's colour in the charts (tasks in head order).
        auto it = std::find(run.taskNames.begin(), run.taskNames.end(), m.task);
        const int index =
            it == run.taskNames.end() ? r : static_cast<int>(it - run.taskNames.begin());
        QPixmap swatch(fontMetrics().height() * 2 / 3, fontMetrics().height() * 2 / 3);
        swatch.fill(chartstyle::seriesColor(index));
        task->setIcon(QIcon(swatch));
        task->setToolTip(m.binary ? tr("%1: binary task").arg(task->text())
                                  : tr("%1: regression task").arg(task->text()));
        setItem(r, TaskColumn, task);
        QTableWidgetItem* auc = numberItem(m.binary ? m.auc : std::nan(""), 4);
        if (!m.binary) auc->setToolTip(tr("No AUC: %1 is a regression task").arg(task->text()));
        setItem(r, AucColumn, auc);
        QTableWidgetItem* loss = numberItem(m.loss, 4);
        loss->setToolTip(m.binary ? tr("Log-loss") : tr("Mean squared error"));
        setItem(r, LossColumn, loss);
        auto* count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, m.count);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(r, CountColumn, count);
    }
    setSortingEnabled(true);
    // AUC applies to binary tasks only: the column goes when no task has one.
    const bool anyBinary =
        std::any_of(tasks.begin(), tasks.end(), [](const mtl::TaskMetrics& m) { return m.binary; });
    setColumnHidden(AucColumn, !tasks.empty() && !anyBinary);
    horizontalHeaderItem(LossColumn)
        ->setText(tasks.empty() || (anyBinary && std::any_of(tasks.begin(), tasks.end(),
                                                             [](const mtl::TaskMetrics& m) {
                                                                 return !m.binary;
                                                             }))
                      ? tr("Log-loss / MSE")
                  : anyBinary ? tr("Log-loss")
                              : tr("MSE"));
}

void MetricsTable::clear() {
    clearContents();
    setRowCount(0);
}

}  // namespace mtl::ui
