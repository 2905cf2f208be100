// Fuzz harness: the archive entry points of io/Archive.h. Compiled once per entry point with
// MTL_FUZZ_ENTRY set to one of
//   1 model    - loadModelFromString (what loadModelFile reads, envelope included)
//   2 graph    - loadGraphFromString as loadGraphFile uses it
//   3 project  - loadProjectFromString (the GUI's project files, runs included)
//   4 fragment - loadGraphFromString as the editor's paste uses it: the fragment's nodes and edges
//                are then merged into a template graph the way GraphDocument::paste does
// Whatever loads is validated, saved again and reloaded (a loaded file must round-trip).
// Refusals must be mtl::ArchiveError; anything else is a finding.
#include <map>
#include <stdexcept>

#include "FuzzSupport.h"
#include "graph/Registry.h"
#include "graph/Templates.h"
#include "io/Archive.h"

#ifndef MTL_FUZZ_ENTRY
#error "define MTL_FUZZ_ENTRY (1 model, 2 graph, 3 project, 4 fragment)"
#endif

namespace {

void mustRoundTrip(bool ok) {
    if (!ok) throw std::logic_error("a loaded archive does not round-trip");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
#if MTL_FUZZ_ENTRY == 1
        const mtl::ModelFile m = mtl::loadModelFromString(bytes, "fuzz.mtl");
        m.graph.validate();
        const mtl::ModelFile again = mtl::loadModelFromString(mtl::saveModelToString(m));
        mustRoundTrip(again.graph == m.graph && again.weights.size() == m.weights.size() &&
                      again.note == m.note);
#elif MTL_FUZZ_ENTRY == 2
        const mtl::Graph g = mtl::loadGraphFromString(bytes, "fuzz.mtlgraph");
        g.validate();
        mustRoundTrip(mtl::loadGraphFromString(mtl::saveGraphToString(g)) == g);
#elif MTL_FUZZ_ENTRY == 3
        const mtl::ProjectFile p = mtl::loadProjectFromString(bytes, "fuzz.mtlproj");
        p.graph.validate();
        for (const mtl::RunRecord& r : p.runs) r.graph.validate();
        const mtl::ProjectFile again = mtl::loadProjectFromString(mtl::saveProjectToString(p));
        mustRoundTrip(again.graph == p.graph && again.runs.size() == p.runs.size());
#elif MTL_FUZZ_ENTRY == 4
        const mtl::Graph fragment = mtl::loadGraphFromString(bytes, "clipboard");
        static const mtl::Graph base = [] {
            mtl::TemplateOptions o;
            o.schema = mtl::defaultSchema();
            o.experts = 2;
            return mtl::makeTemplate("mmoe", o);
        }();
        mtl::Graph g = base;
        std::map<mtl::NodeId, mtl::NodeId> idMap;
        for (mtl::Node n : fragment.nodes()) {
            if (!mtl::Registry::instance().find(n.type)) continue;
            const mtl::NodeId old = n.id;
            n.id = g.nextId();
            n.name = g.uniqueName(n.name);
            n.x += 40;
            n.y += 40;
            idMap[old] = g.insertNode(std::move(n));
        }
        for (const mtl::Edge& e : fragment.edges())
            if (idMap.count(e.from.node) && idMap.count(e.to.node))
                g.connect({idMap[e.from.node], e.from.port}, {idMap[e.to.node], e.to.port});
        g.validate();
        mustRoundTrip(mtl::loadGraphFromString(mtl::saveGraphToString(g)) == g);
#endif
    } catch (const mtl::ArchiveError&) {
    }
    return 0;
}
