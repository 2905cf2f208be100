#pragma once
// The node-type registry: every block the editor offers and the engine compiles is described here,
// keyed by a stable string ("experts.group", "gate.dselect", ...). The same keys are written into
// project files, so a key never changes once released.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/Graph.h"

namespace mtl {

class Layer;  // nn/Layer.h
struct LayerInit;

struct ParamSpec {
    std::string key;
    ParamValue def;
    std::string label;                 // short, for the inspector
    std::string help;                  // one sentence, for tooltips
    double min = -1e300, max = 1e300;  // numeric range (Int, Real; each element of IntList)
    std::vector<std::string> choices;  // String params: allowed values (empty = free text)
    bool allowEmpty = false;           // IntList params: may be empty
};

struct PortSpec {
    std::string name;
    PortKind kind = PortKind::Features;
    bool required = true;
    std::string help;  // what the port carries; for a per-task port, without the task
    int task = -1;     // per-task port (cross-stitch, CGC): the task index its help is about
};

struct PortList {
    std::vector<PortSpec> inputs;
    std::vector<PortSpec> outputs;
    int inputIndex(const std::string& name) const;
    int outputIndex(const std::string& name) const;
};

// Shape inference for one node: inputs are aligned with PortList::inputs (nullopt when the input
// is unconnected or its source could not be inferred); fill `out` aligned with outputs.
struct InferContext {
    const Node& node;
    const PortList& ports;
    std::vector<std::optional<Shape>> in;
    std::vector<Shape> out;
    std::vector<Issue>& issues;
    // Records an error naming this node and `port` (empty: the node itself).
    void error(Issue::Kind kind, const std::string& port, const Text& detail);
    void warning(Issue::Kind kind, const std::string& port, const Text& detail);
    bool allInputs() const;  // every required input has a shape
};

enum class NodeRole { Input, Layer, Task, Sink };

struct NodeType {
    std::string key;          // stable identifier
    std::string category;     // palette: Inputs, Experts, Gates, Layers, Sharing, Tasks
    std::string displayName;  // palette label
    std::string description;  // one line: what the block does
    NodeRole role = NodeRole::Layer;
    std::vector<ParamSpec> params;
    std::function<PortList(const Node&)> ports;
    std::function<void(InferContext&)> infer;  // must fill ctx.out when all inputs are known
    std::function<std::unique_ptr<Layer>(const LayerInit&)> create;

    const ParamSpec* param(const std::string& key) const;
};

class Registry {
public:
    static const Registry& instance();  // holds every built-in type
    void add(NodeType t);
    const NodeType* find(const std::string& key) const;
    const std::vector<std::string>& keys() const { return order_; }  // registration order
    std::vector<std::string> categories() const;

private:
    std::map<std::string, NodeType> types_;
    std::vector<std::string> order_;
};

// Registration functions, one per family of node types (each defined in its own nn/ file).
void registerInputTypes(Registry& r);    // input.features
void registerDenseTypes(Registry& r);    // layer.dense, experts.group, op.concat/add/multiply
void registerGateTypes(Registry& r);     // gate.softmax, mixture
void registerTopKTypes(Registry& r);     // gate.topk
void registerDSelectTypes(Registry& r);  // gate.dselect
void registerCgcTypes(Registry& r);      // ple.cgc
void registerSharingTypes(Registry& r);  // sharing.cross_stitch, sharing.l2
void registerTaskTypes(Registry& r);     // task.binary, task.regression

// Helpers for node-type definitions.
// Appends ports prefix0 .. prefix{count-1}; with perTask, port i is about task i (PortSpec::task).
void addNumberedPorts(std::vector<PortSpec>& ports, const std::string& prefix, long long count,
                      PortKind kind, const std::string& help, bool perTask = false);
ParamSpec intParam(std::string key, long long def, double min, double max, std::string label,
                   std::string help);
ParamSpec realParam(std::string key, double def, double min, double max, std::string label,
                    std::string help);
ParamSpec boolParam(std::string key, bool def, std::string label, std::string help);
ParamSpec listParam(std::string key, std::vector<int> def, double min, double max,
                    std::string label, std::string help);
ParamSpec choiceParam(std::string key, std::string def, std::vector<std::string> choices,
                      std::string label, std::string help);
ParamSpec stringParam(std::string key, std::string def, std::string label, std::string help);

}  // namespace mtl
