#include "graph/Graph.h"

#include <algorithm>
#include <functional>
#include <set>
#include <sstream>
#include <stdexcept>

#include "graph/Registry.h"

namespace mtl {

namespace {
const ParamValue& paramOrThrow(const Node& n, const std::string& key) {
    auto it = n.params.find(key);
    if (it == n.params.end())
        throw std::out_of_range("node '" + n.name + "' has no parameter '" + key + "'");
    return it->second;
}
}  // namespace

long long Node::getInt(const std::string& key) const {
    const ParamValue& p = paramOrThrow(*this, key);
    return p.kind == ParamValue::Kind::Real ? static_cast<long long>(p.r) : p.i;
}
double Node::getReal(const std::string& key) const {
    const ParamValue& p = paramOrThrow(*this, key);
    return p.kind == ParamValue::Kind::Int ? static_cast<double>(p.i) : p.r;
}
bool Node::getBool(const std::string& key) const { return paramOrThrow(*this, key).b; }
const std::string& Node::getString(const std::string& key) const {
    return paramOrThrow(*this, key).s;
}
const std::vector<int>& Node::getList(const std::string& key) const {
    return paramOrThrow(*this, key).list;
}
bool Node::operator==(const Node& o) const {
    return id == o.id && type == o.type && name == o.name && x == o.x && y == o.y &&
           params == o.params;
}

const char* portKindName(PortKind k) {
    switch (k) {
        case PortKind::Features:
            return "features";
        case PortKind::Experts:
            return "experts";
        case PortKind::Gate:
            return "gate";
    }
    return "?";
}

std::string Shape::toString() const {
    std::ostringstream os;
    switch (kind) {
        case PortKind::Features:
            os << dim << (sparse ? " (sparse)" : "");
            break;
        case PortKind::Experts:
            os << count << " x " << dim;
            break;
        case PortKind::Gate:
            os << count << " weights";
            break;
    }
    return os.str();
}

const char* issueKindName(Issue::Kind k) {
    switch (k) {
        case Issue::Kind::UnknownType:
            return "unknown-type";
        case Issue::Kind::BadParam:
            return "bad-parameter";
        case Issue::Kind::UnknownPort:
            return "unknown-port";
        case Issue::Kind::Cycle:
            return "cycle";
        case Issue::Kind::UnconnectedInput:
            return "unconnected-input";
        case Issue::Kind::MultipleEdges:
            return "multiple-edges";
        case Issue::Kind::PortKindMismatch:
            return "port-kind-mismatch";
        case Issue::Kind::DimensionMismatch:
            return "dimension-mismatch";
        case Issue::Kind::GateExpertCount:
            return "gate-expert-count";
        case Issue::Kind::NoTaskHead:
            return "no-task-head";
        case Issue::Kind::DuplicateTaskName:
            return "duplicate-task-name";
        case Issue::Kind::DuplicateNodeName:
            return "duplicate-node-name";
        case Issue::Kind::NoInput:
            return "no-input";
        case Issue::Kind::ActivationBeforeHead:
            return "activation-before-head";
        case Issue::Kind::PredictionAsInput:
            return "prediction-as-input";
    }
    return "?";
}

bool ValidationResult::ok() const {
    return std::none_of(issues.begin(), issues.end(),
                        [](const Issue& i) { return i.severity == Issue::Severity::Error; });
}

std::string ValidationResult::summary() const {
    std::string s;
    for (const Issue& i : issues) {
        s += (i.severity == Issue::Severity::Error ? "error: " : "warning: ");
        s += i.message;
        s += '\n';
    }
    return s;
}

std::string Graph::uniqueName(const std::string& base) const {
    if (!findByName(base)) return base;
    for (int k = 2;; ++k) {
        std::string n = base + "_" + std::to_string(k);
        if (!findByName(n)) return n;
    }
}

NodeId Graph::addNode(const std::string& type, const std::string& name, double x, double y) {
    const NodeType* t = Registry::instance().find(type);
    if (!t) throw std::invalid_argument("unknown node type '" + type + "'");
    Node n;
    n.type = type;
    std::string base = name;
    if (base.empty()) {
        base = type.substr(type.find('.') + 1);
    }
    n.name = uniqueName(base);
    n.x = x;
    n.y = y;
    for (const ParamSpec& p : t->params) n.params[p.key] = p.def;
    return insertNode(std::move(n));
}

NodeId Graph::insertNode(Node n) {
    if (n.id < 0 || node(n.id)) n.id = nextId_;
    nextId_ = std::max(nextId_, n.id + 1);
    nodes_.push_back(std::move(n));
    return nodes_.back().id;
}

bool Graph::removeNode(NodeId id) {
    auto it = std::find_if(nodes_.begin(), nodes_.end(), [&](const Node& n) { return n.id == id; });
    if (it == nodes_.end()) return false;
    nodes_.erase(it);
    edges_.erase(
        std::remove_if(edges_.begin(), edges_.end(),
                       [&](const Edge& e) { return e.from.node == id || e.to.node == id; }),
        edges_.end());
    return true;
}

bool Graph::connect(const PortRef& from, const PortRef& to) {
    if (!node(from.node) || !node(to.node)) return false;
    Edge e{from, to};
    if (std::find(edges_.begin(), edges_.end(), e) != edges_.end()) return false;
    edges_.push_back(e);
    return true;
}

bool Graph::disconnect(const Edge& e) {
    auto it = std::find(edges_.begin(), edges_.end(), e);
    if (it == edges_.end()) return false;
    edges_.erase(it);
    return true;
}

bool Graph::setParam(NodeId id, const std::string& key, const ParamValue& v) {
    Node* n = node(id);
    if (!n) return false;
    n->params[key] = v;
    return true;
}

Node* Graph::node(NodeId id) {
    for (Node& n : nodes_)
        if (n.id == id) return &n;
    return nullptr;
}
const Node* Graph::node(NodeId id) const {
    for (const Node& n : nodes_)
        if (n.id == id) return &n;
    return nullptr;
}
const Node* Graph::findByName(const std::string& name) const {
    for (const Node& n : nodes_)
        if (n.name == name) return &n;
    return nullptr;
}

std::vector<Edge> Graph::edgesInto(NodeId id) const {
    std::vector<Edge> r;
    for (const Edge& e : edges_)
        if (e.to.node == id) r.push_back(e);
    return r;
}
std::vector<Edge> Graph::edgesFrom(NodeId id) const {
    std::vector<Edge> r;
    for (const Edge& e : edges_)
        if (e.from.node == id) r.push_back(e);
    return r;
}
std::optional<Edge> Graph::edgeInto(const PortRef& input) const {
    for (const Edge& e : edges_)
        if (e.to == input) return e;
    return std::nullopt;
}

void Graph::clear() {
    nodes_.clear();
    edges_.clear();
    nextId_ = 1;
}

bool Graph::operator==(const Graph& o) const {
    if (nodes_.size() != o.nodes_.size() || edges_.size() != o.edges_.size()) return false;
    for (const Node& n : nodes_) {
        const Node* m = o.node(n.id);
        if (!m || !(n == *m)) return false;
    }
    for (const Edge& e : edges_)
        if (std::find(o.edges_.begin(), o.edges_.end(), e) == o.edges_.end()) return false;
    return true;
}

// ------------------------------------------------------------------------------- validation

std::string Text::str() const {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const size_t k = i + 1 < text.size() ? static_cast<size_t>(text[i + 1] - '1') : args.size();
        if (c == '%' && k < args.size() && k < 9) {
            out += args[k];
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

Issue makeIssue(Issue::Kind kind, const Node& n, const std::string& port, const Text& detail) {
    Issue i;
    i.kind = kind;
    i.node = n.id;
    i.port = port;
    i.detail = detail;
    i.message = "node '" + n.name + "' (" + n.type + ")" +
                (port.empty() ? "" : ", port '" + port + "'") + ": " + detail.str();
    return i;
}

ValidationResult Graph::validate() const {
    ValidationResult res;
    auto& issues = res.issues;
    const Registry& reg = Registry::instance();
    auto err = [&](Issue::Kind k, const Node& n, const std::string& port, const Text& detail) {
        issues.push_back(makeIssue(k, n, port, detail));
    };

    // Node names, types and parameters.
    std::map<NodeId, PortList> ports;
    std::set<std::string> names;
    for (const Node& n : nodes_) {
        if (!names.insert(n.name).second)
            err(Issue::Kind::DuplicateNodeName, n, "", "another node has the same name");
        const NodeType* t = reg.find(n.type);
        if (!t) {
            err(Issue::Kind::UnknownType, n, "", "unknown block type");
            continue;
        }
        bool paramsOk = true;
        for (const ParamSpec& ps : t->params) {
            auto it = n.params.find(ps.key);
            if (it == n.params.end() || it->second.kind != ps.def.kind) {
                err(Issue::Kind::BadParam, n, "",
                    Text("parameter '%1' is missing or of the wrong kind", {ps.key}));
                paramsOk = false;
                continue;
            }
            const ParamValue& v = it->second;
            auto outOfRange = [&](double x) { return x < ps.min || x > ps.max; };
            std::ostringstream range;
            range << "[" << ps.min << ", " << ps.max << "]";
            if ((v.kind == ParamValue::Kind::Int && outOfRange(static_cast<double>(v.i))) ||
                (v.kind == ParamValue::Kind::Real && (outOfRange(v.r) || v.r != v.r))) {
                err(Issue::Kind::BadParam, n, "",
                    Text("parameter '%1' = %2 is outside %3", {ps.key, v.toString(), range.str()}));
                paramsOk = false;
            }
            if (v.kind == ParamValue::Kind::IntList) {
                if (v.list.empty() && !ps.allowEmpty) {
                    err(Issue::Kind::BadParam, n, "",
                        Text("parameter '%1' needs at least one value", {ps.key}));
                    paramsOk = false;
                }
                for (int x : v.list)
                    if (outOfRange(x)) {
                        err(Issue::Kind::BadParam, n, "",
                            Text("parameter '%1' value %2 is outside %3",
                                 {ps.key, std::to_string(x), range.str()}));
                        paramsOk = false;
                        break;
                    }
            }
            if (v.kind == ParamValue::Kind::String && !ps.choices.empty() &&
                std::find(ps.choices.begin(), ps.choices.end(), v.s) == ps.choices.end()) {
                err(Issue::Kind::BadParam, n, "",
                    Text("parameter '%1' = '%2' is not one of the allowed values", {ps.key, v.s}));
                paramsOk = false;
            }
        }
        for (const auto& kv : n.params)
            if (!t->param(kv.first)) {
                err(Issue::Kind::BadParam, n, "", Text("has no parameter '%1'", {kv.first}));
                paramsOk = false;
            }
        if (paramsOk) ports[n.id] = t->ports(n);
    }

    // Edges: ports exist, kinds agree, one edge per input.
    std::map<PortRef, const Edge*> inEdge;
    for (const Edge& e : edges_) {
        const Node* a = node(e.from.node);
        const Node* b = node(e.to.node);
        if (!a || !b) continue;  // cannot happen through the API
        if (!ports.count(a->id) || !ports.count(b->id)) continue;
        int oi = ports[a->id].outputIndex(e.from.port);
        int ii = ports[b->id].inputIndex(e.to.port);
        if (oi < 0) {
            err(Issue::Kind::UnknownPort, *a, e.from.port,
                Text("no such output port (edge to '%1')", {b->name}));
            continue;
        }
        if (ii < 0) {
            err(Issue::Kind::UnknownPort, *b, e.to.port,
                Text("no such input port (edge from '%1')", {a->name}));
            continue;
        }
        PortKind ko = ports[a->id].outputs[oi].kind, ki = ports[b->id].inputs[ii].kind;
        if (ko != ki) {
            err(Issue::Kind::PortKindMismatch, *b, e.to.port,
                Text("expects %1 but '%2' gives %3",
                     {portKindName(ki), a->name + "." + e.from.port, portKindName(ko)}));
            continue;
        }
        if (inEdge.count(e.to)) {
            err(Issue::Kind::MultipleEdges, *b, e.to.port, "an input port takes one edge only");
            continue;
        }
        inEdge[e.to] = &e;
    }

    // Topological order (Kahn) over valid edges; report cycles.
    std::map<NodeId, int> indeg;
    std::map<NodeId, std::vector<NodeId>> succ;
    for (const Node& n : nodes_) indeg[n.id] = 0;
    for (auto& [to, e] : inEdge) {
        indeg[to.node]++;
        succ[e->from.node].push_back(to.node);
    }
    std::vector<NodeId> ready, order;
    for (const Node& n : nodes_)
        if (indeg[n.id] == 0) ready.push_back(n.id);
    while (!ready.empty()) {
        NodeId id = ready.front();
        ready.erase(ready.begin());
        order.push_back(id);
        for (NodeId s : succ[id])
            if (--indeg[s] == 0) ready.push_back(s);
    }
    if (order.size() != nodes_.size()) {
        for (const Node& n : nodes_)
            if (indeg[n.id] > 0)
                err(Issue::Kind::Cycle, n, "", "is part of a cycle (a block cannot feed itself)");
    } else {
        res.order = order;
    }

    // Required inputs.
    for (const Node& n : nodes_) {
        if (!ports.count(n.id)) continue;
        for (const PortSpec& ps : ports[n.id].inputs)
            if (ps.required && !inEdge.count(PortRef{n.id, ps.name}))
                err(Issue::Kind::UnconnectedInput, n, ps.name, "required input is not connected");
    }

    // Shape inference in topological order.
    for (NodeId id : order) {
        const Node& n = *node(id);
        if (!ports.count(id)) continue;
        const NodeType* t = reg.find(n.type);
        const PortList& pl = ports[id];
        InferContext ctx{n, pl, {}, {}, issues};
        ctx.in.resize(pl.inputs.size());
        for (size_t i = 0; i < pl.inputs.size(); ++i) {
            auto it = inEdge.find(PortRef{id, pl.inputs[i].name});
            if (it == inEdge.end()) continue;
            auto s = res.shapes.find(it->second->from);
            if (s != res.shapes.end()) ctx.in[i] = s->second;
        }
        size_t before = issues.size();
        t->infer(ctx);
        bool newErrors = false;
        for (size_t k = before; k < issues.size(); ++k)
            if (issues[k].severity == Issue::Severity::Error) newErrors = true;
        if (!newErrors && ctx.out.size() == pl.outputs.size())
            for (size_t o = 0; o < pl.outputs.size(); ++o)
                res.shapes[PortRef{id, pl.outputs[o].name}] = ctx.out[o];
    }

    // Graph-level checks: inputs, task heads and their names.
    std::map<std::string, NodeId> taskNames;
    bool anyTask = false, anyInput = false;
    for (const Node& n : nodes_) {
        const NodeType* t = reg.find(n.type);
        if (!t) continue;
        if (t->role == NodeRole::Input) anyInput = true;
        if (t->role != NodeRole::Task) continue;
        anyTask = true;
        auto it = n.params.find("task");
        if (it == n.params.end()) continue;
        const std::string& tn = it->second.s;
        if (tn.empty()) {
            err(Issue::Kind::BadParam, n, "", "the task needs a name");
        } else if (taskNames.count(tn)) {
            const Node* other = node(taskNames[tn]);
            err(Issue::Kind::DuplicateTaskName, n, "",
                Text("task name '%1' is already used by node '%2'",
                     {tn, other ? other->name : "?"}));
        } else {
            taskNames[tn] = n.id;
        }
    }
    if (!anyTask) {
        Issue i;
        i.kind = Issue::Kind::NoTaskHead;
        i.detail = Text("the graph has no task head: add a Binary or Regression task block");
        i.message = i.detail.str();
        issues.push_back(i);
    }
    if (!anyInput) {
        Issue i;
        i.kind = Issue::Kind::NoInput;
        i.detail = Text("the graph has no input block");
        i.message = i.detail.str();
        issues.push_back(i);
    }

    // Warn about wiring that is valid but almost surely a mistake.
    auto warn = [&](Issue::Kind k, const Node& n, const std::string& port, const Text& detail) {
        err(k, n, port, detail);
        issues.back().severity = Issue::Severity::Warning;
    };
    for (const auto& [to, e] : inEdge) {
        const Node* a = node(e->from.node);
        const Node* b = node(to.node);
        const NodeType* ta = reg.find(a->type);
        const NodeType* tb = reg.find(b->type);
        // A ReLU in front of a head: the logit (or value) can never be negative.
        if (tb->role == NodeRole::Task && a->type == "layer.dense" &&
            a->getString("output_activation") == "relu")
            warn(Issue::Kind::ActivationBeforeHead, *b, to.port,
                 Text("its input comes through a ReLU in '%1' and can never be negative: set the "
                      "output activation of '%1' to identity",
                      {a->name}));
        // A task's prediction goes on only into arithmetic (ESMM: pCTR x pCVR) or into a head
        // that takes a probability; into a gate, experts or a tower it is almost surely a
        // mistake.
        if (ta->role == NodeRole::Task && tb->role != NodeRole::Sink &&
            b->type.rfind("op.", 0) != 0 &&
            !(b->type == "task.binary" && b->getBool("from_probability")))
            warn(Issue::Kind::PredictionAsInput, *b, to.port,
                 Text("takes the prediction of task '%1' as input; a prediction feeding a gate, "
                      "experts or another task's tower is almost surely a mistake (to combine "
                      "predictions as ESMM does, multiply them with a Multiply block)",
                      {a->getString("task")}));
    }

    // Warn about blocks whose outputs lead nowhere (they cost time and learn nothing).
    for (const Node& n : nodes_) {
        const NodeType* t = reg.find(n.type);
        if (!t || !ports.count(n.id) || t->role == NodeRole::Task || t->role == NodeRole::Sink)
            continue;
        if (edgesFrom(n.id).empty()) {
            Issue i;
            i.severity = Issue::Severity::Warning;
            i.kind = Issue::Kind::UnconnectedInput;
            i.node = n.id;
            i.detail = Text("its output is not used");
            i.message = "node '" + n.name + "' (" + n.type + "): " + i.detail.str();
            issues.push_back(i);
        }
    }
    return res;
}

}  // namespace mtl
