#include "graph/Layout.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <vector>

namespace mtl {

namespace {

// Depth of each node: the longest path from a node without inputs, ignoring edges that close a
// cycle (found with an iterative DFS colouring).
std::map<NodeId, int> depths(const Graph& g) {
    std::map<NodeId, std::vector<NodeId>> succ;
    for (const Edge& e : g.edges()) succ[e.from.node].push_back(e.to.node);
    std::map<NodeId, int> colour;  // 0 white, 1 grey, 2 black
    std::vector<NodeId> post;      // reverse topological order of the acyclic part
    std::map<NodeId, std::vector<NodeId>> forward;
    for (const Node& root : g.nodes()) {
        if (colour[root.id]) continue;
        std::vector<std::pair<NodeId, size_t>> stack{{root.id, 0}};
        colour[root.id] = 1;
        while (!stack.empty()) {
            auto& [v, i] = stack.back();
            const auto& next = succ[v];
            if (i < next.size()) {
                NodeId w = next[i++];
                if (colour[w] == 1) continue;  // back edge: part of a cycle
                forward[v].push_back(w);
                if (colour[w] == 0) {
                    colour[w] = 1;
                    stack.push_back({w, 0});
                }
            } else {
                colour[v] = 2;
                post.push_back(v);
                stack.pop_back();
            }
        }
    }
    std::map<NodeId, int> depth;
    for (const Node& n : g.nodes()) depth[n.id] = 0;
    for (auto it = post.rbegin(); it != post.rend(); ++it)
        for (NodeId w : forward[*it]) depth[w] = std::max(depth[w], depth[*it] + 1);
    return depth;
}

}  // namespace

void layoutGraph(Graph& graph, const LayoutOptions& options) {
    const std::map<NodeId, int> depth = depths(graph);
    int columns = 0;
    for (const auto& kv : depth) columns = std::max(columns, kv.second + 1);
    std::vector<std::vector<NodeId>> column(columns);
    for (const Node& n : graph.nodes()) column[depth.at(n.id)].push_back(n.id);

    // Row position of every node; start in insertion order, then sweep: each node moves to the
    // mean row of its neighbours in the previous (forward sweep) or next (backward) column.
    std::map<NodeId, double> row;
    for (const auto& col : column)
        for (size_t i = 0; i < col.size(); ++i) row[col[i]] = static_cast<double>(i);
    auto sweep = [&](int c, bool forwardSweep) {
        std::map<NodeId, double> key;
        for (NodeId v : column[c]) {
            double sum = 0;
            int count = 0;
            for (const Edge& e : graph.edges()) {
                const NodeId other = forwardSweep ? (e.to.node == v ? e.from.node : -1)
                                                  : (e.from.node == v ? e.to.node : -1);
                if (other < 0) continue;
                const int od = depth.at(other);
                if (od != (forwardSweep ? c - 1 : c + 1)) continue;
                sum += row[other];
                ++count;
            }
            key[v] = count ? sum / count : row[v];
        }
        std::stable_sort(column[c].begin(), column[c].end(),
                         [&](NodeId a, NodeId b) { return key[a] < key[b]; });
        for (size_t i = 0; i < column[c].size(); ++i) row[column[c][i]] = static_cast<double>(i);
    };
    for (int pass = 0; pass < 4; ++pass) {
        for (int c = 1; c < columns; ++c) sweep(c, true);
        for (int c = columns - 2; c >= 0; --c) sweep(c, false);
    }

    // Centre each column vertically on the tallest one.
    size_t tallest = 0;
    for (const auto& col : column) tallest = std::max(tallest, col.size());
    for (int c = 0; c < columns; ++c) {
        const double offset =
            (static_cast<double>(tallest) - static_cast<double>(column[c].size())) / 2.0;
        for (size_t i = 0; i < column[c].size(); ++i) {
            Node* n = graph.node(column[c][i]);
            n->x = c * options.columnSpacing;
            n->y = (offset + static_cast<double>(i)) * options.rowSpacing;
        }
    }
}

}  // namespace mtl
