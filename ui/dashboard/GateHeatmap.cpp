#include "dashboard/GateHeatmap.h"

#include <QCheckBox>
#include <QCollator>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QSlider>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

#include "app/Presentation.h"
#include "dashboard/ChartStyle.h"

namespace mtl::ui {

namespace cs = chartstyle;

namespace {

QString expertLabel(const mtl::GateStats& g, int e) {
    if (e < static_cast<int>(g.expertLabels.size()) &&
        !g.expertLabels[static_cast<size_t>(e)].empty())
        return QString::fromStdString(g.expertLabels[static_cast<size_t>(e)]);
    return QStringLiteral("e%1").arg(e);
}

// The panel of a gate: its CGC/PLE level block, empty for a gate block. Gates without identity
// (older files) are placed by their label's block name ("level1.task0").
QString layerOf(const mtl::GateStats& g) {
    if (g.hasIdentity()) return QString::fromStdString(g.layer);
    const QString label = QString::fromStdString(g.gate);
    const int dot = label.indexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : label.left(dot);
}

double at(const std::vector<double>& v, int i) {
    return i >= 0 && i < static_cast<int>(v.size()) ? v[static_cast<size_t>(i)] : std::nan("");
}

}  // namespace

// The painted part of the heatmap: panels laid out from the widget's width, hit regions for hover
// and clicks. Private to this file; its strings are GateHeatmap's.
class GateCanvas : public QWidget {
public:
    explicit GateCanvas(GateHeatmap* owner) : QWidget(owner), owner_(owner) {
        setMouseTracking(true);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    struct Row {
        int gate = 0;   // index into the epoch's gates
        QString label;  // without the layer prefix
        QColor color;
        bool shared = false;    // serves no single task
        QVector<int> expertOf;  // per column: the gate's expert index, -1 when not an input
    };
    struct Panel {
        QString title;
        QStringList columns;
        QVector<Row> rows;
        QRectF titleRect, grid, bars;
    };
    struct Hit {
        QRectF rect;
        int gate = 0, expert = 0;
        bool bar = false;
    };

    void relayout() {
        build();
        place();
        update();
    }

    const QVector<Hit>& hits() const { return hits_; }
    const Hit* hitAt(const QPointF& p) const {
        for (const Hit& h : hits_)
            if (h.rect.contains(p)) return &h;
        return nullptr;
    }

    QString toolTip(const Hit& h) const {
        const auto& gates = owner_->epochs_[owner_->shown_];
        const mtl::GateStats& g = gates[h.gate];
        const QString row = GateHeatmap::rowName(g), label = QString::fromStdString(g.gate);
        return GateHeatmap::tr(
                   "%1 \u2192 %2\nmean weight %3 \u00b1 %4 (std over the validation set)\nepoch %5")
            .arg(row == label ? row : GateHeatmap::tr("%1 (%2)").arg(row, label),
                 expertLabel(g, h.expert), QLocale().toString(at(g.mean, h.expert), 'f', 4),
                 QLocale().toString(at(g.std, h.expert), 'f', 4))
            .arg(owner_->shown_ + 1);
    }

    QSize minimumSizeHint() const override { return QSize(minWidth_, contentHeight_); }
    QSize sizeHint() const override { return minimumSizeHint(); }

protected:
    void resizeEvent(QResizeEvent*) override { place(); }
    void changeEvent(QEvent* e) override {
        QWidget::changeEvent(e);
        if (e->type() == QEvent::FontChange || e->type() == QEvent::StyleChange) relayout();
    }
    bool event(QEvent* e) override {
        if (e->type() == QEvent::ToolTip) {
            auto* he = static_cast<QHelpEvent*>(e);
            if (const Hit* h = hitAt(he->pos()))
                QToolTip::showText(he->globalPos(), toolTip(*h), this, h->rect.toRect());
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(e);
    }
    void mouseMoveEvent(QMouseEvent* e) override {
        const Hit* h = hitAt(e->position());
        const int idx = h ? static_cast<int>(h - hits_.data()) : -1;
        setCursor(h ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (idx != hovered_) {
            hovered_ = idx;
            update();
        }
    }
    void leaveEvent(QEvent*) override {
        hovered_ = -1;
        update();
    }
    void mouseReleaseEvent(QMouseEvent* e) override {
        if (e->button() != Qt::LeftButton) return;
        if (const Hit* h = hitAt(e->position())) {
            const mtl::GateStats& g = owner_->epochs_[owner_->shown_][h->gate];
            emit owner_->expertClicked(QString::fromStdString(g.gate), h->expert,
                                       expertLabel(g, h->expert));
        }
    }
    void paintEvent(QPaintEvent*) override;

private:
    void build();  // panels from the gates of the epoch shown
    void place();  // geometry from the width

    GateHeatmap* owner_;
    QVector<Panel> panels_;
    QVector<Hit> hits_;
    QRectF legend_;
    int hovered_ = -1;
    int minWidth_ = 200, contentHeight_ = 100;
    qreal labelW_ = 0, cellW_ = 0, rowH_ = 0;
};

void GateCanvas::build() {
    panels_.clear();
    if (owner_->shown_ < 0) return;
    const auto& gates = owner_->epochs_[owner_->shown_];
    for (int g = 0; g < gates.size(); ++g) {
        const QString full = QString::fromStdString(gates[g].gate);
        const QString layer = layerOf(gates[g]);
        const QString title = layer.isEmpty() ? GateHeatmap::tr("Gates") : layer;
        auto it = std::find_if(panels_.begin(), panels_.end(),
                               [&](const Panel& p) { return p.title == title; });
        if (it == panels_.end()) {
            panels_.push_back(Panel{title, {}, {}, {}, {}, {}});
            it = panels_.end() - 1;
        }
        Row row;
        row.gate = g;
        row.label = gates[g].hasIdentity() || layer.isEmpty() ? GateHeatmap::rowName(gates[g])
                                                              : full.mid(layer.size() + 1);
        row.shared =
            gates[g].hasIdentity() ? gates[g].shared : row.label.contains(QLatin1String("shared"));
        it->rows.push_back(row);
    }
    QCollator natural;
    natural.setNumericMode(true);
    for (Panel& p : panels_) {
        // Columns: the gates' expert labels; when gates see different experts (PLE), their union
        // in natural order (shared "s0" before task-specific "t0e0", "e2" before "e10").
        QVector<QStringList> labels;
        for (const Row& r : p.rows) {
            const mtl::GateStats& g = gates[r.gate];
            QStringList l;
            for (int e = 0; e < static_cast<int>(g.mean.size()); ++e) l << expertLabel(g, e);
            labels.push_back(l);
        }
        const bool same = std::all_of(labels.begin(), labels.end(),
                                      [&](const QStringList& l) { return l == labels[0]; });
        if (same) {
            p.columns = labels.value(0);
        } else {
            for (const QStringList& l : labels)
                for (const QString& s : l)
                    if (!p.columns.contains(s)) p.columns << s;
            std::stable_sort(
                p.columns.begin(), p.columns.end(),
                [&](const QString& a, const QString& b) { return natural.compare(a, b) < 0; });
        }
        for (int r = 0; r < p.rows.size(); ++r) {
            Row& row = p.rows[r];
            row.color = row.shared ? cs::seriesColor(7) : cs::seriesColor(r);
            for (const QString& c : p.columns)
                row.expertOf.push_back(static_cast<int>(labels[r].indexOf(c)));
        }
    }
}

void GateCanvas::place() {
    const QFontMetricsF fm(font());
    const qreal lh = fm.height(), m = std::round(lh * 0.6);
    rowH_ = std::round(lh * 1.6);
    labelW_ = fm.horizontalAdvance(GateHeatmap::tr("mean \u00b1 std")) + lh;
    int maxCols = 1;
    qreal colLabelW = 0;
    for (const Panel& p : panels_) {
        maxCols = std::max(maxCols, static_cast<int>(p.columns.size()));
        for (const Row& r : p.rows)
            labelW_ = std::max(labelW_, fm.horizontalAdvance(r.label) + lh * 1.6);
        for (const QString& c : p.columns) colLabelW = std::max(colLabelW, fm.horizontalAdvance(c));
    }
    const qreal minCell = std::max(
        {fm.horizontalAdvance(QStringLiteral("0.000")) + lh * 0.6, colLabelW + lh * 0.4, lh * 2.2});
    minWidth_ = static_cast<int>(std::ceil(2 * m + labelW_ + maxCols * minCell));
    cellW_ = std::clamp((width() - 2 * m - labelW_) / maxCols, minCell, minCell * 2.5);
    cellW_ = std::floor(cellW_);

    hits_.clear();
    qreal y = m;
    legend_ = QRectF(m, y, std::min<qreal>(width() - 2 * m, lh * 22), lh * 1.4);
    y += legend_.height() + m;
    const qreal barsH = std::round(lh * 5);
    for (Panel& p : panels_) {
        p.titleRect = QRectF(m, y, width() - 2 * m, lh * 1.4);
        y += p.titleRect.height();
        const qreal x0 = m + labelW_;
        y += lh * 1.2;  // column headers
        p.grid = QRectF(x0, y, cellW_ * p.columns.size(), rowH_ * p.rows.size());
        for (int r = 0; r < p.rows.size(); ++r)
            for (int c = 0; c < p.columns.size(); ++c)
                if (p.rows[r].expertOf[c] >= 0)
                    hits_.push_back({QRectF(x0 + c * cellW_, y + r * rowH_, cellW_, rowH_),
                                     p.rows[r].gate, p.rows[r].expertOf[c], false});
        y = p.grid.bottom() + lh * 0.8;
        p.bars = QRectF(x0, y, p.grid.width(), barsH);
        // Bar hit regions: one per (gate, expert), full height of the bar area.
        const int n = static_cast<int>(p.rows.size());
        const qreal pad = cellW_ * 0.12, bw = (cellW_ - 2 * pad) / std::max(1, n);
        for (int c = 0; c < p.columns.size(); ++c)
            for (int r = 0; r < n; ++r)
                if (p.rows[r].expertOf[c] >= 0)
                    hits_.push_back({QRectF(x0 + c * cellW_ + pad + r * bw, y, bw, barsH),
                                     p.rows[r].gate, p.rows[r].expertOf[c], true});
        y = p.bars.bottom() + lh * 0.4 + m * 2;
    }
    const int h = static_cast<int>(std::ceil(y));
    if (h != contentHeight_ || minimumWidth() != minWidth_) {
        contentHeight_ = h;
        setMinimumSize(minWidth_, contentHeight_);
        updateGeometry();
    }
    if (hovered_ >= hits_.size()) hovered_ = -1;
}

void GateCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = cs::foreground(pal), faint = cs::neutral(pal, 0.55);
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetricsF fm(font());
    const qreal lh = fm.height();
    if (owner_->shown_ < 0 || panels_.isEmpty()) {
        p.setPen(faint);
        p.drawText(
            rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
            owner_->shown_ < 0
                ? GateHeatmap::tr("Gate weights appear here after the first validation epoch.")
                : GateHeatmap::tr("This model has no gates."));
        return;
    }
    const auto& gates = owner_->epochs_[owner_->shown_];
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    QFont bold = font();
    bold.setBold(true);

    // Colour legend: "Mean gate weight  0 [ramp] max".
    {
        const QString caption = GateHeatmap::tr("Mean gate weight");
        const QString lo = cs::formatNumber(0), hi = cs::formatNumber(owner_->colorMax());
        qreal x = legend_.left();
        p.setPen(text);
        const qreal cw = fm.horizontalAdvance(caption);
        p.drawText(QRectF(x, legend_.top(), cw, legend_.height()), Qt::AlignVCenter, caption);
        x += cw + lh * 0.6;
        p.drawText(QRectF(x, legend_.top(), fm.horizontalAdvance(lo), legend_.height()),
                   Qt::AlignVCenter, lo);
        x += fm.horizontalAdvance(lo) + lh * 0.3;
        const QRectF ramp(x, legend_.top() + legend_.height() * 0.2, lh * 9,
                          legend_.height() * 0.6);
        QLinearGradient grad(ramp.topLeft(), ramp.topRight());
        for (int i = 0; i <= 16; ++i) grad.setColorAt(i / 16.0, cs::viridis(i / 16.0));
        p.fillRect(ramp, grad);
        p.setPen(QPen(faint, 1));
        p.drawRect(ramp);
        p.setPen(text);
        p.drawText(QRectF(ramp.right() + lh * 0.3, legend_.top(), fm.horizontalAdvance(hi) + 2,
                          legend_.height()),
                   Qt::AlignVCenter, hi);
    }

    for (const Panel& panel : panels_) {
        p.setFont(bold);
        p.setPen(text);
        p.drawText(panel.titleRect, Qt::AlignLeft | Qt::AlignVCenter, panel.title);
        p.setFont(font());
        // Column headers.
        for (int c = 0; c < panel.columns.size(); ++c) {
            const QRectF r(panel.grid.left() + c * cellW_, panel.grid.top() - lh * 1.2, cellW_,
                           lh * 1.2);
            p.drawText(r, Qt::AlignCenter,
                       fm.elidedText(panel.columns[c], Qt::ElideRight, cellW_ - 2));
        }
        // Rows: swatch, label, cells.
        for (int r = 0; r < panel.rows.size(); ++r) {
            const Row& row = panel.rows[r];
            const qreal y = panel.grid.top() + r * rowH_;
            const QRectF sw(panel.grid.left() - labelW_ + lh * 0.2, y + (rowH_ - lh * 0.7) / 2,
                            lh * 0.7, lh * 0.7);
            p.fillRect(sw, row.color);
            p.setPen(text);
            p.drawText(QRectF(sw.right() + lh * 0.4, y, labelW_ - sw.width() - lh * 0.8, rowH_),
                       Qt::AlignLeft | Qt::AlignVCenter, row.label);
            const mtl::GateStats& g = gates[row.gate];
            for (int c = 0; c < panel.columns.size(); ++c) {
                const QRectF cell =
                    QRectF(panel.grid.left() + c * cellW_, y, cellW_, rowH_).adjusted(1, 1, -1, -1);
                const int e = row.expertOf[c];
                if (e < 0) {
                    p.fillRect(cell, QBrush(cs::neutral(pal, 0.25), Qt::BDiagPattern));
                    continue;
                }
                const double v = at(g.mean, e);
                const QColor fill = cs::viridis(std::clamp(v / owner_->colorMax(), 0.0, 1.0));
                p.fillRect(cell, fill);
                p.setPen(cs::textOn(fill));
                p.drawText(
                    cell, Qt::AlignCenter,
                    QLocale().toString(
                        v, 'f',
                        cellW_ > fm.horizontalAdvance(QStringLiteral("0.000")) + lh * 0.5 ? 3 : 2));
            }
        }
        // Bars: mean ± std per expert, one bar per gate (row colours), aligned with the columns.
        const QRectF area = panel.bars;
        const double scale = owner_->barMax_;
        p.setFont(small);
        for (double t : {0.0, 0.5, 1.0}) {
            const qreal y = area.bottom() - t * area.height();
            p.setPen(QPen(t == 0 ? faint : cs::neutral(pal, 0.15), 1));
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            p.setPen(text);
            p.drawText(QRectF(area.left() - lh * 3.2, y - lh / 2, lh * 2.9, lh),
                       Qt::AlignRight | Qt::AlignVCenter, cs::formatNumber(t * scale));
        }
        p.setPen(faint);
        p.drawText(QRectF(area.left() - labelW_, area.top() - lh * 0.9, labelW_, lh),
                   Qt::AlignLeft | Qt::AlignVCenter, GateHeatmap::tr("mean \u00b1 std"));
        p.setFont(font());
        const int n = static_cast<int>(panel.rows.size());
        const qreal pad = cellW_ * 0.12, bw = (cellW_ - 2 * pad) / std::max(1, n);
        auto yOf = [&](double v) {
            return area.bottom() - std::clamp(v / scale, 0.0, 1.0) * area.height();
        };
        for (int c = 0; c < panel.columns.size(); ++c)
            for (int r = 0; r < n; ++r) {
                const int e = panel.rows[r].expertOf[c];
                if (e < 0) continue;
                const mtl::GateStats& g = gates[panel.rows[r].gate];
                const double mean = at(g.mean, e), sd = at(g.std, e);
                const qreal x = area.left() + c * cellW_ + pad + r * bw;
                p.fillRect(QRectF(x + 0.5, yOf(mean), bw - 1, area.bottom() - yOf(mean)),
                           panel.rows[r].color);
                if (sd > 0) {
                    const qreal cx = x + bw / 2, top = yOf(mean + sd), bottom = yOf(mean - sd),
                                cap = std::max<qreal>(1.5, bw * 0.2);
                    p.setPen(QPen(text, 1));
                    p.drawLine(QPointF(cx, top), QPointF(cx, bottom));
                    p.drawLine(QPointF(cx - cap, top), QPointF(cx + cap, top));
                    p.drawLine(QPointF(cx - cap, bottom), QPointF(cx + cap, bottom));
                }
            }
    }
    if (hovered_ >= 0 && hovered_ < hits_.size()) {
        p.setPen(QPen(text, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(hits_[hovered_].rect.adjusted(1, 1, -1, -1));
    }
}

GateHeatmap::GateHeatmap(QWidget* parent) : QWidget(parent) {
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    auto* caption = new QLabel(tr("Epoch"), this);
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setToolTip(
        tr("Scrub back through the epochs; at the right end the heatmap follows the latest epoch"));
    slider_->setPageStep(1);
    caption->setToolTip(slider_->toolTip());
    epochLabel_ = new QLabel(this);
    epochLabel_->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%1 of %2").arg(999).arg(999)) +
                                 8);
    fixedScale_ = new QCheckBox(tr("Fixed scale 0 to 1"), this);
    fixedScale_->setToolTip(
        tr("Colour every heatmap on the same scale from 0 to 1, so that runs can be compared by "
           "eye (otherwise each run uses the range of its own weights)"));
    connect(fixedScale_, &QCheckBox::toggled, this,
            [this](bool on) { setColorScale(on ? 1.0 : 0.0); });
    bar->addWidget(caption);
    bar->addWidget(slider_, 1);
    bar->addWidget(epochLabel_);
    bar->addWidget(fixedScale_);
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        follow_ = v == slider_->maximum();
        showEpoch(v);
    });

    canvas_ = new GateCanvas(this);
    scroll_ = new QScrollArea(this);
    scroll_->setWidget(canvas_);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);

    // What the picture is, in one line (wrapped in a narrow dock rather than widening it).
    explanation_ =
        new QLabel(tr("Rows: each task's gate \u00b7 Columns: experts \u00b7 Colour: mean "
                      "gate weight on the validation set"),
                   this);
    explanation_->setObjectName(QStringLiteral("gatesExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setContentsMargins(6, 0, 6, 0);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(explanation_);
    layout->addWidget(scroll_, 1);
    updateSlider();
    // Cells, numbers and labels grow with the presentation scale (the canvas lays itself out
    // again from the font).
    PresentationScale::instance()->follow(this);
}

QString GateHeatmap::rowName(const mtl::GateStats& gate) {
    if (!gate.hasIdentity()) return QString::fromStdString(gate.gate);
    const std::string task = gate.task();
    if (!task.empty()) return QString::fromStdString(task);
    return tr("shared");
}

void GateHeatmap::setColorScale(double max) {
    fixedMax_ = std::isfinite(max) && max > 0 ? max : 0.0;
    {
        QSignalBlocker block(fixedScale_);
        fixedScale_->setChecked(fixedMax_ == 1.0);
    }
    canvas_->relayout();
}

void GateHeatmap::setScaleOptionVisible(bool visible) { fixedScale_->setVisible(visible); }

void GateHeatmap::setEpochs(const QVector<mtl::EvalResult>& epochs) {
    epochs_.clear();
    for (const mtl::EvalResult& r : epochs)
        epochs_.push_back(QVector<mtl::GateStats>(r.gates.begin(), r.gates.end()));
    follow_ = true;
    updateScale();
    shown_ = -1;
    updateSlider();
    showEpoch(epochCount() - 1);
}

void GateHeatmap::addEpoch(const mtl::EvalResult& epoch) {
    epochs_.push_back(QVector<mtl::GateStats>(epoch.gates.begin(), epoch.gates.end()));
    updateScale();
    updateSlider();
    if (follow_ || shown_ < 0)
        showEpoch(epochCount() - 1);
    else
        canvas_->relayout();  // the colour scale may have grown
}

void GateHeatmap::clear() {
    epochs_.clear();
    follow_ = true;
    shown_ = -1;
    colorMax_ = barMax_ = 1.0;
    updateSlider();
    canvas_->relayout();
    emit shownEpochChanged(-1);
}

void GateHeatmap::showEpoch(int index) {
    index = epochs_.isEmpty() ? -1 : std::clamp(index, 0, epochCount() - 1);
    if (index != shown_) {
        shown_ = index;
        canvas_->relayout();
        emit shownEpochChanged(index);
    }
    if (index >= 0 && slider_->value() != index) {
        QSignalBlocker block(slider_);
        slider_->setValue(index);
        follow_ = index == slider_->maximum();
    }
    epochLabel_->setText(index < 0 ? tr("none") : tr("%1 of %2").arg(index + 1).arg(epochCount()));
}

void GateHeatmap::updateSlider() {
    QSignalBlocker block(slider_);
    slider_->setRange(0, std::max(0, epochCount() - 1));
    slider_->setEnabled(epochCount() > 1);
    if (shown_ >= 0) slider_->setValue(shown_);
    epochLabel_->setText(shown_ < 0 ? tr("none")
                                    : tr("%1 of %2").arg(shown_ + 1).arg(epochCount()));
}

void GateHeatmap::updateScale() {
    double mean = 0, top = 0;
    for (const auto& gates : epochs_)
        for (const mtl::GateStats& g : gates)
            for (size_t e = 0; e < g.mean.size(); ++e) {
                const double sd = e < g.std.size() ? g.std[e] : 0;
                if (std::isfinite(g.mean[e])) mean = std::max(mean, g.mean[e]);
                if (std::isfinite(g.mean[e] + sd)) top = std::max(top, g.mean[e] + sd);
            }
    colorMax_ = std::min(1.0, cs::niceCeil(mean));
    barMax_ = std::min(1.0, cs::niceCeil(top));
}

const mtl::GateStats* GateHeatmap::findGate(const QString& gate) const {
    if (shown_ < 0) return nullptr;
    const std::string key = gate.toStdString();
    for (const mtl::GateStats& g : epochs_[shown_])
        if (g.gate == key) return &g;
    return nullptr;
}

double GateHeatmap::valueAt(const QString& gate, int expert) const {
    const mtl::GateStats* g = findGate(gate);
    return g ? at(g->mean, expert) : std::nan("");
}

double GateHeatmap::stdAt(const QString& gate, int expert) const {
    const mtl::GateStats* g = findGate(gate);
    return g ? at(g->std, expert) : std::nan("");
}

QRect GateHeatmap::cellRect(const QString& gate, int expert) const {
    const mtl::GateStats* g = findGate(gate);
    if (!g) return QRect();
    const int index = static_cast<int>(g - epochs_[shown_].data());
    for (const GateCanvas::Hit& h : canvas_->hits())
        if (!h.bar && h.gate == index && h.expert == expert)
            return QRect(canvas_->mapTo(this, h.rect.toRect().topLeft()), h.rect.toRect().size());
    return QRect();
}

QString GateHeatmap::toolTipAt(const QPoint& pos) const {
    const GateCanvas::Hit* h = canvas_->hitAt(QPointF(canvas_->mapFrom(this, pos)));
    return h ? canvas_->toolTip(*h) : QString();
}

}  // namespace mtl::ui
