#include "editor/GraphScene.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaMethod>
#include <QPainter>
#include <QUndoStack>
#include <algorithm>
#include <set>

#include "editor/EdgeItem.h"
#include "editor/GraphDocument.h"
#include "editor/NodeItem.h"
#include "editor/PortItem.h"
#include "editor/ProblemList.h"
#include "editor/UsageItem.h"

namespace mtl::ui {

namespace {
constexpr qreal kSceneMargin = 1500;  // room to pan and to add blocks around the graph
}  // namespace

// A short text next to the cursor while connecting (e.g. why a connection is refused). Keeps its
// size at any zoom.
class HintItem : public QGraphicsItem {
public:
    HintItem() {
        setFlag(ItemIgnoresTransformations);
        setZValue(10);
    }
    void setText(const QString& text, const QColor& accent) {
        if (text == text_ && accent == accent_) return;
        prepareGeometryChange();
        text_ = text;
        accent_ = accent;
    }
    QRectF boundingRect() const override {
        const QFontMetricsF fm(QApplication::font());
        const QRectF text = fm.boundingRect(QRectF(0, 0, 320, 1000), Qt::TextWordWrap, text_);
        return text.translated(kOffset + kPad, kOffset + kPad).adjusted(-kPad, -kPad, kPad, kPad);
    }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override {
        const QPalette pal = canvas::palette(this);
        const QRectF r = boundingRect();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(accent_, 1.5));
        p->setBrush(pal.color(QPalette::ToolTipBase));
        p->drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4);
        p->setPen(pal.color(QPalette::ToolTipText));
        p->setFont(QApplication::font());
        p->drawText(r.adjusted(kPad, kPad, -kPad, -kPad), Qt::TextWordWrap, text_);
    }

private:
    static constexpr qreal kOffset = 14, kPad = 5;  // below and right of the cursor
    QString text_;
    QColor accent_;
};

GraphScene::GraphScene(GraphDocument* doc, QObject* parent) : QGraphicsScene(parent), doc_(doc) {
    connect(doc, &GraphDocument::graphReset, this, &GraphScene::rebuild);
    connect(doc, &GraphDocument::nodeAdded, this, [this](mtl::NodeId id) {
        if (const mtl::Node* n = doc_->graph().node(id)) addNodeItem(*n);
        updateSceneRect();
    });
    connect(doc, &GraphDocument::nodeRemoved, this, &GraphScene::removeNodeItem);
    connect(doc, &GraphDocument::nodeChanged, this, &GraphScene::changeNode);
    connect(doc, &GraphDocument::nodeMoved, this, &GraphScene::moveNode);
    connect(doc, &GraphDocument::edgeAdded, this, &GraphScene::addEdgeItem);
    connect(doc, &GraphDocument::edgeRemoved, this, &GraphScene::removeEdgeItem);
    connect(doc, &GraphDocument::validationChanged, this, &GraphScene::applyValidation);
    rebuild();
}

// ---- following the document ----

void GraphScene::rebuild() {
    endConnection();
    moveStart_.clear();
    qDeleteAll(edges_);
    edges_.clear();
    qDeleteAll(nodes_);
    nodes_.clear();
    highlighted_.clear();  // another graph: its ids name other blocks
    for (const mtl::Node& n : doc_->graph().nodes()) addNodeItem(n);
    for (const mtl::Edge& e : doc_->graph().edges()) addEdgeItem(e);
    applyValidation();
    setSceneRect(contentRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

void GraphScene::addNodeItem(const mtl::Node& node) {
    auto* item = new NodeItem(node);
    nodes_.insert(node.id, item);
    addItem(item);
    if (highlighted_.contains(node.id)) item->setHighlight(highlightColor());
}

// A yellow that no palette category uses (the gates' hue is orange), outlined on the canvas.
QColor GraphScene::highlightColor() { return QColor(255, 214, 0); }

void GraphScene::setHighlightedNodes(const QList<mtl::NodeId>& ids) {
    for (mtl::NodeId id : highlighted_)
        if (NodeItem* item = nodes_.value(id)) item->setHighlight(QColor());
    highlighted_.clear();
    for (mtl::NodeId id : ids) {
        if (NodeItem* item = nodes_.value(id)) {
            item->setHighlight(highlightColor());
            highlighted_ << id;
        }
    }
}

void GraphScene::addEdgeItem(const mtl::Edge& edge) {
    auto* item = new EdgeItem(edge);
    edges_ << item;
    addItem(item);
    route(item);
}

void GraphScene::removeNodeItem(mtl::NodeId id) {
    endConnection();  // the drag may point at this block's ports
    moveStart_.remove(id);
    highlighted_.removeAll(id);
    delete nodes_.take(id);
    routeEdgesOf(id);  // hides edges still attached (they are removed right after)
    updateSceneRect();
}

void GraphScene::removeEdgeItem(const mtl::Edge& edge) {
    if (EdgeItem* item = edgeItem(edge)) {
        edges_.removeOne(item);
        delete item;
    }
}

void GraphScene::changeNode(mtl::NodeId id) {
    NodeItem* item = nodes_.value(id);
    const mtl::Node* node = doc_->graph().node(id);
    if (!item || !node) return;
    endConnection();  // the block's ports are rebuilt
    item->setNode(*node);
    routeEdgesOf(id);
}

void GraphScene::refreshStyle() {
    for (const mtl::Node& n : doc_->graph().nodes()) changeNode(n.id);
    applyValidation();
    placeLabels();
    updateSceneRect();
}

void GraphScene::moveNode(mtl::NodeId id) {
    NodeItem* item = nodes_.value(id);
    const mtl::Node* node = doc_->graph().node(id);
    if (!item || !node) return;
    item->setPos(node->x, node->y);  // re-routes its edges
    updateSceneRect();
}

void GraphScene::applyValidation() {
    const mtl::ValidationResult& v = doc_->validation();
    const mtl::Graph& g = doc_->graph();
    QHash<mtl::NodeId, QStringList> errors, warnings;
    std::set<mtl::PortRef> problemPorts;
    for (const mtl::Issue& issue : v.issues) {
        if (issue.node < 0) continue;  // about the whole graph: the problem list shows it
        const bool error = issue.severity == mtl::Issue::Severity::Error;
        const QString detail = ProblemList::issueDetail(issue);
        (error ? errors : warnings)[issue.node]
            << (issue.port.empty()
                    ? detail
                    : tr("port %1: %2").arg(QString::fromStdString(issue.port), detail));
        if (error && !issue.port.empty()) problemPorts.insert({issue.node, issue.port});
    }
    auto shapeOf = [&](const mtl::PortRef& output) {
        auto it = v.shapes.find(output);
        return it == v.shapes.end() ? QString() : GraphDocument::shapeText(it->second);
    };
    for (NodeItem* node : std::as_const(nodes_)) {
        node->setIssues(errors.value(node->id()), warnings.value(node->id()));
        for (PortItem* p : node->outputs()) {
            p->setShapeText(shapeOf(p->ref()));
            p->setProblem(problemPorts.count(p->ref()));
        }
        for (PortItem* p : node->inputs()) {
            const std::optional<mtl::Edge> in = g.edgeInto(p->ref());
            p->setShapeText(in ? shapeOf(in->from) : QString());
            p->setProblem(problemPorts.count(p->ref()));
        }
    }
    auto portName = [&](const mtl::PortRef& r) {
        const mtl::Node* n = g.node(r.node);
        return QStringLiteral("%1.%2").arg(n ? QString::fromStdString(n->name) : QString(),
                                           QString::fromStdString(r.port));
    };
    for (EdgeItem* edge : std::as_const(edges_)) {
        const mtl::Edge& e = edge->edge();
        edge->setLabel(shapeOf(e.from));
        edge->setProblem(problemPorts.count(e.to));
        const QString shape = edge->label().isEmpty() ? tr("shape unknown") : edge->label();
        edge->setToolTip(tr("%1 → %2 (%3)").arg(portName(e.from), portName(e.to), shape));
    }
    placeLabels();
}

void GraphScene::routeEdgesOf(mtl::NodeId id) {
    for (EdgeItem* e : std::as_const(edges_))
        if (e->edge().from.node == id || e->edge().to.node == id) route(e);
    placeLabels();
}

// Labels go just before their arrows; where one would overlap a label placed already (edges
// from one output into neighbouring ports, e.g. "517 (sparse)" into a CGC level's three inputs),
// it slides back along its curve to the first free place. When there is none, a label that
// repeats one shown on another edge from the same output is left out (the tooltip still tells).
void GraphScene::placeLabels() {
    QList<EdgeItem*> labelled;
    for (EdgeItem* e : std::as_const(edges_))
        if (e->isVisible() && !e->label().isEmpty()) labelled << e;
    // Top to bottom by arrow, so that the result does not depend on the order edges were made.
    auto arrow = [](const EdgeItem* e) { return e->labelRectAt(0).center(); };
    std::stable_sort(labelled.begin(), labelled.end(), [&](EdgeItem* a, EdgeItem* b) {
        const QPointF pa = arrow(a), pb = arrow(b);
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    QVector<QRectF> placed;
    QHash<QString, QList<QRectF>> shownFrom;  // output port + label -> where it is shown
    auto isFree = [&](const QRectF& r) {
        const QRectF padded = r.adjusted(-1, -1, 1, 1);
        return std::none_of(placed.begin(), placed.end(),
                            [&](const QRectF& p) { return p.intersects(padded); });
    };
    for (EdgeItem* e : labelled) {
        const qreal first = e->defaultLabelDistance();
        const qreal last = e->curveLength() - first;
        const qreal step = std::max<qreal>(4, e->labelRectAt(first).height() / 2);
        qreal chosen = -1;
        for (qreal d = first; chosen < 0 && d <= std::max(first, last); d += step)
            if (isFree(e->labelRectAt(d))) chosen = d;
        const QString key = QStringLiteral("%1/%2/%3")
                                .arg(e->edge().from.node)
                                .arg(QString::fromStdString(e->edge().from.port), e->label());
        if (chosen < 0 && shownFrom.contains(key)) {
            e->setLabelShown(false);
            continue;
        }
        e->setLabelShown(true);
        e->setLabelDistance(chosen < 0 ? first : chosen);
        placed << e->labelRect();
        shownFrom[key] << e->labelRect();
    }
}

void GraphScene::route(EdgeItem* edge) {
    const PortItem* from = portItem(edge->edge().from, true);
    const PortItem* to = portItem(edge->edge().to, false);
    const bool pickedUp = drag_ && drag_->pickedUp == edge->edge();
    edge->setVisible(from && to && !pickedUp);
    if (!from || !to) return;
    edge->setEnds(from->anchor(), to->anchor());
    edge->setKind(from->kind());
}

void GraphScene::updateSceneRect() {
    // Grow only: a scene rectangle that moves under the view would shift every block on screen
    // (a block dropped at the cursor would jump away from it). rebuild() starts afresh.
    const QRectF wanted =
        contentRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    if (!sceneRect().contains(wanted)) setSceneRect(sceneRect().united(wanted));
}

// ---- queries ----

QList<mtl::NodeId> GraphScene::selectedNodes() const {
    QList<mtl::NodeId> ids;
    for (QGraphicsItem* item : selectedItems())
        if (auto* n = qgraphicsitem_cast<NodeItem*>(item)) ids << n->id();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<mtl::Edge> GraphScene::selectedEdges() const {
    QList<mtl::Edge> edges;
    for (EdgeItem* e : edges_)
        if (e->isSelected()) edges << e->edge();
    return edges;
}

void GraphScene::selectNodes(const QList<mtl::NodeId>& ids) {
    clearSelection();
    for (mtl::NodeId id : ids)
        if (NodeItem* n = nodes_.value(id)) n->setSelected(true);
}

NodeItem* GraphScene::nodeItem(mtl::NodeId id) const { return nodes_.value(id); }

PortItem* GraphScene::portItem(const mtl::PortRef& port, bool output) const {
    NodeItem* n = nodes_.value(port.node);
    return n ? n->port(port.port, output) : nullptr;
}

EdgeItem* GraphScene::edgeItem(const mtl::Edge& edge) const {
    for (EdgeItem* e : edges_)
        if (e->edge() == edge) return e;
    return nullptr;
}

QRectF GraphScene::contentRect() const {
    QRectF r;
    for (NodeItem* n : nodes_) r |= n->sceneBoundingRect();
    for (EdgeItem* e : edges_)
        if (e->isVisible()) r |= e->sceneBoundingRect();
    return r;
}

QGraphicsItem* GraphScene::itemUnder(QPointF scenePos, PortItem** port) const {
    for (QGraphicsItem* item : items(scenePos)) {
        QGraphicsItem* top = item->topLevelItem();
        if (top->type() != NodeItem::Type && top->type() != EdgeItem::Type)
            continue;  // drag helpers
        if (port) *port = qgraphicsitem_cast<PortItem*>(item);
        return top;
    }
    return nullptr;
}

// ---- edits ----

bool GraphScene::ensureUnlocked() {
    if (!locked_) return true;
    emit statusMessage(lockedReason());
    return false;
}

QString GraphScene::lockedReason() const {
    return locked_ ? tr("The architecture cannot be changed while a training run uses it.")
                   : QString();
}

void GraphScene::setStructureLocked(bool locked) {
    locked_ = locked;
    if (locked) endConnection();
}

void GraphScene::setExpertUsage(mtl::NodeId id, const ExpertUsage& usage) {
    if (NodeItem* n = nodes_.value(id)) n->setUsage(usage);
}

void GraphScene::clearExpertUsage() {
    for (NodeItem* n : std::as_const(nodes_)) n->setUsage({});
}

bool GraphScene::tryConnect(const mtl::PortRef& from, const mtl::PortRef& to, QString* reason) {
    QString problem = lockedReason();
    if (problem.isEmpty() && doc_->connectPorts(from, to, &problem)) return true;
    if (reason) *reason = problem;
    emit statusMessage(problem);
    return false;
}

mtl::NodeId GraphScene::addNodeAt(const std::string& type, QPointF scenePos) {
    if (!ensureUnlocked()) return -1;
    const QPointF topLeft =
        scenePos - QPointF(NodeItem::kMinWidth / 2, NodeItem::headerHeight() / 2);
    const mtl::NodeId id = doc_->addNode(type, canvas::snapToGrid(topLeft));
    if (id >= 0) selectNodes({id});
    return id;
}

void GraphScene::deleteSelection() {
    const QList<mtl::NodeId> nodes = selectedNodes();
    QList<mtl::Edge> edges;  // those not removed with their blocks anyway
    for (const mtl::Edge& e : selectedEdges())
        if (!nodes.contains(e.from.node) && !nodes.contains(e.to.node)) edges << e;
    if ((nodes.isEmpty() && edges.isEmpty()) || !ensureUnlocked()) return;
    QUndoStack* undo = doc_->undoStack();
    const bool both = !nodes.isEmpty() && !edges.isEmpty();
    if (both) undo->beginMacro(tr("Delete"));
    if (!edges.isEmpty()) doc_->removeEdges(edges);
    if (!nodes.isEmpty()) doc_->removeNodes(nodes);
    if (both) undo->endMacro();
}

// ---- connecting ----

QString GraphScene::connectionProblem(const PortItem* target) const {
    if (target->isOutput() == drag_->startOutput)
        return drag_->startOutput ? tr("Drop on an input port: both ports are outputs.")
                                  : tr("Drop on an output port: both ports are inputs.");
    const mtl::PortRef from = drag_->startOutput ? drag_->start : target->ref();
    const mtl::PortRef to = drag_->startOutput ? target->ref() : drag_->start;
    if (drag_->pickedUp && drag_->pickedUp->to == to) return {};  // put back where it was
    return doc_->connectionProblem(from, to);
}

PortItem* GraphScene::targetAt(QPointF scenePos) const {
    PortItem* port = nullptr;
    auto* node = qgraphicsitem_cast<NodeItem*>(itemUnder(scenePos, &port));
    if (port || !node) return port;
    // Over a block but not on a port: its first free allowed port, else an allowed one, else the
    // first one (refused: its reason tells why the block does not fit).
    const bool wantOutput = !drag_->startOutput;
    const QList<PortItem*>& ports = wantOutput ? node->outputs() : node->inputs();
    PortItem* allowed = nullptr;
    for (PortItem* p : ports) {
        if (!connectionProblem(p).isEmpty()) continue;
        if (wantOutput || !doc_->graph().edgeInto(p->ref())) return p;
        if (!allowed) allowed = p;
    }
    return allowed ? allowed : ports.value(0);
}

void GraphScene::startConnection(PortItem* port, QPointF scenePos) {
    ConnectionDrag d;
    d.start = port->ref();
    d.startOutput = port->isOutput();
    if (!port->isOutput())
        if (std::optional<mtl::Edge> e = doc_->graph().edgeInto(port->ref())) {
            d.pickedUp = e;  // pick the edge up by its end: the drag continues from its source
            d.start = e->from;
            d.startOutput = true;
        }
    const PortItem* start = portItem(d.start, d.startOutput);
    if (!start) return;
    d.rubber = new QGraphicsPathItem;
    d.rubber->setPen(QPen(canvas::portKindColor(start->kind()), 2, Qt::DashLine, Qt::RoundCap));
    d.rubber->setZValue(5);
    addItem(d.rubber);
    d.hint = new HintItem;
    d.hint->hide();
    addItem(d.hint);
    drag_ = std::move(d);
    if (drag_->pickedUp)
        if (EdgeItem* e = edgeItem(*drag_->pickedUp)) route(e);  // hides it
    updateConnection(scenePos);
}

void GraphScene::updateConnection(QPointF scenePos) {
    const PortItem* start = portItem(drag_->start, drag_->startOutput);
    if (!start) {
        endConnection();
        return;
    }
    PortItem* target = targetAt(scenePos);
    if (target == start) target = nullptr;
    // Over the body of a block whose inputs of this kind are all taken and that can take one
    // more: the edge goes to a new input.
    drag_->grow = -1;
    if (drag_->startOutput && !drag_->pickedUp) {
        PortItem* onPort = nullptr;
        auto* node = qgraphicsitem_cast<NodeItem*>(itemUnder(scenePos, &onPort));
        if (node && !onPort && node->id() != drag_->start.node &&
            doc_->canGrowInput(node->id(), start->kind())) {
            drag_->grow = node->id();
            target = nullptr;
        }
    }
    if (target != drag_->target) {
        if (drag_->target) drag_->target->setHighlight(PortItem::Highlight::None);
        drag_->target = target;
        const QString before = drag_->problem;
        drag_->problem = target ? connectionProblem(target) : QString();
        if (target)
            target->setHighlight(drag_->problem.isEmpty() ? PortItem::Highlight::Accept
                                                          : PortItem::Highlight::Reject);
        if (!drag_->problem.isEmpty())
            emit statusMessage(drag_->problem);
        else if (!before.isEmpty())
            emit statusMessage(QString());  // the refused port is left behind: so is its reason
    }
    // The rubber edge runs from the output end to the input end and snaps to the target port.
    const QPointF end = target ? target->anchor() : scenePos;
    drag_->rubber->setPath(drag_->startOutput ? EdgeItem::curve(start->anchor(), end)
                                              : EdgeItem::curve(end, start->anchor()));
    const QPalette pal = palette();
    if (!drag_->problem.isEmpty())
        drag_->hint->setText(drag_->problem, canvas::errorColor());
    else if (drag_->pickedUp && !target)
        drag_->hint->setText(tr("Release to disconnect"), pal.color(QPalette::Mid));
    else if (drag_->grow >= 0)
        drag_->hint->setText(tr("Release to connect to a new input"), canvas::acceptColor());
    drag_->hint->setVisible(!drag_->problem.isEmpty() || (drag_->pickedUp && !target) ||
                            drag_->grow >= 0);
    drag_->hint->setPos(scenePos);
}

void GraphScene::finishConnection() {
    const ConnectionDrag d = *drag_;
    const std::optional<mtl::PortRef> target =
        d.target ? std::optional<mtl::PortRef>(d.target->ref()) : std::nullopt;
    endConnection();
    if (d.grow >= 0) {
        QString problem;
        if (!doc_->connectToNewInput(d.start, d.grow, &problem)) emit statusMessage(problem);
        return;
    }
    if (!target) {
        if (d.pickedUp) doc_->removeEdges({*d.pickedUp});
        emit statusMessage(QString());  // the drag ended: a reason shown on the way is stale
        return;
    }
    if (!d.problem.isEmpty()) {
        emit statusMessage(d.problem);
        return;
    }
    const mtl::PortRef from = d.startOutput ? d.start : *target;
    const mtl::PortRef to = d.startOutput ? *target : d.start;
    if (!d.pickedUp) {
        if (tryConnect(from, to)) emit statusMessage(QString());
        return;
    }
    if (d.pickedUp->to == to) {  // put back where it was
        emit statusMessage(QString());
        return;
    }
    QUndoStack* undo = doc_->undoStack();
    undo->beginMacro(tr("Move connection"));
    doc_->removeEdges({*d.pickedUp});
    const bool connected = tryConnect(from, to);
    undo->endMacro();
    if (connected) emit statusMessage(QString());
}

void GraphScene::endConnection() {
    if (!drag_) return;
    if (drag_->target) drag_->target->setHighlight(PortItem::Highlight::None);
    delete drag_->rubber;
    delete drag_->hint;
    const std::optional<mtl::Edge> pickedUp = drag_->pickedUp;
    drag_.reset();
    if (pickedUp)
        if (EdgeItem* e = edgeItem(*pickedUp)) route(e);  // shows it again
}

// ---- mouse and keyboard ----

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    PortItem* port = nullptr;
    if (event->button() == Qt::LeftButton && itemUnder(event->scenePos(), &port) && port) {
        event->accept();
        if (ensureUnlocked()) startConnection(port, event->scenePos());
        return;
    }
    QGraphicsScene::mousePressEvent(event);
    moveStart_.clear();
    if (event->button() == Qt::LeftButton && qgraphicsitem_cast<NodeItem*>(mouseGrabberItem()))
        for (mtl::NodeId id : selectedNodes()) moveStart_.insert(id, nodes_.value(id)->pos());
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (!drag_) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    updateConnection(event->scenePos());
    event->accept();
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (drag_ && event->button() == Qt::LeftButton) {
        updateConnection(event->scenePos());
        if (drag_) finishConnection();
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || moveStart_.isEmpty()) return;
    // One undo step for everything the drag moved.
    QHash<mtl::NodeId, QPointF> before, after;
    for (auto it = moveStart_.cbegin(); it != moveStart_.cend(); ++it) {
        const NodeItem* n = nodes_.value(it.key());
        if (n && n->pos() != it.value()) {
            before.insert(it.key(), it.value());
            after.insert(it.key(), n->pos());
        }
    }
    moveStart_.clear();
    if (after.isEmpty()) return;
    doc_->nodesMoved(before, after);
    updateSceneRect();
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (auto* node = qgraphicsitem_cast<NodeItem*>(itemUnder(event->scenePos()));
        node && event->button() == Qt::LeftButton) {
        event->accept();
        emit nodeDoubleClicked(node->id());
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void GraphScene::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape && drag_) {
        endConnection();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && !focusItem()) {
        deleteSelection();
        event->accept();
        return;
    }
    QGraphicsScene::keyPressEvent(event);
}

void GraphScene::contextMenuEvent(QGraphicsSceneContextMenuEvent* event) {
    QGraphicsItem* item = itemUnder(event->scenePos());
    if (!item) {
        event->ignore();  // empty canvas: the view offers quick-add
        return;
    }
    event->accept();
    if (!item->isSelected()) {
        clearSelection();
        item->setSelected(true);
    }
    if (item->type() == NodeItem::Type &&
        isSignalConnected(QMetaMethod::fromSignal(&GraphScene::contextMenuRequested))) {
        emit contextMenuRequested(selectedNodes(), event->screenPos());
        return;
    }
    QMenu menu;
    QAction* remove = menu.addAction(tr("Delete"));
    remove->setEnabled(!locked_);
    if (menu.exec(event->screenPos()) == remove) deleteSelection();
}

}  // namespace mtl::ui
