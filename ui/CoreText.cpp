#include "CoreText.h"

#include <QCoreApplication>

namespace mtl::ui {

QString coreText(const std::string& s) { return QCoreApplication::translate("core", s.c_str()); }

}  // namespace mtl::ui
