#pragma once
// A connection on the canvas: a cubic Bézier from an output port to an input port, ending in an
// arrow, labelled near the arrow with the inferred shape of what flows along it (moved along the
// curve, or hidden when it repeats a neighbour's, so that labels do not overlap). Selectable (the
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
    // Where the label sits: its centre's distance along the curve from the arrow (< 0: the
    // default, just before the arrow). GraphScene moves labels apart so that none overlap.
    void setLabelDistance(qreal distance);
    qreal defaultLabelDistance() const;
    qreal curveLength() const { return path_.length(); }
    // Hidden when another edge from the same output already shows the same label nearby.
    void setLabelShown(bool shown);
    bool isLabelShown() const { return labelShown_ && !label_.isEmpty(); }
    // The label's rectangle in scene coordinates (empty without a label), where it is or would
    // be at `distance`.
    QRectF labelRect() const;
    QRectF labelRectAt(qreal distance) const;
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
    void rebuild();

    mtl::Edge edge_;
    QPointF from_, to_;
    QPainterPath path_;  // the curve, ending where the arrow starts
    QPolygonF arrow_;
    QPainterPath shape_;
    mtl::PortKind kind_ = mtl::PortKind::Features;
    QString label_;
    qreal labelDistance_ = -1;
    bool labelShown_ = true;
    bool problem_ = false, hovered_ = false;
};

}  // namespace mtl::ui
