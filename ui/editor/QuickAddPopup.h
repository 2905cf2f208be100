#pragma once
// The quick-add popup (right-click on empty canvas): a search box over the registry's block types,
// filtered as you type (display name, key, category, description). Enter or a double-click picks
// the highlighted type; Esc closes.
#include <QFrame>
#include <QString>

class QLineEdit;
class QTreeWidget;

namespace mtl::ui {

class QuickAddPopup : public QFrame {
    Q_OBJECT
public:
    explicit QuickAddPopup(QWidget* parent = nullptr);
    ~QuickAddPopup() override;

    // Shows the popup with its top-left corner at `globalPos` (kept on screen), with an empty
    // search and the search box focused.
    void popup(const QPoint& globalPos);
    void setFilter(const QString& text);  // as if typed into the search box
    QString currentKey() const;           // the highlighted type; empty when nothing matches
    int matchCount() const;               // types shown by the current filter

signals:
    void typeChosen(const QString& key);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter(const QString& text);
    void choose();

    QLineEdit* search_;
    QTreeWidget* list_;
};

}  // namespace mtl::ui
