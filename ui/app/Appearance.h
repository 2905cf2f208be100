#pragma once
// Look and language of the application: the colour theme (system, light, dark) and the
// translation (system, English, Simplified Chinese), both kept in QSettings; and where a window
// may be placed on a screen.
#include <QRect>
#include <QString>
#include <QStringList>

class QApplication;

namespace mtl::ui {

// Theme keys: "system", "light", "dark". Applies the Fusion style with a matching palette.
void applyTheme(const QString& theme);
QStringList themeKeys();
QString themeLabel(const QString& key);  // translated

// Language keys: "system", "en", "zh_CN". Installs the application's and Qt's translators; call
// before any window is created (switching takes effect at the next start).
void installLanguage(QApplication& app, const QString& language);
QStringList languageKeys();
QString languageLabel(const QString& key);  // in its own language ("简体中文")

// `window` made to fit `available` (a screen's available geometry): no larger than it (nor smaller
// than `minimum`, when that does not fit either), then moved inside it. An empty `available`
// (no screen known) leaves `window` as it is.
QRect boundedWindowRect(const QRect& window, const QRect& available, const QSize& minimum = {});

// Settings keys shared by main() and the preferences dialog.
inline constexpr const char* kThemeSetting = "appearance/theme";
inline constexpr const char* kLanguageSetting = "appearance/language";

}  // namespace mtl::ui
