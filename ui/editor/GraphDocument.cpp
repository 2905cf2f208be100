#include "editor/GraphDocument.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>
#include <set>

#include "CoreText.h"
#include "graph/Defaults.h"
#include "graph/GraphEdits.h"
#include "graph/Layout.h"
#include "graph/Registry.h"

namespace mtl::ui {

// One edit: the graph before and after. Consecutive edits with the same open merge key collapse
// into one step that keeps the first `before` and the last `after`.
class GraphEditCommand : public QUndoCommand {
public:
    GraphEditCommand(GraphDocument* doc, const QString& text, mtl::Graph before, mtl::Graph after,
                     int mergeKey)
        : QUndoCommand(text),
          doc_(doc),
          before_(std::move(before)),
          after_(std::move(after)),
          key_(mergeKey) {}
    void undo() override {
        doc_->openMergeKey_ = 0;  // an undone step is closed: the next edit starts a new one
        doc_->apply(before_);
    }
    void redo() override { doc_->apply(after_); }
    int id() const override { return key_ ? 1 : -1; }
    bool mergeWith(const QUndoCommand* other) override {
        auto* o = static_cast<const GraphEditCommand*>(other);
        if (o->key_ != key_ || doc_->openMergeKey_ != key_) return false;
        after_ = o->after_;
        setText(o->text());  // the last value's text ("... to 5 (and 2 gates)")
        return true;
    }

private:
    GraphDocument* doc_;
    mtl::Graph before_, after_;
    int key_;
};

GraphDocument::GraphDocument(QObject* parent) : QObject(parent), undo_(new QUndoStack(this)) {
    connect(undo_, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    revalidate();
}

GraphDocument::~GraphDocument() = default;

bool GraphDocument::isModified() const { return !undo_->isClean(); }

void GraphDocument::revalidate() { validation_ = graph_.validate(); }

void GraphDocument::apply(const mtl::Graph& g) {
    const mtl::Graph old = std::exchange(graph_, g);
    revalidate();
    std::set<mtl::NodeId> oldIds, newIds;
    for (const mtl::Node& n : old.nodes()) oldIds.insert(n.id);
    for (const mtl::Node& n : graph_.nodes()) newIds.insert(n.id);
    for (const mtl::Edge& e : old.edges())
        if (std::find(graph_.edges().begin(), graph_.edges().end(), e) == graph_.edges().end())
            emit edgeRemoved(e);
    for (mtl::NodeId id : oldIds)
        if (!newIds.count(id)) emit nodeRemoved(id);
    for (const mtl::Node& n : graph_.nodes()) {
        const mtl::Node* before = old.node(n.id);
        if (!before) {
            emit nodeAdded(n.id);
            continue;
        }
        if (before->type != n.type || before->name != n.name || before->params != n.params)
            emit nodeChanged(n.id);
        if (before->x != n.x || before->y != n.y) emit nodeMoved(n.id);
    }
    for (const mtl::Edge& e : graph_.edges())
        if (std::find(old.edges().begin(), old.edges().end(), e) == old.edges().end())
            emit edgeAdded(e);
    emit validationChanged();
    emit changed();
}

void GraphDocument::push(const QString& text, const mtl::Graph& after, int mergeKey) {
    if (after == graph_) return;
    if (mergeKey == 0 || mergeKey != openMergeKey_) openMergeKey_ = 0;
    auto* cmd = new GraphEditCommand(this, text, graph_, after, mergeKey);
    undo_->push(cmd);  // redo() applies `after`
    openMergeKey_ = mergeKey;
}

void GraphDocument::reset(const mtl::Graph& graph) {
    undo_->clear();
    openMergeKey_ = 0;
    graph_ = graph;
    revalidate();
    emit graphReset();
    emit validationChanged();
    emit modifiedChanged(false);
}

void GraphDocument::markClean() { undo_->setClean(); }

mtl::NodeId GraphDocument::addNode(const std::string& type, QPointF pos) {
    const mtl::NodeType* t = mtl::Registry::instance().find(type);
    if (!t) return -1;
    mtl::Graph g = graph_;
    const mtl::NodeId id = g.addNode(type, {}, pos.x(), pos.y());
    mtl::fitNewNode(g, id, dataSchema_ ? &*dataSchema_ : nullptr);
    push(tr("Add %1").arg(coreText(t->displayName)), g);
    return id;
}

int GraphDocument::bindInputsToData(const QString& text) {
    if (!dataSchema_) return 0;
    mtl::Graph g = graph_;
    const int changed = static_cast<int>(mtl::bindInputs(g, *dataSchema_).size());
    if (changed) push(text, g);
    return changed;
}

// The notes of an automatic fit, translated and joined for the status bar.
static QString joinNotes(const std::vector<mtl::Text>& notes) {
    QStringList lines;
    for (const mtl::Text& t : notes) lines << coreText(t);
    return lines.join(QStringLiteral("; "));
}

void GraphDocument::removeNodes(const QList<mtl::NodeId>& ids) {
    mtl::Graph g = graph_;
    int removed = 0;
    for (mtl::NodeId id : ids) removed += g.removeNode(id) ? 1 : 0;
    if (removed) push(tr("Delete %n block(s)", nullptr, removed), g);
}

mtl::PortList GraphDocument::portsOf(const mtl::Node& n) {
    const mtl::NodeType* t = mtl::Registry::instance().find(n.type);
    if (!t) return {};
    try {
        return t->ports(n);
    } catch (const std::exception&) {  // parameters of the wrong kind
        return {};
    }
}

// Why an edge from block `a` into block `b` would close a cycle (translated), or empty.
static QString cycleProblem(const mtl::Graph& graph, mtl::NodeId a, mtl::NodeId b) {
    // Is `a` reachable from `b`?
    std::vector<mtl::NodeId> stack{b};
    std::set<mtl::NodeId> seen;
    while (!stack.empty()) {
        const mtl::NodeId v = stack.back();
        stack.pop_back();
        if (v == a)
            return GraphDocument::tr(
                       "Cannot connect: %1 already depends on %2; this edge would make a cycle.")
                .arg(QString::fromStdString(graph.node(a)->name),
                     QString::fromStdString(graph.node(b)->name));
        if (!seen.insert(v).second) continue;
        for (const mtl::Edge& e : graph.edgesFrom(v)) stack.push_back(e.to.node);
    }
    return {};
}

QString GraphDocument::connectionProblem(const mtl::PortRef& from, const mtl::PortRef& to) const {
    const mtl::Node* a = graph_.node(from.node);
    const mtl::Node* b = graph_.node(to.node);
    if (!a || !b) return tr("That block no longer exists.");
    if (a->id == b->id) return tr("A block cannot feed itself.");
    const mtl::PortList pa = portsOf(*a), pb = portsOf(*b);
    const int oi = pa.outputIndex(from.port), ii = pb.inputIndex(to.port);
    if (oi < 0)
        return tr("'%1' has no output '%2'.")
            .arg(QString::fromStdString(a->name), QString::fromStdString(from.port));
    if (ii < 0)
        return tr("'%1' has no input '%2'.")
            .arg(QString::fromStdString(b->name), QString::fromStdString(to.port));
    const mtl::PortKind ka = pa.outputs[oi].kind, kb = pb.inputs[ii].kind;
    if (ka != kb)
        return tr("Cannot connect: %1.%2 gives %3 but %4.%5 takes %6.")
            .arg(QString::fromStdString(a->name), QString::fromStdString(from.port),
                 portKindText(ka), QString::fromStdString(b->name), QString::fromStdString(to.port),
                 portKindText(kb));
    auto existing = graph_.edgeInto(to);
    if (existing && existing->from == from) return tr("These ports are already connected.");
    if (QString cycle = cycleProblem(graph_, a->id, b->id); !cycle.isEmpty()) return cycle;
    // Widths are not refused here (most inputs adapt to what they receive); a mismatch that
    // remains is reported by validation on the node.
    return {};
}

bool GraphDocument::connectPorts(const mtl::PortRef& from, const mtl::PortRef& to,
                                 QString* reason) {
    const QString problem = connectionProblem(from, to);
    if (!problem.isEmpty()) {
        if (reason) *reason = problem;
        return false;
    }
    mtl::Graph g = graph_;
    if (auto old = g.edgeInto(to)) g.disconnect(*old);
    g.connect(from, to);
    const std::vector<mtl::Text> notes = mtl::fitConnection(g, {from, to});
    push(tr("Connect %1 to %2")
             .arg(QString::fromStdString(graph_.node(from.node)->name),
                  QString::fromStdString(graph_.node(to.node)->name)),
         g);
    if (!notes.empty()) emit notice(joinNotes(notes));
    return true;
}

bool GraphDocument::canGrowInput(mtl::NodeId to, mtl::PortKind kind) const {
    mtl::Graph g = graph_;
    return mtl::growInput(g, to, kind).has_value();
}

bool GraphDocument::connectToNewInput(const mtl::PortRef& from, mtl::NodeId to, QString* reason) {
    const mtl::Node* a = graph_.node(from.node);
    const mtl::Node* b = graph_.node(to);
    QString problem;
    const mtl::PortList pa = a ? portsOf(*a) : mtl::PortList();
    const int oi = pa.outputIndex(from.port);
    mtl::Graph g = graph_;
    std::optional<mtl::PortRef> port;
    if (!a || !b)
        problem = tr("That block no longer exists.");
    else if (a->id == b->id)
        problem = tr("A block cannot feed itself.");
    else if (oi < 0)
        problem = tr("'%1' has no output '%2'.")
                      .arg(QString::fromStdString(a->name), QString::fromStdString(from.port));
    else
        problem = cycleProblem(graph_, a->id, b->id);
    if (problem.isEmpty() && !(port = mtl::growInput(g, to, pa.outputs[oi].kind)))
        problem = tr("%1 takes no more %2.")
                      .arg(QString::fromStdString(b->name), portKindText(pa.outputs[oi].kind));
    if (!problem.isEmpty()) {
        if (reason) *reason = problem;
        return false;
    }
    g.connect(from, *port);
    const std::vector<mtl::Text> notes = mtl::fitConnection(g, {from, *port});
    push(tr("Connect %1 to %2")
             .arg(QString::fromStdString(a->name), QString::fromStdString(b->name)),
         g);
    if (!notes.empty()) emit notice(joinNotes(notes));
    return true;
}

void GraphDocument::removeEdges(const QList<mtl::Edge>& edges) {
    mtl::Graph g = graph_;
    int removed = 0;
    for (const mtl::Edge& e : edges) removed += g.disconnect(e) ? 1 : 0;
    if (removed) push(tr("Delete %n connection(s)", nullptr, removed), g);
}

// Why `v` is not acceptable for `spec` (translated), or empty.
static QString paramProblem(const mtl::ParamSpec& spec, const mtl::ParamValue& v) {
    using K = mtl::ParamValue::Kind;
    const QString label = coreText(spec.label.empty() ? spec.key : spec.label);
    if (v.kind != spec.def.kind) return GraphDocument::tr("%1: wrong kind of value.").arg(label);
    auto outside = [&](double x) { return x < spec.min || x > spec.max || x != x; };
    const QString range = GraphDocument::tr("%1 must be between %2 and %3.")
                              .arg(label, QString::number(spec.min), QString::number(spec.max));
    switch (v.kind) {
        case K::Int:
            return outside(static_cast<double>(v.i)) ? range : QString();
        case K::Real:
            return outside(v.r) ? range : QString();
        case K::IntList:
            if (v.list.empty() && !spec.allowEmpty)
                return GraphDocument::tr("%1 needs at least one value.").arg(label);
            for (int x : v.list)
                if (outside(x)) return range;
            return {};
        case K::String:
            if (!spec.choices.empty() &&
                std::find(spec.choices.begin(), spec.choices.end(), v.s) == spec.choices.end())
                return GraphDocument::tr("%1: '%2' is not one of the allowed values.")
                    .arg(label, QString::fromStdString(v.s));
            return {};
        case K::Bool:
            return {};
    }
    return {};
}

bool GraphDocument::setParam(mtl::NodeId id, const std::string& key, const mtl::ParamValue& value,
                             QString* reason, int mergeKey) {
    const mtl::Node* n = graph_.node(id);
    const mtl::NodeType* t = n ? mtl::Registry::instance().find(n->type) : nullptr;
    const mtl::ParamSpec* spec = t ? t->param(key) : nullptr;
    QString problem = spec ? paramProblem(*spec, value)
                           : tr("Unknown parameter '%1'.").arg(QString::fromStdString(key));
    if (!problem.isEmpty()) {
        if (reason) *reason = problem;
        return false;
    }
    mtl::Graph g = graph_;
    // An expert group's number of experts: the gates of the mixtures reading it follow.
    mtl::ExpertCountChange follow;
    if (n->type == "experts.group" && key == "num_experts")
        follow = mtl::expertCountChange(graph_, id, value.i);
    else
        follow.edits.push_back({id, key, value});
    mtl::applyEdits(g, follow.edits);
    // Drop edges into or out of ports that the new parameters no longer have.
    for (const mtl::ParamEdit& edit : follow.edits) {
        const mtl::PortList ports = portsOf(*g.node(edit.node));
        for (const mtl::Edge& e : graph_.edges()) {
            const bool gone = (e.to.node == edit.node && ports.inputIndex(e.to.port) < 0) ||
                              (e.from.node == edit.node && ports.outputIndex(e.from.port) < 0);
            if (gone) g.disconnect(e);
        }
    }
    const QString label = coreText(spec->label.empty() ? key : spec->label);
    const QString name = QString::fromStdString(n->name);
    if (follow.gates.empty() && follow.skipped.empty()) {
        push(tr("Set %1 of %2").arg(label, name), g, mergeKey);
        return true;
    }
    auto names = [&](const std::vector<mtl::NodeId>& ids) {
        QStringList list;
        for (mtl::NodeId i : ids) list << QString::fromStdString(graph_.node(i)->name);
        return list.join(QStringLiteral(", "));
    };
    const int gates = static_cast<int>(follow.gates.size());
    const QString count = QString::number(value.i);
    push(gates ? tr("Set %1 of %2 to %3 (and %n gate(s))", nullptr, gates).arg(label, name, count)
               : tr("Set %1 of %2").arg(label, name),
         g, mergeKey);
    QStringList said;
    if (gates)
        said << tr("%1 now has %n expert(s);", nullptr, static_cast<int>(value.i)).arg(name)
             << tr("the %n gate(s) of its mixtures follow: %1.", nullptr, gates)
                    .arg(names(follow.gates));
    for (mtl::NodeId gate : follow.lowered)
        said << tr("k of %1 lowered to %2: it cannot exceed the number of experts.")
                    .arg(QString::fromStdString(graph_.node(gate)->name))
                    .arg(g.node(gate)->getInt("k"));
    if (!follow.skipped.empty())
        said << tr("Not changed: %1 (its mixtures need different numbers of experts; see "
                   "Problems).")
                    .arg(names(follow.skipped));
    emit notice(said.join(QLatin1Char(' ')));
    return true;
}

bool GraphDocument::renameNode(mtl::NodeId id, const QString& name, QString* reason) {
    const mtl::Node* n = graph_.node(id);
    const std::string s = name.trimmed().toStdString();
    QString problem;
    if (!n)
        problem = tr("That block no longer exists.");
    else if (s.empty())
        problem = tr("A block needs a name.");
    else if (const mtl::Node* other = graph_.findByName(s); other && other->id != id)
        problem = tr("Another block is already called '%1'.").arg(name.trimmed());
    if (!problem.isEmpty()) {
        if (reason) *reason = problem;
        return false;
    }
    if (n->name == s) return true;
    mtl::Graph g = graph_;
    g.node(id)->name = s;
    push(tr("Rename %1 to %2").arg(QString::fromStdString(n->name), name.trimmed()), g);
    return true;
}

void GraphDocument::nodesMoved(const QHash<mtl::NodeId, QPointF>& before,
                               const QHash<mtl::NodeId, QPointF>& after) {
    // The canvas already shows the new positions; make the current graph the "before" state so
    // that the command's first redo() only records what happened.
    mtl::Graph g = graph_;
    for (auto it = before.begin(); it != before.end(); ++it)
        if (mtl::Node* n = graph_.node(it.key())) n->x = it->x(), n->y = it->y();
    for (auto it = after.begin(); it != after.end(); ++it)
        if (mtl::Node* n = g.node(it.key())) n->x = it->x(), n->y = it->y();
    push(tr("Move %n block(s)", nullptr, static_cast<int>(after.size())), g);
}

void GraphDocument::replaceGraph(const mtl::Graph& graph, const QString& text) {
    push(text, graph);
}

void GraphDocument::autoLayout() {
    mtl::Graph g = graph_;
    mtl::layoutGraph(g);
    push(tr("Auto-layout"), g);
}

mtl::Graph GraphDocument::fragment(const QList<mtl::NodeId>& ids) const {
    mtl::Graph f;
    for (mtl::NodeId id : ids)
        if (const mtl::Node* n = graph_.node(id)) f.insertNode(*n);
    for (const mtl::Edge& e : graph_.edges())
        if (f.node(e.from.node) && f.node(e.to.node)) f.connect(e.from, e.to);
    return f;
}

QList<mtl::NodeId> GraphDocument::paste(const mtl::Graph& fragment, QPointF offset,
                                        bool duplicate) {
    mtl::Graph g = graph_;
    QHash<mtl::NodeId, mtl::NodeId> idMap;
    QList<mtl::NodeId> added;
    for (mtl::Node n : fragment.nodes()) {
        if (!mtl::Registry::instance().find(n.type)) continue;
        const mtl::NodeId old = n.id;
        n.id = g.nextId();
        n.name = g.uniqueName(n.name);
        n.x += offset.x();
        n.y += offset.y();
        idMap[old] = g.insertNode(std::move(n));
        added << idMap[old];
    }
    // A pasted task head whose task another head already has gets a free task name.
    const mtl::Registry& reg = mtl::Registry::instance();
    for (mtl::NodeId id : added) {
        const mtl::Node* n = g.node(id);
        if (reg.find(n->type)->role != mtl::NodeRole::Task || !n->params.count("task")) continue;
        const std::string& task = n->params.at("task").s;
        const bool taken = std::any_of(g.nodes().begin(), g.nodes().end(), [&](const mtl::Node& o) {
            return o.id != id && reg.find(o.type) &&
                   reg.find(o.type)->role == mtl::NodeRole::Task && o.params.count("task") &&
                   o.params.at("task").s == task;
        });
        if (taken) mtl::fitNewNode(g, id, dataSchema_ ? &*dataSchema_ : nullptr);
    }
    for (const mtl::Edge& e : fragment.edges())
        if (idMap.contains(e.from.node) && idMap.contains(e.to.node))
            g.connect({idMap[e.from.node], e.from.port}, {idMap[e.to.node], e.to.port});
    const int n = static_cast<int>(added.size());
    if (n > 0)
        push(duplicate ? tr("Duplicate %n block(s)", nullptr, n)
                       : tr("Paste %n block(s)", nullptr, n),
             g);
    return added;
}

QString GraphDocument::portKindText(mtl::PortKind kind) {
    switch (kind) {
        case mtl::PortKind::Features:
            return tr("features");
        case mtl::PortKind::Experts:
            return tr("experts");
        case mtl::PortKind::Gate:
            return tr("gate weights");
    }
    return {};
}

QString GraphDocument::shapeText(const mtl::Shape& s) {
    switch (s.kind) {
        case mtl::PortKind::Features:
            return s.sparse ? tr("%1 (sparse)").arg(s.dim) : QString::number(s.dim);
        case mtl::PortKind::Experts:
            return tr("%1 × %2").arg(s.count).arg(s.dim);
        case mtl::PortKind::Gate:
            return tr("gate %1").arg(s.count);
    }
    return {};
}

}  // namespace mtl::ui
