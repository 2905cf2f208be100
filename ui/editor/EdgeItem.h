#pragma once
// A connection on the canvas: a cubic Bézier from an output port to an input port, ending in an
// arrow, labelled near the arrow with the inferred shape of what flows along it. Selectable (the
// scene deletes selected edges); GraphScene sets its ends when either block moves or changes.
#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

#include "graph/Graph.h"

namespace mtl::ui {

class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    explicit EdgeItem(const mtl::Edge& edge);

    const mtl::Edge& edge() const { return edge_; }
    void setEnds(QPointF from, QPointF to);  // scene coordinates of the two port anchors
    void setKind(mtl::PortKind kind);        // what flows: sets the colour
    void setLabel(const QString& label);     // e.g. "64", "8 × 16"; empty: no label
    QString label() const { return label_; }
    void setProblem(bool problem);  // the target port has a validation error: drawn in red
    // The curve used by edges and by the connection being dragged (from an output towards an
    // input: leaves to the right, arrives from the left).
    static QPainterPath curve(QPointF from, QPointF to);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QRectF labelRect() const;
    void rebuild();

    mtl::Edge edge_;
    QPointF from_, to_;
    QPainterPath path_;  // the curve, ending where the arrow starts
    QPolygonF arrow_;
    QPainterPath shape_;
    mtl::PortKind kind_ = mtl::PortKind::Features;
    QString label_;
    bool problem_ = false, hovered_ = false;
};

}  // namespace mtl::ui
