#include "editor/UsageItem.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace mtl::ui {

UsageItem::UsageItem(const ExpertUsage& usage, qreal width, QGraphicsItem* parent)
    : QGraphicsItem(parent), usage_(usage) {
    cellW_ = usage_.experts.isEmpty() ? 0 : std::min<qreal>(16, width / usage_.experts.size());
    QStringList lines{
        QCoreApplication::translate("mtl::ui::UsageItem", "Mean gate weight per expert:")};
    for (int r = 0; r < usage_.gates.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < usage_.experts.size(); ++c)
            if (!std::isnan(usage_.mean[r][c]))
                cells << QStringLiteral("%1 %2")
                             .arg(usage_.experts[c])
                             .arg(usage_.mean[r][c], 0, 'f', 3);
        lines << usage_.gates[r] + QStringLiteral(": ") + cells.join(QStringLiteral(", "));
    }
    setToolTip(lines.join(QLatin1Char('\n')));
}

QRectF UsageItem::boundingRect() const {
    return QRectF(0, 0, cellW_ * usage_.experts.size(), kCellH * usage_.gates.size());
}

void UsageItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
    for (int r = 0; r < usage_.gates.size(); ++r)
        for (int c = 0; c < usage_.experts.size(); ++c) {
            const QRectF cell(c * cellW_, r * kCellH, cellW_ - 1, kCellH - 1);
            const double v = usage_.mean[r][c];
            if (std::isnan(v)) continue;  // the gate does not see this expert
            QColor fill = usage_.colors.value(r, Qt::gray);
            fill.setAlphaF(0.12 + 0.88 * std::clamp(v, 0.0, 1.0));
            p->fillRect(cell, fill);
        }
}

}  // namespace mtl::ui
