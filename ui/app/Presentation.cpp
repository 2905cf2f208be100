#include "app/Presentation.h"

#include <QApplication>
#include <QSettings>
#include <QWidget>
#include <algorithm>

namespace mtl::ui {

PresentationScale::PresentationScale(QObject* parent) : QObject(parent) {}

PresentationScale* PresentationScale::instance() {
    static PresentationScale* scale = [] {
        auto* s = new PresentationScale(QCoreApplication::instance());
        return s;
    }();
    return scale;
}

QList<int> PresentationScale::steps() {
    QList<int> out;
    for (int p = kMinPercent; p <= kMaxPercent; p += kStep) out << p;
    return out;
}

QFont PresentationScale::scaled(const QFont& font) const {
    QFont f = font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor());
    else if (f.pixelSize() > 0)
        f.setPixelSize(std::max(1, qRound(f.pixelSize() * factor())));
    return f;
}

void PresentationScale::apply(QWidget* widget) const {
    if (percent_ == 100)
        widget->setFont(QFont());  // inherits again
    else
        widget->setFont(scaled(QApplication::font(widget)));
}

void PresentationScale::follow(QWidget* widget) {
    if (!widget) return;
    followers_.removeAll(nullptr);
    if (!followers_.contains(widget)) followers_ << widget;
    if (percent_ != 100) apply(widget);
}

void PresentationScale::load() {
    bool ok = false;
    const int saved = QSettings().value(QLatin1String(kPresentationSetting), 100).toInt(&ok);
    setPercent(ok && saved >= kMinPercent && saved <= kMaxPercent ? saved : 100);
}

bool PresentationScale::setPercent(int percent) {
    if (percent < kMinPercent || percent > kMaxPercent) return false;
    if (percent == percent_) return true;
    percent_ = percent;
    QSettings().setValue(QLatin1String(kPresentationSetting), percent_);
    followers_.removeAll(nullptr);
    for (const QPointer<QWidget>& w : followers_) apply(w);
    emit changed(factor());
    return true;
}

void PresentationScale::increase() {
    for (int p : steps())
        if (p > percent_) {
            setPercent(p);
            return;
        }
}

void PresentationScale::decrease() {
    const QList<int> s = steps();
    for (auto it = s.rbegin(); it != s.rend(); ++it)
        if (*it < percent_) {
            setPercent(*it);
            return;
        }
}

double presentationScale() { return PresentationScale::instance()->factor(); }

}  // namespace mtl::ui
