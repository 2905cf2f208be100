#include "graph/GraphEdits.h"

#include <algorithm>
#include <map>
#include <optional>

#include "graph/Registry.h"

namespace mtl {

namespace {

const ParamValue* param(const Node& n, const std::string& key, ParamValue::Kind kind) {
    const auto it = n.params.find(key);
    return it != n.params.end() && it->second.kind == kind ? &it->second : nullptr;
}

bool isGate(const Node& n) {
    const NodeType* t = Registry::instance().find(n.type);
    return t && n.type != "experts.group" && t->param("num_experts") &&
           param(n, "num_experts", ParamValue::Kind::Int);
}

template <class T>
void addOnce(std::vector<T>& v, const T& x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

}  // namespace

ExpertCountChange expertCountChange(const Graph& g, NodeId group, long long count) {
    ExpertCountChange c;
    c.group = group;
    c.count = count;
    c.edits.push_back({group, "num_experts", ParamValue::ofInt(count)});
    const Node* groupNode = g.node(group);
    if (!groupNode || groupNode->type != "experts.group") return c;

    // How many experts come out of `from` once the change is made (nullopt: not known).
    auto expertsOf = [&](const PortRef& from) -> std::optional<long long> {
        const Node* n = g.node(from.node);
        if (!n || n->type != "experts.group" || from.port != "experts") return std::nullopt;
        if (n->id == group) return count;
        const ParamValue* v = param(*n, "num_experts", ParamValue::Kind::Int);
        return v ? std::optional<long long>(v->i) : std::nullopt;
    };
    // The experts a mixture mixes, all its expert inputs together (nullopt: not known).
    auto mixedBy = [&](const Node& mixture) -> std::optional<long long> {
        const ParamValue* inputs = param(mixture, "inputs", ParamValue::Kind::Int);
        if (!inputs) return std::nullopt;
        long long total = 0;
        for (long long k = 0; k < inputs->i; ++k) {
            const auto e = g.edgeInto({mixture.id, "experts" + std::to_string(k)});
            const std::optional<long long> n = e ? expertsOf(e->from) : std::nullopt;
            if (!n) return std::nullopt;
            total += *n;
        }
        return total;
    };

    // The mixtures reading the group, and the gates weighing their experts.
    std::vector<NodeId> gates;
    for (const Edge& e : g.edgesFrom(group)) {
        const Node* m = g.node(e.to.node);
        if (!m || m->type != "mixture" || e.from.port != "experts") continue;
        addOnce(c.mixtures, m->id);
        if (const auto gateEdge = g.edgeInto({m->id, "gate"})) {
            const Node* gate = g.node(gateEdge->from.node);
            if (gate && isGate(*gate)) addOnce(gates, gate->id);
        }
    }

    for (NodeId id : gates) {
        const Node& gate = *g.node(id);
        // Every mixture the gate feeds must agree on the number of experts it weighs.
        std::optional<long long> need;
        bool agreed = true;
        for (const Edge& e : g.edgesFrom(id)) {
            const Node* m = g.node(e.to.node);
            if (!m || m->type != "mixture" || e.to.port != "gate") continue;
            const std::optional<long long> n = mixedBy(*m);
            if (!n || (need && *need != *n)) agreed = false;
            if (n) need = n;
        }
        const ParamSpec* spec = Registry::instance().find(gate.type)->param("num_experts");
        if (!agreed || !need || *need < spec->min || *need > spec->max) {
            c.skipped.push_back(id);
            continue;
        }
        if (*need == param(gate, "num_experts", ParamValue::Kind::Int)->i) continue;
        c.edits.push_back({id, "num_experts", ParamValue::ofInt(*need)});
        c.gates.push_back(id);
        if (const ParamValue* k = param(gate, "k", ParamValue::Kind::Int); k && k->i > *need) {
            c.edits.push_back({id, "k", ParamValue::ofInt(*need)});
            c.lowered.push_back(id);
        }
    }
    return c;
}

void applyEdits(Graph& graph, const std::vector<ParamEdit>& edits) {
    for (const ParamEdit& e : edits) graph.setParam(e.node, e.key, e.value);
}

std::vector<TaskHeadInfo> taskHeads(const Graph& graph, const ValidationResult& validation) {
    std::vector<NodeId> order = validation.order;
    if (order.size() != graph.nodes().size()) {
        order.clear();
        for (const Node& n : graph.nodes()) order.push_back(n.id);
    }
    std::vector<TaskHeadInfo> heads;
    for (NodeId id : order) {
        const Node* n = graph.node(id);
        const NodeType* t = n ? Registry::instance().find(n->type) : nullptr;
        if (!t || t->role != NodeRole::Task) continue;
        TaskHeadInfo h;
        h.node = id;
        if (const ParamValue* task = param(*n, "task", ParamValue::Kind::String)) h.task = task->s;
        if (const ParamValue* w = param(*n, "loss_weight", ParamValue::Kind::Real))
            h.lossWeight = w->r;
        heads.push_back(h);
    }
    return heads;
}

}  // namespace mtl
