#include "app/Appearance.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>
#include <algorithm>

namespace mtl::ui {

static QPalette darkPalette() {
    QPalette p;
    const QColor window(45, 47, 51), base(32, 34, 37), text(222, 224, 228), disabled(120, 123, 128);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(60, 63, 68));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 58, 63));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 110, 110));
    p.setColor(QPalette::Light, QColor(75, 78, 84));
    p.setColor(QPalette::Midlight, QColor(62, 65, 70));
    p.setColor(QPalette::Mid, QColor(38, 40, 43));
    p.setColor(QPalette::Dark, QColor(25, 26, 28));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(64, 128, 214));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void applyTheme(const QString& theme) {
    // "system": follow the platform's palette (Qt 6.4 has no colour-scheme hint; a dark window
    // colour means a dark desktop).
    static const bool systemDark =
        QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool dark =
        theme == QLatin1String("dark") || (theme != QLatin1String("light") && systemDark);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
}

QStringList themeKeys() {
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QString themeLabel(const QString& key) {
    if (key == QLatin1String("light"))
        return QCoreApplication::translate("mtl::ui::Appearance", "Light");
    if (key == QLatin1String("dark"))
        return QCoreApplication::translate("mtl::ui::Appearance", "Dark");
    return QCoreApplication::translate("mtl::ui::Appearance", "System");
}

void installLanguage(QApplication& app, const QString& language) {
    const QLocale locale = language == QLatin1String("system") || language.isEmpty()
                               ? QLocale::system()
                               : QLocale(language);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("mtlstudio"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        app.installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    QLocale::setDefault(locale);
}

QRect boundedWindowRect(const QRect& window, const QRect& available, const QSize& minimum) {
    if (available.isEmpty() || !window.isValid()) return window;
    QRect r = window;
    r.setWidth(std::max(std::min(r.width(), available.width()), minimum.width()));
    r.setHeight(std::max(std::min(r.height(), available.height()), minimum.height()));
    // Inside, the top-left corner first (the title bar and menus stay reachable).
    if (r.right() > available.right()) r.moveRight(available.right());
    if (r.bottom() > available.bottom()) r.moveBottom(available.bottom());
    if (r.left() < available.left()) r.moveLeft(available.left());
    if (r.top() < available.top()) r.moveTop(available.top());
    return r;
}

QStringList languageKeys() {
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString languageLabel(const QString& key) {
    if (key == QLatin1String("en")) return QStringLiteral("English");
    if (key == QLatin1String("zh_CN")) return QStringLiteral("简体中文");
    return QCoreApplication::translate("mtl::ui::Appearance", "System language");
}

}  // namespace mtl::ui
