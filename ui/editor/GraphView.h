#pragma once
// The node editor's viewport over a GraphScene: dotted grid, wheel zoom around the cursor, panning
// (middle button, Space + left drag, scroll bars), rubber-band selection, drops of block types
// from the palette (kNodeTypeMimeType, Palette.h), and the quick-add popup on a right-click on
// empty canvas.
#include <QGraphicsView>
#include <QPoint>
#include <QPointF>
#include <QString>
#include <string>

class QMimeData;

namespace mtl::ui {

class GraphScene;
class QuickAddPopup;

class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    GraphScene* graphScene() const;
    // Adds a block of registry type `type` with its title under `scenePos` (drops, quick-add).
    void addNodeAt(const std::string& type, QPointF scenePos);
    // Opens the quick-add popup at `globalPos`; the chosen type is added at `scenePos`.
    void showQuickAdd(QPointF scenePos, const QPoint& globalPos);
    QuickAddPopup* quickAddPopup();  // created on first use
    QPointF visibleCenter() const;   // scene point at the middle of the viewport
    qreal zoom() const;              // 1 = 100 %
    // What the empty canvas says to do (drawn over it while the graph has no block), or empty.
    QString emptyCanvasHint() const;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // All blocks with a margin, at most 150 %; the view fits again when it is resized (the window
    // maximised, a dock moved) until the user zooms or pans. A new presentation scale
    // (app/Presentation.h) lays the blocks out with the new fonts and fits again.
    void fitToView();

signals:
    void zoomChanged(qreal zoom);

protected:
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Scales by `factor` (within the zoom limits) keeping the scene point under `anchor` in place.
    void zoomBy(qreal factor, QPoint anchor);
    bool acceptsDrop(const QMimeData* mime) const;

    QuickAddPopup* quickAdd_ = nullptr;
    QPointF quickAddPos_;
    bool spaceHeld_ = false, panning_ = false;
    bool fitted_ = false;  // showing the fitted view (refitted on resize)
    QPoint panLast_;
};

}  // namespace mtl::ui
