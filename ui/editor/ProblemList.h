#pragma once
// The list of the graph's validation problems (errors first, then warnings), refreshed after every
// change of the document. Clicking or activating a problem names its block (nodeActivated), so
// that the main window can select and show it.
#include <QColor>
#include <QWidget>

#include "graph/Graph.h"

class QTreeWidget;
class QTreeWidgetItem;

namespace mtl::ui {

class GraphDocument;

class ProblemList : public QWidget {
    Q_OBJECT
public:
    explicit ProblemList(GraphDocument* doc, QWidget* parent = nullptr);

    int errorCount() const { return errors_; }
    int warningCount() const { return warnings_; }
    QTreeWidget* tree() const { return tree_; }

    // A short translated name of each kind of problem ("Unconnected input").
    static QString issueKindText(mtl::Issue::Kind kind);
    // What is wrong, translated, without the block and port (shown next to it).
    static QString issueDetail(const mtl::Issue& issue);
    // Text colour of a problem of this severity: a red / an amber that read on light and dark
    // backgrounds.
    static QColor severityColor(mtl::Issue::Severity severity);

signals:
    void nodeActivated(mtl::NodeId id);
    void countsChanged(int errors, int warnings);

private:
    void refresh();
    void activate(const QTreeWidgetItem* item);

    GraphDocument* doc_;
    QTreeWidget* tree_ = nullptr;
    int errors_ = 0, warnings_ = 0;
};

}  // namespace mtl::ui
