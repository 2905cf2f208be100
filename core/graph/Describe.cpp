#include "graph/Describe.h"

#include <algorithm>

#include "graph/Registry.h"
#include "graph/Templates.h"

namespace mtl {

namespace {

bool edgeLess(const Edge& x, const Edge& y) {
    return x.from < y.from || (x.from == y.from && x.to < y.to);
}

}  // namespace

bool sameStructure(const Graph& a, const Graph& b) {
    if (a.nodes().size() != b.nodes().size() || a.edges().size() != b.edges().size()) return false;
    for (const Node& n : a.nodes()) {
        const Node* m = b.node(n.id);
        if (!m || m->type != n.type) return false;
    }
    std::vector<Edge> ea = a.edges(), eb = b.edges();
    std::sort(ea.begin(), ea.end(), edgeLess);
    std::sort(eb.begin(), eb.end(), edgeLess);
    return ea == eb;
}

ArchitectureSummary summarizeArchitecture(const Graph& graph, const DataSchema& schema) {
    ArchitectureSummary s;
    int expertGroups = 0, crossStitch = 0, softSharing = 0;
    for (const Node& n : graph.nodes()) {
        const NodeType* t = Registry::instance().find(n.type);
        if (t && t->role == NodeRole::Task) ++s.taskHeads;
        if (n.type == "experts.group") {
            ++expertGroups;
            s.experts += static_cast<int>(n.getInt("num_experts"));
        } else if (n.type.rfind("gate.", 0) == 0) {
            ++s.gates;
        } else if (n.type == "ple.cgc") {
            ++s.cgcLevels;
            const long long tasks = n.getInt("tasks");
            s.experts += static_cast<int>(tasks * n.getInt("specific") + n.getInt("shared"));
            s.gates += static_cast<int>(tasks + (n.getBool("shared_output") ? 1 : 0));
        } else if (n.type == "sharing.cross_stitch") {
            ++crossStitch;
        } else if (n.type == "sharing.l2") {
            ++softSharing;
        } else if (n.type == "layer.dense") {
            ++s.layers;
        }
    }
    for (const TemplateInfo& t : templateList()) {
        TemplateOptions o;
        o.schema = templateSchema(t.key, schema);
        if (o.schema.tasks.empty()) break;
        try {
            if (sameStructure(graph, makeTemplate(t.key, o))) {
                s.templateKey = t.key;
                break;
            }
        } catch (const std::exception&) {
        }
    }
    s.family = s.cgcLevels > 1                ? "ple"
               : s.cgcLevels == 1             ? "cgc"
               : expertGroups && s.gates > 1  ? "mmoe"
               : expertGroups && s.gates == 1 ? "omoe"
               : crossStitch                  ? "cross_stitch"
               : softSharing                  ? "l2"
               : s.layers                     ? "shared_bottom"
                                              : "";
    return s;
}

}  // namespace mtl
