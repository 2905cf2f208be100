#include "CoreText.h"

#include <QCoreApplication>

namespace mtl::ui {

QString coreText(const std::string& s) { return QCoreApplication::translate("core", s.c_str()); }

QString coreText(const mtl::Text& t) {
    QString out = coreText(t.text);
    for (const std::string& a : t.args) out = out.arg(QString::fromStdString(a));
    return out;
}

}  // namespace mtl::ui
