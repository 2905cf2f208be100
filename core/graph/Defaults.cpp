#include "graph/Defaults.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "graph/Registry.h"

namespace mtl {

namespace {

bool hasRole(const Node& n, NodeRole role) {
    const NodeType* t = Registry::instance().find(n.type);
    return t && t->role == role;
}

bool hasIntParam(const Node& n, const std::string& key) {
    auto it = n.params.find(key);
    return it != n.params.end() && it->second.kind == ParamValue::Kind::Int;
}

// How many experts the output `from` gives, or -1 when not known.
int expertCount(const Graph& g, const PortRef& from, const ValidationResult& v) {
    const Node* n = g.node(from.node);
    if (!n) return -1;
    if (n->type == "experts.group" && hasIntParam(*n, "num_experts"))
        return static_cast<int>(n->getInt("num_experts"));
    auto it = v.shapes.find(from);
    return it != v.shapes.end() && it->second.kind == PortKind::Experts ? it->second.count : -1;
}

}  // namespace

std::vector<NodeId> bindInputs(Graph& graph, const DataSchema& schema) {
    std::vector<NodeId> changed;
    const ParamValue numeric = ParamValue::ofInt(schema.numeric());
    const ParamValue cards = ParamValue::ofList(schema.cardinalities);
    for (Node& n : graph.mutableNodes()) {
        if (!hasRole(n, NodeRole::Input)) continue;
        if (n.params["numeric"] == numeric && n.params["categories"] == cards) continue;
        n.params["numeric"] = numeric;
        n.params["categories"] = cards;
        changed.push_back(n.id);
    }
    return changed;
}

void fitNewNode(Graph& graph, NodeId id, const DataSchema* schema) {
    Node* n = graph.node(id);
    if (!n) return;
    if (hasRole(*n, NodeRole::Input)) {
        if (schema) {
            n->params["numeric"] = ParamValue::ofInt(schema->numeric());
            n->params["categories"] = ParamValue::ofList(schema->cardinalities);
        }
        return;
    }
    if (!hasRole(*n, NodeRole::Task) || !n->params.count("task")) return;
    std::set<std::string> used;
    for (const Node& o : graph.nodes())
        if (o.id != id && hasRole(o, NodeRole::Task) && o.params.count("task"))
            used.insert(o.params.at("task").s);
    std::string task;
    if (schema) {
        const bool binary = n->type == "task.binary";
        for (int pass = 0; pass < 2 && task.empty(); ++pass)
            for (const TaskInfo& t : schema->tasks)
                if (!used.count(t.name) && (pass == 1 || (t.kind == TaskKind::Binary) == binary)) {
                    task = t.name;
                    break;
                }
    }
    for (int k = 1; task.empty(); ++k)
        if (!used.count("task" + std::to_string(k))) task = "task" + std::to_string(k);
    n->params["task"] = ParamValue::ofString(task);
    if (!graph.findByName(task)) graph.node(id)->name = task;
}

std::vector<Text> fitGateCounts(Graph& graph) {
    std::vector<Text> notes;
    const ValidationResult v = graph.validate();
    // Experts held by each mixture whose expert inputs are all connected and known.
    std::map<NodeId, int> held;
    for (const Node& m : graph.nodes()) {
        if (m.type != "mixture" || !hasIntParam(m, "inputs")) continue;
        int total = 0;
        for (long long i = 0; i < m.getInt("inputs") && total >= 0; ++i) {
            auto e = graph.edgeInto({m.id, "experts" + std::to_string(i)});
            const int c = e ? expertCount(graph, e->from, v) : -1;
            total = c < 0 ? -1 : total + c;
        }
        if (total > 0) held[m.id] = total;
    }
    for (Node& gate : graph.mutableNodes()) {
        if (gate.type.rfind("gate.", 0) != 0 || !hasIntParam(gate, "num_experts")) continue;
        // The mixtures this gate feeds must agree on one count.
        int want = -1;
        bool usable = true;
        for (const Edge& e : graph.edgesFrom(gate.id)) {
            auto it = held.find(e.to.node);
            if (e.to.port != "gate" || it == held.end() || (want >= 0 && it->second != want)) {
                usable = false;
                break;
            }
            want = it->second;
        }
        if (!usable || want < 0 || gate.getInt("num_experts") == want) continue;
        gate.params["num_experts"] = ParamValue::ofInt(want);
        if (hasIntParam(gate, "k") && gate.getInt("k") > want)
            gate.params["k"] = ParamValue::ofInt(want);
        notes.push_back(Text("%1 now weighs %2 experts, as many as it mixes",
                             {gate.name, std::to_string(want)}));
    }
    return notes;
}

std::optional<PortRef> growInput(Graph& graph, NodeId id, PortKind kind) {
    Node* n = graph.node(id);
    const NodeType* t = n ? Registry::instance().find(n->type) : nullptr;
    const ParamSpec* spec = t ? t->param("inputs") : nullptr;
    if (!spec || !hasIntParam(*n, "inputs") || n->getInt("inputs") + 1 > spec->max)
        return std::nullopt;
    const PortList before = t->ports(*n);
    bool any = false;
    for (const PortSpec& p : before.inputs)
        if (p.kind == kind) {
            if (!graph.edgeInto({id, p.name})) return std::nullopt;  // a free one is left
            any = true;
        }
    if (!any) return std::nullopt;
    Node grown = *n;
    grown.params["inputs"] = ParamValue::ofInt(n->getInt("inputs") + 1);
    for (const PortSpec& p : t->ports(grown).inputs)
        if (p.kind == kind && before.inputIndex(p.name) < 0) {
            n->params = grown.params;
            return PortRef{id, p.name};
        }
    return std::nullopt;  // the new input is of another kind
}

std::vector<Text> fitConnection(Graph& graph, const Edge& edge) {
    std::vector<Text> notes;
    Node* from = graph.node(edge.from.node);
    const Node* to = graph.node(edge.to.node);
    if (!from || !to) return notes;
    if (from->type == "layer.dense" && hasRole(*to, NodeRole::Task) &&
        graph.edgesFrom(from->id).size() == 1 && from->params.count("units")) {
        std::vector<int> units = from->params["units"].list;
        if (!units.empty() && units.back() != 1) {
            units.push_back(1);
            from->params["units"] = ParamValue::ofList(units);
            from->params["output_activation"] = ParamValue::ofString("identity");
            notes.push_back(Text(
                "%1 now ends in a layer of 1 unit without activation, as the task head '%2' needs",
                {from->name, to->name}));
        }
    }
    const std::vector<Text> gates = fitGateCounts(graph);
    notes.insert(notes.end(), gates.begin(), gates.end());
    return notes;
}

}  // namespace mtl
