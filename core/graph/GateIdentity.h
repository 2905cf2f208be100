#pragma once
// Which tasks a gate serves and which experts it weighs, derived from the graph (no names parsed).
//
// A gate block (gate.softmax, gate.topk, gate.dselect) feeds the "gate" input of a mixture; its
// weights run over the mixture's expert inputs in port order (each input's experts in order). Its
// tasks are the task heads reached by following edges downstream from the mixture's output. A
// ple.cgc level holds its own gates: gate k (k < tasks) produces out<k>, the shared gate (slot
// `tasks`) produces shared_out. Through a ple.cgc level, input in<k> reaches out<k> and shared_out
// (task k's specific experts feed task k's gate and the shared gate), input "shared" reaches every
// output. Through any other block, every input reaches every output. The walk stops at task heads.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/Graph.h"

namespace mtl {

struct GateRoute {
    std::vector<std::string> tasks;               // tasks of the heads reached, in graph order
    bool shared = false;                          // serves no single task
    std::vector<std::pair<NodeId, int>> experts;  // (block, index in block), one per gate weight
};

// The tasks whose heads are reached from output port `from`, in graph node order.
std::vector<std::string> tasksReachedFrom(const Graph& graph, const PortRef& from);

// A gate block's route. `shapes` are the validation's inferred output shapes (expert counts).
GateRoute gateBlockRoute(const Graph& graph, const std::map<PortRef, Shape>& shapes, NodeId gate);

// The route of gate `slot` of ple.cgc node `level` (its experts are not listed: the level knows
// them, see CgcLayer). A shared gate (slot == tasks) is always shared.
GateRoute cgcGateRoute(const Graph& graph, NodeId level, int slot);

}  // namespace mtl
