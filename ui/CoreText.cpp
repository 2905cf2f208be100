#include "CoreText.h"

#include <QCoreApplication>

namespace mtl::ui {

QString coreText(const std::string& s) { return QCoreApplication::translate("core", s.c_str()); }

QString portHelpText(const mtl::PortSpec& port) {
    if (port.help.empty() || port.task < 0) return coreText(port.help);
    return QCoreApplication::translate("core", "task %1's %2")
        .arg(port.task)
        .arg(coreText(port.help));
}

QString coreText(const mtl::Text& t) {
    QString out = coreText(t.text);
    for (const std::string& a : t.args) out = out.arg(QString::fromStdString(a));
    return out;
}

}  // namespace mtl::ui
