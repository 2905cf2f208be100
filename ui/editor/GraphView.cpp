#include "editor/GraphView.h"

#include <QContextMenuEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

#include "app/Presentation.h"
#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "editor/NodeItem.h"
#include "editor/Palette.h"
#include "editor/QuickAddPopup.h"
#include "graph/Registry.h"

namespace mtl::ui {

namespace {
constexpr qreal kMinZoom = 0.1, kMaxZoom = 4.0, kMaxFitZoom = 1.5;
constexpr qreal kStep = 1.25;         // zoomIn() / zoomOut()
constexpr qreal kGrid = 20;           // dot spacing in scene units
constexpr qreal kMinDotSpacing = 12;  // on screen; sparser dots below that
constexpr qreal kFitMargin = 40;
}  // namespace

GraphView::GraphView(GraphScene* scene, QWidget* parent) : QGraphicsView(scene, parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);  // a band over an edge does not pick it
    setTransformationAnchor(NoAnchor);                  // zoomBy() anchors itself
    setResizeAnchor(AnchorViewCenter);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    // The empty-canvas hint comes and goes with the first block: repaint the whole viewport.
    for (auto signal : {&GraphDocument::changed, &GraphDocument::graphReset})
        connect(scene->document(), signal, viewport(), qOverload<>(&QWidget::update));
    // A new presentation scale: the blocks are laid out with the new fonts, and the whole graph
    // is shown again.
    connect(PresentationScale::instance(), &PresentationScale::changed, this, [this] {
        graphScene()->refreshStyle();
        fitToView();
    });
}

GraphScene* GraphView::graphScene() const { return static_cast<GraphScene*>(scene()); }

void GraphView::addNodeAt(const std::string& type, QPointF scenePos) {
    graphScene()->addNodeAt(type, scenePos);
}

QPointF GraphView::visibleCenter() const { return mapToScene(viewport()->rect().center()); }

qreal GraphView::zoom() const { return transform().m11(); }

// ---- zoom ----

void GraphView::zoomBy(qreal factor, QPoint anchor) {
    const qreal target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    fitted_ = false;
    if (qFuzzyCompare(target, zoom())) return;
    const QPointF scenePoint = mapToScene(anchor);
    setTransform(QTransform::fromScale(target, target));
    const QPoint moved = mapFromScene(scenePoint) - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + moved.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + moved.y());
    emit zoomChanged(target);
}

void GraphView::zoomIn() { zoomBy(kStep, viewport()->rect().center()); }

void GraphView::zoomOut() { zoomBy(1 / kStep, viewport()->rect().center()); }

void GraphView::resetZoom() { zoomBy(1 / zoom(), viewport()->rect().center()); }

void GraphView::fitToView() {
    const QRectF content = graphScene()->contentRect();
    if (content.isEmpty()) {
        resetZoom();
        fitted_ = true;
        return;
    }
    const QRectF r = content.adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    fitInView(r, Qt::KeepAspectRatio);
    if (zoom() > kMaxFitZoom) setTransform(QTransform::fromScale(kMaxFitZoom, kMaxFitZoom));
    centerOn(r.center());
    fitted_ = true;
    emit zoomChanged(zoom());
}

void GraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (fitted_) fitToView();
}

void GraphView::wheelEvent(QWheelEvent* event) {
    const int delta = event->angleDelta().y();
    if (delta == 0) {  // horizontal scrolling
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta), event->position().toPoint());  // one notch (120): ~20 %
    event->accept();
}

// ---- background ----

void GraphView::drawBackground(QPainter* painter, const QRectF& rect) {
    const QPalette pal = palette();
    const QColor background = pal.color(QPalette::Window);
    painter->fillRect(rect, background);
    qreal step = kGrid;
    while (step * zoom() < kMinDotSpacing) step *= 5;
    QPen pen(canvas::blend(background, pal.color(QPalette::WindowText), 0.3), 2);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    QVector<QPointF> dots;
    for (qreal x = std::floor(rect.left() / step) * step; x <= rect.right(); x += step)
        for (qreal y = std::floor(rect.top() / step) * step; y <= rect.bottom(); y += step)
            dots << QPointF(x, y);
    painter->drawPoints(dots.constData(), static_cast<int>(dots.size()));
}

QString GraphView::emptyCanvasHint() const {
    const GraphScene* s = graphScene();
    if (!s || !s->document()->graph().nodes().empty()) return {};
    return tr(
        "Drag blocks here from the palette (or press Shift+A), then drag from an output "
        "port to an input port to wire them.\nOr start from a template: File > New from "
        "Template.");
}

void GraphView::drawForeground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawForeground(painter, rect);
    const QString hint = emptyCanvasHint();
    if (hint.isEmpty()) return;
    painter->save();
    painter->resetTransform();  // viewport pixels: the same size at any zoom
    const QRect area = viewport()->rect().adjusted(40, 40, -40, -40);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, hint);
    painter->restore();
}

// ---- panning ----

void GraphView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && spaceHeld_)) {
        panning_ = true;
        panLast_ = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent* event) {
    if (!panning_) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->pos() - panLast_;
    panLast_ = event->pos();
    fitted_ = false;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    event->accept();
}

void GraphView::mouseReleaseEvent(QMouseEvent* event) {
    if (!panning_) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    panning_ = false;
    if (spaceHeld_)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            spaceHeld_ = true;
            if (!panning_) viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            spaceHeld_ = false;
            if (!panning_) viewport()->unsetCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

// ---- adding blocks ----

void GraphView::contextMenuEvent(QContextMenuEvent* event) {
    QGraphicsView::contextMenuEvent(event);  // blocks and edges have their own menu
    if (event->isAccepted()) return;
    event->accept();
    showQuickAdd(mapToScene(event->pos()), event->globalPos());
}

QuickAddPopup* GraphView::quickAddPopup() {
    if (!quickAdd_) {
        quickAdd_ = new QuickAddPopup(this);
        connect(quickAdd_, &QuickAddPopup::typeChosen, this,
                [this](const QString& key) { addNodeAt(key.toStdString(), quickAddPos_); });
    }
    return quickAdd_;
}

void GraphView::showQuickAdd(QPointF scenePos, const QPoint& globalPos) {
    if (!graphScene()->ensureUnlocked()) return;
    quickAddPos_ = scenePos;
    quickAddPopup()->popup(globalPos);
}

bool GraphView::acceptsDrop(const QMimeData* mime) const {
    if (!mime->hasFormat(QLatin1String(kNodeTypeMimeType)) || graphScene()->isStructureLocked())
        return false;
    const std::string key =
        QString::fromUtf8(mime->data(QLatin1String(kNodeTypeMimeType))).toStdString();
    return mtl::Registry::instance().find(key) != nullptr;
}

void GraphView::dragEnterEvent(QDragEnterEvent* event) { dragMoveEvent(event); }

void GraphView::dragMoveEvent(QDragMoveEvent* event) {
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void GraphView::dropEvent(QDropEvent* event) {
    if (!acceptsDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    const QByteArray key = event->mimeData()->data(QLatin1String(kNodeTypeMimeType));
    addNodeAt(QString::fromUtf8(key).toStdString(), mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

}  // namespace mtl::ui
