#pragma once
#include <QString>

namespace mtl::ui {
// Human-readable name and version of the application, translated.
QString applicationTitle();
}  // namespace mtl::ui
