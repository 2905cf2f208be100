#include "editor/NodeItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

#include "CoreText.h"
#include "app/Presentation.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/Palette.h"
#include "editor/PortItem.h"
#include "editor/UsageItem.h"
#include "graph/Registry.h"

namespace mtl::ui {

namespace canvas {

QPalette palette(const QGraphicsItem* item) {
    return item && item->scene() ? item->scene()->palette() : QApplication::palette();
}

QColor blend(const QColor& a, const QColor& b, qreal t) {
    return QColor::fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t, a.alphaF() + (b.alphaF() - a.alphaF()) * t);
}

QColor categoryColor(const std::string& category) {
    return Palette::categoryColor(QString::fromStdString(category));
}

QColor portKindColor(mtl::PortKind kind) {
    switch (kind) {
        case mtl::PortKind::Features:
            return QColor::fromHsv(205, 90, 190);
        case mtl::PortKind::Experts:
            return categoryColor("Experts");
        case mtl::PortKind::Gate:
            return categoryColor("Gates");
    }
    return {};
}

QColor errorColor() { return QColor(220, 53, 53); }
QColor warningColor() { return QColor(230, 160, 20); }
QColor acceptColor() { return QColor(46, 170, 80); }

QFont font() { return PresentationScale::instance()->scaled(QApplication::font()); }

QPointF snapToGrid(QPointF p) { return {std::round(p.x() / 10) * 10, std::round(p.y() / 10) * 10}; }

}  // namespace canvas

namespace {

// Sizes at 100 %; the presentation scale (app/Presentation.h) enlarges them with the fonts.
constexpr qreal kPad0 = 8;     // inner margin
constexpr qreal kRadius0 = 6;  // corner radius
constexpr qreal kPortSpacing = 18;
constexpr qreal kBadgeRadius0 = 8;
constexpr qreal kMaxWidening = 1.15;  // of the width bounds, whatever the presentation scale

qreal scaled(qreal v) { return v * presentationScale(); }
qreal pad() { return scaled(kPad0); }
qreal radius() { return scaled(kRadius0); }
qreal badgeRadius() { return scaled(kBadgeRadius0); }

QFont titleFont() {
    QFont f = canvas::font();
    f.setBold(true);
    return f;
}

qreal portSpacing() {
    return std::max(scaled(kPortSpacing), QFontMetricsF(canvas::font()).height() + 3);
}

const mtl::NodeType* typeOf(const std::string& key) { return mtl::Registry::instance().find(key); }

}  // namespace

// The validation badge in the block's top-right corner; its tooltip lists the block's issues.
class BadgeItem : public QGraphicsItem {
public:
    explicit BadgeItem(QGraphicsItem* parent) : QGraphicsItem(parent) { setZValue(1); }
    void setColor(const QColor& c) {
        color_ = c;
        update();
    }
    QRectF boundingRect() const override {
        return {-badgeRadius() - 1, -badgeRadius() - 1, 2 * badgeRadius() + 2,
                2 * badgeRadius() + 2};
    }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(canvas::palette(this).color(QPalette::Base), 1.5));
        p->setBrush(color_);
        p->drawEllipse(QPointF(0, 0), badgeRadius(), badgeRadius());
        QFont f = titleFont();
        f.setPixelSize(qRound(badgeRadius() * 1.5));
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(boundingRect(), Qt::AlignCenter, QStringLiteral("!"));
    }

private:
    QColor color_;
};

NodeItem::NodeItem(const mtl::Node& node) : id_(node.id) {
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setPos(node.x, node.y);
    setNode(node);
}

qreal NodeItem::headerHeight() {
    return pad() + QFontMetricsF(titleFont()).height() + QFontMetricsF(canvas::font()).height() +
           pad() / 2;
}

void NodeItem::setNode(const mtl::Node& node) {
    prepareGeometryChange();
    const mtl::NodeType* t = typeOf(node.type);
    title_ = QString::fromStdString(node.name);
    subtitle_ = t ? coreText(t->displayName) : QString::fromStdString(node.type);
    category_ = t ? t->category : std::string();
    if (t)
        setToolTip(QStringLiteral("<b>%1</b><br/>%2")
                       .arg(subtitle_.toHtmlEscaped(), coreText(t->description).toHtmlEscaped()));
    else
        setToolTip(tr("Unknown block type '%1'.").arg(subtitle_));

    qDeleteAll(inputs_);
    qDeleteAll(outputs_);
    inputs_.clear();
    outputs_.clear();
    const mtl::PortList ports = GraphDocument::portsOf(node);
    qreal inWidth = 0, outWidth = 0;
    for (const mtl::PortSpec& s : ports.inputs) {
        inputs_ << new PortItem(this, s, false);
        inWidth = std::max(inWidth, PortItem::preferredLabelWidth(s, false));
    }
    for (const mtl::PortSpec& s : ports.outputs) {
        outputs_ << new PortItem(this, s, true);
        outWidth = std::max(outWidth, PortItem::preferredLabelWidth(s, true));
    }
    const qreal textWidth =
        std::max(QFontMetricsF(titleFont()).horizontalAdvance(title_) + badgeRadius(),
                 QFontMetricsF(canvas::font()).horizontalAdvance(subtitle_));
    // Blocks widen less than their text grows: auto-layout's columns are 240 apart, and a block
    // as wide as its column would touch its neighbours (a long name is elided instead).
    const qreal widen = std::min(presentationScale(), kMaxWidening);
    width_ = std::clamp(std::max(textWidth + 2 * pad(), inWidth + outWidth + 3 * pad()),
                        kMinWidth * widen, kMaxWidth * widen);
    layoutPorts();
    update();
}

void NodeItem::layoutPorts() {
    const qreal spacing = portSpacing();
    const qreal top = headerHeight() + pad() / 2;
    const int rows = static_cast<int>(std::max(inputs_.size(), outputs_.size()));
    height_ = top + rows * spacing + pad() / 2;
    if (usage_) usage_->setPos(0, height_ + 4);
    // Inputs and outputs share the width; a side without ports leaves it all to the other.
    const qreal labelRoom = width_ - 2 * pad();
    const qreal inRoom = outputs_.isEmpty() ? labelRoom : inputs_.isEmpty() ? 0 : labelRoom / 2;
    for (int i = 0; i < inputs_.size(); ++i) {
        inputs_[i]->setPos(0, top + (i + 0.5) * spacing);
        inputs_[i]->setLabelWidth(inRoom);
    }
    for (int i = 0; i < outputs_.size(); ++i) {
        outputs_[i]->setPos(width_, top + (i + 0.5) * spacing);
        outputs_[i]->setLabelWidth(labelRoom - inRoom);
    }
    if (badge_) badge_->setPos(badgePos());
}

QPointF NodeItem::badgePos() const { return {width_ - 2, 2}; }

PortItem* NodeItem::port(const std::string& name, bool output) const {
    for (PortItem* p : output ? outputs_ : inputs_)
        if (p->ref().port == name) return p;
    return nullptr;
}

void NodeItem::setIssues(const QStringList& errors, const QStringList& warnings) {
    if (errors.isEmpty() && warnings.isEmpty()) {
        delete badge_;
        badge_ = nullptr;
        update();
        return;
    }
    if (!badge_) {
        badge_ = new BadgeItem(this);
        badge_->setPos(badgePos());
    }
    badge_->setColor(errors.isEmpty() ? canvas::warningColor() : canvas::errorColor());
    QStringList lines;
    for (const QString& e : errors) lines << tr("Error: %1").arg(e.toHtmlEscaped());
    for (const QString& w : warnings) lines << tr("Warning: %1").arg(w.toHtmlEscaped());
    badge_->setToolTip(lines.join(QStringLiteral("<br/>")));
    update();  // the title makes room for the badge
}

void NodeItem::setUsage(const ExpertUsage& usage) {
    delete usage_;
    usage_ = nullptr;
    if (usage.gates.isEmpty()) return;
    usage_ = new UsageItem(usage, width_, this);
    usage_->setPos(0, height_ + 4);
}

void NodeItem::setHighlight(const QColor& color) {
    if (color == highlight_) return;
    prepareGeometryChange();  // the halo lies outside the box
    highlight_ = color;
    update();
}

QRectF NodeItem::boundingRect() const {
    const qreal m = highlight_.isValid() ? kHaloWidth + 1 : 2;  // halo, or half the outline
    return QRectF(0, 0, width_, height_).adjusted(-m, -m, m, m);
}

void NodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    const QPalette pal = canvas::palette(this);
    const QColor base = pal.color(QPalette::Base), text = pal.color(QPalette::Text);
    const QColor hue = canvas::categoryColor(category_);
    const QRectF box(0, 0, width_, height_);
    const qreal header = headerHeight();
    p->setRenderHint(QPainter::Antialiasing);

    // Body, then the header band in the category's hue (clipped to the rounded box).
    QPainterPath outline;
    outline.addRoundedRect(box, radius(), radius());
    if (highlight_.isValid()) {
        // The halo: a band around the box, outlined in the text colour so that it reads on
        // light and dark canvases and on every category's hue; drawn under the box.
        QPainterPath halo;
        halo.addRoundedRect(box.adjusted(-kHaloWidth, -kHaloWidth, kHaloWidth, kHaloWidth),
                            radius() + kHaloWidth, radius() + kHaloWidth);
        QColor edge = pal.color(QPalette::Text);
        edge.setAlphaF(0.6);
        p->setPen(QPen(edge, 1.2));
        p->setBrush(highlight_);
        p->drawPath(halo);
    }
    p->setPen(Qt::NoPen);
    p->setBrush(canvas::blend(base, hue, 0.06));
    p->drawPath(outline);
    QPainterPath band;
    band.addRect(0, 0, width_, header);
    p->setBrush(canvas::blend(base, hue, 0.42));
    p->drawPath(outline.intersected(band));

    const bool selected = isSelected();
    p->setBrush(Qt::NoBrush);
    p->setPen(selected ? QPen(pal.color(QPalette::Highlight), 2.5)
                       : QPen(canvas::blend(hue, text, 0.25), 1.2));
    p->drawPath(outline);

    const qreal textWidth = width_ - 2 * pad();
    const QFont bold = titleFont();
    const QFontMetricsF tfm(bold), fm(canvas::font());
    p->setPen(text);
    p->setFont(bold);
    p->drawText(QRectF(pad(), pad() / 2, textWidth, tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                tfm.elidedText(title_, Qt::ElideRight, textWidth - (badge_ ? badgeRadius() : 0)));
    p->setFont(canvas::font());
    p->setPen(canvas::blend(text, base, 0.3));
    p->drawText(QRectF(pad(), pad() / 2 + tfm.height(), textWidth, fm.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(subtitle_, Qt::ElideRight, textWidth));
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemPositionChange && scene() && scene()->mouseGrabberItem()) {
        return canvas::snapToGrid(value.toPointF());  // dragged by the mouse
    }
    if (change == ItemPositionHasChanged)
        if (auto* gs = qobject_cast<GraphScene*>(scene())) gs->routeEdgesOf(id_);
    if (change == ItemSelectedHasChanged) setZValue(value.toBool() ? 1 : 0);
    return QGraphicsItem::itemChange(change, value);
}

}  // namespace mtl::ui
