#include "app/RunsPanel.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

namespace mtl::ui {

RunsPanel::RunsPanel(QWidget* parent) : QWidget(parent) {
    tree_ = new QTreeWidget(this);
    tree_->setColumnCount(3);
    tree_->setHeaderLabels({tr("Run"), tr("Data"), tr("Test metrics")});
    tree_->setRootIsDecorated(false);
    tree_->setUniformRowHeights(true);
    tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree_->setToolTip(tr("Click a run to show it; tick runs to overlay them on the charts."));
    delete_ = new QPushButton(tr("Delete Run"), this);
    delete_->setToolTip(tr("Remove the selected run from the project"));
    delete_->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tree_);
    layout->addWidget(delete_, 0, Qt::AlignRight);

    connect(tree_, &QTreeWidget::currentItemChanged, this, [this] {
        delete_->setEnabled(currentRun() >= 0);
        if (!filling_) emit currentRunChanged(currentRun());
    });
    connect(tree_, &QTreeWidget::itemChanged, this, [this] {
        if (!filling_) emit comparedRunsChanged();
    });
    connect(delete_, &QPushButton::clicked, this, [this] {
        if (currentRun() >= 0) emit deleteRequested(currentRun());
    });
}

QString RunsPanel::metricsSummary(const mtl::RunRecord& run) {
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

void RunsPanel::setRuns(const std::vector<mtl::RunRecord>& runs) {
    const int keep = currentRun();
    filling_ = true;
    tree_->clear();
    for (const mtl::RunRecord& r : runs) {
        auto* item = new QTreeWidgetItem(tree_);
        item->setText(0, QString::fromStdString(r.name));
        item->setText(1, QString::fromStdString(r.dataDescription));
        item->setText(2, metricsSummary(r));
        item->setToolTip(2, QString::fromStdString(r.endReason));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
    }
    filling_ = false;
    setCurrentRun(std::min(keep, static_cast<int>(runs.size()) - 1));
}

int RunsPanel::currentRun() const {
    return tree_->currentItem() ? tree_->indexOfTopLevelItem(tree_->currentItem()) : -1;
}

void RunsPanel::setCurrentRun(int index) {
    tree_->setCurrentItem(index >= 0 ? tree_->topLevelItem(index) : nullptr);
}

QList<int> RunsPanel::comparedRuns() const {
    QList<int> out;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i)
        if (tree_->topLevelItem(i)->checkState(0) == Qt::Checked) out << i;
    return out;
}

}  // namespace mtl::ui
