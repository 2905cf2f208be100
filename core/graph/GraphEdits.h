#pragma once
// Edits that keep a graph consistent, and the queries they rest on. The editor applies them as
// one undo step; the command-line tool and the tests reach them here.
#include <string>
#include <vector>

#include "graph/Graph.h"

namespace mtl {

// One parameter of one node set to a value.
struct ParamEdit {
    NodeId node = -1;
    std::string key;
    ParamValue value;
};

// What setting the number of experts of an expert group (experts.group, "num_experts") implies
// for the blocks that read the group. A mixture weighs its experts with the gate wired to its
// "gate" input, and that gate declares how many experts it weighs (num_experts): it must equal the
// experts of every group the mixture mixes (in MMoE one gate per task, in OMoE one shared gate;
// DSelect-k and Top-k gates the same, with k at most the number of experts).
struct ExpertCountChange {
    NodeId group = -1;
    long long count = 0;
    // The group's own edit first, then one per gate that follows (num_experts, and k where it
    // would exceed the new count).
    std::vector<ParamEdit> edits;
    std::vector<NodeId> mixtures;  // the mixtures reading the group (each once)
    std::vector<NodeId> gates;     // the gates set to a new number of experts
    std::vector<NodeId> lowered;   // gates whose k was lowered to the new number of experts
    // Gates left as they are: they feed mixtures that would need different numbers, or the
    // number is outside the gate's range, or a mixture mixes experts of unknown count.
    std::vector<NodeId> skipped;
};

// The edits for setting group `group`'s number of experts to `count` (the group's own edit alone
// when nothing reads it, or when `group` is not an expert group).
ExpertCountChange expertCountChange(const Graph& graph, NodeId group, long long count);

// Applies `edits` to `graph` (unknown nodes are skipped).
void applyEdits(Graph& graph, const std::vector<ParamEdit>& edits);

// A task head of a graph: its task name and loss weight.
struct TaskHeadInfo {
    NodeId node = -1;
    std::string task;
    double lossWeight = 1.0;
};

// The graph's task heads in the order the compiled model keeps them (the topological order of
// validation; the order of the nodes when the graph has a cycle).
std::vector<TaskHeadInfo> taskHeads(const Graph& graph, const ValidationResult& validation);

}  // namespace mtl
