#include "train/Adapt.h"

#include <algorithm>
#include <numeric>

#include "graph/Registry.h"
#include "nn/Model.h"

namespace mtl {

namespace {

bool hasRole(const Node& n, NodeRole role) {
    const NodeType* t = Registry::instance().find(n.type);
    return t && t->role == role;
}

const char* typeFor(TaskKind k) {
    return k == TaskKind::Binary ? "task.binary" : "task.regression";
}
const char* kindName(TaskKind k) { return k == TaskKind::Binary ? "binary" : "regression"; }

int listSum(const std::vector<int>& v) { return std::accumulate(v.begin(), v.end(), 0); }

std::string firstOutput(const Node& n) {
    const NodeType* t = Registry::instance().find(n.type);
    if (!t) return {};
    const PortList p = t->ports(n);
    return p.outputs.empty() ? std::string() : p.outputs.front().name;
}

}  // namespace

GraphAdaptation adaptTaskHeads(const Graph& graph, const std::vector<TaskInfo>& tasks) {
    GraphAdaptation a;
    a.graph = graph;
    a.tasks = tasks;
    if (tasks.empty()) return a;
    std::vector<const Node*> heads;
    for (const Node& n : graph.nodes())
        if (hasRole(n, NodeRole::Task) && n.getReal("loss_weight") != 0.0) heads.push_back(&n);
    a.headCount = static_cast<int>(heads.size());
    auto fits = [](const Node* h, const TaskInfo& t) {
        return h->getString("task") == t.name && h->type == typeFor(t.kind);
    };
    bool allFit = heads.size() == tasks.size();
    for (size_t i = 0; allFit && i < heads.size(); ++i)
        allFit = std::any_of(tasks.begin(), tasks.end(),
                             [&](const TaskInfo& t) { return fits(heads[i], t); });
    if (allFit) return a;
    if (heads.size() != tasks.size()) {
        a.status = GraphAdaptation::Status::Mismatch;
        return a;
    }
    // Head i predicts task i, switching between binary and regression heads (keeping the name,
    // the loss weight and the connections) where the kind differs.
    const Registry& reg = Registry::instance();
    for (size_t i = 0; i < heads.size(); ++i) {
        Node* n = a.graph.node(heads[i]->id);
        HeadChange c;
        c.node = n->id;
        c.name = n->name;
        c.oldType = n->type;
        c.oldTask = n->getString("task");
        c.kind = tasks[i].kind;
        const std::string type = typeFor(tasks[i].kind);
        if (n->type != type) {
            const std::string oldOut = firstOutput(*n);
            const double weight = n->getReal("loss_weight");
            n->type = type;
            n->params.clear();
            for (const ParamSpec& p : reg.find(type)->params) n->params[p.key] = p.def;
            n->params["loss_weight"] = ParamValue::ofReal(weight);
            const std::string newOut = firstOutput(*n);
            for (Edge& e : a.graph.mutableEdges())
                if (e.from.node == n->id && e.from.port == oldOut) e.from.port = newOut;
        }
        n->params["task"] = ParamValue::ofString(tasks[i].name);
        c.newType = n->type;
        c.newTask = tasks[i].name;
        if (c.newType != c.oldType || c.newTask != c.oldTask) a.heads.push_back(c);
    }
    a.status = a.heads.empty() ? GraphAdaptation::Status::Fits : GraphAdaptation::Status::Adapted;
    if (a.heads.empty()) a.graph = graph;
    return a;
}

GraphAdaptation fitInputs(const Graph& graph, const DataSchema& schema) {
    GraphAdaptation a;
    a.graph = graph;
    Model::bindInputs(a.graph, schema);
    for (const Node& before : graph.nodes()) {
        if (!hasRole(before, NodeRole::Input)) continue;
        const Node& after = *a.graph.node(before.id);
        if (after == before) continue;
        InputChange c;
        c.node = before.id;
        c.name = before.name;
        c.oldNumeric = static_cast<int>(before.getInt("numeric"));
        c.newNumeric = static_cast<int>(after.getInt("numeric"));
        c.oldFields = static_cast<int>(before.getList("categories").size());
        c.newFields = static_cast<int>(after.getList("categories").size());
        c.oldWidth = c.oldNumeric + listSum(before.getList("categories"));
        c.newWidth = c.newNumeric + listSum(after.getList("categories"));
        a.inputs.push_back(c);
    }
    if (!a.inputs.empty()) a.status = GraphAdaptation::Status::Adapted;
    return a;
}

std::string GraphAdaptation::describe() const {
    std::string out;
    auto line = [&](const std::string& s) { out += (out.empty() ? "" : "\n") + s; };
    if (status == Status::Mismatch) {
        std::string want;
        for (const TaskInfo& t : tasks)
            want += (want.empty() ? "" : ", ") + t.name + " (" + kindName(t.kind) + ")";
        line("the graph has " + std::to_string(headCount) +
             " task head(s) with a loss, but the data has these tasks: " + want);
    }
    for (const HeadChange& h : heads)
        line("task head '" + h.name + "' now predicts " + h.newTask + " (" + kindName(h.kind) +
             (h.oldType != h.newType ? ", was " + h.oldType : std::string()) + ")");
    for (const InputChange& i : inputs)
        line("input block '" + i.name + "' now reads " + std::to_string(i.newNumeric) +
             " numeric columns and " + std::to_string(i.newFields) + " categorical fields (" +
             std::to_string(i.newWidth) + " one-hot columns, was " + std::to_string(i.oldWidth) +
             ")");
    return out;
}

}  // namespace mtl
