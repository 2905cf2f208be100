#include "inspect/GateMap.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "dashboard/ChartStyle.h"

namespace mtl::ui {

namespace cs = chartstyle;

GateMap::GateMap(QWidget* parent) : QWidget(parent) {
    setMinimumSize(240, 180);
    setCursor(Qt::CrossCursor);
}

void GateMap::setPoints(const Eigen::MatrixXd& points, const QString& xLabel,
                        const QString& yLabel) {
    points_ = points;
    xLabel_ = xLabel;
    yLabel_ = yLabel;
    minX_ = minY_ = 0;
    maxX_ = maxY_ = 1;
    if (points_.cols() > 0 && points_.rows() == 2) {
        minX_ = points_.row(0).minCoeff();
        maxX_ = points_.row(0).maxCoeff();
        minY_ = points_.row(1).minCoeff();
        maxY_ = points_.row(1).maxCoeff();
    }
    // A flat axis (one expert always chosen) still gets a range to draw on.
    if (maxX_ - minX_ < 1e-9) minX_ -= 0.5, maxX_ += 0.5;
    if (maxY_ - minY_ < 1e-9) minY_ -= 0.5, maxY_ += 0.5;
    selection_.clear();
    dirty_ = true;
    update();
}

void GateMap::setColors(const std::vector<double>& values, const QString& legend) {
    values_ = values;
    legend_ = legend;
    categories_.clear();
    for (const double v : values_) {
        if (!std::isfinite(v)) continue;
        if (std::find(categories_.begin(), categories_.end(), v) == categories_.end())
            categories_.push_back(v);
        if (categories_.size() > 10) break;
    }
    categorical_ = categories_.size() <= 10;
    std::sort(categories_.begin(), categories_.end());
    std::vector<double> finite;
    for (const double v : values_)
        if (std::isfinite(v)) finite.push_back(v);
    lo_ = 0;
    hi_ = 1;
    if (!finite.empty()) {
        std::sort(finite.begin(), finite.end());
        lo_ = finite[finite.size() * 2 / 100];
        hi_ = finite[std::min(finite.size() - 1, finite.size() * 98 / 100)];
        if (hi_ <= lo_) hi_ = lo_ + 1;
    }
    dirty_ = true;
    update();
}

void GateMap::clearSelection() {
    selection_.clear();
    update();
}

QRectF GateMap::plotRect() const {
    const int m = fontMetrics().height() + 6;
    return QRectF(m, 4, std::max(10, width() - m - 8), std::max(10, height() - 2 * m - 6));
}

QPointF GateMap::position(int i) const {
    const QRectF r = plotRect();
    if (i < 0 || i >= points_.cols()) return r.center();
    return {r.left() + (points_(0, i) - minX_) / (maxX_ - minX_) * r.width(),
            r.bottom() - (points_(1, i) - minY_) / (maxY_ - minY_) * r.height()};
}

QColor GateMap::colorOf(double v) const {
    if (!std::isfinite(v)) return cs::neutral(palette(), 0.4);
    if (categorical_) {
        const auto it = std::find(categories_.begin(), categories_.end(), v);
        return cs::seriesColor(static_cast<int>(it - categories_.begin()));
    }
    return cs::viridis((v - lo_) / (hi_ - lo_));
}

// Dots written straight into the image's pixels (premultiplied "over" blending): QPainter's
// per-dot cost made 50k dots take a tenth of a second on the UI thread.
void GateMap::render() {
    dirty_ = false;
    const qreal dpr = devicePixelRatioF();
    image_ = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image_.setDevicePixelRatio(dpr);
    image_.fill(Qt::transparent);
    const int n = static_cast<int>(points_.cols());
    const int W = image_.width(), H = image_.height();
    // Thousands of dots: small and a little transparent so that density shows.
    const int radius = static_cast<int>(std::lround((n > 20000  ? 1.0
                                                     : n > 2000 ? 1.5
                                                                : 2.5) *
                                                    dpr));
    const double alpha = n > 20000 ? 0.5 : 0.8;
    for (int i = 0; i < n; ++i) {
        const QColor c = colorOf(
            i < static_cast<int>(values_.size()) ? values_[static_cast<size_t>(i)] : std::nan(""));
        const double r = c.redF() * alpha, g = c.greenF() * alpha, b = c.blueF() * alpha;
        const QPointF at = position(i) * dpr;
        const int cx = static_cast<int>(at.x()), cy = static_cast<int>(at.y());
        for (int y = std::max(0, cy - radius); y <= std::min(H - 1, cy + radius); ++y) {
            auto* line = reinterpret_cast<QRgb*>(image_.scanLine(y));
            for (int x = std::max(0, cx - radius); x <= std::min(W - 1, cx + radius); ++x) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) > radius * radius + radius) continue;
                const QRgb d = line[x];
                const double keep = 1.0 - alpha;
                line[x] = qRgba(static_cast<int>(r * 255 + qRed(d) * keep),
                                static_cast<int>(g * 255 + qGreen(d) * keep),
                                static_cast<int>(b * 255 + qBlue(d) * keep),
                                static_cast<int>(alpha * 255 + qAlpha(d) * keep));
            }
        }
    }
}

void GateMap::resizeEvent(QResizeEvent*) { dirty_ = true; }

void GateMap::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QPalette& pal = palette();
    const QRectF r = plotRect();
    p.setPen(cs::neutral(pal, 0.4));
    p.drawRect(r);
    if (dirty_ || image_.size() != size() * devicePixelRatioF()) render();
    p.drawImage(QPointF(0, 0), image_);
    p.setPen(cs::foreground(pal));
    const QFontMetrics fm = fontMetrics();
    p.drawText(QRectF(r.left(), r.bottom() + 2, r.width(), fm.height()), Qt::AlignCenter, xLabel_);
    p.save();
    p.translate(fm.height() - 2, r.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-r.height() / 2, -fm.height(), r.height(), fm.height()), Qt::AlignCenter,
               fm.elidedText(yLabel_, Qt::ElideRight, static_cast<int>(r.height())));
    p.restore();
    // Legend: the categories' colours, or the ramp's ends.
    QString legend = legend_;
    if (categorical_) {
        for (size_t k = 0; k < categories_.size(); ++k)
            legend += QStringLiteral("  ■ ") + cs::formatNumber(categories_[k]);
    } else if (!legend_.isEmpty()) {
        legend += QStringLiteral("  %1 … %2").arg(cs::formatNumber(lo_), cs::formatNumber(hi_));
    }
    p.drawText(QRectF(r.left(), r.bottom() + fm.height() + 2, r.width(), fm.height()),
               Qt::AlignLeft, legend);
    if (categorical_) {  // colour the squares of the legend
        qreal x = r.left() + fm.horizontalAdvance(legend_);
        for (size_t k = 0; k < categories_.size(); ++k) {
            x += fm.horizontalAdvance(QStringLiteral("  "));
            p.fillRect(QRectF(x, r.bottom() + fm.height() + 4,
                              fm.horizontalAdvance(QStringLiteral("■")), fm.ascent() - 2),
                       colorOf(categories_[k]));
            x += fm.horizontalAdvance(QStringLiteral("■ ") + cs::formatNumber(categories_[k]));
        }
    }
    if (!selection_.empty() && !dragging_) {
        p.setPen(QPen(cs::foreground(pal), 1));
        p.setBrush(Qt::NoBrush);
        for (size_t k = 0; k < selection_.size() && k < 2000; ++k)
            p.drawEllipse(position(selection_[k]), 2.5, 2.5);
    }
    if (dragging_) {
        p.setPen(QPen(cs::foreground(pal), 1, Qt::DashLine));
        p.setBrush(QColor(128, 128, 128, 40));
        p.drawRect(QRect(press_, drag_).normalized());
    }
}

void GateMap::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return QWidget::mousePressEvent(e);
    press_ = drag_ = e->position().toPoint();
    dragging_ = true;
    update();
}

void GateMap::mouseMoveEvent(QMouseEvent* e) {
    if (!dragging_) return;
    drag_ = e->position().toPoint();
    update();
}

void GateMap::mouseReleaseEvent(QMouseEvent* e) {
    if (!dragging_ || e->button() != Qt::LeftButton) return QWidget::mouseReleaseEvent(e);
    dragging_ = false;
    drag_ = e->position().toPoint();
    const QRect box = QRect(press_, drag_).normalized();
    const int n = static_cast<int>(points_.cols());
    if (box.width() < 4 && box.height() < 4) {  // a click: the nearest dot
        int best = -1;
        double bestD = 36;  // within 6 pixels
        for (int i = 0; i < n; ++i) {
            const QPointF d = position(i) - QPointF(drag_);
            const double dd = d.x() * d.x() + d.y() * d.y();
            if (dd < bestD) bestD = dd, best = i;
        }
        update();
        if (best >= 0) emit examplePicked(best);
        return;
    }
    selection_.clear();
    for (int i = 0; i < n; ++i)
        if (box.contains(position(i).toPoint())) selection_.push_back(i);
    update();
    emit brushed(selection_);
}

}  // namespace mtl::ui
