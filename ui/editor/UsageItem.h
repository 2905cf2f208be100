#pragma once
// A small gates x experts grid drawn under a block that holds experts: how much each gate (task)
// uses each of the block's experts, in the epoch the gate heatmap shows. A view of numbers the
// main window hands over; it knows nothing of the graph.
#include <QColor>
#include <QGraphicsItem>
#include <QStringList>
#include <QVector>

namespace mtl::ui {

struct ExpertUsage {
    QStringList experts;            // column labels
    QStringList gates;              // row labels
    QVector<QColor> colors;         // one per row (the task's colour in the charts)
    QVector<QVector<double>> mean;  // rows x columns, NaN where a gate does not see an expert
};

class UsageItem : public QGraphicsItem {
public:
    UsageItem(const ExpertUsage& usage, qreal width, QGraphicsItem* parent);
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    ExpertUsage usage_;
    qreal cellW_ = 0;
    static constexpr qreal kCellH = 9;
};

}  // namespace mtl::ui
