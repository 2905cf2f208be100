#pragma once
// Automatic layout of an architecture graph: left to right by depth (longest path from an input),
// nodes of one column ordered to follow their predecessors (barycentre sweeps, fewer crossings).
#include "graph/Graph.h"

namespace mtl {

struct LayoutOptions {
    double columnSpacing = 240.0;
    double rowSpacing = 150.0;
};

// Sets every node's x/y. Works on any graph, including invalid or cyclic ones (a cycle's back
// edges are ignored when computing depths).
void layoutGraph(Graph& graph, const LayoutOptions& options = {});

}  // namespace mtl
