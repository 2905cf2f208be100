#pragma once
// A layout that places its items left to right and wraps them onto further lines when its width
// runs out (a row of buttons or chart controls that fits a narrow dock instead of widening it).
// Its minimum width is that of its widest item; its height follows the width (heightForWidth),
// so a parent box layout gives it the lines it needs. Items keep their size hints; an item with
// a horizontal stretch (setStretch) or an Expanding horizontal policy takes the room left on its
// line. Spacer items from addStretch() push the rest of their line to the right edge.
#include <QLayout>
#include <QList>
#include <QStyle>

namespace mtl::ui {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr, int hSpacing = -1, int vSpacing = -1);
    ~FlowLayout() override;

    // A spacer that takes the room left on its line (items after it go to the line's right end).
    void addStretch();

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

    int horizontalSpacing() const;
    int verticalSpacing() const;
    // Lines the items take at `width` (for tests).
    int lineCount(int width) const;

private:
    int doLayout(const QRect& rect, bool apply, int* lines = nullptr) const;
    int smartSpacing(QStyle::PixelMetric pm) const;

    QList<QLayoutItem*> items_;
    int hSpace_;
    int vSpace_;
};

}  // namespace mtl::ui
