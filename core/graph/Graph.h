#pragma once
// The architecture graph: nodes (typed by a registry key, with parameters and a canvas position)
// and edges from an output port to an input port. This is the model that the editor views and
// that the engine compiles; it holds no Qt and no tensors.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/Param.h"

namespace mtl {

using NodeId = int;

struct Node {
    NodeId id = -1;
    std::string type;         // registry key, e.g. "experts.group"
    std::string name;         // unique, human-readable label, e.g. "experts"
    double x = 0.0, y = 0.0;  // canvas position (editor only)
    ParamMap params;

    long long getInt(const std::string& key) const;
    double getReal(const std::string& key) const;
    bool getBool(const std::string& key) const;
    const std::string& getString(const std::string& key) const;
    const std::vector<int>& getList(const std::string& key) const;
    bool operator==(const Node& o) const;
};

struct PortRef {
    NodeId node = -1;
    std::string port;
    bool operator<(const PortRef& o) const {
        return node != o.node ? node < o.node : port < o.port;
    }
    bool operator==(const PortRef& o) const { return node == o.node && port == o.port; }
};

struct Edge {
    PortRef from;  // an output port
    PortRef to;    // an input port
    bool operator==(const Edge& o) const { return from == o.from && to == o.to; }
};

// What flows along an edge.
enum class PortKind {
    Features,  // a feature vector per example: dim values
    Experts,   // `count` expert outputs of dim values each (stored stacked: count*dim rows)
    Gate,      // `count` mixture weights per example
};
const char* portKindName(PortKind k);

struct Shape {
    PortKind kind = PortKind::Features;
    int dim = 0;          // Features: width; Experts: width of each expert; Gate: unused (0)
    int count = 1;        // Experts / Gate: number of experts
    bool sparse = false;  // Features produced as a sparse one-hot batch (input node)
    int rows() const {
        return kind == PortKind::Experts ? dim * count : (kind == PortKind::Gate ? count : dim);
    }
    bool operator==(const Shape& o) const {
        return kind == o.kind && dim == o.dim && count == o.count && sparse == o.sparse;
    }
    std::string toString() const;
};

// A message with its variable parts kept apart, so that a front end can translate the text:
// {"width %1 differs from in0's width %2", {"64", "32"}}. English, %1..%9 stand for args.
struct Text {
    std::string text;
    std::vector<std::string> args;
    Text(std::string t = {}, std::vector<std::string> a = {})
        : text(std::move(t)), args(std::move(a)) {}
    Text(const char* t) : text(t) {}
    std::string str() const;  // the args put in
};

struct Issue {
    enum class Severity { Error, Warning };
    enum class Kind {
        UnknownType,
        BadParam,
        UnknownPort,
        Cycle,
        UnconnectedInput,
        MultipleEdges,
        PortKindMismatch,
        DimensionMismatch,
        GateExpertCount,
        NoTaskHead,
        DuplicateTaskName,
        DuplicateNodeName,
        NoInput,
        ActivationBeforeHead,  // warning: a head's input cannot be negative (a ReLU before it)
        PredictionAsInput,     // warning: a task's prediction feeds a gate, experts or a tower
    };
    Severity severity = Severity::Error;
    Kind kind = Kind::BadParam;
    NodeId node = -1;
    std::string port;     // empty when the issue is about the whole node (or graph)
    std::string message;  // names the node (and port); readable as is
    Text detail;          // the part after the node (and port), translatable
};
const char* issueKindName(Issue::Kind k);
struct Node;
// An error about `node` (and `port`, when not empty); the message names both.
Issue makeIssue(Issue::Kind kind, const struct Node& node, const std::string& port,
                const Text& detail);

struct ValidationResult {
    std::vector<Issue> issues;
    std::map<PortRef, Shape> shapes;  // inferred shape of every output port that could be inferred
    std::vector<NodeId> order;        // a topological order (empty if cyclic)
    bool ok() const;                  // no errors (warnings allowed)
    std::string summary() const;      // all messages, one per line
};

class Graph {
public:
    // Adds a node of a registered type with its default parameters; name defaults to a unique
    // name derived from the type. Returns its id. Throws std::invalid_argument for unknown types.
    NodeId addNode(const std::string& type, const std::string& name = {}, double x = 0,
                   double y = 0);
    // Adds a fully specified node (used by undo/redo and file loading); keeps node.id if free.
    NodeId insertNode(Node node);
    bool removeNode(NodeId id);  // also removes its edges
    bool connect(const PortRef& from, const PortRef& to);
    bool connect(NodeId from, const std::string& outPort, NodeId to, const std::string& inPort) {
        return connect(PortRef{from, outPort}, PortRef{to, inPort});
    }
    bool disconnect(const Edge& e);
    bool setParam(NodeId id, const std::string& key, const ParamValue& v);

    Node* node(NodeId id);
    const Node* node(NodeId id) const;
    const Node* findByName(const std::string& name) const;
    const std::vector<Node>& nodes() const { return nodes_; }
    const std::vector<Edge>& edges() const { return edges_; }
    std::vector<Edge> edgesInto(NodeId id) const;
    std::vector<Edge> edgesFrom(NodeId id) const;
    std::optional<Edge> edgeInto(const PortRef& input) const;
    std::string uniqueName(const std::string& base) const;
    NodeId nextId() const { return nextId_; }
    void clear();

    ValidationResult validate() const;

    bool operator==(const Graph& o) const;

    // For serialization.
    std::vector<Node>& mutableNodes() { return nodes_; }
    std::vector<Edge>& mutableEdges() { return edges_; }
    void setNextId(NodeId id) { nextId_ = id; }

private:
    std::vector<Node> nodes_;
    std::vector<Edge> edges_;
    NodeId nextId_ = 1;
};

}  // namespace mtl
