#include "editor/ProblemList.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "CoreText.h"
#include "editor/GraphDocument.h"

namespace mtl::ui {

namespace {

constexpr int kNodeRole = Qt::UserRole;  // the problem's node id (-1: the whole graph)
enum Column { BlockColumn, KindColumn, MessageColumn };

}  // namespace

QString ProblemList::issueKindText(mtl::Issue::Kind kind) {
    using K = mtl::Issue::Kind;
    switch (kind) {
        case K::UnknownType:
            return tr("Unknown block type");
        case K::BadParam:
            return tr("Invalid parameter");
        case K::UnknownPort:
            return tr("Unknown port");
        case K::Cycle:
            return tr("Cycle");
        case K::UnconnectedInput:
            return tr("Unconnected input");
        case K::MultipleEdges:
            return tr("Several connections");
        case K::PortKindMismatch:
            return tr("Wrong kind of connection");
        case K::DimensionMismatch:
            return tr("Width mismatch");
        case K::GateExpertCount:
            return tr("Gate and experts disagree");
        case K::NoTaskHead:
            return tr("No task");
        case K::DuplicateTaskName:
            return tr("Duplicate task name");
        case K::DuplicateNodeName:
            return tr("Duplicate block name");
        case K::NoInput:
            return tr("No input");
        case K::ActivationBeforeHead:
            return tr("Activation before a head");
        case K::PredictionAsInput:
            return tr("Prediction used as input");
    }
    return {};
}

QString ProblemList::issueDetail(const mtl::Issue& issue) { return coreText(issue.detail); }

QColor ProblemList::severityColor(mtl::Issue::Severity severity) {
    return severity == mtl::Issue::Severity::Error ? QColor(220, 53, 53) : QColor(200, 125, 0);
}

ProblemList::ProblemList(GraphDocument* doc, QWidget* parent) : QWidget(parent), doc_(doc) {
    tree_ = new QTreeWidget(this);
    tree_->setHeaderLabels({tr("Block"), tr("Problem"), tr("Message")});
    tree_->setRootIsDecorated(false);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->header()->setSectionResizeMode(BlockColumn, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_);

    // A click selects the block; so does activation (Enter, or a double click).
    connect(tree_, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { activate(item); });
    connect(tree_, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { activate(item); });
    connect(doc_, &GraphDocument::validationChanged, this, &ProblemList::refresh);
    refresh();
}

void ProblemList::refresh() {
    const std::vector<mtl::Issue>& issues = doc_->validation().issues;
    errors_ = static_cast<int>(std::count_if(issues.begin(), issues.end(), [](const mtl::Issue& i) {
        return i.severity == mtl::Issue::Severity::Error;
    }));
    warnings_ = static_cast<int>(issues.size()) - errors_;

    tree_->clear();
    tree_->setHeaderHidden(issues.empty());
    if (issues.empty()) {
        auto* item = new QTreeWidgetItem(tree_, {tr("No problems: the graph is valid")});
        item->setIcon(BlockColumn, style()->standardIcon(QStyle::SP_DialogApplyButton));
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(BlockColumn, kNodeRole, -1);
        item->setToolTip(BlockColumn, item->text(BlockColumn));  // a narrow dock cuts it short
    }
    for (mtl::Issue::Severity severity :
         {mtl::Issue::Severity::Error, mtl::Issue::Severity::Warning}) {
        const bool error = severity == mtl::Issue::Severity::Error;
        const QIcon icon = style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                       : QStyle::SP_MessageBoxWarning);
        for (const mtl::Issue& issue : issues) {
            if (issue.severity != severity) continue;
            const mtl::Node* node = doc_->graph().node(issue.node);
            QString block = node ? QString::fromStdString(node->name) : tr("Graph");
            if (node && !issue.port.empty())
                block = tr("%1, port %2").arg(block, QString::fromStdString(issue.port));
            const QString detail = issueDetail(issue);
            const QString message = node ? tr("%1: %2").arg(block, detail) : detail;
            auto* item = new QTreeWidgetItem(tree_, {block, issueKindText(issue.kind), detail});
            item->setIcon(BlockColumn, icon);
            item->setForeground(KindColumn, severityColor(severity));
            item->setData(BlockColumn, kNodeRole, node ? issue.node : -1);
            const QString tip = (error ? tr("Error: %1") : tr("Warning: %1")).arg(message);
            for (int c : {BlockColumn, KindColumn, MessageColumn}) item->setToolTip(c, tip);
        }
    }
    emit countsChanged(errors_, warnings_);
}

void ProblemList::activate(const QTreeWidgetItem* item) {
    const mtl::NodeId id = item ? item->data(BlockColumn, kNodeRole).toInt() : -1;
    if (id >= 0) emit nodeActivated(id);
}

}  // namespace mtl::ui
