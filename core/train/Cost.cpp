#include "train/Cost.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <numeric>
#include <optional>

#include "graph/Registry.h"
#include "nn/Model.h"
#include "nn/Tensor.h"

namespace mtl {

namespace {

constexpr long long kCensusTrainRows = 199523;  // census-income.data (see data/Census.h)
constexpr double kOptimizerFlopsPerParam = 10;  // one Adam update of one parameter, about

int bitsFor(int n) {  // as gate.dselect: selector bits for n experts
    int m = 0;
    while ((1LL << m) < n) ++m;
    return m;
}

double momentsPerParam(OptimizerKind k) { return k == OptimizerKind::Adam ? 2 : 1; }

// Counts one node's parameters, forward FLOPs and activation floats per example.
struct Counter {
    const Graph& g;
    const ValidationResult& vr;
    double params = 0, flops = 0, activations = 0;

    std::optional<Shape> in(const Node& n, const std::string& port) const {
        const auto e = g.edgeInto({n.id, port});
        if (!e) return std::nullopt;
        const auto it = vr.shapes.find(e->from);
        if (it == vr.shapes.end()) return std::nullopt;
        return it->second;
    }
    // Values a product with this input touches per example: its non-zeros when one-hot.
    double touched(const Node& n, const std::string& port, const Shape& s) const {
        if (!s.sparse) return s.rows();
        const auto e = g.edgeInto({n.id, port});
        const Node* src = e ? g.node(e->from.node) : nullptr;
        if (!src || !src->params.count("numeric")) return s.rows();
        return static_cast<double>(src->getInt("numeric") + src->getList("categories").size());
    }
    void linear(double in, double touchedIn, double out) {
        params += in * out + out;
        flops += 2 * touchedIn * out;
        activations += 3 * out;
    }
    // FcStack: `groups` side-by-side MLPs with layers `units`, the first reading `in`.
    void mlp(double in, double touchedIn, double groups, const std::vector<int>& units) {
        for (size_t l = 0; l < units.size(); ++l) {
            const double fanIn = l == 0 ? in : units[l - 1];
            const double touchedFanIn = l == 0 ? touchedIn : units[l - 1];
            params += groups * (fanIn * units[l] + units[l]);
            flops += 2 * groups * touchedFanIn * units[l];
            activations += 3 * groups * units[l];
        }
    }

    void count(const Node& n) {
        const std::string& t = n.type;
        auto x = [&](const std::string& port) { return in(n, port); };
        if (t == "input.features") {
            const auto& cards = n.getList("categories");
            if (n.getString("encoding") == "embedding" && !cards.empty())
                params +=
                    n.getInt("embedding_dim") * std::accumulate(cards.begin(), cards.end(), 0.0);
            outputs(n);
        } else if (t == "layer.dense" || t == "experts.group") {
            const auto s = x("x");
            if (!s) return;
            const double groups = t == "experts.group" ? double(n.getInt("num_experts")) : 1;
            mlp(s->rows(), touched(n, "x", *s), groups, n.getList("units"));
        } else if (t == "gate.softmax" || t == "gate.topk" || t == "gate.dselect") {
            const auto s = x("x");
            if (!s) return;
            const double experts = double(n.getInt("num_experts"));
            const double tin = touched(n, "x", *s);
            if (t == "gate.softmax") {
                linear(s->rows(), tin, experts);
            } else if (t == "gate.topk") {
                linear(s->rows(), tin, experts);
                if (n.getBool("noisy")) linear(s->rows(), tin, experts);
            } else {
                const double k = double(n.getInt("k")), m = bitsFor(int(experts));
                if (n.getBool("per_example"))
                    linear(s->rows(), tin, k * m + k);
                else
                    params += m * k + k;
                activations += 3 * experts;
            }
        } else if (t == "ple.cgc") {
            const long long tasks = n.getInt("tasks"), specific = n.getInt("specific"),
                            shared = n.getInt("shared");
            const auto& units = n.getList("units");
            const double h = units.empty() ? 0 : units.back();
            for (long long p = 0; p <= tasks; ++p) {
                const std::string port = p < tasks ? "in" + std::to_string(p) : "shared";
                const auto s = x(port);
                if (!s) continue;
                const double tin = touched(n, port, *s);
                mlp(s->rows(), tin, double(p < tasks ? specific : shared), units);
                if (p < tasks) {
                    linear(s->rows(), tin, double(specific + shared));
                    flops += 2 * double(specific + shared) * h;  // the mixture
                    activations += 2 * h;
                } else if (n.getBool("shared_output")) {
                    linear(s->rows(), tin, double(tasks * specific + shared));
                    flops += 2 * double(tasks * specific + shared) * h;
                    activations += 2 * h;
                }
            }
        } else if (t == "sharing.cross_stitch") {
            const double tasks = double(n.getInt("tasks"));
            params += tasks * tasks;
            if (const auto s = x("in0")) {
                flops += 2 * tasks * tasks * s->rows();
                activations += 2 * tasks * s->rows();
            }
        } else {
            // Mixtures, element-wise operations, soft sharing, task heads: no parameters; a
            // mixture weighs each expert's values, the others touch each input value once.
            for (const Edge& e : g.edgesInto(n.id)) {
                const auto it = vr.shapes.find(e.from);
                if (it == vr.shapes.end()) continue;
                const Shape& s = it->second;
                if (t == "mixture")
                    flops += s.kind == PortKind::Experts ? 2.0 * s.count * s.dim : 0.0;
                else
                    flops += s.rows();
            }
            outputs(n);
        }
    }
    // Values on the node's output ports and their gradients.
    void outputs(const Node& n) {
        const NodeType* type = Registry::instance().find(n.type);
        if (!type) return;
        for (const PortSpec& out : type->ports(n).outputs)
            if (const auto it = vr.shapes.find({n.id, out.name}); it != vr.shapes.end())
                activations += 2 * it->second.rows();
    }
};

}  // namespace

DataShape expectedShape(const DataSpec& spec) {
    DataShape d;
    switch (spec.kind) {
        case DataSpec::Kind::Synthetic:
            d.columnsKnown = true;
            d.numeric = spec.synthetic.d;
            d.trainRows = spec.synthetic.nTrain;
            break;
        case DataSpec::Kind::Census:
            d.trainRows = spec.census.maxTrainRows > 0
                              ? std::min<long long>(spec.census.maxTrainRows, kCensusTrainRows)
                              : kCensusTrainRows;
            break;
        case DataSpec::Kind::Csv:
            break;
        case DataSpec::Kind::Funnel:
            d.columnsKnown = true;
            d.numeric = spec.funnel.d;
            d.trainRows = spec.funnel.nTrain;
            break;
    }
    return d;
}

CostEstimate estimateCost(const Graph& graph, const DataShape& data, const TrainConfig& config) {
    CostEstimate c;
    Graph g = graph;
    if (data.columnsKnown) {
        DataSchema schema;
        schema.numericNames.resize(static_cast<size_t>(std::max(0, data.numeric)));
        schema.categoricalNames.resize(data.cardinalities.size());
        schema.cardinalities = data.cardinalities;
        Model::bindInputs(g, schema);
    }
    const ValidationResult vr = g.validate();
    if (!vr.ok()) return c;
    c.valid = true;
    Counter counter{g, vr};
    for (NodeId id : vr.order) {
        const Node& n = *g.node(id);
        counter.count(n);
        if (n.type == "input.features" && c.inputWidth == 0) {
            const auto& cards = n.getList("categories");
            c.inputWidth = static_cast<int>(n.getInt("numeric")) +
                           std::accumulate(cards.begin(), cards.end(), 0);
        }
    }
    const double realBytes = sizeof(Real);
    const double batch = std::max(1, config.batchSize);
    c.parameters = std::llround(counter.params);
    c.weightBytes = counter.params * realBytes;
    c.optimizerBytes = counter.params * realBytes * (1 + momentsPerParam(config.optimizer.kind));
    c.activationBytes = counter.activations * batch * realBytes;
    c.flopsPerExample = 3 * counter.flops;
    c.trainRows = data.trainRows;
    if (c.trainRows > 0) {
        c.batchesPerEpoch = std::ceil(double(c.trainRows) / batch);
        c.flopsPerEpoch = double(c.trainRows) * c.flopsPerExample +
                          c.batchesPerEpoch * kOptimizerFlopsPerParam * counter.params;
    }
    return c;
}

double physicalMemoryBytes() {
    const long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && size > 0 ? double(pages) * double(size) : 0.0;
}

namespace {
double procStatusBytes(const char* key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::string k = std::string(key) + ":";
    while (std::getline(in, line))
        if (line.compare(0, k.size(), k) == 0) return std::atof(line.c_str() + k.size()) * 1024.0;
    return 0;
}
}  // namespace

double residentBytes() { return procStatusBytes("VmRSS"); }
double peakResidentBytes() { return procStatusBytes("VmHWM"); }
double anonymousResidentBytes() { return procStatusBytes("RssAnon"); }

MachineLimits defaultMachineLimits() {
    MachineLimits m;
    m.memoryBytes = physicalMemoryBytes() / 2;
    return m;
}

CostVerdict assessCost(const CostEstimate& cost, int epochs, const MachineLimits& limits) {
    CostVerdict v;
    if (!cost.valid) return v;
    v.tooMuchMemory = limits.memoryBytes > 0 && cost.totalBytes() > limits.memoryBytes;
    if (cost.flopsPerEpoch > 0 && limits.flopsPerSecond > 0) {
        v.seconds = cost.flopsPerEpoch * std::max(1, epochs) / limits.flopsPerSecond;
        v.tooSlow = v.seconds > limits.maxSeconds;
    }
    return v;
}

}  // namespace mtl
