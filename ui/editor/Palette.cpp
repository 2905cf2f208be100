#include "editor/Palette.h"

#include <QDrag>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <string>
#include <vector>

#include "CoreText.h"
#include "graph/Registry.h"

namespace mtl::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole;           // type entries: the registry key
constexpr int kSearchRole = Qt::UserRole + 1;    // type entries: the text the filter searches
constexpr int kCategoryRole = Qt::UserRole + 2;  // category entries: the registry category

// A small rounded square in the category's colour, at 1x and 2x.
QIcon swatch(const QColor& colour) {
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pm(16 * scale, 16 * scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(scale, scale);
        p.setPen(QPen(colour.darker(140), 1));
        p.setBrush(colour);
        p.drawRoundedRect(QRectF(3.5, 3.5, 9, 9), 2.5, 2.5);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

// What a drag shows under the cursor: the block's name on a chip of its category's colour.
QPixmap dragChip(const QString& text, const QColor& colour, const QFont& font, qreal dpr) {
    const QFontMetrics fm(font);
    const QSize size(fm.horizontalAdvance(text) + 20, fm.height() + 10);
    QPixmap pm(size * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(150), 1));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 5, 5);
    p.setFont(font);
    p.setPen(colour.lightness() > 140 ? Qt::black : Qt::white);
    p.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, text);
    return pm;
}

// The palette's tree: dragging a type entry carries its registry key (copy only: the entry stays).
class TypeTree : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;

protected:
    void startDrag(Qt::DropActions) override {
        const QTreeWidgetItem* item = currentItem();
        const QString key = item ? item->data(0, kKeyRole).toString() : QString();
        if (key.isEmpty()) return;
        auto* mime = new QMimeData;
        mime->setData(QString::fromLatin1(kNodeTypeMimeType), key.toUtf8());
        auto* drag = new QDrag(this);
        drag->setMimeData(mime);
        const QColor colour =
            Palette::categoryColor(item->parent()->data(0, kCategoryRole).toString());
        drag->setPixmap(dragChip(item->text(0), colour, font(), devicePixelRatioF()));
        drag->exec(Qt::CopyAction, Qt::CopyAction);
    }
};

// A block entry (not a category) that the filter shows.
bool isVisibleType(const QTreeWidgetItem* item) {
    return item && item->parent() && !item->isHidden() && !item->parent()->isHidden();
}

// Registry categories in palette order: the usual flow of a model first, then any others.
std::vector<std::string> orderedCategories() {
    std::vector<std::string> order = {"Inputs", "Experts", "Gates", "Layers", "Sharing", "Tasks"};
    const std::vector<std::string> present = mtl::Registry::instance().categories();
    order.erase(std::remove_if(order.begin(), order.end(),
                               [&](const std::string& c) {
                                   return std::find(present.begin(), present.end(), c) ==
                                          present.end();
                               }),
                order.end());
    for (const std::string& c : present)
        if (std::find(order.begin(), order.end(), c) == order.end()) order.push_back(c);
    return order;
}

}  // namespace

QColor Palette::categoryColor(const QString& categoryKey) {
    static const QHash<QString, int> hues = {
        {QStringLiteral("Inputs"), 140},  {QStringLiteral("Experts"), 275},
        {QStringLiteral("Gates"), 32},    {QStringLiteral("Layers"), 212},
        {QStringLiteral("Sharing"), 178}, {QStringLiteral("Tasks"), 350}};
    const auto it = hues.find(categoryKey);
    return it == hues.end() ? QColor::fromHsv(0, 0, 150) : QColor::fromHsv(*it, 150, 215);
}

Palette::Palette(QWidget* parent) : QWidget(parent) {
    search_ = new QLineEdit(this);
    search_->setPlaceholderText(tr("Search blocks…"));
    search_->setClearButtonEnabled(true);
    search_->installEventFilter(this);

    tree_ = new TypeTree(this);
    tree_->setHeaderHidden(true);
    tree_->setDragEnabled(true);
    tree_->setDragDropMode(QAbstractItemView::DragOnly);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->setIndentation(14);
    tree_->setAnimated(true);
    tree_->installEventFilter(this);

    noMatch_ = new QLabel(this);
    noMatch_->setWordWrap(true);
    noMatch_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    noMatch_->setForegroundRole(QPalette::PlaceholderText);
    noMatch_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(search_);
    layout->addWidget(noMatch_);
    layout->addWidget(tree_, 1);

    populate();
    connect(search_, &QLineEdit::textChanged, this, &Palette::applyFilter);
    connect(tree_, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem* item) { requestAdd(item); });
}

void Palette::populate() {
    const mtl::Registry& reg = mtl::Registry::instance();
    for (const std::string& category : orderedCategories()) {
        const QString catKey = QString::fromStdString(category);
        const QIcon icon = swatch(categoryColor(catKey));
        auto* cat = new QTreeWidgetItem(tree_, {coreText(category)});
        cat->setData(0, kCategoryRole, catKey);
        cat->setIcon(0, icon);
        cat->setFlags(Qt::ItemIsEnabled);
        QFont bold = cat->font(0);
        bold.setBold(true);
        cat->setFont(0, bold);
        for (const std::string& key : reg.keys()) {
            const mtl::NodeType& t = *reg.find(key);
            if (t.category != category) continue;
            const QString name = coreText(t.displayName), description = coreText(t.description);
            const QString typeKey = QString::fromStdString(key);
            auto* item = new QTreeWidgetItem(cat, {name});
            item->setIcon(0, icon);
            item->setData(0, kKeyRole, typeKey);
            // The untranslated texts too, so that English searches work in every language.
            item->setData(
                0, kSearchRole,
                QStringList{name, typeKey, description, QString::fromStdString(t.displayName),
                            QString::fromStdString(t.description)}
                    .join(QLatin1Char('\n')));
            item->setToolTip(0, QStringLiteral("<p>%1</p><p><code>%2</code></p>")
                                    .arg(description.toHtmlEscaped(), typeKey.toHtmlEscaped()));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        cat->setExpanded(true);
    }
}

void Palette::applyFilter(const QString& text) {
    const QString needle = text.trimmed();
    bool any = false;
    for (int c = 0; c < tree_->topLevelItemCount(); ++c) {
        QTreeWidgetItem* cat = tree_->topLevelItem(c);
        bool shown = false;
        for (int i = 0; i < cat->childCount(); ++i) {
            QTreeWidgetItem* item = cat->child(i);
            const bool match =
                item->data(0, kSearchRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown = shown || match;
        }
        cat->setHidden(!shown);
        if (shown && !needle.isEmpty()) cat->setExpanded(true);
        any = any || shown;
    }
    noMatch_->setText(tr("No block matches “%1”.").arg(needle));
    noMatch_->setVisible(!any);
    // While searching, the best match is current: Enter in the search field adds it.
    if (!needle.isEmpty()) tree_->setCurrentItem(bestMatch());
}

QTreeWidgetItem* Palette::bestMatch() const {
    // The first block whose name or key matches, else the first one whose description does.
    const QString needle = search_->text().trimmed();
    QTreeWidgetItem* first = nullptr;
    for (int c = 0; c < tree_->topLevelItemCount(); ++c) {
        for (int i = 0; i < tree_->topLevelItem(c)->childCount(); ++i) {
            QTreeWidgetItem* item = tree_->topLevelItem(c)->child(i);
            if (!isVisibleType(item)) continue;
            if (item->text(0).contains(needle, Qt::CaseInsensitive) ||
                item->data(0, kKeyRole).toString().contains(needle, Qt::CaseInsensitive))
                return item;
            if (!first) first = item;
        }
    }
    return first;
}

void Palette::requestAdd(const QTreeWidgetItem* item) {
    const QString key = item ? item->data(0, kKeyRole).toString() : QString();
    if (!key.isEmpty()) emit addRequested(key);
}

Palette::~Palette() {
    // The filtered children are destroyed after this body and still send events then.
    search_->removeEventFilter(this);
    tree_->removeEventFilter(this);
}

bool Palette::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
    if (watched == tree_ && enter) {
        requestAdd(tree_->currentItem());
        return true;
    }
    if (watched == search_ && (enter || key == Qt::Key_Down)) {
        QTreeWidgetItem* current = tree_->currentItem();
        if (!isVisibleType(current)) current = bestMatch();
        if (enter) {
            requestAdd(current);
        } else if (current) {
            tree_->setCurrentItem(current);
            tree_->setFocus();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void Palette::setFilter(const QString& text) { search_->setText(text); }

void Palette::focusSearch() {
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
}

void Palette::setStructureLocked(bool locked) { setEnabled(!locked); }

}  // namespace mtl::ui
