#pragma once
// The Learn panel (a dock): the Learn card (see LearnCards.h) of the block selected on the canvas
// or, with no single block selected, of the architecture the graph is built as; a list to browse
// every card. The card's equations are an SVG drawn by EquationView, crisp at any size (they
// follow the panel's width and font, on high-DPI screens too) and in the palette's text colour
// (light and dark themes). Hovering a linked symbol of an equation puts a view-only halo on the
// blocks it stands for (GraphScene::setHighlightedNodes, not a document edit) and names the symbol
// in a tooltip; leaving the symbol clears the halo. The owner forwards the scene's selection and
// the document's changes (selectionChanged(), graphChanged()). The panel holds no knowledge of
// roles or cards: LearnCards does. Its fonts follow the application font (the title is derived from
// it).
#include <QImage>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QWidget>
#include <memory>

#include "graph/Graph.h"

class QComboBox;
class QLabel;
class QSvgRenderer;

namespace mtl::ui {

class GraphScene;
struct LearnCard;

// An SVG made by dvisvgm, drawn centred at the width it gets (at most a size derived from the
// font), with the symbol links <a xlink:href="mtl:role?name"><rect .../></a> read from the file.
class EquationView : public QWidget {
    Q_OBJECT
public:
    struct Link {
        QString role;  // "gate" for mtl:gate?W_gk
        QString name;  // the symbol in plain text: "W_gk"
        QRectF rect;   // in the SVG's viewBox coordinates
    };

    explicit EquationView(QWidget* parent = nullptr);
    ~EquationView() override;

    // Loads an SVG (a resource path); false, and an empty view, when it cannot be read.
    bool setSvg(const QString& path);
    bool isEmpty() const;
    const QList<Link>& links() const { return links_; }
    // Where the equations are drawn, and a link's rectangle, in widget coordinates.
    QRectF drawRect() const;
    QRectF linkRect(int index) const;
    QString hoveredRole() const { return hovered_ < 0 ? QString() : links_[hovered_].role; }
    // The equations as the widget draws them at `width` logical pixels and device pixel ratio
    // `dpr` (tinted to `color`): for tests and screenshots.
    QImage render(int width, qreal dpr, const QColor& color) const;
    // Reads the links of an SVG document (exposed for tests).
    static QList<Link> parseLinks(const QByteArray& svg);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The mouse entered symbol `name` of `role`, or left the symbols (empty role).
    void symbolHovered(const QString& role, const QString& name, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    qreal scaleFor(int width) const;  // logical pixels per SVG unit at widget width `width`
    QRectF drawRectFor(int width) const;
    void setHovered(int index, const QPoint& globalPos);

    std::unique_ptr<QSvgRenderer> svg_;
    QList<Link> links_;
    QRectF viewBox_;
    int hovered_ = -1;
    mutable QImage cache_;  // the tinted rendering at the current size, colour and ratio
    mutable QString cacheKey_;
};

class LearnPanel : public QWidget {
    Q_OBJECT
public:
    explicit LearnPanel(GraphScene* scene, QWidget* parent = nullptr);
    ~LearnPanel() override;

    // Shows card `id` (as if chosen in the list: it stays until the selection changes).
    void showCard(const QString& id);
    QString currentCard() const { return card_; }
    EquationView* equationView() const { return equation_; }
    QComboBox* cardList() const { return list_; }

    // The owner calls these (from a connection it cuts before the scene and the document die):
    // the canvas's selection changed (the card follows it again, also after one was picked from
    // the list), or the graph changed (a followed card follows the architecture).
    void selectionChanged();
    void graphChanged();

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void follow();  // the card of the selection, or of the graph's architecture
    void display(const LearnCard* card);
    void updateFonts();
    void symbolHovered(const QString& role, const QString& name, const QPoint& globalPos);

    QPointer<GraphScene> scene_;
    QComboBox* list_;
    EquationView* equation_;
    QLabel* title_;
    QLabel* summary_;
    QLabel* paramsTitle_;
    QLabel* params_;
    QLabel* paperTitle_;
    QLabel* paper_;
    QLabel* hint_;
    QString card_;
    bool following_ = true;  // the card follows the canvas (false: picked from the list)
};

}  // namespace mtl::ui
