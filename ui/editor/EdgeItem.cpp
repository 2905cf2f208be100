#include "editor/EdgeItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <algorithm>
#include <cmath>

#include "app/Presentation.h"
#include "editor/NodeItem.h"
#include "editor/PortItem.h"

namespace mtl::ui {

namespace {
constexpr qreal kArrowLength = 9, kArrowHalfWidth = 4.5;
constexpr qreal kHitWidth = 10;  // how far from the line a click still picks the edge
constexpr qreal kLabelGap = 12;  // between the label and the arrow

QFont labelFont() {
    QFont f = canvas::font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    else
        f.setPixelSize(std::max(1, qRound(f.pixelSize() * 0.9)));
    return f;
}
}  // namespace

EdgeItem::EdgeItem(const mtl::Edge& edge) : edge_(edge) {
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(-1);
}

QPainterPath EdgeItem::curve(QPointF from, QPointF to) {
    const qreal dx = std::max<qreal>(40, std::abs(to.x() - from.x()) * 0.5);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    return path;
}

void EdgeItem::setEnds(QPointF from, QPointF to) {
    if (from == from_ && to == to_ && !path_.isEmpty()) return;
    from_ = from;
    to_ = to;
    rebuild();
}

void EdgeItem::setKind(mtl::PortKind kind) {
    kind_ = kind;
    update();
}

void EdgeItem::setLabel(const QString& label) {
    if (label == label_) return;
    label_ = label;
    rebuild();
}

void EdgeItem::setProblem(bool problem) {
    if (problem == problem_) return;
    problem_ = problem;
    update();
}

void EdgeItem::setLabelDistance(qreal distance) {
    if (qFuzzyCompare(distance + 1, labelDistance_ + 1)) return;
    labelDistance_ = distance;
    rebuild();
}

void EdgeItem::setLabelShown(bool shown) {
    if (shown == labelShown_) return;
    labelShown_ = shown;
    rebuild();
}

namespace {
QSizeF labelSize(const QString& label) {
    const QFontMetricsF fm(labelFont());
    return QSizeF(fm.horizontalAdvance(label) + 8, fm.height() + 2);
}
}  // namespace

qreal EdgeItem::defaultLabelDistance() const {
    // Near the arrow (where edges into neighbouring ports are apart), or mid-way on short edges.
    return std::min(path_.length() / 2, labelSize(label_).width() / 2 + kLabelGap);
}

QRectF EdgeItem::labelRectAt(qreal distance) const {
    if (label_.isEmpty()) return {};
    const QSizeF size = labelSize(label_);
    const qreal length = path_.length();
    const qreal fromEnd = std::clamp<qreal>(distance, 0, length);
    const QPointF centre = path_.pointAtPercent(path_.percentAtLength(length - fromEnd));
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF EdgeItem::labelRect() const {
    if (!isLabelShown()) return {};
    return labelRectAt(labelDistance_ < 0 ? defaultLabelDistance() : labelDistance_);
}

void EdgeItem::rebuild() {
    prepareGeometryChange();
    // The arrow's tip touches the input marker; the curve ends at the arrow's base.
    const QPointF tip = to_ - QPointF(PortItem::kRadius + 1, 0);
    const QPointF back = tip - QPointF(kArrowLength, 0);
    path_ = curve(from_, back);
    arrow_ =
        QPolygonF({tip, back + QPointF(0, -kArrowHalfWidth), back + QPointF(0, kArrowHalfWidth)});
    QPainterPathStroker stroker;
    stroker.setWidth(kHitWidth);
    shape_ = stroker.createStroke(path_);
    shape_.addPolygon(arrow_);
    if (isLabelShown()) shape_.addRect(labelRect());
    shape_.setFillRule(Qt::WindingFill);
}

QRectF EdgeItem::boundingRect() const { return shape_.boundingRect().adjusted(-2, -2, 2, 2); }

QPainterPath EdgeItem::shape() const { return shape_; }

void EdgeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    const QPalette pal = canvas::palette(this);
    const QColor base = pal.color(QPalette::Base), text = pal.color(QPalette::Text);
    const QColor color = isSelected() ? pal.color(QPalette::Highlight)
                         : problem_   ? canvas::errorColor()
                                      : canvas::portKindColor(kind_);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(color, (isSelected() || hovered_ ? 3 : 2) * presentationScale(), Qt::SolidLine,
                   Qt::RoundCap));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path_);
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPolygon(arrow_);

    if (!isLabelShown()) return;
    const QRectF r = labelRect();
    QColor fill = base;
    fill.setAlphaF(0.9);
    p->setPen(QPen(canvas::blend(color, base, 0.3), 1));
    p->setBrush(fill);
    p->drawRoundedRect(r, 3, 3);
    p->setFont(labelFont());
    p->setPen(text);
    p->drawText(r, Qt::AlignCenter, label_);
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent* event) {
    hovered_ = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent* event) {
    hovered_ = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

}  // namespace mtl::ui
