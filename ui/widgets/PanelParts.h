#pragma once
// Small pieces shared by the side panels (inspector, data, training).
class QLabel;
class QScrollArea;
class QString;
class QWidget;

namespace mtl::ui {

// A bold section heading with a little space above it.
QLabel* sectionHeading(const QString& text);

// A frameless scroll area around `content` that scrolls vertically only: rows wrap to the dock's
// width instead of running off to the right.
QScrollArea* verticalScrollArea(QWidget* content);

}  // namespace mtl::ui
