#pragma once
// What kind of architecture a graph is, to name runs apart in a list ("MMoE", "PLE", or
// "MMoE-like: 8 experts, 2 gates" for a graph that is no longer a template's): the template it
// was made from while its blocks and connections are still the template's (parameters such as
// widths may differ), and counts of its building blocks.
#include <string>

#include "data/Dataset.h"
#include "graph/Graph.h"

namespace mtl {

struct ArchitectureSummary {
    std::string templateKey;  // the template whose structure the graph has; empty: none
    std::string family;       // the nearest template's key: "ple", "cgc", "mmoe", "omoe",
                              //   "cross_stitch", "l2", "shared_bottom"; empty: none
    int experts = 0;          // in expert groups and CGC levels
    int gates = 0;            // gate blocks and CGC gates
    int cgcLevels = 0;
    int taskHeads = 0;
    int layers = 0;  // dense layer blocks
};

// `schema`: the data the graph was trained on (templates are built for its tasks to compare).
ArchitectureSummary summarizeArchitecture(const Graph& graph, const DataSchema& schema);

// True when both graphs have the same blocks (ids and types) and the same connections.
bool sameStructure(const Graph& a, const Graph& b);

}  // namespace mtl
