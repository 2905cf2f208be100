#pragma once
// A block on the canvas: a rounded box with the node's name, its type, its ports (inputs on the
// left, outputs on the right) and a validation badge. A view only: GraphScene builds it from the
// document's graph and keeps it up to date; it never edits the graph.
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPalette>
#include <QStringList>
#include <string>

#include "graph/Graph.h"

namespace mtl::ui {

struct ExpertUsage;
class UsageItem;

class PortItem;
class BadgeItem;

// Colours of the canvas: derived from the scene's palette (light or dark) plus a hue per palette
// category and per port kind, so that everything reads on both.
namespace canvas {
QPalette palette(const QGraphicsItem* item);  // the item's scene palette (application's if none)
QColor blend(const QColor& a, const QColor& b, qreal t);  // a*(1-t) + b*t
QColor categoryColor(const std::string& category);        // as in the palette (Palette.h)
QColor portKindColor(mtl::PortKind kind);
QColor errorColor();
QColor warningColor();
QColor acceptColor();
// The canvas's text font: the application font at the presentation scale (app/Presentation.h).
QFont font();
QPointF snapToGrid(QPointF p);  // to the canvas's 10 px grid
}  // namespace canvas

class NodeItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(mtl::ui::NodeItem)
public:
    enum { Type = UserType + 1 };
    // Width bounds at 100 % (the presentation scale multiplies them, as it does the fonts).
    static constexpr qreal kMinWidth = 150, kMaxWidth = 190;

    explicit NodeItem(const mtl::Node& node);

    mtl::NodeId id() const { return id_; }
    // Takes the node's name, type and ports (rebuilt: gates, mixtures and ops have as many ports
    // as their parameters say). Edges must be re-routed afterwards.
    void setNode(const mtl::Node& node);
    PortItem* port(const std::string& name, bool output) const;
    const QList<PortItem*>& inputs() const { return inputs_; }
    const QList<PortItem*>& outputs() const { return outputs_; }
    void setIssues(const QStringList& errors, const QStringList& warnings);
    // Shows (or, with no gates, removes) the gate-usage grid under the block.
    void setUsage(const ExpertUsage& usage);
    // The header's height for the application font: where a new block's title sits.
    static qreal headerHeight();
    // A view-only halo around the block (the Learn panel points at blocks with it); not part of
    // the graph, not undoable. An invalid colour removes it.
    void setHighlight(const QColor& color);
    bool isHighlighted() const { return highlight_.isValid(); }
    static constexpr qreal kHaloWidth = 6;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    void layoutPorts();
    QPointF badgePos() const;

    mtl::NodeId id_;
    QString title_, subtitle_;
    std::string category_;
    qreal width_ = kMinWidth, height_ = 0;
    QList<PortItem*> inputs_, outputs_;
    BadgeItem* badge_ = nullptr;
    UsageItem* usage_ = nullptr;
    QColor highlight_;
};

}  // namespace mtl::ui
