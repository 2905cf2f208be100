#pragma once
// A port of a block: a marker on the block's border (a circle for features, a square for experts,
// a diamond for gate weights) and its name; outputs also show their inferred shape. The item's
// origin is the marker's centre, where edges attach.
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>

#include "graph/Graph.h"
#include "graph/Registry.h"

namespace mtl::ui {

class NodeItem;

class PortItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(mtl::ui::PortItem)
public:
    enum { Type = UserType + 2 };
    // How the port looks while a connection is being dragged over it.
    enum class Highlight { None, Accept, Reject };
    static constexpr qreal kRadius = 5;

    PortItem(NodeItem* node, const mtl::PortSpec& spec, bool output);

    NodeItem* node() const;
    const mtl::PortRef& ref() const { return ref_; }
    bool isOutput() const { return output_; }
    mtl::PortKind kind() const { return spec_.kind; }
    // Where edges attach, in scene coordinates.
    QPointF anchor() const { return scenePos(); }
    // Room for the label (from the marker towards the block's middle).
    void setLabelWidth(qreal width);
    // The inferred shape of what flows through the port (empty: unknown); outputs show it.
    void setShapeText(const QString& shape);
    void setProblem(bool problem);  // a validation error names this port
    bool hasProblem() const { return problem_; }
    void setHighlight(Highlight h);
    // Width the label wants (name, and for outputs room for a shape) in the application font.
    static qreal preferredLabelWidth(const mtl::PortSpec& spec, bool output);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF labelRect() const;
    QPainterPath markerPath(qreal radius) const;
    void updateToolTip();

    mtl::PortSpec spec_;
    mtl::PortRef ref_;
    bool output_;
    qreal labelWidth_ = 0;
    QString shapeText_;
    bool problem_ = false;
    Highlight highlight_ = Highlight::None;
};

}  // namespace mtl::ui
