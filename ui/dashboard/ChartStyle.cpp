#include "dashboard/ChartStyle.h"

#include <QLocale>
#include <QPalette>
#include <array>
#include <cmath>

namespace mtl::ui::chartstyle {

QColor seriesColor(int index) {
    // Tableau-10-like mid tones; lightness ~45-65 % so each keeps contrast on white and on the
    // dark theme's base (#202225).
    static const std::array<QRgb, 10> hues = {0x3b82c4, 0xe8712a, 0x3aa655, 0xd64545, 0x9467bd,
                                              0xa0705a, 0xd9649f, 0x8c8c8c, 0xb5b52a, 0x1fb0c4};
    const int n = static_cast<int>(hues.size());
    return QColor(hues[static_cast<size_t>(((index % n) + n) % n)]);
}

QColor foreground(const QPalette& palette) { return palette.color(QPalette::Text); }

QColor neutral(const QPalette& palette, double amount) {
    const QColor a = palette.color(QPalette::Base), b = palette.color(QPalette::Text);
    auto mix = [amount](int x, int y) {
        return static_cast<int>(std::lround(x + (y - x) * amount));
    };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

Qt::PenStyle overlayPenStyle(int overlayIndex) {
    if (overlayIndex <= 0) return Qt::SolidLine;
    static const std::array<Qt::PenStyle, 3> styles = {Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    return styles[static_cast<size_t>((overlayIndex - 1) % 3)];
}

QPen seriesPen(const QColor& color, Qt::PenStyle style, qreal width) {
    // Overlaid runs: dashed and a little translucent, so that on dense noisy curves (where a
    // dash pattern alone reads as solid) the run shown solid still stands out.
    QColor c = color;
    if (style != Qt::SolidLine) c.setAlphaF(0.65);
    QPen pen(c, style == Qt::SolidLine ? width : width * 0.8, style);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

QColor viridis(double t) {
    // Samples of matplotlib's viridis at t = 0, 1/8, ..., 1; linear in between.
    static const std::array<QRgb, 9> stops = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
                                              0x28ae80, 0x5ec962, 0xaadc32, 0xfde725};
    if (!(t >= 0)) t = 0;  // NaN too
    if (t > 1) t = 1;
    const double pos = t * (stops.size() - 1);
    const size_t i = std::min(stops.size() - 2, static_cast<size_t>(pos));
    const double f = pos - static_cast<double>(i);
    const QColor a(stops[i]), b(stops[i + 1]);
    auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QColor textOn(const QColor& background) {
    const double luma =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luma > 0.45 ? QColor(Qt::black) : QColor(Qt::white);
}

QString formatNumber(double v) {
    if (std::isnan(v)) return QStringLiteral("\u2014");
    const QLocale locale;
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e9)
        return locale.toString(static_cast<long long>(v));
    return locale.toString(v, 'g', 4);
}

QString exactNumber(double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); }

double niceCeil(double v) {
    if (!(v > 0) || !std::isfinite(v)) return 1.0;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= v * (1 - 1e-12)) return m * p;
    return 10 * p;
}

}  // namespace mtl::ui::chartstyle
