#pragma once
// A line chart for live metrics: the only widget of the application that touches Qt Charts.
//
// Series are keyed by a string id and have a display name, a colour (invalid: the palette's text
// colour) and a pen style (dashed for overlaid runs). addPoints() only buffers: a timer redraws
// at ~10 Hz, so streams of tens of thousands of points stay smooth. What is drawn is derived from
// the raw points, which are kept in full for hover texts and export:
//   raw -> (log scale: drop y <= 0) -> exponential moving average (display smoothing)
//       -> min/max decimation when a series has more than maxDisplayPoints() points.
// Controls above the chart: smoothing slider, log-scale toggle, reset zoom (shown while zoomed:
// drag a rectangle to zoom, right-click or double-click to reset), export menu (PNG, SVG, CSV of
// all raw points). Clicking a legend entry hides or shows its series. Hovering shows the nearest
// point's exact value ("Step 1200: 0.4521"). Small sizes (a projector, a dock among others): the
// controls wrap onto a second line; the chart keeps the minimum size its title, axis titles and
// legend need to be drawn whole (a vertical axis title needs the plot's height), and each axis gets
// as many ticks as fit whole, so that Qt Charts never shortens a text to "...".
// Presentation scale (app/Presentation.h): the widget's font follows it, and the chart's title,
// axis and legend fonts, line widths and hover marker follow the widget's font and the scale.
#include <QFlags>
#include <QFont>
#include <QPointF>
#include <QPointer>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVector>
#include <QWidget>
#include <memory>
#include <vector>

class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QSlider;
class QToolButton;
class QValueAxis;

namespace mtl::ui {

class MetricChart : public QWidget {
    Q_OBJECT
public:
    enum Control {
        SmoothingControl = 0x1,
        LogScaleControl = 0x2,
        ExportControl = 0x4,
        AllControls = 0x7
    };
    Q_DECLARE_FLAGS(Controls, Control)

    explicit MetricChart(QWidget* parent = nullptr);
    ~MetricChart() override;

    void setTitle(const QString& title);
    QString title() const;
    void setAxisTitles(const QString& x, const QString& y);
    void setControls(Controls controls);
    // A fixed value range for both axes (ROC: the unit square); a null rect: automatic.
    void setFixedRange(const QRectF& range);
    // Largest number of points drawn per series (the rest is decimated; raw data is kept).
    void setMaxDisplayPoints(int n);
    // Where the legend sits: below the plot (one row, the default) or right of it (one entry per
    // line, for the long names of overlaid runs).
    void setLegendAlignment(Qt::Alignment alignment);
    Qt::Alignment legendAlignment() const;
    // The legend's entries as shown, in order (for tests).
    QStringList legendLabels() const;
    // Ticks on whole numbers only (x counts epochs).
    void setIntegerXAxis(bool on) { integerX_ = on; }
    int maxDisplayPoints() const { return maxDisplay_; }

    // Adds (or restyles and renames) a series. A colour that is not valid follows the palette's
    // text colour (totals, reference lines).
    void addSeries(const QString& id, const QString& name, const QColor& color = QColor(),
                   Qt::PenStyle style = Qt::SolidLine);
    bool hasSeries(const QString& id) const;
    QStringList seriesIds() const;
    QString seriesName(const QString& id) const;
    // Buffers points for the series (created with the id as its name when unknown); they are
    // drawn at the next refresh tick.
    void addPoints(const QString& id, const QVector<QPointF>& points);
    void removeSeries(const QString& id);
    void clear();

    // Display smoothing: exponential moving average weight in [0, 0.99] (0: raw).
    void setSmoothing(double weight);
    double smoothing() const { return smoothing_; }
    // Logarithmic y axis (non-positive values are not drawn while it is on).
    void setLogScale(bool on);
    bool logScale() const { return log_; }
    // Shows or hides a series as clicking its legend entry does.
    void setSeriesVisible(const QString& id, bool visible);
    bool isSeriesVisible(const QString& id) const;

    // Raw points as added, and the points currently drawn (after smoothing and decimation).
    int rawCount(const QString& id) const;
    QVector<QPointF> rawPoints(const QString& id) const;
    int displayedCount(const QString& id) const;
    QVector<QPointF> displayedPoints(const QString& id) const;

    // Draws what is buffered now instead of at the next tick; the UI-thread time of the last
    // refresh (rebuilding the drawn points and rescaling, not painting) in milliseconds.
    void refreshNow();
    double lastRefreshMs() const { return lastRefreshMs_; }
    bool refreshPending() const { return timer_.isActive(); }

    // Hover: the text shown for the point of series `id` nearest to `x` ("Step 1200: 0.4521"),
    // the widget position of a value on a series (for tests), and the last hover text shown.
    QString valueText(const QString& id, double x) const;
    QPoint positionOf(const QString& id, const QPointF& value) const;
    QString hoverText() const { return hoverText_; }

    // Export. PNG and SVG render the chart as shown; CSV holds every raw point of every series
    // ("series,x,y", series = display name). false when the file cannot be written.
    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);
    bool exportCsv(const QString& path);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Series;
    Series* find(const QString& id) const;
    Series& ensure(const QString& id);
    void applyPen(Series& s);
    void styleLegendMarker(Series& s);
    void fitLegend();
    void applyPalette();
    void applyFonts();
    void fitChartToView();  // the chart at its view's size (see eventFilter)     // title, axes,
                            // legend and line widths from font() and the scale
    void invalidateAll();   // smoothing or scale changed: recompute every series' drawn points
    void markAllDirty();    // zoom or decimation changed: re-select the drawn points
    void scheduleRefresh();
    void rebuild(Series& s);
    void rescale();
    void updateMinimumSize();
    void attachYAxis();
    void setZoomed(bool zoomed);
    void resetZoom();
    void hover(const QPoint& viewportPos);
    void hideHover();
    void exportWithDialog(const QString& format);
    void settleForExport();

    QChart* chart_ = nullptr;
    QChartView* view_ = nullptr;
    QPointer<QWidget> viewport_;  // view_->viewport(), the object the event filter watches
    QValueAxis* x_ = nullptr;
    QValueAxis* yLinear_ = nullptr;
    QLogValueAxis* yLog_ = nullptr;
    QScatterSeries* marker_ = nullptr;
    QWidget* controls_ = nullptr;
    QWidget* smoothingRow_ = nullptr;  // label, slider and value: wrapped as one
    QLabel* smoothingLabel_ = nullptr;
    QSlider* smoothingSlider_ = nullptr;
    QLabel* smoothingValue_ = nullptr;
    QCheckBox* logBox_ = nullptr;
    QToolButton* resetZoom_ = nullptr;
    QToolButton* export_ = nullptr;

    std::vector<std::unique_ptr<Series>> series_;
    QTimer timer_;
    QRectF fixedRange_;
    QString xTitle_;                    // names x in hover texts
    QFont axisTitleFont_, legendFont_;  // Qt Charts' defaults, enlarged by the presentation scale
    double smoothing_ = 0;
    bool log_ = false;
    bool zoomed_ = false;
    bool rescaling_ = false;
    int maxDisplay_ = 4000;
    double lastRefreshMs_ = 0;
    QString hoverText_;
    bool integerX_ = false;
    QSize tickArea_;  // the plot size the tick counts were chosen for
    QSize chrome_;    // the chart's size less its plot's, at its last layout (invalid: none yet)
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MetricChart::Controls)

}  // namespace mtl::ui
