#include "dashboard/MetricChart.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSlider>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QTextStream>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "app/Presentation.h"
#include "dashboard/ChartStyle.h"
#include "widgets/FlowLayout.h"
#include "widgets/Teardown.h"

namespace mtl::ui {

namespace cs = chartstyle;

struct MetricChart::Series {
    QString id, name;
    QColor color;  // invalid: palette foreground
    Qt::PenStyle style = Qt::SolidLine;
    bool visible = true;
    QVector<QPointF> raw;   // everything added, in order
    bool rawSorted = true;  // raw x non-decreasing (binary search for hover)
    // Drawable points derived from raw[0, consumed): finite, positive on a log scale, smoothed.
    QVector<QPointF> smooth;
    int consumed = 0;
    double ema = 0, weightPower = 1;  // running average and smoothing^n (bias correction)
    QVector<QPointF> shown;           // smooth, decimated: what the line series holds
    bool dirty = false;
    QLineSeries* line = nullptr;
};

namespace {

// Index of the first point with x >= `x` in an x-sorted vector.
int lowerBoundX(const QVector<QPointF>& pts, double x) {
    return static_cast<int>(std::lower_bound(pts.begin(), pts.end(), x,
                                             [](const QPointF& p, double v) { return p.x() < v; }) -
                            pts.begin());
}

// Index of the point whose x is nearest to `x` (-1 for none); linear when not sorted.
int nearestX(const QVector<QPointF>& pts, double x, bool sorted) {
    if (pts.isEmpty()) return -1;
    if (!sorted) {
        int best = 0;
        for (int i = 1; i < pts.size(); ++i)
            if (std::fabs(pts[i].x() - x) < std::fabs(pts[best].x() - x)) best = i;
        return best;
    }
    const int i = lowerBoundX(pts, x);
    if (i >= pts.size()) return static_cast<int>(pts.size()) - 1;
    if (i > 0 && x - pts[i - 1].x() <= pts[i].x() - x) return i - 1;
    return i;
}

// Min/max decimation: per bucket of consecutive points, its lowest and highest point in order,
// so spikes survive.
QVector<QPointF> decimate(const QVector<QPointF>& pts, int maxPoints) {
    const qsizetype n = pts.size();
    const qsizetype buckets = std::max(1, maxPoints / 2);
    QVector<QPointF> out;
    out.reserve(buckets * 2);
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype lo = b * n / buckets, hi = (b + 1) * n / buckets;
        if (lo >= hi) continue;
        qsizetype iMin = lo, iMax = lo;
        for (qsizetype i = lo + 1; i < hi; ++i) {
            if (pts[i].y() < pts[iMin].y()) iMin = i;
            if (pts[i].y() > pts[iMax].y()) iMax = i;
        }
        out.push_back(pts[std::min(iMin, iMax)]);
        if (iMin != iMax) out.push_back(pts[std::max(iMin, iMax)]);
    }
    return out;
}

// Qt Charts draws a tick label as "..." unless it fits its share of the axis: the axis length
// divided by the number of ticks, less its label padding (4 px) on both sides. `TickFit` says
// whether the labels of ticks a, a + step, ..., b fit.
using TickFit = std::function<bool(double a, double b, double step, int ticks)>;
constexpr qreal kLabelPadding = 4.0;

// The size Qt Charts gives a text (a QGraphicsTextItem with its 0.5 px document margin).
QSizeF chartTextSize(const QFont& font, const QString& text) {
    static QGraphicsTextItem probe;
    static const bool init = (probe.document()->setDocumentMargin(0.5), true);
    Q_UNUSED(init);
    probe.setFont(font);
    probe.setHtml(text);
    return probe.boundingRect().size();
}

// Sets the axis to the "nice" range around [lo, hi] (bounds on multiples of a 1, 2, 2.5 or 5
// step, 4 to 8 intervals, fewer when `fits` says that the tick labels would not fit the axis),
// and only when that differs from its range.
void setNiceRange(QValueAxis* axis, double lo, double hi, double minStep = 0,
                  const TickFit& fits = {}) {
    if (!(hi > lo)) hi = lo + 1;
    double raw = std::max((hi - lo) / 5, minStep);
    double a = lo, b = hi;
    int ticks = 2;
    for (int attempt = 0; attempt < 64; ++attempt) {
        const double mag = std::pow(10.0, std::floor(std::log10(raw)));
        double step = 10 * mag;
        for (double m : {1.0, 2.0, 2.5, 5.0})
            if (m * mag >= raw) {
                step = m * mag;
                break;
            }
        a = std::floor(lo / step + 1e-9) * step, b = std::ceil(hi / step - 1e-9) * step;
        ticks = static_cast<int>(std::lround((b - a) / step)) + 1;
        if (ticks <= 2 || !fits || fits(a, b, step, ticks)) break;
        raw = step * (1 + 1e-6);  // the next nice step up
    }
    if (axis->min() != a || axis->max() != b) axis->setRange(a, b);
    if (axis->tickCount() != ticks) axis->setTickCount(ticks);
}

// A tick label as a value axis prints it (its printf-style label format).
QString tickLabel(const QValueAxis* axis, double v) {
    return QString::asprintf(axis->labelFormat().toLatin1().constData(), v);
}

QString csvField(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Sets a flag for the lifetime of the guard (our own axis changes are not user zooms).
struct FlagGuard {
    bool& flag;
    const bool before;
    explicit FlagGuard(bool& f) : flag(f), before(f) { flag = true; }
    ~FlagGuard() { flag = before; }
};

}  // namespace

MetricChart::MetricChart(QWidget* parent) : QWidget(parent) {
    chart_ = new QChart;
    chart_->setBackgroundRoundness(0);
    chart_->setMargins(QMargins(4, 4, 8, 4));
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->legend()->setShowToolTips(true);
    chart_->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);  // line samples, dashes too
    chart_->setAnimationOptions(QChart::NoAnimation);

    x_ = new QValueAxis(this);
    x_->setLabelFormat(QStringLiteral("%g"));  // integers stay integers (steps, epochs)
    yLinear_ = new QValueAxis(this);
    yLinear_->setLabelFormat(QStringLiteral("%.3g"));
    yLog_ = new QLogValueAxis(this);
    yLog_->setBase(10);
    yLog_->setLabelFormat(QStringLiteral("%g"));
    yLog_->setMinorTickCount(8);
    {
        FlagGuard g(rescaling_);
        chart_->addAxis(x_, Qt::AlignBottom);
        chart_->addAxis(yLinear_, Qt::AlignLeft);
        chart_->addAxis(yLog_, Qt::AlignLeft);
        yLog_->setVisible(false);
        x_->setRange(0, 1);
        yLinear_->setRange(0, 1);
        yLog_->setRange(0.1, 1);
    }
    axisTitleFont_ = x_->titleFont();
    legendFont_ = chart_->legend()->font();
    // Range changes we did not make are the user's zoom (rubber band): draw the visible range
    // in full detail.
    auto userRange = [this] {
        if (rescaling_) return;
        setZoomed(true);
        markAllDirty();
    };
    connect(x_, &QValueAxis::rangeChanged, this, userRange);
    connect(yLinear_, &QValueAxis::rangeChanged, this, userRange);
    connect(yLog_, &QLogValueAxis::rangeChanged, this, userRange);

    marker_ = new QScatterSeries;
    marker_->setMarkerSize(9);
    marker_->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    {
        FlagGuard g(rescaling_);
        chart_->addSeries(marker_);
        marker_->attachAxis(x_);
        marker_->attachAxis(yLinear_);
    }
    for (QLegendMarker* m : chart_->legend()->markers(marker_)) m->setVisible(false);

    // A plot that gets shorter or narrower keeps whole tick labels by having fewer of them.
    connect(chart_, &QChart::plotAreaChanged, this, [this](const QRectF& area) {
        // What surrounds the plot (title, axes, legend), as laid out: the minimum size follows it.
        const QSize chrome = (chart_->size() - area.size()).toSize();
        if (chrome != chrome_ && area.isValid()) {
            chrome_ = chrome;
            updateMinimumSize();
        }
        if (rescaling_ || area.size().toSize() == tickArea_) return;
        tickArea_ = area.size().toSize();
        rescale();
    });

    view_ = new QChartView(chart_, this);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setRubberBand(QChartView::RectangleRubberBand);
    view_->setFrameShape(QFrame::NoFrame);
    view_->viewport()->setMouseTracking(true);
    viewport_ = view_->viewport();
    viewport_->installEventFilter(this);

    // Controls.
    // They wrap onto a second line when the chart is narrow (a dock beside others, a small
    // screen) instead of widening it.
    controls_ = new QWidget(this);
    auto* row = new FlowLayout(controls_);
    row->setContentsMargins(4, 2, 4, 0);
    smoothingRow_ = new QWidget(controls_);
    smoothingLabel_ = new QLabel(tr("Smoothing"), smoothingRow_);
    smoothingSlider_ = new QSlider(Qt::Horizontal, smoothingRow_);
    smoothingSlider_->setRange(0, 99);
    smoothingSlider_->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    smoothingSlider_->setToolTip(
        tr("Exponential moving average of the drawn lines (display only; "
           "hover texts and exports keep the raw values)"));
    smoothingLabel_->setToolTip(smoothingSlider_->toolTip());
    smoothingValue_ = new QLabel(smoothingRow_);
    smoothingValue_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.00 ")));
    connect(smoothingSlider_, &QSlider::valueChanged, this,
            [this](int v) { setSmoothing(v / 100.0); });
    logBox_ = new QCheckBox(tr("Log scale"), controls_);
    logBox_->setToolTip(tr("Logarithmic y axis (values of zero or below are not drawn)"));
    connect(logBox_, &QCheckBox::toggled, this, &MetricChart::setLogScale);
    resetZoom_ = new QToolButton(controls_);
    resetZoom_->setText(tr("Reset zoom"));
    resetZoom_->setToolTip(
        tr("Drag a rectangle on the chart to zoom; right-click, double-click or "
           "this button shows everything again"));
    resetZoom_->setAutoRaise(true);
    resetZoom_->setEnabled(false);
    resetZoom_->setVisible(false);
    connect(resetZoom_, &QToolButton::clicked, this, &MetricChart::resetZoom);
    export_ = new QToolButton(controls_);
    export_->setText(tr("Export"));
    export_->setToolTip(tr("Save the chart as an image (PNG, SVG) or its raw points as CSV"));
    export_->setPopupMode(QToolButton::InstantPopup);
    export_->setAutoRaise(true);
    auto* menu = new QMenu(export_);
    menu->addAction(tr("PNG image…"), this, [this] { exportWithDialog(QStringLiteral("png")); });
    menu->addAction(tr("SVG image…"), this, [this] { exportWithDialog(QStringLiteral("svg")); });
    menu->addAction(tr("CSV of all points…"), this,
                    [this] { exportWithDialog(QStringLiteral("csv")); });
    export_->setMenu(menu);
    auto* smoothingLayout = new QHBoxLayout(smoothingRow_);
    smoothingLayout->setContentsMargins(0, 0, 0, 0);
    smoothingLayout->addWidget(smoothingLabel_);
    smoothingLayout->addWidget(smoothingSlider_);
    smoothingLayout->addWidget(smoothingValue_);
    row->addWidget(smoothingRow_);
    row->addWidget(logBox_);
    row->addStretch();
    row->addWidget(resetZoom_);
    row->addWidget(export_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(controls_);
    layout->addWidget(view_, 1);

    timer_.setInterval(100);  // ~10 Hz
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshNow();
        else
            timer_.stop();  // hidden (another tab): drawn when shown again
    });

    smoothingValue_->setText(QLocale().toString(0.0, 'f', 2));
    applyPalette();
    applyFonts();
    PresentationScale::instance()->follow(this);  // a FontChange re-applies the chart's fonts
}

MetricChart::~MetricChart() {
    // The view owns the chart, which owns its series and axes.
    timer_.stop();
    // The viewport still sends events (Hide, Leave) while the view is destroyed: not to a chart
    // whose destructor has begun (see widgets/Teardown.h).
    if (viewport_) viewport_->removeEventFilter(this);
    disconnectDescendants(this);
    delete view_;
}

void MetricChart::setTitle(const QString& title) {
    chart_->setTitle(title);
    QFont f = font();
    f.setBold(true);
    chart_->setTitleFont(f);
    updateMinimumSize();
}

void MetricChart::fitChartToView() {
    if (view_ && chart_->size().toSize() != view_->viewport()->size())
        chart_->resize(view_->viewport()->size());
}

void MetricChart::applyFonts() {
    // The widget's font follows the presentation scale (app/Presentation.h); the chart's own
    // fonts (drawn in the graphics scene, which does not inherit it) follow the widget's.
    const PresentationScale* scale = PresentationScale::instance();
    QFont title = font();
    title.setBold(true);
    chart_->setTitleFont(title);
    for (QAbstractAxis* a : {static_cast<QAbstractAxis*>(x_), static_cast<QAbstractAxis*>(yLinear_),
                             static_cast<QAbstractAxis*>(yLog_)}) {
        QFont f = a->labelsFont();
        f.setPointSizeF(font().pointSizeF() * 0.9);
        a->setLabelsFont(f);
        a->setTitleFont(scale->scaled(axisTitleFont_));
    }
    chart_->legend()->setFont(scale->scaled(legendFont_));
    if (marker_) marker_->setMarkerSize(9 * scale->factor());
    for (auto& s : series_) applyPen(*s);
    // What surrounds the plot and how many ticks fit depend on the fonts: measured again.
    chrome_ = QSize();
    tickArea_ = QSize();
    fitLegend();
    if (view_) rescale();
    QMetaObject::invokeMethod(this, &MetricChart::fitChartToView, Qt::QueuedConnection);
}

QString MetricChart::title() const { return chart_->title(); }

void MetricChart::setAxisTitles(const QString& x, const QString& y) {
    xTitle_ = x;
    x_->setTitleText(x);
    yLinear_->setTitleText(y);
    yLog_->setTitleText(y);
    updateMinimumSize();
}

void MetricChart::setControls(Controls controls) {
    smoothingRow_->setVisible(controls & SmoothingControl);
    logBox_->setVisible(controls & LogScaleControl);
    export_->setVisible(controls & ExportControl);
}

void MetricChart::setFixedRange(const QRectF& range) {
    fixedRange_ = range.normalized();
    const bool automatic = fixedRange_.isNull();
    view_->setRubberBand(automatic ? QChartView::RectangleRubberBand : QChartView::NoRubberBand);
    setZoomed(false);
    rescale();
}

void MetricChart::setMaxDisplayPoints(int n) {
    maxDisplay_ = std::max(16, n);
    markAllDirty();
}

MetricChart::Series* MetricChart::find(const QString& id) const {
    for (const auto& s : series_)
        if (s->id == id) return s.get();
    return nullptr;
}

MetricChart::Series& MetricChart::ensure(const QString& id) {
    if (Series* s = find(id)) return *s;
    auto s = std::make_unique<Series>();
    s->id = id;
    s->name = id;
    s->line = new QLineSeries;
    s->line->setName(id);
    {
        FlagGuard g(rescaling_);
        chart_->addSeries(s->line);
        s->line->attachAxis(x_);
        s->line->attachAxis(log_ ? static_cast<QAbstractAxis*>(yLog_) : yLinear_);
    }
    for (QLegendMarker* m : chart_->legend()->markers(s->line))
        connect(m, &QLegendMarker::clicked, this,
                [this, id] { setSeriesVisible(id, !isSeriesVisible(id)); });
    series_.push_back(std::move(s));
    applyPen(*series_.back());
    return *series_.back();
}

void MetricChart::setLegendAlignment(Qt::Alignment alignment) {
    if (chart_->legend()->alignment() != alignment) chart_->legend()->setAlignment(alignment);
    fitLegend();
}

// A legend beside the plot gets the width of its longest entry (the chart would otherwise cut
// long names such as "task1 (Run 2)" short on a narrow chart); the plot takes the rest.
void MetricChart::fitLegend() {
    QLegend* legend = chart_->legend();
    if (!(legend->alignment() & (Qt::AlignLeft | Qt::AlignRight))) {
        legend->setMinimumWidth(-1);
        updateMinimumSize();
        return;
    }
    // Measured as Qt Charts lays its labels out (a text item), not with QFontMetrics: that fell
    // short by a few characters for long entries ("task1 vs task2: 0.258 (Run 2)").
    qreal widest = 0, line = 0;
    for (const auto& s : series_) {
        const QSizeF t = chartTextSize(legend->font(), s->name);
        widest = std::max(widest, t.width());
        line = std::max(line, t.height());
    }
    // The marker, the gaps around it and the legend's margins.
    legend->setMinimumWidth(widest + line * 2 + 24);
    updateMinimumSize();
}

Qt::Alignment MetricChart::legendAlignment() const { return chart_->legend()->alignment(); }

QStringList MetricChart::legendLabels() const {
    QStringList out;
    for (QLegendMarker* m : chart_->legend()->markers())
        if (m->isVisible()) out << m->label();
    return out;
}

void MetricChart::applyPen(Series& s) {
    const QColor c = s.color.isValid() ? s.color : cs::foreground(palette());
    s.line->setPen(
        cs::seriesPen(c, s.style, (s.color.isValid() ? 2.0 : 1.6) * presentationScale()));
    styleLegendMarker(s);
}

void MetricChart::styleLegendMarker(Series& s) {
    const QColor text = cs::foreground(palette());
    const QColor c = s.color.isValid() ? s.color : text;
    for (QLegendMarker* m : chart_->legend()->markers(s.line)) {
        m->setVisible(true);  // also while the series is hidden: clicking it shows the series again
        QColor label = text, swatch = c;
        if (!s.visible) {
            label = cs::neutral(palette(), 0.4);
            swatch.setAlphaF(0.25);
        }
        m->setLabelBrush(label);
        m->setBrush(swatch);
        m->setPen(QPen(swatch, 1));
    }
}

void MetricChart::addSeries(const QString& id, const QString& name, const QColor& color,
                            Qt::PenStyle style) {
    Series& s = ensure(id);
    s.name = name;
    s.color = color;
    s.style = style;
    s.line->setName(name);
    applyPen(s);
    fitLegend();
}

bool MetricChart::hasSeries(const QString& id) const { return find(id) != nullptr; }

QStringList MetricChart::seriesIds() const {
    QStringList ids;
    for (const auto& s : series_) ids << s->id;
    return ids;
}

QString MetricChart::seriesName(const QString& id) const {
    const Series* s = find(id);
    return s ? s->name : QString();
}

void MetricChart::addPoints(const QString& id, const QVector<QPointF>& points) {
    if (points.isEmpty()) return;
    Series& s = ensure(id);
    if (s.rawSorted) {
        double last = s.raw.isEmpty() ? -std::numeric_limits<double>::infinity() : s.raw.back().x();
        for (const QPointF& p : points) {
            if (p.x() < last) {
                s.rawSorted = false;
                break;
            }
            last = p.x();
        }
    }
    s.raw += points;
    s.dirty = true;
    scheduleRefresh();
}

void MetricChart::removeSeries(const QString& id) {
    auto it =
        std::find_if(series_.begin(), series_.end(), [&](const auto& s) { return s->id == id; });
    if (it == series_.end()) return;
    hideHover();
    chart_->removeSeries((*it)->line);
    delete (*it)->line;
    series_.erase(it);
    updateMinimumSize();
    rescale();
}

void MetricChart::clear() {
    hideHover();
    for (auto& s : series_) {
        chart_->removeSeries(s->line);
        delete s->line;
    }
    series_.clear();
    timer_.stop();
    setZoomed(false);
    updateMinimumSize();
    rescale();
}

void MetricChart::setSmoothing(double weight) {
    weight = std::clamp(weight, 0.0, 0.99);
    if (weight == smoothing_) return;
    smoothing_ = weight;
    {
        QSignalBlocker block(smoothingSlider_);
        smoothingSlider_->setValue(static_cast<int>(std::lround(weight * 100)));
    }
    smoothingValue_->setText(QLocale().toString(weight, 'f', 2));
    invalidateAll();
}

void MetricChart::setLogScale(bool on) {
    if (on == log_) return;
    log_ = on;
    {
        QSignalBlocker block(logBox_);
        logBox_->setChecked(on);
    }
    attachYAxis();
    setZoomed(false);
    invalidateAll();
}

// Both y axes stay in the chart (removing one leaves its drawing behind until the event loop
// runs): the series move to the one in use and the other is hidden.
void MetricChart::attachYAxis() {
    FlagGuard g(rescaling_);
    QAbstractAxis* from = log_ ? static_cast<QAbstractAxis*>(yLinear_) : yLog_;
    QAbstractAxis* to = log_ ? static_cast<QAbstractAxis*>(yLog_) : yLinear_;
    for (auto& s : series_) {
        s->line->detachAxis(from);
        s->line->attachAxis(to);
    }
    marker_->detachAxis(from);
    marker_->attachAxis(to);
    from->setVisible(false);
    to->setVisible(true);
}

void MetricChart::setSeriesVisible(const QString& id, bool visible) {
    Series* s = find(id);
    if (!s || s->visible == visible) return;
    s->visible = visible;
    s->line->setVisible(visible);
    styleLegendMarker(*s);
    hideHover();
    rescale();
}

bool MetricChart::isSeriesVisible(const QString& id) const {
    const Series* s = find(id);
    return s && s->visible;
}

int MetricChart::rawCount(const QString& id) const {
    const Series* s = find(id);
    return s ? static_cast<int>(s->raw.size()) : 0;
}

QVector<QPointF> MetricChart::rawPoints(const QString& id) const {
    const Series* s = find(id);
    return s ? s->raw : QVector<QPointF>();
}

int MetricChart::displayedCount(const QString& id) const {
    const Series* s = find(id);
    return s ? static_cast<int>(s->line->count()) : 0;
}

QVector<QPointF> MetricChart::displayedPoints(const QString& id) const {
    const Series* s = find(id);
    return s ? s->line->points() : QVector<QPointF>();
}

void MetricChart::invalidateAll() {
    for (auto& s : series_) {
        s->smooth.clear();
        s->consumed = 0;
        s->ema = 0;
        s->weightPower = 1;
    }
    markAllDirty();
}

void MetricChart::markAllDirty() {
    for (auto& s : series_) s->dirty = true;
    scheduleRefresh();
}

void MetricChart::scheduleRefresh() {
    if (!timer_.isActive()) timer_.start();
}

void MetricChart::rebuild(Series& s) {
    const double w = smoothing_;
    s.smooth.reserve(s.raw.size());
    for (qsizetype i = s.consumed; i < s.raw.size(); ++i) {
        const QPointF& p = s.raw[i];
        double y = p.y();
        if (!std::isfinite(p.x()) || !std::isfinite(y) || (log_ && y <= 0)) continue;
        if (w > 0) {
            // Bias-corrected EMA (the first points are not pulled towards zero).
            s.ema = s.ema * w + (1 - w) * y;
            s.weightPower *= w;
            y = s.ema / (1 - s.weightPower);
        }
        s.smooth.push_back(QPointF(p.x(), y));
    }
    s.consumed = static_cast<int>(s.raw.size());
    // Zoomed in: only the visible x range (and one point beyond each side) is drawn, so that it
    // keeps its full detail.
    qsizetype from = 0, to = s.smooth.size();
    if (zoomed_ && s.rawSorted && fixedRange_.isNull()) {
        from = std::max<qsizetype>(0, lowerBoundX(s.smooth, x_->min()) - 1);
        to = std::min<qsizetype>(s.smooth.size(), lowerBoundX(s.smooth, x_->max()) + 1);
    }
    if (to - from > maxDisplay_)
        s.shown = decimate(s.smooth.mid(from, to - from), maxDisplay_);
    else
        s.shown = (from == 0 && to == s.smooth.size()) ? s.smooth : s.smooth.mid(from, to - from);
}

void MetricChart::refreshNow() {
    QElapsedTimer clock;
    clock.start();
    // Every range or point change makes Qt Charts recompute the geometry of the series
    // concerned: ranges are set only when they change (nice bounds change rarely while data
    // streams in), then each changed series is replaced once.
    QVector<Series*> changed;
    for (auto& s : series_)
        if (s->dirty) {
            rebuild(*s);
            changed.push_back(s.get());
        }
    timer_.stop();
    if (!changed.isEmpty()) rescale();
    for (Series* s : changed) {
        s->line->replace(s->shown);
        s->dirty = false;
    }
    lastRefreshMs_ = clock.nsecsElapsed() / 1e6;
}

// Whether the tick labels of `axis` fit along `extent` pixels of it (none known yet: they do).
static TickFit labelsFit(const QValueAxis* axis, qreal extent, Qt::Orientation along) {
    if (extent <= 0) return {};
    return [axis, extent, along](double a, double, double step, int ticks) {
        const qreal room = extent / ticks - 2 * kLabelPadding;
        if (along == Qt::Vertical)
            return chartTextSize(axis->labelsFont(), QStringLiteral("0")).height() <= room;
        for (int i = 0; i < ticks; ++i)
            if (chartTextSize(axis->labelsFont(), tickLabel(axis, a + i * step)).width() > room)
                return false;
        return true;
    };
}

void MetricChart::rescale() {
    FlagGuard g(rescaling_);
    const QSizeF plot = chart_->plotArea().size();
    const TickFit xFit = labelsFit(x_, plot.width(), Qt::Horizontal);
    const TickFit yFit = labelsFit(yLinear_, plot.height(), Qt::Vertical);
    if (!fixedRange_.isNull()) {
        setNiceRange(x_, fixedRange_.left(), fixedRange_.right(), 0, xFit);
        setNiceRange(yLinear_, fixedRange_.top(), fixedRange_.bottom(), 0, yFit);
        return;
    }
    if (zoomed_) return;
    double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
    for (const auto& s : series_) {
        if (!s->visible) continue;
        for (const QPointF& p : s->shown) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    }
    if (!(x0 <= x1)) {  // nothing drawn
        x0 = 0, x1 = 1, y0 = log_ ? 0.1 : 0, y1 = 1;
    }
    if (x1 - x0 < 1e-12) x0 -= 0.5, x1 += 0.5;
    setNiceRange(x_, x0, x1, integerX_ ? 1.0 : 0.0, xFit);
    if (log_) {
        // From the decade below the data (a hair lower, so that it gets its label) to just above
        // the data: labels sit on powers of ten, minor grid lines on their multiples.
        const double lo = std::pow(10.0, std::floor(std::log10(y0) + 1e-9)) * (1 - 1e-6);
        const double hi = std::max(y1 * 1.1, lo * 10);
        if (yLog_->min() != lo || yLog_->max() != hi) yLog_->setRange(lo, hi);
    } else {
        double pad = (y1 - y0) * 0.04;
        if (pad < 1e-12) pad = std::max(std::fabs(y0) * 0.1, 1e-3);
        // Non-negative data (losses, AUCs) keeps a floor of zero.
        setNiceRange(yLinear_, y0 >= 0 ? std::max(0.0, y0 - pad) : y0 - pad, y1 + pad, 0, yFit);
    }
}

// The smallest chart that draws its title, its axis titles, three tick labels on each axis and
// its legend whole (Qt Charts shortens whatever does not fit to "..."): the chart view does not
// get smaller than that. A vertical axis title runs along the plot's height. What surrounds the
// plot (title, tick labels, axis titles, legend) is taken from the chart's last layout; before
// the first one it is estimated from the fonts.
void MetricChart::updateMinimumSize() {
    constexpr qreal kTitlePadding = 2.0;  // Qt Charts' padding around an axis title
    const QFont labels = x_->labelsFont();
    const QSizeF yTick = chartTextSize(labels, QStringLiteral("0.000"));
    const QSizeF xTick = chartTextSize(labels, QStringLiteral("0000"));
    const QSizeF xTitle = chartTextSize(x_->titleFont(), x_->titleText());
    const QSizeF yTitle = chartTextSize(yLinear_->titleFont(), yLinear_->titleText());
    const QSizeF title =
        chart_->title().isEmpty() ? QSizeF() : chartTextSize(chart_->titleFont(), chart_->title());
    const qreal slot = yTick.height() + 2 * kLabelPadding;  // room of one tick label
    QLegend* legend = chart_->legend();
    const qreal line = chartTextSize(legend->font(), QStringLiteral("A")).height();
    qreal legendRow = 0;  // one entry per series: marker, gaps and label
    for (const auto& s : series_)
        legendRow += line * 2 + chartTextSize(legend->font(), s->name).width();
    const bool beside = legend->alignment() & (Qt::AlignLeft | Qt::AlignRight);
    const QMargins m = chart_->margins();
    const qreal plotW = std::max(xTitle.width() + 2, 3 * (xTick.width() + 2 * kLabelPadding));
    const qreal plotH = std::max(yTitle.width() + 2, 3 * slot);
    // Estimated from the texts; once laid out, measured (chrome_). A legend beside the plot that
    // does not get its minimum width is squeezed and its entries cut short, so the measured
    // chrome can be too narrow: then the estimate, which counts the legend's minimum, holds.
    const qreal estimatedW = m.left() + m.right() + line + yTitle.height() + 2 * kTitlePadding +
                             yTick.width() + 2 * kLabelPadding + plotW +
                             (beside ? std::max<qreal>(legend->minimumWidth(), 0) : 0);
    qreal w = estimatedW, h = 0;
    if (chrome_.isValid()) {
        w = chrome_.width() + plotW;
        if (beside) w = std::max(w, estimatedW);
        h = chrome_.height() + plotH;
    } else {
        h = m.top() + m.bottom() + line + title.height() + plotH + slot + xTitle.height() +
            2 * kTitlePadding + (!beside && !series_.empty() ? line + 2 * kLabelPadding : 0);
    }
    w = std::max(w, title.width() + m.left() + m.right() + line);
    if (!beside) w = std::max(w, legendRow + m.left() + m.right() + line);
    view_->setMinimumSize(static_cast<int>(std::ceil(w)), static_cast<int>(std::ceil(h)));
}

// "Reset zoom" is there while the chart is zoomed in (the control row stays short otherwise).
void MetricChart::setZoomed(bool zoomed) {
    zoomed_ = zoomed;
    resetZoom_->setEnabled(zoomed);
    resetZoom_->setVisible(zoomed);
}

void MetricChart::resetZoom() {
    if (!zoomed_) return;
    setZoomed(false);
    markAllDirty();
    refreshNow();
}

void MetricChart::applyPalette() {
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base), text = cs::foreground(pal);
    chart_->setBackgroundBrush(base);
    chart_->setBackgroundPen(Qt::NoPen);
    chart_->setPlotAreaBackgroundVisible(false);
    chart_->setTitleBrush(text);
    chart_->legend()->setLabelColor(text);
    view_->setBackgroundBrush(base);
    for (QAbstractAxis* a : {static_cast<QAbstractAxis*>(x_), static_cast<QAbstractAxis*>(yLinear_),
                             static_cast<QAbstractAxis*>(yLog_)}) {
        a->setLabelsColor(text);
        a->setTitleBrush(text);
        a->setLinePenColor(cs::neutral(pal, 0.45));
        a->setGridLineColor(cs::neutral(pal, 0.16));
        a->setMinorGridLineColor(cs::neutral(pal, 0.07));
    }
    for (auto& s : series_) applyPen(*s);
}

void MetricChart::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    for (const auto& s : series_)
        if (s->dirty) return scheduleRefresh();
}

void MetricChart::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    if (event->type() == QEvent::FontChange) applyFonts();
}

bool MetricChart::eventFilter(QObject* watched, QEvent* event) {
    if (watched == viewport_) {  // compares pointers: nothing is called on `watched`
        switch (event->type()) {
            case QEvent::Resize:
                // Qt Charts can leave the chart at an older size of the view when the view's
                // size changes while the chart lays itself out (new fonts): fit it again.
                QMetaObject::invokeMethod(this, &MetricChart::fitChartToView, Qt::QueuedConnection);
                break;
            case QEvent::MouseMove:
                if (!(static_cast<QMouseEvent*>(event)->buttons() & Qt::LeftButton))
                    hover(static_cast<QMouseEvent*>(event)->position().toPoint());
                break;
            case QEvent::Leave:
                hideHover();
                break;
            case QEvent::ToolTip:
                // Near a point the value (already shown) stays; elsewhere the chart's description.
                if (marker_->count()) {
                    QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), hoverText_,
                                       view_->viewport());
                    return true;
                }
                break;
            case QEvent::MouseButtonPress:
            case QEvent::MouseButtonRelease:
                if (static_cast<QMouseEvent*>(event)->button() == Qt::RightButton) {
                    if (event->type() == QEvent::MouseButtonRelease) resetZoom();
                    return true;  // not QChartView's one-step zoom out
                }
                break;
            case QEvent::MouseButtonDblClick:
                resetZoom();
                return true;
            default:
                break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MetricChart::hover(const QPoint& viewportPos) {
    const QPointF c = chart_->mapFromScene(view_->mapToScene(viewportPos));
    if (!chart_->plotArea().contains(c)) {
        hideHover();
        return;
    }
    const double reach = fontMetrics().height() * 2.0;
    double bestD2 = reach * reach;
    const Series* best = nullptr;
    QPointF bestPoint;
    for (const auto& s : series_) {
        if (!s->visible || s->shown.isEmpty()) continue;
        const QPointF v = chart_->mapToValue(c, s->line);
        const int i = nearestX(s->shown, v.x(), s->rawSorted);
        for (int k = std::max(0, i - 2);
             k <= std::min<int>(static_cast<int>(s->shown.size()) - 1, i + 2); ++k) {
            const QPointF d = chart_->mapToPosition(s->shown[k], s->line) - c;
            const double d2 = d.x() * d.x() + d.y() * d.y();
            if (d2 < bestD2) {
                bestD2 = d2;
                best = s.get();
                bestPoint = s->shown[k];
            }
        }
    }
    if (!best) {
        hideHover();
        return;
    }
    hoverText_ = valueText(best->id, bestPoint.x());
    marker_->replace(QList<QPointF>{bestPoint});
    const QColor col = best->color.isValid() ? best->color : cs::foreground(palette());
    marker_->setColor(col);
    marker_->setBorderColor(palette().color(QPalette::Base));
    QToolTip::showText(view_->viewport()->mapToGlobal(viewportPos), hoverText_, view_->viewport());
}

void MetricChart::hideHover() {
    if (!marker_->count()) return;
    marker_->clear();
    QToolTip::hideText();
}

QString MetricChart::valueText(const QString& id, double x) const {
    const Series* s = find(id);
    if (!s) return QString();
    const int i = nearestX(s->raw, x, s->rawSorted);
    if (i < 0) return s->name;
    const QPointF p = s->raw[i];
    const QString xName = xTitle_.isEmpty() ? QStringLiteral("x") : xTitle_;
    QString text = tr("%1 %2: %3").arg(xName, cs::formatNumber(p.x()), cs::formatNumber(p.y()));
    if (smoothing_ > 0) {
        const int k = nearestX(s->smooth, p.x(), s->rawSorted);
        if (k >= 0 && s->smooth[k].x() == p.x())
            text += QLatin1Char(' ') + tr("(smoothed %1)").arg(cs::formatNumber(s->smooth[k].y()));
    }
    return s->name + QLatin1Char('\n') + text;
}

QPoint MetricChart::positionOf(const QString& id, const QPointF& value) const {
    const Series* s = find(id);
    if (!s) return QPoint();
    const QPointF scene = chart_->mapToScene(chart_->mapToPosition(value, s->line));
    return view_->viewport()->mapTo(this, view_->mapFromScene(scene));
}

// Draws what is buffered and lets the chart lay itself out (axes, legend) before rendering.
void MetricChart::settleForExport() {
    refreshNow();
    hideHover();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

bool MetricChart::exportPng(const QString& path) {
    settleForExport();
    return view_->grab().save(path, "PNG");
}

bool MetricChart::exportSvg(const QString& path) {
    settleForExport();
    const QSize size = view_->viewport()->size();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title());
    svg.setDescription(tr("Chart exported from MTL Studio"));
    QPainter painter;
    if (!painter.begin(&svg)) return false;
    painter.setRenderHint(QPainter::Antialiasing);
    view_->render(&painter, QRectF(QPointF(0, 0), size), view_->viewport()->rect());
    painter.end();
    return QFileInfo(path).size() > 0;
}

bool MetricChart::exportCsv(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) return false;
    QTextStream out(&file);
    out << "series,x,y\n";
    for (const auto& s : series_) {
        const QString name = csvField(s->name);
        for (const QPointF& p : s->raw)
            out << name << ',' << cs::exactNumber(p.x()) << ',' << cs::exactNumber(p.y()) << '\n';
    }
    out.flush();
    return file.commit();
}

void MetricChart::exportWithDialog(const QString& format) {
    QString filter;
    if (format == QLatin1String("png"))
        filter = tr("PNG images (*.png)");
    else if (format == QLatin1String("svg"))
        filter = tr("SVG images (*.svg)");
    else
        filter = tr("CSV files (*.csv)");
    QString base = title().isEmpty() ? tr("chart") : title();
    base.replace(QLatin1Char(' '), QLatin1Char('-'));
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                base.toLower() + QLatin1Char('.') + format, filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + format;
    const bool ok = format == QLatin1String("png")   ? exportPng(path)
                    : format == QLatin1String("svg") ? exportSvg(path)
                                                     : exportCsv(path);
    if (!ok)
        QMessageBox::warning(this, tr("Export chart"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

}  // namespace mtl::ui
