#include "app/RunsPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "train/RunHistory.h"

namespace mtl::ui {

namespace {

// A list whose horizontal position stays where the user left it when a row becomes current
// (clicking a cell of a wide column would otherwise scroll the check boxes out of view).
class RunTree : public QTreeView {
public:
    using QTreeView::QTreeView;
    void scrollTo(const QModelIndex& index, ScrollHint hint) override {
        const int x = horizontalScrollBar()->value();
        QTreeView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(x);
    }
};

}  // namespace

RunsPanel::RunsPanel(RunHistory* history, QWidget* parent) : QWidget(parent), history_(history) {
    tree_ = new RunTree(this);
    tree_->setModel(history_);
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
    exportTorch_ = new QAction(tr("Export to &PyTorch…"), this);
    exportTorch_->setObjectName(QStringLiteral("exportRunTorch"));
    exportTorch_->setStatusTip(
        tr("Write the selected run as a PyTorch folder: model, weights, preprocessing and a "
           "DistributedDataParallel training script"));
    exportOnnx_ = new QAction(tr("Export to &ONNX…"), this);
    exportOnnx_->setObjectName(QStringLiteral("exportRunOnnx"));
    exportOnnx_->setStatusTip(
        tr("Write the selected run's model and weights as an ONNX file for serving (needs Python "
           "with PyTorch and ONNX)"));
    tree_->setContextMenuPolicy(Qt::ActionsContextMenu);
    tree_->addAction(exportTorch_);
    tree_->addAction(exportOnnx_);
    export_ = new QToolButton(this);
    export_->setObjectName(QStringLiteral("exportRunButton"));
    export_->setText(tr("Export"));
    export_->setToolTip(tr("Export the selected run to PyTorch or ONNX"));
    export_->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(export_);
    exportMenu->addAction(exportTorch_);
    exportMenu->addAction(exportOnnx_);
    export_->setMenu(exportMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(tree_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(export_);
    buttons->addWidget(compare_);
    buttons->addWidget(delete_);
    layout->addLayout(buttons);

    connect(tree_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentRunChanged(currentRun());
    });
    connect(history_, &RunHistory::comparedChanged, this, [this] {
        updateButtons();
        emit comparedRunsChanged();
    });
    connect(history_, &QAbstractItemModel::modelReset, this, &RunsPanel::updateButtons);
    connect(history_, &QAbstractItemModel::rowsRemoved, this, &RunsPanel::updateButtons);
    connect(compare_, &QPushButton::clicked, this, [this] {
        const QList<int> pair = comparisonPair();
        if (pair.size() == 2) emit compareRequested(pair[0], pair[1]);
    });
    connect(exportTorch_, &QAction::triggered, this, [this] {
        if (currentRun() >= 0) emit exportRequested(currentRun(), 0);
    });
    connect(exportOnnx_, &QAction::triggered, this, [this] {
        if (currentRun() >= 0) emit exportRequested(currentRun(), 1);
    });
    connect(delete_, &QPushButton::clicked, this, [this] {
        if (currentRun() >= 0) emit deleteRequested(currentRun());
    });
    updateButtons();
}

QList<int> RunsPanel::comparisonPair() const {
    const QList<int> ticked = comparedRuns();
    if (ticked.size() >= 2) return ticked.mid(0, 2);
    const int current = currentRun();
    if (ticked.size() == 1 && current >= 0 && current != ticked[0]) return {current, ticked[0]};
    return {};
}

void RunsPanel::setExportBusy(bool busy) {
    exportBusy_ = busy;
    updateButtons();
}

void RunsPanel::updateButtons() {
    delete_->setEnabled(currentRun() >= 0);
    const bool exportable = currentRun() >= 0 && !exportBusy_;
    exportTorch_->setEnabled(exportable);
    exportOnnx_->setEnabled(exportable);
    export_->setEnabled(exportable);
    compare_->setEnabled(comparisonPair().size() == 2);
}

int RunsPanel::currentRun() const {
    const QModelIndex i = tree_->selectionModel()->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void RunsPanel::setCurrentRun(int index) {
    QItemSelectionModel* s = tree_->selectionModel();
    if (index < 0 || index >= history_->count()) {
        s->clear();  // emits currentRowChanged when a run was current
        if (s->currentIndex().isValid()) s->setCurrentIndex({}, QItemSelectionModel::Clear);
        return;
    }
    s->setCurrentIndex(history_->index(index, RunHistory::RunColumn),
                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<int> RunsPanel::comparedRuns() const { return history_->compared(); }

}  // namespace mtl::ui
