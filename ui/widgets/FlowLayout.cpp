#include "widgets/FlowLayout.h"

#include <QSpacerItem>
#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace mtl::ui {

FlowLayout::FlowLayout(QWidget* parent, int hSpacing, int vSpacing)
    : QLayout(parent), hSpace_(hSpacing), vSpace_(vSpacing) {}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0)) delete item;
}

void FlowLayout::addStretch() {
    addItem(new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum));
}

void FlowLayout::addItem(QLayoutItem* item) { items_.append(item); }

int FlowLayout::count() const { return static_cast<int>(items_.size()); }

QLayoutItem* FlowLayout::itemAt(int index) const { return items_.value(index); }

QLayoutItem* FlowLayout::takeAt(int index) {
    if (index < 0 || index >= items_.size()) return nullptr;
    QLayoutItem* item = items_.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const { return {}; }

bool FlowLayout::hasHeightForWidth() const { return true; }

int FlowLayout::heightForWidth(int width) const { return doLayout(QRect(0, 0, width, 0), false); }

int FlowLayout::lineCount(int width) const {
    int lines = 0;
    doLayout(QRect(0, 0, width, 0), false, &lines);
    return lines;
}

QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem* item : items_)
        if (!item->isEmpty()) size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
    // Everything on one line.
    int w = 0, h = 0, n = 0;
    for (const QLayoutItem* item : items_) {
        if (item->isEmpty()) continue;
        const QSize s = item->sizeHint();
        w += s.width();
        h = std::max(h, s.height());
        ++n;
    }
    const QMargins m = contentsMargins();
    w += std::max(0, n - 1) * std::max(0, horizontalSpacing());
    return QSize(w + m.left() + m.right(), h + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::horizontalSpacing() const {
    return hSpace_ >= 0 ? hSpace_ : smartSpacing(QStyle::PM_LayoutHorizontalSpacing);
}

int FlowLayout::verticalSpacing() const {
    return vSpace_ >= 0 ? vSpace_ : smartSpacing(QStyle::PM_LayoutVerticalSpacing);
}

int FlowLayout::smartSpacing(QStyle::PixelMetric pm) const {
    QObject* parent = this->parent();
    if (!parent) return -1;
    if (parent->isWidgetType()) {
        auto* pw = static_cast<QWidget*>(parent);
        return pw->style()->pixelMetric(pm, nullptr, pw);
    }
    return static_cast<QLayout*>(parent)->spacing();
}

// Lays the items out in `rect` line by line (applying the geometry when `apply`); returns the
// height used. On each line, the room left is shared by the line's expanding items and spacers.
int FlowLayout::doLayout(const QRect& rect, bool apply, int* lines) const {
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    const int hs = std::max(0, horizontalSpacing()), vs = std::max(0, verticalSpacing());
    QList<QLayoutItem*> visible;
    for (QLayoutItem* item : items_)
        if (!item->isEmpty() || item->spacerItem()) visible << item;

    int y = area.y(), lineCount = 0;
    int i = 0;
    while (i < visible.size()) {
        // Take as many items as fit on this line (at least one).
        int j = i, used = 0, height = 0;
        while (j < visible.size()) {
            const int w = visible[j]->spacerItem() ? 0 : visible[j]->sizeHint().width();
            const int next = used + (j > i ? hs : 0) + w;
            if (j > i && next > area.width()) break;
            used = next;
            if (!visible[j]->spacerItem())
                height = std::max(height, visible[j]->sizeHint().height());
            ++j;
        }
        // Spacers at the start or end of a wrapped line take no room.
        int growers = 0;
        for (int k = i; k < j; ++k)
            if (visible[k]->spacerItem() || (visible[k]->expandingDirections() & Qt::Horizontal))
                ++growers;
        const int extra = std::max(0, area.width() - used);
        if (apply) {
            int x = area.x(), given = 0, g = 0;
            for (int k = i; k < j; ++k) {
                QLayoutItem* item = visible[k];
                int w = item->spacerItem() ? 0 : item->sizeHint().width();
                if (growers &&
                    (item->spacerItem() || (item->expandingDirections() & Qt::Horizontal))) {
                    const int share = ++g == growers ? extra - given : extra / growers;
                    w += share;
                    given += share;
                }
                w = std::min(w, area.width());
                const int h = item->spacerItem() ? 0 : std::min(height, item->sizeHint().height());
                if (!item->spacerItem()) item->setGeometry(QRect(x, y + (height - h) / 2, w, h));
                x += w + (k + 1 < j ? hs : 0);
            }
        }
        if (height > 0) {  // (a line of nothing but spacers takes no room)
            y += height + (j < visible.size() ? vs : 0);
            ++lineCount;
        }
        i = j;
    }
    if (lines) *lines = lineCount;
    return y - rect.y() + m.bottom();
}

}  // namespace mtl::ui
