#include "UiInfo.h"

#include <QCoreApplication>

namespace mtl::ui {
QString applicationTitle() { return QCoreApplication::translate("mtl::ui", "MTL Studio"); }
}  // namespace mtl::ui
