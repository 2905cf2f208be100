#include "widgets/AdaptiveToolBar.h"

#include <QAction>
#include <QActionEvent>
#include <QTimer>
#include <QToolButton>

namespace mtl::ui {

namespace {
const char* const kKeepsText = "mtlKeepsToolBarText";
}

AdaptiveToolBar::AdaptiveToolBar(const QString& title, QWidget* parent)
    : QToolBar(title, parent), probe_(std::make_unique<QToolButton>()) {
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    probe_->setAutoRaise(true);
    connect(this, &QToolBar::toolButtonStyleChanged, this, &AdaptiveToolBar::scheduleAdapt);
    connect(this, &QToolBar::orientationChanged, this, &AdaptiveToolBar::scheduleAdapt);
}

AdaptiveToolBar::~AdaptiveToolBar() = default;

void AdaptiveToolBar::setKeepsText(QAction* action, bool keep) {
    action->setProperty(kKeepsText, keep);
    scheduleAdapt();
}

Qt::ToolButtonStyle AdaptiveToolBar::styleAt(QAction* action, Compactness level) const {
    if (level == Compactness::Text ||
        (level == Compactness::KeptTextOnly && action->property(kKeepsText).toBool()))
        return toolButtonStyle();
    return Qt::ToolButtonIconOnly;
}

// The bar's size hint with every button as it is now, less those buttons, plus each button as
// the probe measures it in the style of `level`.
int AdaptiveToolBar::widthAt(Compactness level) const {
    int width = sizeHint().width();
    probe_->setFont(font());
    probe_->setIconSize(iconSize());
    for (QAction* a : actions()) {
        auto* button = qobject_cast<QToolButton*>(widgetForAction(a));
        if (!button || !a->isVisible()) continue;
        probe_->setIcon(a->icon());
        probe_->setText(a->iconText());
        probe_->setToolButtonStyle(styleAt(a, level));
        width += probe_->sizeHint().width() - button->sizeHint().width();
    }
    return width;
}

void AdaptiveToolBar::adapt() {
    pending_ = false;
    Compactness level = Compactness::Text;
    if (orientation() == Qt::Horizontal && isVisible()) {
        const int room = width();
        while (level != Compactness::IconsOnly && widthAt(level) > room)
            level = static_cast<Compactness>(static_cast<int>(level) + 1);
    }
    level_ = level;
    for (QAction* a : actions())
        if (auto* button = qobject_cast<QToolButton*>(widgetForAction(a))) {
            const Qt::ToolButtonStyle style = styleAt(a, level);
            if (button->toolButtonStyle() != style) button->setToolButtonStyle(style);
        }
}

void AdaptiveToolBar::scheduleAdapt() {
    if (pending_) return;
    pending_ = true;
    QTimer::singleShot(0, this, &AdaptiveToolBar::adapt);
}

void AdaptiveToolBar::resizeEvent(QResizeEvent* event) {
    QToolBar::resizeEvent(event);
    adapt();
}

void AdaptiveToolBar::actionEvent(QActionEvent* event) {
    QToolBar::actionEvent(event);
    scheduleAdapt();  // a button added or removed, or an action's text changed
}

void AdaptiveToolBar::changeEvent(QEvent* event) {
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LanguageChange)
        scheduleAdapt();
}

}  // namespace mtl::ui
