#pragma once
// The node-editor canvas: a view of a GraphDocument. It builds one NodeItem per node and one
// EdgeItem per edge from doc->graph(), follows the document's signals, and turns mouse gestures
// into document edits (add, delete, connect, move); the graphics items hold no graph logic.
//
// Connecting: press on a port and drag to another; a rubber edge follows the mouse and the port
// under it turns green (allowed) or red (refused, with the reason next to the cursor). Dragging
// from an input that already has an edge picks that edge up: drop it on another input to move it,
// or on empty canvas to remove it. Dropping on a mixture whose expert inputs are all taken (or on
// an Add / Concatenate / Multiply block whose inputs are) gives it one more input for the edge.
#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <optional>
#include <string>

#include "graph/Graph.h"

class QGraphicsPathItem;

namespace mtl::ui {

class GraphDocument;
class NodeItem;
class PortItem;
class EdgeItem;
class HintItem;
struct ExpertUsage;

class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit GraphScene(GraphDocument* doc, QObject* parent = nullptr);

    GraphDocument* document() const { return doc_; }

    QList<mtl::NodeId> selectedNodes() const;
    QList<mtl::Edge> selectedEdges() const;
    void selectNodes(const QList<mtl::NodeId>& ids);  // replaces the selection
    NodeItem* nodeItem(mtl::NodeId id) const;
    PortItem* portItem(const mtl::PortRef& port, bool output) const;
    EdgeItem* edgeItem(const mtl::Edge& edge) const;
    // Bounding rectangle of the blocks and edges (no temporary items).
    QRectF contentRect() const;

    // While locked (a training run uses the graph), blocks can be moved and selected but nothing
    // can be added, removed or connected.
    void setStructureLocked(bool locked);
    bool isStructureLocked() const { return locked_; }
    // True when the structure may be edited; otherwise emits statusMessage() with the reason.
    bool ensureUnlocked();

    // A view-only halo on blocks `ids` (replacing the previous ones; empty clears): the Learn
    // panel shows which blocks an equation's symbol stands for. Not a document edit; cleared
    // when the document is reset.
    void setHighlightedNodes(const QList<mtl::NodeId>& ids);
    QList<mtl::NodeId> highlightedNodes() const { return highlighted_; }
    static QColor highlightColor();

    // The gate-usage grid under an expert-holding block (see UsageItem); empty usage removes it.
    void setExpertUsage(mtl::NodeId id, const ExpertUsage& usage);
    void clearExpertUsage();

    // What a finished connection drag from output `from` to input `to` does: connects (replacing
    // an edge into `to`) or refuses, setting *reason and emitting statusMessage().
    bool tryConnect(const mtl::PortRef& from, const mtl::PortRef& to, QString* reason = nullptr);
    // Adds a block of registry type `type` with its title under `scenePos` and selects it;
    // returns its id, or -1 when refused.
    mtl::NodeId addNodeAt(const std::string& type, QPointF scenePos);

public slots:
    // Lays every block and edge out again at the current presentation scale (app/Presentation.h).
    void refreshStyle();
    void deleteSelection();  // the selected blocks and edges, one undo step

signals:
    // A message for the status bar; an empty text withdraws the scene's previous message (the
    // drag left the refused port, connected, or ended).
    void statusMessage(const QString& text);
    void nodeDoubleClicked(mtl::NodeId id);
    // Right-click on a block (the selection, which includes it). When nothing is connected to
    // this signal the scene shows its own menu (Delete).
    void contextMenuRequested(const QList<mtl::NodeId>& nodes, const QPoint& globalPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent* event) override;

private:
    friend class NodeItem;  // re-routes its edges when it moves

    // A connection being dragged from `start` (an output, or an input when dragging backwards).
    // `pickedUp` is the edge taken from a connected input: the drag then starts at its source.
    struct ConnectionDrag {
        mtl::PortRef start;
        bool startOutput = true;
        std::optional<mtl::Edge> pickedUp;
        PortItem* target = nullptr;  // port under the mouse, highlighted
        mtl::NodeId grow = -1;       // block under the mouse that takes the edge on a new input
        QString problem;             // why `target` is refused (empty: allowed)
        QGraphicsPathItem* rubber = nullptr;
        HintItem* hint = nullptr;
    };

    void rebuild();
    void addNodeItem(const mtl::Node& node);
    void addEdgeItem(const mtl::Edge& edge);
    void removeNodeItem(mtl::NodeId id);
    void removeEdgeItem(const mtl::Edge& edge);
    void changeNode(mtl::NodeId id);
    void moveNode(mtl::NodeId id);
    void applyValidation();
    void routeEdgesOf(mtl::NodeId id);
    void route(EdgeItem* edge);
    void placeLabels();  // moves edge labels apart (see GraphScene.cpp)
    void updateSceneRect();
    QString lockedReason() const;  // empty when unlocked

    // The topmost block or edge under a point (not drag helpers); *port is set to the block's
    // port when the point is on one.
    QGraphicsItem* itemUnder(QPointF scenePos, PortItem** port = nullptr) const;
    PortItem* targetAt(QPointF scenePos) const;
    QString connectionProblem(const PortItem* target) const;
    void startConnection(PortItem* port, QPointF scenePos);
    void updateConnection(QPointF scenePos);
    void finishConnection();
    void endConnection();

    GraphDocument* doc_;
    QHash<mtl::NodeId, NodeItem*> nodes_;
    QList<EdgeItem*> edges_;
    std::optional<ConnectionDrag> drag_;
    QHash<mtl::NodeId, QPointF> moveStart_;  // positions of the selected blocks at a press
    bool locked_ = false;
    QList<mtl::NodeId> highlighted_;
};

}  // namespace mtl::ui
