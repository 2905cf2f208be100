#include "editor/PortItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

#include "CoreText.h"
#include "editor/GraphDocument.h"
#include "editor/NodeItem.h"

namespace mtl::ui {

namespace {
constexpr qreal kGap = 4;       // between the marker and the label
constexpr qreal kRing = 4;      // highlight ring around the marker
constexpr qreal kShapeGap = 6;  // between an output's shape and its name
}  // namespace

PortItem::PortItem(NodeItem* node, const mtl::PortSpec& spec, bool output)
    : QGraphicsItem(node), spec_(spec), ref_{node->id(), spec.name}, output_(output) {
    setAcceptHoverEvents(true);
    setCursor(Qt::CrossCursor);
    updateToolTip();
}

NodeItem* PortItem::node() const { return static_cast<NodeItem*>(parentItem()); }

qreal PortItem::preferredLabelWidth(const mtl::PortSpec& spec, bool output) {
    const QFontMetricsF fm(canvas::font());
    const qreal name = fm.horizontalAdvance(QString::fromStdString(spec.name)) + kRadius + kGap;
    // Outputs keep room for a typical shape ("8 × 16").
    return output ? name + kShapeGap + fm.horizontalAdvance(QStringLiteral("8 × 16")) : name;
}

void PortItem::setLabelWidth(qreal width) {
    prepareGeometryChange();
    labelWidth_ = std::max<qreal>(width, 0);
}

void PortItem::setShapeText(const QString& shape) {
    if (shape == shapeText_) return;
    shapeText_ = shape;
    updateToolTip();
    update();
}

void PortItem::setProblem(bool problem) {
    if (problem == problem_) return;
    problem_ = problem;
    update();
}

void PortItem::setHighlight(Highlight h) {
    if (h == highlight_) return;
    highlight_ = h;
    update();
}

void PortItem::updateToolTip() {
    QStringList lines;
    lines << (output_ ? tr("<b>%1</b> (output)") : tr("<b>%1</b> (input)"))
                 .arg(QString::fromStdString(spec_.name).toHtmlEscaped());
    lines << tr("Kind: %1").arg(GraphDocument::portKindText(spec_.kind));
    if (!shapeText_.isEmpty()) lines << tr("Shape: %1").arg(shapeText_.toHtmlEscaped());
    if (!spec_.required) lines << tr("Optional");
    if (!spec_.help.empty()) lines << portHelpText(spec_).toHtmlEscaped();
    setToolTip(lines.join(QStringLiteral("<br/>")));
}

QRectF PortItem::labelRect() const {
    const qreal h = QFontMetricsF(canvas::font()).height();
    const qreal w = std::max<qreal>(labelWidth_ - kRadius - kGap, 0);
    return output_ ? QRectF(-kRadius - kGap - w, -h / 2, w, h)
                   : QRectF(kRadius + kGap, -h / 2, w, h);
}

QPainterPath PortItem::markerPath(qreal r) const {
    QPainterPath path;
    switch (spec_.kind) {
        case mtl::PortKind::Features:
            path.addEllipse(QPointF(0, 0), r, r);
            break;
        case mtl::PortKind::Experts:
            path.addRect(-r * 0.9, -r * 0.9, r * 1.8, r * 1.8);
            break;
        case mtl::PortKind::Gate: {
            const qreal d = r * 1.3;
            path.addPolygon(QPolygonF({{0, -d}, {d, 0}, {0, d}, {-d, 0}}));
            path.closeSubpath();
            break;
        }
    }
    return path;
}

QRectF PortItem::boundingRect() const {
    const qreal r = kRadius * 1.3 + kRing + 1;
    return QRectF(-r, -r, 2 * r, 2 * r).united(labelRect());
}

QPainterPath PortItem::shape() const {
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), kRadius + kRing, kRadius + kRing);
    path.addRect(labelRect());
    return path;
}

void PortItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    const QPalette pal = canvas::palette(this);
    const QColor base = pal.color(QPalette::Base), text = pal.color(QPalette::Text);
    p->setRenderHint(QPainter::Antialiasing);

    if (highlight_ != Highlight::None) {
        const QColor c =
            highlight_ == Highlight::Accept ? canvas::acceptColor() : canvas::errorColor();
        QColor fill = c;
        fill.setAlphaF(0.3);
        p->setPen(QPen(c, 2));
        p->setBrush(fill);
        p->drawEllipse(QPointF(0, 0), kRadius + kRing, kRadius + kRing);
    }
    p->setBrush(canvas::portKindColor(spec_.kind));
    p->setPen(problem_ ? QPen(canvas::errorColor(), 2) : QPen(canvas::blend(text, base, 0.25), 1));
    p->drawPath(markerPath(kRadius));

    const QRectF r = labelRect();
    const QFontMetricsF fm(canvas::font());
    const QString name =
        fm.elidedText(QString::fromStdString(spec_.name), Qt::ElideRight, r.width());
    p->setFont(canvas::font());
    p->setPen(text);
    p->drawText(r, (output_ ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, name);
    if (output_ && !shapeText_.isEmpty()) {
        const qreal room = r.width() - fm.horizontalAdvance(name) - kShapeGap;
        p->setPen(canvas::blend(text, base, 0.45));
        p->drawText(QRectF(r.left(), r.top(), room, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                    fm.elidedText(shapeText_, Qt::ElideRight, room));
    }
}

}  // namespace mtl::ui
