#include "inspect/MatrixView.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

#include "dashboard/ChartStyle.h"

namespace mtl::ui {

namespace cs = chartstyle;

MatrixView::MatrixView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void MatrixView::setMatrix(const Eigen::MatrixXd& values, const QStringList& rowLabels,
                           const QStringList& columnLabels) {
    values_ = values;
    rows_ = rowLabels;
    columns_ = columnLabels;
    while (rows_.size() < values_.rows()) rows_ << QString();
    while (columns_.size() < values_.cols()) columns_ << QString();
    updateGeometry();
    update();
}

void MatrixView::setTitle(const QString& title) {
    title_ = title;
    updateGeometry();
    update();
}

void MatrixView::setColorMax(double max) {
    colorMax_ = max;
    update();
}

void MatrixView::setMarked(const QSet<std::pair<int, int>>& cells) {
    marked_ = cells;
    update();
}

void MatrixView::setLabelsShown(bool rows, bool columns) {
    showRows_ = rows;
    showColumns_ = columns;
    updateGeometry();
    update();
}

void MatrixView::setCellSize(int px) {
    cellPx_ = px;
    updateGeometry();
    update();
}

int MatrixView::cell() const {
    return cellPx_ > 0 ? cellPx_ : fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 8;
}

int MatrixView::labelWidth() const {
    if (!showRows_) return 0;
    int w = 0;
    for (const QString& r : rows_) w = std::max(w, fontMetrics().horizontalAdvance(r));
    return std::min(w, fontMetrics().averageCharWidth() * 18) + 8;
}

int MatrixView::labelHeight() const { return showColumns_ ? fontMetrics().height() + 4 : 0; }

int MatrixView::titleHeight() const {
    return title_.isEmpty() ? 0
                            : fontMetrics().height() * (1 + title_.count(QLatin1Char('\n'))) + 4;
}

double MatrixView::colorMax() const {
    if (colorMax_ > 0) return colorMax_;
    double m = 0;
    for (Eigen::Index i = 0; i < values_.size(); ++i)
        if (std::isfinite(values_.data()[i])) m = std::max(m, values_.data()[i]);
    return m > 0 ? m : 1.0;
}

QRect MatrixView::cellRect(int row, int column) const {
    const int c = cell();
    return QRect(labelWidth() + column * c, titleHeight() + labelHeight() + row * c, c, c);
}

QRect MatrixView::rowLabelRect(int row) const {
    return QRect(0, titleHeight() + labelHeight() + row * cell(), labelWidth(), cell());
}

QRect MatrixView::columnLabelRect(int column) const {
    return QRect(labelWidth() + column * cell(), titleHeight(), cell(), labelHeight());
}

QSize MatrixView::sizeHint() const {
    const int c = cell();
    const int w = labelWidth() + static_cast<int>(values_.cols()) * c + 2;
    const int titleW = fontMetrics().boundingRect(QRect(0, 0, 2000, 2000), 0, title_).width();
    return QSize(std::max(w, titleW + 4),
                 titleHeight() + labelHeight() + static_cast<int>(values_.rows()) * c + 2);
}

void MatrixView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QPalette& pal = palette();
    const QColor fg = cs::foreground(pal);
    p.setPen(fg);
    if (!title_.isEmpty())
        p.drawText(QRect(0, 0, width(), titleHeight()), Qt::AlignLeft | Qt::AlignTop, title_);
    const QFontMetrics fm = fontMetrics();
    if (showColumns_)
        for (int c = 0; c < values_.cols(); ++c)
            p.drawText(columnLabelRect(c), Qt::AlignCenter,
                       fm.elidedText(columns_[c], Qt::ElideMiddle, cell() - 2));
    if (showRows_)
        for (int r = 0; r < values_.rows(); ++r)
            p.drawText(rowLabelRect(r).adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(rows_[r], Qt::ElideMiddle, labelWidth() - 8));
    const double max = colorMax();
    const bool numbers = fm.horizontalAdvance(QStringLiteral("0.00")) + 2 <= cell();
    for (int r = 0; r < values_.rows(); ++r)
        for (int c = 0; c < values_.cols(); ++c) {
            const QRect rc = cellRect(r, c).adjusted(0, 0, -1, -1);
            const double v = values_(r, c);
            if (!std::isfinite(v)) {
                p.fillRect(rc, QBrush(cs::neutral(pal, 0.25), Qt::BDiagPattern));
                continue;
            }
            const QColor fill = cs::viridis(std::clamp(v / max, 0.0, 1.0));
            p.fillRect(rc, fill);
            if (numbers) {
                p.setPen(cs::textOn(fill));
                p.drawText(rc, Qt::AlignCenter, QString::number(v, 'f', 2));
            }
        }
    p.setPen(QPen(fg, 2));
    for (const auto& [r, c] : marked_)
        if (r >= 0 && c >= 0 && r < values_.rows() && c < values_.cols())
            p.drawRect(cellRect(r, c).adjusted(1, 1, -2, -2));
}

void MatrixView::mousePressEvent(QMouseEvent* e) {
    const QPoint pos = e->position().toPoint();
    for (int r = 0; r < values_.rows(); ++r) {
        if (showRows_ && rowLabelRect(r).contains(pos)) {
            emit rowClicked(r);
            return;
        }
        for (int c = 0; c < values_.cols(); ++c)
            if (cellRect(r, c).contains(pos)) {
                emit cellClicked(r, c);
                return;
            }
    }
    for (int c = 0; c < values_.cols(); ++c)
        if (showColumns_ && columnLabelRect(c).contains(pos)) {
            emit columnClicked(c);
            return;
        }
    QWidget::mousePressEvent(e);
}

bool MatrixView::event(QEvent* e) {
    if (e->type() != QEvent::ToolTip) return QWidget::event(e);
    auto* help = static_cast<QHelpEvent*>(e);
    const QPoint pos = help->pos();
    QString text;
    for (int r = 0; r < values_.rows() && text.isEmpty(); ++r) {
        if (rowLabelRect(r).contains(pos)) text = rows_[r];
        for (int c = 0; c < values_.cols() && text.isEmpty(); ++c)
            if (cellRect(r, c).contains(pos)) {
                const double v = values_(r, c);
                text =
                    tr("%1 · %2: %3")
                        .arg(rows_[r], columns_[c],
                             std::isfinite(v) ? QString::number(v, 'f', 4) : tr("not applicable"));
            }
    }
    for (int c = 0; c < values_.cols() && text.isEmpty(); ++c)
        if (columnLabelRect(c).contains(pos)) text = columns_[c];
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

}  // namespace mtl::ui
