#pragma once
// The inspector: the selected block's name, type and description, one typed editor per parameter
// (as the registry declares them), its ports with their inferred shapes, and its problems.
// Edits go through the document (one undo step each; a spin box being stepped is one step), and
// the inspector follows the document: undo, redo and edits elsewhere update the editors in place.
// A refused value (outside the registry's range, typed or refused by the document) is shown under
// its editor with the reason, and the block's value stays.
#include <QString>
#include <QWidget>
#include <vector>

#include "graph/Graph.h"

class QLabel;
class QLineEdit;
class QStackedLayout;
class QVBoxLayout;

namespace mtl {
struct NodeType;
struct ParamSpec;
struct ParamValue;
}  // namespace mtl

namespace mtl::ui {

class GraphDocument;

class Inspector : public QWidget {
    Q_OBJECT
public:
    explicit Inspector(GraphDocument* doc, QWidget* parent = nullptr);

    // Shows block `id` (-1: none, a hint instead).
    void setNode(mtl::NodeId id);
    mtl::NodeId node() const { return id_; }
    // While the structure is locked (training), the editors of parameters that change the
    // graph's shape (every parameter but the real-valued ones) are disabled.
    void setStructureLocked(bool locked);

    // For tests: the editor of a parameter of the shown block (nullptr if none), and the name
    // field.
    QWidget* editorFor(const QString& paramKey) const;
    QLineEdit* nameEditor() const { return nameEdit_; }

private:
    struct ParamRow {
        const mtl::ParamSpec* spec;
        QWidget* editor;
        QLabel* message;  // why the last edit was refused (hidden when empty)
    };

    void rebuild();         // another block or type: recreate the parameter editors
    void refreshValues();   // the block changed: update name and editors in place
    void refreshDetails();  // validation changed: ports, shapes and problems
    QWidget* createEditor(const mtl::ParamSpec& spec);
    void showValue(const ParamRow& row, const mtl::ParamValue& value);
    const ParamRow* rowOf(const QWidget* editor) const;  // nullptr: an editor of a previous block
    void commit(const QWidget* editor, const mtl::ParamValue& value, int mergeKey = 0);
    void commitName();
    void applyLock();
    const mtl::ParamValue& currentValue(const mtl::ParamSpec& spec) const;

    GraphDocument* doc_;
    mtl::NodeId id_ = -1;
    const mtl::NodeType* type_ = nullptr;  // of the shown block (nullptr: none or unknown type)
    bool locked_ = false;

    QStackedLayout* stack_ = nullptr;  // the hint, or the block's page
    QLineEdit* nameEdit_ = nullptr;
    QLabel* nameMessage_ = nullptr;
    QLabel* typeLabel_ = nullptr;
    QLabel* descriptionLabel_ = nullptr;
    QVBoxLayout* pageLayout_ = nullptr;
    QWidget* paramsHeading_ = nullptr;
    QWidget* params_ = nullptr;  // recreated by rebuild()
    std::vector<ParamRow> rows_;
    QWidget* portsHeading_ = nullptr;
    QWidget* ports_ = nullptr;  // recreated by refreshDetails()
    QWidget* issuesHeading_ = nullptr;
    QLabel* issues_ = nullptr;
};

}  // namespace mtl::ui
