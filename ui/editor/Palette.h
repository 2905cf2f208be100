#pragma once
// The block palette: every registered node type, grouped by category, with a search field.
// Dragging an entry onto the canvas carries the type's registry key (kNodeTypeMimeType);
// double-clicking it or pressing Enter asks for the block to be added (addRequested).
#include <QColor>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace mtl::ui {

// MIME type of a palette drag; the payload is the node type's registry key in UTF-8.
inline constexpr char kNodeTypeMimeType[] = "application/x-mtlstudio-node-type";

class Palette : public QWidget {
    Q_OBJECT
public:
    explicit Palette(QWidget* parent = nullptr);
    ~Palette() override;

    // The colour of a registry category ("Inputs", "Experts", ...): a fixed mid-tone hue that
    // reads on light and dark backgrounds (grey for unknown categories).
    static QColor categoryColor(const QString& categoryKey);

    // While the structure is locked (training), blocks cannot be added.
    void setStructureLocked(bool locked);
    // Focuses the search field with its text selected (Find).
    void focusSearch();
    // Shows only the blocks whose name, key or description contains `text` (case-insensitive).
    void setFilter(const QString& text);

signals:
    void addRequested(const QString& typeKey);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void populate();
    void applyFilter(const QString& text);
    void requestAdd(const QTreeWidgetItem* item);
    QTreeWidgetItem* bestMatch() const;  // the visible block that Enter in the search field adds

    QLineEdit* search_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    QLabel* noMatch_ = nullptr;
};

}  // namespace mtl::ui
