#pragma once
// A toolbar that keeps every action on the bar when the window is narrow (a 1024-pixel projector,
// a long translation): rather than pushing buttons into the overflow menu at its right end, it
// drops their text, showing the icon only (the text stays in the tooltip). First the buttons of
// actions not marked with setKeepsText() lose their text, then, if the bar still does not fit,
// all of them. It goes back to text as soon as the width allows.
#include <QToolBar>
#include <memory>

class QToolButton;

namespace mtl::ui {

class AdaptiveToolBar : public QToolBar {
    Q_OBJECT
public:
    // How much text the buttons show.
    enum class Compactness { Text, KeptTextOnly, IconsOnly };
    Q_ENUM(Compactness)

    explicit AdaptiveToolBar(const QString& title, QWidget* parent = nullptr);
    ~AdaptiveToolBar() override;

    // `action`'s button keeps its text until no other button has any left (e.g. Train, Stop).
    void setKeepsText(QAction* action, bool keep = true);
    Compactness compactness() const { return level_; }
    // The width the bar needs to show every button at `level` (for tests).
    int widthAt(Compactness level) const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void actionEvent(QActionEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void adapt();
    void scheduleAdapt();
    Qt::ToolButtonStyle styleAt(QAction* action, Compactness level) const;

    std::unique_ptr<QToolButton> probe_;  // measures a button in a given style (never shown)
    Compactness level_ = Compactness::Text;
    bool pending_ = false;
};

}  // namespace mtl::ui
