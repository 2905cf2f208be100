#include "app/RunsPanel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <cmath>

#include "CoreText.h"
#include "graph/Describe.h"
#include "graph/Templates.h"

namespace mtl::ui {

namespace {

// A tree whose horizontal position stays where the user left it when a row becomes current
// (clicking a cell of a wide column would otherwise scroll the check boxes out of view).
class RunTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;
    void scrollTo(const QModelIndex& index, ScrollHint hint) override {
        const int x = horizontalScrollBar()->value();
        QTreeWidget::scrollTo(index, hint);
        horizontalScrollBar()->setValue(x);
    }
};

}  // namespace

RunsPanel::RunsPanel(QWidget* parent) : QWidget(parent) {
    tree_ = new RunTree(this);
    tree_->setColumnCount(5);
    tree_->setHeaderLabels(
        {tr("Run"), tr("Architecture"), tr("Data"), tr("Settings"), tr("Test metrics")});
    tree_->setRootIsDecorated(false);
    tree_->setUniformRowHeights(true);
    tree_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree_->setToolTip(tr("Click a run to show it; tick runs to overlay them on the charts."));
    delete_ = new QPushButton(tr("Delete Run"), this);
    delete_->setToolTip(tr("Remove the selected run from the project"));
    delete_->setEnabled(false);
    compare_ = new QPushButton(tr("Compare Runs"), this);
    compare_->setToolTip(
        tr("Show two runs side by side: gate heatmaps on one colour scale, curves overlaid (tick "
           "two runs, or select one and tick another)"));
    compare_->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tree_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(compare_);
    buttons->addWidget(delete_);
    layout->addLayout(buttons);

    connect(tree_, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        if (!filling_) emit currentRunChanged(currentRun());
    });
    connect(tree_, &QTreeWidget::itemChanged, this, [this] {
        updateButtons();
        if (!filling_) emit comparedRunsChanged();
    });
    connect(compare_, &QPushButton::clicked, this, [this] {
        const QList<int> pair = comparisonPair();
        if (pair.size() == 2) emit compareRequested(pair[0], pair[1]);
    });
    connect(delete_, &QPushButton::clicked, this, [this] {
        if (currentRun() >= 0) emit deleteRequested(currentRun());
    });
}

QList<int> RunsPanel::comparisonPair() const {
    const QList<int> ticked = comparedRuns();
    if (ticked.size() >= 2) return ticked.mid(0, 2);
    const int current = currentRun();
    if (ticked.size() == 1 && current >= 0 && current != ticked[0]) return {current, ticked[0]};
    return {};
}

void RunsPanel::updateButtons() {
    delete_->setEnabled(currentRun() >= 0);
    compare_->setEnabled(comparisonPair().size() == 2);
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

QString RunsPanel::architectureName(const mtl::RunRecord& run) {
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

QString RunsPanel::dataName(const mtl::DataSpec& data) {
    switch (data.kind) {
        case mtl::DataSpec::Kind::Synthetic:
            return data.synthetic.binary
                       ? tr("synthetic p=%1, binary").arg(data.synthetic.p, 0, 'g', 3)
                       : tr("synthetic p=%1").arg(data.synthetic.p, 0, 'g', 3);
        case mtl::DataSpec::Kind::Census:
            return tr("census g%1").arg(data.census.group);
        case mtl::DataSpec::Kind::Csv:
            return QFileInfo(QString::fromStdString(data.csvPath)).fileName();
    }
    return {};
}

QString RunsPanel::settingsText(const mtl::TrainConfig& c) {
    return tr("%1 lr %2 · batch %3 · %n epoch(s) · seed %4", nullptr, c.epochs)
        .arg(c.optimizer.kind == mtl::OptimizerKind::Adam  ? QStringLiteral("Adam")  // names
             : c.optimizer.kind == mtl::OptimizerKind::SGD ? QStringLiteral("SGD")
                                                           : QStringLiteral("Adagrad"))
        .arg(c.optimizer.lr, 0, 'g', 3)
        .arg(c.batchSize)
        .arg(c.seed);
}

void RunsPanel::setRuns(const std::vector<mtl::RunRecord>& runs) {
    const int keep = currentRun();
    filling_ = true;
    tree_->clear();
    for (const mtl::RunRecord& r : runs) {
        auto* item = new QTreeWidgetItem(tree_);
        item->setText(RunColumn, QString::fromStdString(r.name));
        item->setToolTip(RunColumn, QStringLiteral("%1 · %2 · %3 · %4")
                                        .arg(QString::fromStdString(r.name), architectureName(r),
                                             dataName(r.data), settingsText(r.config)));
        item->setText(ArchitectureColumn, architectureName(r));
        item->setText(DataColumn, dataName(r.data));
        item->setToolTip(DataColumn, QString::fromStdString(r.dataDescription));
        item->setText(SettingsColumn, settingsText(r.config));
        item->setText(MetricsColumn, metricsSummary(r));
        item->setToolTip(MetricsColumn, QString::fromStdString(r.endReason));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
    }
    filling_ = false;
    setCurrentRun(std::min(keep, static_cast<int>(runs.size()) - 1));
    updateButtons();
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
        if (tree_->topLevelItem(i)->checkState(RunColumn) == Qt::Checked) out << i;
    return out;
}

}  // namespace mtl::ui
