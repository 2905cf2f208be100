#include "graph/GateIdentity.h"

#include <algorithm>
#include <set>

#include "graph/Registry.h"

namespace mtl {

namespace {

// The output ports of `node` that input port `in` reaches.
std::vector<std::string> outputsReached(const Node& node, const PortList& ports,
                                        const std::string& in) {
    std::vector<std::string> out;
    if (node.type == "ple.cgc" && in.rfind("in", 0) == 0) {
        const std::string k = in.substr(2);
        for (const PortSpec& p : ports.outputs)
            if (p.name == "out" + k || p.name == "shared_out") out.push_back(p.name);
        return out;
    }
    for (const PortSpec& p : ports.outputs) out.push_back(p.name);
    return out;
}

}  // namespace

std::vector<std::string> tasksReachedFrom(const Graph& graph, const PortRef& from) {
    const Registry& reg = Registry::instance();
    std::set<PortRef> seen{from};
    std::vector<PortRef> todo{from};
    std::set<NodeId> heads;
    while (!todo.empty()) {
        const PortRef port = todo.back();
        todo.pop_back();
        for (const Edge& e : graph.edgesFrom(port.node)) {
            if (!(e.from == port)) continue;
            const Node* n = graph.node(e.to.node);
            const NodeType* t = n ? reg.find(n->type) : nullptr;
            if (!t) continue;
            if (t->role == NodeRole::Task) {
                heads.insert(n->id);
                continue;
            }
            for (const std::string& o : outputsReached(*n, t->ports(*n), e.to.port)) {
                const PortRef next{n->id, o};
                if (seen.insert(next).second) todo.push_back(next);
            }
        }
    }
    std::vector<std::string> tasks;
    for (const Node& n : graph.nodes())
        if (heads.count(n.id)) {
            const std::string task = n.params.count("task") ? n.getString("task") : n.name;
            if (std::find(tasks.begin(), tasks.end(), task) == tasks.end()) tasks.push_back(task);
        }
    return tasks;
}

GateRoute gateBlockRoute(const Graph& graph, const std::map<PortRef, Shape>& shapes, NodeId gate) {
    const Registry& reg = Registry::instance();
    GateRoute r;
    for (const Edge& e : graph.edgesFrom(gate)) {
        const Node* mix = graph.node(e.to.node);
        const NodeType* t = mix ? reg.find(mix->type) : nullptr;
        if (!t || e.to.port != "gate") continue;
        const PortList ports = t->ports(*mix);
        if (r.experts.empty())
            for (const PortSpec& in : ports.inputs) {
                if (in.kind != PortKind::Experts) continue;
                const auto src = graph.edgeInto({mix->id, in.name});
                if (!src) continue;
                const auto shape = shapes.find(src->from);
                const int count = shape == shapes.end() ? 0 : shape->second.count;
                for (int i = 0; i < count; ++i) r.experts.push_back({src->from.node, i});
            }
        for (const PortSpec& out : ports.outputs)
            for (const std::string& task : tasksReachedFrom(graph, {mix->id, out.name}))
                if (std::find(r.tasks.begin(), r.tasks.end(), task) == r.tasks.end())
                    r.tasks.push_back(task);
    }
    r.shared = r.tasks.size() != 1;
    return r;
}

GateRoute cgcGateRoute(const Graph& graph, NodeId level, int slot) {
    GateRoute r;
    const Node* n = graph.node(level);
    if (!n) return r;
    const int tasks = static_cast<int>(n->getInt("tasks"));
    const std::string port = slot < tasks ? "out" + std::to_string(slot) : "shared_out";
    r.tasks = tasksReachedFrom(graph, {level, port});
    r.shared = slot >= tasks || r.tasks.size() != 1;
    return r;
}

}  // namespace mtl
