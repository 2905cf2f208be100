#include "learn/LearnPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QSvgRenderer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QXmlStreamReader>
#include <cmath>

#include "editor/GraphDocument.h"
#include "editor/GraphScene.h"
#include "learn/LearnCards.h"

namespace mtl::ui {

namespace {

constexpr int kMargin = 6;                   // around the equations, logical pixels
constexpr qreal kTexPoints = 11;             // the equations' font size (preamble.tex)
constexpr qreal kEquationToFontRatio = 1.3;  // TeX text at most this much the widget's text
constexpr qreal kHoverSlack = 2;             // a link reacts this close to its rectangle

}  // namespace

// ------------------------------------------------------------------------------- EquationView

EquationView::EquationView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    QSizePolicy sp = sizePolicy();
    sp.setHeightForWidth(true);
    setSizePolicy(sp);
}

EquationView::~EquationView() = default;

QList<EquationView::Link> EquationView::parseLinks(const QByteArray& svg) {
    static const QString xlink = QStringLiteral("http://www.w3.org/1999/xlink");
    QList<Link> links;
    QXmlStreamReader xml(svg);
    QList<QString> open;  // the link of each enclosing <a> (empty: not a symbol link)
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("a")) {
                const QString href =
                    xml.attributes().value(xlink, QStringLiteral("href")).toString();
                open << (href.startsWith(QLatin1String("mtl:")) ? href.mid(4) : QString());
            } else if (xml.name() == QLatin1String("rect") && !open.isEmpty() &&
                       !open.last().isEmpty()) {
                const auto a = xml.attributes();
                const QRectF r(a.value(QStringLiteral("x")).toDouble(),
                               a.value(QStringLiteral("y")).toDouble(),
                               a.value(QStringLiteral("width")).toDouble(),
                               a.value(QStringLiteral("height")).toDouble());
                const QString target = open.last();
                const qsizetype q = target.indexOf(QLatin1Char('?'));
                if (r.isValid())
                    links.append({q < 0 ? target : target.left(q),
                                  q < 0 ? QString() : target.mid(q + 1), r});
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("a") && !open.isEmpty()) {
            open.removeLast();
        }
    }
    if (xml.hasError()) return {};
    return links;
}

bool EquationView::setSvg(const QString& path) {
    setHovered(-1, {});
    svg_.reset();
    links_.clear();
    viewBox_ = {};
    cache_ = {};
    cacheKey_.clear();
    QFile file(path);
    QByteArray data;
    if (file.open(QIODevice::ReadOnly)) data = file.readAll();
    auto renderer = std::make_unique<QSvgRenderer>(data);
    const bool ok = !data.isEmpty() && renderer->isValid() && !renderer->viewBoxF().isEmpty();
    if (ok) {
        svg_ = std::move(renderer);
        viewBox_ = svg_->viewBoxF();
        links_ = parseLinks(data);
    }
    updateGeometry();
    update();
    return ok;
}

bool EquationView::isEmpty() const { return !svg_; }

qreal EquationView::scaleFor(int width) const {
    if (viewBox_.isEmpty()) return 0;
    const qreal preferred =
        QFontInfo(font()).pixelSize() * kEquationToFontRatio / kTexPoints;  // pixels per pt
    const qreal fit = std::max<qreal>(1, width - 2 * kMargin) / viewBox_.width();
    return std::min(preferred, fit);
}

QRectF EquationView::drawRectFor(int width) const {
    const qreal s = scaleFor(width);
    const QSizeF size = viewBox_.size() * s;
    return {std::max<qreal>(kMargin, (width - size.width()) / 2), kMargin, size.width(),
            size.height()};
}

QRectF EquationView::drawRect() const { return drawRectFor(width()); }

QRectF EquationView::linkRect(int index) const {
    if (index < 0 || index >= links_.size()) return {};
    const QRectF d = drawRect();
    const qreal s = scaleFor(width());
    const QRectF& r = links_[index].rect;
    return {d.left() + (r.left() - viewBox_.left()) * s, d.top() + (r.top() - viewBox_.top()) * s,
            r.width() * s, r.height() * s};
}

int EquationView::heightForWidth(int width) const {
    if (viewBox_.isEmpty()) return 2 * kMargin;
    return qCeil(viewBox_.height() * scaleFor(width)) + 2 * kMargin;
}

QSize EquationView::sizeHint() const {
    const int w =
        viewBox_.isEmpty() ? 100 : qCeil(viewBox_.width() * scaleFor(1 << 20)) + 2 * kMargin;
    return {w, heightForWidth(w)};
}

QSize EquationView::minimumSizeHint() const { return {80, heightForWidth(80)}; }

QImage EquationView::render(int width, qreal dpr, const QColor& color) const {
    if (!svg_) return {};
    const QRectF r = drawRectFor(width);
    QImage img(qCeil(r.width() * dpr), qCeil(r.height() * dpr),
               QImage::Format_ARGB32_Premultiplied);
    if (img.isNull()) return {};
    img.fill(Qt::transparent);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        svg_->render(&p, QRectF(0, 0, img.width(), img.height()));
        // dvisvgm's glyphs are black: take the text colour of the palette (light or dark theme)
        // wherever they are drawn, keeping their anti-aliased coverage.
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(img.rect(), color);
    }
    img.setDevicePixelRatio(dpr);
    return img;
}

void EquationView::paintEvent(QPaintEvent*) {
    if (!svg_) return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (hovered_ >= 0) {
        QColor c = GraphScene::highlightColor();
        c.setAlphaF(0.35);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(linkRect(hovered_).adjusted(-2, -1, 2, 1), 3, 3);
    }
    const qreal dpr = devicePixelRatioF();
    const QColor color = palette().color(QPalette::WindowText);
    const QString key = QStringLiteral("%1/%2/%3").arg(width()).arg(dpr).arg(color.name());
    if (key != cacheKey_ || cache_.isNull()) {
        cache_ = render(width(), dpr, color);
        cacheKey_ = key;
    }
    p.drawImage(drawRect().topLeft(), cache_);
}

void EquationView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    int best = -1;
    qreal bestArea = 0;
    for (int i = 0; i < links_.size(); ++i) {
        const QRectF r = linkRect(i);
        if (!r.adjusted(-kHoverSlack, -kHoverSlack, kHoverSlack, kHoverSlack).contains(pos))
            continue;
        const qreal area = r.width() * r.height();
        if (best < 0 || area < bestArea) best = i, bestArea = area;  // the innermost symbol
    }
    setHovered(best, event->globalPosition().toPoint());
    QWidget::mouseMoveEvent(event);
}

void EquationView::leaveEvent(QEvent* event) {
    setHovered(-1, {});
    QWidget::leaveEvent(event);
}

void EquationView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        cacheKey_.clear();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

void EquationView::setHovered(int index, const QPoint& globalPos) {
    if (index == hovered_) return;
    hovered_ = index;
    update();
    emit symbolHovered(hoveredRole(), index < 0 ? QString() : links_[index].name, globalPos);
}

// --------------------------------------------------------------------------------- LearnPanel

LearnPanel::LearnPanel(GraphScene* scene, QWidget* parent) : QWidget(parent), scene_(scene) {
    setObjectName(QStringLiteral("learnPanel"));
    list_ = new QComboBox(this);
    list_->setObjectName(QStringLiteral("learnCardList"));
    list_->setToolTip(tr("Browse all cards"));
    list_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    list_->setMinimumContentsLength(12);
    for (const LearnCard& c : LearnCards::all()) list_->addItem(c.title, c.id);

    auto* content = new QWidget;
    title_ = new QLabel(content);
    title_->setWordWrap(true);
    equation_ = new EquationView(content);
    equation_->setObjectName(QStringLiteral("learnEquation"));
    summary_ = new QLabel(content);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    paramsTitle_ = new QLabel(tr("Parameters"), content);
    params_ = new QLabel(content);
    params_->setWordWrap(true);
    params_->setTextFormat(Qt::RichText);
    paperTitle_ = new QLabel(content);
    paper_ = new QLabel(content);
    paper_->setWordWrap(true);
    paper_->setTextFormat(Qt::RichText);
    paper_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    hint_ = new QLabel(tr("Point at a symbol of the equations to see its blocks on the canvas."),
                       content);
    hint_->setWordWrap(true);
    hint_->setForegroundRole(QPalette::PlaceholderText);
    auto* cl = new QVBoxLayout(content);
    cl->addWidget(title_);
    cl->addWidget(equation_);
    cl->addWidget(hint_);
    cl->addWidget(summary_);
    cl->addWidget(paramsTitle_);
    cl->addWidget(params_);
    cl->addWidget(paperTitle_);
    cl->addWidget(paper_);
    cl->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(list_);
    layout->addWidget(scroll, 1);
    updateFonts();

    connect(list_, &QComboBox::activated, this,
            [this](int index) { showCard(list_->itemData(index).toString()); });
    connect(equation_, &EquationView::symbolHovered, this, &LearnPanel::symbolHovered);
    follow();
    if (card_.isEmpty() && !LearnCards::all().isEmpty()) display(&LearnCards::all().front());
}

LearnPanel::~LearnPanel() = default;

void LearnPanel::showCard(const QString& id) {
    if (const LearnCard* c = LearnCards::find(id)) {
        following_ = false;
        display(c);
    }
}

void LearnPanel::selectionChanged() {
    following_ = true;
    follow();
}

void LearnPanel::graphChanged() {
    if (following_) follow();
}

void LearnPanel::follow() {
    if (!scene_) return;
    const mtl::Graph& g = scene_->document()->graph();
    const LearnCard* graphCard = LearnCards::forGraph(g);
    const LearnCard* card = nullptr;
    const QList<mtl::NodeId> sel = scene_->selectedNodes();
    if (sel.size() == 1) {
        if (const mtl::Node* n = g.node(sel.front())) {
            card = LearnCards::forNodeType(n->type);
            // The one gate of an OMoE is a softmax gate, explained by the OMoE card.
            if (graphCard && graphCard->id == QLatin1String("moe") && n->type == "gate.softmax")
                card = graphCard;
        }
    }
    if (!card) card = graphCard;
    if (card) display(card);
}

void LearnPanel::display(const LearnCard* card) {
    if (!card || card->id == card_) return;
    card_ = card->id;
    if (scene_) scene_->setHighlightedNodes({});
    {
        const QSignalBlocker block(list_);
        list_->setCurrentIndex(list_->findData(card->id));
    }
    title_->setText(card->title);
    equation_->setSvg(card->svg());
    summary_->setText(card->summary);
    // Parameters grouped by block; papers one a paragraph, the title in italics.
    const QList<LearnParam> params = LearnCards::parameters(*card);
    QString html, block;
    for (const LearnParam& p : params) {
        if (p.block != block) {
            block = p.block;
            html += QStringLiteral("<p style='margin-top:4px; margin-bottom:0'><b>%1</b></p>")
                        .arg(block.toHtmlEscaped());
        }
        html += QStringLiteral("<p style='margin:0 0 0 10px'><i>%1</i>: %2</p>")
                    .arg(p.label.toHtmlEscaped(), p.help.toHtmlEscaped());
    }
    paramsTitle_->setVisible(!params.isEmpty());
    params_->setVisible(!params.isEmpty());
    params_->setText(html);
    html.clear();
    for (const LearnPaper& p : card->papers)
        html +=
            QStringLiteral("<p style='margin:0 0 4px 0'>%1. <i>%2</i>. %3, %4.</p>")
                .arg(p.authors.toHtmlEscaped(), p.title.toHtmlEscaped(), p.venue.toHtmlEscaped())
                .arg(p.year);
    paperTitle_->setText(card->papers.size() == 1 ? tr("Paper") : tr("Papers"));
    paper_->setText(html);
}

void LearnPanel::symbolHovered(const QString& role, const QString& name, const QPoint& globalPos) {
    if (!scene_) return;
    if (role.isEmpty()) {
        scene_->setHighlightedNodes({});
        QToolTip::hideText();
        return;
    }
    const mtl::Graph& g = scene_->document()->graph();
    const QList<mtl::NodeId> ids = LearnCards::roleNodes(g, role);
    scene_->setHighlightedNodes(ids);
    QStringList names;
    for (mtl::NodeId id : ids)
        if (const mtl::Node* n = g.node(id)) names << QString::fromStdString(n->name);
    const QString blocks = names.isEmpty()
                               ? tr("No such block on the canvas.")
                               : tr("On the canvas: %1").arg(names.join(QStringLiteral(", ")));
    const QString what = name.isEmpty() ? LearnCards::roleText(role)
                                        : tr("%1: %2").arg(name, LearnCards::roleText(role));
    QToolTip::showText(globalPos, what + QLatin1Char('\n') + blocks, equation_);
}

void LearnPanel::updateFonts() {
    QFont f = font();
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 1.25);
    else
        f.setPixelSize(qRound(f.pixelSize() * 1.25));
    title_->setFont(f);
    QFont b = font();
    b.setBold(true);
    paramsTitle_->setFont(b);
    paperTitle_->setFont(b);
}

void LearnPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) updateFonts();
    QWidget::changeEvent(event);
}

void LearnPanel::hideEvent(QHideEvent* event) {
    if (scene_) scene_->setHighlightedNodes({});  // no halo left behind by a closed panel
    QWidget::hideEvent(event);
}

}  // namespace mtl::ui
