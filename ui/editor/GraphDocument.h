#pragma once
// The editor's model: owns the core graph (mtl::Graph) and the undo stack. Views (the canvas,
// the inspector, the problem list) never change the graph themselves: they call the edit methods
// below, each of which pushes one undo command, and they follow the signals.
//
// Every command stores the graph before and after the edit; applying a graph diffs it against the
// current one and emits fine-grained signals (node added / removed / changed / moved, edge added /
// removed), so undo, redo, templates and paste all reach the views the same way.
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <memory>
#include <optional>
#include <string>

#include "data/Dataset.h"
#include "graph/Graph.h"
#include "graph/Registry.h"

class QUndoStack;

namespace mtl::ui {

class GraphDocument : public QObject {
    Q_OBJECT
public:
    explicit GraphDocument(QObject* parent = nullptr);
    ~GraphDocument() override;

    const mtl::Graph& graph() const { return graph_; }
    // Validation of the current graph, recomputed after every change.
    const mtl::ValidationResult& validation() const { return validation_; }
    QUndoStack* undoStack() const { return undo_; }
    bool isModified() const;  // the undo stack is not at its clean index

    // The layout of the data set chosen for training, when known (see DataSchemaProbe): new
    // blocks fit it (an input block gets its widths, a task head one of its free task names).
    void setDataSchema(const std::optional<mtl::DataSchema>& schema) { dataSchema_ = schema; }
    const std::optional<mtl::DataSchema>& dataSchema() const { return dataSchema_; }

    // ---- edits (each one undo step; nothing happens and false/-1 is returned when refused) ----
    // Adds a node of a registered type at `pos` (scene coordinates), its parameters fitted to the
    // graph and the data (mtl::fitNewNode); returns its id or -1.
    mtl::NodeId addNode(const std::string& type, QPointF pos);
    // Binds every input block to dataSchema()'s widths (one step named `text`; none when nothing
    // changes or the layout is unknown). Returns how many blocks changed.
    int bindInputsToData(const QString& text);
    // Removes nodes and their edges (one step).
    void removeNodes(const QList<mtl::NodeId>& ids);
    // Why `from` (an output port) cannot be wired to `to` (an input port), translated; empty when
    // the connection is allowed. An input that already has an edge can be connected: the new edge
    // replaces the old one (an input port takes one edge).
    QString connectionProblem(const mtl::PortRef& from, const mtl::PortRef& to) const;
    // Connects (replacing an existing edge into `to`), fitting the blocks at both ends in the same
    // step (mtl::fitConnection: a Dense block before a head ends in 1 unit, a gate weighs as many
    // experts as its mixture mixes; each change is announced by notice()). On refusal returns
    // false and sets *reason.
    bool connectPorts(const mtl::PortRef& from, const mtl::PortRef& to, QString* reason = nullptr);
    // Connects `from` to a new input of block `to` (mtl::growInput: a mixture whose expert
    // inputs are all taken grows one, so do Add / Concatenate / Multiply blocks), fitted as
    // connectPorts() does, in one step. On refusal returns false and sets *reason.
    bool connectToNewInput(const mtl::PortRef& from, mtl::NodeId to, QString* reason = nullptr);
    // True when `to` is a block whose inputs of `kind` are all taken and that can grow one more.
    bool canGrowInput(mtl::NodeId to, mtl::PortKind kind) const;
    void removeEdges(const QList<mtl::Edge>& edges);
    // Sets a parameter after checking it against the registry's ParamSpec (kind, range, choices).
    // Edits with the same non-zero `mergeKey` that follow each other merge into one undo step
    // (a spin box being dragged) until endMerge() is called. Edges into ports that disappear
    // (e.g. fewer expert inputs of a mixture) are removed in the same step. Setting an expert
    // group's number of experts sets the gates of the mixtures reading it too, in the same step
    // (mtl::expertCountChange), and says so: the step's text and notice().
    bool setParam(mtl::NodeId id, const std::string& key, const mtl::ParamValue& value,
                  QString* reason = nullptr, int mergeKey = 0);
    bool renameNode(mtl::NodeId id, const QString& name, QString* reason = nullptr);
    // Records a move that already happened on the canvas (positions before and after the drag).
    void nodesMoved(const QHash<mtl::NodeId, QPointF>& before,
                    const QHash<mtl::NodeId, QPointF>& after);
    // Replaces the whole graph as one undoable step (templates, auto-layout).
    void replaceGraph(const mtl::Graph& graph, const QString& text);
    // Lays the graph out left to right by depth (one undoable step).
    void autoLayout();
    // Copy / paste: the nodes `ids` with the edges among them; pasting adds fresh ids and unique
    // names, offset by `offset`, and returns the new ids. `duplicate`: the undo step says
    // "Duplicate n blocks" rather than "Paste n blocks".
    mtl::Graph fragment(const QList<mtl::NodeId>& ids) const;
    QList<mtl::NodeId> paste(const mtl::Graph& fragment, QPointF offset, bool duplicate = false);
    void endMerge() { openMergeKey_ = 0; }

    // ---- whole-document changes (not undoable; clear the undo stack) ----
    void reset(const mtl::Graph& graph);  // New / Open / recovery
    void markClean();                     // after a save

    // Ports of a node as the registry declares them for its current parameters (empty when the
    // type is unknown or a parameter has the wrong kind).
    static mtl::PortList portsOf(const mtl::Node& node);

    // Translated helpers for views.
    static QString portKindText(mtl::PortKind kind);
    static QString shapeText(const mtl::Shape& shape);  // "64", "8 x 16", "gate 8"

signals:
    void nodeAdded(mtl::NodeId id);
    void nodeRemoved(mtl::NodeId id);
    void nodeChanged(mtl::NodeId id);  // name or parameters (its ports may have changed)
    void nodeMoved(mtl::NodeId id);
    void edgeAdded(const mtl::Edge& edge);
    void edgeRemoved(const mtl::Edge& edge);
    void graphReset();         // everything may have changed: rebuild views
    void validationChanged();  // after every change, once the signals above are out
    void modifiedChanged(bool modified);
    void changed();  // any change to the graph (e.g. to schedule a recovery file)
    // An edit also changed something the user did not touch (translated, for the status bar).
    void notice(const QString& text);

private:
    friend class GraphEditCommand;
    // Makes `g` the current graph, emitting the differences.
    void apply(const mtl::Graph& g);
    // Pushes an edit from the current graph to `after` (no-op when equal).
    void push(const QString& text, const mtl::Graph& after, int mergeKey = 0);
    void revalidate();

    mtl::Graph graph_;
    mtl::ValidationResult validation_;
    QUndoStack* undo_ = nullptr;
    int openMergeKey_ = 0;
    std::optional<mtl::DataSchema> dataSchema_;
};

}  // namespace mtl::ui
