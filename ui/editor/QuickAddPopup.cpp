#include "editor/QuickAddPopup.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "CoreText.h"
#include "editor/NodeItem.h"
#include "graph/Registry.h"

namespace mtl::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kSearchRole = Qt::UserRole + 1;  // lower-case text the filter matches against

// A dot in the category's colour, as on the canvas.
QIcon categoryIcon(const std::string& category, qreal dpr) {
    const int size = 12;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(canvas::categoryColor(category));
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return QIcon(pm);
}

}  // namespace

QuickAddPopup::QuickAddPopup(QWidget* parent)
    : QFrame(parent, Qt::Popup), search_(new QLineEdit(this)), list_(new QTreeWidget(this)) {
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    search_->setPlaceholderText(tr("Search blocks…"));
    search_->setClearButtonEnabled(true);
    search_->installEventFilter(this);
    layout->addWidget(search_);
    list_->setColumnCount(2);
    list_->setHeaderHidden(true);
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAllColumnsShowFocus(true);
    list_->header()->setStretchLastSection(false);
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(list_);
    setFocusProxy(search_);

    const QColor dim = palette().color(QPalette::PlaceholderText);
    const mtl::Registry& reg = mtl::Registry::instance();
    for (const std::string& key : reg.keys()) {
        const mtl::NodeType* t = reg.find(key);
        auto* item = new QTreeWidgetItem(list_);
        item->setText(0, coreText(t->displayName));
        item->setText(1, coreText(t->category));
        item->setIcon(0, categoryIcon(t->category, devicePixelRatioF()));
        item->setForeground(1, dim);
        item->setToolTip(0, coreText(t->description));
        item->setToolTip(1, coreText(t->description));
        item->setData(0, kKeyRole, QString::fromStdString(key));
        // Match the translated and the English texts.
        const QStringList search = {item->text(0), item->text(1), item->toolTip(0),
                                    QString::fromStdString(t->displayName + ' ' + key + ' ' +
                                                           t->category + ' ' + t->description)};
        item->setData(0, kSearchRole, search.join(QLatin1Char(' ')).toLower());
    }
    connect(search_, &QLineEdit::textChanged, this, &QuickAddPopup::applyFilter);
    connect(list_, &QTreeWidget::itemActivated, this, &QuickAddPopup::choose);
    resize(360, 320);
}

void QuickAddPopup::popup(const QPoint& globalPos) {
    search_->clear();
    applyFilter({});  // also when the box was already empty
    const QScreen* screen = QGuiApplication::screenAt(globalPos);
    if (!screen) screen = QGuiApplication::primaryScreen();
    const QRect avail = screen->availableGeometry();
    const QPoint p(
        std::clamp(globalPos.x(), avail.left(), std::max(avail.left(), avail.right() - width())),
        std::clamp(globalPos.y(), avail.top(), std::max(avail.top(), avail.bottom() - height())));
    move(p);
    show();
    search_->setFocus();
}

void QuickAddPopup::setFilter(const QString& text) { search_->setText(text); }

QString QuickAddPopup::currentKey() const {
    const QTreeWidgetItem* item = list_->currentItem();
    return item && !item->isHidden() ? item->data(0, kKeyRole).toString() : QString();
}

int QuickAddPopup::matchCount() const {
    int n = 0;
    for (int i = 0; i < list_->topLevelItemCount(); ++i)
        n += list_->topLevelItem(i)->isHidden() ? 0 : 1;
    return n;
}

void QuickAddPopup::applyFilter(const QString& text) {
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QTreeWidgetItem* first = nullptr;
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list_->topLevelItem(i);
        const QString haystack = item->data(0, kSearchRole).toString();
        const bool match = std::all_of(words.begin(), words.end(),
                                       [&](const QString& w) { return haystack.contains(w); });
        item->setHidden(!match);
        if (match && !first) first = item;
    }
    list_->setCurrentItem(first);
}

void QuickAddPopup::choose() {
    const QString key = currentKey();
    if (key.isEmpty()) return;
    hide();
    emit typeChosen(key);
}

QuickAddPopup::~QuickAddPopup() {
    // The filtered children are destroyed after this body and still send events then.
    search_->removeEventFilter(this);
}

bool QuickAddPopup::eventFilter(QObject* watched, QEvent* event) {
    if (watched == search_ && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                QCoreApplication::sendEvent(list_, event);  // move through the list while typing
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                choose();
                return true;
            case Qt::Key_Escape:
                hide();
                return true;
            default:
                break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

}  // namespace mtl::ui
