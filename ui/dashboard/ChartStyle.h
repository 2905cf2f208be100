#pragma once
// Shared look of the dashboard's charts and heatmaps: the series colours (one hue per task, the
// same in every chart), the pen of an overlaid (compared) run, the perceptual colour ramp of the
// gate heatmap, palette-derived neutrals, and number formatting for axes and hover texts.
#include <QColor>
#include <QPen>
#include <QString>

class QPalette;

namespace mtl::ui::chartstyle {

// The colour of series `index` (task index): fixed mid-tone hues that read on light and dark
// backgrounds; cycles after 10.
QColor seriesColor(int index);

// The neutral foreground of `palette` (text), used for totals and reference lines, and a blend of
// text into base for grid lines and frames (`amount` 0: base, 1: text).
QColor foreground(const QPalette& palette);
QColor neutral(const QPalette& palette, double amount);

// The pen of a line: runs shown alone are solid; overlaid runs get a dash pattern (overlay 1, 2,
// ... cycle through dashes, dots, dash-dots). An invalid colour means the palette's foreground.
Qt::PenStyle overlayPenStyle(int overlayIndex);
QPen seriesPen(const QColor& color, Qt::PenStyle style, qreal width = 2.0);

// Viridis-like perceptual ramp, t in [0, 1] (clamped), dark blue-violet to yellow; and the text
// colour (black or white) that reads on top of it.
QColor viridis(double t);
QColor textOn(const QColor& background);

// A value for people: integers as integers, otherwise 4 significant digits (locale-aware);
// NaN as an em dash.
QString formatNumber(double v);
// A value for files: C locale, shortest text that reads back to the same double.
QString exactNumber(double v);

// The smallest "nice" upper bound (1, 2, 2.5, 5 times a power of ten) >= v, for scales.
double niceCeil(double v);

}  // namespace mtl::ui::chartstyle
